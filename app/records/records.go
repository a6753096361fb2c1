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
	"slices"
	"sort"
	"strconv"
)

// Record is one stored item.
type Record struct {
	Key  string // unique within its kind: a file name, an edit's key
	Seq  int64  // its place among the records of its kind (import or edit order)
	Data []byte
	// Hash is Hash(Data), or "" when not worked out yet. The store keeps
	// it with the record, so that a tab that reads the record back never
	// hashes its data again.
	Hash string
}

// Hash returns a short fingerprint of a record's data: HashOf(data) in
// hexadecimal.
func Hash(data []byte) string { return HashOf(data).String() }

// Digest is a record's fingerprint as bytes: what a cache of 100,000
// records keeps inline, where 100,000 strings would each be one more
// object for the garbage collector to mark.
type Digest [12]byte

// HashOf returns the fingerprint of data (the start of its SHA-256).
func HashOf(data []byte) Digest {
	sum := sha256.Sum256(data)
	return Digest(sum[:12])
}

// String returns d as Hash does.
func (d Digest) String() string { return hex.EncodeToString(d[:]) }

// ParseDigest reads a fingerprint as Hash writes it; ok is false when h
// is not one.
func ParseDigest(h string) (d Digest, ok bool) {
	if hex.DecodedLen(len(h)) != len(d) {
		return d, false
	}
	_, err := hex.Decode(d[:], []byte(h))
	return d, err == nil
}

// Sum returns a short fingerprint of a record's content and place: its
// Hash (worked out when unset) and its Seq.
func (r Record) Sum() string {
	h := r.Hash
	if h == "" {
		h = Hash(r.Data)
	}
	return h + "." + strconv.FormatInt(r.Seq, 36)
}

// Base is a tab's last view of the store: each key's Sum.
type Base map[string]string

// Changes returns what a tab must write so that the store holds its
// current records: the records new or changed since base, and the keys of
// base the tab no longer has. Records other tabs added since base are
// neither written nor deleted.
func Changes(base Base, current []Record) (put []Record, del []string) {
	have := make(map[string]bool, len(current))
	for _, r := range current {
		have[r.Key] = true
		if base[r.Key] != r.Sum() {
			put = append(put, r)
		}
	}
	for k := range base {
		if !have[k] {
			del = append(del, k)
		}
	}
	slices.Sort(del)
	return put, del
}

// Apply returns base after put and del are written.
func (b Base) Apply(put []Record, del []string) Base {
	out := make(Base, len(b)+len(put))
	for k, v := range b {
		out[k] = v
	}
	for _, r := range put {
		out[r.Key] = r.Sum()
	}
	for _, k := range del {
		delete(out, k)
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
		if base[r.Key] != r.Sum() {
			d.Put = append(d.Put, r)
		}
	}
	for k := range base {
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
	// stored returns a key's sum in the store.
	stored := func(k string) string {
		if r, ok := st[k]; ok {
			return r.Sum()
		}
		if deleted[k] {
			return ""
		}
		return base[k]
	}
	merged = make([]Record, 0, len(current)+len(d.Put))
	cur := make(map[string]bool, len(current))
	for _, r := range current {
		cur[r.Key] = true
		b, c := base[r.Key], r.Sum()
		switch s := stored(r.Key); {
		case c != b || s == b:
			merged = append(merged, r)
		case s == "":
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
		if _, had := base[r.Key]; !had {
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
