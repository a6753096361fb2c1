package search

import (
	"cmp"
	"slices"
	"sort"

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
	c      Clause
	ids    []int32  // for a word: its expanded term ids
	actors []string // the actors the clause's unit names
}

// scratch holds the per-query working memory of Run, reused through the
// index's pool so that a query allocates no slices as long as the corpus.
// Documents are marked with stamps instead of being cleared.
type scratch struct {
	stamp  uint32
	seen   []uint32  // seen[d] == query stamp: d matched every clause so far
	cnt    []int32   // positive clauses matched by d
	score  []float64 // summed clause scores of d
	cseen  []uint32  // cseen[d] == clause stamp: d matched the current clause
	best   []float64 // best term score of d in the current clause
	neg    []uint32  // neg[d] == query stamp: d is excluded
	alive  []int32   // documents matching every positive clause so far
	next   []int32
	docs   []int32 // clause documents (phrases)
	tf     []float64
	cand   []int32 // phrase start candidates in one document
	months []int32
	actors []int32
	facet  []int32 // the actors found, for sorting the facet
	hits   []int32
	// For the units that name actors (see nameDocs), allocated on first
	// use: gseen[d] == unit stamp: d matched the unit's first clause or
	// an actor; gcnt its clauses matched; gscore its score.
	gseen  []uint32
	gcnt   []int32
	gscore []float64
	gdocs  []int32
}

// group allocates the unit arrays for n documents, once.
func (sc *scratch) group(n int) {
	if len(sc.gseen) != n {
		sc.gseen, sc.gcnt, sc.gscore = make([]uint32, n), make([]int32, n), make([]float64, n)
	}
}

// nextStamp returns a fresh stamp.
func (sc *scratch) nextStamp() uint32 {
	sc.stamp++
	return sc.stamp
}

func (ix *Index) getScratch() *scratch {
	if sc, ok := ix.pool.Get().(*scratch); ok {
		// A query takes a few stamps per clause: start over long before
		// the counter could wrap.
		if sc.stamp > 1<<31 {
			clear(sc.seen)
			clear(sc.cseen)
			clear(sc.neg)
			clear(sc.gseen)
			sc.stamp = 0
		}
		return sc
	}
	n := len(ix.docs)
	return &scratch{
		seen: make([]uint32, n), cnt: make([]int32, n), score: make([]float64, n),
		cseen: make([]uint32, n), best: make([]float64, n), neg: make([]uint32, n),
		months: make([]int32, ix.months), actors: make([]int32, len(ix.actorNames)),
	}
}

// Count returns the number of articles that match st.
func (ix *Index) Count(st State) int {
	r, _ := ix.Search(st, 0, 0)
	return r.Total
}

// Run is Search with an already parsed query; st.Q is not used.
func (ix *Index) Run(q Query, st State, limit, offset int) Result {
	return ix.run(q, st, limit, offset, nil)
}

// Matches returns the corpus positions of every article that matches st,
// in the state's order, without snippets or facets: the list a reader
// steps through with previous and next.
func (ix *Index) Matches(st State) ([]int, []Notice) {
	q, notes := ParseQuery(st.Q)
	var all []int
	ix.run(q, st, 0, 0, &all)
	return all, notes
}

