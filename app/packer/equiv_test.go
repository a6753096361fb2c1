package packer

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/packcorpus"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/app/synth"
)

// synthPack is a synthetic corpus packed into memory, with its in-memory
// index.
type synthPack struct {
	files []Source
	sink  memSink
	rep   *Report
	ix    *search.Index
	ac    *analysis.Corpus
}

var (
	synthMu    sync.Mutex
	synthPacks = map[int]*synthPack{}
)

// packSynth returns the pack of n synthetic articles (seed 1), built once.
func packSynth(tb testing.TB, n int) *synthPack {
	tb.Helper()
	synthMu.Lock()
	defer synthMu.Unlock()
	if p := synthPacks[n]; p != nil {
		return p
	}
	p := &synthPack{sink: memSink{}}
	for _, f := range synth.Generate(n, 1) {
		p.files = append(p.files, Source{Name: f.Name, Data: f.Data})
	}
	parsed, skipped := Parse(p.files, 0, true)
	if len(skipped) > 0 {
		tb.Fatal(skipped)
	}
	// The analysis kept whole, for the in-memory index: analysed as the
	// workspace does (analysis.Analyser, reusing known analyses).
	grp, ac, err := Run(parsed, gazetteer(tb), 0, true)
	if err != nil {
		tb.Fatal(err)
	}
	m, err := Write(grp, ac, p.sink, Sizes{})
	if err != nil {
		tb.Fatal(err)
	}
	p.rep = &Report{Manifest: m}
	p.ix, p.ac = ac.Index(), ac
	synthPacks[n] = p
	return p
}

// equivQueries are the query strings of app/search's benchmark set.
var equivQueries = []string{
	"regering", "minister", "oorlog", "Oekraïne", "gesprekken", "oekr", "mi", "pres",
	`"de minister"`, `"in de"`, `"van de regering"`, "regering minister", "oorlog vrede",
	"minister -oorlog", "", "brand haven",
}

// equivPhrases are phrases with stop words (see equivStates).
var equivPhrases = []string{
	`"minister van buitenlandse zaken"`, `"van het"`, `"de nederlandse minister van"`, `"het kremlin"`,
	`"aldus de"`, `"de deur staat open"`, `"van de van"`, `"de zzzz"`, `"open voor overleg"`,
	`"in genève aldus"`, `"poetin van de universiteit"`, `"'s avonds"`, `"het gesprek was een initiatief"`,
	`"aan de grens met frankrijk"`, `"van het kremlin"`, `"van de zzzz"`, `"zei gerrit hendriks tegen"`,
}

// equivStates returns the states the equivalence test runs: the benchmark
// queries alone and with the corpus's commonest actors, a type, date
// ranges of publication and of happenings, each sort and a later page.
func equivStates(ix *search.Index) []search.State {
	all, _ := ix.Search(search.State{}, 0, 0)
	a := all.Facets.Actors
	out := []search.State{{Sort: search.Oldest}, {Sort: search.Newest}, {Q: "-oorlog"}, {Q: `"witte huis" poetin`},
		{Q: "White House"}, {Q: "putin"}, {Q: "putin", Sort: search.Newest}, {Q: `"witte huis"`}, {Q: "zzzz"}, {Type: a[0].Type}, {EFrom: corpus.Date{Year: 2019, Month: 2}}}
	for _, q := range equivQueries {
		out = append(out, search.State{Q: q}, search.State{Q: q, Sort: search.Newest}, search.State{Q: q, Sort: search.Oldest})
	}
	// Phrases with stop words, which a pack reads through its common
	// grams: at the start, in the middle, at the end, only stop words,
	// a pair the corpus never has, words across a comma; alone (some
	// answered by hot answers), with a filter and negated.
	for i, q := range equivPhrases {
		out = append(out, search.State{Q: q}, search.State{Q: q, Sort: search.Newest},
			search.State{Q: q, Actors: []string{a[i%len(a)].ID}},
			search.State{Q: "poetin " + q}, search.State{Q: "minister -" + q})
	}
	for i, q := range equivQueries {
		m := corpus.Date{Year: 2016 + i%6, Month: 1 + i%12}
		out = append(out,
			search.State{Q: q, Actors: []string{a[i%len(a)].ID}},
			search.State{Q: q, Actors: []string{a[0].ID, a[1+i%5].ID}, Sort: search.Newest},
			search.State{Q: q, Type: a[i%3].Type, Sort: search.Oldest},
			search.State{Q: q, From: m, To: corpus.Date{Year: m.Year + 1, Month: m.Month, Day: 15}},
			search.State{Q: q, EFrom: m, ETo: corpus.Date{Year: m.Year, Month: m.Month, Day: 20}},
			search.State{Q: q + " -" + equivQueries[(i+3)%len(equivQueries)]},
			search.State{Q: q + " putin"},
		)
	}
	return out
}

