package search

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/stepsort"
	"corpusexplorer/app/strmap"
	"corpusexplorer/app/text"
)

// BM25 parameters and field weights. A token of the title counts TitleWeight
// times, a token of the lead LeadWeight times, any other token once.
const (
	K1          = 1.2
	B           = 0.75
	TitleWeight = 3
	LeadWeight  = 2
)

// Mention is an actor mention in an article: the bytes of Article.Text it
// covers and the actor id.
type Mention struct {
	text.Span
	ActorID string
}

// Config holds the inputs of an index besides the corpus. Every field is
// optional.
type Config struct {
	// Actors returns the ids of the actors article i mentions.
	Actors func(i int) []string
	// Types maps an actor id to its type (person, organisation, …).
	Types map[string]string
	// Mentions returns the actor mentions of article i, used to mark
	// filtered actors in snippets.
	Mentions func(i int) []Mention
	// Alias expands a folded query word into extra folded index terms, so
	// that an English alias finds the Dutch name (putin → poetin).
	Alias func(fold string) []string
	// Names maps an actor id to the names that mention the actor (its
	// name and aliases, as written). A query whose consecutive words, or
	// a phrase, spell one of them also finds the articles that mention
	// the actor (see Run), and the names' words join the vocabulary of
	// Suggest.
	Names map[string][]string
	// Happened returns the days the happenings article i tells of cover,
	// each as its first and last day (see DayKey): what the event-date
	// filter (State.EFrom, State.ETo) looks at. Nil means none.
	Happened func(i int) [][2]int
}

// postings holds the postings of one term: the documents in increasing
// order, the weighted term frequency in each and the token positions.
type postings struct {
	docs []int32
	tf   []float32
	offs []int32 // offs[k] is the start of doc k's positions in pos
	pos  []int32
	// For a term whose positions have several folds (a stem shared by
	// several words): the folds, and for each position the index of its
	// fold. Both are nil when every position has the same fold.
	variants []string
	fv       []int32
}

// postRef is where the postings of one term lie in the index's shared
// arrays (see Index.postings). It holds no pointer: a large corpus has
// hundreds of thousands of terms, and the garbage collector, which in
// WebAssembly stops the page while it marks, need not look at them.
type postRef struct {
	d0, d1 int32 // docs, tf and offs are pDocs, pTF and pOffs[d0:d1]
	p0, p1 int32 // positions: pPos[p0:p1]
	fv     int32 // 1 + the start in pFV of the positions' fold variants, 0 for none
	vi     int32 // 1 + the index of the folds in variants, 0 for none
}

// postings returns the postings of term id, as slices of the shared
// arrays (which the caller must not modify).
func (ix *Index) postings(id int32) postings {
	r := ix.post[id]
	p := postings{
		docs: ix.pDocs[r.d0:r.d1:r.d1],
		tf:   ix.pTF[r.d0:r.d1:r.d1],
		offs: ix.pOffs[r.d0:r.d1:r.d1],
		pos:  ix.pPos[r.p0:r.p1:r.p1],
	}
	if r.fv > 0 {
		p.fv = ix.pFV[r.fv-1 : r.fv-1+r.p1-r.p0 : r.fv-1+r.p1-r.p0]
	}
	if r.vi > 0 {
		p.variants = ix.variants[r.vi-1]
	}
	return p
}

// addPostings copies p into the shared arrays and returns where it lies.
func (ix *Index) addPostings(p *postings) postRef {
	r := postRef{d0: int32(len(ix.pDocs)), p0: int32(len(ix.pPos))}
	ix.pDocs = append(ix.pDocs, p.docs...)
	ix.pTF = append(ix.pTF, p.tf...)
	ix.pOffs = append(ix.pOffs, p.offs...)
	ix.pPos = append(ix.pPos, p.pos...)
	r.d1, r.p1 = int32(len(ix.pDocs)), int32(len(ix.pPos))
	if p.fv != nil {
		r.fv = int32(len(ix.pFV)) + 1
		ix.pFV = append(ix.pFV, p.fv...)
	}
	if p.variants != nil {
		ix.variants = append(ix.variants, p.variants)
		r.vi = int32(len(ix.variants))
	}
	return r
}

