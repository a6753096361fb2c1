package search

import (
	"slices"
	"sort"
	"unicode/utf8"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/text"
)

// MaxSnippet is the longest snippet text in bytes, before the "…" added
// where a long sentence is cut.
const MaxSnippet = 240

type mark struct {
	text.Span
	label int // clause index, or len(clauses)+actor index
}

// snippets returns the best one or two sentences of article d for the
// matched clauses (with the mentions of the actors a clause names) and
// the filtered actors.
func (ix *Index) snippets(d int, clauses []clauseMatch, actors []string) []Snippet {
	a := ix.at(d)
	var marks []mark
	tokSpan := func(p, n int) text.Span {
		return text.Span{Start: a.Tokens[p].Start, End: a.Tokens[p+n-1].End}
	}
	for ci, c := range clauses {
		if c.c.Phrase {
			for _, p := range ix.phraseStarts(d, c.c.Words) {
				marks = append(marks, mark{tokSpan(p, len(c.c.Words)), ci})
			}
			continue
		}
		for _, id := range c.ids {
			p := ix.postings(id)
			k, ok := slices.BinarySearch(p.docs, int32(d))
			if !ok {
				continue
			}
			for _, at := range p.positions(k) {
				marks = append(marks, mark{tokSpan(int(at), 1), ci})
			}
		}
	}
	named := false
	for _, c := range clauses {
		named = named || len(c.actors) > 0
	}
	if (len(actors) > 0 || named) && ix.cfg.Mentions != nil {
		for _, m := range ix.cfg.Mentions(d) {
			if m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
				continue
			}
			if j := slices.Index(actors, m.ActorID); j >= 0 {
				marks = append(marks, mark{m.Span, len(clauses) + j})
				continue
			}
			for ci, c := range clauses {
				if slices.Contains(c.actors, m.ActorID) {
					marks = append(marks, mark{m.Span, ci})
					break
				}
			}
		}
	}
	if len(a.Sentences) == 0 {
		return nil
	}
	if len(marks) == 0 {
		lead := a.Lead()
		s := 0
		if lead >= 0 && a.Paragraphs[lead].Sentences.Len() > 0 {
			s = a.Paragraphs[lead].Sentences.Start
		}
		return []Snippet{cut(a, a.Sentences[s].Span, nil)}
	}
	// Group marks by sentence.
	per := make(map[int][]mark)
	for _, m := range marks {
		s := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > m.Start })
		if s < len(a.Sentences) && a.Sentences[s].Contains(m.Span) {
			per[s] = append(per[s], m)
		}
	}
	labels := func(ms []mark, except map[int]bool) int {
		seen := map[int]bool{}
		for _, m := range ms {
			if !except[m.label] {
				seen[m.label] = true
			}
		}
		return len(seen)
	}
	pick := func(except map[int]bool, skip int) int {
		best, bl, bm := -1, 0, 0
		for s, ms := range per {
			if s == skip {
				continue
			}
			l := labels(ms, except)
			if l == 0 {
				continue
			}
			if best < 0 || l > bl || (l == bl && (len(ms) > bm || (len(ms) == bm && s < best))) {
				best, bl, bm = s, l, len(ms)
			}
		}
		return best
	}
	first := pick(nil, -1)
	if first < 0 {
		return nil
	}
	chosen := []int{first}
	covered := map[int]bool{}
	for _, m := range per[first] {
		covered[m.label] = true
	}
	if second := pick(covered, first); second >= 0 {
		chosen = append(chosen, second)
	}
	slices.Sort(chosen)
	out := make([]Snippet, len(chosen))
	for k, s := range chosen {
		out[k] = cut(a, a.Sentences[s].Span, per[s])
	}
	return out
}

// cut returns the snippet of sentence span s with marks ms (absolute
// spans), trimmed around the first mark when the sentence is too long.
func cut(a *corpus.Article, s text.Span, ms []mark) Snippet {
	spans := make([]text.Span, len(ms))
	for i, m := range ms {
		spans[i] = m.Span
	}
	// sort.Slice, not slices.SortFunc, which would compile a sort of its
	// own for text.Span into the wasm: equal spans are alike, so the order
	// is the same.
	sort.Slice(spans, func(i, j int) bool {
		x, y := spans[i], spans[j]
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		return x.End < y.End
	})
	// Merge overlapping marks.
	merged := spans[:0]
	for _, sp := range spans {
		if n := len(merged); n > 0 && sp.Start < merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	start, end := s.Start, s.End
	if s.Len() > MaxSnippet {
		focus := s.Start
		if len(merged) > 0 {
			focus = merged[0].Start
		}
		start = max(s.Start, focus-MaxSnippet/4)
		start = wordStart(a.Text, start, s.Start, focus)
		end = min(s.End, start+MaxSnippet)
		end = wordEnd(a.Text, end, start, s.End)
	}
	var sn Snippet
	prefix := ""
	if start > s.Start {
		prefix = "…"
	}
	sn.Text = prefix + a.Text[start:end]
	if end < s.End {
		sn.Text += "…"
	}
	for _, sp := range merged {
		if sp.Start < start || sp.End > end {
			continue
		}
		sn.Marks = append(sn.Marks, text.Span{Start: sp.Start - start + len(prefix), End: sp.End - start + len(prefix)})
	}
	return sn
}

// wordStart moves i forward to the start of a word, staying at or before
// limit; it falls back to a rune boundary at or after lo.
func wordStart(t string, i, lo, limit int) int {
	if i == lo {
		return i
	}
	for j := i; j < limit; j++ {
		if t[j-1] == ' ' || t[j-1] == '\n' {
			return j
		}
	}
	for i > lo && !utf8.RuneStart(t[i]) {
		i--
	}
	return i
}

// wordEnd moves i back to the end of a word (before a space), staying
// after lo; it falls back to a rune boundary.
func wordEnd(t string, i, lo, hi int) int {
	if i >= hi {
		return hi
	}
	for j := i; j > lo+MaxSnippet/2; j-- {
		if t[j] == ' ' || t[j] == '\n' {
			return j
		}
	}
	for i > lo && !utf8.RuneStart(t[i]) {
		i--
	}
	return i
}
