package search

import (
	"cmp"
	"slices"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/text"
)

// Snippet is a short passage of an article with the matched words marked.
// Marks are byte spans of Text, sorted and not overlapping.
type Snippet struct {
	Text  string
	Marks []text.Span
}

// Hit is one matching article.
type Hit struct {
	Index    int     // position in the corpus
	ID       string  // article id
	Score    float64 // BM25 score; 0 for a query without positive terms
	Snippets []Snippet
}

// ActorCount is the number of matching articles that mention an actor.
type ActorCount struct {
	ID, Type string
	Count    int
}

// MonthCount is the number of matching articles of a month ("YYYY-MM").
type MonthCount struct {
	Month string
	Count int
}

// Facets holds the facet counts over all matching articles. Actor counts
// apply every filter; month counts apply every filter but the date range.
// Actors are sorted by count, most first, then id; months in time order.
type Facets struct {
	Actors []ActorCount
	Months []MonthCount
}

// Result is the answer to a search.
type Result struct {
	Total  int   // number of matching articles
	Hits   []Hit // the requested page of hits
	Facets Facets
}

// Search parses st.Q and runs it with the filters of st, returning at most
// limit hits after skipping offset (limit <= 0 means no hits, only the
// total and facets). The notices report what the query parser ignored.
func (ix *Index) Search(st State, limit, offset int) (Result, []Notice) {
	q, notes := ParseQuery(st.Q)
	return ix.Run(q, st, limit, offset), notes
}

// clauseMatch is the evaluated form of a positive clause, kept to mark
// snippets.
type clauseMatch struct {
	c   Clause
	ids []int32 // for a word: its expanded term ids
}

// Run is Search with an already parsed query; st.Q is not used.
func (ix *Index) Run(q Query, st State, limit, offset int) Result {
	n := len(ix.docs)
	var res Result
	score := make([]float64, n)
	cnt := make([]int32, n)
	var pos []clauseMatch
	var neg []bool
	for _, c := range q.Clauses {
		var ids []int32
		var docs []int32
		var scores []float64
		if c.Phrase {
			docs, scores = ix.phraseDocs(c.Words)
		} else {
			ids = ix.expand(c.Words[0], c.Prefix && !c.Negate)
			docs, scores = ix.wordDocs(ids)
		}
		if c.Negate {
			if neg == nil {
				neg = make([]bool, n)
			}
			for _, d := range docs {
				neg[d] = true
			}
			continue
		}
		pos = append(pos, clauseMatch{c, ids})
		for k, d := range docs {
			cnt[d]++
			score[d] += scores[k]
		}
	}
	need := int32(len(pos))
	var from, to int
	if !st.From.IsZero() {
		from = dayKey(st.From, false)
	}
	if !st.To.IsZero() {
		to = dayKey(st.To, true)
	}
	months := make(map[int]int)
	actors := make(map[string]int)
	var hits []int32
	for d := 0; d < n; d++ {
		if cnt[d] != need || (neg != nil && neg[d]) {
			continue
		}
		di := &ix.docs[d]
		if !hasAll(di.actors, st.Actors) {
			continue
		}
		if st.Type != "" {
			if _, ok := slices.BinarySearch(di.actorTypes, st.Type); !ok {
				continue
			}
		}
		months[di.month]++
		if (from != 0 && di.hi < from) || (to != 0 && di.lo > to) {
			continue
		}
		for _, a := range di.actors {
			actors[a]++
		}
		hits = append(hits, int32(d))
	}
	res.Total = len(hits)
	for m, c := range months {
		res.Facets.Months = append(res.Facets.Months, MonthCount{corpus.MonthAt(m).String(), c})
	}
	slices.SortFunc(res.Facets.Months, func(a, b MonthCount) int { return cmp.Compare(a.Month, b.Month) })
	for a, c := range actors {
		res.Facets.Actors = append(res.Facets.Actors, ActorCount{a, ix.cfg.Types[a], c})
	}
	slices.SortFunc(res.Facets.Actors, func(a, b ActorCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return cmp.Compare(a.ID, b.ID)
	})
	switch {
	case st.Sort == Oldest:
		// hits are in corpus (date) order already
	case st.Sort == Newest || need == 0:
		slices.Reverse(hits)
	default:
		better := func(a, b int32) int {
			if c := cmp.Compare(score[b], score[a]); c != 0 {
				return c
			}
			return cmp.Compare(b, a)
		}
		if k := max(offset, 0) + limit; limit > 0 && k < len(hits)/8 {
			hits = topK(hits, k, better)
		} else {
			slices.SortFunc(hits, better)
		}
	}
	if offset < 0 {
		offset = 0
	}
	if limit <= 0 || offset >= len(hits) {
		return res
	}
	page := hits[offset:min(len(hits), offset+limit)]
	res.Hits = make([]Hit, len(page))
	for k, d := range page {
		a := ix.c.At(int(d))
		res.Hits[k] = Hit{Index: int(d), ID: a.ID, Score: score[d], Snippets: ix.snippets(int(d), pos, st.Actors)}
	}
	return res
}