func (p *postings) positions(k int) []int32 {
	end := len(p.pos)
	if k+1 < len(p.offs) {
		end = int(p.offs[k+1])
	}
	return p.pos[p.offs[k]:end]
}

type docInfo struct {
	length float32 // weighted length
	title  corpus.Range
	lead   corpus.Range
	lo, hi int // dayKey of the first and last day the date covers
	month  int // MonthIndex
	// acts, types and happened are where the document's actors (numbered
	// into actorNames), their types (numbered into typeNames) and the
	// dayKeys of the days its happenings cover lie in the index's shared
	// arrays: a document holds no pointer.
	acts, types, happened span32
}

// span32 is a range [lo, hi) of one of the index's shared arrays.
type span32 struct{ lo, hi int32 }

// docActors returns the numbers (into actorNames) of the actors of
// document d.
func (ix *Index) docActors(d int32) []int32 {
	s := ix.docs[d].acts
	return ix.docActs[s.lo:s.hi:s.hi]
}

// setDocActors sets the actors of document d from their ids (those not in
// actorNames left out) and their types (from Config.Types).
func (ix *Index) setDocActors(d int, ids []string, num func(string) (int32, bool)) {
	di := &ix.docs[d]
	di.acts.lo, di.types.lo = int32(len(ix.docActs)), int32(len(ix.docTypes))
	for _, a := range ids {
		if k, ok := num(a); ok {
			ix.docActs = append(ix.docActs, k)
		}
		t := ix.cfg.Types[a]
		if t == "" {
			continue
		}
		k := slices.Index(ix.typeNames, t)
		if k < 0 {
			k = len(ix.typeNames)
			ix.typeNames = append(ix.typeNames, t)
		}
		if !slices.Contains(ix.docTypes[di.types.lo:], uint16(k)) {
			ix.docTypes = append(ix.docTypes, uint16(k))
		}
	}
	di.acts.hi, di.types.hi = int32(len(ix.docActs)), int32(len(ix.docTypes))
}

// setDocActorNumbers sets the actors of document d from their numbers
// in actorNames, and their types (see actorTypes).
func (ix *Index) setDocActorNumbers(d int, acts []int32) {
	types := ix.actorTypes()
	di := &ix.docs[d]
	di.acts.lo, di.types.lo = int32(len(ix.docActs)), int32(len(ix.docTypes))
	for _, k := range acts {
		if k < 0 || int(k) >= len(types) {
			continue
		}
		ix.docActs = append(ix.docActs, k)
		if t := types[k]; t >= 0 && !slices.Contains(ix.docTypes[di.types.lo:], uint16(t)) {
			ix.docTypes = append(ix.docTypes, uint16(t))
		}
	}
	di.acts.hi, di.types.hi = int32(len(ix.docActs)), int32(len(ix.docTypes))
}

// actorTypes returns the type number (into typeNames, -1 for none) of
// each actor of actorNames, worked out on first use.
func (ix *Index) actorTypes() []int32 {
	if ix.actorType != nil || len(ix.actorNames) == 0 {
		return ix.actorType
	}
	ix.actorType = make([]int32, len(ix.actorNames))
	for i, a := range ix.actorNames {
		t := ix.cfg.Types[a]
		if t == "" {
			ix.actorType[i] = -1
			continue
		}
		k := slices.Index(ix.typeNames, t)
		if k < 0 {
			k = len(ix.typeNames)
			ix.typeNames = append(ix.typeNames, t)
		}
		ix.actorType[i] = int32(k)
	}
	return ix.actorType
}

// hasType reports whether an actor of document d has type number k (none
// has type -1).
func (ix *Index) hasType(d int32, k int) bool {
	if k < 0 {
		return false
	}
	s := ix.docs[d].types
	return slices.Contains(ix.docTypes[s.lo:s.hi], uint16(k))
}

// setHappened sets the days the happenings of document d cover.
func (ix *Index) setHappened(d int, days [][2]int) {
	di := &ix.docs[d]
	di.happened.lo = int32(len(ix.docHappened))
	ix.docHappened = append(ix.docHappened, days...)
	di.happened.hi = int32(len(ix.docHappened))
}

