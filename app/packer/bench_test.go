package packer

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"testing"
	"time"

	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/app/synth"
)

// benchBuild builds the pack of n synthetic articles into memory and
// reports the build's time, the Go heap's peak (sampled), the number of
// files and their size.
func benchBuild(b *testing.B, n int) {
	var files []Source
	for _, f := range synth.Generate(n, 1) {
		files = append(files, Source{Name: f.Name, Data: f.Data})
	}
	g := gazetteer(b)
	b.ResetTimer()
	for b.Loop() {
		runtime.GC()
		peak := uint64(0)
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			var ms runtime.MemStats
			for {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
				select {
				case <-stop:
					return
				case <-time.After(200 * time.Millisecond):
				}
			}
		}()
		sink := memSink{}
		t0 := time.Now()
		rep, err := Build(files, g, sink, Sizes{}, 0)
		el := time.Since(t0)
		close(stop)
		<-done
		if err != nil {
			b.Fatal(err)
		}
		size := 0
		for _, d := range sink {
			size += len(d)
		}
		m := rep.Manifest
		b.ReportMetric(el.Seconds(), "build-s")
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		b.ReportMetric(float64(len(sink)), "files")
		b.ReportMetric(float64(size)/(1<<20), "pack-MB")
		b.ReportMetric(float64(len(m.Postings)), "postings-shards")
		b.ReportMetric(float64(len(m.Docs)), "doc-chunks")
	}
}

// BenchmarkPackBuild10k packs 10,000 synthetic articles.
func BenchmarkPackBuild10k(b *testing.B) { benchBuild(b, 10000) }

// BenchmarkPackBuild100k packs 100,000 synthetic articles; run only when
// PACK_100K is set (it takes minutes and gigabytes).
func BenchmarkPackBuild100k(b *testing.B) {
	if os.Getenv("PACK_100K") == "" {
		b.Skip("set PACK_100K=1 to pack 100,000 articles")
	}
	benchBuild(b, 100000)
}

// benchStates are the benchmark queries of app/search's set that need no
// synthetic actor ids.
var benchStates = []search.State{
	{Q: "regering"}, {Q: "minister"}, {Q: "oorlog"}, {Q: "Oekraïne"}, {Q: "gesprekken"}, {Q: "oekr"}, {Q: "mi"},
	{Q: "pres"}, {Q: `"de minister"`}, {Q: `"in de"`}, {Q: `"van de regering"`}, {Q: "regering minister"},
	{Q: "oorlog vrede"}, {Q: "minister -oorlog"}, {Q: "putin"}, {}, {Q: "regering", Sort: search.Newest},
	{Q: "brand haven"}, {Q: "poetin biden"}, {Q: `"witte huis"`},
}

// benchQueries runs the query set over the pack of n synthetic articles
// on disk: each query on a fresh reader (cold: the manifest, catalogue
// and every piece fetched from disk) and again on it (warm: everything at
// hand). It reports the bytes a cold query fetches (the first query of
// the set, the median and the most, Open included) and the latencies.
func benchQueries(b *testing.B, n int) {
	dir := os.Getenv("PACK_DIR")
	if dir == "" {
		dir = b.TempDir()
		var files []Source
		for _, f := range synth.Generate(n, 1) {
			files = append(files, Source{Name: f.Name, Data: f.Data})
		}
		if _, err := Build(files, gazetteer(b), Dir(dir), Sizes{}, 0); err != nil {
			b.Fatal(err)
		}
	}
	var bytes []int64
	var cold, warm []time.Duration
	first := int64(0)
	b.ResetTimer()
	for b.Loop() {
		bytes, cold, warm = bytes[:0], cold[:0], warm[:0]
		for i, st := range benchStates {
			t0 := time.Now()
			r, err := packs.Open(packs.Dir(dir))
			if err != nil {
				b.Fatal(err)
			}
			if _, _, err := r.Search(st, 10, 0); err != nil {
				b.Fatal(err)
			}
			cold = append(cold, time.Since(t0))
			s := r.Stats().Bytes
			if len(bytes) < len(benchStates) && testing.Verbose() {
				fmt.Printf("%-24q sort %-9s %4d files %8.1f KB\n", st.Q, st.Sort, r.Stats().Files, float64(s)/1000)
			}
			bytes = append(bytes, s)
			if i == 0 {
				first = s
			}
			t0 = time.Now()
			r.Search(st, 10, 0)
			warm = append(warm, time.Since(t0))
		}
	}
	slices.Sort(bytes)
	slices.Sort(cold)
	slices.Sort(warm)
	b.ReportMetric(float64(first)/1000, "first-KB")
	b.ReportMetric(float64(bytes[len(bytes)/2])/1000, "p50-KB")
	b.ReportMetric(float64(bytes[len(bytes)-1])/1000, "max-KB")
	b.ReportMetric(float64(cold[len(cold)/2].Microseconds())/1000, "cold-p50-ms")
	b.ReportMetric(float64(warm[len(warm)/2].Microseconds())/1000, "warm-p50-ms")
	b.ReportMetric(float64(warm[len(warm)-1].Microseconds())/1000, "warm-max-ms")
}

// BenchmarkPackQueries10k runs the query set over a pack of 10,000
// synthetic articles.
func BenchmarkPackQueries10k(b *testing.B) { benchQueries(b, 10000) }

// BenchmarkPackQueries100k is BenchmarkPackQueries10k over 100,000
// articles; run only when PACK_100K is set. PACK_DIR names a pack already
// built (go run ./wasm pack), to query instead of building one.
func BenchmarkPackQueries100k(b *testing.B) {
	if os.Getenv("PACK_100K") == "" {
		b.Skip("set PACK_100K=1 to pack 100,000 articles")
	}
	benchQueries(b, 100000)
}
