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
)

// Record is one stored item.
type Record struct {
	Key  string // unique within its kind: a file name, an edit's key
	Seq  int64  // its place among the records of its kind (import or edit order)
	Data []byte
}

// Sum returns a short fingerprint of a record's content and place.
func (r Record) Sum() string {
	h := sha256.New()
	h.Write(r.Data)
	var seq [8]byte
	for i := range seq {
		seq[i] = byte(r.Seq >> (8 * i))
	}
	h.Write(seq[:])
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// Base is a tab's last view of the store: each key's Sum.
type Base map[string]string

// BaseOf returns the base of a store's records.
func BaseOf(stored []Record) Base {
	b := make(Base, len(stored))
	for _, r := range stored {
		b[r.Key] = r.Sum()
	}
	return b
}

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

// Merge takes into current what other writers changed in the store since
// base: for each key, a change the tab has not written yet (current
// differs from base) stays; otherwise a change in the store (stored
// differs from base: added, changed or deleted) is taken; otherwise the
// record is kept as it is. The result is in order (Seq, then Key);
// changed reports whether it differs from current.
func Merge(base Base, stored, current []Record) (merged []Record, changed bool) {
	st := make(map[string]Record, len(stored))
	for _, r := range stored {
		st[r.Key] = r
	}
	cur := make(map[string]Record, len(current))
	for _, r := range current {
		cur[r.Key] = r
	}
	keys := make(map[string]bool, len(st)+len(cur))
	for k := range st {
		keys[k] = true
	}
	for k := range cur {
		keys[k] = true
	}
	sum := func(m map[string]Record, k string) string {
		if r, ok := m[k]; ok {
			return r.Sum()
		}
		return ""
	}
	for k := range keys {
		b, s, c := base[k], sum(st, k), sum(cur, k)
		var r Record
		var ok bool
		switch {
		case c != b:
			r, ok = cur[k]
		case s != b:
			r, ok = st[k]
		default:
			r, ok = cur[k]
		}
		if ok {
			merged = append(merged, r)
		}
		if (ok && r.Sum() != c) || (!ok && c != "") {
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
