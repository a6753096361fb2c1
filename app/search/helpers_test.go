package search

import "corpusexplorer/app/text"

func spanOf(start, n int) text.Span { return text.Span{Start: start, End: start + n} }
