package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/importer"
	"corpusexplorer/app/records"
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

	// index is the position in files of each article id, nil when it must
	// be worked out again.
	index map[string]int

	// The tab's last view of the store (see app/records), and the places
	// of the files and edits among their kind.
	fileBase, editBase records.Base
	fileSeq, editSeq   map[string]int64
	// legacy is set while the store still holds a version 1 edits log.
	legacy bool
	// unread are stored edits this version cannot read, kept as they are.
	unread []records.Record
	// buildSeq counts the builds started: a build is installed only when
	// no other started after it (it would lack what that one has).
	buildSeq int
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
	// problems found while rebuilding (stored edits that no longer apply).
	rebuildErrs []string
	// inactive holds the positions (from 0) in log of the edits that no
	// longer apply: they are kept, shown as inactive, until deleted.
	inactive map[int]bool
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
	// inactive are the positions (from 0) of the edits that do not.
	inactive map[int]bool
	errs     []string
	// cancelled is set when the caller stopped the build: nothing else is.
	cancelled bool
}

// build makes the corpus every page shows: the embedded articles plus files
// (an id of an embedded article replaces it), analysed exactly like the
// embedded ones, with the edits applied. Files that fail to parse and edits
// that no longer apply are left out and reported in errs.
//
// step, when not nil, is called before each phase (parsing, analysing,
// applying edits, indexing) with its name, so that a caller in the browser
// can show it and yield to the UI between phases. When it returns false
// the build stops and its outcome is marked cancelled.
func build(files []corpus.File, es []edits.Edit, step func(phase string, done, total int) bool) (out built) {
	progress := func(phase string, n ...int) bool {
		done, total := 0, 0
		if len(n) == 2 {
			done, total = n[0], n[1]
		}
		if step != nil && !step(phase, done, total) {
			out = built{cancelled: true}
			return false
		}
		return true
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
	if !progress("Parsing") {
		return out
	}
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
			if !progress("Parsing") {
				return out
			}
			last = time.Now()
		}
	}
	ac := emb
	if !progress("Analysing") {
		return out
	}
	if c != emb.Corpus {
		// A few articles at a time, so the page can repaint in between.
		an := analysis.NewAnalyser(c, g.NewExtractor())
		last = time.Now()
		for !an.Step(analyseChunk) {
			if time.Since(last) >= yieldEvery {
				done, total := an.Progress()
				if !progress("Analysing", done, total) {
					return out
				}
				last = time.Now()
			}
		}
		ac = an.Corpus()
	}
	out.base = ac
	if len(es) > 0 {
		kept, res, dropped := edits.Prune(g, ac.Actor, es)
		for _, e := range dropped {
			out.errs = append(out.errs, "edit no longer applies (kept, inactive, until you delete it): "+e.Error())
			var ee *edits.Error
			if errors.As(e, &ee) && ee.Index > 0 {
				if out.inactive == nil {
					out.inactive = map[int]bool{}
				}
				out.inactive[ee.Index-1] = true
			}
		}
		out.kept, out.result = kept, res
		if len(kept) > 0 {
			if !progress("Applying your edits") {
				return out
			}
			ac = edits.Analyse(c, res)
		} else {
			out.result = nil
		}
	}
	if !progress("Indexing") {
		return out
	}
	ib := ac.IndexBuilder()
	last = time.Now()
	for !ib.Step(analyseChunk * 4) {
		if time.Since(last) >= yieldEvery {
			done, total := ib.Progress()
			if !progress("Indexing", done, total) {
				return out
			}
			last = time.Now()
		}
	}
	ix := ib.Index()
	if !progress("Showing") {
		return out
	}
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

// positions returns the position in files of each article id.
func (u *userData) positions() map[string]int {
	if u.index == nil {
		u.index = make(map[string]int, len(u.files))
		for i, f := range u.files {
			u.index[fileID(f.Name)] = i
		}
	}
	return u.index
}

// has reports whether the user imported an article with id.
func (u *userData) has(id string) bool {
	_, ok := u.positions()[id]
	return ok
}

// put adds or replaces (same id) an imported article.
func (u *userData) put(f corpus.File) {
	id := fileID(f.Name)
	if i, ok := u.positions()[id]; ok {
		u.files[i] = f
		return
	}
	u.files = append(u.files, f)
	u.index[id] = len(u.files) - 1
}

