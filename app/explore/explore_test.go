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
	"corpusexplorer/seeds"
)

func loadSeeds(t *testing.T) *analysis.Corpus {
	t.Helper()
	ac, err := analysis.Load(seeds.Articles, "*.txt", seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	return ac
}

type catalog map[string]actors.Actor

func (c catalog) Actor(id string) (actors.Actor, bool) { a, ok := c[id]; return a, ok }

var cat = catalog{
	"joe-biden":       {ID: "joe-biden", Name: "Joe Biden", Type: actors.Person, Aliases: []string{"Biden"}},
	"vladimir-poetin": {ID: "vladimir-poetin", Name: "Vladimir Poetin", Type: actors.Person, Aliases: []string{"Putin"}},
	"navo":            {ID: "navo", Name: "NAVO", Type: actors.Organisation, Aliases: []string{"NATO"}},
	"oekraine":        {ID: "oekraine", Name: "Oekraïne", Type: actors.Place},
	"jan-smit":        {ID: "jan-smit", Name: "Jan Smit", Type: actors.Person, Discovered: true},
}

// edited is cat with the user's edits: kp merged into joe-biden, navo
// hidden.
type edited struct{ catalog }

func (edited) Remap(id string) (string, bool) {
	switch id {
	case "kp":
		return "joe-biden", false
	case "navo":
		return "navo", true
	}
	return id, false
}

// TestParseStateFollowsEdits: an old id in a saved link follows a merge,
// a hidden actor is dropped, each with a notice; nothing is filtered twice.
func TestParseStateFollowsEdits(t *testing.T) {
	tests := []struct {
		query, want string
		notices     []string
	}{
		{"actor=kp", "actor=joe-biden", []string{"actor=kp"}},
		{"actor=kp&actor=joe-biden", "actor=joe-biden", []string{"actor=kp"}},
		{"actor=navo&actor=oekraine", "actor=oekraine", []string{"actor=navo"}},
		{"actor=oekraine", "actor=oekraine", nil},
	}
	for _, tt := range tests {
		checkParse(t, tt.query, edited{cat}, nil, tt.want, tt.notices)
	}
}

// checkParse parses query with the catalog and checks the state's URL form
// and the parameters the notices name.
func checkParse(t *testing.T, query string, c explore.Catalog, extra []string, want string, notices []string) {
	t.Helper()
	v, _ := url.ParseQuery(query)
	st, notes := explore.ParseState(v, c, extra...)
	if got := st.Encode(); got != want {
		t.Errorf("%s: state %q, want %q", query, got, want)
	}
	var got []string
	for _, n := range notes {
		got = append(got, n.Param+"="+n.Value)
	}
	if !slices.Equal(got, notices) {
		t.Errorf("%s: notices %v, want %v", query, got, notices)
	}
}

func TestParseState(t *testing.T) {
	tests := []struct {
		query   string
		extra   []string
		want    string // canonical encoding
		notices []string
	}{
		{"q=poetin&actor=navo", nil, "actor=navo&q=poetin", nil},
		{"actor=nobody&actor=navo", nil, "actor=navo", []string{"actor=nobody"}},
		{"actor=nobody", nil, "", []string{"actor=nobody"}},
		{"type=Organization", nil, "type=organisation", nil},
		{"type=robots", nil, "", []string{"type=robots"}},
		{"lanes=actor&q=x", []string{"lanes"}, "q=x", nil},
		{"lanes=actor", nil, "", []string{"lanes=actor"}},
		{"from=2021-13", nil, "", []string{"from=2021-13"}},
	}
	for _, tt := range tests {
		checkParse(t, tt.query, cat, tt.extra, tt.want, tt.notices)
	}
}

func TestActorFacet(t *testing.T) {
	counts := []search.ActorCount{
		{ID: "joe-biden", Count: 3}, {ID: "navo", Count: 2}, {ID: "vladimir-poetin", Count: 2},
		{ID: "oekraine", Count: 1}, {ID: "jan-smit", Count: 1}, {ID: "gone", Count: 1},
	}
	flat := func(gs []explore.FacetGroup) string {
		var b strings.Builder
		for _, g := range gs {
			b.WriteString(g.Label + ":")
			for _, it := range g.Items {
				b.WriteString(" " + it.ID)
				if it.Selected {
					b.WriteString("*")
				}
				if it.Discovered {
					b.WriteString("?")
				}
			}
			if g.More > 0 {
				b.WriteString(" +" + string(rune('0'+g.More)))
			}
			b.WriteString("; ")
		}
		return b.String()
	}
	tests := []struct {
		name  string
		st    search.State
		find  string
		limit int
		full  []actors.Type
		want  string
	}{
		{"all", search.State{}, "", 0, nil, "People: joe-biden vladimir-poetin jan-smit?; Organisations: navo; Places: oekraine; "},
		{"limit", search.State{}, "", 1, nil, "People: joe-biden +2; Organisations: navo; Places: oekraine; "},
		{"selected first, kept past limit", search.State{Actors: []string{"jan-smit"}}, "", 1, nil, "People: jan-smit*? +2; Organisations: navo; Places: oekraine; "},
		{"selected without count", search.State{Actors: []string{"oekraine"}}, "", 0, nil, "People: joe-biden vladimir-poetin jan-smit?; Organisations: navo; Places: oekraine*; "},
		{"find by alias, folded", search.State{}, "PUTIN", 0, nil, "People: vladimir-poetin; "},
		{"find diacritics", search.State{}, "oekraine", 0, nil, "Places: oekraine; "},
		{"find keeps selected", search.State{Actors: []string{"navo"}}, "biden", 0, nil, "People: joe-biden; Organisations: navo*; "},
		{"find nothing", search.State{}, "zzz", 0, nil, ""},
		{"find with a typo", search.State{}, "Poetn", 0, nil, "People: vladimir-poetin; "},
		{"find swap", search.State{}, "Oekriane", 0, nil, "Places: oekraine; "},
		{"prefix before inner before typo", search.State{}, "jan", 0, nil, "People: jan-smit?; "},
		{"better match first, then the limit", search.State{}, "bide", 1, nil, "People: joe-biden; "},
		{"typo ranks after prefix", search.State{}, "smi", 0, nil, "People: jan-smit?; "},
		{"people in full", search.State{}, "", 1, []actors.Type{actors.Person}, "People: joe-biden vladimir-poetin jan-smit?; Organisations: navo; Places: oekraine; "},
		{"selected twice", search.State{Actors: []string{"navo", "navo"}}, "", 1, nil, "People: joe-biden +2; Organisations: navo*; Places: oekraine; "},
	}
	// The search's own counts name each actor's type: the facet is the
	// same, whether an actor past a full group is looked up or not.
	var typed []search.ActorCount
	for _, c := range counts {
		if a, ok := cat.Actor(c.ID); ok {
			c.Type = a.Type.String()
			typed = append(typed, c)
		}
	}
	for _, tt := range tests {
		if got := flat(explore.ActorFacet(counts, tt.st, cat, tt.find, tt.limit, tt.full...)); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
		if got := flat(explore.ActorFacet(typed, tt.st, cat, tt.find, tt.limit, tt.full...)); got != tt.want {
			t.Errorf("%s, counts with their types:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestHistogram(t *testing.T) {
	m := func(s string) corpus.Date { d, _ := corpus.ParseDate(s); return d }
	months := []search.MonthCount{{Month: "2021-04", Count: 1}, {Month: "2021-06", Count: 4}}
	bins := explore.Histogram(months, m("2021-03"), m("2021-07"), search.State{From: m("2021-05"), To: m("2021-06-15")})
	var got []string
	for _, b := range bins {
		s := b.Month.String()
		if b.InRange {
			s += "*"
		}
		got = append(got, s+":"+string(rune('0'+b.Count)))
	}
	want := []string{"2021-03:0", "2021-04:1", "2021-05*:0", "2021-06*:4", "2021-07:0"}
	if !slices.Equal(got, want) {
		t.Errorf("bins %v, want %v", got, want)
	}
	if bins[3].Height != 1 || bins[1].Height != 0.25 {
		t.Errorf("heights %v %v", bins[3].Height, bins[1].Height)
	}
	if explore.Histogram(nil, corpus.Date{}, corpus.Date{}, search.State{}) != nil {
		t.Error("empty corpus should give no bins")
	}
	st := explore.WithRange(search.State{Q: "x"}, m("2021-06-20"), m("2021-04"))
	if st.Encode() != "from=2021-04&q=x&to=2021-06" {
		t.Errorf("WithRange: %s", st.Encode())
	}
	if n := explore.Total(bins[1:4]); n != 5 {
		t.Errorf("Total of April to June: %d, want 5", n)
	}
}

func TestRangeChanges(t *testing.T) {
	m := func(s string) corpus.Date { d, _ := corpus.ParseDate(s); return d }
	may := search.State{Q: "x", From: m("2021-05"), To: m("2021-05")}
	tests := []struct {
		name string
		got  search.State
		want string
	}{
		{"pick a month", explore.PickMonths(search.State{Q: "x"}, m("2021-05"), m("2021-05")), "from=2021-05&q=x&to=2021-05"},
		{"pick the month again", explore.PickMonths(may, m("2021-05"), m("2021-05")), "q=x"},
		{"drag over the month", explore.PickMonths(may, m("2021-06"), m("2021-05")), "from=2021-05&q=x&to=2021-06"},
		{"from", explore.WithBound(search.State{}, m("2021-04"), false), "from=2021-04"},
		{"to before from turns round", explore.WithBound(may, m("2021-03-10"), true), "from=2021-03-10&q=x&to=2021-05"},
		{"clear to", explore.WithBound(may, corpus.Date{}, true), "from=2021-05&q=x"},
		{"happened from", explore.WithHappened(search.State{}, m("2022-01"), false), "efrom=2022-01"},
		{"happened to before from turns round", explore.WithHappened(search.State{EFrom: m("2022-01")}, m("2021-12-07"), true), "efrom=2021-12-07&eto=2022-01"},
		{"clear happened to", explore.WithHappened(search.State{EFrom: m("2022-01"), ETo: m("2022-02")}, corpus.Date{}, true), "efrom=2022-01"},
	}
	for _, tt := range tests {
		if got := tt.got.Encode(); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestChipsAndToggle(t *testing.T) {
	v, _ := url.ParseQuery("q=gesprek&actor=navo&actor=joe-biden&type=place&from=2021-04&to=2021-12&sort=newest")
	st, _ := explore.ParseState(v, cat)
	var got []string
	for _, c := range explore.Chips(st, cat) {
		got = append(got, c.Label+" → "+c.Remove.Encode())
	}
	want := []string{
		"“gesprek” → actor=joe-biden&actor=navo&from=2021-04&sort=newest&to=2021-12&type=place",
		"Joe Biden → actor=navo&from=2021-04&q=gesprek&sort=newest&to=2021-12&type=place",
		"NAVO → actor=joe-biden&from=2021-04&q=gesprek&sort=newest&to=2021-12&type=place",
		"Only places → actor=joe-biden&actor=navo&from=2021-04&q=gesprek&sort=newest&to=2021-12",
		"From 2021-04 → actor=joe-biden&actor=navo&q=gesprek&sort=newest&to=2021-12&type=place",
		"To 2021-12 → actor=joe-biden&actor=navo&from=2021-04&q=gesprek&sort=newest&type=place",
	}
	if !slices.Equal(got, want) {
		t.Errorf("chips:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if explore.Clear(st).Encode() != "sort=newest" {
		t.Errorf("Clear: %s", explore.Clear(st).Encode())
	}
	if s := explore.Toggle(explore.Toggle(st, "oekraine"), "oekraine"); !slices.Equal(s.Actors, st.Actors) {
		t.Errorf("toggle twice: %v", s.Actors)
	}
	if s := explore.Toggle(search.State{Actors: []string{"navo"}}, "navo"); s.Actors != nil {
		t.Errorf("toggle off the last actor: %#v", s.Actors)
	}
}

// TestExplain empties the seeds' result with each filter in turn and
// checks that the explanation names that filter.
func TestExplain(t *testing.T) {
	ac := loadSeeds(t)
	c := ac.Index()
	m := func(s string) corpus.Date { d, _ := corpus.ParseDate(s); return d }
	tests := []struct {
		name string
		st   search.State
		want []string // kinds whose removal brings results
	}{
		{"date range before the corpus", search.State{Q: "poetin", From: m("2019-01"), To: m("2019-12")}, []string{"to"}},
		{"query not in corpus", search.State{Q: "zeilboot", Actors: []string{"joe-biden"}}, []string{"q"}},
		{"between the articles", search.State{Q: "poetin", From: m("2021-05"), To: m("2021-11")}, []string{"from", "to"}},
		{"two filters, none alone", search.State{Q: "zeilboot", From: m("2019-01"), To: m("2019-02")}, nil},
	}
	for _, tt := range tests {
		if n := c.Count(tt.st); n != 0 {
			t.Fatalf("%s: %d results, want 0", tt.name, n)
		}
		var got []string
		for _, r := range explore.Explain(tt.st, ac, c) {
			got = append(got, r.Kind)
			if r.Total == 0 {
				t.Errorf("%s: relaxation %s with 0 results", tt.name, r.Kind)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNeighbours(t *testing.T) {
	list := []int{7, 3, 9}
	tests := []struct{ item, prev, next, pos int }{
		{7, -1, 3, 0}, {3, 7, 9, 1}, {9, 3, -1, 2}, {4, -1, -1, -1},
	}
	for _, tt := range tests {
		if p, n, pos := explore.Neighbours(list, tt.item); p != tt.prev || n != tt.next || pos != tt.pos {
			t.Errorf("Neighbours(%d) = %d %d %d, want %d %d %d", tt.item, p, n, pos, tt.prev, tt.next, tt.pos)
		}
	}
}

func TestBinAt(t *testing.T) {
	tests := []struct {
		x, w float64
		n    int
		want int
	}{
		{0, 240, 9, 0}, {239.9, 240, 9, 8}, {240, 240, 9, 8}, {-5, 240, 9, 0},
		{120, 240, 9, 4}, {26.7, 240, 9, 1}, {10, 0, 9, 0}, {10, 240, 0, 0},
	}
	for _, tt := range tests {
		if got := explore.BinAt(tt.x, tt.w, tt.n); got != tt.want {
			t.Errorf("BinAt(%v, %v, %d) = %d, want %d", tt.x, tt.w, tt.n, got, tt.want)
		}
	}
}

func TestBarsPath(t *testing.T) {
	bins := []explore.Bin{{Count: 4, Height: 1}, {Count: 0}, {Count: 1, Height: 0.01}, {Count: 2, Height: 0.5}}
	all := func(int) bool { return true }
	tests := []struct {
		name string
		bins []explore.Bin
		w, h float64
		keep func(int) bool
		want string
	}{
		// Slots of 25 in a 100×54 box: bars 20 wide; the full one is 50
		// high, the tiny one kept at 3, the empty one left out.
		{"all", bins, 100, 54, all, "M2.5 54V4H22.5V54ZM52.5 54V51H72.5V54ZM77.5 54V29H97.5V54Z"},
		{"kept ones", bins, 100, 54, func(i int) bool { return i == 3 }, "M77.5 54V29H97.5V54Z"},
		{"none kept", bins, 100, 54, func(int) bool { return false }, ""},
		{"no bins", nil, 100, 54, all, ""},
		// Slots of 10 in a 30×10 box: the bar is 8 wide and 10−4 high.
		{"thirds", []explore.Bin{{Count: 1, Height: 1}, {}, {}}, 30, 10, all, "M1 10V4H9V10Z"},
	}
	for _, tt := range tests {
		if got := explore.BarsPath(tt.bins, tt.w, tt.h, tt.keep); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestQueryLabel(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"poetin", "“poetin”"},
		{`"10 januari"`, "“10 januari”"},
		{`"tweede keer" navo`, "“tweede keer” navo"},
		{`"open`, "“open”"},
	} {
		if got := explore.QueryLabel(tc.q); got != tc.want {
			t.Errorf("QueryLabel(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
