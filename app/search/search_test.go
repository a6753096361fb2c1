package search

import (
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/corpus"
)

// handcrafted is a small corpus written for the ranking tests.
var handcrafted = []corpus.File{
	{Name: "titel.txt", Data: []byte("date 2024-01-10 Vredesoverleg in Genève\n\nDe ministers spraken lang over de economie van het land. Niemand wist wat te doen.\n\nLater volgde een diner met veel gasten.")},
	{Name: "romp.txt", Data: []byte("date 2024-01-12 De ministers spraken lang over de economie van het land.\n\nNiemand wist wat te doen. Het vredesoverleg in de stad liep vast.\n\nLater volgde een diner.")},
	{Name: "brand.txt", Data: []byte("date 2024-02 Een grote brand verwoestte de haven van Rotterdam.\n\nDe brandweer was snel ter plaatse.")},
	{Name: "los.txt", Data: []byte("date 2024-02-20 Een grote menigte keek toe hoe de brand werd geblust.\n\nHet vuur woedde uren in een loods.")},
	{Name: "oekraine.txt", Data: []byte("date 2023-11 President Poetin sprak over Oekraïne.\n\nDe gesprekken met Kyiv liepen vast, zei een woordvoerder van het Kremlin.")},
	{Name: "gesprek.txt", Data: []byte("date 2023-12-05 Het gesprek duurde twee uur.\n\nDaarna ging iedereen naar huis.")},
}

func buildHand(t testing.TB) *Index {
	t.Helper()
	var c corpus.Corpus
	cp, err := c.Add(handcrafted...)
	if err != nil {
		t.Fatal(err)
	}
	actors := map[string][]string{
		"oekraine": {"poetin", "kremlin"},
		"brand":    {"rotterdam"},
		"titel":    {"geneve"},
	}
	types := map[string]string{"poetin": "person", "kremlin": "organisation", "rotterdam": "place", "geneve": "place"}
	return Build(cp, Config{
		Actors: func(i int) []string { return actors[cp.At(i).ID] },
		Types:  types,
		Alias: func(f string) []string {
			if f == "putin" {
				return []string{"poetin"}
			}
			return nil
		},
		Mentions: func(i int) []Mention {
			a := cp.At(i)
			var ms []Mention
			if k := strings.Index(a.Text, "Kremlin"); k >= 0 {
				ms = append(ms, Mention{Span: spanOf(k, len("Kremlin")), ActorID: "kremlin"})
			}
			return ms
		},
	})
}