// Index is an inverted index over a corpus. It is read-only once built
// and safe for concurrent searches.
type Index struct {
	c   *corpus.Corpus
	cfg Config
	// dict is the sorted dictionary: term id is entry id of the map,
	// whose value is id (see term and lookup). It holds no pointer for
	// the garbage collector to follow, whatever the number of terms.
	dict *strmap.Map[int32]
	post []postRef // by term id
	// The postings of every term, one after the other (see postRef).
	pDocs, pOffs, pPos, pFV []int32
	pTF                     []float32
	variants                [][]string
	docs                    []docInfo
	avgLen                  float64
	actorDoc                map[string][]int32
	// fold[id] is the one fold every position of term id has, or 0 when
	// the positions have several folds (see postings.variants).
	fold []text.FoldID
	// norm[d] is the BM25 length normalisation of document d.
	norm []float64
	// The documents' actors, their types and the days of their
	// happenings, one document after the other (see docInfo); actors are
	// numbered into actorNames (for facet counting), types into
	// typeNames. Months are counted from minMonth.
	docActs     []int32
	docTypes    []uint16
	docHappened [][2]int
	actorNames  []string
	typeNames   []string
	// actorType is the type number of each actor of actorNames (see
	// actorTypes), nil until a document's actors are set by number.
	actorType []int32
	minMonth  int
	months    int
	pool      sync.Pool // *scratch
	// actorTF[id][k] is the weighted number of mentions of actor id in
	// its k-th document of actorDoc (set with Config.Names).
	actorTF map[string][]float32
	// names maps the folded words of an actor name, joined by spaces, to
	// the sorted ids of the actors it names; nameLen is the most words
	// of a name.
	names   map[string][]string
	nameLen int
	// vocab is the sorted folded words of the articles and the actor
	// names, vdf the number of articles each finds, and nameShow the
	// lower-case written form of each name word.
	vocab    *strmap.Map[int32] // entry x is the x-th word; no lookup by word
	vdf      []int32
	nameShow map[string]string
	// For an index assembled from a pack (see NewPartial): article
	// returns a fetched article (nil when not fetched), and loaded[d]
	// reports that document d's columns are set. Both are nil for an
	// index built from a corpus.
	article func(d int) *corpus.Article
	loaded  []bool
	// grams reports that the dictionary holds the common grams (see
	// GramTerm), set for an index assembled from a pack that has them;
	// dfs[id] is the number of documents of term id in an index assembled
	// from a pack, known before its postings are set.
	grams bool
	dfs   []int32
}

// at returns article d, or nil when an index assembled from a pack has
// not fetched it.
func (ix *Index) at(d int) *corpus.Article {
	if ix.article != nil {
		return ix.article(d)
	}
	return ix.c.At(d)
}

// Corpus returns the corpus the index was built from (nil for an index
// assembled from a pack).
func (ix *Index) Corpus() *corpus.Corpus { return ix.c }

// Terms returns the number of distinct index terms.
func (ix *Index) Terms() int { return ix.dict.Len() }

// term returns the term of id.
func (ix *Index) term(id int32) string { return ix.dict.KeyAt(int(id)) }

// lookup returns the id of term t.
func (ix *Index) lookup(t string) (int32, bool) { return ix.dict.Get(t) }

// foldOf returns the one fold every position of term id has, or "" when
// its positions have several (see fold).
func (ix *Index) foldOf(id int32) string { return ix.fold[id].String() }

// Builder builds an index a few documents at a time, so that a browser can
// repaint between steps.
type Builder struct {
	ix    *Index
	next  int              // the next document to index
	stems map[string]int32 // fold → id of its stem
	// log holds every indexed token as it was added, document after
	// document (logEnd[d] is where document d's occurrences end), in
	// blocks of logBlock: no object per term and no growing array that
	// the garbage collector would charge to the page in one go. Finish
	// sorts it into the index's shared arrays by term.
	log    [][]occurrence
	nlog   int
	logEnd []int32
	// first is the fold of each term's first token; folds is 0 for a term
	// not seen yet, 1 when its tokens have one fold and 2 when they have
	// several (a stem shared by several words).
	first []text.FoldID
	folds []uint8
	// actIDs are the sorted ids of each document's actors, one document
	// after the other (actEnd[d] is where document d's end), interned,
	// until Finish numbers them (see docInfo.acts): no pointer for the
	// collector while the index is built.
	actIDs []text.FoldID
	actEnd []int32
	// fin is where Finish stands.
	fin struct {
		stage, at int
		lo, hi    int
		actorNum  map[string]int32
		ids       []string // scratch: a document's actor ids
		order     []int32
		sorter    *stepsort.Sorter[int32]
		// rank is the new id of each term, in sorted order. For each
		// new id: how many documents and positions it has, the document
		// it last saw and the folds of a mixed one; and the sizes of the
		// shared arrays.
		rank          []int32
		docsIn, posIn []int32
		last          []int32
		vars          map[int32][]text.FoldID
		docs, pos, fv int
	}
	total float64
}

