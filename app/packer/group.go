package packer

import (
	"runtime"
	"slices"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
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
// an Emitter that groups what it receives by key. Groups of consecutive
// ranges merge (Merge) into the group of the whole corpus.
type Group struct {
	Lo, Hi int32
	terms  map[string]*termAcc
	actors map[string]*actorAcc
	facets map[cell]int
	docs   []docOut
}

// NewGroup returns an empty group of the documents [lo, hi).
func NewGroup(lo, hi int32) *Group {
	return &Group{Lo: lo, Hi: hi, terms: map[string]*termAcc{}, actors: map[string]*actorAcc{}, facets: map[cell]int{},
		docs: make([]docOut, hi-lo)}
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
		v := slices.Index(a.variants, f)
		if v < 0 {
			v = len(a.variants)
			a.variants = append(a.variants, f)
		}
		a.fv = append(a.fv, int32(v))
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

// Merge appends the group of the range that follows g's (next.Lo ==
// g.Hi) to g.
func (g *Group) Merge(next *Group) {
	for t, b := range next.terms {
		a := g.terms[t]
		if a == nil {
			g.terms[t] = b
			continue
		}
		base := int32(len(a.pos))
		a.docs = append(a.docs, b.docs...)
		a.tf = append(a.tf, b.tf...)
		for _, o := range b.offs {
			a.offs = append(a.offs, o+base)
		}
		a.pos = append(a.pos, b.pos...)
		remap := make([]int32, len(b.variants))
		for i, f := range b.variants {
			v := slices.Index(a.variants, f)
			if v < 0 {
				v = len(a.variants)
				a.variants = append(a.variants, f)
			}
			remap[i] = int32(v)
		}
		for _, v := range b.fv {
			a.fv = append(a.fv, remap[v])
		}
	}
	for id, b := range next.actors {
		a := g.actors[id]
		if a == nil {
			g.actors[id] = b
			continue
		}
		a.docs = append(a.docs, b.docs...)
		a.tf = append(a.tf, b.tf...)
	}
	for c, n := range next.facets {
		g.facets[c] += n
	}
	g.docs = append(g.docs, next.docs...)
	g.Hi = next.Hi
}

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

// Run is the single-machine runner of steps 2 and 3: it maps the
// documents in contiguous ranges on workers goroutines (every core when
// workers <= 0), merges the ranges' groups in order and combines the
// articles' analyses into the analysed corpus. Unless keep is set, it
// keeps of each article's analysis only its actor mentions and other
// names (what the combination reads), and drops its decoded bytes once
// mapped: the analysed corpus then gives the actors, types and aliases,
// not another index. The error is that of a file that no longer parses.
func Run(p *Parsed, g *actors.Gazetteer, workers int, keep bool) (*Group, *analysis.Corpus, error) {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	c := p.Corpus
	n := c.Len()
	ex := g.NewExtractor()
	done := make([]analysis.Analysed, n)
	// More ranges than workers, so that a slow range does not hold the
	// others up; few enough that merging stays cheap.
	parts := min(max(workers*4, 1), max(n, 1))
	groups := make([]*Group, parts)
	errs := make([]error, parts)
	parallel(parts, workers, func(k int) {
		lo, hi := int32(n*k/parts), int32(n*(k+1)/parts)
		grp := NewGroup(lo, hi)
		sc := NewScratch()
		for d := lo; d < hi; d++ {
			x, err := MapDoc(int(d), c.At(int(d)), p.Data[d], ex, sc, grp)
			if err != nil {
				errs[k] = err
				return
			}
			if !keep {
				x.Article = &analysis.Article{Article: c.At(int(d)), Mentions: x.Article.Mentions, Others: x.Article.Others}
				p.Data[d] = nil
			}
			done[d] = x
		}
		groups[k] = grp
	})
	for _, err := range errs {
		if err != nil {
			return nil, nil, err
		}
	}
	all := groups[0]
	for _, grp := range groups[1:] {
		all.Merge(grp)
	}
	known := make(map[*corpus.Article]analysis.Analysed, n)
	for d, x := range done {
		known[c.At(d)] = x
	}
	an := analysis.NewAnalyser(c, ex)
	an.Reuse(known)
	return all, an.Corpus(), nil
}
