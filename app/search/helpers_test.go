package search

import (
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/text"
)

func spanOf(start, n int) text.Span { return text.Span{Start: start, End: start + n} }

// Build indexes the corpus in one go (NewBuilder(c, cfg).Index()).
func Build(c *corpus.Corpus, cfg Config) *Index {
	return NewBuilder(c, cfg).Index()
}
