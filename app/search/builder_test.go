package search

import (
	"slices"
	"testing"
)

// TestBuilderPostings: every term's postings in a built index (its
// documents, weighted frequencies, positions and the folds of each
// position) are what indexing each document on its own (IndexDoc) finds.
func TestBuilderPostings(t *testing.T) {
	c := synthCorpus(t, 400, 11)
	ix := Build(c, Config{})
	type posting struct {
		docs  []int32
		tf    []float32
		pos   [][]int32
		folds [][]string
	}
	want := map[string]*posting{}
	stems := map[string]string{}
	for d := range c.Len() {
		_, terms := IndexDoc(c.At(d), d, Config{}, stems)
		for _, dt := range terms {
			p := want[dt.Term]
			if p == nil {
				p = &posting{}
				want[dt.Term] = p
			}
			p.docs = append(p.docs, int32(d))
			p.tf = append(p.tf, dt.TF)
			p.pos = append(p.pos, dt.Pos)
			p.folds = append(p.folds, dt.Folds)
		}
	}
	if len(want) != ix.Terms() {
		t.Fatalf("%d terms, want %d", ix.Terms(), len(want))
	}
	terms := slices.Collect(ix.dict.Keys())
	if !slices.IsSorted(terms) {
		t.Error("the dictionary is not sorted")
	}
	mixed := 0
	for id, term := range terms {
		w, ok := want[term]
		if !ok {
			t.Fatalf("term %q is not in any document", term)
		}
		if got, _ := ix.lookup(term); got != int32(id) || ix.term(int32(id)) != term {
			t.Fatalf("lookup(%q) = %d, want %d", term, got, id)
		}
		p := ix.postings(int32(id))
		if !slices.Equal(p.docs, w.docs) || !slices.Equal(p.tf, w.tf) {
			t.Fatalf("%q: docs %v tf %v, want %v %v", term, p.docs, p.tf, w.docs, w.tf)
		}
		for k := range p.docs {
			if got := p.positions(k); !slices.Equal(got, w.pos[k]) {
				t.Fatalf("%q in doc %d: positions %v, want %v", term, p.docs[k], got, w.pos[k])
			}
		}
		// the fold of every position
		var folds []string
		for k := range w.folds {
			folds = append(folds, w.folds[k]...)
		}
		for i := range p.pos {
			got := ix.foldOf(int32(id))
			if p.variants != nil {
				mixed++
				got = p.variants[p.fv[i]]
			}
			if got != folds[i] {
				t.Fatalf("%q: position %d has fold %q, want %q", term, i, got, folds[i])
			}
		}
		if p.variants != nil && (ix.foldOf(int32(id)) != "" || len(p.variants) < 2 || p.variants[0] != folds[0]) {
			t.Fatalf("%q: fold %q, variants %v", term, ix.foldOf(int32(id)), p.variants)
		}
	}
	if mixed == 0 {
		t.Error("no term has several folds: the test does not look at variants")
	}
}
