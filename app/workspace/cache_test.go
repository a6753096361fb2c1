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
		art := &analysis.Article{}
		k := &keptAnalyses{}
		k.add(tt.found)
		k.arts = []*analysis.Article{art}
		got := k.analysed(0)
		if got.Article != art || !reflect.DeepEqual(got.Found, tt.found) {
			t.Errorf("%s: unpacked %+v, want %+v", tt.name, got.Found, tt.found)
		}
	}
}

// TestKeptAnalysesMany: the analyses of many articles, packed one after
// the other (a few with thousands of actors, some with actors that do not
// pack), each unpack to what they were once all are packed; and packing
// them makes a few allocations, not one per article.
func TestKeptAnalysesMany(t *testing.T) {
	k := &keptAnalyses{}
	var found [][]actors.Actor
	for i := range 3000 {
		var f []actors.Actor
		n := i % 4
		if i%997 == 5 {
			n = 2000
		}
		for j := range n {
			id := fmt.Sprintf("actor-%d-%d", i, j)
			a := actors.Actor{ID: id, Name: strings.ToUpper(id), Type: actors.Type(j % 3), Discovered: j%2 == 0}
			if (i+j)%50 == 0 {
				a.Aliases = []string{"alias " + id}
			}
			f = append(f, a)
		}
		found = append(found, f)
		k.add(f)
		k.arts = append(k.arts, &analysis.Article{})
	}
	for i := range found {
		got := k.analysed(i)
		if got.Article != k.arts[i] || len(got.Found) != len(found[i]) || (len(found[i]) > 0 && !reflect.DeepEqual(got.Found, found[i])) {
			t.Fatalf("article %d: unpacked %d actors %+v, want %+v", i, len(got.Found), got.Found, found[i])
		}
	}
	f := []actors.Actor{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}}
	if allocs := testing.AllocsPerRun(1, func() {
		k := &keptAnalyses{ends: make([]uint32, 0, 1000)}
		for range 1000 {
			k.add(f)
		}
	}); allocs > 20 {
		t.Errorf("packing 1,000 analyses made %v allocations", allocs)
	}
}
