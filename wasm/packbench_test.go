//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"corpusexplorer/app/packfetch"
	"corpusexplorer/app/search"
	"corpusexplorer/app/site"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// packBenchQueries are the queries of app/search's benchmark set that are
// typed into the search box (the set's filters aside).
var packBenchQueries = []string{
	"regering", "minister", "oorlog", "Oekraïne", "gesprekken", "oekr", "mi", "pres",
	`"de minister"`, `"in de"`, `"van de regering"`, "regering minister", "oorlog vrede",
	"minister -oorlog", "brand haven",
}

// timeQuery types q into the search box once the page is idle, and
// resolves to the milliseconds until the results column shows its answer
// (data-shown). A person types some time after the page is drawn, not in
// the milliseconds after it, while it still finishes what its first view
// set going (its history entry, the redraws that follow): the query is
// typed after two idle periods of the page (requestIdleCallback).
const timeQuery = `(async (q, want) => {
	for (let i = 0; i < 2; i++) await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
	const input = document.getElementById("q");
	const sel = '.results-col[data-shown="' + CSS.escape(want) + '"]';
	const done = () => !!document.querySelector(sel);
	const t0 = performance.now();
	input.value = q;
	input.dispatchEvent(new Event("input", { bubbles: true }));
	await new Promise((resolve) => {
		if (done()) return resolve();
		const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); resolve(); } });
		mo.observe(document.body, { subtree: true, childList: true, attributes: true });
	});
	return performance.now() - t0;
})`

// BenchmarkPackedSite builds the site with PACK_BENCH_N synthetic
// articles packed (default 2,000; PACK_BENCH_SITE names a site built
// already with make dist CORPUS=DIR, to measure instead) and measures, in
// headless chromium with a fresh profile:
//   - first-query-KB: what a first query (regering, the URL /?q=regering)
//     transfers after a cold load, everything of the pack (manifest and
//     catalogue included), from the browser's resource timing
//     (transferSize; encoded-KB: the bodies alone);
//   - cold-p50-ms, cold-p95-ms: each query of the benchmark set typed in
//     a page that has drawn its first view and is idle (see timeQuery),
//     with the pack's cache and the browser's HTTP cache emptied: nothing
//     the query needs is there;
//   - cached-p50-ms, cached-p95-ms: the same queries in a page loaded
//     anew (nothing in its memory) once they were run: every file comes
//     from the browser's cache (the service worker's);
//   - cold-search-p50-ms, cached-search-p50-ms, cached-search-p95-ms: of
//     those times, the page's search of the pack alone (the files it
//     reads included, the drawing of the page not; see noteSearch);
//   - page-MB: the largest resident memory of the page's process, and
//     js-heap-MB: the JS heap the page uses, after the queries;
//     first-page-MB: the page's memory after the first query;
//     blank-page-MB: the same process showing about:blank, and held-MB,
//     first-held-MB: page-MB and first-page-MB less it, what the page
//     itself holds.
func BenchmarkPackedSite(b *testing.B) {
	dir := os.Getenv("PACK_BENCH_SITE")
	n := 2000
	if dir == "" {
		if webDir == "" {
			b.Skip("chromium is not installed")
		}
		if v := os.Getenv("PACK_BENCH_N"); v != "" {
			var err error
			if n, err = strconv.Atoi(v); err != nil {
				b.Fatal(err)
			}
		}
		start := time.Now()
		var err error
		if dir, err = buildPackedSite(filepath.Join(b.TempDir(), "site"), "synth", "", n); err != nil {
			b.Fatal(err)
		}
		b.Logf("%d synthetic articles packed into a site in %.1f s", n, time.Since(start).Seconds())
	} else if _, err := os.Stat(filepath.Join(dir, packfetch.Folder, "manifest.json")); err != nil {
		b.Fatalf("PACK_BENCH_SITE: %v", err)
	}
	for i := 0; i < b.N; i++ {
		benchPackedSite(b, dir)
	}
}

