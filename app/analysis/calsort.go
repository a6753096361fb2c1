package analysis

import (
	"strings"

	"corpusexplorer/app/stepsort"
)

// calendarSort puts happenings in calendar order (by first day, last day,
// exact before inexact, then id) a piece at a time, so that the last
// phase of a merge of a large corpus is no long step of its own.
type calendarSort struct {
	h      *Happenings
	stage  int
	old    []int // new position → old (what is sorted)
	days   []dateWd
	sorter *stepsort.Sorter[int]
	at     []int32 // old position → new
	i      int     // where in the stage
}

func newCalendarSort(h *Happenings) *calendarSort {
	n := len(h.List)
	return &calendarSort{h: h, old: make([]int, n), days: make([]dateWd, n)}
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
		case 1: // sorted
			if s.sorter == nil {
				s.sorter = stepsort.New(s.old, s.cmp)
			}
			if !s.sorter.Step(n) {
				return false
			}
			s.sorter = nil
			s.at = make([]int32, len(list))
			for k, o := range s.old {
				s.at[o] = int32(k)
			}
			s.stage, s.i = 3, 0
			n--
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
