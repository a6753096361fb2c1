//go:build wasm

package text

// WebAssembly runs one thread, and its atomic loads and stores are calls
// that the compiler does not inline: the vocabulary's look-ups, made for
// every token, read and write with plain loads and stores there.

// tableRef is the vocabulary's current table.
type tableRef struct{ p *vocabTable }

func (r *tableRef) load() *vocabTable   { return r.p }
func (r *tableRef) store(t *vocabTable) { r.p = t }

// loadSlot and storeSlot read and fill a slot of a vocabulary table.
func loadSlot(p *uint64) uint64     { return *p }
func storeSlot(p *uint64, x uint64) { *p = x }
