package records

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func rec(key string, seq int64, data string) Record { return Record{key, seq, []byte(data)} }

func keys(rs []Record) string {
	var s []string
	for _, r := range rs {
		s = append(s, r.Key+"="+string(r.Data))
	}
	return strings.Join(s, " ")
}

func TestChanges(t *testing.T) {
	base := BaseOf([]Record{rec("a", 1, "A"), rec("b", 2, "B"), rec("c", 3, "C")})
	put, del := Changes(base, []Record{rec("a", 1, "A"), rec("b", 2, "B2"), rec("d", 4, "D")})
	if keys(put) != "b=B2 d=D" || strings.Join(del, " ") != "c" {
		t.Errorf("put %q, del %q", keys(put), del)
	}
	if put, del := Changes(nil, nil); len(put)+len(del) != 0 {
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
			got, changed := Merge(BaseOf(tc.base), tc.stored, tc.current)
			if keys(got) != tc.want || changed != tc.changed {
				t.Errorf("got %q changed %v, want %q %v", keys(got), changed, tc.want, tc.changed)
			}
		})
	}
}

// store is a store shared by tabs: writes are atomic, as an IndexedDB
// transaction is.
type store map[string]Record

func (s store) all() []Record {
	var out []Record
	for _, r := range s {
		out = append(out, r)
	}
	Sort(out)
	return out
}

type tab struct {
	base    Base
	current []Record
}

// save writes the tab's changes and takes in the others' in one step.
func (t *tab) save(s store) {
	put, del := Changes(t.base, t.current)
	for _, r := range put {
		s[r.Key] = r
	}
	for _, k := range del {
		delete(s, k)
	}
	stored := s.all()
	t.current, _ = Merge(t.base.Apply(put, del), stored, t.current)
	t.base = BaseOf(stored)
}

// TestTabsLoseNothing: several tabs add and remove records at random and
// save in any order, some changes made while others are unsaved; in the
// end the store and every tab hold exactly the records added and not
// removed.
func TestTabsLoseNothing(t *testing.T) {
	for seed := range uint64(50) {
		rng := rand.New(rand.NewPCG(seed, 21))
		s := store{}
		tabs := make([]*tab, 2+rng.IntN(3))
		for i := range tabs {
			tabs[i] = &tab{base: Base{}}
		}
		want := map[string]bool{}
		n := 0
		for range 200 {
			tb := tabs[rng.IntN(len(tabs))]
			switch k := rng.IntN(10); {
			case k < 5:
				n++
				key := fmt.Sprintf("f%03d", n)
				tb.current = append(tb.current, rec(key, int64(n), key))
				want[key] = true
			case k < 7 && len(tb.current) > 0:
				i := rng.IntN(len(tb.current))
				delete(want, tb.current[i].Key)
				tb.current = slices.Delete(tb.current, i, i+1)
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
			t.Fatalf("seed %d: store holds %v, want %v", seed, g, wantKeys)
		}
		for i, tb := range tabs {
			if g := got(tb.current); !slices.Equal(g, wantKeys) {
				t.Fatalf("seed %d: tab %d shows %v, want %v", seed, i, g, wantKeys)
			}
		}
	}
}
