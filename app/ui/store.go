package ui

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/importer"
	"corpusexplorer/seeds"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The user's own data: the articles they imported and their actor edits.
// Both live in memory (userData) and in the browser's IndexedDB
// (store_idb.go); the corpus every page shows (Data) is rebuilt from the
// embedded articles plus these whenever they change.
//
// userData is only touched on the UI goroutine (event handlers and
// ctx.Dispatch); builds run in ctx.Async on snapshots.
type userData struct {
	// files are the imported articles in the seed format, one per id, in
	// import order. An id of an embedded article replaces it.
	files []corpus.File
	log   edits.Log
	// base is the analysis without edits: the actors edits may name.
	base *analysis.Corpus
	// result is the effect of log, nil when it is empty.
	result *edits.Result

	// loading is set while the stored data is read at start-up.
	loading bool
	// saveErr describes the last storage failure ("" when saved).
	saveErr string
	// saved is false while the latest files or edits are not stored.
	saved bool
	// problems found while rebuilding (stored edits that no longer apply).
	rebuildErrs []string
}

var (
	user       = &userData{saved: true}
	loadOnce   sync.Once
	gazOnce    sync.Once
	gaz        *actors.Gazetteer
	gazErr     error
	buildMutex sync.Mutex
)

// gazetteer returns the curated gazetteer of the embedded corpus.
func gazetteer() (*actors.Gazetteer, error) {
	gazOnce.Do(func() { gaz, gazErr = actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer) })
	return gaz, gazErr
}

// fileID returns the article id of an article file name.
func fileID(name string) string { return strings.TrimSuffix(name, ".txt") }

// built is the outcome of build.
type built struct {
	data   *Data
	base   *analysis.Corpus
	result *edits.Result
	kept   []edits.Edit // the edits that apply
	errs   []string
}

// build makes the corpus every page shows: the embedded articles plus files
// (an id of an embedded article replaces it), analysed exactly like the
// embedded ones, with the edits applied. Files that fail to parse and edits
// that no longer apply are left out and reported in errs.
//
// step, when not nil, is called before each phase (parsing, analysing,
// applying edits, indexing) with its name, so that a caller in the browser
// can show it and yield to the UI between phases.
func build(files []corpus.File, es []edits.Edit, step ...func(phase string, done, total int)) built {
	progress := func(phase string, n ...int) {
		done, total := 0, 0
		if len(n) == 2 {
			done, total = n[0], n[1]
		}
		for _, f := range step {
			f(phase, done, total)
		}
	}
	buildMutex.Lock()
	defer buildMutex.Unlock()
	emb, err := Analysed()
	if err != nil {
		return built{data: &Data{Err: err}}
	}
	g, err := gazetteer()
	if err != nil {
		return built{data: &Data{Err: err}}
	}
	var out built
	progress("Parsing")
	c := emb.Corpus
	ids := map[string]bool{}
	var add []corpus.File
	for _, f := range files {
		id := fileID(f.Name)
		if _, ok := c.ByID(id); ok {
			nc, err := importer.Replace(c, importer.Problem{File: f.Name, Kind: importer.DuplicateID, ID: id, Pending: &f})
			if err != nil {
				out.errs = append(out.errs, err.Error())
				continue
			}
			c = nc
			ids[id] = true
			continue
		}
		add = append(add, f)
	}
	last := time.Now()
	for len(add) > 0 {
		chunk := add[:min(len(add), parseChunk)]
		add = add[len(chunk):]
		if nc, err := c.Add(chunk...); err == nil {
			c = nc
			for _, f := range chunk {
				ids[fileID(f.Name)] = true
			}
		} else {
			for _, f := range chunk {
				nc, err := c.Add(f)
				if err != nil {
					out.errs = append(out.errs, err.Error())
					continue
				}
				c = nc
				ids[fileID(f.Name)] = true
			}
		}
		if len(add) > 0 && time.Since(last) >= yieldEvery {
			progress("Parsing")
			last = time.Now()
		}
	}
	ac := emb
	progress("Analysing")
	if c != emb.Corpus {
		// A few articles at a time, so the page can repaint in between.
		an := analysis.NewAnalyser(c, g.NewExtractor())
		last = time.Now()
		for !an.Step(analyseChunk) {
			if time.Since(last) >= yieldEvery {
				done, total := an.Progress()
				progress("Analysing", done, total)
				last = time.Now()
			}
		}
		ac = an.Corpus()
	}
	out.base = ac
	if len(es) > 0 {
		kept, res, dropped := edits.Prune(g, ac.Actor, es)
		for _, e := range dropped {
			out.errs = append(out.errs, "edit no longer applies: "+e.Error())
		}
		out.kept, out.result = kept, res
		if len(kept) > 0 {
			progress("Applying your edits")
			ac = edits.Analyse(c, res)
		} else {
			out.result = nil
		}
	}
	progress("Indexing")
	ib := ac.IndexBuilder()
	last = time.Now()
	for !ib.Step(analyseChunk * 4) {
		if time.Since(last) >= yieldEvery {
			done, total := ib.Progress()
			progress("Indexing", done, total)
			last = time.Now()
		}
	}
	ix := ib.Index()
	progress("Showing")
	out.data = &Data{AC: ac, Index: ix, Imported: ids}
	return out
}

