package packcorpus_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/packcorpus"
	"corpusexplorer/app/packer"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/seeds"
)

// TestAnalyseSeedsAsInMemory: the seeds' pack, every article analysed
// again in the page, gives the analysis of the corpus in memory: each
// article's actors, events and references and the happenings merged over
// the three, as the analyse command writes them.
func TestAnalyseSeedsAsInMemory(t *testing.T) {
	files, errs, err := packer.ReadFiles(seeds.Articles, "*.txt")
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	dir, ac := pack(t, files)
	c, err := packcorpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]int, c.Documents())
	for i := range docs {
		docs[len(docs)-1-i] = i // in another order than the corpus's
	}
	steps := 0
	got, err := c.Analyse(docs, func() { steps++ })
	if err != nil {
		t.Fatal(err)
	}
	if steps == 0 {
		t.Error("no step between the pieces of the work")
	}
	if w, g := jsonOf(t, ac.Document()), jsonOf(t, got.AC.Document()); w != g {
		t.Errorf("analysed again:\n%s\nin memory:\n%s", g, w)
	}
	for i, d := range docs {
		art, err := c.Article(d)
		if err != nil {
			t.Fatal(err)
		}
		if id := got.AC.Articles[got.Index[i]].ID; id != art.ID || got.Docs[got.Index[i]] != d {
			t.Errorf("document %d: article %s (document %d), want %s", d, id, got.Docs[got.Index[i]], art.ID)
		}
	}
}

