// Package records keeps the user's data as keyed records (one per
// imported file, one per actor edit) and works out, for one browser tab,
// what to write to the shared store and how to take in what other tabs
// wrote: a three-way merge of the store, the tab's last view of it (its
// base) and the tab's current records. No tab ever clears the store or
// writes it whole, so two tabs writing at once lose nothing.
package records

import (
	"crypto/sha256"
	"encoding/hex"
	"iter"
	"slices"
	"sort"

	"corpusexplorer/app/strmap"
)

// Record is one stored item.
type Record struct {
	Key  string // unique within its kind: a file name, an edit's key
	Seq  int64  // its place among the records of its kind (import or edit order)
	Data []byte
	// Hash is HashOf(Data) in hexadecimal, or "" when not worked out yet.
	// The store keeps it with the record, so that a tab that reads the
	// record back never hashes its data again.
	Hash string
}

// Digest is a record's fingerprint as bytes: what a cache of 100,000
// records keeps inline, where 100,000 strings would each be one more
// object for the garbage collector to mark.
type Digest [12]byte

// HashOf returns the fingerprint of data (the start of its SHA-256).
func HashOf(data []byte) Digest {
	sum := sha256.Sum256(data)
	return Digest(sum[:12])
}

// String returns d in hexadecimal.
func (d Digest) String() string { return hex.EncodeToString(d[:]) }

// ParseDigest reads a fingerprint as Digest.String writes it; ok is
// false when h is not one.
func ParseDigest(h string) (d Digest, ok bool) {
	if hex.DecodedLen(len(h)) != len(d) {
		return d, false
	}
	_, err := hex.Decode(d[:], []byte(h))
	return d, err == nil
}

// Sum is a short fingerprint of a record's content and place: its data's
// Digest and its Seq. It holds no pointer, so that a Base of 100,000
// records is no work for the garbage collector.
type Sum struct {
	Hash Digest
	Seq  int64
}

// Sum returns the record's Sum: its Hash (worked out from Data when unset
// or not a fingerprint) and its Seq.
func (r Record) Sum() Sum {
	d, ok := ParseDigest(r.Hash)
	if !ok {
		d = HashOf(r.Data)
	}
	return Sum{Hash: d, Seq: r.Seq}
}

// Base is a tab's last view of the store: each key's Sum. Like a Go map,
// the zero Base is empty and a copy of a Base shares its entries: Put and
// Delete change every copy (the first Put on a zero Base makes its
// table), while Apply makes a new one.
type Base struct{ m *strmap.Map[Sum] }

// Get returns the Sum of key and whether the base has key.
func (b Base) Get(key string) (Sum, bool) { return b.m.Get(key) }

// Has reports whether the base has key.
func (b Base) Has(key string) bool { return b.m.Has(key) }

// Len returns the number of keys.
func (b Base) Len() int { return b.m.Len() }

// Keys yields the keys of the base.
func (b Base) Keys() iter.Seq[string] { return b.m.Keys() }

// Put sets the Sum of key.
func (b *Base) Put(key string, s Sum) {
	if b.m == nil {
		b.m = new(strmap.Map[Sum])
	}
	b.m.Put(key, s)
}

// Delete removes key.
func (b Base) Delete(key string) {
	if b.m != nil {
		b.m.Delete(key)
	}
}

// Equal reports whether b and c hold the same keys with the same Sums.
func (b Base) Equal(c Base) bool {
	if b.Len() != c.Len() {
		return false
	}
	for k, s := range b.m.All() {
		if t, ok := c.Get(k); !ok || t != s {
			return false
		}
	}
	return true
}

// Changes returns what a tab must write so that the store holds its
// current records: the records new or changed since base, and the keys of
// base the tab no longer has. Records other tabs added since base are
// neither written nor deleted.
func Changes(base Base, current []Record) (put []Record, del []string) {
	have := make(map[string]bool, len(current))
	for _, r := range current {
		have[r.Key] = true
		if s, ok := base.Get(r.Key); !ok || s != r.Sum() {
			put = append(put, r)
		}
	}
	for k := range base.Keys() {
		if !have[k] {
			del = append(del, k)
		}
	}
	slices.Sort(del)
	return put, del
}

