package explore

import (
	"errors"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
)

// fakeSource answers from a table of totals by query, and fails on the
// queries of fail.
type fakeSource struct {
	totals map[string]int
	fail   map[string]bool
}

func (f fakeSource) Actor(id string) (actors.Actor, bool) {
	return actors.Actor{ID: id, Name: id, Type: actors.Person}, id != ""
}

func (f fakeSource) Search(st search.State, limit, offset int) (search.Result, []search.Notice, error) {
	if f.fail[st.Q] {
		return search.Result{}, nil, errors.New("packs: post-01: HTTP 404")
	}
	return search.Result{Total: f.totals[st.Q], Facets: search.Facets{Months: []search.MonthCount{{Month: "2021-02", Count: f.totals[st.Q]}}}}, nil, nil
}

func (f fakeSource) Stats() corpus.Stats {
	return corpus.Stats{Articles: 10, First: corpus.Date{Year: 2021, Month: 1}, Last: corpus.Date{Year: 2021, Month: 3}, Months: 3}
}

func (f fakeSource) Suggest(q string) string { return "" }

func TestViewOfSource(t *testing.T) {
	src := fakeSource{totals: map[string]int{"": 10, "poetin": 4}, fail: map[string]bool{"kapot": true}}
	for _, tc := range []struct {
		name    string
		st      search.State
		total   int
		relax   int // filters whose removal brings results back
		bins    []int
		wantErr bool
	}{
		{"a match", search.State{Q: "poetin"}, 4, 0, []int{0, 4, 0}, false},
		{"empty: removing the query helps", search.State{Q: "niets", Actors: []string{"x"}}, 0, 1, []int{0, 0, 0}, false},
		{"a failed fetch", search.State{Q: "kapot"}, 0, 0, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := View(src, tc.st, 10)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err %v, want an error: %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if v.Result.Total != tc.total || len(v.Relax) != tc.relax || len(v.Bins) != len(tc.bins) {
				t.Fatalf("total %d, relax %v, %d bins", v.Result.Total, v.Relax, len(v.Bins))
			}
			for i, n := range tc.bins {
				if v.Bins[i].Count != n {
					t.Errorf("bin %d: %d, want %d", i, v.Bins[i].Count, n)
				}
			}
		})
	}
}
