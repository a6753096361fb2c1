package search

import (
	"slices"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/strmap"
	"corpusexplorer/app/text"
)

// This file lets the engine run over an index that is not built from a
// corpus in memory but assembled, a piece at a time, from what a pack
// holds (see app/packs): the dictionary, the postings of the terms a query
// needs, the columns of the documents that can match and the articles of
// the page of hits. The pieces come out of IndexDoc, which indexes one
// document exactly as Builder does, so that a search over the assembled
// index answers as one over the whole index.

// DocTerm is one index term of a document, as IndexDoc finds it: the
// weighted term frequency, the token positions in increasing order and
// the fold of the word at each position.
type DocTerm struct {
	Term  string
	TF    float32
	Pos   []int32
	Folds []string // parallel to Pos
}

// DocColumns is what the index keeps of a document besides its terms:
// what scoring, filters and facets look at.
type DocColumns struct {
	// Length is the weighted number of tokens (see TitleWeight).
	Length float32
	// Title and Lead are the token ranges of the title and the lead.
	Title, Lead corpus.Range
	// Lo and Hi are the day keys (YYYYMMDD) of the first and last day the
	// publication date covers; Month its corpus.Date.MonthIndex.
	Lo, Hi, Month int
	// Actors are the sorted ids of the actors the document mentions and
	// ActorTF the weighted number of mentions of each (set only when the
	// configuration has Names).
	Actors  []string
	ActorTF []float32
	// Happened are the day keys of the days its happenings cover.
	Happened [][2]int
}

// IndexDoc indexes article a, document d of a corpus indexed with cfg,
// as Builder does: its columns and its terms in the order of their first
// occurrence. stems caches the stems of folded words between calls (it
// may be nil; it must not be shared between goroutines).
func IndexDoc(a *corpus.Article, d int, cfg Config, stems map[string]string) (DocColumns, []DocTerm) {
	var dc DocColumns
	dc.Title, dc.Lead = titleLead(a)
	var terms docTerms
	for i, t := range a.Tokens {
		if t.Kind == text.Punct {
			continue
		}
		term := t.Fold()
		if stemmed(a, i) {
			s, ok := stems[t.Fold()]
			if !ok {
				s = text.Stem(t.Fold())
				if stems != nil {
					stems[t.Fold()] = s
				}
			}
			term = s
		}
		w := fieldWeight(i, dc.Title, dc.Lead)
		dc.Length += w
		terms.add(term, w, i, t.Fold())
	}
	dc.Lo, dc.Hi = dayKey(a.Date, false), dayKey(a.Date, true)
	if a.Date.Day == 0 {
		dc.Hi = a.Date.Year*10000 + a.Date.Month*100 + corpus.DaysIn(a.Date.Year, a.Date.Month)
	}
	dc.Month = a.Date.MonthIndex()
	if cfg.Happened != nil {
		dc.Happened = cfg.Happened(d)
	}
	if cfg.Actors != nil {
		acts := slices.Clone(cfg.Actors(d))
		slices.Sort(acts)
		dc.Actors = slices.Compact(acts)
		if cfg.Names != nil {
			var ms []Mention
			if cfg.Mentions != nil {
				ms = cfg.Mentions(d)
			}
			dc.ActorTF = mentionWeights(a, dc.Actors, dc.Title, dc.Lead, ms)
		}
	}
	return dc, terms.terms
}

// docTerms collects the terms of one document in the order of their
// first occurrence (see IndexDoc and DocGrams).
type docTerms struct {
	at    map[string]int
	terms []DocTerm
}

// add counts an occurrence of term at token position pos, with weight w
// and the fold of its word.
func (d *docTerms) add(term string, w float32, pos int, fold string) {
	k, ok := d.at[term]
	if !ok {
		if d.at == nil {
			d.at = map[string]int{}
		}
		k = len(d.terms)
		d.at[term] = k
		d.terms = append(d.terms, DocTerm{Term: term})
	}
	t := &d.terms[k]
	t.TF += w
	t.Pos = append(t.Pos, int32(pos))
	t.Folds = append(t.Folds, fold)
}

// Postings are the postings of one term: the documents in increasing
// order, the weighted term frequency in each, where each document's
// positions start in Pos, and the positions. When the positions have
// several folds (a stem shared by several words), Variants lists them and
// FV gives the index of each position's fold; else Fold is the one fold.
type Postings struct {
	Docs     []int32
	TF       []float32
	Offs     []int32
	Pos      []int32
	Fold     string
	Variants []string
	FV       []int32
}

