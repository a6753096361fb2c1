package search

import (
	"maps"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/strmap"
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

// typos returns n misspellings of frequent words of the vocabulary of
// ix, deterministically: a swap of two neighbours, a dropped letter or a
// changed letter, in turn; each finds nothing in the index.
func typos(ix *Index, n int) []string {
	var out []string
	for i, w := range slices.Collect(ix.vocab.Keys()) {
		if len(out) == n {
			break
		}
		if len(w) < 6 || ix.vdf[i] < 20 {
			continue
		}
		b := []byte(w)
		k := len(b) / 2
		switch len(out) % 3 {
		case 0:
			b[k], b[k+1] = b[k+1], b[k]
		case 1:
			b = append(b[:k:k], b[k+1:]...)
		default:
			b[k] = 'q'
		}
		if t := string(b); ix.hits(t, true) == 0 {
			out = append(out, t)
		}
	}
	return out
}

// BenchmarkSuggest10k measures Suggest on misspelt words over 10,000
// articles against the plain query set of BenchmarkQuery10k in the same
// run: suggest/search is the mean time of a suggestion over the mean time
// of a search (with facets and a page of hits), and suggest-µs the mean.
func BenchmarkSuggest10k(b *testing.B) {
	ix := benchIndex(b, 10000)
	ts := typos(ix, 20)
	if len(ts) < 10 {
		b.Fatalf("only %d typos", len(ts))
	}
	var tSug, tSearch time.Duration
	found, runs := 0, 0
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		t0 := time.Now()
		if ix.Suggest(ts[i%len(ts)]) != "" {
			found++
		}
		t1 := time.Now()
		ix.Search(benchQueries[i%len(benchQueries)], 10, 0)
		tSearch += time.Since(t1)
		tSug += t1.Sub(t0)
		i++
		runs++
	}
	b.ReportMetric(float64(tSug)/float64(max(tSearch, 1)), "suggest/search")
	b.ReportMetric(float64(tSug.Microseconds())/float64(max(runs, 1)), "suggest-µs")
	b.ReportMetric(float64(found)/float64(max(runs, 1)), "corrected")
	b.ReportMetric(float64(ix.Vocabulary()), "vocabulary")
}

// BenchmarkNearest100kWords measures the typo search alone over a
// vocabulary of 100,000 made-up words of 4 to 14 letters (a large news
// corpus has about that many; the synthetic corpus far fewer), against
// the plain query set over 10,000 articles in the same run:
// nearest/search is the ratio of the mean times.
func BenchmarkNearest100kWords(b *testing.B) {
	ix := benchIndex(b, 10000)
	r := rand.New(rand.NewPCG(1, 2))
	const letters = "eeeeeeaaaannnnttttrrrriiiioooodddsssllggvvhhkkmmuubbppwjzcfy"
	seen := map[string]bool{}
	for len(seen) < 100000 {
		w := make([]byte, 4+r.IntN(11))
		for i := range w {
			w[i] = letters[r.IntN(len(letters))]
		}
		seen[string(w)] = true
	}
	voc := &Index{vocab: new(strmap.Map[int32])}
	for i, w := range slices.Sorted(maps.Keys(seen)) {
		voc.vocab.Put(w, int32(i))
	}
	voc.vdf = make([]int32, voc.Vocabulary())
	for i := range voc.vdf {
		voc.vdf[i] = int32(1 + r.IntN(1000))
	}
	var ts []string
	for i := 0; len(ts) < 50; i = (i + 1999) % voc.Vocabulary() {
		w := []byte(voc.word(i))
		if len(w) < 6 {
			continue
		}
		w[len(w)/2] = 'x'
		ts = append(ts, string(w))
	}
	var tNear, tSearch time.Duration
	found := 0
	b.ResetTimer()
	i := 0
	for b.Loop() {
		t0 := time.Now()
		if voc.nearest(ts[i%len(ts)], 2) >= 0 {
			found++
		}
		t1 := time.Now()
		ix.Search(benchQueries[i%len(benchQueries)], 10, 0)
		tSearch += time.Since(t1)
		tNear += t1.Sub(t0)
		i++
	}
	b.ReportMetric(float64(tNear)/float64(max(tSearch, 1)), "nearest/search")
	b.ReportMetric(float64(tNear.Microseconds())/float64(max(i, 1)), "nearest-µs")
	b.ReportMetric(float64(found)/float64(max(i, 1)), "found")
}
