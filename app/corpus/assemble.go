package corpus

import (
	"errors"

	"corpusexplorer/app/stepsort"
	"corpusexplorer/app/strmap"
)

// Assembly puts a corpus together a piece at a time, as New and With do
// at once: the articles are added, sorted by date and id and numbered in
// pieces (Step), so that a page adding 100,000 articles paints in between.
type Assembly struct {
	base     *Corpus // nil for New
	have     []*Article
	seen     *strmap.Map[int32]
	articles []*Article // to add
	errs     []error
	stage, i int
	sorter   *stepsort.Sorter[*Article]
	c        *Corpus
}

// Assemble begins the corpus of base's articles plus articles, as
// base.With(articles...) makes it (New(articles) when base is nil).
func Assemble(base *Corpus, articles []*Article) *Assembly {
	x := &Assembly{base: base, articles: articles}
	if base == nil {
		x.have, x.seen = make([]*Article, 0, len(articles)), new(strmap.Map[int32])
		x.seen.Grow(len(articles))
		return x
	}
	x.seen = base.byID.Clone()
	x.seen.Grow(len(articles))
	x.have = make([]*Article, len(base.articles), len(base.articles)+len(articles))
	copy(x.have, base.articles)
	return x
}

// Step does about n pieces of the work (a piece is an article added,
// placed or numbered) and reports whether the corpus is done.
func (x *Assembly) Step(n int) bool {
	n = max(n, 1)
	for n > 0 {
		switch x.stage {
		case 0: // added, unless an id is taken
			for ; n > 0 && x.i < len(x.articles); n, x.i = n-1, x.i+1 {
				a := x.articles[x.i]
				if a == nil {
					continue
				}
				if i, dup := x.seen.Get(a.ID); dup {
					x.errs = append(x.errs, &ParseError{File: a.File, Msg: "duplicate id " + quote(a.ID) + ", also in " + x.have[i].File})
					continue
				}
				x.seen.Put(a.ID, int32(len(x.have)))
				x.have = append(x.have, a)
			}
			if x.i == len(x.articles) {
				x.stage, x.i = 1, 0
				x.sorter = stepsort.New(x.have, compareArticles)
			}
		case 1: // sorted by date and id
			if !x.sorter.Step(n) {
				return false
			}
			x.sorter = nil
			x.stage = 2
			n--
		case 2: // numbered
			for ; n > 0 && x.i < len(x.have); n, x.i = n-1, x.i+1 {
				x.seen.Put(x.have[x.i].ID, int32(x.i))
			}
			if x.i == len(x.have) {
				x.c = &Corpus{articles: x.have, byID: x.seen}
				x.stage = 3
			}
		case 3: // counted
			x.c.stats = x.c.computeStats()
			x.stage = 4
			n -= len(x.have)
		default:
			return true
		}
	}
	return x.stage == 4
}

// Corpus finishes the corpus (doing what Step has not) and returns it,
// with the error New or With would return.
func (x *Assembly) Corpus() (*Corpus, error) {
	for !x.Step(len(x.articles) + len(x.have) + 1) {
	}
	if x.base != nil && x.c.Len() == x.base.Len() {
		return x.base, errors.Join(x.errs...)
	}
	return x.c, errors.Join(x.errs...)
}
