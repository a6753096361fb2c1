package packfetch

import (
	"errors"
	"testing"
)

func TestSize(t *testing.T) {
	for _, tc := range []struct {
		n    int64
		want string
	}{
		{0, "0 B"}, {999, "999 B"}, {1000, "1 KB"}, {48_400, "48 KB"}, {999_499, "999 KB"},
		{3_200_000, "3.2 MB"}, {250_000_000, "250.0 MB"}, {12_000_000_000, "12.0 GB"},
	} {
		if got := Size(tc.n); got != tc.want {
			t.Errorf("Size(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestProgress(t *testing.T) {
	var seen []Count
	p := NewProgress(func(c Count) { seen = append(seen, c) })
	steps := []struct {
		do   func()
		want Count
	}{
		{p.Start, Count{Started: 1}},
		{p.Start, Count{Started: 2}},
		{func() { p.Done("a", 100, nil) }, Count{Started: 2, Done: 1, Bytes: 100}},
		{func() { p.Done("b", 0, errors.New("HTTP 404")) }, Count{Started: 2, Done: 2, Bytes: 100, Failed: "b: HTTP 404"}},
		{p.Start, Count{Started: 3, Done: 2, Bytes: 100, Failed: "b: HTTP 404"}},
		{p.Reset, Count{Started: 1}},
	}
	for i, s := range steps {
		s.do()
		if got := p.Count(); got != s.want {
			t.Errorf("step %d: %+v, want %+v", i, got, s.want)
		}
		if len(seen) != i+1 || seen[i] != s.want {
			t.Errorf("step %d: told %v", i, seen)
		}
	}
	if c := p.Count(); !c.Busy() || c.String() != "0 of 1 files, 0 B" {
		t.Errorf("after reset: busy %v, %q", c.Busy(), c.String())
	}
}

func TestURL(t *testing.T) {
	for _, tc := range []struct{ prefix, want string }{
		{"", "/packs/dict-01"}, {"/explorer", "/explorer/packs/dict-01"},
	} {
		if got := URL(tc.prefix, Folder, "dict-01"); got != tc.want {
			t.Errorf("URL(%q) = %q, want %q", tc.prefix, got, tc.want)
		}
	}
}
