package analysis

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/dates"
	"corpusexplorer/app/events"
	"corpusexplorer/app/text"
)

// snapshotFormat is the version of the format: change it with the format,
// and with any field added to what a snapshot holds.
const snapshotFormat = 1

const snapshotMagic = "CXSNAP"

// ErrSnapshotStale is returned by ReadSnapshot for a snapshot of another
// format or written under another key: it must not be used.
var ErrSnapshotStale = errors.New("snapshot is stale")

// Snapshot returns the snapshot of ac under key, a string that names what
// it was made from (see ReadSnapshot). It calls ac.Happenings. The bytes
// depend only on the corpus and the key.
//
// A snapshot is an analysed corpus written as bytes, so that a program
// can read the analysis of a corpus it embeds instead of parsing and
// analysing it again at every start (see app/workspace). It holds
// everything a Corpus holds: the parsed articles (text, paragraphs,
// sentences, tokens and their flags), what the extractors found in each
// (actor mentions, other names, dates, events, references, event
// mentions), every actor and other name with its settled type, and the
// corpus events (Happenings). Reading one gives a Corpus equal to the one
// written, field by field.
//
// The format is small and read without reflection:
//
//	magic "CXSNAP" · format (uvarint) · key (length, bytes)
//	string table: count, the byte length of each (uvarints), their bytes
//	the corpus, where every string is its index in the table, every
//	count a uvarint, every other integer a zigzag varint, a slice that
//	may be nil its length plus one (0 for nil), and spans and token
//	offsets deltas from the one before
//
// Its strings are slices of one string. Reading a whole snapshot, tokens
// included, takes about half the time of parsing the articles alone
// (tokenizing, sentences, flags), so the tokens are stored rather than
// worked out again, and a tenth of the time of analysing them
// (BenchmarkSnapshot).
func (ac *Corpus) Snapshot(key string) ([]byte, error) {
	e := &snapEncoder{ids: map[string]uint64{}}
	if err := e.corpus(ac); err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(e.buf)+len(e.strs)*8+e.strBytes+64)
	out = append(out, snapshotMagic...)
	out = binary.AppendUvarint(out, snapshotFormat)
	out = binary.AppendUvarint(out, uint64(len(key)))
	out = append(out, key...)
	out = binary.AppendUvarint(out, uint64(len(e.strs)))
	for _, s := range e.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range e.strs {
		out = append(out, s...)
	}
	return append(out, e.buf...), nil
}

// ReadSnapshot reads a snapshot written by Corpus.Snapshot. It returns
// ErrSnapshotStale (wrapped) when the snapshot is of another format or
// its key is not key, and an error when the bytes are malformed.
func ReadSnapshot(data []byte, key string) (*Corpus, error) {
	d := &snapDecoder{data: data}
	if err := d.header(); err != nil {
		return nil, err
	}
	if d.key != key {
		return nil, fmt.Errorf("%w: written for %q, want %q", ErrSnapshotStale, d.key, key)
	}
	d.table()
	ac := d.corpus()
	if d.err == nil && d.pos != len(d.data) {
		d.fail("trailing bytes")
	}
	if d.err != nil {
		return nil, d.err
	}
	return ac, nil
}

// snapEncoder writes the body of a snapshot and collects its strings.
type snapEncoder struct {
	buf      []byte
	ids      map[string]uint64
	strs     []string
	strBytes int
}

func (e *snapEncoder) uvarint(n int) {
	e.buf = binary.AppendUvarint(e.buf, uint64(n))
}

func (e *snapEncoder) varint(n int) {
	e.buf = binary.AppendVarint(e.buf, int64(n))
}

func (e *snapEncoder) flags(b byte) { e.buf = append(e.buf, b) }

func (e *snapEncoder) str(s string) {
	id, ok := e.ids[s]
	if !ok {
		id = uint64(len(e.strs))
		e.ids[s] = id
		e.strs = append(e.strs, s)
		e.strBytes += len(s)
	}
	e.buf = binary.AppendUvarint(e.buf, id)
}

// count writes the length of a slice that may be nil: n+1, 0 for nil.
func (e *snapEncoder) count(n int, isNil bool) {
	if isNil {
		e.uvarint(0)
		return
	}
	e.uvarint(n + 1)
}

