package analysis

import (
	"hash/fnv"
	"strconv"
	"testing"
)

// TestFNV1a: fnv1a and appendHex12 give the hash and the 12 hex digits
// that hash/fnv and strconv give, which made the happenings' ids before.
func TestFNV1a(t *testing.T) {
	for _, s := range []string{"", "a", "2021-12-07|Contact/Meet|biden,/,poetin", "ev|x#12", "\xff\x00é"} {
		f := fnv.New64a()
		f.Write([]byte(s))
		want := f.Sum64()
		if got := fnv1a([]byte(s)); got != want {
			t.Errorf("fnv1a(%q) = %x, want %x", s, got, want)
		}
		hex := strconv.FormatUint(want&0xffffffffffff|1<<48, 16)[1:]
		if got := string(appendHex12(nil, want)); got != hex {
			t.Errorf("appendHex12(%x) = %q, want %q", want, got, hex)
		}
	}
}
