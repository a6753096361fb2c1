package packer

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/app/synth"
)

// rangeLog is a fetcher with range requests that notes the file of each
// request.
type rangeLog struct {
	ranged
	mu    sync.Mutex
	names []string
	sizes []int // the bytes of each request of names
}

func (f *rangeLog) note(name string, b []byte) {
	f.mu.Lock()
	f.names = append(f.names, name)
	f.sizes = append(f.sizes, len(b))
	f.mu.Unlock()
}

// bytesOf returns the bytes fetched from the files of the kind.
func (f *rangeLog) bytesOf(kind string) int {
	n := 0
	for i, name := range f.names {
		if strings.HasPrefix(name, kind+"-") {
			n += f.sizes[i]
		}
	}
	return n
}

func (f *rangeLog) Fetch(name string) ([]byte, error) {
	b, err := f.ranged.Fetch(name)
	f.note(name, b)
	return b, err
}

func (f *rangeLog) FetchRange(name string, off, n int64) ([]byte, error) {
	b, err := f.ranged.FetchRange(name, off, n)
	f.note(name, b)
	return b, err
}

// TestColumnFiles: the column chunks of a group are pieces of a few
// files, so that a search that reads the core columns of every document
// (a conjunction of common words) makes a request per file, not per
// chunk, and gets the same answer by ranges as from whole files.
func TestColumnFiles(t *testing.T) {
	var files []Source
	for _, f := range synth.Generate(3000, 3) {
		files = append(files, Source{Name: f.Name, Data: f.Data})
	}
	sink := memSink{}
	rep, err := Build(files, gazetteer(t), sink, Sizes{DocsPerChunk: 64, ColumnBytes: 16 << 10}, 2)
	if err != nil {
		t.Fatal(err)
	}
	m := rep.Manifest
	chunks := (m.Articles + 63) / 64
	for g, group := range [][]string{m.Docs, m.Extra, m.Where} {
		if len(m.Chunks[g]) != chunks || len(group) < 2 || len(group) >= chunks {
			t.Fatalf("group %d: %d pieces in %d files for %d chunks", g, len(m.Chunks[g]), len(group), chunks)
		}
	}
	mem, err := packs.Open(sink)
	if err != nil {
		t.Fatal(err)
	}
	st := search.State{Q: "regering minister"}
	want, _, err := mem.Search(st, 10, 0)
	if err != nil || want.Total == 0 {
		t.Fatalf("%d hits, %v", want.Total, err)
	}
	for _, byRanges := range []bool{true, false} {
		f := &rangeLog{ranged: ranged{sink}}
		var fetcher packs.Fetcher = f
		if !byRanges {
			fetcher = loggingOnly{f}
		}
		r, err := packs.Open(fetcher)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := r.Search(st, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		same(t, st.Q, want, got)
		core := 0
		for _, name := range f.names {
			if slices.Contains(m.Docs, name) {
				core++
			}
		}
		if core == 0 || core > len(m.Docs) {
			t.Errorf("ranges %v: %d requests of core columns, want 1 to %d (the files, not the %d chunks)", byRanges, core, len(m.Docs), chunks)
		}
	}
}

// loggingOnly hides the range requests of a rangeLog.
type loggingOnly struct{ f *rangeLog }

func (l loggingOnly) Fetch(name string) ([]byte, error) { return l.f.Fetch(name) }
