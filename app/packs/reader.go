package packs

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
)

// Fetcher fetches a file of a pack by name: natively from a folder (Dir),
// in the browser with fetch().
type Fetcher interface {
	Fetch(name string) ([]byte, error)
}

// RangeFetcher is a Fetcher that can also fetch n bytes of a file from
// offset off (an HTTP range request): a reader then fetches an article
// record alone rather than its whole file.
type RangeFetcher interface {
	Fetcher
	FetchRange(name string, off, n int64) ([]byte, error)
}

// Dir fetches the files of a pack from a folder.
type Dir string

// Fetch implements Fetcher.
func (d Dir) Fetch(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(string(d), filepath.Base(name)))
}

// FetchRange implements RangeFetcher.
func (d Dir) FetchRange(name string, off, n int64) ([]byte, error) {
	f, err := os.Open(filepath.Join(string(d), filepath.Base(name)))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	if _, err := f.ReadAt(b, off); err != nil {
		return nil, fmt.Errorf("%s: bytes %d-%d: %w", name, off, off+n, err)
	}
	return b, nil
}

// parallelFetches is how many files a reader fetches at once.
const parallelFetches = 8

// Stats counts what a reader fetched.
type Stats struct {
	Files int   // files and ranges fetched
	Bytes int64 // bytes fetched
	Hot   int   // searches (and HotRanked lists) answered from the hot answers
}

// Reader answers searches over a pack, fetching the pieces each query
// needs and keeping them for the next queries. It is safe for concurrent
// use (searches run one at a time).
type Reader struct {
	f     Fetcher
	m     *Manifest
	cat   *Catalogue
	ids   []string // the catalogue's actor ids, sorted
	types []string // and their types
	// withNumber is the number of each actor of ids among those that
	// documents mention (the index's actors), -1 for none; nums is
	// setDoc's scratch.
	withNumber []int32
	nums       []int32
	// known holds where the records of the hot answers' hits are, by
	// document (see Hot.Where).
	known map[int]RecordAt

	mu        sync.Mutex // held by a search
	smu       sync.Mutex // guards stats
	stats     Stats
	ix        *search.Index
	facets    *Facets
	dict      map[string]Loc         // term → postings, for the dictionary shards read
	dictIn    []bool                 // by shard of Manifest.Dict
	post      map[int][]byte         // postings files fetched whole
	colFiles  [Groups]map[int][]byte // column files fetched whole, by group
	setTerm   map[string]bool
	setAct    map[string]bool
	read      [Groups][]bool     // the column chunks read, by group
	hotShards map[int]*HotShard  // the shards of hot answers read
	hotKept   map[string]Hot     // the hot answers decoded
	records   map[int][]RecordAt // where the article records are, by chunk (Where read)
	arts      map[int]*article   // article records read
}

// article is an article record read, parsed.
type article struct {
	a   *corpus.Article
	rec *Record
}

// Open reads the manifest and the catalogue of a pack.
func Open(f Fetcher) (*Reader, error) {
	r := &Reader{f: f, dict: map[string]Loc{}, post: map[int][]byte{}, colFiles: [Groups]map[int][]byte{{}, {}, {}}, setTerm: map[string]bool{},
		setAct: map[string]bool{}, records: map[int][]RecordAt{}, arts: map[int]*article{}, hotShards: map[int]*HotShard{}, hotKept: map[string]Hot{}, known: map[int]RecordAt{}}
	b, err := r.fetch(ManifestName)
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, &Error{File: ManifestName, Msg: err.Error()}
	}
	if m.Format != Version {
		return nil, &Error{File: ManifestName, Msg: fmt.Sprintf("format version %d, this reader reads %d", m.Format, Version)}
	}
	if m.Articles <= 0 || m.DocsPerChunk <= 0 || m.Months <= 0 || !m.chunksValid() {
		return nil, &Error{File: ManifestName, Msg: "inconsistent counts of articles, months and column chunks"}
	}
	r.m = &m
	p, err := r.open(m.Catalogue, KindCatalogue)
	if err != nil {
		return nil, err
	}
	if r.cat, err = DecodeCatalogue(m.Catalogue, p); err != nil {
		return nil, err
	}
	r.dictIn = make([]bool, len(m.Dict))
	for g := range r.read {
		r.read[g] = make([]bool, m.chunkCount())
	}
	types := make(map[string]string, len(r.cat.Actors))
	names := make(map[string][]string, len(r.cat.Actors))
	var with []string
	r.withNumber = make([]int32, len(r.cat.Actors))
	for k, a := range r.cat.Actors {
		r.ids, r.types = append(r.ids, a.ID), append(r.types, a.Type)
		types[a.ID], names[a.ID] = a.Type, a.Names
		r.withNumber[k] = -1
		if a.DF > 0 {
			r.withNumber[k] = int32(len(with))
			with = append(with, a.ID)
		}
	}
	aliases := r.cat.Aliases
	cfg := search.Config{
		Types: types, Names: names,
		Alias: func(fold string) []string { return aliases[fold] },
		Mentions: func(d int) []search.Mention {
			if x := r.arts[d]; x != nil {
				return x.rec.Mentions
			}
			return nil
		},
	}
	sh := search.Shape{Docs: m.Articles, AvgLen: m.AvgLen, MinMonth: m.MinMonth, Months: m.Months, Actors: with, Grams: m.GramRule == search.GramRule}
	r.ix = search.NewPartial(sh, cfg, func(d int) *corpus.Article {
		if x := r.arts[d]; x != nil {
			return x.a
		}
		return nil
	})
	return r, nil
}

