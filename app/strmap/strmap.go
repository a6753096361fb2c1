// Package strmap holds maps from strings to plain values in a form the
// garbage collector need not look into.
//
// A Go map[string]V of 100,000 file names holds 100,000 pointers, one per
// key, and the collector follows each of them at every cycle. In the
// browser, where Go's collector marks the whole heap in one go on the
// page's only thread, every such pointer lengthens the frame that cycle
// freezes. A Map keeps its keys one after the other in one byte arena and
// its table as positions, so that it is a handful of pointer-free arrays
// whatever its size, provided V holds no pointer either.
package strmap

import (
	"hash/maphash"
	"iter"
	"unsafe"
)

// Map is a map from strings to values of type V. Its zero value is an
// empty map ready to use. Keys are copied when added; iteration (All,
// Keys) goes in the order keys were added (a key deleted and put again
// counts as added then). A Map must not be copied
// once used (use Clone) nor used by two goroutines at once.
//
// V should hold no pointer, or the point of the Map is lost.
type Map[V any] struct {
	seed maphash.Seed
	// slots is the open-addressing table: an entry's position + 1, or 0
	// when free. Its length is a power of two, at least twice the entries.
	slots []uint32
	keys  []byte // the keys of ents, one after the other
	ents  []entry
	vals  []V // parallel to ents
	live  int // entries not deleted
}

// entry is where a key lies in the arena and its hash's low bits, which
// save comparing keys that cannot match and hashing again on growth.
type entry struct {
	off, end uint32
	hash     uint32
	dead     bool
}

// Len returns the number of keys. Like Get, Has, All, Keys and Clone, it
// treats a nil *Map as an empty one.
func (m *Map[V]) Len() int {
	if m == nil {
		return 0
	}
	return m.live
}

func (m *Map[V]) hash(k string) uint64 {
	return maphash.String(m.seed, k)
}

func (m *Map[V]) key(e entry) []byte { return m.keys[e.off:e.end] }