// TestAnalyseSomeAsInMemory: articles of a larger pack analysed again,
// some of them twice over two calls, find what the corpus in memory found
// in each (actors and their mentions, dates, event mentions with their
// types, roles and modality); their happenings are merged over them.
func TestAnalyseSomeAsInMemory(t *testing.T) {
	dir, ac := synthPack(t, 300)
	c, err := packcorpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, _, err := c.Search(search.State{Q: "regering"}, 30, 0)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]analysis.JSONArticle{}
	for _, a := range ac.Document().Articles {
		byID[a.ID] = a
	}
	for _, hits := range [][]search.Hit{res.Hits[:20], res.Hits} {
		docs := make([]int, len(hits))
		for i, h := range hits {
			docs[i] = h.Index
		}
		got, err := c.Analyse(docs, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.AC.Articles) != len(docs) {
			t.Fatalf("%d articles analysed, want %d", len(got.AC.Articles), len(docs))
		}
		happened := 0
		for _, a := range got.AC.Document().Articles {
			want, ok := byID[a.ID]
			if !ok {
				t.Fatalf("article %s not in the corpus", a.ID)
			}
			for _, x := range []*analysis.JSONArticle{&a, &want} {
				for i := range x.Events {
					if x.Events[i].Event != "" {
						happened++
					}
					x.Events[i].Event = "" // a happening's id is the merge's
				}
				for i := range x.Actors {
					x.Actors[i].Type = "" // a discovered actor's type is voted over the corpus
				}
			}
			if !reflect.DeepEqual(a, want) {
				t.Errorf("%s analysed again:\n%s\nin memory:\n%s", a.ID, jsonOf(t, a), jsonOf(t, want))
			}
		}
		if happened == 0 || len(got.AC.Happenings().List) == 0 {
			t.Errorf("no happening merged over %d articles", len(docs))
		}
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestProfileAsInMemory: an actor's page over a pack counts the articles
// that mention the actor and dates the first and the last as the page
// over the corpus in memory does, however few of its articles are read;
// read whole, its articles, mentions and companions are the same.
func TestProfileAsInMemory(t *testing.T) {
	dir, ac := synthPack(t, 300)
	c, err := packcorpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	all, _ := ac.Index().Search(search.State{}, 0, 0)
	for _, x := range all.Facets.Actors[:3] {
		want, ok := explore.Profile(ac, x.ID)
		if !ok {
			t.Fatalf("no actor %s in memory", x.ID)
		}
		for _, read := range []int{10, 1000} {
			got, ok, err := c.Profile(x.ID, read, nil)
			if err != nil || !ok {
				t.Fatalf("%s: %v, %v", x.ID, ok, err)
			}
			if got.Stat.Articles != want.Stat.Articles || got.Read != min(read, want.Stat.Articles) {
				t.Errorf("%s, %d read: %d articles (%d read), in memory %d", x.ID, read, got.Stat.Articles, got.Read, want.Stat.Articles)
			}
			if got.Stat.First != want.Stat.First || got.Stat.Last != want.Stat.Last {
				t.Errorf("%s: first and last %s, %s; in memory %s, %s", x.ID, got.Stat.First, got.Stat.Last, want.Stat.First, want.Stat.Last)
			}
			if len(got.With) == 0 || len(got.Articles) != got.Read {
				t.Errorf("%s, %d read: %d companions, %d articles listed", x.ID, got.Read, len(got.With), len(got.Articles))
			}
			if read < want.Stat.Articles {
				continue
			}
			if got.Stat.Mentions != want.Stat.Mentions {
				t.Errorf("%s read whole: %d mentions, in memory %d", x.ID, got.Stat.Mentions, want.Stat.Mentions)
			}
			co := func(ws []explore.Companion) []analysis.CoCount {
				out := make([]analysis.CoCount, len(ws))
				for i, w := range ws {
					out[i] = w.CoCount
				}
				return out
			}
			if g, w := co(got.With), co(want.With); !reflect.DeepEqual(g, w) {
				for i := range min(len(g), len(w)) {
					if g[i] != w[i] {
						t.Errorf("%s read whole: companion %d of %d is %+v, in memory %+v of %d", x.ID, i, len(g), g[i], w[i], len(w))
						break
					}
				}
			}
			var ids, wantIDs []string
			for _, a := range got.Articles {
				ids = append(ids, a.Article.ID)
			}
			for _, a := range want.Articles {
				wantIDs = append(wantIDs, a.Article.ID)
			}
			if !reflect.DeepEqual(ids, wantIDs) {
				t.Errorf("%s: articles %v, in memory %v", x.ID, ids, wantIDs)
			}
		}
	}
	if _, ok, err := c.Profile("no-such-actor", 10, nil); ok || err != nil {
		t.Errorf("an unknown actor: %v, %v", ok, err)
	}
}

// TestActorRowsAsInMemory: the list of a pack's actors counts each
// actor's articles and first and last month as the list over the corpus
// in memory does.
func TestActorRowsAsInMemory(t *testing.T) {
	dir, ac := synthPack(t, 300)
	c, err := packcorpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.ActorRows()
	if err != nil {
		t.Fatal(err)
	}
	want := explore.ActorRows(ac, 0)
	if len(got) != len(want) {
		t.Fatalf("%d actors, in memory %d", len(got), len(want))
	}
	byID := map[string]analysis.ActorStat{}
	for _, r := range want {
		byID[r.Actor.ID] = r.Stat
	}
	month := func(d corpus.Date) corpus.Date { return corpus.Date{Year: d.Year, Month: d.Month} }
	for i, r := range got {
		w, ok := byID[r.Actor.ID]
		if !ok || r.Stat.Articles != w.Articles || r.Stat.First != month(w.First) || r.Stat.Last != month(w.Last) {
			t.Errorf("%s: %d articles, %s to %s; in memory %d, %s to %s", r.Actor.ID, r.Stat.Articles, r.Stat.First, r.Stat.Last, w.Articles, w.First, w.Last)
		}
		if i > 0 && got[i-1].Stat.Articles < r.Stat.Articles {
			t.Errorf("%s (%d articles) after %s (%d)", r.Actor.ID, r.Stat.Articles, got[i-1].Actor.ID, got[i-1].Stat.Articles)
		}
		if r.Actor.Name == "" {
			t.Errorf("%s has no name", r.Actor.ID)
		}
	}
}

// TestMatchingAsSearch: the first matching documents and their number are
// the search's, whether the state is answered from the actors' postings
// alone (only actors, by date) or by a search.
func TestMatchingAsSearch(t *testing.T) {
	dir, ac := synthPack(t, 300)
	c, err := packcorpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	all, _ := ac.Index().Search(search.State{}, 0, 0)
	a, b := all.Facets.Actors[0].ID, all.Facets.Actors[1].ID
	two := []string{a, b}
	slices.Sort(two)
	for _, tc := range []struct {
		st  search.State
		n   int
		hot bool // answered from a hot answer (the list of its hits, or a search sorted by date that reads its facets)
	}{
		{search.State{Actors: []string{a}}, 25, false},
		{search.State{Actors: []string{a}, Sort: search.Oldest}, 25, false},
		{search.State{Actors: two}, 25, false},
		{search.State{Actors: []string{"no-such-actor"}}, 25, false},
		{search.State{Actors: []string{a}, Q: "regering"}, 25, false},
		{search.State{Actors: []string{a}, Type: "person"}, 25, false},
		{search.State{Q: "regering"}, 40, true},
		{search.State{Q: "regering"}, packs.HotRanked, true},
		{search.State{Q: "regering"}, packs.HotRanked + 1, false},
		{search.State{Q: "regering", Sort: search.Newest}, 40, true},
		{search.State{Q: "minister"}, 25, true},
		{search.State{Q: "regering minister"}, 25, false},
	} {
		st := tc.st
		want, _, err := c.Search(st, tc.n, 0)
		if err != nil {
			t.Fatal(err)
		}
		hot := c.Reader().Stats().Hot
		docs, total, _, err := c.Matching(st, tc.n)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Reader().Stats().Hot > hot; got != tc.hot {
			t.Errorf("%s, %d: from a hot answer %v, want %v", st.Encode(), tc.n, got, tc.hot)
		}
		var wantDocs []int
		for _, h := range want.Hits {
			wantDocs = append(wantDocs, h.Index)
		}
		if total != want.Total || !slices.Equal(docs, wantDocs) {
			t.Errorf("%s, %d: %d of %d %v, the search %d of %d %v", st.Encode(), tc.n, len(docs), total, docs, len(wantDocs), want.Total, wantDocs)
		}
	}
}
