package ui

import (
	"fmt"
	"runtime"
	"time"

	"corpusexplorer/app/internal/gcpace"
	"corpusexplorer/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The user's own data: the articles they imported and their actor edits
// are held by the session's workspace (app/workspace), which builds the
// corpus every page shows; this file keeps that workspace in step with the
// browser's IndexedDB (store_idb.go) and runs its builds in the
// background. The methods that take a context run on the UI goroutine,
// with the context of an action handler (see actions.go): it is bound to
// the page's <body>, so what it dispatches is never dropped.

// onUI runs f on the UI goroutine, which owns the workspace, and returns
// what it returns, for a goroutine of an import or a rebuild. ctx must be
// bound to the page's <body>, whose dispatches are never dropped.
func onUI[T any](ctx app.Context, f func() T) T {
	done := make(chan T, 1)
	ctx.Dispatch(func(app.Context) { done <- f() })
	return <-done
}

// prepareEditsStep is how many edits' records a rebuild works out between
// two paints (about 20 ms of the browser's time).
const prepareEditsStep = 2000

// rebuild rebuilds the corpus from the user's data in the background, then
// publishes it and, when save is set, stores the user's data. done, when
// not nil, runs on the UI goroutine after publishing.
func (s *session) rebuild(ctx app.Context, save bool, done func()) {
	job := s.ws.Start()
	if save {
		s.store.saved = false
	}
	s.rebuilds++
	s.changed(ctx)
	ctx.Async(func() {
		yieldUI()
		// Let the page repaint between the steps of the build.
		last := clock()
		b := s.ws.Build(job, func(phase string, _, _ int) bool {
			noteSlow("rebuild: until "+phase, last)
			yieldUI()
			last = clock()
			return true
		})
		if save {
			// The edits' records for the save, a piece at a time (the
			// save itself would work them all out at once), on the UI
			// goroutine, which owns the workspace.
			for !onUI(ctx, func() bool { return s.ws.PrepareEdits(prepareEditsStep) }) {
				noteSlow("rebuild: the edits' records", last)
				yieldUI()
				last = clock()
			}
		}
		ctx.Dispatch(func(ctx app.Context) {
			defer noteSlow("rebuild: installing", clock())
			s.rebuilds--
			if s.ws.Latest(job) {
				s.install(ctx, b)
			}
			if done != nil {
				done()
			}
			s.changed(ctx)
			if save {
				s.save(ctx)
			}
		})
	})
}

// save writes what changed in the user's files and edits since the tab's
// last view of the store (never the whole store), then takes in what other
// tabs wrote meanwhile (nothing is read when no other tab wrote). Nothing
// is written while the store could not be read.
func (s *session) save(ctx app.Context) {
	if !app.IsClient {
		return
	}
	s.store.saved = false
	if s.store.readFailed || s.store.loading {
		return // load saves what is new once the store is read
	}
	if s.store.saving || s.store.reading {
		s.store.again = true
		return
	}
	// A batch at a time: a save after a large import writes its files
	// over several saves (settle asks for the next), each of whose work
	// on the page's thread stays short.
	changesAt := clock()
	c, view := s.ws.ChangesUpTo(workspace.SaveBatch)
	noteSlow("save: working out the changes", changesAt)
	w := writes{Changes: c, dropLegacy: s.store.legacy}
	s.store.saving = true
	ctx.Async(func() {
		st, err := s.db.write(w, view.Gen())
		ctx.Dispatch(func(ctx app.Context) {
			defer noteSlow("save: taking note of the write", clock())
			s.store.saving = false
			if err != nil {
				s.setSaved(err)
				s.store.again = false
				s.changed(ctx)
				return
			}
			if !w.empty() {
				s.db.announce()
			}
			if w.dropLegacy {
				s.store.legacy = false
			}
			if st.fresh {
				s.ws.Wrote(view, st.gen)
				s.settle(ctx)
				return
			}
			s.takeIn(ctx, view, st)
		})
	})
}

// takeIn merges what the store holds (st, read when the tab's view of the
// store was v) into the user's data (see workspace.TakeIn). The corpus is
// rebuilt when that changed it; what remains to be written is saved.
func (s *session) takeIn(ctx app.Context, v workspace.View, st stored) {
	if s.ws.TakeIn(v, st.read()) {
		s.rebuild(ctx, false, nil)
	}
	s.settle(ctx)
}

// settle saves what remains to be written, or says that all is saved.
func (s *session) settle(ctx app.Context) {
	if s.store.legacy || s.store.again || s.ws.Unsaved() {
		s.store.again = false
		s.save(ctx)
		return
	}
	s.setSaved(nil)
	s.changed(ctx)
}

// setSaved records the outcome of a save.
func (s *session) setSaved(err error) {
	if err != nil {
		s.store.saved = false
		s.store.err = err.Error()
		return
	}
	s.store.saved, s.store.err = true, ""
}

// read reads the store and takes in what it holds (see takeIn): all of it
// while loading or after a failed read, otherwise what other tabs wrote
// since the tab's view. A read that fails leaves the store untouched
// until a read succeeds: the tab keeps its work and says so.
func (s *session) read(ctx app.Context) {
	if s.store.saving || s.store.reading {
		s.store.again = true // the save reads back what others wrote
		return
	}
	view := s.ws.View()
	gen := view.Gen()
	if s.store.loading || s.store.readFailed {
		gen = 0
	}
	s.store.reading = true
	ctx.Async(func() {
		st, err := s.db.read(gen)
		ctx.Dispatch(func(ctx app.Context) {
			s.store.loading, s.store.reading = false, false
			if err != nil {
				s.store.readFailed, s.store.saved = true, false
				s.store.again = false
				s.store.err = "Your saved articles could not be read: " + err.Error() +
					". Nothing is written to this browser's storage until they can be read, so nothing saved is lost; what you import or edit now stays in this tab."
				s.changed(ctx)
				return
			}
			s.store.readFailed = false
			if st.legacyLog != "" {
				s.store.legacy = true
				if len(st.edits) == 0 {
					// A version 1 store: its log becomes records, written
					// by the save that follows.
					if err := s.ws.TakeInLegacy([]byte(st.legacyLog)); err != nil {
						s.store.legacy = false // keep it stored; it cannot be read
						s.ws.Note("saved edits could not be read: " + err.Error())
					}
				}
			}
			s.takeIn(ctx, view, st)
		})
	})
}

// yieldUI lets the browser handle events and repaint: it resumes after the
// next animation frame (then a timeout, so that the frame is painted), or
// after 100 ms when no frame comes. In wasm a goroutine switch alone does
// not return to the browser's event loop, and a bare setTimeout may run
// again before any frame. A hidden page draws no frames and the browser
// holds its timers back (to a second and more): there it returns at once.
// Natively it does nothing.
//
// When the collector would soon start by itself, in the middle of the
// next slice of work, it collects right after the frame, then waits for
// another: the page then freezes for the collection alone (see gcpace).
func yieldUI() {
	if !app.IsClient {
		return
	}
	if app.Window().Get("document").Get("hidden").Bool() {
		return
	}
	awaitFrame()
	if gcpace.Read().Due() {
		start := clock()
		runtime.GC()
		noteSlow("collecting garbage between two frames", start)
		awaitFrame()
	}
}

// awaitFrame waits for the next animation frame to be painted, or for
// 100 ms when no frame comes.
func awaitFrame() {
	// What ran while this goroutine waited for a frame: the page's other
	// work, or the collector, which in wasm marks the heap in one go once
	// every goroutine waits.
	start, gcs := clock(), gcCycles()
	noteMemory()
	defer func() {
		what := "waiting for a frame: the page's other work"
		if n := gcCycles() - gcs; n > 0 {
			what = fmt.Sprintf("waiting for a frame: %d garbage collections, and the page's other work", n)
		}
		noteSlow(what, start)
	}()
	ch := make(chan struct{})
	var resume, frame app.Func
	calls := 0 // resume is called twice: by the timeout and after the frame
	release := func() {
		go func() { frame.Release(); resume.Release() }()
	}
	resume = app.FuncOf(func(this app.Value, args []app.Value) any {
		calls++
		if calls == 1 {
			close(ch)
		} else {
			release()
		}
		return nil
	})
	frame = app.FuncOf(func(this app.Value, args []app.Value) any {
		app.Window().Call("setTimeout", resume, 0)
		return nil
	})
	app.Window().Call("requestAnimationFrame", frame)
	app.Window().Call("setTimeout", resume, 100)
	<-ch
}

// yielder yields to the UI when at least every interval has passed since
// the last yield.
type yielder struct {
	last     time.Time
	interval time.Duration
}

func (y *yielder) maybe() bool {
	if time.Since(y.last) < y.interval {
		return false
	}
	yieldUI()
	y.last = time.Now()
	return true
}

// sizeText formats a byte count for messages.
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