// The analysis of a large batch goes analyseChunk articles at a time and
// lets the page repaint when yieldEvery has passed.
const (
	analyseChunk = 5
	parseChunk   = 50
	yieldEvery   = 40 * time.Millisecond
)

// snapshot returns copies of the user's files and edits for a build.
func (u *userData) snapshot() ([]corpus.File, []edits.Edit) {
	return append([]corpus.File(nil), u.files...), append([]edits.Edit(nil), u.log.Edits()...)
}

// has reports whether the user imported an article with id.
func (u *userData) has(id string) bool {
	for _, f := range u.files {
		if fileID(f.Name) == id {
			return true
		}
	}
	return false
}

// put adds or replaces (same id) an imported article.
func (u *userData) put(f corpus.File) {
	id := fileID(f.Name)
	for i, g := range u.files {
		if fileID(g.Name) == id {
			u.files[i] = f
			return
		}
	}
	u.files = append(u.files, f)
}

// remove drops the imported article id; "" drops all.
func (u *userData) remove(id string) {
	if id == "" {
		u.files = nil
		return
	}
	out := u.files[:0]
	for _, f := range u.files {
		if fileID(f.Name) != id {
			out = append(out, f)
		}
	}
	u.files = out
}

// logJSON returns the edits log in its stored form.
func (u *userData) logJSON() string {
	b, err := json.Marshal(u.log)
	if err != nil {
		return `{"version":1,"edits":[]}`
	}
	return string(b)
}

// installBuild makes b the current corpus: user state first, then publish
// so that every observing page re-renders. Call on the UI goroutine.
func installBuild(ctx app.Context, b built) {
	user.base, user.result, user.rebuildErrs = b.base, b.result, b.errs
	if b.data.Err != nil {
		return
	}
	if user.base == nil {
		user.base = b.data.AC
	}
	publish(ctx, b.data)
}

// rebuild rebuilds the corpus from the user's data in the background, then
// publishes it and, when save is set, stores the user's data. done, when
// not nil, runs on the UI goroutine after publishing.
func rebuild(ctx app.Context, save bool, done func(ctx app.Context)) {
	files, es := user.snapshot()
	logJSON := user.logJSON()
	if save {
		user.saved = false
	}
	sess.busy = true
	ctx.Async(func() {
		yieldUI()
		b := build(files, es)
		uiDispatch(ctx, func(ctx app.Context) {
			sess.busy = false
			installBuild(ctx, b)
			if done != nil {
				done(ctx)
			}
		})
		if save {
			trace("rebuilt, saving")
			err := saveUser(files, logJSON)
			uiDispatch(ctx, func(ctx app.Context) { setSaved(err) })
		}
	})
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
// browser's storage once, rebuilds the corpus with them and publishes it.
// Pages call it from OnMount (the Header does); later calls do nothing.
func loadStored(ctx app.Context) {
	if !app.IsClient {
		return
	}
	liveCtx, liveSet = ctx, true
	loadOnce.Do(func() {
		user.loading = true
		ctx.Async(func() {
			files, logJSON, err := readUser()
			var l edits.Log
			var logErr error
			if logJSON != "" {
				logErr = l.UnmarshalJSON([]byte(logJSON))
			}
			var b built
			if err == nil && (len(files) > 0 || l.Len() > 0) {
				b = build(files, l.Edits())
			}
			uiDispatch(ctx, func(ctx app.Context) {
				user.loading = false
				if err != nil {
					user.saveErr = "Your saved articles could not be read: " + err.Error()
					return
				}
				if logErr != nil {
					user.rebuildErrs = append(user.rebuildErrs, "saved edits could not be read: "+logErr.Error())
				}
				if b.data == nil {
					return
				}
				// Imports made while loading come after the stored ones.
				stored := user.files
				user.files = files
				for _, f := range stored {
					user.put(f)
				}
				if user.log.Len() == 0 {
					user.log = edits.Log{}
					for _, e := range b.kept {
						user.log.Push(e)
					}
				}
				installBuild(ctx, b)
				if len(stored) > 0 {
					rebuild(ctx, true, nil)
				}
			})
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
