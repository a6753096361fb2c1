package search

import (
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/corpus"
)

// named is a small corpus whose actors are known by names the text does
// not always use: the Witte Huis is the White House, Jens Stoltenberg is
// only ever "de secretaris-generaal" in the text.
var named = []corpus.File{
	{Name: "huis.txt", Data: []byte("date 2024-03-01 Het Witte Huis reageert\n\nHet Witte Huis liet weten dat Poetin moet stoppen. De Oekraïense regering is blij.")},
	{Name: "engels.txt", Data: []byte("date 2024-03-02 Persbericht\n\nIn een verklaring van het white house stond niets nieuws over Oekraïne.")},
	{Name: "los.txt", Data: []byte("date 2024-03-03 Een wit huis\n\nHet huis was white en de house was groot. Oekraïne bleef stil.")},
	{Name: "navo.txt", Data: []byte("date 2024-03-04 De NAVO vergadert\n\nDe secretaris-generaal sprak over Oekraïne en Poetin. Oekraine ligt ver weg.")},
	{Name: "eu.txt", Data: []byte("date 2024-03-05 Brussel beslist\n\nDe Europese Unie steunt Oekraïne met geld.")},
}

func buildNamed(t testing.TB) *Index {
	t.Helper()
	var c corpus.Corpus
	cp, err := c.Add(named...)
	if err != nil {
		t.Fatal(err)
	}
	acts := map[string][]string{
		"huis": {"witte-huis", "vladimir-poetin"},
		"navo": {"jens-stoltenberg", "navo", "vladimir-poetin"},
		"eu":   {"eu"},
	}
	mention := map[string]map[string]string{ // article → actor → the text that mentions it
		"huis": {"witte-huis": "Witte Huis", "vladimir-poetin": "Poetin"},
		"navo": {"jens-stoltenberg": "de secretaris-generaal", "navo": "NAVO", "vladimir-poetin": "Poetin"},
		"eu":   {"eu": "Europese Unie"},
	}
	return Build(cp, Config{
		Actors: func(i int) []string { return acts[cp.At(i).ID] },
		Types:  map[string]string{"witte-huis": "organisation", "jens-stoltenberg": "person", "navo": "organisation", "vladimir-poetin": "person", "eu": "organisation"},
		Mentions: func(i int) []Mention {
			a := cp.At(i)
			var ms []Mention
			for id, s := range mention[a.ID] {
				for k := 0; ; k += len(s) {
					j := strings.Index(a.Text[k:], s)
					if j < 0 {
						break
					}
					k += j
					ms = append(ms, Mention{Span: spanOf(k, len(s)), ActorID: id})
				}
			}
			return ms
		},
		Names: map[string][]string{
			"witte-huis":       {"Witte Huis", "White House"},
			"jens-stoltenberg": {"Jens Stoltenberg", "Stoltenberg", "De secretaris-generaal"},
			"navo":             {"NAVO", "NATO"},
			"vladimir-poetin":  {"Vladimir Poetin", "Poetin", "Putin", "Vladimir Putin"},
			"eu":               {"Europese Unie", "EU", "European Union"},
		},
	})
}

func TestActorNames(t *testing.T) {
	ix := buildNamed(t)
	tests := []struct {
		q    string
		want []string // ids, any order
	}{
		// The articles of the actor, and those with the words.
		{"White House", []string{"huis", "engels", "los"}},
		{"white house", []string{"huis", "engels", "los"}},
		{"WHITE HOUSE", []string{"huis", "engels", "los"}},
		{`"White House"`, []string{"huis", "engels"}},
		{`"white   house"`, []string{"huis", "engels"}},
		{"European Union", []string{"eu"}},
		{`"European Union"`, []string{"eu"}},
		{"Stoltenberg", []string{"navo"}},
		{"jens stoltenberg", []string{"navo"}},
		{"Putin", []string{"huis", "navo"}},
		{"vladimir putin", []string{"huis", "navo"}},
		{"NATO", []string{"navo"}},
		// A name among other words: the name is one unit, ANDed.
		{"White House poetin", []string{"huis"}},
		{"oekraine jens stoltenberg", []string{"navo"}},
		{"stoltenberg white house", nil},
		// Words and phrases together ("Secretaris-generaal" is a phrase).
		{"de secretaris-generaal", []string{"navo"}},
		{`white "house"`, []string{"huis", "engels", "los"}},
		// Part of a name is only its words.
		{"white", []string{"engels", "los"}},
		{"jens", nil},
		// Excluding a name excludes its actor's articles.
		{`oekraine -"White House"`, []string{"los", "navo", "eu"}},
		{"oekraine -nato", []string{"engels", "los", "eu"}},
		{"oekraine -putin", []string{"engels", "los", "eu"}},
	}
	for _, tt := range tests {
		r, _ := ix.Search(State{Q: tt.q}, 10, 0)
		got := ids(ix, r)
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) || r.Total != len(want) {
			t.Errorf("%s: %v (total %d), want %v", tt.q, got, r.Total, want)
		}
	}
}

func TestActorNameRanksAndMarks(t *testing.T) {
	ix := buildNamed(t)
	r, _ := ix.Search(State{Q: "White House"}, 10, 0)
	// The article about the actor (title and text) comes first.
	if got := ids(ix, r); len(got) == 0 || got[0] != "huis" {
		t.Fatalf("order %v", got)
	}
	var marked []string
	for _, s := range r.Hits[0].Snippets {
		for _, m := range s.Marks {
			marked = append(marked, s.Text[m.Start:m.End])
		}
	}
	if !slices.Contains(marked, "Witte Huis") {
		t.Errorf("marks %q, want the mention Witte Huis", marked)
	}
	// The facet counts what the hits are.
	r, _ = ix.Search(State{Q: "stoltenberg"}, 0, 0)
	if r.Total != 1 || len(r.Facets.Actors) == 0 {
		t.Errorf("stoltenberg: %+v", r)
	}
}

func TestActorNamesWithoutConfig(t *testing.T) {
	// Without Names, only the words count.
	ix := buildHand(t)
	if ix.NameActors([]string{"poetin"}) != nil {
		t.Error("names without Config.Names")
	}
	r, _ := ix.Search(State{Q: "poetin"}, 10, 0)
	if r.Total != 1 {
		t.Errorf("poetin: %d", r.Total)
	}
}
