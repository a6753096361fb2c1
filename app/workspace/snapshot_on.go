//go:build snapshot && !benchsynth

package workspace

import _ "embed"

// seedsSnapshot is the seeds' snapshot written by go run ./wasm snapshot
// (see SnapshotFile).
//
//go:embed seeds.snapshot
var seedsSnapshot []byte
