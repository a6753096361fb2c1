// Package stepsort sorts a slice a piece at a time: a stable merge sort
// whose runs and merges can stop after any element, so that the page's
// one thread can paint between the pieces of a large sort (100,000
// articles, say). It is pure Go and builds for WebAssembly.
package stepsort

import "slices"

// run is the length of the runs sorted at once before they are merged.
const run = 512

// Sorter sorts a slice a piece at a time (see Step).
type Sorter[T any] struct {
	s, tmp []T // tmp holds the merges of s's runs, then they swap
	orig   []T // the slice given, which holds the result in the end
	cmp    func(a, b T) int
	stage  int
	i      int // where in the stage
	width  int // of the runs being merged
	// The merge under way: of s[lo:mid] and s[mid:hi] into tmp[lo:hi],
	// at a, b and k.
	lo, mid, hi, a, b, k int
	merging              bool
}

// New returns a sorter of s by cmp (as slices.SortStableFunc takes it).
// s is sorted in place once Step reports it done; do not touch it before.
func New[T any](s []T, cmp func(a, b T) int) *Sorter[T] {
	return &Sorter[T]{s: s, orig: s, cmp: cmp, width: run}
}

// Step does about n pieces of the sort (a piece is an element placed)
// and reports whether the slice is sorted.
func (x *Sorter[T]) Step(n int) bool {
	n = max(n, 1)
	for n > 0 {
		switch x.stage {
		case 0: // runs of run elements, each sorted at once
			for ; n > 0 && x.i < len(x.s); x.i += run {
				r := x.s[x.i:min(x.i+run, len(x.s))]
				slices.SortStableFunc(r, x.cmp)
				n -= len(r)
			}
			if x.i >= len(x.s) {
				x.stage, x.i = 1, 0
				if x.width < len(x.s) {
					x.tmp = make([]T, len(x.s))
				}
			}
		case 1: // merged pair by pair, pass by pass
			if x.width >= len(x.s) {
				x.stage, x.i = 2, 0
				continue
			}
			if !x.merging {
				if x.i >= len(x.s) { // the pass is done
					x.s, x.tmp = x.tmp, x.s
					x.width *= 2
					x.i = 0
					continue
				}
				x.lo, x.mid, x.hi = x.i, min(x.i+x.width, len(x.s)), min(x.i+2*x.width, len(x.s))
				x.a, x.b, x.k = x.lo, x.mid, x.lo
				x.merging = true
			}
			for ; n > 0 && x.k < x.hi; n, x.k = n-1, x.k+1 {
				if x.b >= x.hi || x.a < x.mid && x.cmp(x.s[x.a], x.s[x.b]) <= 0 {
					x.tmp[x.k] = x.s[x.a]
					x.a++
				} else {
					x.tmp[x.k] = x.s[x.b]
					x.b++
				}
			}
			if x.k == x.hi {
				x.merging = false
				x.i = x.hi
			}
		case 2: // back into the slice given, when the result is elsewhere
			if len(x.s) > 0 && &x.s[0] != &x.orig[0] {
				for ; n > 0 && x.i < len(x.s); n, x.i = n-run, x.i+run {
					copy(x.orig[x.i:], x.s[x.i:min(x.i+run, len(x.s))])
				}
				if x.i < len(x.s) {
					continue
				}
			}
			x.s, x.tmp, x.stage = x.orig, nil, 3
		default:
			return true
		}
	}
	return x.stage == 3
}
