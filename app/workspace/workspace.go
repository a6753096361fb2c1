// Package workspace holds what the explorer shows and what the user made
// of it: the embedded corpus, the user's imported articles and actor
// edits, and the corpus built from them with its search index.
//
// A Workspace is owned by one goroutine (the page's UI goroutine in the
// browser); only Build, which works on a Job taken from it, runs
// elsewhere, and Current may be read from anywhere. Storage is not its
// business: it turns its files and edits into records (see app/records)
// and takes in records read back, and the caller stores them.
package workspace

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/records"
	"corpusexplorer/app/search"
	"corpusexplorer/app/strmap"
	"corpusexplorer/app/text"
	"corpusexplorer/seeds"
)

// Data is what every page shows: the analysed corpus (the embedded
// articles plus the user's imports), its search index and which articles
// were imported. A Data is never changed: Install replaces it.
type Data struct {
	AC    *analysis.Corpus
	Index *search.Index
	// imported holds the ids of the articles the user imported (see
	// IsImported).
	imported *strmap.Map[struct{}]
	// Edits is the effect of the user's edits the corpus was built with,
	// nil when none apply.
	Edits *edits.Result
	// Version counts the replacements, starting at 1.
	Version int
	// Err is set when the embedded corpus failed to load.
	Err error

	summaryOnce sync.Once
	summary     string
}

// IsImported reports whether the user imported the article id.
func (d *Data) IsImported(id string) bool { return d.imported.Has(id) }

// Summary describes the corpus in one line ("3 articles · 2 months (…) ·
// 8 actors · 20 events"), worked out once per Data.
func (d *Data) Summary() string {
	d.summaryOnce.Do(func() { d.summary = d.describe() })
	return d.summary
}

func (d *Data) describe() string {
	if d.Err != nil || d.AC == nil {
		return "Corpus failed to load"
	}
	s := d.AC.Summary()
	if s.Articles == 0 {
		return "No articles"
	}
	span := s.First
	if s.Last != s.First {
		span = text.Plural(d.AC.Corpus.Stats().Months, "month") + " (" + s.First + " – " + s.Last + ")"
	}
	return fmt.Sprintf("%s · %s · %s · %s", text.Plural(s.Articles, "article"), span, text.Plural(s.Actors, "actor"), text.Plural(s.Events, "event"))
}

// Matching returns the corpus indexes of the articles that match st, in
// the state's sort order, and the notices of the query parser.
func (d *Data) Matching(st search.State) ([]int, []search.Notice) {
	if d.Index == nil {
		return nil, nil
	}
	return d.Index.Matches(st)
}

// Catalog returns the corpus's actors as the URL parsers see them (see
// explore.ParseState): with the user's edits, an old id in a saved link
// follows a merge and a hidden actor is dropped. It is nil when the corpus
// failed to load.
func (d *Data) Catalog() explore.Catalog {
	switch {
	case d.AC == nil:
		return nil
	case d.Edits != nil:
		return editedCatalog{d.AC, d.Edits}
	}
	return d.AC
}

// editedCatalog is a corpus's actor catalog with the user's edits (an
// explore.Remapper).
type editedCatalog struct {
	explore.Catalog
	*edits.Result
}

// Loader loads the embedded corpus, analysed with the gazetteer g.
type Loader func(g *actors.Gazetteer) (*analysis.Corpus, error)

// Seeds loads the articles built into the binary (package seeds).
func Seeds(g *actors.Gazetteer) (*analysis.Corpus, error) {
	c, err := corpus.Load(seeds.Articles, "*.txt")
	if err != nil {
		return nil, err
	}
	return analysis.Analyse(c, g.NewExtractor()), nil
}

