package ui

import (
	"slices"
	"sync"
	"testing"
	"time"
)

func TestThrottle(t *testing.T) {
	const every = 50 * time.Millisecond
	var mu sync.Mutex
	var got []int
	th := &throttle[int]{every: every, final: func(v int) bool { return v < 0 },
		send: func(v int) { mu.Lock(); got = append(got, v); mu.Unlock() }}
	sent := func() []int { mu.Lock(); defer mu.Unlock(); return slices.Clone(got) }
	for _, tc := range []struct {
		what string
		put  []int
		wait time.Duration
		want []int
	}{
		{"the first value at once", []int{1}, 0, []int{1}},
		{"a run within the period: nothing yet", []int{2, 3, 4}, 0, []int{1}},
		{"the run's latest once the period is over", nil, 4 * every, []int{1, 4}},
		{"a value after a quiet period at once", []int{5}, 0, []int{1, 4, 5}},
		{"a final value at once, even within the period", []int{7, -1}, 0, []int{1, 4, 5, -1}},
		{"nothing more once the final value is sent", nil, 4 * every, []int{1, 4, 5, -1}},
		{"and again the next run's first at once", []int{8, 9}, 4 * every, []int{1, 4, 5, -1, 8, 9}},
	} {
		for _, v := range tc.put {
			th.put(v)
		}
		time.Sleep(tc.wait)
		if s := sent(); !slices.Equal(s, tc.want) {
			t.Errorf("%s: sent %v, want %v", tc.what, s, tc.want)
		}
	}
}
