package explore_test

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
)

func TestFindRank(t *testing.T) {
	stolt := actors.Actor{ID: "jens-stoltenberg", Name: "Jens Stoltenberg", Type: actors.Person}
	eu := actors.Actor{ID: "eu", Name: "Europese Unie", Type: actors.Organisation, Aliases: []string{"EU", "European Union"}}
	for _, tt := range []struct {
		a    actors.Actor
		f    string // folded
		want int
	}{
		{stolt, "jens stoltenberg", explore.ExactMatch},
		{stolt, "jens", explore.PrefixMatch},
		{stolt, "stolten", explore.PrefixMatch},
		{stolt, "tenberg", explore.InnerMatch},
		{stolt, "stoltenburg", explore.TypoMatch},
		{stolt, "stoltenbreg", explore.TypoMatch},
		{stolt, "jnes", explore.TypoMatch},
		{stolt, "stoltnburg", explore.NoMatch}, // two typos
		{stolt, "xens", explore.TypoMatch},
		{stolt, "jen", explore.PrefixMatch},
		{stolt, "jem", explore.NoMatch}, // too short for a typo
		{eu, "eu", explore.ExactMatch},
		{eu, "european union", explore.ExactMatch},
		{eu, "europan", explore.TypoMatch},
		{eu, "union", explore.PrefixMatch},
		{eu, "", explore.ExactMatch},
	} {
		if got := explore.FindRank(tt.a, tt.f); got != tt.want {
			t.Errorf("FindRank(%s, %q) = %d, want %d", tt.a.ID, tt.f, got, tt.want)
		}
	}
}

func TestParseActorQuery(t *testing.T) {
	tests := []struct {
		query string
		want  explore.ActorQuery
		notes []string // parameters with a notice
		enc   string
	}{
		{"", explore.ActorQuery{}, nil, ""},
		{"type=Person&q=+putin+&sort=name", explore.ActorQuery{Type: "person", Q: "putin", Sort: "name"}, nil, "q=putin&sort=name&type=person"},
		{"type=organization", explore.ActorQuery{Type: "organisation"}, nil, "type=organisation"},
		{"sort=articles", explore.ActorQuery{}, nil, ""},
		{"sort=LAST", explore.ActorQuery{Sort: "last"}, nil, "sort=last"},
		{"type=alien&sort=size&bogus=1", explore.ActorQuery{}, []string{"type", "sort"}, ""},
	}
	for _, tt := range tests {
		v, _ := url.ParseQuery(tt.query)
		got, notes := explore.ParseActorQuery(v)
		if got != tt.want {
			t.Errorf("%q: got %+v, want %+v", tt.query, got, tt.want)
		}
		var params []string
		for _, n := range notes {
			params = append(params, n.Param)
		}
		if !slices.Equal(params, tt.notes) {
			t.Errorf("%q: notices %v, want on %v", tt.query, notes, tt.notes)
		}
		if enc := got.Values().Encode(); enc != tt.enc {
			t.Errorf("%q: encoded %q, want %q", tt.query, enc, tt.enc)
		}
	}
}

// statCatalog is a catalog with fixed statistics.
type statCatalog struct {
	catalog
	stats []analysis.ActorStat
}

func (c statCatalog) ActorStats([]int, int) []analysis.ActorStat { return c.stats }

func d(y, m int) corpus.Date { return corpus.Date{Year: y, Month: m} }

func TestFilterActors(t *testing.T) {
	sc := statCatalog{cat, []analysis.ActorStat{
		{ID: "joe-biden", Articles: 3, Mentions: 9, First: d(2021, 4), Last: d(2021, 12)},
		{ID: "vladimir-poetin", Articles: 3, Mentions: 12, First: d(2021, 4), Last: d(2021, 12)},
		{ID: "navo", Articles: 2, Mentions: 4, First: d(2021, 12), Last: d(2021, 12)},
		{ID: "oekraine", Articles: 3, Mentions: 9, First: d(2021, 1), Last: d(2021, 11)},
		{ID: "jan-smit", Articles: 1, Mentions: 20, First: d(2022, 1), Last: d(2022, 1)},
	}}
	all := explore.ActorRows(sc, 3)
	ids := func(rows []explore.ActorRow) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r.Actor.ID)
		}
		return out
	}
	before := ids(all)
	tests := []struct {
		q    explore.ActorQuery
		want []string
	}{
		{explore.ActorQuery{}, []string{"vladimir-poetin", "joe-biden", "oekraine", "navo", "jan-smit"}},
		{explore.ActorQuery{Sort: "name"}, []string{"jan-smit", "joe-biden", "navo", "oekraine", "vladimir-poetin"}},
		{explore.ActorQuery{Sort: "mentions"}, []string{"jan-smit", "vladimir-poetin", "joe-biden", "oekraine", "navo"}},
		{explore.ActorQuery{Sort: "first"}, []string{"oekraine", "vladimir-poetin", "joe-biden", "navo", "jan-smit"}},
		{explore.ActorQuery{Sort: "last"}, []string{"jan-smit", "vladimir-poetin", "joe-biden", "navo", "oekraine"}},
		{explore.ActorQuery{Type: "person"}, []string{"vladimir-poetin", "joe-biden", "jan-smit"}},
		{explore.ActorQuery{Type: "place"}, []string{"oekraine"}},
		{explore.ActorQuery{Type: "media"}, nil},
		// Aliases count, and case and diacritics are folded both ways.
		{explore.ActorQuery{Q: "PUTIN"}, []string{"vladimir-poetin"}},
		{explore.ActorQuery{Q: "oekraï"}, []string{"oekraine"}},
		{explore.ActorQuery{Q: "Oekraine"}, []string{"oekraine"}},
		{explore.ActorQuery{Q: "nato", Type: "person"}, nil},
		{explore.ActorQuery{Q: "  "}, []string{"vladimir-poetin", "joe-biden", "oekraine", "navo", "jan-smit"}},
		// One typo is forgiven, from four letters on.
		{explore.ActorQuery{Q: "Poetn"}, []string{"vladimir-poetin"}},
		{explore.ActorQuery{Q: "Bidne"}, []string{"joe-biden"}},
		{explore.ActorQuery{Q: "Oekriane"}, []string{"oekraine"}},
		{explore.ActorQuery{Q: "Bdn"}, nil},
		{explore.ActorQuery{Q: "Poeitn Vladimir"}, nil},
		// Exact and prefix matches come before the others, whatever the order.
		{explore.ActorQuery{Q: "oe", Sort: "name"}, []string{"oekraine", "joe-biden", "vladimir-poetin"}},
		{explore.ActorQuery{Q: "nato"}, []string{"navo"}},
	}
	for _, tt := range tests {
		if got := ids(explore.FilterActors(all, tt.q)); !slices.Equal(got, tt.want) {
			t.Errorf("%+v: got %v, want %v", tt.q, got, tt.want)
		}
	}
	if !slices.Equal(ids(all), before) {
		t.Error("FilterActors changed its input")
	}
	counts := explore.TypeCounts(all)
	if counts[actors.Person] != 3 || counts[actors.Organisation] != 1 || counts[actors.Place] != 1 || counts[actors.Media] != 0 {
		t.Errorf("type counts %v", counts)
	}
}

