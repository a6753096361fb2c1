package ui

import (
	"slices"
	"testing"
)

func TestKeptShow(t *testing.T) {
	var k kept[int]
	steps := []struct {
		items      []int
		version    int
		want       []int
		wantHidden bool
	}{
		{nil, 1, nil, false},                 // nothing kept yet
		{[]int{1, 2}, 1, []int{1, 2}, false}, // shown and kept
		{nil, 1, []int{1, 2}, true},          // empty: the kept ones, hidden
		{[]int{3}, 1, []int{3}, false},       // new items replace them
		{nil, 2, nil, false},                 // another corpus: nothing kept
	}
	for i, s := range steps {
		got, hidden := k.show(s.items, s.version)
		if !slices.Equal(got, s.want) || hidden != s.wantHidden {
			t.Errorf("step %d: show(%v, %d) = %v, %v; want %v, %v", i, s.items, s.version, got, hidden, s.want, s.wantHidden)
		}
	}
}