// NewBuilder prepares the index of c.
func NewBuilder(c *corpus.Corpus, cfg Config) *Builder {
	n := c.Len()
	return &Builder{
		ix:     &Index{c: c, cfg: cfg, dict: new(strmap.Map[int32]), docs: make([]docInfo, n), actorDoc: make(map[string][]int32)},
		stems:  make(map[string]int32),
		logEnd: make([]int32, 0, n),
		actEnd: make([]int32, 0, n),
	}
}

// occurrence is an indexed token of Builder.log: its term, position in
// its document and fold.
type occurrence struct {
	term, pos int32
	fold      text.FoldID
}

// logBlock is the length of a block of Builder.log.
const logBlock = 1 << 15

// at returns occurrence k of the log.
func (b *Builder) at(k int) occurrence { return b.log[k/logBlock][k%logBlock] }

// logStart returns where document d's occurrences start in the log.
func (b *Builder) logStart(d int) int {
	if d == 0 {
		return 0
	}
	return int(b.logEnd[d-1])
}

// Progress returns how many documents are indexed, of how many.
func (b *Builder) Progress() (done, total int) { return b.next, len(b.ix.docs) }

func (b *Builder) intern(t string) int32 {
	id, ok := b.ix.lookup(t)
	if !ok {
		id = int32(b.ix.dict.Len())
		b.ix.dict.Put(t, id)
		b.first = append(b.first, 0)
		b.folds = append(b.folds, 0)
	}
	return id
}

// Step indexes the next n documents (at least one) and reports whether
// every document is done.
func (b *Builder) Step(n int) bool {
	for k := 0; k < max(n, 1) && b.next < len(b.ix.docs); k++ {
		b.add(b.next)
		b.next++
	}
	return b.next == len(b.ix.docs)
}

// add indexes document d.
func (b *Builder) add(d int) {
	a := b.ix.c.At(d)
	di := &b.ix.docs[d]
	di.title, di.lead = titleLead(a)
	var length float32
	for i, t := range a.Tokens {
		if t.Kind == text.Punct {
			continue
		}
		var id int32
		if stemmed(a, i) {
			var ok bool
			if id, ok = b.stems[t.Fold()]; !ok {
				id = b.intern(text.Stem(t.Fold()))
				b.stems[t.Fold()] = id
			}
		} else {
			id = b.intern(t.Fold())
		}
		length += fieldWeight(i, di.title, di.lead)
		switch f := t.FoldID; {
		case b.folds[id] == 0:
			b.first[id], b.folds[id] = f, 1
		case b.folds[id] == 1 && b.first[id] != f:
			b.folds[id] = 2
		}
		if b.nlog%logBlock == 0 {
			b.log = append(b.log, make([]occurrence, logBlock))
		}
		b.log[b.nlog/logBlock][b.nlog%logBlock] = occurrence{term: id, pos: int32(i), fold: t.FoldID}
		b.nlog++
	}
	b.logEnd = append(b.logEnd, int32(b.nlog))
	di.length = length
	b.total += float64(length)
	di.lo, di.hi = dayKey(a.Date, false), dayKey(a.Date, true)
	if b.ix.cfg.Happened != nil {
		b.ix.setHappened(d, b.ix.cfg.Happened(d))
	}
	if a.Date.Day == 0 {
		di.hi = a.Date.Year*10000 + a.Date.Month*100 + corpus.DaysIn(a.Date.Year, a.Date.Month)
	}
	di.month = a.Date.MonthIndex()
	if b.ix.cfg.Actors != nil {
		acts := slices.Clone(b.ix.cfg.Actors(d))
		slices.Sort(acts)
		acts = slices.Compact(acts)
		for _, id := range acts {
			b.actIDs = append(b.actIDs, text.Intern(id))
		}
		if b.ix.cfg.Names != nil {
			b.mentionTF(d, a, di, acts)
		}
		for _, id := range acts {
			b.ix.actorDoc[id] = append(b.ix.actorDoc[id], int32(d))
		}
	}
	b.actEnd = append(b.actEnd, int32(len(b.actIDs)))
}

