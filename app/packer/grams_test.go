package packer

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
)

// postingsCount serves a pack by ranges and counts the bytes of postings
// fetched; with noGrams, its manifest does not say the pack holds common
// grams, so that a reader matches phrases by their words' postings, as it
// reads a pack built without grams.
type postingsCount struct {
	ranged
	noGrams bool
	mu      sync.Mutex
	bytes   int
}

func (f *postingsCount) count(name string, b []byte) {
	if strings.HasPrefix(name, packs.KindPostings+"-") {
		f.mu.Lock()
		f.bytes += len(b)
		f.mu.Unlock()
	}
}

func (f *postingsCount) Fetch(name string) ([]byte, error) {
	b, err := f.ranged.Fetch(name)
	if err != nil || name != packs.ManifestName || !f.noGrams {
		f.count(name, b)
		return b, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	delete(m, "grams")
	return json.Marshal(m)
}

func (f *postingsCount) FetchRange(name string, off, n int64) ([]byte, error) {
	b, err := f.ranged.FetchRange(name, off, n)
	f.count(name, b)
	return b, err
}

// TestGramsReadLess: a phrase with a stop word, searched with a filter
// (no hot answer), finds the same with and without the pack's common
// grams, and reads a fraction of the postings with them: a gram's, not
// the stop word's.
func TestGramsReadLess(t *testing.T) {
	p := packSynth(t, 2000)
	if !p.rep.Manifest.Grams {
		t.Fatal("the manifest does not say the pack holds common grams")
	}
	all, _ := p.ix.Search(search.State{}, 0, 0)
	actor := all.Facets.Actors[0].ID
	for _, q := range []string{`"de minister"`, `"minister van buitenlandse zaken"`, `"het kremlin"`, `"de zzzz"`,
		`"van de regering"`, `"aan de grens met frankrijk"`, `"van het kremlin"`} {
		st := search.State{Q: q, Actors: []string{actor}}
		var res [2]search.Result
		var bytes [2]int
		for i, noGrams := range []bool{false, true} {
			f := &postingsCount{ranged: ranged{p.sink}, noGrams: noGrams}
			r, err := packs.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			if res[i], _, err = r.Search(st, 10, 0); err != nil {
				t.Fatal(err)
			}
			bytes[i] = f.bytes
		}
		same(t, q, res[1], res[0])
		if bytes[0]*4 > bytes[1] {
			t.Errorf("%s: %d bytes of postings read with grams, %d without", q, bytes[0], bytes[1])
		}
		t.Logf("%s: %d hits, %d bytes of postings read with grams, %d without", q, res[0].Total, bytes[0], bytes[1])
	}
}
