// Package packer builds a pack (see app/packs) of a folder of article
// files, natively and on every core.
//
// The build has the shape of a MapReduce job, so that a distributed
// engine (Apache Beam's Go SDK, or any MapReduce-style engine reading the
// same article files) can run the same steps when one machine is not
// enough:
//
//  1. Analyse, a map over the article files: read, decode, parse and
//     analyse one file (ParseFile, then analysis.AnalyseArticle), on its
//     own. Then a small global step, Combine: the corpus's date order
//     (the document numbers) and the type vote of discovered actors,
//     which need every article's few keys, not its text.
//  2. MapDoc, a map over the analysed documents: each document gives its
//     columns and article record (keyed by document), one posting per
//     term (keyed by term), one per actor it mentions (keyed by actor) and
//     a count per facet cell (keyed by table, key and month).
//  3. Group, by key: the postings of a term in document order, the counts
//     of a facet cell summed. On one machine, Run maps contiguous ranges
//     of documents on every core and merges the groups in range order.
//  4. Write: cut the grouped keys into shards (consecutive terms,
//     consecutive documents) and write one immutable file per shard
//     through a Sink, then the manifest.
package packer

import (
	"errors"
	"io/fs"
	"runtime"
	"slices"
	"sync"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
)

// Source is an article file: its name and bytes as read.
type Source = corpus.File

// Parsed is what the map of step 1 makes of one file: the parsed article,
// its decoded bytes (what the article record keeps) and, for a file that
// cannot be used, the error (naming the file and line).
type Parsed struct {
	Article *corpus.Article
	Data    []byte
	Err     error
}

// ParseFile decodes and parses one article file as the import page and
// corpus.Load do.
func ParseFile(f Source) Parsed {
	data, _, perr := corpus.Decode(f.Name, f.Data)
	if perr != nil {
		return Parsed{Err: perr}
	}
	a, err := corpus.Parse(f.Name, data)
	if err != nil {
		return Parsed{Err: err}
	}
	return Parsed{Article: a, Data: data}
}

// ReadFiles reads the files of fsys that match pattern as corpus.Load
// does (regular files of at most corpus.MaxFileSize bytes), in name
// order; a file that cannot be read is an error in the list and left out.
func ReadFiles(fsys fs.FS, pattern string) ([]Source, []error, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, nil, err
	}
	var errs []error
	out := make([]Source, 0, len(names))
	for _, n := range names {
		b, err := corpus.ReadFile(fsys, n, corpus.MaxFileSize)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, Source{Name: n, Data: b})
	}
	return out, errs, nil
}

// Analysed is the outcome of step 1: the analysed corpus and the decoded
// bytes of each document's file.
type Analysed struct {
	Corpus *analysis.Corpus
	Data   [][]byte // by document
}

// parallel runs fn(i) for i in [0, n) on workers goroutines.
func parallel(n, workers int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int, workers)
	for range max(workers, 1) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// Analyse runs step 1 on every core: it parses and analyses the files
// with the gazetteer (as analysis.Load does, with the same outcome) and
// combines them into the analysed corpus. The errors are the files left
// out (malformed, duplicate ids), in file order.
func Analyse(files []Source, g *actors.Gazetteer, workers int) (*Analysed, []error) {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	parsed := make([]Parsed, len(files))
	parallel(len(files), workers, func(i int) { parsed[i] = ParseFile(files[i]) })
	var errs []error
	arts := make([]*corpus.Article, 0, len(files))
	data := make(map[*corpus.Article][]byte, len(files))
	for _, p := range parsed {
		if p.Err != nil {
			errs = append(errs, p.Err)
			continue
		}
		arts = append(arts, p.Article)
		data[p.Article] = p.Data
	}
	c, err := corpus.New(arts)
	if err != nil {
		errs = append(errs, unwrap(err)...)
	}
	ex := g.NewExtractor()
	done := make([]analysis.Analysed, c.Len())
	parallel(c.Len(), workers, func(i int) {
		done[i].Article, done[i].Found = analysis.AnalyseArticle(c.At(i), ex)
	})
	known := make(map[*corpus.Article]analysis.Analysed, c.Len())
	out := &Analysed{Data: make([][]byte, c.Len())}
	for i, x := range done {
		known[c.At(i)] = x
		out.Data[i] = data[c.At(i)]
	}
	an := analysis.NewAnalyser(c, ex)
	an.Reuse(known)
	out.Corpus = an.Corpus()
	return out, errs
}

