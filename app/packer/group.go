package packer

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
)

// termAcc is a term's grouped postings: what search.Postings holds, with
// each position's fold as an index into variants.
type termAcc struct {
	docs     []int32
	tf       []float32
	offs     []int32
	pos      []int32
	variants []string
	fv       []int32
}

// add appends the postings p of documents that follow a's.
func (a *termAcc) add(p search.Postings) {
	base := int32(len(a.pos))
	a.docs = append(a.docs, p.Docs...)
	a.tf = append(a.tf, p.TF...)
	for _, o := range p.Offs {
		a.offs = append(a.offs, o+base)
	}
	a.pos = append(a.pos, p.Pos...)
	if len(p.Variants) == 0 {
		v := a.variant(p.Fold)
		for range p.Pos {
			a.fv = append(a.fv, v)
		}
		return
	}
	remap := make([]int32, len(p.Variants))
	for i, f := range p.Variants {
		remap[i] = a.variant(f)
	}
	for _, v := range p.FV {
		a.fv = append(a.fv, remap[v])
	}
}

// variant returns the number of fold f among a's variants, adding it.
func (a *termAcc) variant(f string) int32 {
	v := slices.Index(a.variants, f)
	if v < 0 {
		v = len(a.variants)
		a.variants = append(a.variants, f)
	}
	return int32(v)
}

// actorAcc is an actor's grouped documents.
type actorAcc struct {
	docs []int32
	tf   []float32
}

// docOut is a document's columns and record.
type docOut struct {
	cols   search.DocColumns
	record []byte
}

// cell is a cell of a facet table.
type cell struct {
	table, key string
	month      int
}

// Group is step 3 for the documents [Lo, Hi), mapped in increasing order:
// an Emitter that groups what it receives by key, in memory. Run spills
// the group of each range of documents to sorted runs on disk (see Runs)
// and Write merges the runs.
type Group struct {
	Lo, Hi int32
	terms  map[string]*termAcc
	actors map[string]*actorAcc
	facets map[cell]int
	pairs  map[string]int
	docs   []docOut
}

// NewGroup returns an empty group of the documents [lo, hi).
func NewGroup(lo, hi int32) *Group {
	return &Group{Lo: lo, Hi: hi, terms: map[string]*termAcc{}, actors: map[string]*actorAcc{}, facets: map[cell]int{},
		pairs: map[string]int{}, docs: make([]docOut, hi-lo)}
}

// Doc implements Emitter.
func (g *Group) Doc(doc int32, cols search.DocColumns, record []byte) {
	g.docs[doc-g.Lo] = docOut{cols, record}
}

// Term implements Emitter.
func (g *Group) Term(doc int32, t search.DocTerm) {
	a := g.terms[t.Term]
	if a == nil {
		a = &termAcc{}
		g.terms[t.Term] = a
	}
	a.docs = append(a.docs, doc)
	a.tf = append(a.tf, t.TF)
	a.offs = append(a.offs, int32(len(a.pos)))
	a.pos = append(a.pos, t.Pos...)
	for _, f := range t.Folds {
		a.fv = append(a.fv, a.variant(f))
	}
}

// Actor implements Emitter.
func (g *Group) Actor(doc int32, id string, tf float32) {
	a := g.actors[id]
	if a == nil {
		a = &actorAcc{}
		g.actors[id] = a
	}
	a.docs = append(a.docs, doc)
	a.tf = append(a.tf, tf)
}

// Facet implements Emitter.
func (g *Group) Facet(table, key string, month int) { g.facets[cell{table, key, month}]++ }

// Pair implements Emitter.
func (g *Group) Pair(_ int32, phrase string) { g.pairs[phrase]++ }

// postings returns a term's grouped postings in the search package's
// form: one fold, or the variants with each position's.
func (a *termAcc) postings() search.Postings {
	p := search.Postings{Docs: a.docs, TF: a.tf, Offs: a.offs, Pos: a.pos}
	if len(a.variants) == 1 {
		p.Fold = a.variants[0]
	} else {
		p.Variants, p.FV = a.variants, a.fv
	}
	return p
}

