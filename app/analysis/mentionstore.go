package analysis

import (
	"corpusexplorer/app/dates"
	"corpusexplorer/app/events"
	"corpusexplorer/app/text"
)

// eventMentions holds an article's event mentions as they are kept after
// the analysis: the records hold no pointer, so that the garbage collector
// never looks inside the hundreds of thousands of them a large corpus
// has, and the participants of all of them share one list. (In the
// browser a collection marks the whole heap in one go, and an
// EventMention with its strings and three slices was a quarter of it.)
type eventMentions struct {
	list []mentionRecord // nil when the article was given none (not an empty list)
	// ids holds the participants of every mention, each role's ids one
	// after the other: a mention's Agent is ids[agent.off:agent.end].
	ids []string
}

// mentionRecord is an EventMention without pointers: its strings are
// interned (text.Intern) and its roles are ranges of eventMentions.ids.
type mentionRecord struct {
	trigger, dateExpr     text.Span
	date                  dates.Value
	sentence, speech      int32
	same                  int32
	agent, patient, place idRange
	typ, subtype          text.FoldID
	act, modality, prep   text.FoldID
	weekday               uint8
	when                  When
	earlier, open         bool
}

// idRange is where a role's ids are in eventMentions.ids.
type idRange struct{ off, end uint32 }

// set keeps ms (nil stays nil: the snapshot tells the two apart).
func (s *eventMentions) set(ms []EventMention) {
	*s = eventMentions{}
	if ms == nil {
		return
	}
	n := 0
	for i := range ms {
		n += len(ms[i].Agent) + len(ms[i].Patient) + len(ms[i].Place)
	}
	s.list = make([]mentionRecord, len(ms))
	if n > 0 {
		s.ids = make([]string, 0, n)
	}
	role := func(ids []string) idRange {
		r := idRange{off: uint32(len(s.ids))}
		s.ids = append(s.ids, ids...)
		r.end = uint32(len(s.ids))
		return r
	}
	for i := range ms {
		m := &ms[i]
		s.list[i] = mentionRecord{
			trigger: m.Trigger, dateExpr: m.DateExpr, date: m.Date,
			sentence: int32(m.Sentence), speech: int32(m.Speech), same: int32(m.Same),
			agent: role(m.Agent), patient: role(m.Patient), place: role(m.Place),
			typ: text.Intern(m.Type.Type), subtype: text.Intern(m.Type.Subtype),
			act: text.Intern(m.Act), modality: text.Intern(string(m.Modality)), prep: text.Intern(m.prep),
			weekday: uint8(m.Weekday), when: m.When, earlier: m.Earlier, open: m.open,
		}
	}
}

// at returns mention i. Its roles are slices of the shared list, capped so
// that appending to one copies it: a caller may keep or grow them, never
// write into them.
func (s *eventMentions) at(i int) EventMention {
	r := &s.list[i]
	return EventMention{
		Sentence: int(r.sentence), Trigger: r.trigger,
		Type: events.Type{Type: r.typ.String(), Subtype: r.subtype.String()},
		Act:  r.act.String(), Modality: events.Modality(r.modality.String()),
		Agent: s.role(r.agent), Patient: s.role(r.patient), Place: s.role(r.place),
		Date: r.date, Weekday: int(r.weekday), When: r.when, DateExpr: r.dateExpr,
		Speech: int(r.speech), Same: int(r.same), Earlier: r.earlier,
		open: r.open, prep: r.prep.String(),
	}
}

// same returns mention i's Same without the rest of it.
func (s *eventMentions) same(i int) int { return int(s.list[i].same) }

// role returns the ids of r, nil for none.
func (s *eventMentions) role(r idRange) []string {
	if r.off == r.end {
		return nil
	}
	return s.ids[r.off:r.end:r.end]
}

// NumEventMentions returns the number of the article's event mentions.
func (a *Article) NumEventMentions() int { return len(a.events.list) }

// EventMention returns the article's event mention i (0 ≤ i <
// NumEventMentions). Its Agent, Patient and Place are shared with the
// article: read them, or copy before changing one.
func (a *Article) EventMention(i int) EventMention { return a.events.at(i) }

// EventMentions returns the happenings the article tells of, sentence by
// sentence in text order, with their participants, place and date: a new
// list (nil when the article was given none) whose roles are shared as
// EventMention's are. Corpus.Happenings merges them across sentences and
// articles.
func (a *Article) EventMentions() []EventMention {
	if a.events.list == nil {
		return nil
	}
	out := make([]EventMention, len(a.events.list))
	for i := range out {
		out[i] = a.events.at(i)
	}
	return out
}

// SetEventMentions gives the article ms as its event mentions (see
// EventMentions); it keeps a copy.
func (a *Article) SetEventMentions(ms []EventMention) { a.events.set(ms) }