func TestSynthEquivalent(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 2000
	}
	p := packSynth(t, n)
	r, err := packs.Open(p.sink)
	if err != nil {
		t.Fatal(err)
	}
	found, hot := 0, 0
	for i, st := range equivStates(p.ix) {
		for _, page := range [][2]int{{10, 0}, {10, 20}, {5, p.ix.Corpus().Len() - 3}} {
			label := fmt.Sprintf("%+v page %v", st, page)
			want, wn := p.ix.Search(st, page[0], page[1])
			if want.Total > 0 {
				found++
			}
			// Every other state on a fresh reader, which fetches only
			// what the query needs (half of them by range requests);
			// the others on one that has kept what earlier queries
			// fetched.
			rd := r
			if i%2 == 0 {
				var f packs.Fetcher = p.sink
				if i%4 == 0 {
					f = ranged{p.sink}
				}
				if rd, err = packs.Open(f); err != nil {
					t.Fatal(err)
				}
			}
			before := rd.Stats().Hot
			got, gn, err := rd.Search(st, page[0], page[1])
			hot += rd.Stats().Hot - before
			if err != nil {
				t.Fatalf("%s: %v", label, err)
			}
			same(t, label, want, got)
			if fmt.Sprint(wn) != fmt.Sprint(gn) {
				t.Errorf("%s: notices %v, pack %v", label, wn, gn)
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d of the states find anything", found)
	}
	if hot < 5 {
		t.Errorf("only %d searches answered from the hot answers", hot)
	}
	// An actor's other name typed as a query word, which finds the name
	// used in the articles, and an actor's name of two words typed as a
	// phrase: hot answers too, not the columns of every article that
	// names the actor.
	fresh, err := packs.Open(p.sink)
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range []string{"putin", `"witte huis"`} {
		if _, _, err := fresh.Search(search.State{Q: q}, 10, 0); err != nil || fresh.Stats().Hot != i+1 {
			t.Errorf("%s: %d hot answers, %v", q, fresh.Stats().Hot, err)
		}
	}
	t.Logf("%d states found articles, %d searches answered from the hot answers", found, hot)
}

// loggingFetcher records the names of the files fetched through it.
type loggingFetcher struct {
	packs.Fetcher
	mu      sync.Mutex
	fetched []string
}

func (f *loggingFetcher) Fetch(name string) ([]byte, error) {
	f.mu.Lock()
	f.fetched = append(f.fetched, name)
	f.mu.Unlock()
	return f.Fetcher.Fetch(name)
}

// TestHotPage: the page of a hot answer gets its article records (for
// the reader) without reading the chunks of columns that say where
// records are, as the answer says where; and the explorer's cards of that
// page read no record at all, as the answer holds them, the same as a
// card over the corpus in memory.
func TestHotPage(t *testing.T) {
	p := packSynth(t, 2000)
	lf := &loggingFetcher{Fetcher: p.sink}
	r, err := packs.Open(lf)
	if err != nil {
		t.Fatal(err)
	}
	res, _, err := r.Search(search.State{Q: "minister"}, 10, 0)
	if err != nil || len(res.Hits) == 0 {
		t.Fatal(res.Total, err)
	}
	if r.Stats().Hot != 1 {
		t.Fatalf("no hot answer for minister in a pack of 2,000 articles (%+v)", r.Stats())
	}
	docs := make([]int, len(res.Hits))
	for i, h := range res.Hits {
		docs[i] = h.Index
	}
	arts, _, err := r.Articles(docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range arts {
		if want := p.ix.Corpus().At(docs[i]); a.ID != want.ID || a.Text != want.Text {
			t.Errorf("hit %d: article %s, want %s", i, a.ID, want.ID)
		}
	}
	where := r.Manifest().Where
	for _, name := range lf.fetched {
		if slices.Contains(where, name) {
			t.Errorf("read %s, a chunk of where records are", name)
		}
	}

	// The explorer's page of a hot answer reads no article record at all:
	// the answer holds its cards, the cards a card over the corpus in
	// memory shows.
	lf = &loggingFetcher{Fetcher: p.sink}
	pc, err := packcorpus.Open(lf)
	if err != nil {
		t.Fatal(err)
	}
	st := search.State{Q: "minister"}
	v, err := pc.Explore(st, packs.HotPage)
	if err != nil || len(v.Cards) == 0 {
		t.Fatal(len(v.Cards), err)
	}
	for _, name := range lf.fetched {
		if slices.Contains(pc.Reader().Manifest().Texts, name) || slices.Contains(where, name) {
			t.Errorf("the page of a hot answer read %s", name)
		}
	}
	// An answer's cards serve its own first page only: a card's actors
	// depend on the query's facets, its lead on the hit's snippets.
	docs = make([]int, len(v.Cards))
	for i, card := range v.Cards {
		docs[i] = card.Doc
	}
	rd := pc.Reader()
	if _, ok := rd.HotCards(st, docs); !ok {
		t.Error("no hot cards for the answer's own page")
	}
	if _, ok := rd.HotCards(st, docs[:3]); !ok {
		t.Error("no hot cards for the first three hits of the answer's page")
	}
	for _, other := range []struct {
		st   search.State
		docs []int
	}{
		{search.State{Q: "minister", Actors: []string{v.Result.Facets.Actors[0].ID}}, docs},
		{search.State{Q: "minister", Sort: search.Newest}, docs},
		{search.State{Q: "minister"}, append([]int{docs[1], docs[0]}, docs[2:]...)},
		{search.State{Q: "oorlog"}, docs},
	} {
		if _, ok := rd.HotCards(other.st, other.docs); ok {
			t.Errorf("hot cards of minister's page served %+v %v", other.st, other.docs)
		}
	}
	sameCards(t, p, v, st)

	// A word's first page sorted by date, either way, reads no postings,
	// no columns and no article record: the answer holds it too.
	m := pc.Reader().Manifest()
	for _, sort := range []search.Sort{search.Newest, search.Oldest} {
		lf := &loggingFetcher{Fetcher: p.sink}
		pc, err := packcorpus.Open(lf)
		if err != nil {
			t.Fatal(err)
		}
		st := search.State{Q: "minister", Sort: sort}
		v, err := pc.Explore(st, packs.HotPage)
		if err != nil || len(v.Cards) == 0 {
			t.Fatal(len(v.Cards), err)
		}
		want, _ := p.ix.Search(st, packs.HotPage, 0)
		same(t, "minister sorted "+string(sort), want, v.Result)
		for _, name := range lf.fetched {
			for _, files := range [][]string{m.Postings, m.Docs, m.Extra, m.Where, m.Texts} {
				if slices.Contains(files, name) {
					t.Errorf("minister sorted %s read %s", sort, name)
				}
			}
		}
		sameCards(t, p, v, st)
	}
}

// sameCards compares the cards of the view v of st over the pack with the
// cards of the same articles over the corpus in memory.
func sameCards(t *testing.T, p *synthPack, v packcorpus.View, st search.State) {
	t.Helper()
	weight := explore.Weights(v.Result.Facets.Actors)
	for i, card := range v.Cards {
		a := p.ac.Articles[card.Doc]
		shown, more := explore.CardActors(a.Actors(), st, weight, packcorpus.CardActors)
		var got, want []string
		for _, x := range card.Actors {
			got = append(got, fmt.Sprintf("%s %d", x.ID, x.Mentions))
		}
		for _, x := range shown {
			want = append(want, fmt.Sprintf("%s %d", x.ID, x.Mentions))
		}
		if card.ID != a.ID || card.Title != a.Title || card.Date != a.Date || !slices.Equal(got, want) || card.More != more {
			t.Errorf("%+v card %d: %s %q %v %v +%d, want %s %q %v %v +%d", st, i, card.ID, card.Title, card.Date, got, card.More, a.ID, a.Title, a.Date, want, more)
		}
	}
}

// TestHotRanked: a hot answer holds the documents of its first
// packs.HotRanked hits in the in-memory engine's order, and where their
// records are, so that a timeline of a common word reads its articles
// without a search and without the chunks of columns that say where
// records are; beyond them, or sorted by date, it has none.
func TestHotRanked(t *testing.T) {
	p := packSynth(t, 2000)
	lf := &loggingFetcher{Fetcher: p.sink}
	r, err := packs.Open(lf)
	if err != nil {
		t.Fatal(err)
	}
	st := search.State{Q: "minister"}
	all, _ := p.ix.Matches(st)
	docs, total, ok, err := r.HotRanked(st, 40)
	if err != nil || !ok {
		t.Fatalf("no ranked hits of a hot answer for minister: %v", err)
	}
	if total != len(all) || !slices.Equal(docs, all[:40]) {
		t.Errorf("ranked hits %v of %d, in memory %v of %d", docs, total, all[:40], len(all))
	}
	if _, _, err := r.Articles(docs); err != nil {
		t.Fatal(err)
	}
	where := r.Manifest().Where
	for _, name := range lf.fetched {
		if slices.Contains(where, name) {
			t.Errorf("read %s, a chunk of where records are", name)
		}
	}
	for _, tc := range []struct {
		st search.State
		n  int
	}{
		{st, packs.HotRanked + 1},
		{search.State{Q: "minister", Sort: search.Newest}, 40},
		{search.State{Q: "minister", Actors: []string{"joe-biden"}}, 40},
	} {
		if _, _, ok, err := r.HotRanked(tc.st, tc.n); ok || err != nil {
			t.Errorf("%s, %d: ranked hits from a hot answer (%v)", tc.st.Encode(), tc.n, err)
		}
	}
}
