package search

import (
	"strings"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/text"
)

// Common grams. An index may hold, besides its words, every pair of
// consecutive words one of which is a stop word ("de minister", "van
// de") as a term of its own, with the positions where the pair starts,
// and every run of two stop words and a word that is not one ("van de
// regering", "in de kamer"): a phrase with a stop word then reads the
// postings of a pair or a run, a small part of the stop word's, which
// hold a position for nearly every tenth word of the corpus (and of a
// pair of stop words, which is in most articles). A pack holds them (see
// Shape.Grams); the index an import builds in memory does not, as a
// search there reads no postings over a network. An index with them
// answers every phrase exactly as one without them: a gram is indexed
// wherever its words are (their folds, at consecutive token positions),
// which is what a phrase of them matches.

// GramRule names the rule of which runs of words are common grams (see
// isGram): a pack records the rule its grams follow, and a reader uses
// them only under the rule it follows itself, else it reads phrases by
// their words (a pack of grams under another rule lacks some of the
// grams this one looks for, and would miss matches).
const GramRule = 2 // 1: pairs alone; 2: pairs and runs of three

// gramMark starts every common-gram term: no word starts with it, so a
// prefix or a word never finds a gram, and grams sort before every word.
const gramMark = "\x1f"

// GramTerm returns the index term of the common gram of the folded words
// ws (two or three), consecutive in that order.
func GramTerm(ws ...string) string { return gramMark + strings.Join(ws, " ") }

// GramPhrase returns the words of the common-gram term t, a space
// between each (the phrase a query of them types, folded).
func GramPhrase(t string) string { return strings.TrimPrefix(t, gramMark) }

// IsGram reports whether the index term t is a common gram.
func IsGram(t string) bool { return strings.HasPrefix(t, gramMark) }

// isGram reports whether the folded words ws, consecutive in that order,
// make a common gram: two words one of which is a stop word, or two stop
// words and one that is not.
func isGram(ws ...string) bool {
	switch len(ws) {
	case 2:
		return text.IsStopWord(ws[0]) || text.IsStopWord(ws[1])
	case 3:
		return text.IsStopWord(ws[0]) && text.IsStopWord(ws[1]) && !text.IsStopWord(ws[2])
	}
	return false
}

// DocGrams returns the common grams of article a in the order of their
// first occurrence: each run of consecutive words (no punctuation
// between) that makes one (see isGram), with the positions of its first
// word. A gram's TF is its number of occurrences (a phrase's weight comes
// from its positions, see Index.weight).
func DocGrams(a *corpus.Article) []DocTerm {
	var grams docTerms
	toks := a.Tokens
	var f [3]string // the folds of the last three tokens, "" for punctuation
	for i, t := range toks {
		f[0], f[1], f[2] = f[1], f[2], ""
		if t.Kind != text.Punct {
			f[2] = t.Fold()
		}
		if f[1] != "" && f[2] != "" && isGram(f[1], f[2]) {
			g := GramTerm(f[1], f[2])
			grams.add(g, 1, i-1, g)
		}
		if f[0] != "" && f[1] != "" && f[2] != "" && isGram(f[0], f[1], f[2]) {
			g := GramTerm(f[0], f[1], f[2])
			grams.add(g, 1, i-2, g)
		}
	}
	return grams.terms
}

// phraseSpan is a part of a phrase read from one kind of posting: its
// words ws[off:off+n], a word (n is 1) or a common gram.
type phraseSpan struct {
	off, n int
}

// phraseCover returns the parts a search reads to match the folded
// phrase ws: each word on its own, or, in an index with common grams,
// the words and grams that cover the phrase with the fewest documents in
// their postings (what reading them costs). It returns false when the
// index shows the phrase cannot match: a word or a gram it would read is
// not in the dictionary.
func (ix *Index) phraseCover(ws []string) ([]phraseSpan, bool) {
	spans := make([]phraseSpan, 0, len(ws))
	if !ix.grams || len(ws) < 2 {
		for k := range ws {
			spans = append(spans, phraseSpan{off: k, n: 1})
		}
		return spans, true
	}
	// cost[i] is the least cost of covering ws[:i], from[i] the span
	// that ends that cover.
	const none = -1
	cost := make([]int, len(ws)+1)
	from := make([]phraseSpan, len(ws)+1)
	for i := 1; i <= len(ws); i++ {
		cost[i] = none
		if c := ix.wordDF(ws[i-1]); c >= 0 && cost[i-1] >= 0 {
			cost[i], from[i] = cost[i-1]+c, phraseSpan{off: i - 1, n: 1}
		}
		for n := 2; n <= min(3, i); n++ {
			if !isGram(ws[i-n : i]...) {
				continue
			}
			id, ok := ix.lookup(GramTerm(ws[i-n : i]...))
			if !ok {
				return nil, false
			}
			if c := ix.termDF(id); cost[i-n] >= 0 && (cost[i] < 0 || cost[i-n]+c < cost[i]) {
				cost[i], from[i] = cost[i-n]+c, phraseSpan{off: i - n, n: n}
			}
		}
		if cost[i] < 0 {
			return nil, false
		}
	}
	for i := len(ws); i > 0; {
		s := from[i]
		spans = append(spans, s)
		i = s.off
	}
	for i, j := 0, len(spans)-1; i < j; i, j = i+1, j-1 {
		spans[i], spans[j] = spans[j], spans[i]
	}
	return spans, true
}

// wordDF returns the documents of the terms the folded word w can be
// indexed under (its fold and its stem), summed, or -1 when it has none.
func (ix *Index) wordDF(w string) int {
	n, found := 0, false
	id, ok := ix.lookup(w)
	if ok {
		n, found = n+ix.termDF(id), true
	}
	if sid, sok := ix.lookup(text.Stem(w)); sok && (!ok || sid != id) {
		n, found = n+ix.termDF(sid), true
	}
	if !found {
		return -1
	}
	return n
}

// termDF returns the number of documents of term id: known from the
// dictionary in an index assembled from a pack (see AddTerms), whose
// postings may not be set yet.
func (ix *Index) termDF(id int32) int {
	if ix.loaded != nil {
		return int(ix.dfs[id])
	}
	return len(ix.postings(id).docs)
}
