//go:build wasm && !packs

package ui

// packsBuilt is false in the default wasm, built without the tag packs:
// it shows the embedded corpus, and the linker leaves the pack code out
// (see packs_on.go).
const packsBuilt = false

// packed reports whether the site serves its corpus as a pack: never in
// this build.
func (s *session) packed() bool { return false }
