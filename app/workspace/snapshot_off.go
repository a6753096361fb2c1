//go:build !snapshot || benchsynth

package workspace

// seedsSnapshot is nil without the tag snapshot: the seeds are analysed
// live (and in a benchmark build, tag benchsynth, the embedded corpus is
// no seeds).
var seedsSnapshot []byte