// find returns the slot of k, or the free slot where k would go and
// ok false.
func (m *Map[V]) find(k string, h uint64) (slot int, ok bool) {
	mask := uint64(len(m.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		x := m.slots[i]
		if x == 0 {
			return int(i), false
		}
		if e := m.ents[x-1]; e.hash == uint32(h) && string(m.key(e)) == k {
			return int(i), true
		}
	}
}

// Get returns the value of k and whether k is in the map.
func (m *Map[V]) Get(k string) (V, bool) {
	if m == nil || m.live == 0 {
		var zero V
		return zero, false
	}
	if s, ok := m.find(k, m.hash(k)); ok {
		if x := m.slots[s] - 1; !m.ents[x].dead {
			return m.vals[x], true
		}
	}
	var zero V
	return zero, false
}

// Has reports whether k is in the map.
func (m *Map[V]) Has(k string) bool {
	_, ok := m.Get(k)
	return ok
}

// Put sets the value of k.
func (m *Map[V]) Put(k string, v V) {
	if m.slots == nil {
		m.seed = maphash.MakeSeed()
		m.slots = make([]uint32, 16)
	}
	h := m.hash(k)
	s, ok := m.find(k, h)
	if ok && !m.ents[m.slots[s]-1].dead {
		m.vals[m.slots[s]-1] = v
		return
	}
	// A new key, or one deleted: it takes a new entry, last in the order,
	// in the slot found (a deleted entry's slot is left to it).
	if uint64(len(m.ents)) >= 1<<31 || uint64(len(m.keys))+uint64(len(k)) >= 1<<32 {
		panic("strmap: map full")
	}
	off := uint32(len(m.keys))
	m.keys = append(m.keys, k...)
	m.ents = append(m.ents, entry{off: off, end: uint32(len(m.keys)), hash: uint32(h)})
	m.vals = append(m.vals, v)
	m.slots[s] = uint32(len(m.ents))
	m.live++
	if 2*len(m.ents) > len(m.slots) {
		m.rehash(len(m.slots) * 2)
	}
}

// Delete removes k, if present. The key's bytes stay in the arena until
// the deleted keys outnumber the others, when the map is compacted.
func (m *Map[V]) Delete(k string) {
	if m.live == 0 {
		return
	}
	s, ok := m.find(k, m.hash(k))
	if !ok {
		return
	}
	x := m.slots[s] - 1
	if m.ents[x].dead {
		return
	}
	m.ents[x].dead = true
	var zero V
	m.vals[x] = zero
	m.live--
	if dead := len(m.ents) - m.live; dead > 64 && dead > m.live {
		m.compact()
	}
}

// Grow makes room for n more keys without growing again.
func (m *Map[V]) Grow(n int) {
	if n <= 0 {
		return
	}
	if m.slots == nil {
		m.seed = maphash.MakeSeed()
		m.slots = make([]uint32, 16)
	}
	want := len(m.ents) + n
	m.ents = growCap(m.ents, n)
	m.vals = growCap(m.vals, n)
	size := len(m.slots)
	for size < 2*want {
		size *= 2
	}
	if size > len(m.slots) {
		m.rehash(size)
	}
}

func growCap[S ~[]E, E any](s S, n int) S {
	if cap(s)-len(s) >= n {
		return s
	}
	out := make(S, len(s), len(s)+n)
	copy(out, s)
	return out
}

// rehash places every live entry in a table of size slots.
func (m *Map[V]) rehash(size int) {
	m.slots = make([]uint32, size)
	mask := uint32(size - 1)
	for x, e := range m.ents {
		if e.dead {
			continue
		}
		i := e.hash & mask
		for m.slots[i] != 0 {
			i = (i + 1) & mask
		}
		m.slots[i] = uint32(x + 1)
	}
}

// compact drops the deleted entries and their keys.
func (m *Map[V]) compact() {
	keys := make([]byte, 0, len(m.keys))
	ents := make([]entry, 0, m.live)
	vals := make([]V, 0, m.live)
	for x, e := range m.ents {
		if e.dead {
			continue
		}
		off := uint32(len(keys))
		keys = append(keys, m.key(e)...)
		ents = append(ents, entry{off: off, end: uint32(len(keys)), hash: e.hash})
		vals = append(vals, m.vals[x])
	}
	m.keys, m.ents, m.vals = keys, ents, vals
	size := 16
	for size < 2*len(ents) {
		size *= 2
	}
	m.rehash(size)
}

// All yields each key and its value, in the order the keys were added.
// The key strings share the map's memory (they cost no allocation and
// stay valid after the map changes). The map must not change during the
// iteration.
func (m *Map[V]) All() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		if m == nil {
			return
		}
		for x, e := range m.ents {
			if !e.dead && !yield(m.str(e), m.vals[x]) {
				return
			}
		}
	}
}

// Keys yields each key, in the order the keys were added (see All).
func (m *Map[V]) Keys() iter.Seq[string] {
	return func(yield func(string) bool) {
		if m == nil {
			return
		}
		for _, e := range m.ents {
			if !e.dead && !yield(m.str(e)) {
				return
			}
		}
	}
}

// str returns e's key as a string over the arena. The arena's bytes are
// never written again once appended (growth and compaction copy them to
// a new array), so the string stays what it was.
func (m *Map[V]) str(e entry) string {
	if e.off == e.end {
		return ""
	}
	return unsafe.String(&m.keys[e.off], int(e.end-e.off))
}

// At returns the key and value of entry i. In a map that never had a key
// deleted, entries are numbered from 0 in the order their keys were
// added, so that it holds a list: a sorted dictionary put in order is
// numbered in order. A Delete may renumber the entries (it compacts the
// map from time to time), so At is meant for maps without deletions. At
// panics for an i that numbers no entry.
func (m *Map[V]) At(i int) (string, V) {
	return m.str(m.ents[i]), m.vals[i]
}

// KeyAt returns the key of entry i (see At).
func (m *Map[V]) KeyAt(i int) string { return m.str(m.ents[i]) }

// Clone returns a copy of m that changes apart from it.
func (m *Map[V]) Clone() *Map[V] {
	if m == nil {
		return new(Map[V])
	}
	c := &Map[V]{seed: m.seed, live: m.live}
	c.slots = append([]uint32(nil), m.slots...)
	c.keys = append([]byte(nil), m.keys...)
	c.ents = append([]entry(nil), m.ents...)
	c.vals = append([]V(nil), m.vals...)
	return c
}
