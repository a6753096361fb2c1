package search

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/text"
)

var actorPool = []string{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"}
var typePool = map[string]string{"a1": "person", "a2": "person", "a3": "organisation", "a4": "place", "a5": "place", "a6": "person", "a7": "organisation", "a8": "place"}

// synthIndex builds an index over n synthetic articles with random actors.
func synthIndex(tb testing.TB, n int, seed uint64) (*Index, [][]string) {
	tb.Helper()
	cp := synthCorpus(tb, n, seed)
	r := rand.New(rand.NewPCG(seed, 7))
	acts := make([][]string, cp.Len())
	for i := range acts {
		for _, a := range actorPool {
			if r.IntN(4) == 0 {
				acts[i] = append(acts[i], a)
			}
		}
	}
	return Build(cp, Config{Actors: func(i int) []string { return acts[i] }, Types: typePool}), acts
}

// bruteMatch reports whether article a holds the folded word w, or the
// phrase ws at consecutive tokens.
func bruteHas(a *corpus.Article, ws []string) bool {
	for i := range a.Tokens {
		ok := i+len(ws) <= len(a.Tokens)
		for k := 0; ok && k < len(ws); k++ {
			t := a.Tokens[i+k]
			ok = t.Kind != text.Punct && t.Fold() == ws[k]
		}
		if ok {
			return true
		}
	}
	return false
}

func TestFacetsBruteForce(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		ix, acts := synthIndex(t, 300, seed)
		c := ix.Corpus()
		r := rand.New(rand.NewPCG(seed, 99))
		randWord := func() string {
			for {
				a := c.At(r.IntN(c.Len()))
				tk := a.Tokens[r.IntN(len(a.Tokens))]
				if tk.Kind == text.Word {
					return tk.Fold()
				}
			}
		}
		for q := 0; q < 40; q++ {
			// Phrases only, so that the brute force is independent of stemming.
			var clauses [][]string
			var neg []bool
			qs := ""
			for k := r.IntN(3); k > 0; k-- {
				w := []string{randWord()}
				n := r.IntN(4) == 0
				clauses, neg = append(clauses, w), append(neg, n)
				if n {
					qs += "-"
				}
				qs += `"` + w[0] + `" `
			}
			var st State
			st.Q = qs
			if r.IntN(2) == 0 {
				st.Actors = []string{actorPool[r.IntN(len(actorPool))]}
			}
			if r.IntN(3) == 0 {
				st.Type = []string{"person", "place", "organisation"}[r.IntN(3)]
			}
			if r.IntN(2) == 0 {
				st.From = corpus.Date{Year: 2014 + r.IntN(11), Month: 1 + r.IntN(12), Day: r.IntN(2) * (1 + r.IntN(28))}
			}
			if r.IntN(2) == 0 {
				st.To = corpus.Date{Year: 2014 + r.IntN(11), Month: 1 + r.IntN(12), Day: r.IntN(2) * (1 + r.IntN(28))}
			}
			res, _ := ix.Search(st, 0, 0)
			st.Sort = Oldest
			all, _ := ix.Matches(st)
			var wantAll []int
			months := map[string]int{}
			actors := map[string]int{}
			total := 0
			for i := 0; i < c.Len(); i++ {
				a := c.At(i)
				ok := true
				for k, ws := range clauses {
					if bruteHas(a, ws) == neg[k] {
						ok = false
					}
				}
				for _, want := range st.Actors {
					ok = ok && slices.Contains(acts[i], want)
				}
				if st.Type != "" {
					has := false
					for _, x := range acts[i] {
						has = has || typePool[x] == st.Type
					}
					ok = ok && has
				}
				if !ok {
					continue
				}
				months[fmt.Sprintf("%04d-%02d", a.Date.Year, a.Date.Month)]++
				first := corpus.Date{Year: a.Date.Year, Month: a.Date.Month, Day: max(a.Date.Day, 1)}
				last := first
				if a.Date.Day == 0 {
					last.Day = corpus.DaysIn(a.Date.Year, a.Date.Month)
				}
				if !st.From.IsZero() && last.Compare(corpus.Date{Year: st.From.Year, Month: st.From.Month, Day: max(st.From.Day, 1)}) < 0 {
					continue
				}
				if !st.To.IsZero() {
					to := st.To
					if to.Day == 0 {
						to.Day = corpus.DaysIn(to.Year, to.Month)
					}
					if first.Compare(to) > 0 {
						continue
					}
				}
				total++
				wantAll = append(wantAll, i)
				for _, x := range acts[i] {
					actors[x]++
				}
			}
			if !slices.Equal(all, wantAll) {
				t.Errorf("%+v: Matches %v, brute force %v", st, all, wantAll)
			}
			gotMonths := map[string]int{}
			for _, m := range res.Facets.Months {
				gotMonths[m.Month] = m.Count
			}
			gotActors := map[string]int{}
			for _, x := range res.Facets.Actors {
				gotActors[x.ID] = x.Count
				if x.Type != typePool[x.ID] {
					t.Errorf("type of %s: %q", x.ID, x.Type)
				}
			}
			if res.Total != total || !reflect.DeepEqual(gotMonths, months) || !reflect.DeepEqual(gotActors, actors) {
				t.Fatalf("seed %d state %+v: total %d want %d\nmonths %v\nwant   %v\nactors %v\nwant   %v", seed, st, res.Total, total, gotMonths, months, gotActors, actors)
			}
		}
	}
}
