// Package packer builds a pack (see app/packs) of a folder of article
// files, natively and on every core.
//
// The build has the shape of a MapReduce job, so that a distributed
// engine (Apache Beam's Go SDK, or any MapReduce-style engine reading the
// same article files) can run the same steps when one machine is not
// enough:
//
//  1. ParseFile, a map over the article files: read, decode and parse one
//     file on its own. Then a small global step: the corpus's date order
//     (the document numbers) from the articles' dates and ids.
//  2. MapDoc, a map over the documents: analyse one (actors, dates,
//     events: analysis.AnalyseArticle, which depends on nothing but the
//     article and the gazetteer) and emit its columns and article record
//     (keyed by document), one posting per term (keyed by term), one per
//     actor it mentions (keyed by actor) and a count per facet cell
//     (keyed by table, key and month), keeping of the analysis only the
//     few keys the next step needs.
//  3. Group, by key: the postings of a term in document order, the counts
//     of a facet cell summed; and Combine, the corpus-wide analysis that
//     needs every article's actors but not its text (the type vote of
//     discovered actors, the catalogue, the alias table). On one machine,
//     Run maps contiguous ranges of documents on every core, groups each
//     range in memory and spills it to sorted runs on disk (an external
//     sort: the memory a build needs does not grow with the corpus's
//     text), and Write merges the runs key by key, in document order.
//  4. Write: cut the grouped keys into shards (consecutive terms,
//     consecutive documents) and write one immutable file per shard
//     through a Sink; then the hot answers, worked out by reading the
//     pack written (as a browser would), then the manifest.
package packer

import (
	"errors"
	"io/fs"
	"runtime"
	"slices"
	"sync"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
)

// Source is an article file: its name and bytes as read.
type Source = corpus.File

// ParsedFile is what the map of step 1 makes of one file: the parsed
// article, its decoded bytes (what the article record keeps) and, for a
// file that cannot be used, the error (naming the file and line).
type ParsedFile struct {
	Article *corpus.Article
	Data    []byte
	Err     error
}