// TestActorRowsSeeds checks the actor list on the embedded seeds: Biden and
// Poetin are in all three articles, and "putin" finds Poetin by alias.
func TestActorRowsSeeds(t *testing.T) {
	ac := loadSeeds(t)
	all := explore.ActorRows(ac, 3)
	if len(all) != len(ac.ActorIDs()) {
		t.Fatalf("%d rows for %d actors", len(all), len(ac.ActorIDs()))
	}
	for _, id := range []string{"joe-biden", "vladimir-poetin"} {
		i := slices.IndexFunc(all, func(r explore.ActorRow) bool { return r.Actor.ID == id })
		if i < 0 || all[i].Stat.Articles != 3 || len(all[i].Stat.With) == 0 || len(all[i].Stat.With) > 3 {
			t.Errorf("%s: %+v", id, all[i])
		}
	}
	rows := explore.FilterActors(all, explore.ActorQuery{Q: "putin"})
	if len(rows) != 1 || rows[0].Actor.ID != "vladimir-poetin" {
		t.Errorf("putin finds %+v", rows)
	}
	named := explore.FilterActors(all, explore.ActorQuery{Sort: "name"})
	for i := 1; i < len(named); i++ {
		if text.Fold(named[i-1].Actor.Name) > text.Fold(named[i].Actor.Name) {
			t.Errorf("not by name at %s", named[i].Actor.ID)
		}
	}
}

func TestCardActors(t *testing.T) {
	counts := []analysis.ActorCount{{ID: "a", Mentions: 5}, {ID: "b", Mentions: 2}, {ID: "c", Mentions: 2}, {ID: "d", Mentions: 1}, {ID: "e", Mentions: 1}}
	facet := []search.ActorCount{{ID: "c", Count: 3}, {ID: "b", Count: 1}, {ID: "e", Count: 2}}
	ids := func(cs []analysis.ActorCount) string {
		var s []string
		for _, c := range cs {
			s = append(s, c.ID)
		}
		return strings.Join(s, " ")
	}
	for _, tc := range []struct {
		name   string
		st     search.State
		limit  int
		want   string
		wantMo int
	}{
		{"mentions, then matching articles", search.State{}, 0, "a c b e d", 0},
		{"cut", search.State{}, 3, "a c b", 2},
		{"the filter first, never cut", search.State{Actors: []string{"d"}}, 2, "d a", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, more := explore.CardActors(counts, tc.st, explore.Weights(facet), tc.limit)
			if ids(got) != tc.want || more != tc.wantMo {
				t.Errorf("got %q +%d, want %q +%d", ids(got), more, tc.want, tc.wantMo)
			}
		})
	}
}

// TestActorSorts: each order is found by its key in any case, has a label
// and a description, and the default is left out of the URL.
func TestActorSorts(t *testing.T) {
	for _, o := range explore.ActorSorts() {
		got, ok := explore.ActorSortOf(strings.ToUpper(o.Key))
		if !ok || got != o || o.Label == "" || o.Description == "" {
			t.Errorf("ActorSortOf(%q) = %+v, %v", strings.ToUpper(o.Key), got, ok)
		}
		q := explore.ActorQuery{Sort: o.Key}
		if q.Order() != o {
			t.Errorf("Order of %q: %+v", o.Key, q.Order())
		}
	}
	if _, ok := explore.ActorSortOf("size"); ok {
		t.Error("an unknown order was found")
	}
	if def := explore.ActorSorts()[0]; (explore.ActorQuery{}).Order() != def || (explore.ActorQuery{Sort: def.Key}).Values().Encode() != "" {
		t.Error("the default order")
	}
}