func ids(ix *Index, r Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestRanking(t *testing.T) {
	ix := buildHand(t)
	tests := []struct {
		name string
		st   State
		want []string // exact order of ids
	}{
		{"title beats body", State{Q: "vredesoverleg"}, []string{"titel", "romp"}},
		{"phrase", State{Q: `"grote brand"`}, []string{"brand"}},
		{"terms", State{Q: "grote brand"}, []string{"brand", "los"}},
		{"prefix", State{Q: "oekr"}, []string{"oekraine"}},
		{"diacritics", State{Q: "OEKRAINE"}, []string{"oekraine"}},
		{"diacritics2", State{Q: "genève"}, []string{"titel"}},
		{"exclusion", State{Q: "brand -haven"}, []string{"los"}},
		{"exclude phrase", State{Q: `brand -"grote brand"`}, []string{"los"}},
		{"stemming", State{Q: "gesprekken"}, []string{"gesprek", "oekraine"}},
		{"alias", State{Q: "putin"}, []string{"oekraine"}},
		{"actor filter", State{Actors: []string{"kremlin", "poetin"}}, []string{"oekraine"}},
		{"type filter", State{Type: "place", Sort: Oldest}, []string{"titel", "brand"}},
		{"month overlaps day range", State{From: corpus.Date{Year: 2024, Month: 2, Day: 25}, Sort: Oldest}, []string{"brand"}},
		{"day range", State{From: corpus.Date{Year: 2024, Month: 1, Day: 11}, To: corpus.Date{Year: 2024, Month: 2, Day: 19}, Sort: Oldest}, []string{"romp", "brand"}},
		{"newest", State{Q: "brand", Sort: Newest}, []string{"los", "brand"}},
		{"nothing", State{Q: "xyzzy"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := ix.Search(tt.st, 10, 0)
			if got := ids(ix, r); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if r.Total != len(tt.want) {
				t.Errorf("total %d, want %d", r.Total, len(tt.want))
			}
			all, _ := ix.Matches(tt.st)
			var got []string
			for _, i := range all {
				got = append(got, ix.Corpus().At(i).ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Matches %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSnippets(t *testing.T) {
	ix := buildHand(t)
	r, _ := ix.Search(State{Q: "gesprekken", Actors: []string{"kremlin"}}, 10, 0)
	if len(r.Hits) != 1 {
		t.Fatalf("hits %v", ids(ix, r))
	}
	var marked []string
	for _, s := range r.Hits[0].Snippets {
		for _, m := range s.Marks {
			marked = append(marked, m.Of(s.Text))
		}
	}
	if !reflect.DeepEqual(marked, []string{"gesprekken", "Kremlin"}) {
		t.Errorf("marks %q", marked)
	}
	r, _ = ix.Search(State{Q: `"grote brand"`}, 10, 0)
	s := r.Hits[0].Snippets[0]
	if len(s.Marks) != 1 || s.Marks[0].Of(s.Text) != "grote brand" {
		t.Errorf("phrase snippet %+v", s)
	}
}

func TestLongSnippet(t *testing.T) {
	long := "date 2024-01 " + strings.Repeat("woord ", 100) + "Oekraïne " + strings.Repeat("ander ", 100) + "einde."
	var c corpus.Corpus
	cp, err := c.Add(corpus.File{Name: "lang.txt", Data: []byte(long)})
	if err != nil {
		t.Fatal(err)
	}
	ix := Build(cp, Config{})
	r, _ := ix.Search(State{Q: "oekraine"}, 1, 0)
	s := r.Hits[0].Snippets[0]
	if !strings.HasPrefix(s.Text, "…") || !strings.HasSuffix(s.Text, "…") || len(s.Text) > MaxSnippet+8 {
		t.Errorf("snippet %q", s.Text)
	}
	if len(s.Marks) != 1 || s.Marks[0].Of(s.Text) != "Oekraïne" {
		t.Errorf("marks %+v in %q", s.Marks, s.Text)
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in    string
		want  string
		notes int
	}{
		{"", "", 0},
		{"oorlog", "oorlog*", 0},
		{"Oorlog Oekraïne", "oorlog oekraine*", 0},
		{`"grote brand" haven`, `"grote brand" haven*`, 0},
		{`haven "grote brand"`, `haven "grote brand"`, 0},
		{`"grote brand`, `"grote brand"`, 1},
		{`-haven brand`, `-haven brand*`, 0},
		{`brand -haven`, `brand -haven`, 0},
		{`brand -"grote brand"`, `brand -"grote brand"`, 0},
		{`brand - haven`, `brand haven*`, 1},
		{`brand -`, `brand*`, 1},
		{`""`, ``, 1},
		{`"`, ``, 2},
		{`... brand`, `brand*`, 1},
		{`regering-Biden`, `"regering biden"`, 0},
		{`Poetin's`, `poetin*`, 0},
		{"„Vrede”", `"vrede"`, 0},
	}
	for _, tt := range tests {
		q, notes := ParseQuery(tt.in)
		got := q.String()
		for _, c := range q.Clauses {
			if c.Prefix {
				got += "*"
			}
		}
		if got != tt.want || len(notes) != tt.notes {
			t.Errorf("ParseQuery(%q) = %q %v, want %q with %d notices", tt.in, got, notes, tt.want, tt.notes)
		}
	}
}

func TestState(t *testing.T) {
	tests := []struct {
		in    string
		want  string
		notes int
	}{
		{"", "", 0},
		{"q=oorlog&sort=relevance", "q=oorlog", 0},
		{"actor=b&actor=a&actor=b", "actor=a&actor=b", 0},
		{"from=2024-01&to=2024-02-03&sort=newest&type=person", "from=2024-01&sort=newest&to=2024-02-03&type=person", 0},
		{"from=2024-13&to=gisteren&sort=best&x=1&actor=", "", 5},
		{"from=2024-05&to=2024-01", "from=2024-05", 1},
		{"q=a&q=b", "q=a", 1},
		{"q=+oorlog+", "q=oorlog", 0},
	}
	for _, tt := range tests {
		v, _ := url.ParseQuery(tt.in)
		st, notes := ParseState(v)
		got := st.Encode()
		if got != tt.want || len(notes) != tt.notes {
			t.Errorf("ParseState(%q) = %q %v, want %q with %d notices", tt.in, got, notes, tt.want, tt.notes)
		}
		// Round trip: the canonical form parses to the same state.
		v2, _ := url.ParseQuery(got)
		st2, notes2 := ParseState(v2)
		if !reflect.DeepEqual(st, st2) || len(notes2) != 0 || st2.Encode() != got {
			t.Errorf("round trip of %q: %+v vs %+v %v", got, st, st2, notes2)
		}
	}
}

func TestPrefixRange(t *testing.T) {
	ix := buildHand(t)
	lo, hi := ix.prefixRange("ge")
	terms := slices.Collect(ix.dict.Keys())
	for i := 0; i < len(terms); i++ {
		if strings.HasPrefix(terms[i], "ge") != (i >= lo && i < hi) {
			t.Fatalf("term %q at %d outside [%d,%d)", terms[i], i, lo, hi)
		}
	}
	if !slices.IsSorted(terms) {
		t.Fatal("dictionary not sorted")
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"", `"grote brand`, `-"a b" c`, "oekr", "- -", `"""`, "„x”", "a\xffb", "regering-Biden -x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, _ := ParseQuery(s)
		for _, c := range q.Clauses {
			if len(c.Words) == 0 {
				t.Fatalf("empty clause in %q", s)
			}
			for _, w := range c.Words {
				if w == "" {
					t.Fatalf("empty word in %q", s)
				}
			}
		}
		for i, c := range q.Clauses {
			if c.Prefix && (i != len(q.Clauses)-1 || c.Negate || c.Phrase) {
				t.Fatalf("misplaced prefix in %q: %+v", s, q)
			}
		}
		if q2, _ := ParseQuery(s); !reflect.DeepEqual(q, q2) {
			t.Fatalf("not deterministic: %q", s)
		}
		// Re-parsing the canonical form never panics either.
		ParseQuery(q.String())
	})
}

// TestBuilderInStepsEqualsBuild: an index built a document at a time,
// then finished a piece at a time, answers exactly like one built at once.
func TestBuilderInStepsEqualsBuild(t *testing.T) {
	c := synthCorpus(t, 300, 7)
	cfg := Config{Actors: func(i int) []string { return actorPool[i%3 : i%3+2+i%4] }, Types: typePool}
	want := Build(c, cfg)
	b := NewBuilder(c, cfg)
	for k := 1; !b.Step(1); k++ {
		if done, total := b.Progress(); done != k || total != c.Len() {
			t.Fatalf("progress %d of %d after %d steps", done, total, k)
		}
	}
	// And finished a piece at a time.
	pieces := 0
	for !b.Finish(1) {
		pieces++
	}
	if pieces < c.Len() {
		t.Fatalf("finished in %d pieces, fewer than the %d documents", pieces, c.Len())
	}
	got := b.Index()
	for _, st := range benchQueries {
		w, _ := want.Search(st, 10, 0)
		g, _ := got.Search(st, 10, 0)
		if !reflect.DeepEqual(w, g) {
			t.Errorf("%+v: stepwise index answers differently", st)
		}
	}
}

func TestOrder(t *testing.T) {
	tests := []struct {
		st   State
		want string
	}{
		{State{Q: "poetin"}, "most relevant first"},
		{State{}, "newest first"},
		{State{Q: "-navo"}, "newest first"},
		{State{Q: "poetin", Sort: Oldest}, "oldest first"},
		{State{Sort: Newest}, "newest first"},
	}
	for _, tt := range tests {
		if got := tt.st.Order().Describe(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.st, got, tt.want)
		}
	}
}

func TestStateHasActor(t *testing.T) {
	st := State{Actors: []string{"kremlin", "poetin"}}
	for _, tc := range []struct {
		id   string
		want bool
	}{{"kremlin", true}, {"poetin", true}, {"biden", false}, {"", false}} {
		if got := st.HasActor(tc.id); got != tc.want {
			t.Errorf("HasActor(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}

// TestSorts: every order parses back from its URL form and has its own
// label; "" is the default, anything else is refused.
func TestSorts(t *testing.T) {
	labels := map[string]bool{}
	for _, o := range Sorts() {
		if got, ok := ParseSort(o.String()); !ok || got != o {
			t.Errorf("ParseSort(%q) = %v, %v", o.String(), got, ok)
		}
		labels[o.Label()] = true
	}
	if len(labels) != len(Sorts()) {
		t.Errorf("labels %v are not one per order", labels)
	}
	for _, tt := range []struct {
		in   string
		want Sort
		ok   bool
	}{{"", Relevance, true}, {"newest", Newest, true}, {"Newest", Relevance, false}, {"date", Relevance, false}} {
		if got, ok := ParseSort(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("ParseSort(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