func (e *snapEncoder) strList(list []string) {
	e.count(len(list), list == nil)
	for _, s := range list {
		e.str(s)
	}
}

// span writes s as its start relative to prev and its length.
func (e *snapEncoder) span(s text.Span, prev int) {
	e.varint(s.Start - prev)
	e.varint(s.End - s.Start)
}

func (e *snapEncoder) value(v dates.Value) {
	b := byte(v.Precision)
	if v.Exact {
		b |= 0x80
	}
	e.flags(b)
	e.varint(v.Year)
	e.varint(v.Month)
	e.varint(v.Day)
	e.varint(v.Week)
}

func (e *snapEncoder) corpus(ac *Corpus) error {
	e.count(len(ac.Articles), ac.Articles == nil)
	for _, a := range ac.Articles {
		if err := e.article(a.Article); err != nil {
			return err
		}
		e.analysis(a)
	}
	e.actorMap(ac.actors)
	e.actorMap(ac.others)
	e.happenings(ac.Happenings())
	return nil
}

func (e *snapEncoder) article(a *corpus.Article) error {
	e.str(a.ID)
	e.str(a.File)
	e.varint(a.Date.Year)
	e.varint(a.Date.Month)
	e.varint(a.Date.Day)
	e.str(a.Title)
	e.str(a.Text)
	e.varint(a.Body)
	e.count(len(a.Paragraphs), a.Paragraphs == nil)
	prev, line := 0, 0
	for _, p := range a.Paragraphs {
		e.span(p.Span, prev)
		prev = p.End
		e.flags(byte(p.Kind))
		e.varint(p.Line - line)
		line = p.Line
		e.varint(p.Sentences.Start)
		e.varint(p.Sentences.Len())
		e.varint(p.Tokens.Start)
		e.varint(p.Tokens.Len())
	}
	e.count(len(a.Sentences), a.Sentences == nil)
	prev = 0
	for _, s := range a.Sentences {
		e.span(s.Span, prev)
		prev = s.End
		e.varint(s.Para)
		e.varint(s.Tokens.Start)
		e.varint(s.Tokens.Len())
	}
	if len(a.Flags) != len(a.Tokens) {
		return fmt.Errorf("snapshot: article %s: %d flags for %d tokens", a.ID, len(a.Flags), len(a.Tokens))
	}
	e.count(len(a.Tokens), a.Tokens == nil)
	e.count(len(a.Flags), a.Flags == nil)
	prev = 0
	for i, t := range a.Tokens {
		// One byte: the kind (2 bits), Hyphen and the flags (3 bits).
		if t.Kind > 3 || a.Flags[i] > 7 {
			return fmt.Errorf("snapshot: article %s: token %d: kind %d or flags %d out of range", a.ID, i, t.Kind, a.Flags[i])
		}
		b := byte(t.Kind) | byte(a.Flags[i])<<3
		if t.Hyphen {
			b |= 4
		}
		e.flags(b)
		e.varint(t.Start - prev)
		e.uvarint(t.End - t.Start)
		prev = t.End
		e.str(t.Fold())
	}
	return nil
}

func (e *snapEncoder) mentions(ms []actors.Mention) {
	e.count(len(ms), ms == nil)
	prev := 0
	for _, m := range ms {
		e.span(m.Span, prev)
		prev = m.Span.Start
		e.str(m.ActorID())
		var b byte
		if m.Role {
			b |= 1
		}
		if m.Possessive {
			b |= 2
		}
		e.flags(b)
	}
}