// Manifest returns the pack's manifest.
func (r *Reader) Manifest() *Manifest { return r.m }

// Catalogue returns the pack's actors.
func (r *Reader) Catalogue() *Catalogue { return r.cat }

// Facets returns the facet tables (articles per month, and per month by
// actor number, actor type and event type), fetching them on first use.
func (r *Reader) Facets() (*Facets, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.loadFacets()
}

// loadFacets reads the facet tables unless read already; r.mu is held.
func (r *Reader) loadFacets() (*Facets, error) {
	if r.facets == nil {
		p, err := r.open(r.m.Facets, KindFacets)
		if err != nil {
			return nil, err
		}
		f, err := DecodeFacets(r.m.Facets, p, r.m.Months)
		if err != nil {
			return nil, err
		}
		r.facets = f
	}
	return r.facets, nil
}

// Gazetteer fetches the gazetteer the pack's articles were analysed with:
// its name (the file's) and its text, as actors.ParseGazetteer reads it.
func (r *Reader) Gazetteer() (name string, data []byte, err error) {
	if r.m.Gazetteer == "" {
		return ManifestName, nil, &Error{File: ManifestName, Msg: "no gazetteer named"}
	}
	data, err = r.open(r.m.Gazetteer, KindGazetteer)
	return r.m.Gazetteer, data, err
}

// Stats returns what the reader fetched so far.
func (r *Reader) Stats() Stats {
	r.smu.Lock()
	defer r.smu.Unlock()
	return r.stats
}

// fetch fetches a file and counts it.
func (r *Reader) fetch(name string) ([]byte, error) {
	b, err := r.f.Fetch(name)
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	r.count(len(b))
	return b, nil
}

func (r *Reader) count(n int) {
	r.smu.Lock()
	r.stats.Files++
	r.stats.Bytes += int64(n)
	r.smu.Unlock()
}

// open fetches a file of the kind and returns its payload.
func (r *Reader) open(name, kind string) ([]byte, error) {
	b, err := r.fetch(name)
	if err != nil {
		return nil, err
	}
	return OpenFile(name, kind, b)
}