// topK returns the k best hits in order, by insertion into a bounded
// sorted list (k is a page end, small next to the number of hits).
func topK(hits []int32, k int, cmpf func(a, b int32) int) []int32 {
	top := make([]int32, 0, k+1)
	for _, h := range hits {
		if len(top) == k && cmpf(h, top[k-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, h, cmpf)
		top = slices.Insert(top, i, h)
		if len(top) > k {
			top = top[:k]
		}
	}
	return top
}

// hasAll reports whether the sorted list have holds every element of want.
func hasAll(have, want []string) bool {
	for _, w := range want {
		if _, ok := slices.BinarySearch(have, w); !ok {
			return false
		}
	}
	return true
}

// wordDocs returns the documents holding any of the terms, in order, with
// the best BM25 score among the terms (stop words score 0).
func (ix *Index) wordDocs(ids []int32) ([]int32, []float64) {
	if len(ids) == 1 {
		p := &ix.post[ids[0]]
		scores := make([]float64, len(p.docs))
		if !text.IsStopWord(ix.terms[ids[0]]) {
			idf := ix.idf(len(p.docs))
			for k, d := range p.docs {
				scores[k] = ix.bm25(idf, float64(p.tf[k]), d)
			}
		}
		return p.docs, scores
	}
	n := len(ix.docs)
	best := make([]float64, n)
	seen := make([]bool, n)
	count := 0
	for _, id := range ids {
		p := &ix.post[id]
		stop := text.IsStopWord(ix.terms[id])
		idf := ix.idf(len(p.docs))
		for k, d := range p.docs {
			s := 0.0
			if !stop {
				s = ix.bm25(idf, float64(p.tf[k]), d)
			}
			if !seen[d] {
				seen[d] = true
				best[d] = s
				count++
			} else if s > best[d] {
				best[d] = s
			}
		}
	}
	docs := make([]int32, 0, count)
	scores := make([]float64, 0, count)
	for d := range seen {
		if seen[d] {
			docs = append(docs, int32(d))
			scores = append(scores, best[d])
		}
	}
	return docs, scores
}

// phraseTerms returns the ids of the terms a folded phrase word can be
// indexed under: the word itself (a name) or its stem.
func (ix *Index) phraseTerms(w string) []int32 {
	var ids []int32
	if id, ok := ix.termID[w]; ok {
		ids = append(ids, id)
	}
	if id, ok := ix.termID[text.Stem(w)]; ok && !slices.Contains(ids, id) {
		ids = append(ids, id)
	}
	return ids
}

// phraseDocs returns the documents where the folded words occur at
// consecutive token positions, scored by BM25 over the phrase frequency.
func (ix *Index) phraseDocs(ws []string) ([]int32, []float64) {
	anchor, best := -1, 0
	var anchorIDs []int32
	for k, w := range ws {
		ids := ix.phraseTerms(w)
		if len(ids) == 0 {
			return nil, nil
		}
		df := 0
		for _, id := range ids {
			df += len(ix.post[id].docs)
		}
		if anchor < 0 || df < best {
			anchor, best, anchorIDs = k, df, ids
		}
	}
	tf := make([]float64, len(ix.docs))
	count := 0
	for _, id := range anchorIDs {
		p := &ix.post[id]
		for k, d := range p.docs {
			a := ix.c.At(int(d))
			for _, at := range p.positions(k) {
				start := int(at) - anchor
				if phraseAt(a, start, ws) {
					if tf[d] == 0 {
						count++
					}
					tf[d] += ix.weight(d, int32(start))
				}
			}
		}
	}
	docs := make([]int32, 0, count)
	for d, f := range tf {
		if f > 0 {
			docs = append(docs, int32(d))
		}
	}
	idf := ix.idf(len(docs))
	scores := make([]float64, len(docs))
	for k, d := range docs {
		scores[k] = ix.bm25(idf, tf[d], d)
	}
	return docs, scores
}

// phraseAt reports whether the words ws occur at tokens start, start+1, …
// of a.
func phraseAt(a *corpus.Article, start int, ws []string) bool {
	if start < 0 || start+len(ws) > len(a.Tokens) {
		return false
	}
	for k, w := range ws {
		t := &a.Tokens[start+k]
		if t.Kind == text.Punct || t.Fold != w {
			return false
		}
	}
	return true
}

// phraseStarts returns the token positions where the phrase starts in d.
func (ix *Index) phraseStarts(d int, ws []string) []int {
	a := ix.c.At(d)
	var out []int
	for _, id := range ix.phraseTerms(ws[0]) {
		p := &ix.post[id]
		k, ok := slices.BinarySearch(p.docs, int32(d))
		if !ok {
			continue
		}
		for _, at := range p.positions(k) {
			if phraseAt(a, int(at), ws) {
				out = append(out, int(at))
			}
		}
	}
	return out
}