// Workspace is the explorer's model: see the package doc.
type Workspace struct {
	load Loader
	// snap is the seeds' snapshot to read before analysing them with
	// load, nil for none; snapErr says why it was not read.
	snap    []byte
	snapErr error

	embOnce sync.Once
	emb     *analysis.Corpus
	embErr  error
	gazOnce sync.Once
	gaz     *actors.Gazetteer
	gazErr  error

	// buildMu lets one build run at a time: two would only compete for
	// the one thread of the page.
	buildMu sync.Mutex
	current atomic.Pointer[Data]

	// files are the imported articles in the seed format, one per id, in
	// import order. An id of an embedded article replaces it.
	files []corpus.File
	// pos is the position in files of each article id, nil when it must
	// be worked out again.
	pos *strmap.Map[int32]
	log edits.Log
	// base is the analysis without edits: the actors edits may name.
	base *analysis.Corpus
	// result is the effect of the edits that apply, nil when none.
	result *edits.Result
	// inactive holds the positions (from 0) in log of the edits that no
	// longer apply: they are kept until the user deletes them.
	inactive map[int]bool
	// problems are those of the last build and of reading records.
	problems []string
	// buildSeq counts the jobs started: a build is installed only when no
	// other started after it (it would lack what that one has).
	buildSeq int
	// installed is the job of the build installed last (0: none yet).
	installed int

	rec recordState
	// cache keeps what builds worked out, for the next ones (see cache).
	cache cache
	// importedMemo is the last ImportedArticles, of the corpus of and
	// the files as they were at cut.
	importedMemo struct {
		of   *Data
		at   int
		list []*analysis.Article
	}
	// cut counts the removals of files and the times they were all
	// replaced: adding a file or replacing one by its id leaves the
	// imported articles of a corpus as they are (a new one is not in it),
	// so that ImportedArticles need not go through 100,000 files again at
	// each step of an import.
	cut int
}

// New returns a workspace whose embedded corpus load returns, loaded on
// first use. When load is nil the embedded corpus is Embedded's, read
// from the snapshot built in when there is one and it is not stale (see
// SnapshotFile).
func New(load Loader) *Workspace {
	if load == nil {
		return &Workspace{load: Embedded, snap: seedsSnapshot}
	}
	return &Workspace{load: load}
}

// Gazetteer returns the curated gazetteer of the embedded corpus.
func (w *Workspace) Gazetteer() (*actors.Gazetteer, error) {
	w.gazOnce.Do(func() { w.gaz, w.gazErr = actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer) })
	return w.gaz, w.gazErr
}

// Embedded returns the embedded corpus, read from the snapshot or parsed
// and analysed, once.
func (w *Workspace) Embedded() (*analysis.Corpus, error) {
	w.embOnce.Do(func() {
		if w.snap != nil {
			if w.emb, w.snapErr = ReadSeedsSnapshot(w.snap); w.snapErr == nil {
				return
			}
			// Never silently: the console (the browser's) says why.
			fmt.Fprintln(os.Stderr, "corpus explorer: analysing the seeds live:", w.snapErr)
		}
		g, err := w.Gazetteer()
		if err != nil {
			w.embErr = err
			return
		}
		w.emb, w.embErr = w.load(g)
	})
	return w.emb, w.embErr
}

// FromSnapshot reports whether the embedded corpus was read from a
// snapshot (once Embedded has run), and if not, why not (nil when no
// snapshot was to be read).
func (w *Workspace) FromSnapshot() (bool, error) {
	w.Embedded()
	return w.snap != nil && w.snapErr == nil, w.snapErr
}

// Current returns the corpus every page shows: the embedded one until a
// build is installed. It is safe to call from any goroutine.
func (w *Workspace) Current() *Data {
	if d := w.current.Load(); d != nil {
		return d
	}
	ac, err := w.Embedded()
	d := &Data{AC: ac, Err: err, Version: 1}
	if err == nil {
		d.Index = ac.Index()
	}
	w.current.CompareAndSwap(nil, d)
	return w.current.Load()
}

