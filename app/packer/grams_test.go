package packer

import (
	"encoding/json"
	"fmt"
	"testing"

	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
)

// gramRule serves a pack by ranges, logging what is fetched, with its
// manifest giving rule as the rule of its common grams (nil: no rule, as
// a pack built without grams).
type gramRule struct {
	*rangeLog
	rule any
}

func (f gramRule) Fetch(name string) ([]byte, error) {
	b, err := f.rangeLog.Fetch(name)
	if err != nil || name != packs.ManifestName {
		return b, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	if f.rule == nil {
		delete(m, "gramRule")
	} else {
		m["gramRule"] = f.rule
	}
	return json.Marshal(m)
}

// TestGramsReadLess: a phrase with a stop word, searched with a filter
// (no hot answer), finds the same with and without the pack's common
// grams, and reads a fraction of the postings with them: a gram's, not
// the stop word's. A pack whose grams follow another rule than the
// reader's (which may lack grams the reader looks for) is read by words,
// as one without grams.
func TestGramsReadLess(t *testing.T) {
	p := packSynth(t, 2000)
	if p.rep.Manifest.GramRule != search.GramRule {
		t.Fatalf("the manifest gives the rule %d of common grams, want %d", p.rep.Manifest.GramRule, search.GramRule)
	}
	all, _ := p.ix.Search(search.State{}, 0, 0)
	actor := all.Facets.Actors[0].ID
	for _, q := range []string{`"de minister"`, `"minister van buitenlandse zaken"`, `"het kremlin"`, `"de zzzz"`,
		`"van de regering"`, `"aan de grens met frankrijk"`, `"van het kremlin"`} {
		st := search.State{Q: q, Actors: []string{actor}}
		want, _ := p.ix.Search(st, 10, 0)
		var bytes [3]int
		for i, rule := range []any{search.GramRule, nil, search.GramRule - 1} {
			f := &rangeLog{ranged: ranged{p.sink}}
			r, err := packs.Open(gramRule{f, rule})
			if err != nil {
				t.Fatal(err)
			}
			got, _, err := r.Search(st, 10, 0)
			if err != nil {
				t.Fatal(err)
			}
			same(t, fmt.Sprintf("%s (manifest %d)", q, i), want, got)
			bytes[i] = f.bytesOf(packs.KindPostings)
		}
		if bytes[0]*4 > bytes[1] || bytes[2] != bytes[1] {
			t.Errorf("%s: %d bytes of postings read with grams, %d without, %d under another rule", q, bytes[0], bytes[1], bytes[2])
		}
		t.Logf("%s: %d hits, %d bytes of postings read with grams, %d without", q, want.Total, bytes[0], bytes[1])
	}
}