// unwrap returns the errors an errors.Join holds.
func unwrap(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// Emitter receives the key/value pairs the map of step 2 makes of one
// document.
type Emitter interface {
	// Doc is the document's columns and compressed article record.
	Doc(doc int32, cols search.DocColumns, record []byte)
	// Term is a posting: a term of the document.
	Term(doc int32, t search.DocTerm)
	// Actor is an actor the document mentions, with its weighted mention
	// count.
	Actor(doc int32, id string, tf float32)
	// Facet counts the document once in a cell of a facet table.
	Facet(table, key string, month int)
}

// Facet tables (see packs.Facets).
const (
	TableMonths = "month"
	TableActors = "actor"
	TableTypes  = "type"
	TableEvents = "event"
)

// MapDoc is the map of step 2: document d of the analysed corpus, indexed
// with cfg (the corpus's IndexConfig) as the in-memory index does. stems
// caches stems between calls of one goroutine.
func MapDoc(an *Analysed, cfg search.Config, d int, stems map[string]string, out Emitter) {
	ac := an.Corpus
	a := ac.Corpus.At(d)
	cols, terms := search.IndexDoc(a, d, cfg, stems)
	art := ac.Articles[d]
	rec := packs.Record{Name: a.File, Data: an.Data[d]}
	if cfg.Mentions != nil {
		rec.Mentions = cfg.Mentions(d)
	}
	evTypes := []string{}
	for _, m := range art.EventMentions {
		rec.Events = append(rec.Events, packs.Event{Sentence: m.Sentence, Trigger: m.Trigger, Type: m.Type.String(),
			Act: m.Act, Modality: string(m.Modality), Agent: m.Agent, Patient: m.Patient, Place: m.Place})
		if t := m.Type.String(); !slices.Contains(evTypes, t) {
			evTypes = append(evTypes, t)
		}
	}
	out.Doc(int32(d), cols, rec.Encode())
	for _, t := range terms {
		out.Term(int32(d), t)
	}
	var types []string
	for k, id := range cols.Actors {
		tf := float32(1)
		if k < len(cols.ActorTF) {
			tf = cols.ActorTF[k]
		}
		out.Actor(int32(d), id, tf)
		out.Facet(TableActors, id, cols.Month)
		if t := cfg.Types[id]; t != "" && !slices.Contains(types, t) {
			types = append(types, t)
		}
	}
	out.Facet(TableMonths, "", cols.Month)
	for _, t := range types {
		out.Facet(TableTypes, t, cols.Month)
	}
	for _, t := range evTypes {
		out.Facet(TableEvents, t, cols.Month)
	}
}

// ErrNoArticles is the error of a build without a single good article.
var ErrNoArticles = errors.New("no article to pack")

// Report is what Build did: the files left out (their errors name file
// and line), the manifest written and the number of articles packed.
type Report struct {
	Skipped  []error
	Manifest *packs.Manifest
}

// Build runs every step on one machine: it analyses the files with the
// gazetteer, maps and groups the documents on workers goroutines (every
// core when workers <= 0) and writes the pack into sink. A file that
// cannot be used is reported in Report.Skipped and left out; the error is
// for a pack that could not be written (or has no article).
func Build(files []Source, g *actors.Gazetteer, sink Sink, sizes Sizes, workers int) (*Report, error) {
	an, skipped := Analyse(files, g, workers)
	rep := &Report{Skipped: skipped}
	if an.Corpus.Corpus.Len() == 0 {
		return rep, ErrNoArticles
	}
	cfg := an.Corpus.IndexConfig()
	grp := Run(an, cfg, workers)
	m, err := Write(grp, an, cfg, sink, sizes)
	rep.Manifest = m
	return rep, err
}