// Shape is what an index assembled from pieces (NewPartial) knows of the
// whole corpus before any piece is added.
type Shape struct {
	// Docs is the number of documents and AvgLen their mean weighted
	// length (the sum of the lengths, in document order, over Docs).
	Docs   int
	AvgLen float64
	// MinMonth and Months are the first month (corpus.Date.MonthIndex)
	// and the number of months the documents span.
	MinMonth, Months int
	// Actors are the sorted ids of the actors some document mentions.
	Actors []string
	// Grams reports that the dictionary holds the common grams of the
	// documents (see GramTerm and DocGrams), which phrases then read.
	Grams bool
}

// NewPartial returns an empty index of the corpus shape sh and
// configuration cfg (only Types, Mentions, Alias and Names are used; the
// documents' actors and happenings come with their columns), to be filled
// with AddTerms, SetPostings, SetActorDocs and SetDoc. A search over it
// considers only the documents whose columns are set, and answers as the
// index built from the whole corpus does when those are every document
// that can match and the postings of every term and actor the query
// needs (Needs) are set. article returns article d, or nil when it is not
// at hand: its hit then has no id and no snippets.
//
// Unlike a built index, a partial one is filled while in use: calls that
// add to it must not run while it searches.
func NewPartial(sh Shape, cfg Config, article func(d int) *corpus.Article) *Index {
	n := sh.Docs
	ix := &Index{
		cfg: cfg, dict: new(strmap.Map[int32]), docs: make([]docInfo, n), avgLen: sh.AvgLen,
		actorDoc: map[string][]int32{}, actorTF: map[string][]float32{}, norm: make([]float64, n),
		actorNames: sh.Actors, minMonth: sh.MinMonth, months: sh.Months,
		article: article, loaded: make([]bool, n), grams: sh.Grams,
	}
	ix.buildNames()
	return ix
}

// AddTerms adds terms to the dictionary of a partial index, with the
// number of documents of each (dfs, parallel to terms); terms already
// there are kept with their postings. Every term a query word expands to
// must be in the dictionary: for a prefix, every term that starts with
// it; for a phrase in an index with grams, its words and its grams.
func (ix *Index) AddTerms(terms []string, dfs []int) {
	all := slices.Collect(ix.dict.Keys())
	df := map[string]int32{}
	for i, t := range terms {
		if !ix.dict.Has(t) {
			all = append(all, t)
			df[t] = int32(dfs[i])
		}
	}
	if len(all) == ix.dict.Len() {
		return
	}
	slices.Sort(all)
	all = slices.Compact(all)
	post := make([]postRef, len(all))
	fold := make([]text.FoldID, len(all))
	ndfs := make([]int32, len(all))
	dict := new(strmap.Map[int32])
	dict.Grow(len(all))
	for i, t := range all {
		if old, ok := ix.lookup(t); ok {
			post[i], fold[i], ndfs[i] = ix.post[old], ix.fold[old], ix.dfs[old]
		} else {
			ndfs[i] = df[t]
		}
		dict.Put(t, int32(i))
	}
	ix.dict, ix.post, ix.fold, ix.dfs = dict, post, fold, ndfs
}

// SetPostings sets the postings of a term of the dictionary (see
// AddTerms) and reports whether the term is in it.
func (ix *Index) SetPostings(term string, p Postings) bool {
	id, ok := ix.lookup(term)
	if !ok {
		return false
	}
	ix.post[id] = ix.addPostings(&postings{docs: p.Docs, tf: p.TF, offs: p.Offs, pos: p.Pos, variants: p.Variants, fv: p.FV})
	ix.fold[id] = text.Intern(p.Fold)
	if len(p.Variants) > 0 {
		ix.fold[id] = 0
	}
	return true
}

// SetActorDocs sets the documents that mention an actor, in increasing
// order, with its weighted number of mentions in each.
func (ix *Index) SetActorDocs(id string, docs []int32, tf []float32) {
	ix.actorDoc[id], ix.actorTF[id] = docs, tf
}

// Alias returns the expansion of a folded query word (Config.Alias), or
// nil.
func (ix *Index) Alias(fold string) []string {
	if ix.cfg.Alias == nil {
		return nil
	}
	return ix.cfg.Alias(fold)
}

// ActorDocs returns the documents that mention the actor, in increasing
// order (for a partial index, as set by SetActorDocs).
func (ix *Index) ActorDocs(id string) []int32 { return ix.actorDoc[id] }

