package importer

import (
	"testing"

	"corpusexplorer/app/corpus"
)

// TestParsed: Batch.Parsed holds, for each file, what corpus.Parse makes
// of it, for text files and for the articles of a JSON list, and nothing
// for a rejected file.
func TestParsed(t *testing.T) {
	for _, tt := range []struct {
		name  string
		srcs  []Source
		files int
	}{
		{"text files", []Source{
			{"a.txt", []byte("date 2021-12 Joe Biden belde met Vladimir Poetin.\n")},
			{"b.txt", []byte("date 2022-01-10 De NAVO vergaderde in Brussel.\n")},
		}, 2},
		{"a JSON list", []Source{
			{"list.json", []byte(`[{"id": "x", "date": "2021-12", "text": "Poetin sprak."}, {"id": "y", "date": "2021-11", "text": "Biden sprak."}]`)},
		}, 2},
		{"a bad file", []Source{
			{"bad.txt", []byte("date 2021-13 Kapotte datum.\n")},
			{"good.txt", []byte("date 2021-12 Goede datum.\n")},
		}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := Import(tt.srcs, Options{})
			if len(b.Files) != tt.files || len(b.Parsed) != len(b.Files) {
				t.Fatalf("%d files, %d parsed, want %d of each (problems %v)", len(b.Files), len(b.Parsed), tt.files, b.Problems)
			}
			for i, f := range b.Files {
				want, err := corpus.Parse(f.Name, f.Data)
				if err != nil {
					t.Fatal(err)
				}
				got := b.Parsed[i]
				if got.ID != want.ID || got.Text != want.Text || got.Date != want.Date || len(got.Tokens) != len(want.Tokens) {
					t.Errorf("%s: parsed %s %v (%d tokens), Parse gives %s %v (%d tokens)", f.Name, got.ID, got.Date, len(got.Tokens), want.ID, want.Date, len(want.Tokens))
				}
			}
		})
	}
}
