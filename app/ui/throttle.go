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

// throttle passes on the values of runs of progress, each run ending
// with a final value (final reports which): the latest value at most once
// per period (every), a final value at once, so that the end of a run is
// never late.
//
// With a quiet start (quiet > 0) a run shows nothing for that long: a run
// that ends sooner is passed on as its final value alone, not to be shown
// (send's show is false), so that work that is quick never draws its
// progress. Without one, a run's first value is passed on at once.
//
// It is safe for concurrent use; send is called with its lock held, in
// the order of the values.
type throttle[T any] struct {
	every time.Duration
	quiet time.Duration
	final func(T) bool
	send  func(v T, show bool)

	mu      sync.Mutex
	latest  T
	dirty   bool        // latest has not been sent
	running bool        // a run has begun and not ended
	shown   bool        // a value of the run was sent to be shown
	last    time.Time   // when a value was last sent to be shown
	timer   *time.Timer // the send that is due, or nil
}

// put passes v on, now or later.
func (t *throttle[T]) put(v T) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.latest, t.dirty = v, true
	if t.final(v) {
		show := t.shown || t.quiet <= 0
		t.running, t.shown = false, false
		t.sendLocked(show)
		return
	}
	if !t.running {
		t.running = true
		if t.quiet > 0 {
			t.stopLocked()
			t.timer = time.AfterFunc(t.quiet, t.flush)
			return
		}
	}
	if t.timer != nil {
		return
	}
	if wait := t.every - time.Since(t.last); wait > 0 {
		t.timer = time.AfterFunc(wait, t.flush)
		return
	}
	t.sendLocked(true)
}

// flush sends the latest value when it has not been sent.
func (t *throttle[T]) flush() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.timer = nil
	if t.dirty {
		t.sendLocked(true)
	}
}

// stopLocked cancels the send that is due, if any.
func (t *throttle[T]) stopLocked() {
	if t.timer != nil {
		t.timer.Stop()
		t.timer = nil
	}
}

func (t *throttle[T]) sendLocked(show bool) {
	t.dirty = false
	if show {
		t.last = time.Now()
		t.shown = t.running
	}
	t.send(t.latest, show)
}