func (e *snapEncoder) analysis(a *Article) {
	e.mentions(a.Mentions)
	e.mentions(a.Others)
	e.count(len(a.Dates), a.Dates == nil)
	for _, d := range a.Dates {
		e.span(d.Span, 0)
		e.value(d.Value)
		e.str(d.Rule())
		e.str(d.Prep())
		e.varint(d.Weekday)
	}
	e.count(len(a.Events), a.Events == nil)
	for _, ev := range a.Events {
		e.flags(byte(ev.Kind))
		e.value(ev.Value)
		e.span(ev.Expr, 0)
		e.varint(ev.Sentence)
		e.strList(ev.Actors())
	}
	e.count(len(a.References), a.References == nil)
	for _, r := range a.References {
		e.span(r.Span, 0)
		e.varint(r.Sentence)
		e.flags(byte(r.Kind))
		e.strList(r.Actors)
	}
	e.count(a.NumEventMentions(), a.events.list == nil)
	for mi := range a.NumEventMentions() {
		m := a.EventMention(mi)
		e.varint(m.Sentence)
		e.span(m.Trigger, 0)
		e.str(m.Type.Type)
		e.str(m.Type.Subtype)
		e.str(m.Act)
		e.str(string(m.Modality))
		e.strList(m.Agent)
		e.strList(m.Patient)
		e.strList(m.Place)
		e.value(m.Date)
		e.varint(m.Weekday)
		e.flags(byte(m.When))
		e.span(m.DateExpr, 0)
		e.varint(m.Speech)
		e.varint(m.Same)
		var b byte
		if m.Earlier {
			b |= 1
		}
		if m.open {
			b |= 2
		}
		e.flags(b)
		e.str(m.prep)
	}
	e.count(len(a.counts), a.counts == nil)
	for _, c := range a.counts {
		e.str(a.Mentions[c.first].ActorID())
		e.varint(int(c.n))
	}
}

// actorMap writes the actors of m in the order of their ids, so that the
// bytes do not depend on the map's order.
func (e *snapEncoder) actorMap(m map[string]actors.Actor) {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	e.uvarint(len(ids))
	for _, id := range ids {
		a := m[id]
		e.str(a.ID)
		e.str(a.Name)
		e.flags(byte(a.Type))
		e.str(a.Affiliation)
		e.strList(a.Aliases)
		e.count(len(a.Roles), a.Roles == nil)
		for _, r := range a.Roles {
			e.str(r.Phrase)
			e.str(r.From)
			e.str(r.To)
		}
		var b byte
		if a.Discovered {
			b = 1
		}
		e.flags(b)
		// The key of the map, should it ever differ from the actor's id.
		e.str(id)
	}
}

func (e *snapEncoder) happenings(h *Happenings) {
	e.count(len(h.List), h.List == nil)
	for _, hp := range h.List {
		e.str(hp.ID)
		e.value(hp.Date)
		e.varint(hp.Weekday)
		e.flags(byte(hp.When))
		e.str(hp.Type().Type)
		e.str(hp.Type().Subtype)
		e.str(hp.Act())
		e.str(string(hp.Modality()))
		e.strList(hp.Agent())
		e.strList(hp.Patient())
		e.strList(hp.Place())
		e.strList(hp.Actors())
		e.count(len(hp.Mentions()), hp.Mentions() == nil)
		for _, r := range hp.Mentions() {
			e.uvarint(r.Article)
			e.uvarint(r.Mention)
		}
	}
	// of is worked out again from the mentions; its shape is written so
	// that the reader can check that every mention has its happening.
	e.uvarint(len(h.of))
	for _, o := range h.of {
		e.uvarint(len(o))
	}
}

// snapDecoder reads a snapshot. The first error is kept in err; after it
// every read returns zero values.
type snapDecoder struct {
	data  []byte
	pos   int
	err   error
	key   string
	strs  []string
	folds []text.FoldID // the interned strs, 0 until a token reads one
}

func (d *snapDecoder) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("malformed snapshot at byte %d: %s", d.pos, msg)
	}
}

func (d *snapDecoder) header() error {
	if !strings.HasPrefix(string(d.data[:min(len(d.data), len(snapshotMagic))]), snapshotMagic) {
		return fmt.Errorf("%w: not a snapshot", ErrSnapshotStale)
	}
	d.pos = len(snapshotMagic)
	if f := d.uvarint(); d.err != nil || f != snapshotFormat {
		return fmt.Errorf("%w: format %d, want %d", ErrSnapshotStale, f, snapshotFormat)
	}
	n := d.uvarint()
	if d.err == nil && n > len(d.data)-d.pos {
		d.fail("key too long")
	}
	if d.err != nil {
		return d.err
	}
	d.key = string(d.data[d.pos : d.pos+n])
	d.pos += n
	return nil
}

