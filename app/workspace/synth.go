//go:build benchsynth

package workspace

import (
	"fmt"
	"strconv"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/synth"
)

// SynthArticles is the size of the synthetic corpus of a benchmark build:
// go build -tags benchsynth -ldflags "-X corpusexplorer/app/workspace.SynthArticles=10000".
var SynthArticles = "10000"

// Embedded loads, in a benchmark build, the deterministic synthetic corpus
// instead of the seeds, so that the browser can be timed on a large corpus.
func Embedded(g *actors.Gazetteer) (*analysis.Corpus, error) {
	n, err := strconv.Atoi(SynthArticles)
	if err != nil {
		return nil, fmt.Errorf("SynthArticles: %v", err)
	}
	var files []corpus.File
	for _, f := range synth.Generate(n, 42) {
		files = append(files, corpus.File{Name: f.Name, Data: f.Data})
	}
	c, err := corpus.New(nil)
	if err != nil {
		return nil, err
	}
	if c, err = c.Add(files...); err != nil {
		return nil, err
	}
	return analysis.Analyse(c, g.NewExtractor()), nil
}
