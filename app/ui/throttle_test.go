package ui

import (
	"slices"
	"sync"
	"testing"
	"time"
)

// sentLog is what a throttle passed on: a value, negative when it was not to
// be shown.
type sentLog struct {
	mu  sync.Mutex
	got []int
}

func (l *sentLog) send(v int, show bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !show {
		v = -100 + v
	}
	l.got = append(l.got, v)
}

func (l *sentLog) values() []int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.got)
}

// throttleStep puts values, waits, and wants what was passed on so far.
type throttleStep struct {
	what string
	put  []int
	wait time.Duration
	want []int
}

func runThrottle(t *testing.T, every, quiet time.Duration, steps []throttleStep) {
	t.Helper()
	var l sentLog
	// Zero is a run's final value.
	th := &throttle[int]{every: every, quiet: quiet, final: func(v int) bool { return v == 0 }, send: l.send}
	for _, st := range steps {
		for _, v := range st.put {
			th.put(v)
		}
		time.Sleep(st.wait)
		if got := l.values(); !slices.Equal(got, st.want) {
			t.Errorf("%s: sent %v, want %v", st.what, got, st.want)
		}
	}
}

func TestThrottle(t *testing.T) {
	const every = 50 * time.Millisecond
	runThrottle(t, every, 0, []throttleStep{
		{"the first value at once", []int{1}, 0, []int{1}},
		{"a run within the period: nothing yet", []int{2, 3, 4}, 0, []int{1}},
		{"the run's latest once the period is over", nil, 4 * every, []int{1, 4}},
		{"a value after a quiet period at once", []int{5}, 0, []int{1, 4, 5}},
		{"a final value at once, even within the period", []int{7, 0}, 0, []int{1, 4, 5, 0}},
		{"nothing more once the final value is sent", nil, 4 * every, []int{1, 4, 5, 0}},
		{"and again the next run's first at once", []int{8, 9}, 4 * every, []int{1, 4, 5, 0, 8, 9}},
	})
}

func TestThrottleQuietStart(t *testing.T) {
	const every, quiet = 100 * time.Millisecond, 300 * time.Millisecond
	runThrottle(t, every, quiet, []throttleStep{
		{"a run's first value waits", []int{1, 2}, 0, nil},
		{"a run that ends within the quiet time: its final value alone, not shown", []int{0}, 0, []int{-100}},
		{"and nothing once the quiet time is over", nil, quiet + every, []int{-100}},
		{"a longer run: nothing during the quiet time", []int{3, 4}, quiet / 2, []int{-100}},
		{"then its latest value, shown", []int{5}, quiet/2 + every/2, []int{-100, 5}},
		{"then at most once per period", []int{6, 7}, 0, []int{-100, 5}},
		{"the period's latest", nil, 2 * every, []int{-100, 5, 7}},
		{"its final value shown, at once", []int{0}, 0, []int{-100, 5, 7, 0}},
		{"the next run is quiet again", []int{8, 0}, quiet + every, []int{-100, 5, 7, 0, -100}},
	})
}
