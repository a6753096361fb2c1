package packs

import (
	"fmt"
	"hash/crc32"
	"math"
	"slices"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
)

// Loc is where a record is: the file's number in its list of the
// manifest, and a byte range, of the file for the files read by ranges
// (article records, postings, column chunks), of its payload for the
// others.
type Loc struct {
	File     int
	Off, Len int
}

// DictEntry is a term of the dictionary: how many documents hold it and
// where its postings are (File numbers Manifest.Postings).
type DictEntry struct {
	Term string
	DF   int
	Loc
}

// EncodeDict encodes a dictionary shard (entries in term order; each term
// is written as the length of its common prefix with the previous one and
// the rest).
func EncodeDict(es []DictEntry) []byte {
	var e enc
	e.uint(uint64(len(es)))
	prev := ""
	for _, x := range es {
		k := 0
		for k < len(prev) && k < len(x.Term) && prev[k] == x.Term[k] {
			k++
		}
		e.uint(uint64(k))
		e.str(x.Term[k:])
		e.uint(uint64(x.DF))
		e.uint(uint64(x.File))
		e.uint(uint64(x.Off))
		e.uint(uint64(x.Len))
		prev = x.Term
	}
	return e.b
}

// DecodeDict decodes a dictionary shard of file name.
func DecodeDict(name string, b []byte) ([]DictEntry, error) {
	d := &dec{b: b}
	n := d.count(5)
	out := make([]DictEntry, 0, n)
	prev := ""
	for range n {
		k := int(d.uint())
		if k > len(prev) {
			d.err = fmt.Errorf("shared prefix %d longer than the previous term", k)
		}
		if d.err != nil {
			break
		}
		t := prev[:k] + d.str()
		out = append(out, DictEntry{Term: t, DF: int(d.uint()), Loc: Loc{File: int(d.uint()), Off: int(d.uint()), Len: int(d.uint())}})
		prev = t
	}
	return out, d.fail(name)
}

// EncodePostings encodes the postings of a term: documents as deltas,
// weighted term frequencies, each document's positions as deltas, and the
// folds (one, or the variants and each position's variant).
func EncodePostings(p search.Postings) ([]byte, error) {
	var e enc
	e.uint(uint64(len(p.Docs)))
	prev := int32(0)
	for _, d := range p.Docs {
		e.uint(uint64(d - prev))
		prev = d
	}
	for _, f := range p.TF {
		if err := e.weight(f); err != nil {
			return nil, err
		}
	}
	for k := range p.Docs {
		end := len(p.Pos)
		if k+1 < len(p.Offs) {
			end = int(p.Offs[k+1])
		}
		ps := p.Pos[p.Offs[k]:end]
		e.uint(uint64(len(ps)))
		last := int32(0)
		for _, x := range ps {
			e.uint(uint64(x - last))
			last = x
		}
	}
	if len(p.Variants) == 0 {
		e.uint(1)
		e.str(p.Fold)
		return e.b, nil
	}
	e.uint(uint64(len(p.Variants)))
	for _, v := range p.Variants {
		e.str(v)
	}
	for _, v := range p.FV {
		e.uint(uint64(v))
	}
	return e.b, nil
}

// DecodePostings decodes the postings of a term from file name.
func DecodePostings(name string, b []byte) (search.Postings, error) {
	d := &dec{b: b}
	var p search.Postings
	n := d.count(2)
	p.Docs = make([]int32, n)
	p.TF = make([]float32, n)
	p.Offs = make([]int32, n)
	doc := int32(0)
	for k := range n {
		doc += int32(d.uint())
		p.Docs[k] = doc
	}
	for k := range n {
		p.TF[k] = d.weight()
	}
	for k := range n {
		p.Offs[k] = int32(len(p.Pos))
		m := d.count(1)
		at := int32(0)
		for range m {
			at += int32(d.uint())
			p.Pos = append(p.Pos, at)
		}
	}
	nv := d.count(1)
	if nv == 1 {
		p.Fold = d.str()
	} else {
		for range nv {
			p.Variants = append(p.Variants, d.str())
		}
		p.FV = make([]int32, len(p.Pos))
		for k := range p.FV {
			p.FV[k] = int32(d.uint())
			if d.err == nil && int(p.FV[k]) >= nv {
				d.err = fmt.Errorf("fold variant %d of %d", p.FV[k], nv)
			}
		}
	}
	return p, d.fail(name)
}

