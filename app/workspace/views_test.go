package workspace

import (
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/explore"
)

// TestWhatPagesRead: the actors an edit may name, the catalog the URL
// parsers see and the imported articles follow the user's edits and files.
func TestWhatPagesRead(t *testing.T) {
	tests := []struct {
		name     string
		edits    []edits.Edit
		files    int
		visible  []string // must be among Actors()
		gone     []string // must not be
		remapped string   // the id the catalog maps kees-vliegenthart to ("" when not a Remapper)
	}{
		{"no edits", nil, 1, []string{"kees-vliegenthart", "vladimir-poetin"}, nil, ""},
		{"hidden", []edits.Edit{edits.Hide{ID: "kees-vliegenthart"}}, 1, []string{"vladimir-poetin"}, []string{"kees-vliegenthart"}, "kees-vliegenthart"},
		{"merged", []edits.Edit{edits.Merge{From: "kees-vliegenthart", Into: "vladimir-poetin"}}, 1, []string{"vladimir-poetin"}, []string{"kees-vliegenthart"}, "vladimir-poetin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := New(nil)
			build(t, w, koersk)
			w.Put(koersk)
			for _, e := range tc.edits {
				if err := w.Edit(e); err != nil {
					t.Fatal(err)
				}
			}
			build(t, w)
			var ids []string
			for _, a := range w.Actors() {
				ids = append(ids, a.ID)
			}
			if !slices.IsSortedFunc(w.Actors(), func(a, b actors.Actor) int {
				return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
			}) {
				t.Error("the actors to edit are not sorted by name")
			}
			for _, id := range tc.visible {
				if !slices.Contains(ids, id) {
					t.Errorf("%s not among the actors to edit", id)
				}
			}
			for _, id := range tc.gone {
				if slices.Contains(ids, id) {
					t.Errorf("%s among the actors to edit", id)
				}
			}
			if arts := w.ImportedArticles(); len(arts) != tc.files || arts[0].ID != "koersk" {
				t.Errorf("imported articles %v", arts)
			}
			rm, ok := w.Current().Catalog().(explore.Remapper)
			switch {
			case tc.remapped == "" && ok:
				t.Error("the catalog remaps without edits")
			case tc.remapped != "" && !ok:
				t.Error("the catalog does not follow the edits")
			case ok:
				if to, _ := rm.Remap("kees-vliegenthart"); to != tc.remapped {
					t.Errorf("kees-vliegenthart remapped to %q, want %q", to, tc.remapped)
				}
			}
		})
	}
}
