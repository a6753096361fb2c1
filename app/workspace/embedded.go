//go:build !benchsynth

package workspace

import (
	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
)

// Embedded loads the corpus built into the binary: the seeds (a benchmark
// build, tag benchsynth, loads a synthetic corpus instead).
func Embedded(g *actors.Gazetteer) (*analysis.Corpus, error) { return Seeds(g) }