func benchPackedSite(b *testing.B, dir string) {
	s := serveHandler(b, site.FileServer(dir, ""))
	ctx := newBrowserFor(b, 20*time.Minute)
	pid := chromedp.FromContext(ctx).Browser.Process().Pid
	if os.Getenv("PACK_BENCH_CONSOLE") != "" {
		// The page's console, for timings printed while looking into it.
		chromedp.ListenTarget(ctx, func(ev any) {
			if e, ok := ev.(*runtime.EventConsoleAPICalled); ok {
				for _, a := range e.Args {
					fmt.Printf("console: %s\n", a.Value)
				}
			}
		})
	}
	want := func(q string) string { return "s:" + search.State{Q: q}.Encode() }
	ready := func(st string) chromedp.Action {
		return chromedp.Poll(fmt.Sprintf(`!!document.querySelector('.results-col[data-shown=%s]')`, jsString(st)), nil,
			chromedp.WithPollingTimeout(5*time.Minute))
	}

	// What a blank page of this browser takes (the renderer's libraries
	// and its own heaps, about 155 MB), so that what the pages hold can
	// be told apart.
	do(b, ctx, chromedp.Navigate("about:blank"))
	time.Sleep(time.Second)
	blank := rendererRSS(pid)
	b.ReportMetric(float64(blank)/1e6, "blank-page-MB")

	// The first query after a cold load.
	first := packBenchQueries[0]
	do(b, ctx, chromedp.Navigate(s.URL+"/?q="+first), wasmReady, ready(want(first)))
	firstRSS := rendererRSS(pid)
	b.ReportMetric(float64(firstRSS)/1e6, "first-page-MB")
	b.ReportMetric(float64(firstRSS-blank)/1e6, "first-held-MB")
	var bytes [3]float64
	do(b, ctx, chromedp.Evaluate(packBytes, &bytes))
	b.ReportMetric(bytes[0]/1000, "first-query-KB")
	b.ReportMetric(bytes[1]/1000, "encoded-KB")
	b.ReportMetric(bytes[2], "first-query-files")

	// The service worker installed by that first visit copies the app
	// (app.wasm: 15 MB) into its cache in the background: the queries
	// are timed once it has, not while the browser does that copy.
	do(b, ctx, chromedp.Poll(`(async () => {
		const reg = await navigator.serviceWorker.getRegistration();
		if (!reg || !reg.active || reg.active.state !== "activated") return false;
		for (const k of await caches.keys()) {
			if (await (await caches.open(k)).match(new URL("web/app.wasm", location.href).pathname)) return true;
		}
		return false;
	})()`, nil, chromedp.WithPollingTimeout(time.Minute), chromedp.WithPollingInterval(200*time.Millisecond)))

	// One query typed and not timed: the first typed query of the browser
	// compiles the code of typing and drawing an answer (V8 compiles a
	// wasm function when it first runs, and keeps the code for the pages
	// after), which whichever query came first would pay alone.
	do(b, ctx, chromedp.Navigate(s.URL+"/"), wasmReady, ready("s:"))
	do(b, ctx, evalPromise(timeQuery+`("vrede", `+jsString(want("vrede"))+`)`, nil))

	var cold, cached, coldSearch, cachedSearch []float64
	// searchTime returns how long the page's search of the pack took for
	// the query just typed (see noteSearch in app/ui).
	searchTime := func() float64 {
		var st []float64
		do(b, ctx, chromedp.Evaluate(`window.__searchTimes`, &st))
		if len(st) == 0 {
			b.Fatal("the page noted no search of the pack")
		}
		return st[len(st)-1]
	}
	for _, q := range packBenchQueries {
		// Cold: the caches emptied, then a new page: what its first view
		// reads is cached again, not what the query reads. (A page that
		// opened the pack's cache before it was deleted would still read
		// it.)
		do(b, ctx, chromedp.Navigate(s.URL+"/"), wasmReady, ready("s:"))
		do(b, ctx, evalPromise(`caches.delete(`+jsString(packfetch.CacheName)+`)`, nil), network.ClearBrowserCache())
		do(b, ctx, chromedp.Navigate(s.URL+"/"), wasmReady, ready("s:"), chromedp.Evaluate(`window.__searchTimes = []`, nil))
		var ms float64
		do(b, ctx, evalPromise(timeQuery+`(`+jsString(q)+`, `+jsString(want(q))+`)`, &ms))
		cold = append(cold, ms)
		coldSearch = append(coldSearch, searchTime())
		// Cached: a new page; what the query fetched is in the caches.
		do(b, ctx, chromedp.Navigate(s.URL+"/"), wasmReady, ready("s:"), chromedp.Evaluate(`window.__searchTimes = []`, nil))
		do(b, ctx, evalPromise(timeQuery+`(`+jsString(q)+`, `+jsString(want(q))+`)`, &ms))
		cached = append(cached, ms)
		cachedSearch = append(cachedSearch, searchTime())
		fmt.Printf("%-20s cold %7.1f ms (search %7.1f)  cached %6.1f ms (search %6.1f)\n", q, cold[len(cold)-1], coldSearch[len(coldSearch)-1], ms, cachedSearch[len(cachedSearch)-1])
	}
	var heap float64
	do(b, ctx, chromedp.Evaluate(`performance.memory ? performance.memory.usedJSHeapSize : -1`, &heap))
	b.ReportMetric(quantile(cold, 0.5), "cold-p50-ms")
	b.ReportMetric(quantile(cold, 0.95), "cold-p95-ms")
	b.ReportMetric(quantile(cached, 0.5), "cached-p50-ms")
	b.ReportMetric(quantile(cached, 0.95), "cached-p95-ms")
	b.ReportMetric(quantile(coldSearch, 0.5), "cold-search-p50-ms")
	b.ReportMetric(quantile(cachedSearch, 0.5), "cached-search-p50-ms")
	b.ReportMetric(quantile(cachedSearch, 0.95), "cached-search-p95-ms")
	rss := rendererRSS(pid)
	b.ReportMetric(float64(rss)/1e6, "page-MB")
	b.ReportMetric(float64(rss-blank)/1e6, "held-MB")
	b.ReportMetric(heap/1e6, "js-heap-MB")
}

// quantile returns the q-quantile of xs (nearest rank).
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[min(len(s)-1, int(q*float64(len(s))))]
}