// SetDoc sets the columns of document d of a partial index.
func (ix *Index) SetDoc(d int, c DocColumns) {
	ix.docs[d] = docInfo{length: c.Length, title: c.Title, lead: c.Lead, lo: c.Lo, hi: c.Hi, month: c.Month}
	ix.setHappened(d, c.Happened)
	ix.setDocActors(d, c.Actors, func(a string) (int32, bool) {
		k, ok := slices.BinarySearch(ix.actorNames, a)
		return int32(k), ok
	})
	ix.norm[d] = K1 * (1 - B + B*float64(c.Length)/ix.avgLen)
	ix.loaded[d] = true
}

// SetDocNumbered is SetDoc for columns whose actors come as their
// numbers in the Shape's Actors (c.Actors is not read), as a pack stores
// them: no id is looked up, which for the 100,000 documents of a broad
// query took longer than the rest of it.
func (ix *Index) SetDocNumbered(d int, c DocColumns, actors []int32) {
	ix.docs[d] = docInfo{length: c.Length, title: c.Title, lead: c.Lead, lo: c.Lo, hi: c.Hi, month: c.Month}
	ix.setHappened(d, c.Happened)
	ix.setDocActorNumbers(d, actors)
	ix.norm[d] = K1 * (1 - B + B*float64(c.Length)/ix.avgLen)
	ix.loaded[d] = true
}

// SetDocExtra sets the extra columns of document d, whose other columns
// are set (SetDoc or SetDocNumbered): the title and lead ranges and the
// days its happenings cover, which only phrases and the filter on those
// days read. The other fields of c are not read.
func (ix *Index) SetDocExtra(d int, c DocColumns) {
	ix.docs[d].title, ix.docs[d].lead = c.Title, c.Lead
	ix.setHappened(d, c.Happened)
}

// HasDoc reports whether the columns of document d are set (always true
// for an index built from a corpus).
func (ix *Index) HasDoc(d int) bool { return ix.loaded == nil || ix.loaded[d] }

// Lookups returns what the dictionary must hold for q: the exact terms its
// words may be indexed under (each word's fold and stem, its aliases'
// words and their stems, and in an index with grams the common grams of
// its phrases) and the prefixes whose every term it needs (the fold of a
// prefix word of two letters or more).
func (ix *Index) Lookups(q Query) (exact, prefixes []string) {
	add := func(t string) {
		if !slices.Contains(exact, t) {
			exact = append(exact, t)
		}
	}
	for _, c := range q.Clauses {
		for k, w := range c.Words {
			add(w)
			add(text.Stem(w))
			if c.Phrase {
				for n := 2; ix.grams && n <= min(3, k+1); n++ {
					if g := c.Words[k+1-n : k+1]; isGram(g...) {
						add(GramTerm(g...))
					}
				}
				continue
			}
			for _, al := range ix.Alias(w) {
				for _, aw := range words(al) {
					add(aw)
					add(text.Stem(aw))
				}
			}
		}
		if !c.Phrase && c.Prefix && len(c.Words[0]) >= 2 {
			prefixes = append(prefixes, c.Words[0])
		}
	}
	return exact, prefixes
}

// Needs returns the dictionary terms whose postings a search for q reads
// and the actors whose documents it reads (those its words name), given
// a dictionary that holds ix.Lookups(q).
func (ix *Index) Needs(q Query) (terms, actors []string) {
	var ids []int32
	add := func(id int32) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, u := range ix.units(q) {
		for _, a := range u.actors {
			if !slices.Contains(actors, a) {
				actors = append(actors, a)
			}
		}
		for _, c := range u.c {
			if !c.Phrase {
				for _, id := range ix.expand(c.Words[0], c.Prefix && !c.Negate) {
					add(id)
				}
				continue
			}
			spans, ok := ix.phraseCover(c.Words)
			if !ok {
				continue
			}
			for _, s := range spans {
				w := c.Words[s.off]
				if s.n > 1 {
					if id, ok := ix.lookup(GramTerm(c.Words[s.off : s.off+s.n]...)); ok {
						add(id)
					}
					continue
				}
				if id, ok := ix.lookup(w); ok {
					add(id)
				}
				if id, ok := ix.lookup(text.Stem(w)); ok {
					add(id)
				}
			}
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		terms = append(terms, ix.term(id))
	}
	return terms, actors
}

// Candidates returns, in increasing order, the documents that match every
// positive clause of q (before filters and exclusions), and false when q
// has no positive clause (then every document is a candidate). It reads
// only postings, never document columns.
func (ix *Index) Candidates(q Query) ([]int32, bool) {
	sc := ix.getScratch()
	defer ix.pool.Put(sc)
	_, need, _ := ix.match(q, sc, sc.nextStamp())
	if need == 0 {
		return nil, false
	}
	out := slices.Clone(sc.alive)
	slices.Sort(out)
	return out, true
}
