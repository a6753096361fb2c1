package workspace

import (
	"reflect"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
)

// TestKeptAnalysis: an analysis packed for the cache unpacks to what it
// was, the actors found in the same order.
func TestKeptAnalysis(t *testing.T) {
	art := &analysis.Article{}
	long := strings.Repeat("lange naam ", 30) // a length over one varint byte
	for _, tt := range []struct {
		name  string
		found []actors.Actor
	}{
		{"none", nil},
		{"discovered", []actors.Actor{{ID: "jan-smit", Name: "Jan Smit", Type: actors.Person, Discovered: true}}},
		{"mixed", []actors.Actor{
			{ID: "acme", Name: "Acme", Type: actors.Organisation, Discovered: true},
			{ID: "x", Name: "X", Type: actors.Person, Aliases: []string{"Ex"}},
			{ID: "long", Name: long, Type: actors.Other},
			{ID: "y", Name: "Y", Type: actors.Person, Affiliation: "acme", Roles: []actors.Role{{Phrase: "de baas"}}},
			{ID: "", Name: "", Type: actors.Place},
		}},
	} {
		x := analysis.Analysed{Article: art, Found: tt.found}
		got := keep(x).analysed()
		if got.Article != art || !reflect.DeepEqual(got.Found, tt.found) {
			t.Errorf("%s: unpacked %+v, want %+v", tt.name, got.Found, tt.found)
		}
	}
}
