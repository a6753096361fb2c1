package actors

import (
	"strings"
	"testing"
)

// TestSpans checks where names begin and end, one case per rule:
// particles, hyphenated names, initials, titles before names,
// possessives, "en" between two names, and adjectives before a name.
func TestSpans(t *testing.T) {
	e := seedExtractor(t)
	tests := []struct {
		rule, text string
		want       []string // the spans of ExtractAll, in order
	}{
		{"particles after a first name", "Dat zei Jan van der Berg gisteren.", []string{"Jan van der Berg"}},
		{"particle after an unknown first name", "Volgens Royce de Vries klopt het.", []string{"Royce de Vries"}},
		{"ter in a surname", "Minister Guusje ter Horst sprak.", []string{"Guusje ter Horst"}},
		{"capitalised particle opens a surname", "Gisteren sprak Van Rompuy met De Gucht.", []string{"Van Rompuy", "De Gucht"}},
		{"hyphenated first name", "Dat zegt Jean-Luc Dehaene.", []string{"Jean-Luc Dehaene"}},
		{"hyphenated surname", "Het boek van Anne-Marie Peeters-Janssens.", []string{"Anne-Marie Peeters-Janssens"}},
		{"hyphenated place", "Hij woont in Sint-Truiden.", []string{"Sint-Truiden"}},
		{"initials", "Volgens J.P. Peeters en Peter R. de Vries.", []string{"J.P. Peeters", "Peter R. de Vries"}},
		{"title before a name is no part of it", "Dat meldt minister Verwilghen aan premier Guy Verhofstadt.", []string{"Verwilghen", "Guy Verhofstadt"}},
		{"title at the start of a sentence", "Burgemeester Patrick Janssens opende de zaal.", []string{"Patrick Janssens"}},
		{"possessive apostrophe stays on the name", "Niemand volgt Poetin's oproep.", []string{"Poetin's"}},
		{"possessive s of a discovered surname", "Karel Vermeulen sprak. Vermeulens plan faalde.", []string{"Karel Vermeulen", "Vermeulens"}},
		{"en between two names", "De fusie van de Kredietbank en Cera gaat door.", []string{"Kredietbank", "Cera"}},
		{"en inside a name a connector opened", "De Commissie voor Monumenten en Landschappen besliste.", []string{"Commissie voor Monumenten en Landschappen"}},
		{"Dutch adjective belongs to the name", "Hij werkt bij de Belgische Voetbalbond.", []string{"Belgische Voetbalbond"}},
		{"adjective before an English name is apart", "Dat meldt het Amerikaanse National Security Agency.", []string{"Amerikaanse", "National Security Agency"}},
		{"event name takes its year", "De organisatie van Euro 2000 is rond.", []string{"Euro 2000"}},
		{"a channel takes its number", "Dat zei hij op Radio 1 en op BBC 2, niet op Kanaal 2.", []string{"Radio 1", "BBC 2", "Kanaal 2"}},
		{"a compound after the number is no channel", "De nieuwe TV 1-serie loopt.", []string{}},
	}
	for _, tt := range tests {
		d := mkDoc(tt.text, "2000-08")
		ms, _ := e.ExtractAll(d)
		var got []string
		for _, m := range ms {
			if !m.Role {
				got = append(got, m.Span.Of(d.Text))
			}
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%s: %q\n got  %q\n want %q", tt.rule, tt.text, got, tt.want)
		}
	}
}
