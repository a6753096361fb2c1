package ui

import (
	"fmt"
	"sync"
	"time"

	"corpusexplorer/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The user's own data: the articles they imported and their actor edits
// are held by a workspace.Workspace (app/workspace), which builds the
// corpus every page shows; this file keeps that workspace in step with the
// browser's IndexedDB (store_idb.go) and runs its builds in the
// background.
//
// userData is only touched on the UI goroutine (event handlers and
// ctx.Dispatch); builds run in ctx.Async on jobs taken from the workspace.
type userData struct {
	ws *workspace.Workspace
	// legacy is set while the store still holds a version 1 edits log.
	legacy bool
	// saving is set while a save is under way; again asks for another
	// once it is done.
	saving, again bool

	// loading is set while the stored data is read at start-up.
	loading bool
	// readFailed is set when the store could not be read: nothing is
	// written to it until a read succeeds (what could not be read must
	// not be written over); new work stays in the tab.
	readFailed bool
	// saveErr describes the last storage failure ("" when saved).
	saveErr string
	// saved is false while the latest files or edits are not stored.
	saved bool
}

var (
	user     = &userData{ws: workspace.New(nil), saved: true}
	loadOnce sync.Once
)

// rebuild rebuilds the corpus from the user's data in the background, then
// publishes it and, when save is set, stores the user's data. done, when
// not nil, runs on the UI goroutine after publishing.
func rebuild(ctx app.Context, save bool, done func(ctx app.Context)) {
	job := user.ws.Start()
	if save {
		user.saved = false
	}
	sess.busy = true
	ctx.Async(func() {
		yieldUI()
		b := user.ws.Build(job, nil)
		uiDispatch(ctx, func(ctx app.Context) {
			if user.ws.Latest(job) {
				sess.busy = false
				install(ctx, b)
			}
			if done != nil {
				done(ctx)
			}
			if save {
				saveUser(ctx)
			}
		})
	})
}

// saveUser writes what changed in the user's files and edits since the
// tab's last view of the store (never the whole store), then takes in what
// other tabs wrote meanwhile. Nothing is written while the store could not
// be read. Call on the UI goroutine.
func saveUser(ctx app.Context) {
	if !app.IsClient {
		return
	}
	user.saved = false
	if user.readFailed || user.loading {
		return // loadStored saves what is new once the store is read
	}
	if user.saving {
		user.again = true
		return
	}
	c, view := user.ws.Changes()
	w := writes{Changes: c, dropLegacy: user.legacy}
	user.saving = true
	ctx.Async(func() {
		st, err := writeUser(w)
		uiDispatch(ctx, func(ctx app.Context) {
			user.saving = false
			if err != nil {
				setSaved(err)
				user.again = false
				return
			}
			if !w.empty() {
				announce()
			}
			if w.dropLegacy {
				user.legacy = false
			}
			takeIn(ctx, view, st)
		})
	})
}

// takeIn merges what the store holds (st, read when the tab's view of the
// store was v) into the user's data (see workspace.TakeIn). The corpus is
// rebuilt when that changed it; what remains to be written is saved.
func takeIn(ctx app.Context, v workspace.View, st stored) {
	if user.ws.TakeIn(v, st.files, st.edits) {
		rebuild(ctx, false, nil)
	}
	if c, _ := user.ws.Changes(); !c.Empty() || user.legacy || user.again {
		user.again = false
		saveUser(ctx)
		return
	}
	setSaved(nil)
}

// setSaved records the outcome of a save.
func setSaved(err error) {
	if err != nil {
		user.saved = false
		user.saveErr = err.Error()
		return
	}
	user.saved, user.saveErr = true, ""
}

// liveCtx is the context of the mounted Header, set by loadStored: the
// Header is on every page and inside the page's component, so dispatching
// through it updates the page. A handler's own context is bound to the
// element that fired the event (a Remove button, say), and go-app drops
// the dispatches of a context whose element is gone: the end of a
// background import or save must not be dropped like that.
var (
	liveCtx app.Context
	liveSet bool
)

// uiDispatch runs fn on the UI goroutine through the current page's
// Header, or through ctx before any Header mounted (natively).
func uiDispatch(ctx app.Context, fn func(app.Context)) {
	if liveSet {
		ctx = liveCtx
	}
	ctx.Dispatch(fn)
}

// loadStored reads the user's imported articles and edits from the
// browser's storage once, rebuilds the corpus with them and publishes it,
// and from then on takes in what other tabs of the site store. Pages call
// it from OnMount (the Header does); later calls do nothing.
func loadStored(ctx app.Context) {
	if !app.IsClient {
		return
	}
	liveCtx, liveSet = ctx, true
	loadOnce.Do(func() {
		user.loading = true
		readStored(ctx)
		onAnnounce(func() {
			uiDispatch(ctx, func(ctx app.Context) {
				if !user.loading {
					readStored(ctx)
				}
			})
		})
	})
}

// readStored reads the store and takes in what it holds (see takeIn). A
// read that fails leaves the store untouched until a read succeeds: the
// tab keeps its work and says so.
func readStored(ctx app.Context) {
	ctx.Async(func() {
		st, err := readUser()
		uiDispatch(ctx, func(ctx app.Context) {
			user.loading = false
			if err != nil {
				user.readFailed, user.saved = true, false
				user.saveErr = "Your saved articles could not be read: " + err.Error() +
					". Nothing is written to this browser's storage until they can be read, so nothing saved is lost; what you import or edit now stays in this tab."
				return
			}
			user.readFailed = false
			if st.legacyLog != "" {
				user.legacy = true
				if len(st.edits) == 0 {
					// A version 1 store: its log becomes records, written
					// by the save that follows.
					if err := user.ws.TakeInLegacy([]byte(st.legacyLog)); err != nil {
						user.legacy = false // keep it stored; it cannot be read
						user.ws.Note("saved edits could not be read: " + err.Error())
					}
				}
			}
			takeIn(ctx, user.ws.View(), st)
		})
	})
}

// yieldUI lets the browser handle events and repaint: it resumes after the
// next animation frame (then a timeout, so that the frame is painted), or
// after 100 ms when the page is hidden and draws no frames. In wasm a
// goroutine switch alone does not return to the browser's event loop, and
// a bare setTimeout may run again before any frame. Natively it does
// nothing.
func yieldUI() {
	if !app.IsClient {
		return
	}
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
