package analysis_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
	"unicode/utf8"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/search"
)

func TestSearchDocument(t *testing.T) {
	ac := loadSeeds(t)
	ix := ac.Index()
	tests := []struct {
		name      string
		st        search.State
		total     int
		actor     string // an actor the facets must list
		notices   int
		markWords []string // the folded text of every mark must be one of these
	}{
		// A name finds the actor's articles and marks its mentions too.
		{"alias", search.State{Q: "putin"}, 3, "vladimir-poetin", 0, []string{"poetin", "putin", "vladimir poetin", "de russische leider"}},
		{"prefix", search.State{Q: "oekr"}, 3, "", 0, nil},
		{"nothing", search.State{Q: "zzzzqx"}, 0, "", 0, nil},
		{"notice", search.State{Q: `poetin "`}, 3, "", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, notes := ac.Search(ix, tt.st, 10)
			if doc.Total != tt.total || len(doc.Results) != min(tt.total, 10) {
				t.Fatalf("total %d, %d results; want %d", doc.Total, len(doc.Results), tt.total)
			}
			if len(notes) != tt.notices {
				t.Errorf("notices %v, want %d", notes, tt.notices)
			}
			if tt.actor != "" && !slices.ContainsFunc(doc.Facets.Actors, func(a analysis.SearchActor) bool {
				return a.ID == tt.actor && a.Name != "" && a.Type == "person" && a.Count == tt.total
			}) {
				t.Errorf("actor %s missing from facets %+v", tt.actor, doc.Facets.Actors)
			}
			for _, r := range doc.Results {
				if r.Title == "" || r.Date == "" || len(r.Snippets) == 0 {
					t.Errorf("result %+v incomplete", r)
				}
				for _, s := range r.Snippets {
					runes := []rune(s.Text)
					for _, m := range s.Marks {
						if m[0] < 0 || m[0] >= m[1] || m[1] > len(runes) {
							t.Fatalf("mark %v outside %q", m, s.Text)
						}
						if w := string(runes[m[0]:m[1]]); tt.markWords != nil && !slices.Contains(tt.markWords, foldASCII(w)) {
							t.Errorf("mark %q in %q", w, s.Text)
						}
					}
				}
			}
			var buf bytes.Buffer
			if err := doc.WriteJSON(&buf); err != nil {
				t.Fatal(err)
			}
			var back map[string]any
			if err := json.Unmarshal(buf.Bytes(), &back); err != nil || !utf8.Valid(buf.Bytes()) {
				t.Fatalf("not JSON: %v", err)
			}
			for _, k := range []string{"total", "results", "facets"} {
				if _, ok := back[k]; !ok {
					t.Errorf("no %q in %s", k, buf.String())
				}
			}
		})
	}
}

// foldASCII lowercases ASCII letters.
func foldASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