// EncodeActorDocs encodes the documents that mention an actor and its
// weighted mention count in each.
func EncodeActorDocs(docs []int32, tf []float32) ([]byte, error) {
	var e enc
	e.uint(uint64(len(docs)))
	prev := int32(0)
	for k, d := range docs {
		e.uint(uint64(d - prev))
		prev = d
		if err := e.weight(tf[k]); err != nil {
			return nil, err
		}
	}
	return e.b, nil
}

// DecodeActorDocs decodes what EncodeActorDocs wrote, from file name.
func DecodeActorDocs(name string, b []byte) ([]int32, []float32, error) {
	d := &dec{b: b}
	n := d.count(2)
	docs, tf := make([]int32, n), make([]float32, n)
	doc := int32(0)
	for k := range n {
		doc += int32(d.uint())
		docs[k], tf[k] = doc, d.weight()
	}
	return docs, tf, d.fail(name)
}

// Doc is a document's columns and where its article record is.
type Doc struct {
	search.DocColumns
	// ActorNumbers are the document's actors as their numbers in the
	// pack's sorted list of actor ids: what DecodeDocNumbers sets rather
	// than DocColumns.Actors.
	ActorNumbers []int32
	RecordAt
}

// RecordAt is where a document's article record is: Text.File numbers
// Manifest.Texts; CRC is the record's CRC-32, checked when it is fetched
// alone.
type RecordAt struct {
	Text Loc
	CRC  uint32
}

// Column groups of a chunk of documents: the core columns (what every
// search reads of a document that can match: weighted length,
// publication days and month, actors), the extra ones (title and lead
// ranges, which only phrases read; the days of the happenings, which only
// the filter on them reads) and where the article record is (which only
// the page of hits reads).
const (
	Core  = 0
	Extra = 1
	Where = 2
)

// Groups is the number of column groups.
const Groups = 3

// EncodeDocs encodes one column group of a chunk of documents; actor ids
// are written as their numbers in the sorted list actors.
func EncodeDocs(docs []Doc, actors []string, group int) ([]byte, error) {
	var e enc
	e.uint(uint64(len(docs)))
	var prev Loc
	lo := 0 // the last happening's first day, over the chunk
	lastLo := 0
	for _, x := range docs {
		if group == Core {
			if err := e.weight(x.Length); err != nil {
				return nil, err
			}
			// Documents come in date order: the first day as the distance
			// from the previous document's; the month follows from it.
			if x.Month != x.Lo/10000*12+x.Lo/100%100-1 {
				return nil, fmt.Errorf("month %d is not that of day %d", x.Month, x.Lo)
			}
			e.int(int64(x.Lo - lastLo))
			e.int(int64(x.Hi - x.Lo))
			lastLo = x.Lo
			e.uint(uint64(len(x.Actors)))
			last := 0
			for _, a := range x.Actors {
				k, ok := slices.BinarySearch(actors, a)
				if !ok {
					return nil, fmt.Errorf("actor %q is not in the catalogue", a)
				}
				e.uint(uint64(k - last))
				last = k
			}
			continue
		}
		if group == Extra {
			e.uint(uint64(x.Title.Start))
			e.uint(uint64(x.Title.Len()))
			e.uint(uint64(x.Lead.Start))
			e.uint(uint64(x.Lead.Len()))
			e.uint(uint64(len(x.Happened)))
			for _, h := range x.Happened {
				e.int(int64(h[0] - lo))
				e.int(int64(h[1] - h[0]))
				lo = h[0]
			}
			continue
		}
		// Records follow one another: the offset is written as the
		// distance from the end of the previous one of the same file.
		if x.Text.File != prev.File {
			prev = Loc{File: x.Text.File}
		}
		e.uint(uint64(x.Text.File))
		e.uint(uint64(x.Text.Off - (prev.Off + prev.Len)))
		e.uint(uint64(x.Text.Len))
		e.uint(uint64(x.CRC))
		prev = x.Text
	}
	return e.b, nil
}

