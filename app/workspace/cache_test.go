package workspace

import (
	"fmt"
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
		got := keep(x, nil).analysed()
		if got.Article != art || !reflect.DeepEqual(got.Found, tt.found) {
			t.Errorf("%s: unpacked %+v, want %+v", tt.name, got.Found, tt.found)
		}
	}
}

// TestKeptAnalysesShareBlocks: the analyses of many articles, packed one
// after the other into shared blocks (a few too large for one), each
// unpack to what they were once all are packed, and most share a block.
func TestKeptAnalysesShareBlocks(t *testing.T) {
	k := &analysesKept{}
	var arts []*analysis.Article
	var found [][]actors.Actor
	var kept []keptAnalysis
	for i := range 3000 {
		art := &analysis.Article{}
		var f []actors.Actor
		n := i % 4
		if i%997 == 5 {
			n = 2000 // over a quarter of a block
		}
		for j := range n {
			id := fmt.Sprintf("actor-%d-%d", i, j)
			f = append(f, actors.Actor{ID: id, Name: strings.ToUpper(id), Type: actors.Type(j % 3), Discovered: j%2 == 0})
		}
		arts, found = append(arts, art), append(found, f)
		kept = append(kept, k.keep(analysis.Analysed{Article: art, Found: f}))
	}
	for i, kp := range kept {
		got := kp.analysed()
		if got.Article != arts[i] || len(got.Found) != len(found[i]) || (len(found[i]) > 0 && !reflect.DeepEqual(got.Found, found[i])) {
			t.Fatalf("article %d: unpacked %d actors %+v, want %+v", i, len(got.Found), got.Found, found[i])
		}
	}
	// 1,000 articles of three actors each take a block or two, not an
	// allocation each.
	f := []actors.Actor{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}}
	x := analysis.Analysed{Article: &analysis.Article{}, Found: f}
	if allocs := testing.AllocsPerRun(1, func() {
		k := &analysesKept{}
		for range 1000 {
			k.keep(x)
		}
	}); allocs > 10 {
		t.Errorf("packing 1,000 analyses made %v allocations", allocs)
	}
}