// Base returns the analysis without the user's edits: the actors an edit
// may name.
func (w *Workspace) Base() *analysis.Corpus {
	if w.base != nil {
		return w.base
	}
	return w.Current().AC
}

// Result returns the effect of the edits that apply, nil when none do.
func (w *Workspace) Result() *edits.Result { return w.result }

// Problems returns what the last build and the last records taken in
// could not use: files that failed to parse, edits that no longer apply,
// records that could not be read.
func (w *Workspace) Problems() []string { return w.problems }

// Files returns the imported articles, in import order. The slice is the
// workspace's: do not change it.
func (w *Workspace) Files() []corpus.File { return w.files }

// Actors returns the actors of the current corpus an edit may name: not
// hidden, not merged into another, sorted by name (case folded).
func (w *Workspace) Actors() []actors.Actor {
	ac, res := w.Current().AC, w.result
	if ac == nil {
		return nil
	}
	var out []actors.Actor
	for _, id := range ac.ActorIDs() {
		if res != nil {
			if _, merged := res.MergedInto(id); merged {
				continue
			}
			if _, hidden := res.Remap(id); hidden {
				continue
			}
		}
		if a, ok := ac.Actor(id); ok {
			out = append(out, a)
		}
	}
	// sort.Sort, not slices.SortFunc, which would compile a sort of its
	// own for actors.Actor into the wasm; ids are unique, so the order is
	// the same. Each name is lowered once, not at every comparison (ten
	// thousand imported actors).
	sort.Sort(byLowerName{out, lowerNames(out)})
	return out
}

// byLowerName sorts actors by name, case folded (lower holds the names
// lowered), then id.
type byLowerName struct {
	list  []actors.Actor
	lower []string
}

func (s byLowerName) Len() int { return len(s.list) }
func (s byLowerName) Less(i, j int) bool {
	return cmp.Or(strings.Compare(s.lower[i], s.lower[j]), strings.Compare(s.list[i].ID, s.list[j].ID)) < 0
}
func (s byLowerName) Swap(i, j int) {
	s.list[i], s.list[j] = s.list[j], s.list[i]
	s.lower[i], s.lower[j] = s.lower[j], s.lower[i]
}

func lowerNames(list []actors.Actor) []string {
	out := make([]string, len(list))
	for i := range list {
		out[i] = strings.ToLower(list[i].Name)
	}
	return out
}

// ImportedArticles returns the articles of the current corpus that the
// user imported, in import order (a file that failed to build is left
// out).
//
// The list is worked out once per corpus and removal of files (the
// import page draws it again at every save of a large import): the slice
// is the workspace's, do not change it.
func (w *Workspace) ImportedArticles() []*analysis.Article {
	d := w.Current()
	ac := d.AC
	if ac == nil {
		return nil
	}
	if m := &w.importedMemo; m.of == d && m.at == w.cut {
		return m.list
	}
	var out []*analysis.Article
	for _, f := range w.files {
		if i := ac.Corpus.Index(corpus.IDOf(f.Name)); i >= 0 {
			out = append(out, ac.Articles[i])
		}
	}
	w.importedMemo.of, w.importedMemo.at, w.importedMemo.list = d, w.cut, out
	return out
}

// ImportedIDs returns the ids of the user's imported articles, whether or
// not the corpus shown has them yet (a build may be under way).
func (w *Workspace) ImportedIDs() *strmap.Map[struct{}] {
	m := new(strmap.Map[struct{}])
	m.Grow(len(w.files))
	for _, f := range w.files {
		m.Put(corpus.IDOf(f.Name), struct{}{})
	}
	return m
}

// positions returns the position in files of each article id.
func (w *Workspace) positions() *strmap.Map[int32] {
	if w.pos == nil {
		w.pos = new(strmap.Map[int32])
		w.pos.Grow(len(w.files))
		for i, f := range w.files {
			w.pos.Put(corpus.IDOf(f.Name), int32(i))
		}
	}
	return w.pos
}