// table reads the string table: every string is a slice of one.
func (d *snapDecoder) table() {
	n := d.count()
	lens := make([]int, n)
	total := 0
	for i := range lens {
		lens[i] = d.uvarint()
		total += lens[i]
		if total > len(d.data)-d.pos {
			d.fail("string table too long")
			return
		}
	}
	if d.err != nil {
		return
	}
	all := string(d.data[d.pos : d.pos+total])
	d.pos += total
	d.strs = make([]string, n)
	at := 0
	for i, l := range lens {
		d.strs[i] = all[at : at+l]
		at += l
	}
}

func (d *snapDecoder) uvarint() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 || v > 1<<40 {
		d.fail("bad uvarint")
		return 0
	}
	d.pos += n
	return int(v)
}

func (d *snapDecoder) varint() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.data[d.pos:])
	if n <= 0 || v > 1<<40 || v < -1<<40 {
		d.fail("bad varint")
		return 0
	}
	d.pos += n
	return int(v)
}

func (d *snapDecoder) flags() byte {
	if d.err != nil {
		return 0
	}
	if d.pos >= len(d.data) {
		d.fail("unexpected end")
		return 0
	}
	b := d.data[d.pos]
	d.pos++
	return b
}

func (d *snapDecoder) str() string {
	i := d.uvarint()
	if i >= len(d.strs) {
		d.fail("bad string index")
		return ""
	}
	return d.strs[i]
}

// fold reads a string as a token's fold, interning each of the table's
// strings once.
func (d *snapDecoder) fold() text.FoldID {
	i := d.uvarint()
	if i >= len(d.strs) {
		d.fail("bad string index")
		return 0
	}
	if d.folds == nil {
		d.folds = make([]text.FoldID, len(d.strs))
	}
	if d.folds[i] == 0 {
		d.folds[i] = text.Intern(d.strs[i])
	}
	return d.folds[i]
}

// count reads a count, checking that it could fit in the bytes left
// (every element takes at least one byte).
func (d *snapDecoder) count() int {
	n := d.uvarint()
	if n > len(d.data)-d.pos {
		d.fail("count too large")
		return 0
	}
	return n
}

// slice reads the length of a slice that may be nil (see
// snapEncoder.count): ok is false for nil.
func (d *snapDecoder) slice() (n int, ok bool) {
	n = d.count()
	if n == 0 {
		return 0, false
	}
	return n - 1, true
}

func makeSlice[T any](d *snapDecoder) []T {
	n, ok := d.slice()
	if !ok {
		return nil
	}
	return make([]T, n)
}

func (d *snapDecoder) strList() []string {
	out := makeSlice[string](d)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *snapDecoder) span(prev int) text.Span {
	start := prev + d.varint()
	return text.Span{Start: start, End: start + d.varint()}
}

func (d *snapDecoder) value() dates.Value {
	b := d.flags()
	return dates.Value{Precision: dates.Precision(b & 0x7f), Exact: b&0x80 != 0,
		Year: d.varint(), Month: d.varint(), Day: d.varint(), Week: d.varint()}
}

func (d *snapDecoder) corpus() *Corpus {
	arts := makeSlice[*Article](d)
	parsed := make([]*corpus.Article, len(arts))
	for i := range arts {
		parsed[i] = d.article()
		arts[i] = &Article{Article: parsed[i]}
		d.analysis(arts[i])
		if d.err != nil {
			return nil
		}
	}
	c, err := corpus.New(parsed)
	if err != nil {
		d.fail(err.Error())
		return nil
	}
	for i := range parsed {
		if c.At(i) != parsed[i] {
			d.fail("articles out of order")
			return nil
		}
	}
	ac := &Corpus{Corpus: c, Articles: arts, actors: d.actorMap(), others: d.actorMap()}
	h := d.happenings(arts)
	if d.err != nil {
		return nil
	}
	ac.happenOnce.Do(func() { ac.happenings = h })
	return ac
}

