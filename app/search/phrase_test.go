package search

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/text"
)

// TestPhraseBruteForce checks phrase matching by position lists against a
// scan over the corpus tokens, for phrases taken from the corpus (so that
// they match), with a word changed (so that they mostly do not), and
// inflected forms that share a stem with other words.
func TestPhraseBruteForce(t *testing.T) {
	for _, seed := range []uint64{4, 5} {
		ix, _ := synthIndex(t, 400, seed)
		c := ix.Corpus()
		r := rand.New(rand.NewPCG(seed, 11))
		phrase := func() []string {
			for {
				a := c.At(r.IntN(c.Len()))
				n := 1 + r.IntN(4)
				i := r.IntN(len(a.Tokens))
				var ws []string
				for k := i; k < len(a.Tokens) && len(ws) < n; k++ {
					if a.Tokens[k].Kind == text.Punct {
						break
					}
					ws = append(ws, a.Tokens[k].Fold())
				}
				if len(ws) == n {
					return ws
				}
			}
		}
		for q := 0; q < 150; q++ {
			ws := phrase()
			if q%3 == 1 {
				other := phrase()
				ws[r.IntN(len(ws))] = other[0]
			}
			if q%5 == 2 {
				ws[0] += "s" // an inflected form, often under the same stem
			}
			for _, neg := range []bool{false, true} {
				qs := `"` + strings.Join(ws, " ") + `"`
				if neg {
					qs = "-" + qs
				}
				res, _ := ix.Search(State{Q: qs, Sort: Oldest}, c.Len(), 0)
				var got, want []string
				for _, h := range res.Hits {
					got = append(got, h.ID)
				}
				for i := 0; i < c.Len(); i++ {
					if bruteHas(c.At(i), ws) != neg {
						want = append(want, c.At(i).ID)
					}
				}
				if !slices.Equal(got, want) || res.Total != len(want) {
					t.Fatalf("seed %d %s: %d hits %v\nwant %d %v", seed, qs, res.Total, got, len(want), want)
				}
				if neg {
					continue
				}
				for _, h := range res.Hits {
					a := c.At(h.Index)
					var want []int
					for i := range a.Tokens {
						ok := i+len(ws) <= len(a.Tokens)
						for k := 0; ok && k < len(ws); k++ {
							tk := a.Tokens[i+k]
							ok = tk.Kind != text.Punct && tk.Fold() == ws[k]
						}
						if ok {
							want = append(want, i)
						}
					}
					if got := ix.phraseStarts(h.Index, ws); !slices.Equal(got, want) {
						t.Fatalf("%s in %s: starts %v want %v", qs, h.ID, got, want)
					}
				}
			}
		}
	}
}

// TestBenchQueries checks that the benchmark query set has 20 queries of
// every kind it promises.
func TestBenchQueries(t *testing.T) {
	if len(benchQueries) != 20 {
		t.Fatalf("%d queries, want 20", len(benchQueries))
	}
	ix, _ := synthIndex(t, 200, 1)
	kinds := map[string]int{}
	for _, st := range benchQueries {
		q, _ := ParseQuery(st.Q)
		switch {
		case len(q.Clauses) == 0 && (!st.From.IsZero() || !st.To.IsZero()):
			kinds["date range"]++
		case len(q.Clauses) == 0:
			kinds["empty"]++
		case len(q.Clauses) >= 2 && len(st.Actors) > 0:
			kinds["terms+actor"]++
		case q.Clauses[0].Phrase:
			kinds["phrase"]++
		case len(q.Clauses) == 1 && len(ix.Expand(q.Clauses[0].Words[0], true)) > 1:
			kinds["prefix"]++
		case len(q.Clauses) == 1:
			kinds["term"]++
		}
	}
	for _, k := range []string{"date range", "empty", "terms+actor", "phrase", "prefix", "term"} {
		if kinds[k] == 0 {
			t.Errorf("no %s query in %v", k, kinds)
		}
	}
}

// TestConcurrentSearch runs the benchmark queries from several goroutines
// at once (each search takes its own scratch memory) and compares with
// the results of one goroutine.
func TestConcurrentSearch(t *testing.T) {
	ix, _ := synthIndex(t, 300, 9)
	want := make([]Result, len(benchQueries))
	for i, st := range benchQueries {
		want[i], _ = ix.Search(st, 10, 0)
	}
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for round := 0; round < 5; round++ {
				for i := range benchQueries {
					k := (i + g) % len(benchQueries)
					got, _ := ix.Search(benchQueries[k], 10, 0)
					if !reflect.DeepEqual(got, want[k]) {
						errs <- benchQueries[k].Q
						return
					}
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 8; g++ {
		if q := <-errs; q != "" {
			t.Errorf("query %q: concurrent result differs", q)
		}
	}
}
