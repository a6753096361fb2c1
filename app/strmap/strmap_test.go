package strmap

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"corpusexplorer/app/internal/pointers"
)

// TestMapAgainstGoMap applies the same random operations to a Map and to
// a Go map, with keys that collide in the table, and compares them after
// each one, iteration order included.
func TestMapAgainstGoMap(t *testing.T) {
	tests := []struct {
		name  string
		keys  int
		ops   int
		grow  int
		del   float64
		check int // compare everything every check operations
	}{
		{"few keys, many deletions", 20, 5000, 0, 0.45, 1},
		{"many keys, compaction", 3000, 40000, 0, 0.3, 997},
		{"grown first", 5000, 20000, 5000, 0.1, 1999},
		{"no deletion", 10000, 20000, 0, 0, 4999},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, 2))
			var m Map[int32]
			m.Grow(tt.grow)
			want := map[string]int32{}
			var order []string // the keys in the order they were added
			for op := range tt.ops {
				k := fmt.Sprintf("k%d", r.IntN(tt.keys))
				if r.IntN(97) == 0 {
					k = ""
				}
				if r.Float64() < tt.del {
					m.Delete(k)
					if _, ok := want[k]; ok {
						delete(want, k)
						order = slices.DeleteFunc(order, func(s string) bool { return s == k })
					}
				} else {
					v := int32(op)
					m.Put(k, v)
					if _, ok := want[k]; !ok {
						order = append(order, k)
					}
					want[k] = v
				}
				wv, wok := want[k]
				if v, ok := m.Get(k); ok != wok || v != wv || m.Has(k) != wok {
					t.Fatalf("op %d: Get(%q) = %d, %v; want %d, %v", op, k, v, ok, wv, wok)
				}
				if m.Len() != len(want) {
					t.Fatalf("op %d: Len %d, want %d", op, m.Len(), len(want))
				}
				if op%tt.check == 0 || op == tt.ops-1 {
					compare(t, &m, want, order)
				}
			}
		})
	}
}

// compare fails unless m holds want, its keys in the order given.
func compare(t *testing.T, m *Map[int32], want map[string]int32, order []string) {
	t.Helper()
	var keys []string
	for k, v := range m.All() {
		if w, ok := want[k]; !ok || w != v {
			t.Fatalf("All yields %q = %d, want %d (present %v)", k, v, w, ok)
		}
		keys = append(keys, k)
	}
	sameOrder(t, "All", keys, order)
	sameOrder(t, "Keys", slices.Collect(m.Keys()), order)
	for k, v := range want {
		if got, ok := m.Get(k); !ok || got != v {
			t.Fatalf("Get(%q) = %d, %v; want %d", k, got, ok, v)
		}
	}
}

func sameOrder(t *testing.T, what string, got, want []string) {
	t.Helper()
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Fatalf("%s yields %q as key %d, want %q", what, got[i], i, want[i])
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%s yields %d keys, want %d", what, len(got), len(want))
	}
}

func TestAt(t *testing.T) {
	var m Map[int]
	words := []string{"aap", "", "noot", "mies"}
	for i, w := range words {
		m.Put(w, i*10)
	}
	for i, w := range words {
		if k, v := m.At(i); k != w || v != i*10 || m.KeyAt(i) != w {
			t.Errorf("At(%d) = %q, %d; want %q, %d", i, k, v, w, i*10)
		}
	}
}

func TestZeroMapAndClone(t *testing.T) {
	var m Map[string]
	if _, ok := m.Get("a"); ok || m.Has("") || m.Len() != 0 {
		t.Fatal("the zero Map is not empty")
	}
	m.Delete("a") // no panic
	var nilMap *Map[int]
	if nilMap.Has("a") || nilMap.Len() != 0 || nilMap.Clone().Len() != 0 {
		t.Fatal("a nil *Map is not empty")
	}
	for range nilMap.All() {
		t.Fatal("a nil *Map yields")
	}
	for range m.All() {
		t.Fatal("the zero Map yields")
	}
	c := m.Clone()
	c.Put("a", "1")
	m.Put("b", "2")
	if c.Has("b") || m.Has("a") || c.Len() != 1 || m.Len() != 1 {
		t.Fatal("a clone of the zero Map shares with it")
	}
	c2 := c.Clone()
	c2.Put("a", "changed")
	c2.Put("c", "3")
	if v, _ := c.Get("a"); v != "1" || c.Has("c") {
		t.Fatalf("changing a clone changed the original: a = %q", v)
	}
	// Keys yielded before a change keep their bytes.
	var first string
	for k := range c2.Keys() {
		first = k
		break
	}
	for i := range 1000 {
		c2.Put(fmt.Sprint(i), "")
		c2.Delete(fmt.Sprint(i))
	}
	if first != "a" {
		t.Fatalf("a key yielded earlier now reads %q", first)
	}
}

// TestNoPointers checks that a Map of pointer-free values holds only
// pointers to pointer-free arrays: the reason it exists.
func TestNoPointers(t *testing.T) {
	typ := reflect.TypeFor[Map[int32]]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		switch f.Type.Kind() {
		case reflect.Slice:
			if pointers.In(f.Type.Elem()) != nil {
				t.Errorf("field %s holds pointers", f.Name)
			}
		default:
			if pointers.In(f.Type) != nil {
				t.Errorf("field %s is a pointer", f.Name)
			}
		}
	}
}

func BenchmarkGet(b *testing.B) {
	const n = 100000
	keys := make([]string, n)
	var m Map[int32]
	g := make(map[string]int32, n)
	for i := range keys {
		keys[i] = fmt.Sprintf("article-%06d.txt", i)
		m.Put(keys[i], int32(i))
		g[keys[i]] = int32(i)
	}
	b.Run("strmap", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if _, ok := m.Get(keys[i%n]); !ok {
				b.Fatal("missing")
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if _, ok := g[keys[i%n]]; !ok {
				b.Fatal("missing")
			}
		}
	})
}