// Runs is the outcome of steps 2 and 3 on one machine, kept mostly on
// disk so that the memory a build needs does not grow with the corpus's
// text: for each range of documents, in document order, its terms'
// postings sorted by term, its actors' documents sorted by id and its
// article records, each in a temporary file (a sorted run, which Write
// merges); in memory, the documents' columns and the facet counts.
// Close removes the files.
type Runs struct {
	dir    string
	runs   []run
	cols   []search.DocColumns // by document
	facets map[cell]int
	// pairs counts the documents of the phrases of two words (see
	// Emitter.Pair); a range's rare phrases are left out (see pairShare).
	pairs map[string]int
	// gazetteer is the text of the gazetteer the articles were analysed
	// with, which the pack holds.
	gazetteer []byte
}

// run is the files of the group of a range of documents.
type run struct {
	lo, hi                int32
	terms, actors, record string
	postBytes             int64 // the postings' encoded bytes
}

// Close removes the runs' files.
func (r *Runs) Close() error {
	if r == nil || r.dir == "" {
		return nil
	}
	err := os.RemoveAll(r.dir)
	r.dir = ""
	return err
}

// writePair appends a key and a value to a run file.
func writePair(w *bufio.Writer, key string, val []byte) error {
	var b [2 * binary.MaxVarintLen64]byte
	k := binary.PutUvarint(b[:], uint64(len(key)))
	k += binary.PutUvarint(b[k:], uint64(len(val)))
	w.Write(b[:k])
	w.WriteString(key)
	_, err := w.Write(val)
	return err
}

// writeRun writes the pairs that next yields into a new file of dir.
func writeRun(dir, name string, next func(yield func(key string, val []byte) error) error) (path string, err error) {
	path = filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriterSize(f, 256<<10)
	if err := next(func(key string, val []byte) error { return writePair(w, key, val) }); err != nil {
		return "", err
	}
	return path, w.Flush()
}