// DecodeDocNumbers decodes one column group of a chunk of documents of file
// name into docs (one per document of the chunk). The actors of the core
// columns are left as their numbers in the pack's sorted list of nActors
// actor ids (ActorNumbers, the documents' lists sharing one array).
func DecodeDocNumbers(name string, b []byte, nActors int, group int, docs []Doc) error {
	d := &dec{b: b}
	// The chunk's actor numbers, one document after the other, and where
	// each document's numbers end.
	var nums []int32
	var ends []int
	if n := int(d.uint()); d.err == nil && n != len(docs) {
		return &Error{File: name, Msg: fmt.Sprintf("%d documents, want %d", n, len(docs))}
	}
	var prev Loc
	lo, lastLo := 0, 0
	for i := range docs {
		x := &docs[i]
		if group == Core {
			x.Length = d.weight()
			x.Lo = lastLo + int(d.int())
			x.Hi = x.Lo + int(d.int())
			x.Month = x.Lo/10000*12 + x.Lo/100%100 - 1
			lastLo = x.Lo
			na := d.count(1)
			x.Actors = nil
			if nums == nil {
				nums = make([]int32, 0, len(b)/2) // each number takes a byte at least
				ends = make([]int, len(docs))
			}
			k := 0
			for range na {
				k += int(d.uint())
				if k >= nActors {
					if d.err == nil {
						d.err = fmt.Errorf("actor number %d of %d", k, nActors)
					}
					break
				}
				nums = append(nums, int32(k))
			}
			ends[i] = len(nums)
		} else if group == Extra {
			s := int(d.uint())
			x.Title = corpus.Range{Start: s, End: s + int(d.uint())}
			s = int(d.uint())
			x.Lead = corpus.Range{Start: s, End: s + int(d.uint())}
			nh := d.count(2)
			x.Happened = nil
			for range nh {
				lo += int(d.int())
				x.Happened = append(x.Happened, [2]int{lo, lo + int(d.int())})
			}
		} else {
			f := int(d.uint())
			if f != prev.File {
				prev = Loc{File: f}
			}
			x.Text = Loc{File: f, Off: prev.Off + prev.Len + int(d.uint()), Len: int(d.uint())}
			x.CRC = uint32(d.uint())
			prev = x.Text
		}
		if d.err != nil {
			break
		}
	}
	if nums != nil && d.err == nil {
		// Kept in an array of their exact size (the one above is twice
		// the chunk's bytes).
		nums = slices.Clone(nums)
		start := 0
		for i := range docs {
			docs[i].ActorNumbers = nums[start:ends[i]:ends[i]]
			start = ends[i]
		}
	}
	return d.fail(name)
}

// Actor is an actor of the catalogue: its id, name, type and every name
// that mentions it, and the documents that mention it (DF, with their
// postings at Loc in Manifest.Postings when DF > 0).
type Actor struct {
	ID, Name, Type string
	Names          []string
	DF             int
	Loc
}

// Catalogue is the actors of a pack, sorted by id, and the alias table
// (a folded one-word name → the other one-word names of its actor).
type Catalogue struct {
	Actors  []Actor
	Aliases map[string][]string
}

