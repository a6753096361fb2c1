package gcpace

import (
	"runtime"
	"testing"
)

func TestDue(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		name string
		h    Heap
		want bool
	}{
		{"just collected", Heap{Live: 100 * mb, Goal: 200 * mb, Now: 101 * mb}, false},
		{"half the runway", Heap{Live: 100 * mb, Goal: 200 * mb, Now: 150 * mb}, false},
		{"at the share", Heap{Live: 100 * mb, Goal: 200 * mb, Now: 160 * mb}, true},
		{"past the goal", Heap{Live: 100 * mb, Goal: 200 * mb, Now: 250 * mb}, true},
		{"small heap", Heap{Live: 1 * mb, Goal: 4 * mb, Now: 4 * mb}, false},
		{"just over the floor", Heap{Live: MinLive, Goal: 2 * MinLive, Now: MinLive * 17 / 10}, true},
		{"no goal", Heap{Live: 100 * mb, Now: 300 * mb}, false},
		{"goal under live", Heap{Live: 100 * mb, Goal: 90 * mb, Now: 300 * mb}, false},
		{"no figures", Heap{}, false},
	} {
		if got := c.h.Due(); got != c.want {
			t.Errorf("%s: %+v.Due() = %v, want %v", c.name, c.h, got, c.want)
		}
	}
}

// TestRead checks the runtime gives every figure, and that filling the
// runway of a heap over MinLive makes a collection due, which a
// collection then ends.
func TestRead(t *testing.T) {
	live := make([]byte, MinLive+MinLive/4)
	runtime.GC()
	h := Read()
	if h.Live == 0 || h.Goal == 0 || h.Now == 0 {
		t.Fatalf("Read() = %+v: a figure is missing", h)
	}
	if h.Due() {
		t.Fatalf("due right after a collection: %+v", h)
	}
	var keep [][]byte
	for !Read().Due() {
		keep = append(keep, make([]byte, 64<<10))
		if len(keep) > 1<<16 {
			t.Fatalf("4 GB allocated and no collection due: %+v", Read())
		}
	}
	keep = nil
	runtime.GC()
	if h := Read(); h.Due() {
		t.Errorf("due right after a collection: %+v", h)
	}
	runtime.KeepAlive(live)
}
