package packcorpus

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
)

// Analysed is the analysis of some of a pack's articles, worked out again
// in the page from their records (see Corpus.Analyse): each article's
// actors, dates and event mentions as the builder found them (the same
// code, with the gazetteer the pack holds), and their happenings merged
// over these articles only.
type Analysed struct {
	AC *analysis.Corpus
	// Index gives, for each document asked for (in the order asked), the
	// position of its article in AC.Articles.
	Index []int
	// Docs gives, for each article of AC, its document number.
	Docs []int
}

// analyser is what a Corpus keeps to analyse its articles again: the
// extractor of the pack's gazetteer, made on first use, and the analyses
// already worked out, by article.
type analyser struct {
	mu    sync.Mutex
	ex    *actors.Extractor
	known map[*corpus.Article]analysis.Analysed
}

// analysedKept bounds the analyses a Corpus keeps for the next call (a
// bound, not a cache policy): a timeline drawing twice as many articles,
// or an actor's page read further, analyses only the new ones.
const analysedKept = 1000

// Analyse fetches the articles docs (document numbers) and analyses them
// again, with the gazetteer the pack was built with: their mentions and
// event mentions are those the builder found, and their happenings are
// merged over these articles. step, when not nil, is called between
// pieces of the work (building the extractor, a few articles), so that a
// page can paint in between. Articles analysed by an earlier call are not
// analysed again.
func (c *Corpus) Analyse(docs []int, step func()) (*Analysed, error) {
	if step == nil {
		step = func() {}
	}
	arts, _, err := c.r.Articles(docs)
	if err != nil {
		return nil, err
	}
	ex, err := c.extractor(step)
	if err != nil {
		return nil, err
	}
	doc := make(map[*corpus.Article]int, len(docs))
	var uniq []*corpus.Article
	for i, a := range arts {
		if _, ok := doc[a]; !ok {
			doc[a] = docs[i]
			uniq = append(uniq, a)
		}
	}
	cp, err := corpus.New(uniq)
	if err != nil {
		return nil, fmt.Errorf("packcorpus: %w", err)
	}
	an := analysis.NewAnalyser(cp, ex)
	c.an.mu.Lock()
	known := c.an.known
	c.an.mu.Unlock()
	an.ReuseFunc(func(a *corpus.Article) (analysis.Analysed, bool) {
		c.an.mu.Lock()
		defer c.an.mu.Unlock()
		x, ok := known[a]
		return x, ok
	})
	for !an.Step(analyseStep) {
		step()
	}
	c.an.mu.Lock()
	if len(c.an.known) > analysedKept {
		clear(c.an.known)
	}
	for i := range cp.Len() {
		c.an.known[cp.At(i)] = an.At(i)
	}
	c.an.mu.Unlock()
	out := &Analysed{AC: an.Corpus(), Index: make([]int, len(docs)), Docs: make([]int, cp.Len())}
	pos := make(map[*corpus.Article]int, cp.Len())
	for i := range cp.Len() {
		a := cp.At(i)
		pos[a], out.Docs[i] = i, doc[a]
	}
	for i, a := range arts {
		out.Index[i] = pos[a]
	}
	return out, nil
}

// analyseStep is how many articles Analyse analyses between two calls of
// its step function (about 20 ms in the browser).
const analyseStep = 8

// extractorStep is how many actors or names of the gazetteer the
// extractor takes in between two calls of the step function.
const extractorStep = 400

// extractor returns the extractor of the pack's gazetteer, fetching the
// gazetteer and building the extractor on first use.
func (c *Corpus) extractor(step func()) (*actors.Extractor, error) {
	c.an.mu.Lock()
	ex := c.an.ex
	c.an.mu.Unlock()
	if ex != nil {
		return ex, nil
	}
	name, data, err := c.r.Gazetteer()
	if err != nil {
		return nil, err
	}
	g, err := actors.ParseGazetteer(name, data)
	if err != nil {
		return nil, err
	}
	b := g.ExtractorBuilder()
	for !b.Step(extractorStep) {
		step()
	}
	ex = b.Extractor()
	c.an.mu.Lock()
	defer c.an.mu.Unlock()
	if c.an.ex == nil {
		c.an.ex = ex
	}
	return c.an.ex, nil
}

// Profile is an actor's page over a pack: what explore.Profile finds in
// the newest articles that mention the actor, analysed again (its
// mentions, articles, happenings, counterparts and companions), with the
// number of articles that mention it and the dates of the first and the
// last over the whole corpus.
type Profile struct {
	explore.ActorProfile
	// Analysed are the articles read, for the links to them.
	Analysed *Analysed
	// Read is the number of articles read, of Stat.Articles.
	Read int
}

