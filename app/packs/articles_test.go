package packs_test

import (
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/packer"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/seeds"
)

// seedPack packs the embedded seeds into a temporary folder.
func seedPack(t *testing.T) packs.Dir {
	t.Helper()
	g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	files, bad, err := packer.ReadFiles(seeds.Articles, "*.txt")
	if err != nil || len(bad) > 0 {
		t.Fatal(err, bad)
	}
	dir := t.TempDir()
	if _, err := packer.Build(files, g, packer.Dir(dir), packer.Sizes{}, 1); err != nil {
		t.Fatal(err)
	}
	return packs.Dir(dir)
}

func TestArticles(t *testing.T) {
	dir := seedPack(t)
	r, err := packs.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, _, err := r.Search(search.State{Q: "poetin"}, 3, 0)
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("search: %v, %d hits", err, len(res.Hits))
	}
	// A fresh reader fetches the records of documents it never searched.
	fresh, err := packs.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		r    *packs.Reader
	}{{"after a search", r}, {"fresh", fresh}} {
		t.Run(tc.name, func(t *testing.T) {
			docs := []int{res.Hits[0].Index, res.Hits[len(res.Hits)-1].Index, res.Hits[0].Index}
			arts, recs, err := tc.r.Articles(docs)
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range docs {
				want := res.Hits[slicesIndex(res.Hits, d)].ID
				if arts[i].ID != want || recs[i] == nil || len(recs[i].Data) == 0 {
					t.Errorf("document %d: article %q (record %v), want %q", d, arts[i].ID, recs[i] != nil, want)
				}
			}
		})
	}
	if _, _, err := fresh.Articles([]int{r.Manifest().Articles}); err == nil {
		t.Error("a document past the last: no error")
	}
}

func slicesIndex(hits []search.Hit, d int) int {
	for i, h := range hits {
		if h.Index == d {
			return i
		}
	}
	return -1
}
