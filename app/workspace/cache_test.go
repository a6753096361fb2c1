package workspace

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/records"
	"corpusexplorer/app/strmap"
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

// TestCacheFiles: the cache finds a file by name and by the identity of
// its bytes, whether it keeps them itself (a file only hashed, or one
// that did not parse) or as the parsed article's text; keep drops the
// files not named, with their errors, and keeps the others'.
func TestCacheFiles(t *testing.T) {
	var c cache
	good := corpus.File{Name: "a.txt", Data: []byte("date 2021-12\n\nDe minister sprak.")}
	bad := corpus.File{Name: "b.txt", Data: []byte("geen datum")}
	hashed := corpus.File{Name: "c.txt", Data: []byte("date 2021-11\n\nTekst.")}
	first := c.parsed(good)
	if first.err != nil || first.art == nil {
		t.Fatalf("a.txt: %v", first.err)
	}
	if e := c.parsed(bad); e.err == nil {
		t.Fatal("b.txt parsed")
	}
	c.hash(hashed)
	if i, _ := c.at.Get("a.txt"); !c.files[i].inText || c.files[i].data != nil {
		t.Error("a parsed file's bytes are kept besides its article's text")
	}
	for _, f := range []corpus.File{good, bad, hashed} {
		if _, ok := c.lookup(f); !ok {
			t.Errorf("%s is not found by its bytes", f.Name)
		}
		copied := corpus.File{Name: f.Name, Data: slices.Clone(f.Data)}
		if _, ok := c.lookup(copied); ok {
			t.Errorf("%s is found by a copy of its bytes", f.Name)
		}
	}
	if e := c.parsed(corpus.File{Name: "a.txt", Data: slices.Clone(good.Data)}); e.art != first.art {
		t.Error("the same content under new bytes was parsed again")
	}
	names := new(strmap.Map[struct{}])
	names.Put("b.txt", struct{}{})
	names.Put("c.txt", struct{}{})
	c.keep(names)
	if _, ok := c.lookup(good); ok || c.at.Len() != 2 {
		t.Errorf("keep left %d files, a.txt among them: %v", c.at.Len(), ok)
	}
	if e, ok := c.lookup(bad); !ok || e.err == nil {
		t.Error("keep lost b.txt's error")
	}
	if e, ok := c.lookup(hashed); !ok || e.hash != records.HashOf(hashed.Data) {
		t.Error("keep lost c.txt's hash")
	}
}
