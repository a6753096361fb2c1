package workspace

import (
	"reflect"
	"testing"

	"corpusexplorer/app/actors"
)

// TestGazetteerKey: gazetteers that differ in any field of any actor have
// different keys, and equal ones the same key.
func TestGazetteerKey(t *testing.T) {
	// gazetteerKey writes each of these fields: a new field of
	// actors.Actor or actors.Role must be added to it, and here.
	if n := reflect.TypeFor[actors.Actor]().NumField(); n != 7 {
		t.Fatalf("actors.Actor has %d fields: does gazetteerKey cover them all?", n)
	}
	if n := reflect.TypeFor[actors.Role]().NumField(); n != 3 {
		t.Fatalf("actors.Role has %d fields: does gazetteerKey cover them all?", n)
	}
	base := func() []actors.Actor {
		return []actors.Actor{
			{ID: "vs", Name: "Verenigde Staten", Type: actors.Place},
			{ID: "joe-biden", Name: "Joe Biden", Type: actors.Person, Affiliation: "vs", Aliases: []string{"Biden"},
				Roles: []actors.Role{{Phrase: "de Amerikaanse president", From: "2021-01-20", To: "2025-01-20"}}},
		}
	}
	key := func(list []actors.Actor) string {
		g, err := actors.NewGazetteer(list)
		if err != nil {
			t.Fatal(err)
		}
		return gazetteerKey(g)
	}
	want := key(base())
	if key(base()) != want {
		t.Fatal("equal gazetteers, different keys")
	}
	for _, tc := range []struct {
		name   string
		change func(a *actors.Actor)
	}{
		{"id", func(a *actors.Actor) { a.ID = "joe-r-biden" }},
		{"name", func(a *actors.Actor) { a.Name = "Joseph Biden" }},
		{"type", func(a *actors.Actor) { a.Type = actors.Organisation }},
		{"affiliation", func(a *actors.Actor) { a.Affiliation = "" }},
		{"alias added", func(a *actors.Actor) { a.Aliases = append(a.Aliases, "Joe") }},
		{"alias changed", func(a *actors.Actor) { a.Aliases[0] = "Bide" }},
		{"alias split", func(a *actors.Actor) { a.Aliases = []string{"Bi", "den"} }},
		{"role phrase", func(a *actors.Actor) { a.Roles[0].Phrase = "de president" }},
		{"role from", func(a *actors.Actor) { a.Roles[0].From = "2021" }},
		{"role to", func(a *actors.Actor) { a.Roles[0].To = "" }},
		{"role added", func(a *actors.Actor) { a.Roles = append(a.Roles, actors.Role{Phrase: "Biden"}) }},
		{"discovered", func(a *actors.Actor) { a.Discovered = true }},
	} {
		list := base()
		tc.change(&list[1])
		if key(list) == want {
			t.Errorf("%s changed, same key", tc.name)
		}
	}
}
