package explore_test

import (
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
)

// TestExplorerView: the explorer's view of a state over the seeds, from
// the hits to the empty result's explanation and the typo suggestion.
func TestExplorerView(t *testing.T) {
	ac := loadSeeds(t)
	ix := ac.Index()
	tests := []struct {
		name    string
		st      search.State
		shown   int
		total   int
		hits    int
		chips   []string
		relax   int // removals that would give articles
		suggest string
	}{
		{"everything", search.State{}, 20, 3, 3, nil, 0, ""},
		{"one shown", search.State{}, 1, 3, 1, nil, 0, ""},
		{"a query", search.State{Q: "oekr"}, 20, 3, 3, []string{"oekr"}, 0, ""},
		{"an actor and a month", search.State{Actors: []string{"joe-biden"}, From: corpus.Date{Year: 2021, Month: 4}, To: corpus.Date{Year: 2021, Month: 4}}, 20, 1, 1, []string{"Joe Biden", "From 2021-04", "To 2021-04"}, 0, ""},
		{"emptied by the query", search.State{Q: "walvis", Actors: []string{"joe-biden"}}, 20, 0, 0, []string{"walvis", "Joe Biden"}, 1, ""},
		{"a typo", search.State{Q: "poetn"}, 20, 0, 0, []string{"poetn"}, 1, "poetin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := explore.Explorer(ac, ix, tc.st, tc.shown)
			if v.Result.Total != tc.total || len(v.Result.Hits) != tc.hits {
				t.Errorf("%d of %d hits shown, want %d of %d", len(v.Result.Hits), v.Result.Total, tc.hits, tc.total)
			}
			var labels []string
			for _, c := range v.Chips {
				labels = append(labels, c.Label)
			}
			for _, want := range tc.chips {
				if !slices.ContainsFunc(labels, func(l string) bool { return strings.Contains(l, want) }) {
					t.Errorf("chips %q lack %q", labels, want)
				}
			}
			if len(labels) != len(tc.chips) {
				t.Errorf("chips %q, want %d", labels, len(tc.chips))
			}
			if len(v.Relax) != tc.relax {
				t.Errorf("%d relaxations, want %d", len(v.Relax), tc.relax)
			}
			if v.Suggest != tc.suggest {
				t.Errorf("suggest %q, want %q", v.Suggest, tc.suggest)
			}
			if v.Stats.Articles != 3 || len(v.Months) != 9 || v.Months[0] != (corpus.Date{Year: 2021, Month: 12}) {
				t.Errorf("stats %+v, months %v", v.Stats, v.Months)
			}
			n := 0 // the histogram ignores the dates, to show what else there is
			for _, b := range v.Bins {
				if b.InRange {
					n += b.Count
				}
			}
			if n != v.Result.Total {
				t.Errorf("the histogram's months in range count %d articles, the result %d", n, v.Result.Total)
			}
		})
	}
}

func TestMonths(t *testing.T) {
	d := func(y, m, day int) corpus.Date { return corpus.Date{Year: y, Month: m, Day: day} }
	tests := []struct {
		first, last corpus.Date
		want        []string
	}{
		{d(2021, 11, 0), d(2022, 1, 0), []string{"2022-01", "2021-12", "2021-11"}},
		{d(2021, 12, 7), d(2021, 12, 30), []string{"2021-12"}},
		{d(2021, 12, 0), d(2021, 11, 0), nil},
		{corpus.Date{}, d(2021, 11, 0), nil},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range explore.Months(tc.first, tc.last) {
			got = append(got, m.String())
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Months(%v, %v) = %v, want %v", tc.first, tc.last, got, tc.want)
		}
	}
	if n := len(explore.Months(d(1900, 1, 0), d(2021, 1, 0))); n != 600 {
		t.Errorf("%d months over 121 years, want the bound 600", n)
	}
}

// TestProfile: an actor's page over the seeds.
func TestProfile(t *testing.T) {
	ac := loadSeeds(t)
	tests := []struct {
		id          string
		ok          bool
		articles    int
		mentions    int
		with        string // the strongest companion
		counterpart string // the strongest counterpart in happenings
	}{
		{"joe-biden", true, 3, 22, "vladimir-poetin", "vladimir-poetin"},
		{"vladimir-poetin", true, 3, 26, "joe-biden", "joe-biden"},
		{"stoltenberg", false, 0, 0, "", ""},
		{"", false, 0, 0, "", ""},
	}
	for _, tc := range tests {
		p, ok := explore.Profile(ac, tc.id)
		if ok != tc.ok {
			t.Errorf("%q: found %v", tc.id, ok)
			continue
		}
		if !ok {
			continue
		}
		n := 0
		for _, a := range p.Articles {
			n += a.Mentions
		}
		if len(p.Articles) != tc.articles || n != tc.mentions || n != p.Stat.Mentions {
			t.Errorf("%q: %d articles, %d mentions (stat %d)", tc.id, len(p.Articles), n, p.Stat.Mentions)
		}
		if len(p.With) == 0 || p.With[0].Actor.ID != tc.with {
			t.Errorf("%q: companions %v", tc.id, p.With)
		}
		call := false
		for _, e := range p.Entries {
			call = call || e.Kind == explore.HappeningEntry && e.Date.String() == "2021-12-07" && e.Happening.Type().Subtype == "Correspondence"
		}
		if !call {
			t.Errorf("%q: the call of 7 December is not on the page (its sentence names nobody: \"spraken de twee elkaar\")", tc.id)
		}
		for _, e := range p.Entries {
			if e.Kind == explore.HappeningEntry && !slices.Contains(e.Happening.Actors(), tc.id) {
				t.Errorf("%q: %q is not its happening", tc.id, e.Label)
			}
		}
		if len(p.Counterparts) == 0 || p.Counterparts[0].Actor.ID != tc.counterpart {
			t.Errorf("%q: counterparts %+v", tc.id, p.Counterparts)
		}
		for _, c := range p.Counterparts {
			n := 0
			for _, k := range p.Types {
				n += c.ByType[k]
			}
			if n != c.Total || c.Total == 0 || c.AsAgent+c.AsPatient < c.Total || c.First.Compare(c.Last) > 0 {
				t.Errorf("%q: counterpart %+v (types %v)", tc.id, c, p.Types)
			}
		}
	}
}
