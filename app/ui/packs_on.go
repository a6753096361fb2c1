//go:build packs || !wasm

package ui

// packsBuilt is set in the builds that can show a pack: natively (the
// pages of a packed site are prerendered there) and in the wasm built
// with the tag packs (make dist CORPUS=DIR). The default wasm leaves the
// pack code out: its size and start-up are those of the embedded corpus.
const packsBuilt = true

// packed reports whether the site serves its corpus as a pack.
func (s *session) packed() bool { return s.readPack() }