// Apply returns base after put and del are written.
func (b Base) Apply(put []Record, del []string) Base {
	out := Base{m: b.m.Clone()}
	out.m.Grow(len(put))
	for _, r := range put {
		out.m.Put(r.Key, r.Sum())
	}
	for _, k := range del {
		out.m.Delete(k)
	}
	return out
}

// Delta is what changed in the store since a tab's base, as a read found
// it: the records added or changed (Put; it may also hold records that
// did not change) and the keys deleted (Del). A tab that reads only what
// changed gets a Delta directly; DeltaOf turns a read of the whole store
// into one.
type Delta struct {
	Put []Record
	Del []string
}

// DeltaOf returns the delta from base to a store holding stored.
func DeltaOf(base Base, stored []Record) Delta {
	var d Delta
	have := make(map[string]bool, len(stored))
	for _, r := range stored {
		have[r.Key] = true
		if s, ok := base.Get(r.Key); !ok || s != r.Sum() {
			d.Put = append(d.Put, r)
		}
	}
	for k := range base.Keys() {
		if !have[k] {
			d.Del = append(d.Del, k)
		}
	}
	slices.Sort(d.Del)
	return d
}

// Empty reports whether d changes nothing.
func (d Delta) Empty() bool { return len(d.Put)+len(d.Del) == 0 }

// Merge takes into current what other writers changed in the store since
// base, d: for each key, a change the tab has not written yet (current
// differs from base) stays; otherwise a change in the store (added,
// changed or deleted in d) is taken; otherwise the record is kept as it
// is. The result is in order (Seq, then Key); changed reports whether it
// differs from current. The store now holds base.Apply(d.Put, d.Del).
func Merge(base Base, d Delta, current []Record) (merged []Record, changed bool) {
	st := make(map[string]Record, len(d.Put))
	for _, r := range d.Put {
		st[r.Key] = r
	}
	deleted := make(map[string]bool, len(d.Del))
	for _, k := range d.Del {
		deleted[k] = true
	}
	// stored returns a key's sum in the store, ok false when it has none.
	stored := func(k string) (Sum, bool) {
		if r, ok := st[k]; ok {
			return r.Sum(), true
		}
		if deleted[k] {
			return Sum{}, false
		}
		return base.Get(k)
	}
	merged = make([]Record, 0, len(current)+len(d.Put))
	cur := make(map[string]bool, len(current))
	for _, r := range current {
		cur[r.Key] = true
		c := r.Sum()
		b, inBase := base.Get(r.Key)
		s, inStore := stored(r.Key)
		switch {
		case !inBase || c != b || (inStore && s == b):
			merged = append(merged, r) // changed by the tab, or not in the store
		case !inStore:
			changed = true // deleted by another writer
		default:
			merged = append(merged, st[r.Key])
			changed = changed || s != c
		}
	}
	// What the tab does not have: new in the store, or deleted by the tab
	// and not written yet (which stays deleted).
	for _, r := range d.Put {
		if cur[r.Key] {
			continue
		}
		if !base.Has(r.Key) {
			merged = append(merged, r)
			changed = true
		}
	}
	Sort(merged)
	return merged, changed
}

// Sort orders records by Seq, then Key.
func Sort(rs []Record) {
	// sort.Slice, not slices.SortFunc, which would compile a sort of its
	// own for Record into the wasm; keys are unique, so the order is the
	// same.
	sort.Slice(rs, func(i, j int) bool {
		a, b := &rs[i], &rs[j]
		if a.Seq != b.Seq {
			return a.Seq < b.Seq
		}
		return a.Key < b.Key
	})
}
