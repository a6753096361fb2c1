package analysis

import (
	"reflect"
	"slices"
	"testing"

	"corpusexplorer/app/dates"
	"corpusexplorer/app/events"
	"corpusexplorer/app/internal/pointers"
	"corpusexplorer/app/text"
)

// TestEventMentionsKept: an article gives back the event mentions it was
// given, field for field (nil and empty lists kept apart), its records
// hold no pointer, and a role handed out cannot be appended over its
// neighbour's.
func TestEventMentionsKept(t *testing.T) {
	if p := pointers.In(reflect.TypeFor[mentionRecord]()); p != nil {
		t.Errorf("a kept event mention holds pointers: %v", p)
	}
	in := []EventMention{
		{
			Sentence: 2, Trigger: text.Span{Start: 10, End: 16}, Type: events.Type{Type: "Contact", Subtype: "Correspondence"},
			Act: "warn", Modality: events.Asserted, Agent: []string{"joe-biden"}, Patient: []string{"vladimir-poetin", "rusland"},
			Date: dates.DayValue(2021, 12, 7), Weekday: 2, When: InSentence, DateExpr: text.Span{Start: 20, End: 31},
			Speech: -1, Same: -1, Earlier: true, open: true, prep: "tijdens",
		},
		{Sentence: 3, Type: events.Type{Type: "Conflict", Subtype: "Attack"}, Modality: events.Planned, Place: []string{"oekraine"}, Speech: 0, Same: 0, When: Reported},
		{Sentence: 4, Modality: events.Negated, Speech: -1, Same: 1},
	}
	var a Article
	if a.EventMentions() != nil || a.NumEventMentions() != 0 {
		t.Fatal("a new article has event mentions")
	}
	a.SetEventMentions([]EventMention{})
	if got := a.EventMentions(); got == nil || len(got) != 0 {
		t.Errorf("an empty list came back as %#v", got)
	}
	a.SetEventMentions(in)
	got := a.EventMentions()
	if !reflect.DeepEqual(got, in) {
		t.Fatalf("kept\n%+v\ngot back\n%+v", in, got)
	}
	for i := range in {
		if m := a.EventMention(i); !reflect.DeepEqual(m, in[i]) {
			t.Errorf("EventMention(%d) = %+v, want %+v", i, m, in[i])
		}
	}
	agent := append(a.EventMention(0).Agent, "intruder")
	if p := a.EventMention(0).Patient; !slices.Equal(p, []string{"vladimir-poetin", "rusland"}) || agent[0] != "joe-biden" {
		t.Errorf("an append to an agent changed the patient: %v", p)
	}
	in[0].Agent[0] = "changed"
	if a.EventMention(0).Agent[0] != "joe-biden" {
		t.Error("the article shares the list it was given")
	}
}

// TestHappeningLists: a happening holds two pointers (its id and the
// shared lists), gives back the lists it was made with, and Told narrows
// its mentions without touching the lists of another.
func TestHappeningLists(t *testing.T) {
	if p := pointers.In(reflect.TypeFor[Happening]()); !slices.Equal(p, []string{"ID", "lists"}) {
		t.Errorf("a happening holds the pointers %v, want [ID lists]", p)
	}
	l := &happeningLists{ids: []string{}}
	refs := []MentionRef{{0, 1}, {0, 2}, {3, 0}}
	a := l.add(Happening{}, events.Type{Type: "Contact", Subtype: "Meet"}, "warn", events.Planned,
		[]string{"a"}, []string{"b", "c"}, nil, []string{"a", "b", "c"}, refs)
	b := l.add(Happening{}, events.Type{Type: "Life", Subtype: "Die"}, "", events.Asserted, nil, nil, []string{"p"}, []string{"p"}, refs[:1])
	if a.Type() != (events.Type{Type: "Contact", Subtype: "Meet"}) || a.Act() != "warn" || a.Modality() != events.Planned {
		t.Errorf("a is %v %q %q", a.Type(), a.Act(), a.Modality())
	}
	if !slices.Equal(a.Agent(), []string{"a"}) || !slices.Equal(a.Patient(), []string{"b", "c"}) || len(a.Place()) != 0 ||
		!slices.Equal(a.Actors(), []string{"a", "b", "c"}) || !slices.Equal(a.Mentions(), refs) {
		t.Errorf("a's lists %v %v %v %v %v", a.Agent(), a.Patient(), a.Place(), a.Actors(), a.Mentions())
	}
	if a.Place() == nil {
		t.Error("an empty list is nil")
	}
	if !slices.Equal(b.Place(), []string{"p"}) || len(b.Agent()) != 0 || !slices.Equal(b.Mentions(), refs[:1]) {
		t.Errorf("b's lists %v %v %v", b.Agent(), b.Place(), b.Mentions())
	}
	if got := a.Told(1, 3).Mentions(); !slices.Equal(got, refs[1:]) {
		t.Errorf("Told(1, 3) = %v", got)
	}
	if got := a.Told(1, 3).Told(0, 1).Mentions(); !slices.Equal(got, refs[1:2]) {
		t.Errorf("Told(1, 3).Told(0, 1) = %v", got)
	}
	_ = append(a.Agent(), "x")
	if !slices.Equal(a.Patient(), []string{"b", "c"}) {
		t.Errorf("an append to a's agent changed its patient: %v", a.Patient())
	}
	var zero Happening
	if zero.Agent() != nil || zero.Mentions() != nil || zero.Type() != (events.Type{}) {
		t.Error("the zero happening has lists")
	}
}

// TestEventActors: an event holds no pointer, and gives back the ids it
// was given (nil, empty and one empty id kept apart).
func TestEventActors(t *testing.T) {
	if p := pointers.In(reflect.TypeFor[Event]()); p != nil {
		t.Errorf("an event holds the pointers %v", p)
	}
	var e Event
	if e.Actors() != nil || e.HasActor("") {
		t.Error("a new event has actors")
	}
	e.SetActors([]string{})
	if got := e.Actors(); got == nil || len(got) != 0 {
		t.Errorf("no actors came back as %#v", got)
	}
	e.SetActors([]string{"joe-biden", "vladimir-poetin"})
	if got := e.Actors(); !slices.Equal(got, []string{"joe-biden", "vladimir-poetin"}) {
		t.Errorf("actors %v", got)
	}
	if !e.HasActor("vladimir-poetin") || !e.HasActor("joe-biden") || e.HasActor("rusland") || e.HasActor("") {
		t.Error("HasActor is wrong")
	}
	e.SetActors([]string{""})
	if got := e.Actors(); !slices.Equal(got, []string{""}) || !e.HasActor("") {
		t.Errorf("one empty id came back as %#v", got)
	}
	e.SetActors([]string{"a"})
	f := e
	f.SetActors([]string{"b", "c"})
	if !slices.Equal(e.Actors(), []string{"a"}) || !slices.Equal(f.Actors(), []string{"b", "c"}) {
		t.Errorf("a copy's actors changed the original's: %v %v", e.Actors(), f.Actors())
	}
	if p := pointers.In(reflect.TypeFor[dates.Expr]()); p != nil {
		t.Errorf("a date expression holds the pointers %v", p)
	}
	var x dates.Expr
	x.SetRule("deictic", "op")
	if x.Rule() != "deictic" || x.Prep() != "op" {
		t.Errorf("rule %q prep %q", x.Rule(), x.Prep())
	}
}
