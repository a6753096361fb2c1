package workspace

import (
	"fmt"
	"testing"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
)

// BenchmarkSaveAfterImport100k times, per step, what the page's UI
// goroutine does once an import of 100,000 small articles is built: put
// the files into the workspace, work out the records to store, and take
// note that they were written. Each step runs in one go on the page's one
// thread, so each must stay well under a frame budget of 200 ms in wasm
// (about 3-5 times the native time).
func BenchmarkSaveAfterImport100k(b *testing.B) {
	files := make([]corpus.File, 100000)
	for i := range files {
		files[i] = corpus.File{Name: fmt.Sprintf("c%06d.txt", i), Data: []byte(fmt.Sprintf("date 2021-12 Artikel %d over de haven.", i))}
	}
	var put, changes, wrote time.Duration // the longest of each
	saves := 0
	for range b.N {
		w := New(nil)
		w.TakeIn(w.View(), Read{Gen: 1, All: true}) // the page's first read: an empty store
		for _, f := range files {
			w.cache.hash(f) // as the build does
		}
		t0 := time.Now()
		w.PutAll(files)
		put = max(put, time.Since(t0))
		written := 0
		for gen := int64(2); w.Unsaved(); gen++ {
			t1 := time.Now()
			c, v := w.ChangesUpTo(SaveBatch)
			t2 := time.Now()
			w.Wrote(v, gen)
			t3 := time.Now()
			written += len(c.PutFiles)
			changes, wrote = max(changes, t2.Sub(t1)), max(wrote, t3.Sub(t2))
			saves++
		}
		if written != len(files) {
			b.Fatalf("%d records written, want %d", written, len(files))
		}
	}
	b.ReportMetric(put.Seconds()*1000, "ms-put")
	b.ReportMetric(changes.Seconds()*1000, "ms-changes-max")
	b.ReportMetric(wrote.Seconds()*1000, "ms-wrote-max")
	b.ReportMetric(float64(saves)/float64(b.N), "saves")
}

// BenchmarkEditRecords10k times the edits' records worked out for a save
// after 10,000 edits were imported.
func BenchmarkEditRecords10k(b *testing.B) {
	es := make([]edits.Edit, 10000)
	for i := range es {
		// As the lines of an actors.tsv fragment import.
		es[i] = edits.Put{Actor: actors.Actor{ID: fmt.Sprintf("persoon-%05d", i), Type: actors.Person,
			Name: fmt.Sprintf("Persoon Nummer%05d", i), Aliases: []string{fmt.Sprintf("Nummer%05d", i)}}}
	}
	for range b.N {
		w := New(nil)
		for _, e := range es {
			w.log.Push(e)
		}
		if n := len(w.editRecords()); n != len(es) {
			b.Fatal(n)
		}
	}
}
