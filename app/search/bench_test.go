package search

import (
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/synth"
)

// synthCorpus parses n synthetic articles generated with seed.
func synthCorpus(tb testing.TB, n int, seed uint64) *corpus.Corpus {
	tb.Helper()
	files := synth.Generate(n, seed)
	cf := make([]corpus.File, len(files))
	for i, f := range files {
		cf[i] = corpus.File{Name: f.Name, Data: f.Data}
	}
	var c corpus.Corpus
	cp, err := c.Add(cf...)
	if err != nil {
		tb.Fatal(err)
	}
	return cp
}

// benchActors gives article i two to five actors of the pool.
func benchActors(i int) []string { return actorPool[i%3 : i%3+2+i%4] }

// indexMB builds an index over c and returns it with the heap it holds,
// in MB (live heap after a collection, before and after the build).
func indexMB(c *corpus.Corpus) (*Index, float64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ix := Build(c, Config{Actors: benchActors, Types: typePool})
	runtime.GC()
	runtime.ReadMemStats(&after)
	return ix, float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
}

func benchBuild(b *testing.B, n int) {
	c := synthCorpus(b, n, 42)
	ix, mb := indexMB(c)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Build(c, Config{Actors: benchActors, Types: typePool})
	}
	b.ReportMetric(mb, "index-MB")
	b.ReportMetric(float64(ix.Terms()), "terms")
}

// BenchmarkBuild1k measures index construction over 1,000 articles and
// the memory the index holds (index-MB).
func BenchmarkBuild1k(b *testing.B) { benchBuild(b, 1000) }

// BenchmarkBuild10k is BenchmarkBuild1k over 10,000 articles.
func BenchmarkBuild10k(b *testing.B) { benchBuild(b, 10000) }

// BenchmarkBuild100k is BenchmarkBuild1k over 100,000 articles; skipped
// with -short.
func BenchmarkBuild100k(b *testing.B) {
	if testing.Short() {
		b.Skip("slow")
	}
	benchBuild(b, 100000)
}

var (
	benchMu  sync.Mutex
	benchIdx = map[int]*Index{}
)

// benchIndex returns the index over n synthetic articles, built once.
func benchIndex(b *testing.B, n int) *Index {
	benchMu.Lock()
	defer benchMu.Unlock()
	if ix := benchIdx[n]; ix != nil {
		return ix
	}
	ix := Build(synthCorpus(b, n, 42), Config{Actors: benchActors, Types: typePool})
	benchIdx[n] = ix
	return ix
}

// benchQueries is the fixed query set: single terms, prefixes, phrases,
// two terms with an actor filter, a date range alone and an empty query.
var benchQueries = []State{
	{Q: "regering"},
	{Q: "minister"},
	{Q: "oorlog"},
	{Q: "Oekraïne"},
	{Q: "gesprekken"},
	{Q: "oekr"},
	{Q: "mi"},
	{Q: "pres"},
	{Q: `"de minister"`},
	{Q: `"in de"`},
	{Q: `"van de regering"`},
	{Q: "regering minister", Actors: []string{"a2"}},
	{Q: "oorlog vrede", Actors: []string{"a1"}},
	{Q: "minister -oorlog", Actors: []string{"a3"}, Type: "person"},
	{From: corpus.Date{Year: 2020, Month: 1}, To: corpus.Date{Year: 2020, Month: 6}},
	{From: corpus.Date{Year: 2018, Month: 3, Day: 5}},
	{},
	{Sort: Oldest},
	{Q: "regering", Sort: Newest},
	{Q: "brand haven", From: corpus.Date{Year: 2016, Month: 1}},
}

// benchQuery runs the fixed 20 queries in turn (each with facets and a
// page of ten snippeted hits) over n articles and reports the latency
// percentiles p50 and p95 over all runs.
func benchQuery(b *testing.B, n int) {
	if len(benchQueries) != 20 {
		b.Fatalf("%d bench queries, want 20", len(benchQueries))
	}
	ix := benchIndex(b, n)
	lat := make([]time.Duration, 0, 1024)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		st := benchQueries[i%len(benchQueries)]
		i++
		t0 := time.Now()
		ix.Search(st, 10, 0)
		lat = append(lat, time.Since(t0))
	}
	slices.Sort(lat)
	if len(lat) > 0 {
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
		b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds()), "p95-µs")
	}
}

// BenchmarkQuery1k runs the query set over 1,000 articles.
func BenchmarkQuery1k(b *testing.B) { benchQuery(b, 1000) }

// BenchmarkQuery10k runs the query set over 10,000 articles.
func BenchmarkQuery10k(b *testing.B) { benchQuery(b, 10000) }

// BenchmarkQuery100k runs the query set over 100,000 articles; skipped
// with -short.
func BenchmarkQuery100k(b *testing.B) {
	if testing.Short() {
		b.Skip("slow")
	}
	benchQuery(b, 100000)
}