// fetchAll runs the fetches fn(i) for i in [0, n), parallelFetches at a
// time, and returns the first error.
func fetchAll(n int, fn func(i int) error) error {
	errs := make([]error, n)
	sem := make(chan struct{}, parallelFetches)
	var wg sync.WaitGroup
	for i := range n {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			errs[i] = fn(i)
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Search answers st as (*search.Index).Search over the whole corpus does:
// the total, the page of hits (limit after offset) with scores and
// snippets, the facets over every matching article and the notices. It
// fetches what the query needs and has not fetched before.
func (r *Reader) Search(st search.State, limit, offset int) (search.Result, []search.Notice, error) {
	q, notes := search.ParseQuery(st.Q)
	r.mu.Lock()
	defer r.mu.Unlock()
	if res, ok, err := r.hot(q, st, limit, offset); err != nil || ok {
		return res, notes, err
	}
	empty, err := r.load(q, st)
	switch {
	case err != nil:
		return search.Result{}, notes, err
	case empty:
		return r.emptyQuery(q, st, limit, offset, notes)
	}
	return r.page(q, st, limit, offset, notes)
}

// Ranked returns the documents of the first n hits of st (a query of
// words without filters), in its order, without snippets and without
// reading an article record or a hot answer: what a hot answer holds
// beyond its page (Hot.More), worked out when packing.
func (r *Reader) Ranked(st search.State, n int) ([]int, error) {
	q, _ := search.ParseQuery(st.Q)
	r.mu.Lock()
	defer r.mu.Unlock()
	empty, err := r.load(q, st)
	if err != nil || empty {
		return nil, err
	}
	all, _ := r.ix.Matches(st)
	return all[:min(n, len(all))], nil
}

// HotRanked returns the documents of the first n hits of st, and the
// number of documents that match, from st's hot answer when the pack
// holds one with that many hits (its page and Hot.More); ok is false
// otherwise.
func (r *Reader) HotRanked(st search.State, n int) (docs []int, total int, ok bool, err error) {
	q, _ := search.ParseQuery(st.Q)
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := r.hotClause(q, st)
	if !ok || st.Sort != search.Relevance {
		return nil, 0, false, nil
	}
	h, found, err := r.hotAnswer(c.String())
	if err != nil || !found {
		return nil, 0, false, err
	}
	for _, x := range h.Result.Hits {
		docs = append(docs, x.Index)
	}
	docs = append(docs, h.More...)
	if len(docs) < min(n, h.Result.Total) {
		return nil, 0, false, nil
	}
	// Where their records are: Articles reads them without reading the
	// chunks that say so.
	for i, x := range h.Result.Hits {
		if i < len(h.Where) {
			r.known[x.Index] = h.Where[i]
		}
	}
	for i, d := range h.More {
		if i < len(h.MoreWhere) {
			r.known[d] = h.MoreWhere[i]
		}
	}
	r.smu.Lock()
	r.stats.Hot++
	r.smu.Unlock()
	return docs[:min(n, len(docs))], h.Result.Total, true, nil
}

// load fetches what a search of q and st reads and has not fetched yet:
// the dictionary shards of its words, their postings and the columns of
// the documents that can match; empty reports a state without query or
// filter, which reads none of that (see emptyQuery).
func (r *Reader) load(q search.Query, st search.State) (empty bool, err error) {
	// The dictionary shards the words need, then the postings.
	exact, prefixes := r.ix.Lookups(q)
	if err := r.loadDict(exact, prefixes); err != nil {
		return false, err
	}
	terms, actors := r.ix.Needs(q)
	if !q.Positive() {
		// Without a word, the filtered actors' documents are the only
		// candidates (see below); else the columns filter them.
		actors = append(actors, st.Actors...)
	}
	if err := r.loadPostings(terms, actors); err != nil {
		return false, err
	}
	// The columns of the documents that can match.
	if len(q.Clauses) == 0 && len(st.Actors) == 0 && st.Type == "" && st.From.IsZero() && st.To.IsZero() &&
		st.EFrom.IsZero() && st.ETo.IsZero() {
		return true, nil
	}
	cands, ok := r.ix.Candidates(q)
	if !ok && len(st.Actors) > 0 {
		cands, ok = r.actorDocs(st.Actors), true
	}
	var chunks []int
	if ok {
		for _, d := range cands {
			if c := int(d) / r.m.DocsPerChunk; len(chunks) == 0 || chunks[len(chunks)-1] != c {
				chunks = append(chunks, c)
			}
		}
	} else {
		for c := range r.m.chunkCount() {
			chunks = append(chunks, c)
		}
	}
	extra := !st.EFrom.IsZero() || !st.ETo.IsZero()
	for _, c := range q.Clauses {
		extra = extra || (c.Phrase && !c.Negate)
	}
	groups := []int{Core}
	if extra {
		groups = append(groups, Extra)
	}
	return false, r.loadDocs(chunks, groups...)
}

// HotClause reports whether a query of the clause c alone can have a hot
// answer: a word (also a prefix) or a phrase of several words, not
// negated. The answer's key is c.String().
func HotClause(c search.Clause) bool {
	if c.Negate {
		return false
	}
	if c.Phrase {
		return len(c.Words) > 1
	}
	return c.Prefix && len(c.Words) == 1
}

// hot answers a query of one word or phrase alone, without filters,
// from the hot answers, when the pack holds that word's or phrase's: the
// page asked for when it is within the answer's, sorted by relevance.
// Sorted by date, a word's answer gives the total and the facets, which
// do not depend on the order, and the page's hits are worked out from the
// word's postings and the columns of the page's documents alone.
func (r *Reader) hot(q search.Query, st search.State, limit, offset int) (search.Result, bool, error) {
	c, ok := r.hotClause(q, st)
	if !ok || offset < 0 {
		return search.Result{}, false, nil
	}
	sorted := st.Sort != search.Relevance && limit > 0
	if (sorted && c.Phrase) || (!sorted && limit > 0 && offset+limit > HotPage) {
		return search.Result{}, false, nil
	}
	h, found, err := r.hotAnswer(c.String())
	if err != nil || !found {
		return search.Result{}, false, err
	}
	res := h.Result
	page := h.Page(st.Sort)
	switch {
	case sorted && page != nil && (offset+limit <= len(page.Hits) || len(page.Hits) == res.Total):
		// The answer's sorted page: no postings, no columns.
		res.Hits = page.Hits[min(offset, len(page.Hits)):min(len(page.Hits), offset+limit)]
		for i, x := range page.Hits {
			r.known[x.Index] = page.Where[i]
		}
	case sorted:
		hits, ok, err := r.sortedHits(q, st, limit, offset)
		if err != nil || !ok {
			return search.Result{}, false, err
		}
		res.Hits = hits
	case limit <= 0 || offset >= len(res.Hits):
		res.Hits = nil
	default:
		res.Hits = res.Hits[offset:min(len(res.Hits), offset+limit)]
	}
	// Where the records of the answer's page are: Articles reads them
	// without reading the chunks that say so.
	for i, x := range h.Result.Hits {
		if i < len(h.Where) {
			r.known[x.Index] = h.Where[i]
		}
	}
	r.smu.Lock()
	r.stats.Hot++
	r.smu.Unlock()
	return res, true, nil
}

// hotClause returns the one clause of q when a query of q with the
// filters of st can have a hot answer (see HotClause): no filter.
func (r *Reader) hotClause(q search.Query, st search.State) (search.Clause, bool) {
	if len(q.Clauses) != 1 || len(r.m.Hot) == 0 {
		return search.Clause{}, false
	}
	c := q.Clauses[0]
	if !HotClause(c) || len(st.Actors) > 0 || st.Type != "" || !st.From.IsZero() || !st.To.IsZero() ||
		!st.EFrom.IsZero() || !st.ETo.IsZero() {
		return search.Clause{}, false
	}
	return c, true
}

// HotCards returns the cards of the first hits of st's hot answer, when
// st has one sorted by relevance and docs are the numbers of its first
// hits: a card's actors depend on the query's facets and its lead on
// whether the hit has snippets, so an answer's cards serve its own page
// only.
func (r *Reader) HotCards(st search.State, docs []int) ([]HotCard, bool) {
	q, _ := search.ParseQuery(st.Q)
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := r.hotClause(q, st)
	if !ok {
		return nil, false
	}
	h, found, err := r.hotAnswer(c.String())
	if err != nil || !found {
		return nil, false
	}
	p := h.Page(st.Sort)
	if p == nil || len(docs) > len(p.Hits) || len(p.Cards) != len(p.Hits) {
		return nil, false
	}
	for i, d := range docs {
		if p.Hits[i].Index != d {
			return nil, false
		}
	}
	return p.Cards[:len(docs)], true
}

// hotAnswer returns the hot answer of key, if the pack has one.
func (r *Reader) hotAnswer(key string) (Hot, bool, error) {
	if h, ok := r.hotKept[key]; ok {
		return h, true, nil
	}
	i := sort.Search(len(r.m.Hot), func(i int) bool { return r.m.Hot[i].First > key }) - 1
	if i < 0 || key > r.m.Hot[i].Last {
		return Hot{}, false, nil
	}
	hs, ok := r.hotShards[i]
	if !ok {
		name := r.m.Hot[i].File
		p, err := r.open(name, KindHot)
		if err != nil {
			return Hot{}, false, err
		}
		if hs, err = DecodeHotShard(name, p); err != nil {
			return Hot{}, false, err
		}
		r.hotShards[i] = hs
	}
	k, found := hs.Find(key)
	if !found {
		return Hot{}, false, nil
	}
	h, err := hs.Answer(k, r.ids, r.types, r.m.MinMonth)
	if err != nil {
		return Hot{}, false, err
	}
	r.hotKept[key] = h
	return h, true, nil
}

// sortedHits returns the page of hits of a query of one word, without
// filters, sorted by date: every document its postings find matches, so
// the page's documents are the first or last of them, and only their
// columns are read. ok is false when the postings give no candidates.
func (r *Reader) sortedHits(q search.Query, st search.State, limit, offset int) ([]search.Hit, bool, error) {
	exact, prefixes := r.ix.Lookups(q)
	if err := r.loadDict(exact, prefixes); err != nil {
		return nil, false, err
	}
	if err := r.loadPostings(r.ix.Needs(q)); err != nil {
		return nil, false, err
	}
	cands, ok := r.ix.Candidates(q)
	if !ok {
		return nil, false, nil
	}
	k := min(len(cands), offset+limit)
	top := cands[len(cands)-k:]
	if st.Sort == search.Oldest {
		top = cands[:k]
	}
	var chunks []int
	for _, d := range top {
		chunks = append(chunks, int(d)/r.m.DocsPerChunk)
	}
	if err := r.loadDocs(chunks, Core); err != nil {
		return nil, false, err
	}
	res, _, err := r.page(q, st, limit, offset, nil)
	return res.Hits, err == nil, err
}

// page runs the query over the index as it is, then fetches the articles
// of the page of hits and runs it again for their snippets.
func (r *Reader) page(q search.Query, st search.State, limit, offset int, notes []search.Notice) (search.Result, []search.Notice, error) {
	res := r.ix.Run(q, st, limit, offset)
	var need []int
	for _, h := range res.Hits {
		if r.arts[h.Index] == nil {
			need = append(need, h.Index)
		}
	}
	if len(need) == 0 {
		return res, notes, nil
	}
	var chunks []int
	for _, d := range need {
		chunks = append(chunks, d/r.m.DocsPerChunk)
	}
	if err := r.loadDocs(chunks, Core, Where); err != nil {
		return search.Result{}, notes, err
	}
	if err := r.loadArticles(need); err != nil {
		return search.Result{}, notes, err
	}
	return r.ix.Run(q, st, limit, offset), notes, nil
}

// emptyQuery answers a state without query or filter: the facet tables
// give the total and facets, the columns of the page's documents its hits
// (every document matches, newest first unless st.Sort is Oldest).
func (r *Reader) emptyQuery(q search.Query, st search.State, limit, offset int, notes []search.Notice) (search.Result, []search.Notice, error) {
	if _, err := r.loadFacets(); err != nil {
		return search.Result{}, notes, err
	}
	n := r.m.Articles
	var res search.Result
	offset = max(offset, 0)
	if limit > 0 && offset < n {
		// The page's documents [lo, hi), in the corpus's order.
		lo, hi := offset, min(n, offset+limit)
		if st.Sort != search.Oldest {
			lo, hi = n-hi, n-offset
		}
		var chunks []int
		for c := lo / r.m.DocsPerChunk; c <= (hi-1)/r.m.DocsPerChunk; c++ {
			chunks = append(chunks, c)
		}
		if err := r.loadDocs(chunks, Core); err != nil {
			return search.Result{}, notes, err
		}
		// Every document whose columns are read matches: those before the
		// page in the result's order come before its offset among them.
		sub := 0
		for c, in := range r.read[Core] {
			if !in {
				continue
			}
			for d := c * r.m.DocsPerChunk; d < min(r.m.Articles, (c+1)*r.m.DocsPerChunk); d++ {
				if (st.Sort == search.Oldest && d < lo) || (st.Sort != search.Oldest && d >= hi) {
					sub++
				}
			}
		}
		var err error
		if res, notes, err = r.page(q, st, hi-lo, sub, notes); err != nil {
			return res, notes, err
		}
	}
	res.Total = n
	res.Facets = search.Facets{}
	for m, c := range r.facets.Months {
		if c > 0 {
			res.Facets.Months = append(res.Facets.Months, search.MonthCount{Month: corpus.MonthAt(m + r.m.MinMonth).String(), Count: c})
		}
	}
	for k, row := range r.facets.Actors {
		c := 0
		for _, x := range row {
			c += x
		}
		if c > 0 && k < len(r.cat.Actors) {
			a := r.cat.Actors[k]
			res.Facets.Actors = append(res.Facets.Actors, search.ActorCount{ID: a.ID, Type: a.Type, Count: c})
		}
	}
	sort.Slice(res.Facets.Actors, func(i, j int) bool {
		x, y := res.Facets.Actors[i], res.Facets.Actors[j]
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		return x.ID < y.ID
	})
	return res, notes, nil
}

// loadDict fetches the dictionary shards that can hold the exact terms
// and the terms starting with the prefixes, and adds their terms.
func (r *Reader) loadDict(exact, prefixes []string) error {
	var need []int
	want := func(i int) {
		if !r.dictIn[i] && !slices.Contains(need, i) {
			need = append(need, i)
		}
	}
	for _, t := range exact {
		// The last shard whose first term is at most t.
		i := sort.Search(len(r.m.Dict), func(i int) bool { return r.m.Dict[i].First > t }) - 1
		if i >= 0 && t <= r.m.Dict[i].Last {
			want(i)
		}
	}
	for _, p := range prefixes {
		for i, s := range r.m.Dict {
			if s.Last >= p && (s.First < p || strings.HasPrefix(s.First, p)) {
				want(i)
			}
		}
	}
	got := make([][]DictEntry, len(need))
	err := fetchAll(len(need), func(k int) error {
		name := r.m.Dict[need[k]].File
		p, err := r.open(name, KindDict)
		if err != nil {
			return err
		}
		got[k], err = DecodeDict(name, p)
		return err
	})
	if err != nil {
		return err
	}
	var add []string
	var dfs []int
	for k, es := range got {
		r.dictIn[need[k]] = true
		for _, e := range es {
			r.dict[e.Term] = e.Loc
			add, dfs = append(add, e.Term), append(dfs, e.DF)
		}
	}
	r.ix.AddTerms(add, dfs)
	return nil
}

// loadPostings fetches the postings of the terms and actors not set yet
// and sets them.
func (r *Reader) loadPostings(terms, actors []string) error {
	type piece struct {
		term  string
		actor bool
		loc   Loc
	}
	var ps []piece
	for _, t := range terms {
		if l, ok := r.dict[t]; ok && !r.setTerm[t] {
			ps = append(ps, piece{t, false, l})
		}
	}
	for _, a := range actors {
		k, ok := slices.BinarySearch(r.ids, a)
		if ok && !r.setAct[a] && r.cat.Actors[k].DF > 0 {
			ps = append(ps, piece{a, true, r.cat.Actors[k].Loc})
		}
	}
	got, err := r.pieces(r.m.Postings, KindPostings, r.post, len(ps), func(k int) Loc { return ps[k].loc })
	if err != nil {
		return err
	}
	for k, p := range ps {
		name := r.m.Postings[p.loc.File]
		b, err := OpenPiece(name, got[k])
		if err != nil {
			return err
		}
		if p.actor {
			docs, tf, err := DecodeActorDocs(name, b)
			if err != nil {
				return err
			}
			r.ix.SetActorDocs(p.term, docs, tf)
			r.setAct[p.term] = true
			continue
		}
		post, err := DecodePostings(name, b)
		if err != nil {
			return err
		}
		r.ix.SetPostings(p.term, post)
		r.setTerm[p.term] = true
	}
	return nil
}

// rangeGap is how many bytes apart two pieces of a file may be and still
// be fetched by one range request: fewer requests for a few bytes more
// (the terms of a prefix are neighbours).
const rangeGap = 4 << 10

// pieces fetches the n pieces at loc(0) … loc(n-1) of the files of the
// kind named by files: by range requests where the fetcher can (one per
// run of neighbouring pieces of a file), else by fetching each file whole
// (kept in whole, by number, for the next calls, and checked against its
// name).
func (r *Reader) pieces(files []string, kind string, whole map[int][]byte, n int, loc func(k int) Loc) ([][]byte, error) {
	out := make([][]byte, n)
	for k := range n {
		if l := loc(k); l.File < 0 || l.File >= len(files) || l.Off < 0 || l.Len < 0 {
			return nil, &Error{File: ManifestName, Msg: fmt.Sprintf("no %s file %d, or a bad range in it", kind, l.File)}
		}
	}
	rf, ranges := r.f.(RangeFetcher)
	if !ranges {
		var need []int
		for k := range n {
			if f := loc(k).File; whole[f] == nil && !slices.Contains(need, f) {
				need = append(need, f)
			}
		}
		got := make([][]byte, len(need))
		err := fetchAll(len(need), func(i int) error {
			name := files[need[i]]
			b, err := r.fetch(name)
			if err == nil {
				err = CheckName(name, b)
			}
			if err == nil {
				err = checkHeader(name, kind, b)
			}
			got[i] = b
			return err
		})
		if err != nil {
			return nil, err
		}
		for i, f := range need {
			whole[f] = got[i]
		}
		for k := range n {
			l := loc(k)
			b := whole[l.File]
			if l.Off+l.Len > len(b) {
				return nil, &Error{File: files[l.File], Msg: "a record past the end of the file"}
			}
			out[k] = b[l.Off : l.Off+l.Len]
		}
		return out, nil
	}
	// Runs of neighbouring pieces, by file and offset.
	order := make([]int, n)
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(a, b int) int {
		la, lb := loc(a), loc(b)
		if la.File != lb.File {
			return la.File - lb.File
		}
		return la.Off - lb.Off
	})
	type span struct{ file, lo, hi, first, last int }
	var spans []span
	for i, k := range order {
		l := loc(k)
		if len(spans) > 0 {
			sp := &spans[len(spans)-1]
			if sp.file == l.File && l.Off <= sp.hi+rangeGap {
				sp.hi, sp.last = max(sp.hi, l.Off+l.Len), i
				continue
			}
		}
		spans = append(spans, span{l.File, l.Off, l.Off + l.Len, i, i})
	}
	err := fetchAll(len(spans), func(i int) error {
		sp := spans[i]
		name := files[sp.file]
		b, err := rf.FetchRange(name, int64(sp.lo), int64(sp.hi-sp.lo))
		if err == nil && len(b) != sp.hi-sp.lo {
			err = fmt.Errorf("%d bytes, not %d", len(b), sp.hi-sp.lo)
		}
		if err != nil {
			return &Error{File: name, Msg: err.Error()}
		}
		r.count(len(b))
		for _, k := range order[sp.first : sp.last+1] {
			l := loc(k)
			out[k] = b[l.Off-sp.lo : l.Off-sp.lo+l.Len]
		}
		return nil
	})
	return out, err
}

// ActorDocuments returns the documents that mention every actor of ids,
// in the corpus's (date) order, reading their postings: none when the
// catalogue lacks one of them.
func (r *Reader) ActorDocuments(ids ...string) ([]int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.loadPostings(nil, ids); err != nil {
		return nil, err
	}
	docs := r.actorDocs(ids)
	out := make([]int, len(docs))
	for i, d := range docs {
		out[i] = int(d)
	}
	return out, nil
}

// actorDocs returns the documents that mention every actor of ids (whose
// postings are set), in increasing order.
func (r *Reader) actorDocs(ids []string) []int32 {
	var out []int32
	for i, id := range ids {
		docs := r.ix.ActorDocs(id)
		if i == 0 {
			out = slices.Clone(docs)
			continue
		}
		keep := out[:0]
		for _, d := range out {
			if _, ok := slices.BinarySearch(docs, d); ok {
				keep = append(keep, d)
			}
		}
		out = keep
	}
	return out
}

// loadDocs fetches the chunks of the column groups not read yet (the
// core group is always read first) and sets their documents' columns.
func (r *Reader) loadDocs(chunks []int, groups ...int) error {
	if slices.Contains(groups, Extra) && !slices.Contains(groups, Core) {
		groups = append(groups, Core) // read already, or along
	}
	type job struct{ chunk, group int }
	var jobs []job
	chunks = slices.Clone(chunks)
	slices.Sort(chunks)
	for _, c := range slices.Compact(chunks) {
		for _, g := range groups {
			if !r.read[g][c] {
				jobs = append(jobs, job{c, g})
			}
		}
	}
	// Each group's pieces are fetched together (the groups at once).
	var byGroup [Groups][]int  // chunks
	var at [Groups]map[int]int // chunk → its piece in got
	var got [Groups][][]byte
	var order []int // the chunks, once each, in order
	for g := range at {
		at[g] = map[int]int{}
	}
	for _, j := range jobs {
		at[j.group][j.chunk] = len(byGroup[j.group])
		byGroup[j.group] = append(byGroup[j.group], j.chunk)
		if len(order) == 0 || order[len(order)-1] != j.chunk {
			order = append(order, j.chunk)
		}
	}
	err := fetchAll(Groups, func(g int) error {
		cs := byGroup[g]
		if len(cs) == 0 {
			return nil
		}
		var err error
		got[g], err = r.pieces(r.m.groupFiles(g), KindDocs, r.colFiles[g], len(cs), func(k int) Loc { return r.m.chunkLoc(g, cs[k]) })
		return err
	})
	if err != nil {
		return err
	}
	// Then a chunk at a time, its groups decoded into one buffer (they
	// fill different fields of its documents) and kept by the index (core
	// and extra) and in records: a broad search never holds the decoded
	// columns of every chunk at once, nor keeps them twice.
	var buf []Doc
	for _, c := range order {
		n := min(r.m.DocsPerChunk, r.m.Articles-c*r.m.DocsPerChunk)
		if cap(buf) < n {
			buf = make([]Doc, n)
		}
		docs := buf[:n]
		clear(docs)
		for g := range Groups {
			k, ok := at[g][c]
			if !ok {
				continue
			}
			name := r.m.groupFiles(g)[r.m.chunkLoc(g, c).File]
			p, err := OpenPiece(name, got[g][k])
			if err != nil {
				return err
			}
			if err := DecodeDocNumbers(name, p, len(r.ids), g, docs); err != nil {
				return err
			}
		}
		base := c * r.m.DocsPerChunk
		_, core := at[Core][c]
		_, extra := at[Extra][c]
		switch {
		case core:
			// With the extra columns when read along (never before).
			for i := range docs {
				r.setDoc(base+i, docs[i])
			}
		case extra:
			for i := range docs {
				r.ix.SetDocExtra(base+i, docs[i].DocColumns)
			}
		}
		if _, ok := at[Where][c]; ok {
			w := make([]RecordAt, n)
			for i := range docs {
				w[i] = docs[i].RecordAt
			}
			r.records[c] = w
		}
	}
	for _, j := range jobs {
		r.read[j.group][j.chunk] = true
	}
	return nil
}

// setDoc sets the columns of document d in the index, its actors by
// number (see withNumber).
func (r *Reader) setDoc(d int, x Doc) {
	nums := r.nums[:0]
	for _, k := range x.ActorNumbers {
		w := r.withNumber[k]
		if w < 0 {
			// An actor no document's postings name: by id, as the index
			// takes any.
			x.Actors = nil
			for _, k := range x.ActorNumbers {
				x.Actors = append(x.Actors, r.ids[k])
			}
			r.ix.SetDoc(d, x.DocColumns)
			return
		}
		nums = append(nums, w)
	}
	r.ix.SetDocNumbered(d, x.DocColumns, nums)
	r.nums = nums
}

// whereKnown reports whether it is known where the article record of
// document d is: its chunk's Where columns are read, or a hot answer said.
func (r *Reader) whereKnown(d int) bool {
	_, ok := r.known[d]
	return ok || r.read[Where][d/r.m.DocsPerChunk]
}

// where returns where the article record of document d is, from its
// chunk when read, else from the hot answer that said.
func (r *Reader) where(d int) RecordAt {
	if r.read[Where][d/r.m.DocsPerChunk] {
		return r.records[d/r.m.DocsPerChunk][d%r.m.DocsPerChunk]
	}
	return r.known[d]
}

// loadArticles fetches the article records of the documents (whose
// columns are read): by range requests when the fetcher does them, else
// their files, which are not kept (see pieces).
func (r *Reader) loadArticles(docs []int) error {
	recs, err := r.pieces(r.m.Texts, KindTexts, map[int][]byte{}, len(docs), func(k int) Loc { return r.where(docs[k]).Text })
	if err != nil {
		return err
	}
	for k, d := range docs {
		x := r.where(d)
		name := r.m.Texts[x.Text.File]
		rec, err := DecodeRecord(name, recs[k], x.CRC)
		if err != nil {
			return err
		}
		a, err := corpus.Parse(rec.Name, rec.Data)
		if err != nil {
			return &Error{File: name, Msg: "article record of " + rec.Name + ": " + err.Error()}
		}
		r.arts[d] = &article{a: a, rec: rec}
	}
	return nil
}

// ReadFiles fetches the list of the files of the pack m describes (every
// file but the manifest, the list itself included).
func ReadFiles(f Fetcher, m *Manifest) ([]FileInfo, error) {
	b, err := f.Fetch(m.Files)
	if err != nil {
		return nil, &Error{File: m.Files, Msg: err.Error()}
	}
	p, err := OpenFile(m.Files, KindFiles, b)
	if err != nil {
		return nil, err
	}
	var out []FileInfo
	if err := json.Unmarshal(p, &out); err != nil {
		return nil, &Error{File: m.Files, Msg: err.Error()}
	}
	return append(out, FileInfo{Name: m.Files, Size: int64(len(b)), SHA256: SHA256(b)}), nil
}

// Articles returns the articles of the documents docs (numbers in the
// corpus's order, as search.Hit.Index gives them) and their records,
// fetching the records not read yet (with range requests when the fetcher
// does them) and where they are, in parallel.
func (r *Reader) Articles(docs []int) ([]*corpus.Article, []*Record, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var need, chunks []int
	for _, d := range docs {
		if d < 0 || d >= r.m.Articles {
			return nil, nil, &Error{File: ManifestName, Msg: fmt.Sprintf("no document %d: the pack has %d", d, r.m.Articles)}
		}
		if r.arts[d] == nil && !slices.Contains(need, d) {
			need = append(need, d)
			if !r.whereKnown(d) {
				chunks = append(chunks, d/r.m.DocsPerChunk)
			}
		}
	}
	if len(need) > 0 {
		if err := r.loadDocs(chunks, Where); err != nil {
			return nil, nil, err
		}
		if err := r.loadArticles(need); err != nil {
			return nil, nil, err
		}
	}
	arts, recs := make([]*corpus.Article, len(docs)), make([]*Record, len(docs))
	for i, d := range docs {
		arts[i], recs[i] = r.arts[d].a, r.arts[d].rec
	}
	return arts, recs, nil
}