// ParseFile decodes and parses one article file as the import page and
// corpus.Load do.
func ParseFile(f Source) ParsedFile {
	data, _, perr := corpus.Decode(f.Name, f.Data)
	if perr != nil {
		return ParsedFile{Err: perr}
	}
	a, err := corpus.Parse(f.Name, data)
	if err != nil {
		return ParsedFile{Err: err}
	}
	return ParsedFile{Article: a, Data: data}
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

// Parsed is the outcome of step 1: the corpus (the documents in date
// order) and the decoded bytes of each document's file, or where to read
// them again.
type Parsed struct {
	Corpus *corpus.Corpus
	// Data holds the decoded bytes by document; nil when the files are
	// read again from fsys as they are mapped (see ParseFS).
	Data [][]byte
	fsys fs.FS
}

// data returns the decoded bytes of document d: those Parse kept, or the
// file read and decoded again (see ParseFS). A file that changed since it
// was parsed is an error: the document's place in the corpus's order
// came from its date.
func (p *Parsed) data(d int) ([]byte, error) {
	if p.fsys == nil {
		return p.Data[d], nil
	}
	a := p.Corpus.At(d)
	pf := readParse(p.fsys, a.File)
	if pf.Err != nil {
		return nil, pf.Err
	}
	if pf.Article.ID != a.ID || pf.Article.Date != a.Date {
		return nil, &corpus.ParseError{File: a.File, Msg: "changed while it was packed"}
	}
	return pf.Data, nil
}

// readParse reads file name of fsys as ReadFiles does and parses it with
// ParseFile.
func readParse(fsys fs.FS, name string) ParsedFile {
	b, err := corpus.ReadFile(fsys, name, corpus.MaxFileSize)
	if err != nil {
		return ParsedFile{Err: err}
	}
	return ParseFile(Source{Name: name, Data: b})
}

// parallel runs fn(i) for i in [0, n) on workers goroutines.
func parallel(n, workers int, fn func(i int)) {
	parallelW(n, workers, func(_, i int) { fn(i) })
}

// parallelW runs fn(w, i) for i in [0, n) on workers goroutines, w being
// the number of the goroutine (in [0, workers)), so that fn can keep
// state per goroutine.
func parallelW(n, workers int, fn func(w, i int)) {
	var wg sync.WaitGroup
	next := make(chan int, workers)
	for w := range max(workers, 1) {
		wg.Go(func() {
			for i := range next {
				fn(w, i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// Parse runs step 1 on workers goroutines (every core when workers <= 0):
// the files are parsed as corpus.Load parses them and numbered in the
// corpus's order. The errors are the files left out (malformed,
// duplicate ids), in file order. Unless keep is set, the corpus holds of
// each article only its id, file name, date and title (what ordering and
// the combination read), not its text, which Run parses again from the
// decoded bytes: a large corpus is never held in memory as parsed text.
func Parse(files []Source, workers int, keep bool) (*Parsed, []error) {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	parsed := make([]ParsedFile, len(files))
	parallel(len(files), workers, func(i int) {
		parsed[i] = ParseFile(files[i])
		if !keep {
			parsed[i].Article = brief(parsed[i].Article)
		}
	})
	return numbered(parsed, nil)
}

// brief returns what step 1 keeps of a parsed article when its text is
// not kept: its id, file name, date and title.
func brief(a *corpus.Article) *corpus.Article {
	if a == nil {
		return nil
	}
	return &corpus.Article{ID: a.ID, File: a.File, Date: a.Date, Title: a.Title}
}

// ParseFS is Parse for the files of fsys that match pattern, read as
// ReadFiles reads them, on workers goroutines (every core when workers
// <= 0). It keeps of each article only what Parse keeps without keep, and
// not its bytes either: Run reads and decodes each file again when it
// maps its document, so that the corpus's files are never all in memory
// at once. The errors are the files left out (unreadable, malformed,
// duplicate ids), in file order; the error is that of the pattern.
func ParseFS(fsys fs.FS, pattern string, workers int) (*Parsed, []error, error) {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, nil, err
	}
	parsed := make([]ParsedFile, len(names))
	parallel(len(names), workers, func(i int) {
		parsed[i] = readParse(fsys, names[i])
		parsed[i].Article, parsed[i].Data = brief(parsed[i].Article), nil
	})
	p, errs := numbered(parsed, fsys)
	return p, errs, nil
}

// numbered returns the corpus of the articles parsed (numbered in the
// corpus's order) with their bytes, or read again from fsys when it is
// not nil, and the errors of the files left out.
func numbered(parsed []ParsedFile, fsys fs.FS) (*Parsed, []error) {
	var errs []error
	arts := make([]*corpus.Article, 0, len(parsed))
	var data map[*corpus.Article][]byte
	if fsys == nil {
		data = make(map[*corpus.Article][]byte, len(parsed))
	}
	for _, p := range parsed {
		if p.Err != nil {
			errs = append(errs, p.Err)
			continue
		}
		arts = append(arts, p.Article)
		if data != nil {
			data[p.Article] = p.Data
		}
	}
	c, err := corpus.New(arts)
	if err != nil {
		errs = append(errs, unwrap(err)...)
	}
	out := &Parsed{Corpus: c, fsys: fsys}
	if fsys == nil {
		out.Data = make([][]byte, c.Len())
		for i := range out.Data {
			out.Data[i] = data[c.At(i)]
		}
	}
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
	// Pair counts the document once for the phrase of a common gram it
	// holds (search.GramPhrase: two words one of which is a stop word, or
	// two stop words and a word; their folds, a space between): the
	// candidates for hot answers to phrases.
	Pair(doc int32, phrase string)
}

// Facet tables (see packs.Facets); the table of actor types is worked out
// by Write, from the types settled over the whole corpus.
const (
	TableMonths = "month"
	TableActors = "actor"
	TableEvents = "event"
)

// Scratch is what the calls of MapDoc of one goroutine share: the stems
// of folded words and a compressor for the article records.
type Scratch struct {
	Stems map[string]string
	Comp  *packs.Compressor
}

// NewScratch returns an empty Scratch.
func NewScratch() *Scratch {
	return &Scratch{Stems: map[string]string{}, Comp: packs.NewCompressor()}
}

// MapDoc is the map of step 2: it analyses document d (its article a,
// parsed again from the decoded file data when a holds no text: see
// Parse) with the extractor and emits what the pack keeps of it, indexed
// as analysis.Corpus.Index does. It returns the analysis. sc is the
// calling goroutine's scratch.
func MapDoc(d int, a *corpus.Article, data []byte, ex *actors.Extractor, sc *Scratch, out Emitter) (analysis.Analysed, error) {
	var x analysis.Analysed
	if a.Tokens == nil && a.Text == "" {
		full, err := corpus.Parse(a.File, data)
		if err != nil {
			return x, err
		}
		a = full
	}
	x.Article, x.Found = analysis.AnalyseArticle(a, ex)
	art := x.Article
	// The configuration IndexConfig gives, for this article alone; the
	// actors' types are the corpus's, settled after every article (see
	// Write).
	cfg := search.Config{
		Actors:   func(int) []string { return art.ActorIDs() },
		Mentions: func(int) []search.Mention { return art.SearchMentions() },
		Happened: func(int) [][2]int { return art.Happened() },
		Names:    map[string][]string{},
	}
	cols, terms := search.IndexDoc(a, d, cfg, sc.Stems)
	rec := packs.Record{Name: a.File, Data: data, Mentions: cfg.Mentions(d)}
	var evTypes []string
	for _, m := range art.EventMentions() {
		rec.Events = append(rec.Events, packs.Event{Sentence: m.Sentence, Trigger: m.Trigger, Type: m.Type.String(),
			Act: m.Act, Modality: string(m.Modality), Agent: m.Agent, Patient: m.Patient, Place: m.Place})
		if t := m.Type.String(); !slices.Contains(evTypes, t) {
			evTypes = append(evTypes, t)
		}
	}
	out.Doc(int32(d), cols, rec.EncodeWith(sc.Comp))
	for _, t := range terms {
		out.Term(int32(d), t)
	}
	for _, t := range search.DocGrams(a) {
		out.Term(int32(d), t)
		out.Pair(int32(d), search.GramPhrase(t.Term))
	}
	for k, id := range cols.Actors {
		out.Actor(int32(d), id, cols.ActorTF[k])
		out.Facet(TableActors, id, cols.Month)
	}
	out.Facet(TableMonths, "", cols.Month)
	for _, t := range evTypes {
		out.Facet(TableEvents, t, cols.Month)
	}
	return x, nil
}

// ErrNoArticles is the error of a build without a single good article.
var ErrNoArticles = errors.New("no article to pack")

// Report is what Build did: the files left out (their errors name file
// and line) and the manifest written.
type Report struct {
	Skipped  []error
	Manifest *packs.Manifest
	// Times are how long each step took: parse, map and group, write.
	Times [3]time.Duration
}

// Build runs every step on one machine: it parses the files, analyses,
// maps and groups the documents on workers goroutines (every core when
// workers <= 0) with the gazetteer and writes the pack into sink. A file
// that cannot be used is reported in Report.Skipped and left out; the
// error is for a pack that could not be written (or has no article).
func Build(files []Source, g *actors.Gazetteer, sink Sink, sizes Sizes, workers int) (*Report, error) {
	t0 := time.Now()
	p, skipped := Parse(files, workers, false)
	return build(p, skipped, time.Since(t0), g, sink, sizes, workers)
}

// BuildFS is Build for the files of fsys that match pattern, read as
// ReadFiles reads them; it holds no more than a few ranges of documents'
// files in memory at a time (see ParseFS). A file that cannot be read is
// reported in Report.Skipped as Build reports a malformed one.
func BuildFS(fsys fs.FS, pattern string, g *actors.Gazetteer, sink Sink, sizes Sizes, workers int) (*Report, error) {
	t0 := time.Now()
	p, skipped, err := ParseFS(fsys, pattern, workers)
	if err != nil {
		return &Report{}, err
	}
	return build(p, skipped, time.Since(t0), g, sink, sizes, workers)
}

// build runs the steps after step 1 (which took parse) on p, whose
// skipped files are reported.
func build(p *Parsed, skipped []error, parse time.Duration, g *actors.Gazetteer, sink Sink, sizes Sizes, workers int) (*Report, error) {
	rep := &Report{Skipped: skipped}
	rep.Times[0] = parse
	if p.Corpus.Len() == 0 {
		return rep, ErrNoArticles
	}
	t0 := time.Now()
	grp, ac, err := Run(p, g, workers, false)
	rep.Times[1] = time.Since(t0)
	if err != nil {
		return rep, err
	}
	t0 = time.Now()
	m, err := Write(grp, ac, sink, sizes)
	rep.Times[2] = time.Since(t0)
	rep.Manifest = m
	return rep, err
}