// spill writes g's terms, actors and records into sorted run files of
// dir (run number k) and its columns into cols, and lets g's postings go.
func (g *Group) spill(dir string, k int, cols []search.DocColumns) (run, error) {
	rn := run{lo: g.Lo, hi: g.Hi}
	var err error
	terms := make([]string, 0, len(g.terms))
	for t := range g.terms {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	rn.terms, err = writeRun(dir, fmt.Sprintf("%06d.terms", k), func(yield func(string, []byte) error) error {
		for _, t := range terms {
			b, err := packs.EncodePostings(g.terms[t].postings())
			if err != nil {
				return fmt.Errorf("packer: term %s: %w", t, err)
			}
			rn.postBytes += int64(len(b))
			if err := yield(t, b); err != nil {
				return err
			}
			delete(g.terms, t)
		}
		return nil
	})
	if err != nil {
		return rn, err
	}
	ids := make([]string, 0, len(g.actors))
	for id := range g.actors {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	rn.actors, err = writeRun(dir, fmt.Sprintf("%06d.actors", k), func(yield func(string, []byte) error) error {
		for _, id := range ids {
			a := g.actors[id]
			b, err := packs.EncodeActorDocs(a.docs, a.tf)
			if err != nil {
				return fmt.Errorf("packer: actor %s: %w", id, err)
			}
			rn.postBytes += int64(len(b))
			if err := yield(id, b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return rn, err
	}
	g.actors = nil
	rn.record, err = writeRun(dir, fmt.Sprintf("%06d.records", k), func(yield func(string, []byte) error) error {
		for i, x := range g.docs {
			cols[int(g.Lo)+i] = x.cols
			if err := yield("", x.record); err != nil {
				return err
			}
		}
		return nil
	})
	g.docs = nil
	return rn, err
}

// runReader reads the pairs of a run file in order.
type runReader struct {
	f   *os.File
	r   *bufio.Reader
	n   int // the run's number
	key string
	val []byte
}

// openRun opens run file path (run number n) and reads its first pair.
func openRun(path string, n int) (*runReader, bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, err
	}
	rr := &runReader{f: f, r: bufio.NewReaderSize(f, 64<<10), n: n}
	ok, err := rr.next()
	if err != nil || !ok {
		f.Close()
	}
	return rr, ok, err
}

// next reads the next pair into key and val (a new slice); false at the
// end of the file.
func (rr *runReader) next() (bool, error) {
	kl, err := binary.ReadUvarint(rr.r)
	if errors.Is(err, io.EOF) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("packer: run %s: %w", rr.f.Name(), err)
	}
	vl, err := binary.ReadUvarint(rr.r)
	if err != nil {
		return false, fmt.Errorf("packer: run %s: %w", rr.f.Name(), err)
	}
	b := make([]byte, kl+vl)
	if _, err := io.ReadFull(rr.r, b); err != nil {
		return false, fmt.Errorf("packer: run %s: %w", rr.f.Name(), err)
	}
	rr.key, rr.val = string(b[:kl]), b[kl:]
	return true, nil
}

// rangeDocs is about the number of documents of a range that Run maps and
// groups in memory before spilling it: what bounds the build's memory.
const rangeDocs = 5000

// Run is the single-machine runner of steps 2 and 3: it maps the
// documents in contiguous ranges on workers goroutines (every core when
// workers <= 0), groups each range in memory and spills it to sorted
// runs on disk (in a temporary folder: see Runs), and combines the
// articles' analyses into the analysed corpus. Unless keep is set, it
// keeps of each article's analysis only its actor mentions and other
// names (what the combination reads), and drops its decoded bytes once
// mapped: the analysed corpus then gives the actors, types and aliases,
// not another index. The error is that of a file that no longer parses or
// of the temporary files.
func Run(p *Parsed, g *actors.Gazetteer, workers int, keep bool) (*Runs, *analysis.Corpus, error) {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	c := p.Corpus
	n := c.Len()
	dir, err := os.MkdirTemp("", "packer-runs-")
	if err != nil {
		return nil, nil, err
	}
	rs := &Runs{dir: dir, cols: make([]search.DocColumns, n), facets: map[cell]int{}, pairs: map[string]int{}, gazetteer: g.Format()}
	ex := g.NewExtractor()
	done := make([]analysis.Analysed, n)
	// More ranges than workers, so that a slow range does not hold the
	// others up, and ranges small enough to group in memory.
	parts := min(max(workers*4, (n+rangeDocs-1)/rangeDocs), max(n, 1))
	rs.runs = make([]run, parts)
	errs := make([]error, parts)
	scratch := make([]*Scratch, workers)
	var mu sync.Mutex
	parallelW(parts, workers, func(w, k int) {
		if scratch[w] == nil {
			scratch[w] = NewScratch()
		}
		lo, hi := int32(n*k/parts), int32(n*(k+1)/parts)
		grp := NewGroup(lo, hi)
		for d := lo; d < hi; d++ {
			data, err := p.data(int(d))
			if err != nil {
				errs[k] = err
				return
			}
			x, err := MapDoc(int(d), c.At(int(d)), data, ex, scratch[w], grp)
			if err != nil {
				errs[k] = err
				return
			}
			if !keep {
				x.Article = &analysis.Article{Article: c.At(int(d)), Mentions: x.Article.Mentions, Others: x.Article.Others}
				if p.Data != nil {
					p.Data[d] = nil
				}
			}
			done[d] = x
		}
		mu.Lock()
		for c, k := range grp.facets {
			rs.facets[c] += k
		}
		// A phrase in less than a range's share of the hot answers'
		// threshold is left out: it can hardly be hot over the corpus.
		least := int(hi-lo) / (2 * hotShare)
		for p, k := range grp.pairs {
			if k > least {
				rs.pairs[p] += k
			}
		}
		grp.pairs = nil
		mu.Unlock()
		rs.runs[k], errs[k] = grp.spill(dir, k, rs.cols)
	})
	if err := errors.Join(errs...); err != nil {
		rs.Close()
		return nil, nil, err
	}
	known := make(map[*corpus.Article]analysis.Analysed, n)
	for d, x := range done {
		known[c.At(d)] = x
	}
	an := analysis.NewAnalyser(c, ex)
	an.Reuse(known)
	return rs, an.Corpus(), nil
}
