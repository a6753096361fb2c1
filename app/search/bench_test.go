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

func benchBuild(b *testing.B, n int) {
	c := synthCorpus(b, n, 42)
	acts := func(i int) []string { return actorPool[i%3 : i%3+2] }
	b.ReportAllocs()
	var ix *Index
	for b.Loop() {
		ix = Build(c, Config{Actors: acts, Types: typePool})
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heapMB")
	b.ReportMetric(float64(ix.Terms()), "terms")
}

// BenchmarkBuild1k measures index construction over 1,000 articles.
func BenchmarkBuild1k(b *testing.B) { benchBuild(b, 1000) }

// BenchmarkBuild10k measures index construction over 10,000 articles.
func BenchmarkBuild10k(b *testing.B) { benchBuild(b, 10000) }

// BenchmarkBuild100k measures 100,000 articles; skipped with -short.
func BenchmarkBuild100k(b *testing.B) {
	if testing.Short() {
		b.Skip("slow")
	}
	benchBuild(b, 100000)
}

var (
	bench10kOnce sync.Once
	bench10k     *Index
)

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

// BenchmarkQuery10k runs the fixed 20 queries (with facets and a page of
// ten snippeted hits) over 10,000 articles and reports p50 and p95.
func BenchmarkQuery10k(b *testing.B) {
	bench10kOnce.Do(func() {
		c := synthCorpus(b, 10000, 42)
		bench10k = Build(c, Config{Actors: func(i int) []string { return actorPool[i%3 : i%3+2+i%4] }, Types: typePool})
	})
	ix := bench10k
	var lat []time.Duration
	b.ReportAllocs()
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
