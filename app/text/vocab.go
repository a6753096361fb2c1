package text

import (
	"sync"
	"unsafe"
)

// FoldID is a fold (the search normal form of a token) interned in the
// process's vocabulary: equal folds have equal ids, and String returns the
// fold. A token holds its fold as an id so that it holds no pointer: the
// garbage collector then never looks inside the millions of tokens of a
// corpus. The zero FoldID is the empty string.
//
// Ids are handed out in the order folds are first seen, which differs from
// run to run when several goroutines tokenize: nothing may be ordered by
// them, nor may they be stored (store the fold).
type FoldID uint32

// String returns the fold that id stands for. It takes no lock and calls
// nothing: plain loads of the chunk and of the string in it.
func (id FoldID) String() string {
	return vocab.chunks[id>>chunkBits][id&(chunkSize-1)]
}

// Intern returns the id of the fold s, adding s to the vocabulary (as a
// copy) when it is new.
func Intern(s string) FoldID {
	if s == "" {
		return 0
	}
	h := hashString(s)
	if id, ok := vocab.find(vocab.table.load(), s, h); ok {
		return id
	}
	return vocab.add(s, h)
}

// internBytes is Intern for a fold being written in a scratch buffer, which
// it does not keep (the vocabulary copies what it adds).
func internBytes(b []byte) FoldID {
	if len(b) == 0 {
		return 0
	}
	return Intern(unsafe.String(&b[0], len(b)))
}

// The vocabulary's strings are kept in chunks of chunkSize, found through a
// fixed array of maxChunks chunk pointers, so that a read never waits for a
// writer and a chunk, once made, never moves.
const (
	chunkBits = 12
	chunkSize = 1 << chunkBits
	maxChunks = 1 << 14 // 67 million folds

	// arenaSize is the size of the blocks the folds' bytes are copied into:
	// one object per block rather than one per fold, and no fold keeps the
	// text it was read from alive.
	arenaSize = 64 << 10
)

// vocabulary is an append-only intern table safe for concurrent use. Look-ups
// take no lock: the open-addressing table is replaced, never changed in
// place except for an empty slot being filled, and a slot is filled (with
// an atomic store, see vocab_atomic.go) after the string of its id and its
// chunk are written, so that whoever has an id reads its string with plain
// loads. Additions are serialised by mu; they are rare once the common
// words of a language are in.
type vocabulary struct {
	mu     sync.Mutex
	table  tableRef
	n      uint32 // folds held, counting "" as id 0; under mu
	arena  []byte // the free end of the current block; under mu
	chunks [maxChunks]*[chunkSize]string
}

// vocabTable is a power-of-two open-addressing table. A slot holds the
// upper 32 bits of the fold's hash and its id (never 0), or 0 when free;
// it is read with loadSlot and written with storeSlot.
type vocabTable struct {
	slots []uint64
	used  int // slots filled; under vocabulary.mu
}

// vocab is the process's vocabulary. Like the standard library's unique
// package, it is state shared by the whole program, deliberately: a token's
// fold must mean the same to every package and goroutine that reads it,
// tokens are made everywhere (parsing, queries, the gazetteer), and the
// table only grows by entries that never change, so that no caller can
// observe another's use of it except as speed and memory. Unlike unique it
// never shrinks: every fold the process has seen (the corpora of earlier
// builds, the words typed into the search box) stays, a few bytes each; it
// holds at most maxChunks × chunkSize folds, and adding one more panics.
var vocab = newVocabulary()

func newVocabulary() *vocabulary {
	v := &vocabulary{n: 1}
	v.chunks[0] = new([chunkSize]string)
	v.table.store(&vocabTable{slots: make([]uint64, 1<<12)})
	return v
}

// hashString is 64-bit FNV-1a with a final mix, so that both the low bits
// (the slot) and the high bits (the tag) are spread.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	return h
}

// find looks s up in t.
func (v *vocabulary) find(t *vocabTable, s string, h uint64) (FoldID, bool) {
	mask := uint64(len(t.slots) - 1)
	tag := h >> 32
	for i := h & mask; ; i = (i + 1) & mask {
		x := loadSlot(&t.slots[i])
		if x == 0 {
			return 0, false
		}
		if x>>32 == tag {
			if id := FoldID(x); id.String() == s {
				return id, true
			}
		}
	}
}

// add adds s, unless another goroutine did meanwhile.
func (v *vocabulary) add(s string, h uint64) FoldID {
	v.mu.Lock()
	defer v.mu.Unlock()
	t := v.table.load()
	if id, ok := v.find(t, s, h); ok {
		return id
	}
	id := FoldID(v.n)
	if int(id>>chunkBits) >= maxChunks {
		panic("text: vocabulary full")
	}
	c := v.chunks[id>>chunkBits]
	if c == nil {
		c = new([chunkSize]string)
		v.chunks[id>>chunkBits] = c
	}
	c[id&(chunkSize-1)] = v.keep(s)
	v.n++
	if 2*(t.used+1) > len(t.slots) {
		t = v.grow(t)
	}
	t.put(h, id)
	return id
}

// keep copies s into the current arena block.
func (v *vocabulary) keep(s string) string {
	if len(s) > arenaSize/16 {
		return string([]byte(s))
	}
	if len(s) > cap(v.arena) {
		v.arena = make([]byte, 0, arenaSize)
	}
	b := append(v.arena, s...)
	v.arena = b[len(b):]
	return unsafe.String(&b[0], len(b))
}

// grow publishes a table twice the size of t holding what t holds.
func (v *vocabulary) grow(t *vocabTable) *vocabTable {
	n := &vocabTable{slots: make([]uint64, 2*len(t.slots))}
	for _, x := range t.slots { // only the writer changes them
		if x != 0 {
			id := FoldID(x)
			n.put(hashString(id.String()), id)
		}
	}
	v.table.store(n)
	return n
}

// put fills a free slot of t with id; the caller holds the vocabulary's
// lock.
func (t *vocabTable) put(h uint64, id FoldID) {
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for t.slots[i] != 0 { // only the writer changes them
		i = (i + 1) & mask
	}
	storeSlot(&t.slots[i], h>>32<<32|uint64(id))
	t.used++
}
