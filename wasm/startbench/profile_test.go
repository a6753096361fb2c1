//go:build !wasm

package startbench

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/profiler"
)

// cpuTimes is a V8 CPU profile summed by function: self time (the
// function on top of the stack) and inclusive time (anywhere on it,
// counted once per sample however deep the recursion).
type cpuTimes struct {
	Total     time.Duration
	Self      map[string]time.Duration
	Inclusive map[string]time.Duration
}

// summarize sums the samples of p by function name. A sample lasts until
// the next one (the last until the profile's end).
func summarize(p *profiler.Profile) cpuTimes {
	t := cpuTimes{Self: map[string]time.Duration{}, Inclusive: map[string]time.Duration{}}
	parent := map[int64]int64{}
	name := map[int64]string{}
	for _, n := range p.Nodes {
		name[n.ID] = frameName(n)
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	ts := p.StartTime
	for i, id := range p.Samples {
		if i < len(p.TimeDeltas) {
			ts += float64(p.TimeDeltas[i])
		}
		next := p.EndTime
		if i+1 < len(p.TimeDeltas) {
			next = ts + float64(p.TimeDeltas[i+1])
		}
		d := time.Duration((next - ts) * float64(time.Microsecond))
		if d < 0 {
			d = 0
		}
		t.Total += d
		t.Self[name[id]] += d
		seen := map[string]bool{}
		for n, ok := id, true; ok; n, ok = parent[n] {
			if f := name[n]; !seen[f] {
				seen[f] = true
				t.Inclusive[f] += d
			}
		}
	}
	return t
}

// frameName names a profile node: a Go function by its name, V8's own
// entries such as "(program)" as they are, and a JavaScript function by
// its name (or "(anonymous)") and script, such as "start (app.js:12)".
func frameName(n *profiler.ProfileNode) string {
	f := n.CallFrame
	if f == nil {
		return "(unknown)"
	}
	name := strings.TrimPrefix(f.FunctionName, "$")
	// A wasm function's script is wasm://…, or the module's own URL when
	// it was compiled from the fetch's response as it streamed in.
	if strings.HasPrefix(f.URL, "wasm://") || strings.HasSuffix(f.URL, ".wasm") || strings.HasPrefix(name, "(") || f.URL == "" && name != "" {
		return name
	}
	if name == "" {
		name = "(anonymous)"
	}
	return fmt.Sprintf("%s (%s:%d)", name, f.URL[strings.LastIndexByte(f.URL, '/')+1:], f.LineNumber+1)
}

// profPackage groups a profile's function by Go package; V8's own entries
// ("(program)", "(garbage collector)", "(idle)") and JavaScript functions
// stay apart.
func profPackage(fn string) string {
	if strings.HasPrefix(fn, "(") {
		return fn
	}
	if strings.HasSuffix(fn, ")") || !strings.ContainsAny(fn, "._") || strings.HasPrefix(fn, "wasm_") {
		return "JavaScript and Go's wasm glue"
	}
	return goPackage(fn)
}

// top returns the n largest entries of m.
func top(m map[string]time.Duration, n int) []durKey {
	out := make([]durKey, 0, len(m))
	for k, v := range m {
		out = append(out, durKey{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].d != out[j].d {
			return out[i].d > out[j].d
		}
		return out[i].k < out[j].k
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

type durKey struct {
	k string
	d time.Duration
}

// startWork names the explorer's start-up work whose inclusive time the
// profile report shows: reading the seeds' snapshot, or without one the
// gazetteer and the seeds' parse and analysis, then the index.
var startWork = []struct{ label, fn string }{
	{"everything in the Go program", "runtime._rt0_wasm_js"},
	{"Go init (package variables, init functions)", "runtime.doInit1"},
	{"  read the seeds' snapshot (analysis.ReadSnapshot)", "corpusexplorer_app_analysis.ReadSnapshot"},
	{"  the gazetteer (actors.ParseGazetteer)", "corpusexplorer_app_actors.ParseGazetteer"},
	{"  parse the seeds (corpus.Load)", "corpusexplorer_app_corpus.Load"},
	{"  analyse the seeds (analysis.Analyse)", "corpusexplorer_app_analysis.Analyse"},
	{"the search index (analysis.(*Corpus).Index)", "corpusexplorer_app_analysis.__Corpus_.Index"},
	{"go-app: a component rendered and mounted", "github.com_maxence_charriere_go_app_v10_pkg_app.nodeManager.Mount"},
	{"garbage collection (runtime.gcBgMarkWorker)", "runtime.gcBgMarkWorker"},
	{"  and its assists (runtime.gcAssistAlloc)", "runtime.gcAssistAlloc"},
	{"allocation, assists included (runtime.mallocgc)", "runtime.mallocgc"},
}

// writeProfile writes the functions and packages with the most self time
// in t, and the inclusive time of the start-up work.
func writeProfile(w io.Writer, title string, t cpuTimes, n int) {
	fmt.Fprintf(w, "\n%s: %v sampled\n", title, t.Total.Round(time.Millisecond))
	fmt.Fprintf(w, "  top %d functions by self time\n", n)
	for _, e := range top(t.Self, n) {
		fmt.Fprintf(w, "  %8.1f ms %5.1f%%  %s\n", ms(e.d), 100*float64(e.d)/float64(t.Total), e.k)
	}
	pkgs := map[string]time.Duration{}
	for fn, d := range t.Self {
		pkgs[profPackage(fn)] += d
	}
	fmt.Fprintf(w, "  top %d packages by self time\n", n)
	for _, e := range top(pkgs, n) {
		fmt.Fprintf(w, "  %8.1f ms %5.1f%%  %s\n", ms(e.d), 100*float64(e.d)/float64(t.Total), e.k)
	}
	fmt.Fprintf(w, "  inclusive time of the start-up work (lower bounds: Go's wasm port unwinds the wasm\n"+
		"  stack when a goroutine yields or its stack grows, and the callers then drop out of the samples)\n")
	for _, s := range startWork {
		if d, ok := t.Inclusive[s.fn]; ok {
			fmt.Fprintf(w, "  %8.1f ms  %s\n", ms(d), s.label)
		}
	}
	var gc time.Duration
	for fn, d := range t.Self {
		if isGC(fn) {
			gc += d
		}
	}
	fmt.Fprintf(w, "  %8.1f ms  Go's garbage collector, self time of its functions (marking, sweeping, write barriers)\n", ms(gc))
}

// isGC reports whether a profile's function is part of Go's garbage
// collector: its self time is its work, whatever stack it ran on.
func isGC(fn string) bool {
	for _, p := range []string{"runtime.gc", "runtime.scan", "runtime.greyobject", "runtime.markroot",
		"runtime.markBits", "runtime.findObject", "runtime.shade", "runtime.wbBuf", "runtime.bulkBarrier",
		"runtime.sweepone", "runtime.bgsweep", "runtime.__mspan_.sweep", "runtime.__gcWork_", "runtime.__gcControllerState_",
		"runtime.__gcBits_", "runtime.__mspan_.markBits", "runtime.typePointers", "runtime.__mspan_.typePointers"} {
		if strings.HasPrefix(fn, p) {
			return true
		}
	}
	return false
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