// Profile works out the page of actor id from the newest articles (at
// most articles of them) that mention it, and reports false when the pack
// has no such actor. It reads the actor's postings and the articles it
// analyses, and the oldest article for its date; step is as for Analyse.
func (c *Corpus) Profile(id string, articles int, step func()) (Profile, bool, error) {
	a, ok := c.Actor(id)
	if !ok || id == "" {
		return Profile{}, false, nil
	}
	all, err := c.r.ActorDocuments(id)
	if err != nil {
		return Profile{}, true, err
	}
	docs := newest(all, articles)
	an, err := c.Analyse(docs, step)
	if err != nil {
		return Profile{}, true, err
	}
	pr, ok := explore.Profile(an.AC, id)
	if !ok {
		pr = explore.ActorProfile{Actor: a}
	}
	// The type settled over the whole corpus, and the name the pack
	// knows it by.
	pr.Actor.Type, pr.Actor.Name = a.Type, a.Name
	if len(pr.Actor.Aliases) == 0 {
		pr.Actor.Aliases = a.Aliases
	}
	pr.Stat.Articles = len(all)
	if len(all) > 0 {
		arts, _, err := c.r.Articles([]int{all[0], all[len(all)-1]})
		if err != nil {
			return Profile{}, true, err
		}
		pr.Stat.First, pr.Stat.Last = arts[0].Date, arts[1].Date
	}
	return Profile{ActorProfile: pr, Analysed: an, Read: len(docs)}, true, nil
}

// ActorRows returns every actor of the pack, most articles first, with
// what the pack counts of it over the whole corpus: its articles and its
// first and last month (a pack counts no mentions and no companions of
// the whole list). explore.FilterActors filters and orders them.
func (c *Corpus) ActorRows() ([]explore.ActorRow, error) {
	f, err := c.r.Facets()
	if err != nil {
		return nil, err
	}
	m := c.r.Manifest()
	cat := c.r.Catalogue().Actors
	rows := make([]explore.ActorRow, 0, len(cat))
	for k, x := range cat {
		a := c.actors[x.ID]
		st := analysis.ActorStat{ID: x.ID, Articles: x.DF}
		for mo, n := range f.Actors[k] {
			if n == 0 {
				continue
			}
			d := corpus.MonthAt(m.MinMonth + mo)
			if st.First.IsZero() {
				st.First = d
			}
			st.Last = d
		}
		if st.Articles == 0 {
			continue // named by the gazetteer, mentioned nowhere
		}
		rows = append(rows, explore.ActorRow{Actor: a, Stat: st})
	}
	slices.SortStableFunc(rows, func(a, b explore.ActorRow) int {
		return cmp.Or(cmp.Compare(b.Stat.Articles, a.Stat.Articles), strings.Compare(a.Actor.ID, b.Actor.ID))
	})
	return rows, nil
}

// Matching returns the first n documents that match st, in st's order,
// the number of documents that match, and the search's notices. A word
// or phrase alone with a hot answer reads that answer, which holds the
// first packs.HotRanked hits; a state that only filters by actors the
// pack has, sorted by date, reads those actors' postings alone (documents
// are numbered in date order); any other searches the pack, which reads
// the columns of every document that can match to count its facets.
func (c *Corpus) Matching(st search.State, n int) (docs []int, total int, notes []search.Notice, err error) {
	if docs, total, ok, err := c.r.HotRanked(st, n); err != nil || ok {
		return docs, total, nil, err
	}
	if byActors(st) && c.hasActors(st.Actors) {
		all, err := c.r.ActorDocuments(st.Actors...)
		if err != nil {
			return nil, 0, nil, err
		}
		if st.Order() == search.Newest {
			return newest(all, n), len(all), nil, nil
		}
		return all[:min(n, len(all))], len(all), nil, nil
	}
	res, notes, err := c.Search(st, n, 0)
	if err != nil {
		return nil, 0, notes, err
	}
	docs = make([]int, len(res.Hits))
	for i, h := range res.Hits {
		docs[i] = h.Index
	}
	return docs, res.Total, notes, nil
}

// newest returns the last n documents of docs (in the corpus's order,
// which is the date order), newest first.
func newest(docs []int, n int) []int {
	out := make([]int, 0, min(n, len(docs)))
	for i := len(docs) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, docs[i])
	}
	return out
}

// hasActors reports whether the pack has every actor of ids (a search
// says which it has not).
func (c *Corpus) hasActors(ids []string) bool {
	for _, id := range ids {
		if _, ok := c.Actor(id); !ok {
			return false
		}
	}
	return true
}

// byActors reports whether st only filters by actors, and is sorted by
// date.
func byActors(st search.State) bool {
	return strings.TrimSpace(st.Q) == "" && len(st.Actors) > 0 && st.Type == "" &&
		st.From.IsZero() && st.To.IsZero() && st.EFrom.IsZero() && st.ETo.IsZero() &&
		(st.Order() == search.Newest || st.Order() == search.Oldest)
}