// docActorIDs returns the interned ids of document d's actors, sorted.
func (b *Builder) docActorIDs(d int) []text.FoldID {
	lo := int32(0)
	if d > 0 {
		lo = b.actEnd[d-1]
	}
	return b.actIDs[lo:b.actEnd[d]]
}

// Index finishes the index (indexing the documents Step has not, and
// doing what Finish has not) and returns it. The Builder must not be used
// after.
func (b *Builder) Index() *Index {
	b.Step(len(b.ix.docs))
	for !b.Finish(len(b.ix.docs) + b.ix.dict.Len()) {
	}
	return b.ix
}

// The stages of Builder.Finish, in order.
const (
	finActors     = iota // the actors' numbers
	finDocs              // each document's norm, actors and months
	finSort              // the dictionary sorted
	finDictionary        // each term's new id
	finCount             // each term's documents and positions counted
	finArrays            // the shared arrays made
	finPlace             // each token put in place
	finFolds             // each term's folds and new id
	finNames             // the actors' names
	finVocab             // the vocabulary for suggestions
	finDone
)

// Finish does the next n pieces of the work that turns the documents
// indexed by Step into an Index (a piece is a document or a term; the
// sort of the dictionary, the actors' names and the vocabulary for
// suggestions go in one piece each), and reports whether it is all done:
// called between steps of a page's work, so that none is long. Call it
// once Step reports every document done.
func (b *Builder) Finish(n int) bool {
	ix := b.ix
	n = max(n, 1)
	for n > 0 {
		switch f := &b.fin; f.stage {
		case finActors: // the actors' numbers
			if len(ix.docs) > 0 {
				ix.avgLen = b.total / float64(len(ix.docs))
			}
			ix.norm = make([]float64, len(ix.docs))
			names := make([]string, 0, len(ix.actorDoc))
			for a := range ix.actorDoc {
				names = append(names, a)
			}
			slices.Sort(names)
			ix.actorNames = names
			f.actorNum = make(map[string]int32, len(names))
			for i, a := range names {
				f.actorNum[a] = int32(i)
			}
			f.lo, f.hi = 0, -1
			f.stage, f.at = finDocs, 0
			n--
		case finDocs: // each document's norm, actors and months
			for ; n > 0 && f.at < len(ix.docs); n, f.at = n-1, f.at+1 {
				d := f.at
				di := &ix.docs[d]
				ix.norm[d] = K1 * (1 - B + B*float64(di.length)/ix.avgLen)
				ids := f.ids[:0]
				for _, id := range b.docActorIDs(d) {
					ids = append(ids, id.String())
				}
				f.ids = ids
				ix.setDocActors(d, ids, func(a string) (int32, bool) { k, ok := f.actorNum[a]; return k, ok })
				if d == 0 || di.month < f.lo {
					f.lo = di.month
				}
				if d == 0 || di.month > f.hi {
					f.hi = di.month
				}
			}
			if f.at == len(ix.docs) {
				ix.minMonth, ix.months = f.lo, f.hi-f.lo+1
				f.actorNum = nil
				f.stage = finSort
			}
		case finSort: // sort the dictionary, a piece at a time
			if f.sorter == nil {
				f.order = make([]int32, ix.dict.Len())
				for i := range f.order {
					f.order[i] = int32(i)
				}
				f.sorter = stepsort.New(f.order, func(x, y int32) int { return strings.Compare(ix.term(x), ix.term(y)) })
				n--
				continue
			}
			if !f.sorter.Step(n) {
				return false
			}
			f.sorter = nil
			f.stage = finDictionary
			n = 0 // the arrays next, in calls of their own
		case finDictionary: // the renumbered dictionary
			dict := new(strmap.Map[int32])
			dict.Grow(len(f.order))
			f.rank = make([]int32, len(f.order))
			for newID, old := range f.order {
				dict.Put(ix.term(old), int32(newID))
				f.rank[old] = int32(newID)
			}
			ix.dict = dict
			f.stage, f.at = finCount, 0
			n = 0 // the arrays next, in calls of their own
		case finCount: // how many documents and positions each term has
			if f.at == 0 {
				f.docsIn, f.posIn, f.last = make([]int32, len(f.order)), make([]int32, len(f.order)), make([]int32, len(f.order))
				for i := range f.last {
					f.last[i] = -1
				}
			}
			for ; n > 0 && f.at < len(ix.docs); n, f.at = n-1, f.at+1 {
				d := f.at
				for k := b.logStart(d); k < int(b.logEnd[d]); k++ {
					id := f.rank[b.at(k).term]
					if f.last[id] != int32(d) {
						f.last[id] = int32(d)
						f.docsIn[id]++
					}
					f.posIn[id]++
				}
			}
			if f.at == len(ix.docs) {
				f.stage, f.at = finArrays, 0
				n = 0
			}
		case finArrays: // where they start in the shared arrays, which are made
			// each in a call of its own: a large allocation while the
			// collector marks makes the page help it, in one go
			switch f.at {
			case 0:
				// a term's d1 and p1 start at d0 and p0 and grow as its
				// tokens are put in place
				ix.post = make([]postRef, len(f.order))
				f.docs, f.pos, f.fv = 0, 0, 0
				for id := range f.order {
					r := postRef{d0: int32(f.docs), d1: int32(f.docs), p0: int32(f.pos), p1: int32(f.pos)}
					if b.folds[f.order[id]] == 2 {
						r.fv = int32(f.fv) + 1
						f.fv += int(f.posIn[id])
					}
					ix.post[id] = r
					f.docs, f.pos = f.docs+int(f.docsIn[id]), f.pos+int(f.posIn[id])
				}
				f.docsIn, f.posIn = nil, nil
			case 1:
				ix.pDocs = make([]int32, f.docs)
			case 2:
				ix.pTF = make([]float32, f.docs)
			case 3:
				ix.pOffs = make([]int32, f.docs)
			case 4:
				ix.pPos = make([]int32, f.pos)
			case 5:
				ix.pFV = make([]int32, f.fv)
			case 6:
				ix.fold = make([]text.FoldID, len(f.order))
			}
			if f.at++; f.at == 7 {
				f.stage, f.at = finPlace, 0
				for i := range f.last {
					f.last[i] = -1
				}
				f.vars = map[int32][]text.FoldID{}
			}
			n = 0
		case finPlace: // each document's tokens put in place, term by term
			for ; n > 0 && f.at < len(ix.docs); n, f.at = n-1, f.at+1 {
				d := f.at
				di := &ix.docs[d]
				for k := b.logStart(d); k < int(b.logEnd[d]); k++ {
					o := b.at(k)
					id := f.rank[o.term]
					r := &ix.post[id]
					if f.last[id] != int32(d) {
						f.last[id] = int32(d)
						ix.pDocs[r.d1] = int32(d)
						ix.pOffs[r.d1] = r.p1 - r.p0
						r.d1++
					}
					ix.pTF[r.d1-1] += fieldWeight(int(o.pos), di.title, di.lead)
					if r.fv > 0 {
						vs := f.vars[id]
						v := slices.Index(vs, o.fold)
						if v < 0 {
							v = len(vs)
							f.vars[id] = append(vs, o.fold)
						}
						ix.pFV[r.fv-1+r.p1-r.p0] = int32(v)
					}
					ix.pPos[r.p1] = o.pos
					r.p1++
				}
			}
			if f.at == len(ix.docs) {
				f.stage, f.at = finFolds, 0
			}
		case finFolds: // the folds of each term and its new id, in the order of
			// the dictionary
			for ; n > 0 && f.at < len(f.order); n, f.at = n-1, f.at+1 {
				id, old := f.at, f.order[f.at]
				if b.folds[old] != 2 {
					ix.fold[id] = b.first[old]
					continue
				}
				vs := f.vars[int32(id)]
				names := make([]string, len(vs))
				for i, v := range vs {
					names[i] = v.String()
				}
				ix.variants = append(ix.variants, names)
				ix.post[id].vi = int32(len(ix.variants))
			}
			if f.at == len(f.order) {
				f.order, f.rank, f.last, f.vars = nil, nil, nil, nil
				b.log, b.logEnd, b.first, b.folds, b.actIDs, b.actEnd = nil, nil, nil, nil, nil, nil
				f.stage = finNames
			}
		case finNames:
			ix.buildNames()
			f.stage = finVocab
			n--
		case finVocab:
			ix.buildVocab()
			f.stage = finDone
			n--
		default:
			return true
		}
	}
	return b.fin.stage == finDone
}