// position returns the position in files of the article id.
func (w *Workspace) position(id string) (int, bool) {
	i, ok := w.positions().Get(id)
	return int(i), ok
}

// Has reports whether the user imported an article with id.
func (w *Workspace) Has(id string) bool {
	return w.positions().Has(id)
}

// Taken reports whether id names an article of the current corpus or an
// imported one: an id a new article may not have.
func (w *Workspace) Taken(id string) bool {
	if d := w.Current(); d.AC != nil {
		if _, ok := d.AC.Corpus.ByID(id); ok {
			return true
		}
	}
	return w.Has(id)
}

// Put adds an imported article or replaces the one with its id.
func (w *Workspace) Put(f corpus.File) {
	w.rec.mutations++
	w.dirty(f.Name)
	id := corpus.IDOf(f.Name)
	if i, ok := w.position(id); ok {
		w.dirty(w.files[i].Name)
		w.files[i] = f
		return
	}
	w.files = append(w.files, f)
	w.pos.Put(id, int32(len(w.files)-1))
}

// PutAll puts each of fs, in order, as Put does, with the maps grown
// once for all of them: the files of a large import.
func (w *Workspace) PutAll(fs []corpus.File) {
	w.positions().Grow(len(fs))
	w.rec.dirty.Grow(len(fs))
	w.files = slices.Grow(w.files, len(fs))
	for _, f := range fs {
		w.Put(f)
	}
}

// Remove drops the imported article id; "" drops them all.
func (w *Workspace) Remove(id string) {
	w.rec.mutations++
	w.cut++
	w.pos = nil
	if id == "" {
		for _, f := range w.files {
			w.dirty(f.Name)
		}
		w.files = nil
		return
	}
	out := w.files[:0]
	for _, f := range w.files {
		if corpus.IDOf(f.Name) != id {
			out = append(out, f)
		} else {
			w.dirty(f.Name)
		}
	}
	clear(w.files[len(out):])
	w.files = out
}

// Edits returns the user's edits in the order they apply, inactive ones
// included.
func (w *Workspace) Edits() []edits.Edit { return w.log.Edits() }

// Inactive reports whether the edit at position i (from 0) of Edits no
// longer applies.
func (w *Workspace) Inactive(i int) bool { return w.inactive[i] }

// CanUndo reports whether there is an edit to undo.
func (w *Workspace) CanUndo() bool { return w.log.CanUndo() }

// CanRedo reports whether there is an undone edit to redo.
func (w *Workspace) CanRedo() bool { return w.log.CanRedo() }

// Edit adds e to the user's edits when it applies after the active ones;
// otherwise it returns why not and changes nothing.
func (w *Workspace) Edit(e edits.Edit) error {
	g, err := w.Gazetteer()
	if err != nil {
		return err
	}
	base := w.Base()
	w.forgetEditRecords()
	w.rec.mutations++
	return w.log.Try(e, func(es []edits.Edit) error {
		active := make([]edits.Edit, 0, len(es))
		for i, x := range es[:len(es)-1] {
			if !w.inactive[i] {
				active = append(active, x)
			}
		}
		_, err := edits.Apply(g, base.Actor, append(active, e))
		return err
	})
}

// ImportEdits adds each of es that applies, in one pass, and returns the
// number added and why the others were not.
func (w *Workspace) ImportEdits(es []edits.Edit) (int, []error) {
	g, err := w.Gazetteer()
	if err != nil {
		return 0, []error{err}
	}
	w.forgetEditRecords()
	w.rec.mutations++
	return w.log.TryEach(g, w.Base().Actor, es)
}

// Undo takes back the last edit and returns it.
func (w *Workspace) Undo() (edits.Edit, bool) {
	w.forgetEditRecords()
	w.rec.mutations++
	return w.log.Undo()
}

