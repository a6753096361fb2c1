package ui

import (
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
	"corpusexplorer/app/synth"
	"corpusexplorer/seeds"
)

// BenchmarkExplorerRender10k builds the explorer's element tree over the
// 10,000-article synthetic corpus: search, facets and the elements, not
// the DOM diff the browser adds.
func BenchmarkExplorerRender10k(b *testing.B) {
	g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		b.Fatal(err)
	}
	var files []corpus.File
	for _, f := range synth.Generate(10000, 42) {
		files = append(files, corpus.File{Name: f.Name, Data: f.Data})
	}
	c, _ := corpus.New(nil)
	if c, err = c.Add(files...); err != nil {
		b.Fatal(err)
	}
	ac := analysis.Analyse(c, g.NewExtractor())
	current.Store(&Data{AC: ac, Index: ac.Index(), Version: 1})
	b.Cleanup(func() { current.Store(nil) })
	qs := []string{"regering", "minister", "oekr", `"de minister"`, "mi", ""}
	p := &Explorer{shown: resultsPage}
	i := 0
	for b.Loop() {
		p.state = search.State{Q: qs[i%len(qs)]}
		i++
		p.Render()
	}
}
