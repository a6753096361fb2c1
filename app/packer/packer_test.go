package packer

import (
	"bytes"
	"fmt"
	"io/fs"
	"math"
	"reflect"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/seeds"
)

// gazetteer returns the embedded gazetteer.
func gazetteer(tb testing.TB) *actors.Gazetteer {
	tb.Helper()
	g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// seedFiles returns the embedded article files.
func seedFiles(tb testing.TB) []Source {
	tb.Helper()
	files, errs, err := ReadFiles(seeds.Articles, "*.txt")
	if err != nil || len(errs) > 0 {
		tb.Fatal(err, errs)
	}
	return files
}

// same compares the answer of the pack with the in-memory engine's.
func same(t *testing.T, label string, want, got search.Result) {
	t.Helper()
	if want.Total != got.Total {
		t.Errorf("%s: total %d, pack %d", label, want.Total, got.Total)
	}
	if len(want.Hits) != len(got.Hits) {
		t.Errorf("%s: %d hits, pack %d", label, len(want.Hits), len(got.Hits))
		return
	}
	for i, w := range want.Hits {
		g := got.Hits[i]
		if w.Index != g.Index || w.ID != g.ID || math.Abs(w.Score-g.Score) > 1e-9*max(1, math.Abs(w.Score)) {
			t.Errorf("%s: hit %d is %s (%d) %.12g, pack %s (%d) %.12g", label, i, w.ID, w.Index, w.Score, g.ID, g.Index, g.Score)
			continue
		}
		if !reflect.DeepEqual(w.Snippets, g.Snippets) {
			t.Errorf("%s: hit %d %s: snippets %v, pack %v", label, i, w.ID, w.Snippets, g.Snippets)
		}
	}
	if !reflect.DeepEqual(want.Facets, got.Facets) {
		t.Errorf("%s: facets\n%v\npack\n%v", label, want.Facets, got.Facets)
	}
}

// memSink keeps a pack's files in memory.
type memSink map[string][]byte

func (m memSink) Put(name string, data []byte) error { m[name] = data; return nil }

func (m memSink) Fetch(name string) ([]byte, error) {
	b, ok := m[name]
	if !ok {
		return nil, fs.ErrNotExist
	}
	return b, nil
}

func TestSeedsEquivalent(t *testing.T) {
	files := seedFiles(t)
	g := gazetteer(t)
	sink := memSink{}
	rep, err := Build(files, g, sink, Sizes{}, 2)
	if err != nil || len(rep.Skipped) > 0 {
		t.Fatal(err, rep.Skipped)
	}
	// The in-memory index as the explorer builds it, analysed apart.
	parsed, _ := Parse(files, 2, true)
	ix := analysis.Analyse(parsed.Corpus, g.NewExtractor()).Index()
	// The same pack on disk, read with range requests.
	dir := t.TempDir()
	if _, err := Build(files, g, Dir(dir), Sizes{}, 2); err != nil {
		t.Fatal(err)
	}
	for _, f := range []packs.Fetcher{sink, packs.Dir(dir)} {
		r, err := packs.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		seedQueries(t, ix, r)
	}
}

// seedQueries compares the answers of the pack read by r with ix's.
func seedQueries(t *testing.T, ix *search.Index, r *packs.Reader) {
	t.Helper()
	for _, st := range []search.State{{Q: "poetin"}, {Q: "biden"}, {}, {Q: "oekr"}, {Q: `"de twee"`}, {Q: "putin"}, {Q: "White House"}, {Q: "gesprek -biden"}} {
		want, wn := ix.Search(st, 10, 0)
		got, gn, err := r.Search(st, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		same(t, st.Q, want, got)
		if !reflect.DeepEqual(wn, gn) {
			t.Errorf("%q: notices %v, pack %v", st.Q, wn, gn)
		}
	}
}

// ranged is a memSink that also answers range requests.
type ranged struct{ memSink }

func (m ranged) FetchRange(name string, off, n int64) ([]byte, error) {
	b, err := m.Fetch(name)
	if err != nil {
		return nil, err
	}
	if off < 0 || n < 0 || off+n > int64(len(b)) {
		return nil, fmt.Errorf("bytes %d-%d past the end (%d)", off, off+n, len(b))
	}
	return b[off : off+n], nil
}

// putOnly is a Sink that cannot give back what was put.
type putOnly struct{ m memSink }

func (p putOnly) Put(name string, data []byte) error { return p.m.Put(name, data) }

func TestWriteToPutOnlySink(t *testing.T) {
	files := seedFiles(t)
	g := gazetteer(t)
	want := memSink{}
	if _, err := Build(files, g, want, Sizes{}, 2); err != nil {
		t.Fatal(err)
	}
	got := putOnly{memSink{}}
	if _, err := Build(files, g, got, Sizes{}, 2); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(want, got.m) {
		t.Errorf("a sink without Fetch gets %d files, one with it %d, or different bytes", len(got.m), len(want))
	}
}

func TestMergeRuns(t *testing.T) {
	type pair struct{ key, val string }
	for _, tc := range []struct {
		name string
		runs [][]pair
		want []string // key=values in run order
	}{
		{"empty", nil, nil},
		{"one run", [][]pair{{{"a", "1"}, {"b", "2"}}}, []string{"a=1", "b=2"}},
		{"interleaved", [][]pair{{{"a", "1"}, {"c", "3"}}, {{"b", "x"}, {"c", "y"}}, {}, {{"a", "z"}}},
			[]string{"a=1z", "b=x", "c=3y"}},
		{"same key everywhere", [][]pair{{{"k", "1"}}, {{"k", "2"}}, {{"k", "3"}}}, []string{"k=123"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var paths []string
			for k, r := range tc.runs {
				p, err := writeRun(dir, fmt.Sprint(k), func(yield func(string, []byte) error) error {
					for _, x := range r {
						if err := yield(x.key, []byte(x.val)); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				paths = append(paths, p)
			}
			mg, err := newMerger(paths)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for {
				key, vals, ok, err := mg.next()
				if err != nil {
					t.Fatal(err)
				}
				if !ok {
					break
				}
				got = append(got, key+"="+string(bytes.Join(vals, nil)))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("merged %q, want %q", got, tc.want)
			}
		})
	}
}
