package analysis

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/dates"
)

// TestCalendarSortInPieces: the happenings sorted a piece at a time, in
// pieces of any size, are in the order of one stable sort by calendar
// (first day, last day, exact first, id), and every article's mentions
// still point at their happenings.
func TestCalendarSortInPieces(t *testing.T) {
	for _, size := range []int{0, 1, 2, 511, 512, 513, 1543, 5000} {
		for _, piece := range []int{1, 7, 1000, 1 << 30} {
			t.Run(fmt.Sprintf("%d happenings, pieces of %d", size, piece), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(uint64(size), uint64(piece)))
				h := &Happenings{List: make([]Happening, size)}
				for i := range h.List {
					var v dates.Value
					switch rng.IntN(3) {
					case 0:
						v = dates.DayValue(2021, 1+rng.IntN(3), 1+rng.IntN(28))
					case 1:
						v = dates.MonthValue(2021, 1+rng.IntN(3))
					default:
						v = dates.WeekValue(2021, 1+rng.IntN(12))
					}
					v.Exact = rng.IntN(4) > 0
					h.List[i] = Happening{ID: fmt.Sprintf("h%05d", rng.IntN(size*2+1)), Date: v}
				}
				// Articles whose mentions point at happenings.
				h.of = make([][]int32, size/3+1)
				for a := range h.of {
					for range rng.IntN(4) {
						if size > 0 {
							h.of[a] = append(h.of[a], int32(rng.IntN(size)))
						}
					}
				}
				want := slices.Clone(h.List)
				slices.SortStableFunc(want, func(a, b Happening) int {
					da, db := newDateWd(a.Date, 0), newDateWd(b.Date, 0)
					switch {
					case da.first != db.first:
						return int(da.first - db.first)
					case da.last != db.last:
						return int(da.last - db.last)
					case a.Date.Exact != b.Date.Exact:
						if a.Date.Exact {
							return -1
						}
						return 1
					}
					return strings.Compare(a.ID, b.ID)
				})
				pointed := make([][]Happening, len(h.of))
				for a, of := range h.of {
					for _, k := range of {
						pointed[a] = append(pointed[a], h.List[k])
					}
				}
				s := newCalendarSort(h)
				for steps := 0; !s.step(piece); steps++ {
					if steps > 100*size+10 {
						t.Fatal("no end to the steps")
					}
				}
				for i := range want {
					if want[i].ID != h.List[i].ID || want[i].Date != h.List[i].Date {
						t.Fatalf("at %d: %s %v, want %s %v", i, h.List[i].ID, h.List[i].Date, want[i].ID, want[i].Date)
					}
				}
				for a, of := range h.of {
					for m, k := range of {
						if got := h.List[k]; got.ID != pointed[a][m].ID || got.Date != pointed[a][m].Date {
							t.Fatalf("article %d mention %d points at %s, was %s", a, m, got.ID, pointed[a][m].ID)
						}
					}
				}
			})
		}
	}
}