// stemmed reports whether token i of a is indexed under its stem (a word
// that is no name) rather than its fold.
func stemmed(a *corpus.Article, i int) bool {
	return a.Tokens[i].Kind == text.Word && a.Flags[i]&corpus.Name == 0
}

// fieldWeight returns the weight of token i of a document with the given
// title and lead ranges.
func fieldWeight(i int, title, lead corpus.Range) float32 {
	switch {
	case i >= title.Start && i < title.End:
		return TitleWeight
	case i >= lead.Start && i < lead.End:
		return LeadWeight
	}
	return 1
}

// titleLead returns the token ranges of the title (a heading before the
// lead, else the lead's first sentence) and of the lead.
func titleLead(a *corpus.Article) (title, lead corpus.Range) {
	for _, p := range a.Paragraphs {
		if p.Kind == corpus.Heading && title.Len() == 0 {
			title = p.Tokens
			continue
		}
		if p.Kind == corpus.Lead {
			lead = p.Tokens
			if title.Len() == 0 && p.Sentences.Len() > 0 {
				title = a.Sentences[p.Sentences.Start].Tokens
			}
			break
		}
	}
	return title, lead
}

// prefixRange returns the ids [lo, hi) of the terms that start with p.
func (ix *Index) prefixRange(p string) (int, int) {
	n := ix.dict.Len()
	lo := sort.Search(n, func(i int) bool { return ix.term(int32(i)) >= p })
	hi := lo
	for hi < n && strings.HasPrefix(ix.term(int32(hi)), p) {
		hi++
	}
	return lo, hi
}