// Encode encodes the catalogue.
func (c *Catalogue) Encode() []byte {
	var e enc
	e.uint(uint64(len(c.Actors)))
	for _, a := range c.Actors {
		e.str(a.ID)
		e.str(a.Name)
		e.str(a.Type)
		e.uint(uint64(len(a.Names)))
		for _, n := range a.Names {
			e.str(n)
		}
		e.uint(uint64(a.DF))
		e.uint(uint64(a.File))
		e.uint(uint64(a.Off))
		e.uint(uint64(a.Len))
	}
	keys := make([]string, 0, len(c.Aliases))
	for k := range c.Aliases {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.uint(uint64(len(c.Aliases[k])))
		for _, v := range c.Aliases[k] {
			e.str(v)
		}
	}
	return e.b
}

// DecodeCatalogue decodes the catalogue of file name.
func DecodeCatalogue(name string, b []byte) (*Catalogue, error) {
	d := &dec{b: b}
	c := &Catalogue{Aliases: map[string][]string{}}
	n := d.count(8)
	c.Actors = make([]Actor, 0, n)
	for range n {
		a := Actor{ID: d.str(), Name: d.str(), Type: d.str()}
		nn := d.count(1)
		for range nn {
			a.Names = append(a.Names, d.str())
		}
		a.DF = int(d.uint())
		a.Loc = Loc{File: int(d.uint()), Off: int(d.uint()), Len: int(d.uint())}
		if d.err != nil {
			break
		}
		c.Actors = append(c.Actors, a)
	}
	nk := d.count(2)
	for range nk {
		k := d.str()
		nv := d.count(1)
		vs := make([]string, 0, nv)
		for range nv {
			vs = append(vs, d.str())
		}
		if d.err != nil {
			break
		}
		c.Aliases[k] = vs
	}
	if d.err == nil && !slices.IsSortedFunc(c.Actors, func(x, y Actor) int {
		if x.ID < y.ID {
			return -1
		}
		if x.ID > y.ID {
			return 1
		}
		return 0
	}) {
		d.err = fmt.Errorf("actors out of order")
	}
	return c, d.fail(name)
}

// Facets are the exact facet tables of a pack: per month (counted from
// Manifest.MinMonth) the number of articles, and the number of articles
// that mention each actor (by its number in the catalogue), an actor of
// each type and an event of each type.
type Facets struct {
	Months []int
	Actors map[int][]int
	Types  map[string][]int
	Events map[string][]int
}