// run is Run; when all is not nil it receives every hit in order.
func (ix *Index) run(q Query, st State, limit, offset int, all *[]int) Result {
	n := len(ix.docs)
	var res Result
	sc := ix.getScratch()
	defer ix.pool.Put(sc)
	qs := sc.nextStamp()
	pos, need, hasNeg := ix.match(q, sc, qs)
	var from, to, efrom, eto int
	if !st.From.IsZero() {
		from = dayKey(st.From, false)
	}
	if !st.To.IsZero() {
		to = dayKey(st.To, true)
	}
	if !st.EFrom.IsZero() {
		efrom = dayKey(st.EFrom, false)
	}
	if !st.ETo.IsZero() {
		eto = dayKey(st.ETo, true)
	}
	happened := func(di *docInfo) bool {
		if efrom == 0 && eto == 0 {
			return true
		}
		for _, h := range ix.docHappened[di.happened.lo:di.happened.hi] {
			if (efrom == 0 || h[1] >= efrom) && (eto == 0 || h[0] <= eto) {
				return true
			}
		}
		return false
	}
	// The filter's actors and type as numbers: one the index does not know
	// matches no document.
	wantActors, wantType := make([]int32, 0, len(st.Actors)), slices.Index(ix.typeNames, st.Type)
	for _, a := range st.Actors {
		k, ok := slices.BinarySearch(ix.actorNames, a)
		if !ok {
			k = -1
		}
		wantActors = append(wantActors, int32(k))
	}
	hits := sc.hits[:0]
	check := func(d int32) {
		if ix.loaded != nil && !ix.loaded[d] {
			return
		}
		if hasNeg && sc.neg[d] == qs {
			return
		}
		di := &ix.docs[d]
		if !hasAll(ix.docActors(d), wantActors) {
			return
		}
		if st.Type != "" && !ix.hasType(d, wantType) {
			return
		}
		if !happened(di) {
			return
		}
		sc.months[di.month-ix.minMonth]++
		if (from != 0 && di.hi < from) || (to != 0 && di.lo > to) {
			return
		}
		for _, a := range ix.docActors(d) {
			sc.actors[a]++
		}
		hits = append(hits, d)
	}
	sorted := true
	if need == 0 {
		for d := 0; d < n; d++ {
			check(int32(d))
		}
	} else {
		for k, d := range sc.alive {
			if k > 0 && d < sc.alive[k-1] {
				sorted = false
			}
			check(d)
		}
	}
	sc.hits = hits
	res.Total = len(hits)
	for m, c := range sc.months {
		if c > 0 {
			res.Facets.Months = append(res.Facets.Months, MonthCount{corpus.MonthAt(m + ix.minMonth).String(), int(c)})
			sc.months[m] = 0
		}
	}
	// The months come in their order (MonthAt counts up); sort.Slice, not
	// slices.SortFunc, which would compile a sort of its own for
	// MonthCount into the wasm (about 20 KB).
	sort.Slice(res.Facets.Months, func(i, j int) bool { return res.Facets.Months[i].Month < res.Facets.Months[j].Month })
	// The actors most found first, then by id: their numbers, which
	// follow the ids (actorNames is sorted), are sorted rather than the
	// ActorCounts, for the same reason.
	facet := sc.facet[:0]
	for a, c := range sc.actors {
		if c > 0 {
			facet = append(facet, int32(a))
		}
	}
	slices.SortFunc(facet, func(a, b int32) int {
		if c := cmp.Compare(sc.actors[b], sc.actors[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(facet) > 0 {
		res.Facets.Actors = make([]ActorCount, 0, len(facet))
	}
	for _, a := range facet {
		id := ix.actorNames[a]
		res.Facets.Actors = append(res.Facets.Actors, ActorCount{id, ix.cfg.Types[id], int(sc.actors[a])})
		sc.actors[a] = 0
	}
	sc.facet = facet
	if limit <= 0 && all == nil {
		return res
	}
	score := sc.score
	switch {
	case st.Sort == Oldest || st.Sort == Newest || need == 0:
		if !sorted {
			slices.Sort(hits)
		}
		if st.Sort != Oldest {
			slices.Reverse(hits)
		}
	default:
		better := func(a, b int32) int {
			if c := cmp.Compare(score[b], score[a]); c != 0 {
				return c
			}
			return cmp.Compare(b, a)
		}
		if k := max(offset, 0) + limit; all == nil && k < len(hits)/8 {
			hits = topK(hits, k, better)
		} else {
			slices.SortFunc(hits, better)
		}
	}
	if all != nil {
		*all = make([]int, len(hits))
		for k, d := range hits {
			(*all)[k] = int(d)
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
		s := 0.0
		if need > 0 {
			s = score[d]
		}
		res.Hits[k] = Hit{Index: int(d), Score: s}
		// An index assembled from a pack may not hold the article yet
		// (see NewPartial): the hit then has neither id nor snippets.
		if a := ix.at(int(d)); a != nil {
			res.Hits[k].ID, res.Hits[k].Snippets = a.ID, ix.snippets(int(d), pos, st.Actors)
		}
	}
	return res
}

// match evaluates the clauses of q: it leaves in sc.alive the documents
// that match every positive clause (with their summed scores in
// sc.score) and marks the excluded ones in sc.neg with the query stamp
// qs. It returns the positive clauses' matches (to mark snippets), their
// number and whether q excludes anything.
func (ix *Index) match(q Query, sc *scratch, qs uint32) (pos []clauseMatch, need int32, hasNeg bool) {
	// add records that d scored s in positive clause number need (0-based):
	// only documents matching every earlier positive clause stay alive.
	add := func(d int32, s float64) {
		if need == 0 {
			sc.seen[d], sc.cnt[d], sc.score[d] = qs, 1, s
			sc.next = append(sc.next, d)
		} else if sc.seen[d] == qs && sc.cnt[d] == need {
			sc.cnt[d]++
			sc.score[d] += s
			sc.next = append(sc.next, d)
		}
	}
	sc.alive = sc.alive[:0]
	for _, u := range ix.units(q) {
		c := u.c[0]
		if c.Negate {
			var docs []int32
			if c.Phrase {
				docs, _ = ix.phraseDocs(c.Words, sc)
			} else {
				docs = ix.wordDocSet(ix.expand(c.Words[0], false), sc)
			}
			for _, d := range docs {
				sc.neg[d] = qs
			}
			for _, id := range u.actors {
				for _, d := range ix.actorDoc[id] {
					sc.neg[d] = qs
				}
			}
			hasNeg = true
			continue
		}
		sc.next = sc.next[:0]
		if u.actors != nil {
			pos = append(pos, ix.nameDocs(u, sc, add)...)
			need++
			sc.alive, sc.next = sc.next, sc.alive
			continue
		}
		ids := ix.clauseDocs(c, sc, add)
		pos = append(pos, clauseMatch{c: c, ids: ids})
		need++
		sc.alive, sc.next = sc.next, sc.alive
	}
	return pos, need, hasNeg
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

// hasAll reports whether have holds every element of want.
func hasAll(have, want []int32) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// clauseDocs calls add with each document that matches the positive
// clause c and its BM25 score. It returns the word ids a word clause
// expands to (nil for a phrase), to mark snippets.
func (ix *Index) clauseDocs(c Clause, sc *scratch, add func(d int32, s float64)) []int32 {
	if c.Phrase {
		docs, tf := ix.phraseDocs(c.Words, sc)
		idf := ix.idf(len(docs))
		for k, d := range docs {
			add(d, ix.bm25(idf, tf[k], d))
		}
		return nil
	}
	ids := ix.expand(c.Words[0], c.Prefix)
	ix.wordDocs(ids, sc, add)
	return ids
}

// wordDocs calls add once for each document holding any of the terms,
// with the best BM25 score among the terms (stop words score 0).
func (ix *Index) wordDocs(ids []int32, sc *scratch, add func(d int32, s float64)) {
	if len(ids) == 1 {
		p := ix.postings(ids[0])
		if text.IsStopWord(ix.term(ids[0])) {
			for _, d := range p.docs {
				add(d, 0)
			}
			return
		}
		idf := ix.idf(len(p.docs))
		for k, d := range p.docs {
			add(d, ix.bm25(idf, float64(p.tf[k]), d))
		}
		return
	}
	cs := sc.nextStamp()
	docs := sc.docs[:0]
	for _, id := range ids {
		p := ix.postings(id)
		stop := text.IsStopWord(ix.term(id))
		idf := ix.idf(len(p.docs))
		for k, d := range p.docs {
			s := 0.0
			if !stop {
				s = ix.bm25(idf, float64(p.tf[k]), d)
			}
			if sc.cseen[d] != cs {
				sc.cseen[d] = cs
				sc.best[d] = s
				docs = append(docs, d)
			} else if s > sc.best[d] {
				sc.best[d] = s
			}
		}
	}
	sc.docs = docs
	for _, d := range docs {
		add(d, sc.best[d])
	}
}

// wordDocSet returns the documents holding any of the terms, in no
// particular order, in scratch memory.
func (ix *Index) wordDocSet(ids []int32, sc *scratch) []int32 {
	if len(ids) == 1 {
		return ix.postings(ids[0]).docs
	}
	cs := sc.nextStamp()
	docs := sc.docs[:0]
	for _, id := range ids {
		for _, d := range ix.postings(id).docs {
			if sc.cseen[d] != cs {
				sc.cseen[d] = cs
				docs = append(docs, d)
			}
		}
	}
	sc.docs = docs
	return docs
}

// phraseTerm is an index term a phrase word can be indexed under, with a
// cursor over its documents.
type phraseTerm struct {
	p      postings
	verify bool  // the term has several folds: check each position's
	want   int32 // fold variant, which must be want
	cur    int   // index into p.docs of the current document, or past it
	in     bool  // the current document holds the term
}

// at returns the positions of the term in the current document and, for
// a term with several folds, their fold variants.
func (t *phraseTerm) at() ([]int32, []int32) {
	p := &t.p
	lo, hi := int(p.offs[t.cur]), len(p.pos)
	if t.cur+1 < len(p.offs) {
		hi = int(p.offs[t.cur+1])
	}
	if t.verify {
		return p.pos[lo:hi], p.fv[lo:hi]
	}
	return p.pos[lo:hi], nil
}

// phraseUnit is a part of a phrase a search matches on its own: the
// terms its word can be indexed under, or its common gram's, at its
// offset in the phrase.
type phraseUnit struct {
	off   int32
	terms []phraseTerm
}

// phraseTerms returns the parts of the folded phrase ws (see
// phraseCover): for a word, the terms it can be indexed under (the word
// itself, a name, or its stem, leaving out terms whose positions all have
// another fold); for a common gram, its term. It returns nil when a part
// has no term.
func (ix *Index) phraseTerms(ws []string) []phraseUnit {
	spans, ok := ix.phraseCover(ws)
	if !ok {
		return nil
	}
	out := make([]phraseUnit, len(spans))
	for k, s := range spans {
		w := ws[s.off]
		out[k].off = int32(s.off)
		if s.n > 1 {
			id, ok := ix.lookup(GramTerm(ws[s.off : s.off+s.n]...))
			if !ok {
				return nil
			}
			out[k].terms = []phraseTerm{{p: ix.postings(id)}}
			continue
		}
		var ids []int32
		if id, ok := ix.lookup(w); ok {
			ids = append(ids, id)
		}
		if id, ok := ix.lookup(text.Stem(w)); ok && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
		for _, id := range ids {
			f := ix.foldOf(id)
			if f != "" && f != w {
				continue
			}
			t := phraseTerm{p: ix.postings(id)}
			if f == "" {
				t.verify = true
				t.want = int32(slices.Index(t.p.variants, w))
				if t.want < 0 {
					continue
				}
			}
			out[k].terms = append(out[k].terms, t)
		}
		if len(out[k].terms) == 0 {
			return nil
		}
	}
	return out
}

// seek moves t to document d and reports whether d holds the term.
func (t *phraseTerm) seek(d int32) bool {
	docs := t.p.docs
	// A few steps first: dense lists move by one or two documents.
	for i := 0; i < 4 && t.cur < len(docs) && docs[t.cur] < d; i++ {
		t.cur++
	}
	if t.cur < len(docs) && docs[t.cur] < d {
		j, _ := slices.BinarySearch(docs[t.cur:], d)
		t.cur += j
	}
	t.in = t.cur < len(docs) && docs[t.cur] == d
	return t.in
}

// starts appends to buf the token positions where the phrase starts in
// the document the terms are positioned on by seek, in increasing order.
// The positions of the rarest part (anchor) give the candidates, which the
// position lists of the other parts filter.
func (ix *Index) starts(words []phraseUnit, anchor int, buf []int32) []int32 {
	cand := buf[:0]
	multi := 0
	aoff := words[anchor].off
	for i := range words[anchor].terms {
		t := &words[anchor].terms[i]
		if !t.in {
			continue
		}
		multi++
		pos, fv := t.at()
		for x, p := range pos {
			if p >= aoff && (fv == nil || fv[x] == t.want) {
				cand = append(cand, p-aoff)
			}
		}
	}
	if multi > 1 {
		slices.Sort(cand)
	}
	for k := range words {
		if k == anchor || len(cand) == 0 {
			continue
		}
		keep := cand[:0]
		off := words[k].off
		ts := words[k].terms
		if t := &ts[0]; len(ts) == 1 && !t.verify {
			// The common case: one exact term, a plain merge.
			l, _ := t.at()
			j := 0
			for _, s := range cand {
				for j < len(l) && l[j] < s+off {
					j++
				}
				if j == len(l) {
					break
				}
				if l[j] == s+off {
					keep = append(keep, s)
				}
			}
			cand = keep
			continue
		}
		var lists, vars [2][]int32
		for i := range ts {
			if t := &ts[i]; t.in && i < 2 {
				lists[i], vars[i] = t.at()
			}
		}
		var j [2]int
		for _, s := range cand {
			want := s + off
			for i := range ts {
				if i >= 2 {
					break
				}
				l := lists[i]
				for j[i] < len(l) && l[j[i]] < want {
					j[i]++
				}
				if j[i] < len(l) && l[j[i]] == want && (vars[i] == nil || vars[i][j[i]] == ts[i].want) {
					keep = append(keep, s)
					break
				}
			}
		}
		cand = keep
	}
	return cand
}

// phraseDocs returns the documents where the folded words occur at
// consecutive token positions, in order, with the weighted phrase
// frequency in each (in scratch memory).
func (ix *Index) phraseDocs(ws []string, sc *scratch) ([]int32, []float64) {
	words := ix.phraseTerms(ws)
	if words == nil {
		return nil, nil
	}
	anchor, best := 0, -1
	for k, u := range words {
		df := 0
		for _, t := range u.terms {
			df += len(t.p.docs)
		}
		if best < 0 || df < best {
			anchor, best = k, df
		}
	}
	docs, tfs := sc.docs[:0], sc.tf[:0]
	at := words[anchor].terms
	for {
		// The next document of the anchor word.
		d := int32(-1)
		for i := range at {
			if at[i].cur < len(at[i].p.docs) && (d < 0 || at[i].p.docs[at[i].cur] < d) {
				d = at[i].p.docs[at[i].cur]
			}
		}
		if d < 0 {
			break
		}
		all := true
		for k := range words {
			in := false
			for i := range words[k].terms {
				in = words[k].terms[i].seek(d) || in
			}
			all = all && in
		}
		if all {
			sc.cand = ix.starts(words, anchor, sc.cand)
			tf := 0.0
			for _, s := range sc.cand {
				tf += ix.weight(d, s)
			}
			if tf > 0 {
				docs, tfs = append(docs, d), append(tfs, tf)
			}
		}
		for i := range at {
			if at[i].in {
				at[i].cur++
			}
		}
	}
	sc.docs, sc.tf = docs, tfs
	return docs, tfs
}

// phraseStarts returns the token positions where the phrase starts in d.
func (ix *Index) phraseStarts(d int, ws []string) []int {
	words := ix.phraseTerms(ws)
	if words == nil {
		return nil
	}
	for k := range words {
		in := false
		for i := range words[k].terms {
			in = words[k].terms[i].seek(int32(d)) || in
		}
		if !in {
			return nil
		}
	}
	var out []int
	for _, s := range ix.starts(words, 0, nil) {
		out = append(out, int(s))
	}
	return out
}