func (d *snapDecoder) article() *corpus.Article {
	a := &corpus.Article{ID: d.str(), File: d.str()}
	a.Date = corpus.Date{Year: d.varint(), Month: d.varint(), Day: d.varint()}
	a.Title, a.Text, a.Body = d.str(), d.str(), d.varint()
	a.Paragraphs = makeSlice[corpus.Paragraph](d)
	prev, line := 0, 0
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		p.Span = d.span(prev)
		prev = p.End
		p.Kind = corpus.ParaKind(d.flags())
		line += d.varint()
		p.Line = line
		s := d.varint()
		p.Sentences = corpus.Range{Start: s, End: s + d.varint()}
		t := d.varint()
		p.Tokens = corpus.Range{Start: t, End: t + d.varint()}
	}
	a.Sentences = makeSlice[corpus.Sentence](d)
	prev = 0
	for i := range a.Sentences {
		s := &a.Sentences[i]
		s.Span = d.span(prev)
		prev = s.End
		s.Para = d.varint()
		t := d.varint()
		s.Tokens = corpus.Range{Start: t, End: t + d.varint()}
	}
	a.Tokens = makeSlice[text.Token](d)
	a.Flags = makeSlice[corpus.Flag](d)
	if len(a.Flags) != len(a.Tokens) {
		d.fail("flags and tokens differ in number")
		return a
	}
	prev = 0
	for i := range a.Tokens {
		b := d.flags()
		t := &a.Tokens[i]
		t.Kind, t.Hyphen, a.Flags[i] = text.Kind(b&3), b&4 != 0, corpus.Flag(b>>3)
		t.Start = prev + d.varint()
		t.End = t.Start + d.uvarint()
		prev = t.End
		t.FoldID = d.fold()
	}
	if d.err == nil && !spansIn(a) {
		d.fail("article " + a.ID + ": a span is outside its text")
	}
	return a
}

// spansIn reports whether every span and range of a lies inside its text
// and slices, so that a malformed snapshot cannot make a page panic.
func spansIn(a *corpus.Article) bool {
	in := func(s text.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(a.Text) }
	rng := func(r corpus.Range, n int) bool { return 0 <= r.Start && r.Start <= r.End && r.End <= n }
	for _, p := range a.Paragraphs {
		if !in(p.Span) || !rng(p.Sentences, len(a.Sentences)) || !rng(p.Tokens, len(a.Tokens)) {
			return false
		}
	}
	for _, s := range a.Sentences {
		if !in(s.Span) || s.Para < 0 || s.Para >= len(a.Paragraphs) || !rng(s.Tokens, len(a.Tokens)) {
			return false
		}
	}
	for _, t := range a.Tokens {
		if !in(t.Span) {
			return false
		}
	}
	return 0 <= a.Body && a.Body <= len(a.Text)
}

func (d *snapDecoder) mentions() []actors.Mention {
	ms := makeSlice[actors.Mention](d)
	prev := 0
	for i := range ms {
		m := &ms[i]
		m.Span = d.span(prev)
		prev = m.Span.Start
		m.SetActorID(d.str())
		b := d.flags()
		m.Role, m.Possessive = b&1 != 0, b&2 != 0
	}
	return ms
}