// remove drops the imported article id; "" drops all.
func (u *userData) remove(id string) {
	u.index = nil
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

// fileRecords returns the imported files as records, each new one placed
// after the others.
func (u *userData) fileRecords() []records.Record {
	if u.fileSeq == nil {
		u.fileSeq = map[string]int64{}
	}
	next := time.Now().UnixMicro()
	out := make([]records.Record, len(u.files))
	for i, f := range u.files {
		seq, ok := u.fileSeq[f.Name]
		if !ok {
			seq = next + int64(i)
			u.fileSeq[f.Name] = seq
		}
		out[i] = records.Record{Key: f.Name, Seq: seq, Data: f.Data}
	}
	return out
}

// editRecords returns the edits log as records: each edit's key is a hash
// of its JSON form and its occurrence, so that tabs that make the same
// edit agree on it.
func (u *userData) editRecords() []records.Record {
	if u.editSeq == nil {
		u.editSeq = map[string]int64{}
	}
	next := time.Now().UnixMicro()
	seen := map[string]int{}
	es := u.log.Edits()
	out := make([]records.Record, len(es))
	for i, e := range es {
		var one edits.Log
		one.Push(e)
		data, err := json.Marshal(one)
		if err != nil {
			continue
		}
		sum := sha256.Sum256(data)
		h := hex.EncodeToString(sum[:10])
		seen[h]++
		key := fmt.Sprintf("%s.%d", h, seen[h])
		seq, ok := u.editSeq[key]
		if !ok {
			seq = next + int64(i)
			u.editSeq[key] = seq
		}
		out[i] = records.Record{Key: key, Seq: seq, Data: data}
	}
	// Stored edits this version cannot read are kept as they are.
	out = append(out, u.unread...)
	records.Sort(out)
	return out
}

func recordKeys(rs []records.Record) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Key
	}
	slices.Sort(out)
	return out
}

// setRecords makes the user's files and edits those of the records (in
// their order). The edits that could be redone are forgotten when the
// edits changed.
func (u *userData) setRecords(files, es []records.Record) error {
	if u.fileSeq == nil {
		u.fileSeq = map[string]int64{}
	}
	if u.editSeq == nil {
		u.editSeq = map[string]int64{}
	}
	u.files, u.index = make([]corpus.File, 0, len(files)), nil
	for _, r := range files {
		u.files = append(u.files, corpus.File{Name: r.Key, Data: r.Data})
		u.fileSeq[r.Key] = r.Seq
	}
	var l edits.Log
	var bad []string
	u.unread = nil
	for _, r := range es {
		var one edits.Log
		if err := one.UnmarshalJSON(r.Data); err != nil || one.Len() != 1 {
			bad = append(bad, r.Key)
			u.unread = append(u.unread, r)
			continue
		}
		l.Push(one.Edits()[0])
		u.editSeq[r.Key] = r.Seq
	}
	if !slices.Equal(recordKeys(es), recordKeys(u.editRecords())) {
		u.log = l
	}
	if len(bad) > 0 {
		return fmt.Errorf("%s could not be read (kept in storage): %s", plural(len(bad), "saved edit"), strings.Join(bad, ", "))
	}
	return nil
}

// installBuild makes b the current corpus: user state first, then publish
// so that every observing page re-renders. Call on the UI goroutine.
func installBuild(ctx app.Context, b built) {
	user.base, user.result, user.rebuildErrs, user.inactive = b.base, b.result, b.errs, b.inactive
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
	if save {
		user.saved = false
	}
	user.buildSeq++
	seq := user.buildSeq
	sess.busy = true
	ctx.Async(func() {
		yieldUI()
		b := build(files, es, nil)
		uiDispatch(ctx, func(ctx app.Context) {
			if seq == user.buildSeq {
				sess.busy = false
				installBuild(ctx, b)
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
	var w writes
	w.putFiles, w.delFiles = records.Changes(user.fileBase, user.fileRecords())
	w.putEdits, w.delEdits = records.Changes(user.editBase, user.editRecords())
	w.dropLegacy = user.legacy
	fb, eb := user.fileBase.Apply(w.putFiles, w.delFiles), user.editBase.Apply(w.putEdits, w.delEdits)
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
			takeIn(ctx, fb, eb, st)
		})
	})
}

// takeIn merges what the store holds (st) into the user's data, given the
// tab's view of the store (fb, eb) when st was read: what other tabs
// added, changed or removed is taken, what this tab has not written yet
// stays. The corpus is rebuilt when that changed it; what remains to be
// written is saved.
func takeIn(ctx app.Context, fb, eb records.Base, st stored) {
	files, fch := records.Merge(fb, st.files, user.fileRecords())
	es, ech := records.Merge(eb, st.edits, user.editRecords())
	user.fileBase, user.editBase = records.BaseOf(st.files), records.BaseOf(st.edits)
	if fch || ech {
		if err := user.setRecords(files, es); err != nil {
			user.rebuildErrs = append(user.rebuildErrs, err.Error())
		}
		rebuild(ctx, false, nil)
	}
	pf, df := records.Changes(user.fileBase, user.fileRecords())
	pe, de := records.Changes(user.editBase, user.editRecords())
	if len(pf)+len(df)+len(pe)+len(de) > 0 || user.legacy || user.again {
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
					var l edits.Log
					if err := l.UnmarshalJSON([]byte(st.legacyLog)); err != nil {
						user.legacy = false // keep it stored; it cannot be read
						user.rebuildErrs = append(user.rebuildErrs, "saved edits could not be read: "+err.Error())
					}
					for _, e := range l.Edits() {
						user.log.Push(e)
					}
				}
			}
			takeIn(ctx, user.fileBase, user.editBase, st)
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
