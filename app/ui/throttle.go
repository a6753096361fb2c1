package ui

import (
	"sync"
	"time"
)

// progressEvery is how often at most the page draws the progress of the
// pack's fetches. Each change draws the component that shows it and, as
// go-app updates a component's ancestors with it, the whole page; a
// search can fetch dozens of files, each a start and an end.
const progressEvery = 100 * time.Millisecond

// throttle passes on the latest of a run of values at most once per
// period (every): the first at once, the next when the period is over; a
// final value (final reports which) at once, so that the end of a run is
// never late. It is safe for concurrent use; send is called with its
// lock held, in the order of the values.
type throttle[T any] struct {
	every time.Duration
	final func(T) bool
	send  func(T)

	mu     sync.Mutex
	latest T
	dirty  bool        // latest has not been sent
	last   time.Time   // when a value was last sent
	timer  *time.Timer // the send that is due, or nil
}

// put passes v on, now or when the period is over.
func (t *throttle[T]) put(v T) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.latest, t.dirty = v, true
	if t.final(v) {
		t.sendLocked()
		return
	}
	if t.timer != nil {
		return
	}
	if wait := t.every - time.Since(t.last); wait > 0 {
		t.timer = time.AfterFunc(wait, t.flush)
		return
	}
	t.sendLocked()
}

// flush sends the latest value when it has not been sent.
func (t *throttle[T]) flush() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.timer = nil
	if t.dirty {
		t.sendLocked()
	}
}

func (t *throttle[T]) sendLocked() {
	t.dirty, t.last = false, time.Now()
	t.send(t.latest)
}
