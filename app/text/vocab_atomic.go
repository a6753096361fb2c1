//go:build !wasm

package text

import "sync/atomic"

// tableRef is the vocabulary's current table, replaced while other
// goroutines look words up.
type tableRef struct{ p atomic.Pointer[vocabTable] }

func (r *tableRef) load() *vocabTable   { return r.p.Load() }
func (r *tableRef) store(t *vocabTable) { r.p.Store(t) }

// loadSlot and storeSlot read and fill a slot of a vocabulary table, which
// goroutines look up while another adds to it.
func loadSlot(p *uint64) uint64     { return atomic.LoadUint64(p) }
func storeSlot(p *uint64, x uint64) { atomic.StoreUint64(p, x) }
