package analysis

import (
	"slices"
	"strings"
)

// calendarSort puts happenings in calendar order (by first day, last day,
// exact before inexact, then id) a piece at a time, so that the last
// phase of a merge of a large corpus is no long step of its own: a
// merge sort whose runs and merges can stop after any element.
type calendarSort struct {
	h     *Happenings
	stage int
	old   []int // new position → old (what is sorted)
	tmp   []int
	days  []dateWd
	at    []int32 // old position → new
	i     int     // where in the stage
	width int     // of the runs being merged
	// The merge under way: of old[lo:mid] and old[mid:hi] into
	// tmp[lo:hi], at a, b and k.
	lo, mid, hi, a, b, k int
	merging              bool
}

// sortRun is the length of the runs sorted at once before merging.
const sortRun = 512

func newCalendarSort(h *Happenings) *calendarSort {
	n := len(h.List)
	return &calendarSort{h: h, old: make([]int, n), days: make([]dateWd, n), width: sortRun}
}

// cmp orders the happenings at old positions i and j.
func (s *calendarSort) cmp(i, j int) int {
	a, b := s.days[i], s.days[j]
	switch {
	case a.first != b.first:
		return int(a.first - b.first)
	case a.last != b.last:
		return int(a.last - b.last)
	case s.h.List[i].Date.Exact != s.h.List[j].Date.Exact:
		if s.h.List[i].Date.Exact {
			return -1
		}
		return 1
	}
	return strings.Compare(s.h.List[i].ID, s.h.List[j].ID)
}

// step does about n pieces of the sort (a piece is an element looked at)
// and reports whether it is done.
func (s *calendarSort) step(n int) bool {
	list := s.h.List
	for n > 0 {
		switch s.stage {
		case 0: // the days of each happening
			for ; n > 0 && s.i < len(list); n, s.i = n-1, s.i+1 {
				s.old[s.i] = s.i
				s.days[s.i] = newDateWd(list[s.i].Date, 0)
			}
			if s.i == len(list) {
				s.stage, s.i = 1, 0
			}
		case 1: // runs of sortRun, each sorted at once
			for ; n > 0 && s.i < len(list); s.i += sortRun {
				run := s.old[s.i:min(s.i+sortRun, len(list))]
				slices.SortStableFunc(run, s.cmp)
				n -= len(run)
			}
			if s.i >= len(list) {
				s.stage, s.i = 2, 0
				s.tmp = make([]int, len(list))
			}
		case 2: // merged, pair by pair, pass by pass
			if s.width >= len(list) {
				s.tmp = nil
				s.at = make([]int32, len(list))
				for k, o := range s.old {
					s.at[o] = int32(k)
				}
				s.stage, s.i = 3, 0
				n--
				continue
			}
			if !s.merging {
				if s.i >= len(list) { // the pass is done
					s.old, s.tmp = s.tmp, s.old
					s.width *= 2
					s.i = 0
					continue
				}
				s.lo, s.mid, s.hi = s.i, min(s.i+s.width, len(list)), min(s.i+2*s.width, len(list))
				s.a, s.b, s.k = s.lo, s.mid, s.lo
				s.merging = true
			}
			for ; n > 0 && s.k < s.hi; n, s.k = n-1, s.k+1 {
				if s.b >= s.hi || s.a < s.mid && s.cmp(s.old[s.a], s.old[s.b]) <= 0 {
					s.tmp[s.k] = s.old[s.a]
					s.a++
				} else {
					s.tmp[s.k] = s.old[s.b]
					s.b++
				}
			}
			if s.k == s.hi {
				s.merging = false
				s.i = s.hi
			}
		case 3: // the list put in its order in place, cycle by cycle
			for ; n > 0 && s.i < len(list); s.i++ {
				for int(s.at[s.i]) != s.i {
					j := s.at[s.i]
					list[s.i], list[j] = list[j], list[s.i]
					s.at[s.i], s.at[j] = s.at[j], s.at[s.i]
					n--
				}
				n--
			}
			if s.i == len(list) {
				for k, o := range s.old {
					s.at[o] = int32(k)
				}
				s.stage, s.i = 4, 0
			}
		case 4: // and the articles' mentions pointed at their new places
			for ; n > 0 && s.i < len(s.h.of); s.i++ {
				of := s.h.of[s.i]
				for k, o := range of {
					of[k] = s.at[o]
				}
				n -= len(of) + 1
			}
			if s.i == len(s.h.of) {
				s.stage = 5
				s.old, s.days, s.at = nil, nil, nil
			}
		default:
			return true
		}
	}
	return s.stage == 5
}
