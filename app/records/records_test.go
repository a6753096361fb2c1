package records

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func rec(key string, seq int64, data string) Record {
	return Record{Key: key, Seq: seq, Data: []byte(data)}
}

func keys(rs []Record) string {
	var s []string
	for _, r := range rs {
		s = append(s, r.Key+"="+string(r.Data))
	}
	return strings.Join(s, " ")
}

func TestChanges(t *testing.T) {
	base := baseOf([]Record{rec("a", 1, "A"), rec("b", 2, "B"), rec("c", 3, "C")})
	put, del := Changes(base, []Record{rec("a", 1, "A"), rec("b", 2, "B2"), rec("d", 4, "D")})
	if keys(put) != "b=B2 d=D" || strings.Join(del, " ") != "c" {
		t.Errorf("put %q, del %q", keys(put), del)
	}
	if put, del := Changes(Base{}, nil); len(put)+len(del) != 0 {
		t.Errorf("nothing to write: %v %v", put, del)
	}
}

func TestMerge(t *testing.T) {
	a, b, c := rec("a", 1, "A"), rec("b", 2, "B"), rec("c", 3, "C")
	for _, tc := range []struct {
		name                  string
		base, stored, current []Record
		want                  string
		changed               bool
	}{
		{"nothing new", []Record{a}, []Record{a}, []Record{a}, "a=A", false},
		{"another tab added", []Record{a}, []Record{a, b}, []Record{a}, "a=A b=B", true},
		{"another tab deleted", []Record{a, b}, []Record{a}, []Record{a, b}, "a=A", true},
		{"another tab changed", []Record{a}, []Record{rec("a", 1, "A2")}, []Record{a}, "a=A2", true},
		{"an unsaved addition stays", []Record{a}, []Record{a, b}, []Record{a, c}, "a=A b=B c=C", true},
		{"an unsaved deletion stays", []Record{a, b}, []Record{a, b, c}, []Record{a}, "a=A c=C", true},
		{"an unsaved change stays", []Record{a}, []Record{a}, []Record{rec("a", 1, "A3")}, "a=A3", false},
		{"order by seq", nil, []Record{c, a}, []Record{b}, "a=A b=B c=C", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base := baseOf(tc.base)
			got, changed := Merge(base, DeltaOf(base, tc.stored), tc.current)
			if keys(got) != tc.want || changed != tc.changed {
				t.Errorf("got %q changed %v, want %q %v", keys(got), changed, tc.want, tc.changed)
			}
		})
	}
}

// store is a store shared by tabs: writes are atomic, as an IndexedDB
// transaction is. Each write stamps its records with the store's new
// generation, and the generation of the last write that deleted.
type store struct {
	recs        map[string]Record
	gens        map[string]int64
	gen, delgen int64
}

func (s *store) all() []Record {
	var out []Record
	for _, r := range s.recs {
		out = append(out, r)
	}
	Sort(out)
	return out
}

// since returns what changed in s after generation gen, for a tab whose
// view of it is base: the records written later and, when a later write
// deleted, the keys of base no longer stored.
func (s *store) since(base Base, gen int64) Delta {
	var d Delta
	for k, r := range s.recs {
		if s.gens[k] > gen {
			d.Put = append(d.Put, r)
		}
	}
	if s.delgen > gen {
		for k := range base.Keys() {
			if _, ok := s.recs[k]; !ok {
				d.Del = append(d.Del, k)
			}
		}
	}
	return d
}

type tab struct {
	base    Base
	gen     int64
	current []Record
	// full makes the tab read the whole store back after each write, as
	// it did before generations.
	full bool
}

// save writes the tab's changes and takes in the others' in one step:
// nothing is read when no other tab wrote since the tab's view.
func (t *tab) save(s *store) {
	put, del := Changes(t.base, t.current)
	view := t.base.Apply(put, del)
	fresh := s.gen == t.gen
	s.gen++
	for _, r := range put {
		s.recs[r.Key] = r
		s.gens[r.Key] = s.gen
	}
	for _, k := range del {
		delete(s.recs, k)
		delete(s.gens, k)
	}
	if len(del) > 0 {
		s.delgen = s.gen
	}
	switch {
	case t.full:
		stored := s.all()
		t.current, _ = Merge(view, DeltaOf(view, stored), t.current)
		t.base = baseOf(stored)
	case fresh:
		t.base = view
	default:
		d := s.since(view, t.gen)
		t.current, _ = Merge(view, d, t.current)
		t.base = view.Apply(d.Put, d.Del)
	}
	t.gen = s.gen
}

