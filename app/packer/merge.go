package packer

import (
	"container/heap"
	"strings"
)

// merger merges sorted run files by key: for each key in increasing
// order, the values of every run holding it, in run order (document
// order: the runs are consecutive ranges of documents).
type merger struct {
	h runHeap
}

// newMerger opens the run files (in run order).
func newMerger(paths []string) (*merger, error) {
	m := &merger{}
	for n, p := range paths {
		rr, ok, err := openRun(p, n)
		if err != nil {
			m.close()
			return nil, err
		}
		if ok {
			m.h = append(m.h, rr)
		}
	}
	heap.Init(&m.h)
	return m, nil
}

// next returns the next key and its values in run order; ok is false
// after the last key.
func (m *merger) next() (key string, vals [][]byte, ok bool, err error) {
	if len(m.h) == 0 {
		return "", nil, false, nil
	}
	key = m.h[0].key
	for len(m.h) > 0 && m.h[0].key == key {
		rr := m.h[0]
		vals = append(vals, rr.val)
		more, err := rr.next()
		if err != nil {
			return "", nil, false, err
		}
		if more {
			heap.Fix(&m.h, 0)
		} else {
			rr.f.Close()
			heap.Pop(&m.h)
		}
	}
	return key, vals, true, nil
}

// close closes the run files not read to the end.
func (m *merger) close() {
	for _, rr := range m.h {
		rr.f.Close()
	}
	m.h = nil
}

// runHeap orders run readers by their current key, then run number.
type runHeap []*runReader

func (h runHeap) Len() int { return len(h) }
func (h runHeap) Less(i, j int) bool {
	if c := strings.Compare(h[i].key, h[j].key); c != 0 {
		return c < 0
	}
	return h[i].n < h[j].n
}
func (h runHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *runHeap) Push(x any)   { *h = append(*h, x.(*runReader)) }
func (h *runHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