// Redo applies again the last undone edit and returns it.
func (w *Workspace) Redo() (edits.Edit, bool) {
	w.forgetEditRecords()
	w.rec.mutations++
	return w.log.Redo()
}

// DeleteEdit deletes the edit at position i (from 0) and returns it.
func (w *Workspace) DeleteEdit(i int) (edits.Edit, bool) {
	w.forgetEditRecords()
	w.rec.mutations++
	return w.log.Remove(i)
}

// Job is what one build works on: copies of the user's files and edits,
// taken by Start.
type Job struct {
	Files []corpus.File
	Edits []edits.Edit
	seq   int
}

// Parsed tells the workspace a, the article corpus.Parse made of f (as
// the importer does when it checks a file), so that a build takes it
// rather than parse f again. It may be called from any goroutine.
func (w *Workspace) Parsed(f corpus.File, a *corpus.Article) {
	if a != nil {
		w.cache.setParsed(f, a)
	}
}

// Start returns a job of the user's files and edits plus added (articles
// about to be imported, which the caller Puts once their build is
// installed): its Files are the workspace's, then added. Only the job
// started last can be installed.
func (w *Workspace) Start(added ...corpus.File) Job {
	w.buildSeq++
	files := make([]corpus.File, 0, len(w.files)+len(added))
	files = append(append(files, w.files...), added...)
	return Job{Files: files, Edits: append([]edits.Edit(nil), w.log.Edits()...), seq: w.buildSeq}
}

// Latest reports whether no job started after j.
func (w *Workspace) Latest(j Job) bool { return j.seq == w.buildSeq }

// Abandon drops job j (a cancelled import's) and reports whether the
// corpus must be built again: when another job was set aside for it (it
// started before j and was not installed, as it was no longer the
// latest) or started after it. When j directly followed the installed
// build, the current corpus is still that of the workspace's files and
// edits, and nothing needs building.
func (w *Workspace) Abandon(j Job) (rebuild bool) {
	return !(w.Latest(j) && w.installed == j.seq-1)
}

// Install makes b the current corpus when its job is the latest started
// and reports whether it did. A build of an embedded corpus that failed
// to load is recorded but not installed.
func (w *Workspace) Install(b Built) bool {
	if b.Cancelled || b.job.seq != w.buildSeq {
		return false
	}
	w.base, w.result, w.problems, w.inactive = b.base, b.result, b.Problems, b.inactive
	if b.Data == nil || b.Data.Err != nil {
		return false
	}
	if w.base == nil {
		w.base = b.Data.AC
	}
	b.Data.Version = w.Current().Version + 1
	w.current.Store(b.Data)
	w.installed = b.job.seq
	return true
}

// Note adds a problem to report with those of the last build.
func (w *Workspace) Note(problem string) { w.problems = append(w.problems, problem) }

// recordState is the workspace's view of the store.
type recordState struct {
	// The last view of the store (see app/records), and the place of each
	// file and edit among its kind.
	fileBase, editBase records.Base
	fileSeq, editSeq   strmap.Map[int64]
	// unread are stored edits this version cannot read, kept as they are.
	unread []records.Record
	// gen is the store's generation of the view (see View).
	gen int64
	// edits are the edits as records, nil when they must be worked out
	// again (see editRecords): every change of the log drops them (see
	// forgetEditRecords).
	edits []records.Record
	// pending is the work on edits under way (see PrepareEdits).
	pending *editsPending
	// mutations counts the changes of the files and edits; clean is its
	// value when the store last held everything (see Unsaved).
	mutations, clean int
	// dirty holds the names of the files that may differ from fileBase
	// since the last write; when scanned is false every file may, and
	// Changes first marks them all dirty. baseVersion counts the
	// replacements of fileBase (see View).
	dirty       strmap.Map[struct{}]
	scanned     bool
	baseVersion int
	// next is where files new to the records are placed (see seqBase), 0
	// when not chosen yet.
	next int64
}
