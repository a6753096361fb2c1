package workspace

import (
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
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

// TestImportedArticlesFollowFiles: the imported articles are those of the
// corpus shown that the user's files hold, in import order: a file added
// since the build is not among them until the next, a removed one is gone
// at once.
func TestImportedArticlesFollowFiles(t *testing.T) {
	w := New(nil)
	other := corpus.File{Name: "other.txt", Data: []byte("date 2021-12-08\n\nEen ander artikel\n\nDe Kremlin sprak.")}
	w.Put(koersk)
	build(t, w)
	ids := func() []string {
		var out []string
		for _, a := range w.ImportedArticles() {
			out = append(out, a.ID)
		}
		return out
	}
	if got := ids(); !slices.Equal(got, []string{"koersk"}) {
		t.Fatalf("imported %v", got)
	}
	w.Put(other)
	if got := ids(); !slices.Equal(got, []string{"koersk"}) {
		t.Errorf("before the build: imported %v", got)
	}
	build(t, w)
	if got := ids(); !slices.Equal(got, []string{"koersk", "other"}) {
		t.Errorf("after the build: imported %v", got)
	}
	w.Remove("koersk")
	if got := ids(); !slices.Equal(got, []string{"other"}) {
		t.Errorf("after removing koersk: imported %v", got)
	}
	w.Remove("")
	if got := ids(); len(got) != 0 {
		t.Errorf("after removing all: imported %v", got)
	}
}
