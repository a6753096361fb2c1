package stepsort

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

type item struct{ key, at int }

// TestStepsEqualOneSort: sorted in pieces of any size, a slice ends as one
// stable sort leaves it, in the slice given.
func TestStepsEqualOneSort(t *testing.T) {
	cmp := func(a, b item) int { return a.key - b.key }
	for _, size := range []int{0, 1, 2, run - 1, run, run + 1, 2 * run, 3*run + 7, 10000} {
		for _, piece := range []int{0, 1, 7, 1000, 1 << 30} {
			t.Run(fmt.Sprintf("%d elements, pieces of %d", size, piece), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(uint64(size), uint64(piece)))
				s := make([]item, size)
				for i := range s {
					s[i] = item{rng.IntN(size/4 + 1), i} // many equal keys: stability shows
				}
				want := slices.Clone(s)
				slices.SortStableFunc(want, cmp)
				x := New(s, cmp)
				for steps := 0; !x.Step(piece); steps++ {
					if steps > 100*size+10 {
						t.Fatal("no end to the steps")
					}
				}
				if !slices.Equal(s, want) {
					t.Fatal("not the order of a stable sort")
				}
			})
		}
	}
}
