package ui

import (
	"sync"
	"sync/atomic"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
	"corpusexplorer/seeds"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var (
	corpusOnce sync.Once
	loaded     *analysis.Corpus
	loadErr    error
)

// Analysed returns the embedded corpus, parsed and analysed once and
// shared by every page.
func Analysed() (*analysis.Corpus, error) {
	corpusOnce.Do(func() { loaded, loadErr = loadEmbedded() })
	return loaded, loadErr
}

// loadEmbedded loads the corpus built into the binary: the seeds, or a
// synthetic corpus in a benchmark build (build tag benchsynth).
var loadEmbedded = func() (*analysis.Corpus, error) {
	g, err := gazetteer()
	if err != nil {
		return nil, err
	}
	c, err := corpus.Load(seeds.Articles, "*.txt")
	if err != nil {
		return nil, err
	}
	return analysis.Analyse(c, g.NewExtractor()), nil
}

// Corpus returns the parsed articles of the embedded corpus.
func Corpus() (*corpus.Corpus, error) {
	ac, err := Analysed()
	if err != nil {
		return nil, err
	}
	return ac.Corpus, nil
}

// Data is what every page shows: the analysed corpus (the embedded
// articles, plus the user's imports once loaded), its search index and
// which articles were imported. A Data is never changed: a new one
// replaces it (see publish), and pages observing stateCorpus re-render.
type Data struct {
	AC    *analysis.Corpus
	Index *search.Index
	// Imported holds the ids of the articles the user imported.
	Imported map[string]bool
	// Version counts the replacements, starting at 1.
	Version int
	// Err is set when the embedded corpus failed to load.
	Err error

	summaryOnce sync.Once
	summary     string
}

// Summary describes the corpus in one line for the header; it is worked
// out once per Data, not on every render.
func (d *Data) Summary() string {
	d.summaryOnce.Do(func() { d.summary = describeCorpus(d) })
	return d.summary
}

// stateCorpus is the go-app state key that carries Data.Version.
const stateCorpus = "corpus-version"

var current atomic.Pointer[Data]

// data returns the current corpus, the embedded one until the user's
// imports are loaded.
func data() *Data {
	if d := current.Load(); d != nil {
		return d
	}
	ac, err := Analysed()
	d := &Data{AC: ac, Err: err, Version: 1}
	if err == nil {
		d.Index = ac.Index()
	}
	current.CompareAndSwap(nil, d)
	return current.Load()
}

// publish replaces the current corpus and tells the observing pages.
func publish(ctx app.Context, d *Data) {
	d.Version = data().Version + 1
	current.Store(d)
	ctx.SetState(stateCorpus, d.Version)
}

// observeCorpus makes a page re-render when the corpus is replaced.
func observeCorpus(ctx app.Context, version *int) {
	ctx.ObserveState(stateCorpus, version)
}

// matching returns the corpus indexes of the articles that match st, in
// the state's sort order, and the notices of the query parser.
func matching(d *Data, st search.State) ([]int, []search.Notice) {
	if d.Index == nil {
		return nil, nil
	}
	return d.Index.Matches(st)
}