// hear reads what other tabs wrote since the tab's view, as a tab told
// of a write does.
func (t *tab) hear(s *store) {
	d := s.since(t.base, t.gen)
	t.current, _ = Merge(t.base, d, t.current)
	t.base, t.gen = t.base.Apply(d.Put, d.Del), s.gen
}

// TestTabsLoseNothing: several tabs add and remove records at random and
// save in any order, some changes made while others are unsaved, some
// tabs hearing of the others' writes; in the end the store and every tab
// hold exactly the records added and not removed, whether tabs read the
// whole store back after writing or only what changed since their view.
func TestTabsLoseNothing(t *testing.T) {
	for _, full := range []bool{true, false} {
		for seed := range uint64(50) {
			rng := rand.New(rand.NewPCG(seed, 21))
			s := &store{recs: map[string]Record{}, gens: map[string]int64{}}
			tabs := make([]*tab, 2+rng.IntN(3))
			for i := range tabs {
				tabs[i] = &tab{base: Base{}, full: full}
			}
			want := map[string]bool{}
			n := 0
			for range 200 {
				tb := tabs[rng.IntN(len(tabs))]
				switch k := rng.IntN(12); {
				case k < 5:
					n++
					key := fmt.Sprintf("f%03d", n)
					tb.current = append(tb.current, rec(key, int64(n), key))
					want[key] = true
				case k < 7 && len(tb.current) > 0:
					i := rng.IntN(len(tb.current))
					delete(want, tb.current[i].Key)
					tb.current = slices.Delete(tb.current, i, i+1)
				case k < 9 && !full:
					tb.hear(s)
				default:
					tb.save(s)
				}
			}
			for range 2 { // everyone saves, then hears of the last saves
				for _, tb := range tabs {
					tb.save(s)
				}
			}
			var wantKeys []string
			for k := range want {
				wantKeys = append(wantKeys, k)
			}
			slices.Sort(wantKeys)
			got := func(rs []Record) []string {
				var out []string
				for _, r := range rs {
					out = append(out, r.Key)
				}
				slices.Sort(out)
				return out
			}
			if g := got(s.all()); !slices.Equal(g, wantKeys) {
				t.Fatalf("full %v, seed %d: store holds %v, want %v", full, seed, g, wantKeys)
			}
			for i, tb := range tabs {
				if g := got(tb.current); !slices.Equal(g, wantKeys) {
					t.Fatalf("full %v, seed %d: tab %d shows %v, want %v", full, seed, i, g, wantKeys)
				}
				if !tb.base.Equal(baseOf(s.all())) {
					t.Fatalf("full %v, seed %d: tab %d's view is not the store", full, seed, i)
				}
			}
		}
	}
}

// TestSumUsesHash: a record's stored Hash stands for its data, and a
// record without one is hashed.
func TestSumUsesHash(t *testing.T) {
	r := rec("a", 7, "data")
	h := r
	h.Hash = Hash(r.Data)
	if r.Sum() != h.Sum() {
		t.Errorf("Sum without Hash %v, with %v", r.Sum(), h.Sum())
	}
	bad := h
	bad.Hash = "not a fingerprint"
	if bad.Sum() != h.Sum() {
		t.Errorf("Sum with a malformed Hash %v, want %v (the data's)", bad.Sum(), h.Sum())
	}
	moved := h
	moved.Seq = 8
	if moved.Sum() == h.Sum() {
		t.Error("Sum ignores Seq")
	}
}

// TestDigest: a fingerprint as bytes writes as Hash, and reads back from
// what Hash writes; anything else is no fingerprint.
func TestDigest(t *testing.T) {
	for _, data := range []string{"", "date 2021-12 Tekst.", strings.Repeat("x", 5000)} {
		d := HashOf([]byte(data))
		if d.String() != Hash([]byte(data)) {
			t.Errorf("%q: %s, Hash gives %s", data, d, Hash([]byte(data)))
		}
		if got, ok := ParseDigest(d.String()); !ok || got != d {
			t.Errorf("%q: ParseDigest(%s) = %v, %v", data, d, got, ok)
		}
	}
	for _, bad := range []string{"", "abc", "zz" + Hash(nil)[2:], Hash(nil) + "00"} {
		if _, ok := ParseDigest(bad); ok {
			t.Errorf("ParseDigest(%q) took it", bad)
		}
	}
}

// Hash returns HashOf(data) in hexadecimal, as a record's Hash holds it.
func Hash(data []byte) string { return HashOf(data).String() }

// baseOf returns the base of a store holding records.
func baseOf(records []Record) Base { return Base{}.Apply(records, nil) }
