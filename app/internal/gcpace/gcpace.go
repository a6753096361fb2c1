// Package gcpace tells a long job that yields to the page between slices
// of work whether to collect garbage now, right after a frame, rather than
// let the collector start in the middle of its next slice.
//
// In js/wasm the program has one thread: once every goroutine waits (for
// the next frame, say), the collector marks the whole heap before the
// browser gets its thread back. A collection that starts during a slice
// therefore freezes the page for the rest of that slice, then the whole
// mark and sweep. Collected between two frames, it freezes the page for
// the mark and sweep alone.
package gcpace

import "runtime/metrics"

// Share is the part of the runway from the live heap to the collector's
// goal that the heap may fill before a collection is due. The collector
// itself starts at 0.7 to 0.95 of it (the pacer's trigger bounds), so a
// job that collects at Share gets there first unless one slice allocates
// a tenth of the runway.
const Share = 0.6

// MinLive is the live heap under which no collection is ever due: the
// collector's own pauses are short there, and collecting at every yield
// of a small heap (whose runway is a few megabytes) would only slow the
// job with a frame more each time.
const MinLive = 64 << 20

// Heap is what the collector's pacer works from, in bytes.
type Heap struct {
	Live uint64 // marked live by the last collection
	Goal uint64 // the heap size the next collection aims to end under
	Now  uint64 // in heap objects now, the dead not yet swept included
}

// Read reads the heap's figures from runtime/metrics; a figure the
// runtime does not give is 0.
func Read() Heap {
	s := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/heap/goal:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
	}
	metrics.Read(s)
	v := func(i int) uint64 {
		if s[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return s[i].Value.Uint64()
	}
	return Heap{Live: v(0), Goal: v(1), Now: v(2)}
}

// Due reports whether the heap has filled Share of its runway, so that a
// collection would soon start by itself. It is false under MinLive, when
// a figure is missing, or when the goal is not above the live heap.
func (h Heap) Due() bool {
	if h.Live < MinLive || h.Goal <= h.Live || h.Now == 0 {
		return false
	}
	return float64(h.Now) >= float64(h.Live)+Share*float64(h.Goal-h.Live)
}
