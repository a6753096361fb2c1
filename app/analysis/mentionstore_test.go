package analysis

import (
	"reflect"
	"slices"
	"testing"

	"corpusexplorer/app/dates"
	"corpusexplorer/app/events"
	"corpusexplorer/app/text"
)

// TestEventMentionsKept: an article gives back the event mentions it was
// given, field for field (nil and empty lists kept apart), its records
// hold no pointer, and a role handed out cannot be appended over its
// neighbour's.
func TestEventMentionsKept(t *testing.T) {
	if p := pointerFields(reflect.TypeFor[mentionRecord]()); p != nil {
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

// TestBlockKeep: kept lists equal what was given, are capped, and an
// empty list keeps its nil-ness.
func TestBlockKeep(t *testing.T) {
	var b block[string]
	if b.keep(nil) != nil {
		t.Error("nil kept as non-nil")
	}
	if got := b.keep([]string{}); got == nil || len(got) != 0 {
		t.Errorf("empty kept as %#v", got)
	}
	var kept [][]string
	for i := range 3000 {
		xs := []string{"a", "b", "c"}[:1+i%3]
		k := b.keep(xs)
		if !slices.Equal(k, xs) || cap(k) != len(k) {
			t.Fatalf("keep(%v) = %v (cap %d)", xs, k, cap(k))
		}
		kept = append(kept, k)
	}
	long := make([]string, blockSize)
	if k := b.keep(long); len(k) != blockSize {
		t.Errorf("a long list kept as %d", len(k))
	}
	for i, k := range kept {
		if want := []string{"a", "b", "c"}[:1+i%3]; !slices.Equal(k, want) {
			t.Fatalf("list %d became %v", i, k)
		}
	}
}

// pointerFields names the fields of ty that hold pointers.
func pointerFields(ty reflect.Type) []string {
	var out []string
	for i := range ty.NumField() {
		f := ty.Field(i)
		switch f.Type.Kind() {
		case reflect.Struct:
			out = append(out, pointerFields(f.Type)...)
		case reflect.Array:
			if f.Type.Elem().Kind() == reflect.Struct {
				out = append(out, pointerFields(f.Type.Elem())...)
			}
		case reflect.Pointer, reflect.String, reflect.Slice, reflect.Map, reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
			out = append(out, f.Name)
		}
	}
	return out
}