// Expand returns the index terms a single query word matches: its folded
// and stemmed forms, its aliases (and their stems) and, for a prefix, every
// term starting with the folded word or its stem.
func (ix *Index) Expand(fold string, prefix bool) []string {
	ids := ix.expand(fold, prefix)
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = ix.term(id)
	}
	return out
}

func (ix *Index) expand(fold string, prefix bool) []int32 {
	var ids []int32
	add := func(t string) {
		if id, ok := ix.lookup(t); ok && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	add(fold)
	add(text.Stem(fold))
	if ix.cfg.Alias != nil {
		for _, al := range ix.cfg.Alias(fold) {
			for _, w := range words(al) {
				add(w)
				add(text.Stem(w))
			}
		}
	}
	if prefix && len(fold) >= 2 {
		lo, hi := ix.prefixRange(fold)
		for id := lo; id < hi; id++ {
			if !slices.Contains(ids, int32(id)) {
				ids = append(ids, int32(id))
			}
		}
	}
	slices.Sort(ids)
	return ids
}

// idf is the BM25 inverse document frequency.
func (ix *Index) idf(df int) float64 {
	n := float64(len(ix.docs))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// bm25 scores a weighted term frequency in document d.
func (ix *Index) bm25(idf float64, tf float64, d int32) float64 {
	return idf * tf * (K1 + 1) / (tf + ix.norm[d])
}

// weight returns the field weight of token position p in document d.
func (ix *Index) weight(d int32, p int32) float64 {
	di := &ix.docs[d]
	switch {
	case int(p) >= di.title.Start && int(p) < di.title.End:
		return TitleWeight
	case int(p) >= di.lead.Start && int(p) < di.lead.End:
		return LeadWeight
	}
	return 1
}