// Encode encodes the facet tables; a row is written sparsely as (month
// delta, count) pairs.
func (f *Facets) Encode() []byte {
	var e enc
	row := func(r []int) {
		nz := 0
		for _, c := range r {
			if c != 0 {
				nz++
			}
		}
		e.uint(uint64(nz))
		last := 0
		for m, c := range r {
			if c != 0 {
				e.uint(uint64(m - last))
				e.uint(uint64(c))
				last = m
			}
		}
	}
	row(f.Months)
	ids := make([]int, 0, len(f.Actors))
	for k := range f.Actors {
		ids = append(ids, k)
	}
	slices.Sort(ids)
	e.uint(uint64(len(ids)))
	for _, k := range ids {
		e.uint(uint64(k))
		row(f.Actors[k])
	}
	for _, tab := range []map[string][]int{f.Types, f.Events} {
		keys := make([]string, 0, len(tab))
		for k := range tab {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		e.uint(uint64(len(keys)))
		for _, k := range keys {
			e.str(k)
			row(tab[k])
		}
	}
	return e.b
}

// DecodeFacets decodes the facet tables of file name over months months.
func DecodeFacets(name string, b []byte, months int) (*Facets, error) {
	d := &dec{b: b}
	row := func() []int {
		r := make([]int, months)
		n := d.count(2)
		m := 0
		for range n {
			m += int(d.uint())
			c := int(d.uint())
			if m >= months {
				if d.err == nil {
					d.err = fmt.Errorf("month %d of %d", m, months)
				}
				return r
			}
			r[m] = c
		}
		return r
	}
	f := &Facets{Actors: map[int][]int{}, Types: map[string][]int{}, Events: map[string][]int{}}
	f.Months = row()
	n := d.count(2)
	for range n {
		k := int(d.uint())
		f.Actors[k] = row()
	}
	for _, tab := range []map[string][]int{f.Types, f.Events} {
		n := d.count(2)
		for range n {
			k := d.str()
			tab[k] = row()
			if d.err != nil {
				break
			}
		}
	}
	return f, d.fail(name)
}

// Event is an event mention of an article record: the sentence, the
// trigger, the type ("Contact/Meet"), speech act, modality and the
// participants' actor ids.
type Event struct {
	Sentence              int
	Trigger               text.Span
	Type, Act, Modality   string
	Agent, Patient, Place []string
}

// Record is an article record: the article file (its name and decoded
// bytes, which corpus.Parse reads again into the same article), its
// actor mentions and its event mentions.
type Record struct {
	Name     string
	Data     []byte
	Mentions []search.Mention
	Events   []Event
}

// Encode encodes the record, compressed: what an article-record file
// holds for one document.
func (r *Record) Encode() []byte { return r.EncodeWith(NewCompressor()) }

// EncodeWith is Encode with the compressor c.
func (r *Record) EncodeWith(c *Compressor) []byte {
	var e enc
	e.str(r.Name)
	e.bytes(r.Data)
	e.uint(uint64(len(r.Mentions)))
	for _, m := range r.Mentions {
		e.uint(uint64(m.Start))
		e.uint(uint64(m.End - m.Start))
		e.str(m.ActorID)
	}
	e.uint(uint64(len(r.Events)))
	ids := func(xs []string) {
		e.uint(uint64(len(xs)))
		for _, x := range xs {
			e.str(x)
		}
	}
	for _, ev := range r.Events {
		e.uint(uint64(ev.Sentence))
		e.uint(uint64(ev.Trigger.Start))
		e.uint(uint64(ev.Trigger.End - ev.Trigger.Start))
		e.str(ev.Type)
		e.str(ev.Act)
		e.str(ev.Modality)
		ids(ev.Agent)
		ids(ev.Patient)
		ids(ev.Place)
	}
	return c.Deflate(nil, e.b)
}

// DecodeRecord decodes a compressed record of file name, checking its
// CRC-32.
func DecodeRecord(name string, b []byte, crc uint32) (*Record, error) {
	if crc32.ChecksumIEEE(b) != crc {
		return nil, &Error{File: name, Msg: "article record does not match its checksum: truncated or corrupt"}
	}
	p, err := inflate(b)
	if err != nil {
		return nil, &Error{File: name, Msg: "bad compressed article record: " + err.Error()}
	}
	d := &dec{b: p}
	r := &Record{Name: d.str(), Data: d.raw()}
	nm := d.count(3)
	for range nm {
		s := int(d.uint())
		m := search.Mention{Span: text.Span{Start: s, End: s + int(d.uint())}, ActorID: d.str()}
		r.Mentions = append(r.Mentions, m)
	}
	ids := func() []string {
		n := d.count(1)
		var out []string
		for range n {
			out = append(out, d.str())
		}
		return out
	}
	ne := d.count(8)
	for range ne {
		var ev Event
		ev.Sentence = int(d.uint())
		s := int(d.uint())
		ev.Trigger = text.Span{Start: s, End: s + int(d.uint())}
		ev.Type, ev.Act, ev.Modality = d.str(), d.str(), d.str()
		ev.Agent, ev.Patient, ev.Place = ids(), ids(), ids()
		if d.err != nil {
			break
		}
		r.Events = append(r.Events, ev)
	}
	return r, d.fail(name)
}

// Hot is the answer, worked out when the pack was built, to a query of
// one word typed alone (the word's fold, also a prefix) or of one phrase
// (Key is then the phrase in quotes: search.Clause.String) without
// filters, sorted by relevance: the total, the facets and the first page
// of hits with their snippets. The words and phrases are those whose
// answer would otherwise read the columns of many documents.
type Hot struct {
	Key    string
	Result search.Result
	// Where is where the article record of each hit of Result is: the
	// page of a hot answer reads its records without reading the chunks
	// of columns that say where they are first.
	Where []RecordAt
	// Cards is what the card of each hit of Result shows beyond the hit
	// (see HotCard): the page of a hot answer needs no article record.
	Cards []HotCard
	// More are the documents of the hits after Result's, in order, up to
	// HotRanked hits in all: the first matching articles a timeline
	// draws, without a search that reads the columns of every one.
	More []int
	// MoreWhere is where the article record of each document of More is.
	MoreWhere []RecordAt
	// Newest and Oldest are the first page of the hits sorted by date,
	// newest or oldest first, for a word (empty for a phrase): a sorted
	// page then reads neither the word's postings nor any column.
	Newest, Oldest HotSorted
}

// HotSorted is a page of a hot answer's hits: the hits, where each one's
// article record is and its card (see Hot.Page).
type HotSorted struct {
	Hits  []search.Hit
	Where []RecordAt
	Cards []HotCard
}

// Page returns h's first page of hits in the order s (relevance: its
// Result's), nil when h has none in that order.
func (h *Hot) Page(s search.Sort) *HotSorted {
	var p *HotSorted
	switch s {
	case search.Relevance:
		p = &HotSorted{h.Result.Hits, h.Where, h.Cards}
	case search.Newest:
		p = &h.Newest
	case search.Oldest:
		p = &h.Oldest
	}
	if p == nil || len(p.Hits) == 0 {
		return nil
	}
	return p
}

// HotRanked is the number of hits whose documents a Hot answer holds
// (its page and More).
const HotRanked = 80

// HotCard is what a result card shows of a hit of a hot answer, worked
// out when packing as the explorer works it out from the article record:
// its title and date, the start of its lead (for a hit without
// snippets), and its main actors (numbers in the catalogue) with their
// mentions, More the number left out.
type HotCard struct {
	Title, Lead string
	Date        corpus.Date
	Actors      []HotActor
	More        int
}

// HotActor is an actor of a HotCard: its number in the catalogue and its
// mentions in the article.
type HotActor struct{ Actor, Mentions int }

// HotPage is the number of hits a Hot answer holds.
const HotPage = 10

// EncodeHot encodes a shard of hot answers (in key order); actor ids are
// written as their numbers in the sorted list actors, months from
// minMonth. Each answer is compressed on its own after its key, so that
// a reader inflates and decodes the one it looks up alone (see HotShard);
// the file that holds the shard then stores it as it is.
func EncodeHot(hs []Hot, actors []string, minMonth int) ([]byte, error) {
	var out enc
	out.uint(uint64(len(hs)))
	c := NewCompressor()
	for _, h := range hs {
		b, err := encodeHotAnswer(h, actors, minMonth)
		if err != nil {
			return nil, err
		}
		out.str(h.Key)
		out.bytes(c.Deflate(nil, b))
	}
	return out.b, nil
}

// encodeHotAnswer encodes what a shard holds of a hot answer after its
// key.
func encodeHotAnswer(h Hot, actors []string, minMonth int) ([]byte, error) {
	var e enc
	r := h.Result
	e.uint(uint64(r.Total))
	e.uint(uint64(len(r.Facets.Months)))
	for _, m := range r.Facets.Months {
		d, err := corpus.ParseDate(m.Month)
		if err != nil {
			return nil, err
		}
		e.uint(uint64(d.MonthIndex() - minMonth))
		e.uint(uint64(m.Count))
	}
	e.uint(uint64(len(r.Facets.Actors)))
	for _, a := range r.Facets.Actors {
		k, ok := slices.BinarySearch(actors, a.ID)
		if !ok {
			return nil, fmt.Errorf("actor %q is not in the catalogue", a.ID)
		}
		e.uint(uint64(k))
		e.uint(uint64(a.Count))
	}
	if err := encodeHotHits(&e, h.Key, HotSorted{r.Hits, h.Where, h.Cards}, actors); err != nil {
		return nil, err
	}
	if len(h.MoreWhere) != len(h.More) {
		return nil, fmt.Errorf("hot answer %q: %d more documents, where %d records are", h.Key, len(h.More), len(h.MoreWhere))
	}
	e.uint(uint64(len(h.More)))
	for k, d := range h.More {
		if d < 0 {
			return nil, fmt.Errorf("hot answer %q: document %d", h.Key, d)
		}
		e.uint(uint64(d))
		e.recordAt(h.MoreWhere[k])
	}
	for _, p := range []HotSorted{h.Newest, h.Oldest} {
		if err := encodeHotHits(&e, h.Key, p, actors); err != nil {
			return nil, err
		}
	}
	return e.b, nil
}

// recordAt encodes where an article record is, as a hot answer holds it:
// file, offset, length and CRC.
func (e *enc) recordAt(w RecordAt) {
	e.uint(uint64(w.Text.File))
	e.uint(uint64(w.Text.Off))
	e.uint(uint64(w.Text.Len))
	e.uint(uint64(w.CRC))
}

// recordAt decodes what enc.recordAt encodes.
func (d *dec) recordAt() RecordAt {
	return RecordAt{Text: Loc{File: int(d.uint()), Off: int(d.uint()), Len: int(d.uint())}, CRC: uint32(d.uint())}
}

// encodeHotHits encodes a page of hits of the hot answer key, each with
// where its record is and its card.
func encodeHotHits(e *enc, key string, p HotSorted, actors []string) error {
	e.uint(uint64(len(p.Hits)))
	if len(p.Where) != len(p.Hits) || len(p.Cards) != len(p.Hits) {
		return fmt.Errorf("hot answer %q: %d hits, where %d records are, %d cards", key, len(p.Hits), len(p.Where), len(p.Cards))
	}
	for i, x := range p.Hits {
		e.recordAt(p.Where[i])
		c := p.Cards[i]
		e.str(c.Title)
		e.str(c.Lead)
		e.str(c.Date.String())
		e.uint(uint64(len(c.Actors)))
		for _, a := range c.Actors {
			if a.Actor < 0 || a.Actor >= len(actors) {
				return fmt.Errorf("hot answer %q: actor number %d of %d", key, a.Actor, len(actors))
			}
			e.uint(uint64(a.Actor))
			e.uint(uint64(a.Mentions))
		}
		e.uint(uint64(c.More))
		e.uint(uint64(x.Index))
		e.str(x.ID)
		e.uint(math.Float64bits(x.Score))
		e.uint(uint64(len(x.Snippets)))
		for _, s := range x.Snippets {
			e.str(s.Text)
			e.uint(uint64(len(s.Marks)))
			for _, m := range s.Marks {
				e.uint(uint64(m.Start))
				e.uint(uint64(m.End - m.Start))
			}
		}
	}
	return nil
}

// HotShard is a shard of hot answers as a reader holds it: the keys, in
// order, and each answer compressed, decoded when it is looked up (see
// Answer).
type HotShard struct {
	name   string
	keys   []string
	bodies [][]byte
}

// DecodeHotShard reads the keys of a shard of hot answers of file name.
func DecodeHotShard(name string, b []byte) (*HotShard, error) {
	d := &dec{b: b}
	n := d.count(2)
	hs := &HotShard{name: name, keys: make([]string, 0, n), bodies: make([][]byte, 0, n)}
	for range n {
		k, body := d.str(), d.raw()
		if d.err != nil {
			break
		}
		if len(hs.keys) > 0 && k <= hs.keys[len(hs.keys)-1] {
			d.err = fmt.Errorf("key %q after %q: keys out of order", k, hs.keys[len(hs.keys)-1])
			break
		}
		hs.keys, hs.bodies = append(hs.keys, k), append(hs.bodies, body)
	}
	return hs, d.fail(name)
}

// Len returns the number of answers of the shard.
func (hs *HotShard) Len() int { return len(hs.keys) }

// Find returns the number of the answer of key in the shard, or false.
func (hs *HotShard) Find(key string) (int, bool) { return slices.BinarySearch(hs.keys, key) }

// Answer decodes the shard's answer number i; types gives the type of
// each actor of the sorted list actors.
func (hs *HotShard) Answer(i int, actors, types []string, minMonth int) (Hot, error) {
	b, err := inflate(hs.bodies[i])
	if err != nil {
		return Hot{}, &Error{File: hs.name, Msg: fmt.Sprintf("hot answer %q: bad compressed data: %v", hs.keys[i], err)}
	}
	h := Hot{Key: hs.keys[i]}
	d := &dec{b: b}
	r := &h.Result
	r.Total = int(d.uint())
	nm := d.count(2)
	r.Facets.Months = make([]search.MonthCount, 0, nm)
	for range nm {
		m := int(d.uint()) + minMonth
		r.Facets.Months = append(r.Facets.Months, search.MonthCount{Month: corpus.MonthAt(m).String(), Count: int(d.uint())})
	}
	na := d.count(2)
	r.Facets.Actors = make([]search.ActorCount, 0, na)
	for range na {
		k, c := int(d.uint()), int(d.uint())
		if k >= len(actors) {
			if d.err == nil {
				d.err = fmt.Errorf("actor number %d of %d", k, len(actors))
			}
			break
		}
		r.Facets.Actors = append(r.Facets.Actors, search.ActorCount{ID: actors[k], Type: types[k], Count: c})
	}
	p := decodeHotHits(d, actors)
	r.Hits, h.Where, h.Cards = p.Hits, p.Where, p.Cards
	nm2 := d.count(5)
	for range nm2 {
		h.More = append(h.More, int(d.uint()))
		h.MoreWhere = append(h.MoreWhere, d.recordAt())
	}
	h.Newest, h.Oldest = decodeHotHits(d, actors), decodeHotHits(d, actors)
	if err := d.fail(hs.name); err != nil {
		return Hot{}, err
	}
	return h, nil
}

// DecodeHot decodes every answer of a shard of hot answers of file name
// (see HotShard.Answer).
func DecodeHot(name string, b []byte, actors, types []string, minMonth int) ([]Hot, error) {
	hs, err := DecodeHotShard(name, b)
	if err != nil {
		return nil, err
	}
	out := make([]Hot, hs.Len())
	for i := range out {
		if out[i], err = hs.Answer(i, actors, types, minMonth); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// decodeHotHits decodes a page of hits (see encodeHotHits); a failure is
// left in d.
func decodeHotHits(d *dec, actors []string) HotSorted {
	var p HotSorted
	nh := d.count(8)
	for range nh {
		p.Where = append(p.Where, d.recordAt())
		c := HotCard{Title: d.str(), Lead: d.str()}
		if date := d.str(); d.err == nil && date != "" {
			var err error
			if c.Date, err = corpus.ParseDate(date); err != nil {
				d.err = fmt.Errorf("card date %q: %v", date, err)
			}
		}
		na := d.count(2)
		for range na {
			a := HotActor{Actor: int(d.uint()), Mentions: int(d.uint())}
			if a.Actor >= len(actors) {
				if d.err == nil {
					d.err = fmt.Errorf("actor number %d of %d", a.Actor, len(actors))
				}
				break
			}
			c.Actors = append(c.Actors, a)
		}
		c.More = int(d.uint())
		p.Cards = append(p.Cards, c)
		x := search.Hit{Index: int(d.uint()), ID: d.str(), Score: math.Float64frombits(d.uint())}
		ns := d.count(2)
		for range ns {
			s := search.Snippet{Text: d.str()}
			nk := d.count(2)
			for range nk {
				st := int(d.uint())
				s.Marks = append(s.Marks, text.Span{Start: st, End: st + int(d.uint())})
			}
			x.Snippets = append(x.Snippets, s)
		}
		p.Hits = append(p.Hits, x)
	}
	return p
}
