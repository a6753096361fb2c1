package analysis

import (
	"sort"

	"corpusexplorer/app/dates"
	"corpusexplorer/app/text"
)

// MarkKind tells what a mark stands for.
type MarkKind uint8

// Mark kinds.
const (
	ActorMark MarkKind = iota // an actor mention
	DateMark                  // a date expression
	OtherMark                 // a name that is no actor (see Article.Others)
	RefMark                   // words that stand for actors (see Article.References)
)

// Mark is a marked stretch of an article's text: an actor mention, a date
// expression or another name.
type Mark struct {
	text.Span
	Kind    MarkKind
	ActorID string      // for ActorMark and OtherMark: the name's id
	Value   dates.Value // for DateMark
	Actors  []string    // for RefMark: the actors the words stand for
}

// Segment is a run of text within a span: plain when Mark is nil.
type Segment struct {
	text.Span
	Mark *Mark
}

// Segments cuts span of the article's text into plain and marked runs, in
// order, covering span exactly. Where marks overlap the earlier one wins
// (and of two that start together, the longer), so no text is shown twice.
func (a *Article) Segments(span text.Span) []Segment {
	marks := make([]Mark, 0, 8)
	for _, m := range a.Mentions {
		if span.Contains(m.Span) {
			marks = append(marks, Mark{Span: m.Span, Kind: ActorMark, ActorID: m.ActorID()})
		}
	}
	for _, m := range a.Others {
		if span.Contains(m.Span) {
			marks = append(marks, Mark{Span: m.Span, Kind: OtherMark, ActorID: m.ActorID()})
		}
	}
	for _, r := range a.References {
		if span.Contains(r.Span) && len(r.Actors) > 0 {
			marks = append(marks, Mark{Span: r.Span, Kind: RefMark, Actors: r.Actors})
		}
	}
	for _, d := range a.Dates {
		if span.Contains(d.Span) {
			marks = append(marks, Mark{Span: d.Span, Kind: DateMark, Value: d.Value})
		}
	}
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].Start != marks[j].Start {
			return marks[i].Start < marks[j].Start
		}
		return marks[i].End > marks[j].End
	})
	segs := make([]Segment, 0, 2*len(marks)+1)
	at := span.Start
	for i := range marks {
		m := &marks[i]
		if m.Start < at {
			continue // overlaps a mark already placed
		}
		if m.Start > at {
			segs = append(segs, Segment{Span: text.Span{Start: at, End: m.Start}})
		}
		segs = append(segs, Segment{Span: m.Span, Mark: m})
		at = m.End
	}
	if at < span.End {
		segs = append(segs, Segment{Span: text.Span{Start: at, End: span.End}})
	}
	return segs
}

// EventRef points at one event of an analysed corpus.
type EventRef struct {
	Article int // index into Corpus.Articles
	Event   int // index into that article's Events
}

// Timeline returns every event of the articles for which keep returns true
// (nil keeps all), in calendar order: by first day, then by last day, then
// by article order and position in the article.
func (ac *Corpus) Timeline(keep func(*Article) bool) []EventRef {
	var refs []EventRef
	for i, a := range ac.Articles {
		if keep != nil && !keep(a) {
			continue
		}
		for j := range a.Events {
			refs = append(refs, EventRef{i, j})
		}
	}
	sort.SliceStable(refs, func(i, j int) bool {
		return ac.Event(refs[i]).Value.Compare(ac.Event(refs[j]).Value) < 0
	})
	return refs
}

// Event returns the event r points at.
func (ac *Corpus) Event(r EventRef) *Event { return &ac.Articles[r.Article].Events[r.Event] }

// Summary counts what an analysed corpus holds: articles, actors and
// events (happenings, however many articles tell of each).
type Summary struct {
	Articles, Actors, Events int
	First, Last              string // first and last publication month, YYYY-MM
}

// Summary returns the corpus summary shown in the header.
func (ac *Corpus) Summary() Summary {
	st := ac.Corpus.Stats()
	s := Summary{Articles: st.Articles, Actors: len(ac.actors)}
	if st.Articles > 0 {
		s.First, s.Last = st.First.String(), st.Last.String()
	}
	s.Events = len(ac.Happenings().List)
	return s
}