func (d *snapDecoder) analysis(a *Article) {
	a.Mentions = d.mentions()
	a.Others = d.mentions()
	a.Dates = makeSlice[dates.Expr](d)
	for i := range a.Dates {
		x := &a.Dates[i]
		x.Span = d.span(0)
		x.Value = d.value()
		x.SetRule(d.str(), d.str())
		x.Weekday = d.varint()
	}
	a.Events = makeSlice[Event](d)
	for i := range a.Events {
		ev := &a.Events[i]
		ev.Kind = EventKind(d.flags())
		ev.Value = d.value()
		ev.Expr = d.span(0)
		ev.Sentence = d.varint()
		ev.SetActors(d.strList())
	}
	a.References = makeSlice[Reference](d)
	for i := range a.References {
		r := &a.References[i]
		r.Span = d.span(0)
		r.Sentence = d.varint()
		r.Kind = RefKind(d.flags())
		r.Actors = d.strList()
	}
	ems := makeSlice[EventMention](d)
	for i := range ems {
		m := &ems[i]
		m.Sentence = d.varint()
		m.Trigger = d.span(0)
		m.Type = events.Type{Type: d.str(), Subtype: d.str()}
		m.Act = d.str()
		m.Modality = events.Modality(d.str())
		m.Agent, m.Patient, m.Place = d.strList(), d.strList(), d.strList()
		m.Date = d.value()
		m.Weekday = d.varint()
		m.When = When(d.flags())
		m.DateExpr = d.span(0)
		m.Speech, m.Same = d.varint(), d.varint()
		b := d.flags()
		m.Earlier, m.open = b&1 != 0, b&2 != 0
		m.prep = d.str()
	}
	a.SetEventMentions(ems)
	a.counts = makeSlice[actorCount](d)
	for i := range a.counts {
		id, n := d.str(), d.varint()
		first := slices.IndexFunc(a.Mentions, func(m actors.Mention) bool { return m.ActorID() == id })
		if first < 0 {
			d.fail("article " + a.ID + ": a count of an actor it does not mention")
			return
		}
		a.counts[i] = actorCount{first: int32(first), n: int32(n)}
	}
	if d.err != nil {
		return
	}
	ns := len(a.Sentences)
	sentence := func(i int) bool { return 0 <= i && i < ns }
	inText := func(s text.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(a.Text) }
	for _, ms := range [2][]actors.Mention{a.Mentions, a.Others} {
		for _, m := range ms {
			if !inText(m.Span) {
				d.fail("actor mention out of the text")
			}
		}
	}
	for _, x := range a.Dates {
		if !inText(x.Span) {
			d.fail("date out of the text")
		}
	}
	for _, ev := range a.Events {
		if ev.Sentence != -1 && !sentence(ev.Sentence) || !inText(ev.Expr) {
			d.fail("event sentence out of range")
		}
	}
	for _, r := range a.References {
		if !sentence(r.Sentence) || !inText(r.Span) {
			d.fail("reference out of range")
		}
	}
	for _, m := range ems {
		if !sentence(m.Sentence) || m.Speech >= a.NumEventMentions() || m.Same >= a.NumEventMentions() ||
			!inText(m.Trigger) || !inText(m.DateExpr) {
			d.fail("event mention out of range")
		}
	}
}

func (d *snapDecoder) actorMap() map[string]actors.Actor {
	n := d.count()
	m := make(map[string]actors.Actor, n)
	for range n {
		a := actors.Actor{ID: d.str(), Name: d.str(), Type: actors.Type(d.flags()), Affiliation: d.str(), Aliases: d.strList()}
		a.Roles = makeSlice[actors.Role](d)
		for i := range a.Roles {
			a.Roles[i] = actors.Role{Phrase: d.str(), From: d.str(), To: d.str()}
		}
		a.Discovered = d.flags() == 1
		m[d.str()] = a
	}
	return m
}

func (d *snapDecoder) happenings(arts []*Article) *Happenings {
	h := &Happenings{List: makeSlice[Happening](d)}
	lists := &happeningLists{ids: []string{}}
	for i := range h.List {
		id, date, wd, when := d.str(), d.value(), d.varint(), When(d.flags())
		typ := events.Type{Type: d.str(), Subtype: d.str()}
		act, mod := d.str(), events.Modality(d.str())
		agent, patient, place, actors := d.strList(), d.strList(), d.strList(), d.strList()
		refs := makeSlice[MentionRef](d)
		for k := range refs {
			refs[k] = MentionRef{Article: d.uvarint(), Mention: d.uvarint()}
		}
		h.List[i] = lists.add(Happening{ID: id, Date: date, Weekday: wd, When: when}, typ, act, mod, agent, patient, place, actors, refs)
	}
	if n := d.count(); d.err == nil && n != len(arts) {
		d.fail("happenings of another corpus")
	}
	if d.err != nil {
		return nil
	}
	h.of = make([][]int32, len(arts))
	for ai, a := range arts {
		if n := d.uvarint(); n != a.NumEventMentions() {
			d.fail("happenings of another corpus")
			return nil
		}
		h.of[ai] = make([]int32, a.NumEventMentions())
		for k := range h.of[ai] {
			h.of[ai][k] = -1
		}
	}
	for i, hp := range h.List {
		for _, r := range hp.Mentions() {
			if r.Article >= len(arts) || r.Mention >= len(h.of[r.Article]) {
				d.fail("happening mention out of range")
				return nil
			}
			h.of[r.Article][r.Mention] = int32(i)
		}
	}
	for _, o := range h.of {
		if slices.Contains(o, -1) {
			d.fail("an event mention without its happening")
			return nil
		}
	}
	return h
}
