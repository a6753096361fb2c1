//go:build !wasm

package startbench

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"corpusexplorer/app/site"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// The module's root, from this package's folder.
const root = "../.."

// ready is the readiness signal of both apps: an element that only the
// wasm renders, once mounted (the explorer's header, the empty app's main).
const ready = `[data-wasm="ready"]`

// timingScript runs in every page before its own scripts. It records in
// window.__start, in ms from the navigation's start, when an element
// matching ready appears and when the wasm has been instantiated (the
// last WebAssembly.instantiate* or compileStreaming promise resolved).
// The time is taken in a mutation observer, that is once the Go program
// has handed the thread back: the page is drawn and can answer input.
const timingScript = `(() => {
  if (window.top !== window) return;
  const t = (window.__start = {});
  const check = () => {
    if (!t.ready && document.querySelector(` + "`" + ready + "`" + `)) t.ready = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ["data-wasm"],
  });
  for (const name of ["instantiateStreaming", "instantiate", "compileStreaming"]) {
    const f = WebAssembly[name];
    if (!f) continue;
    WebAssembly[name] = function (...args) {
      const p = f.apply(this, args);
      p.then(() => { t.instantiated = performance.now(); }, () => {});
      return p;
    };
  }
})();`

// readTiming reads what timingScript recorded, and app.wasm's resource
// timing: when its request started and its response ended, and how many
// bytes came over the network (0 from the service worker's cache).
const readTiming = `(() => {
  const t = window.__start || {};
  const e = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/web/app.wasm")) || {};
  return { ready: t.ready || 0, instantiated: t.instantiated || 0,
    wasmStart: e.startTime || 0, wasmEnd: e.responseEnd || 0, transfer: e.transferSize || 0 };
})()`

// timing is one load, in ms from the start of the navigation.
type timing struct {
	Ready        float64 `json:"ready"`        // the page is rendered by the wasm
	Instantiated float64 `json:"instantiated"` // the wasm is compiled and instantiated
	WasmStart    float64 `json:"wasmStart"`    // app.wasm requested
	WasmEnd      float64 `json:"wasmEnd"`      // app.wasm received
	Transfer     float64 `json:"transfer"`     // bytes of app.wasm over the network
}

// swReady holds once the service worker is active and has cached the
// page and app.wasm (go-app's own worker does not wait for its cache
// before activating).
const swReady = `(async () => {
  const reg = await navigator.serviceWorker.getRegistration();
  if (!reg || !reg.active || reg.active.state !== "activated") return false;
  return !!(await caches.match("/web/app.wasm")) && !!(await caches.match("/"));
})()`

// app is one of the two sites measured.
type app struct {
	name string
	dir  string // the static site
	url  string // where it is served
}

// config is read from the environment: see the Makefile's bench-start.
type config struct {
	dist    string // the explorer's built site; "" builds one
	rounds  int    // cold and warm loads of each app
	profile bool   // build unstripped, report sizes by package and profile one load
}

func readConfig(b *testing.B) config {
	c := config{dist: os.Getenv("BENCH_START_DIST"), rounds: 9, profile: os.Getenv("BENCH_START_PROFILE") == "1"}
	if s := os.Getenv("BENCH_START_ROUNDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("BENCH_START_ROUNDS=%q: want a count", s)
		}
		c.rounds = n
	}
	return c
}

// BenchmarkStart compares the explorer's start-up with an empty go-app
// app's in one headless Chromium: see the package doc. It reports the
// medians (cold-ms, warm-ms, empty-cold-ms, empty-warm-ms) and their
// ratios (cold-ratio, warm-ratio).
func BenchmarkStart(b *testing.B) {
	cfg := readConfig(b)
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		b.Skip("chromium is not installed (make bench-start installs it)")
	}
	tmp := b.TempDir()
	explorer, empty := buildSites(b, tmp, cfg)
	for _, a := range []*app{explorer, empty} {
		a.url = serve(b, a.dir)
	}
	browser := newBrowser(b, chromium)
	if cfg.profile {
		profileLoads(b, browser, explorer, empty)
		return
	}
	for i := 0; i < b.N; i++ {
		measure(b, browser, cfg.rounds, explorer, empty)
	}
}

// buildSites builds the empty app's site and, unless cfg names one, the
// explorer's, with the same toolchain and flags (stripped, or not when
// profiling).
func buildSites(b *testing.B, tmp string, cfg config) (explorer, empty *app) {
	ldflags := "-ldflags=-s -w"
	if cfg.profile {
		ldflags = "-ldflags=" // keep the name section
	}
	empty = &app{name: "empty go-app app", dir: filepath.Join(tmp, "empty")}
	gorun(b, nil, "run", "./testdata/emptyapp/main.go", empty.dir)
	for _, icon := range []string{"icon-192.png", "icon-512.png"} {
		copyFile(b, filepath.Join(empty.dir, "web", icon), filepath.Join(root, "web", icon))
	}
	gorun(b, []string{"GOOS=js", "GOARCH=wasm"}, "build", "-trimpath", ldflags, "-o", filepath.Join(empty.dir, "web", "app.wasm"), "./testdata/emptyapp/main.go")

	explorer = &app{name: "Corpus Explorer", dir: cfg.dist}
	if cfg.dist != "" && !cfg.profile {
		if _, err := os.Stat(filepath.Join(cfg.dist, "web", "app.wasm")); err != nil {
			b.Fatalf("BENCH_START_DIST: %v (make dist builds it)", err)
		}
		return explorer, empty
	}
	web := filepath.Join(tmp, "web")
	if err := os.CopyFS(web, os.DirFS(filepath.Join(root, "web"))); err != nil {
		b.Fatal(err)
	}
	os.Remove(filepath.Join(web, "app.wasm"))
	overlay := snapshotOverlay(b, tmp)
	gorun(b, []string{"GOOS=js", "GOARCH=wasm"}, "build", "-tags", "snapshot", "-overlay", overlay, "-trimpath", ldflags, "-o", filepath.Join(web, "app.wasm"), root+"/wasm")
	explorer.dir = filepath.Join(tmp, "explorer")
	gorun(b, nil, "run", root+"/wasm", "dist", "-out", explorer.dir, "-web", web)
	return explorer, empty
}

// snapshotOverlay writes the seeds' snapshot into dir, as make wasm does
// into the source tree, and returns the go build -overlay file that
// embeds it (with -tags snapshot).
func snapshotOverlay(b *testing.B, dir string) string {
	overlay := filepath.Join(dir, "overlay.json")
	if _, err := os.Stat(overlay); err != nil {
		gorun(b, nil, "run", root+"/wasm", "snapshot", "-out", filepath.Join(dir, "seeds.snapshot"), "-overlay", overlay)
	}
	return overlay
}

// gorun runs the go command with env added to the environment.
func gorun(b *testing.B, env []string, args ...string) {
	b.Helper()
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func copyFile(b *testing.B, dst, src string) {
	data, err := os.ReadFile(src)
	if err == nil {
		err = os.WriteFile(dst, data, 0o644)
	}
	if err != nil {
		b.Fatal(err)
	}
}

// serve serves the site in dir with the project's file server on a
// loopback port of its own (an origin of its own: its own service worker
// and caches), plus an empty page at /__blank to start profiles from.
func serve(b *testing.B, dir string) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	files := site.FileServer(dir, "")
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/__blank" {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<!doctype html><title>blank</title>"))
			return
		}
		files.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	b.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

// newBrowser starts one headless chromium for the whole benchmark, with
// the flags of the browser tests.
func newBrowser(b *testing.B, path string) context.Context {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 800),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	b.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	b.Cleanup(cancel2)
	if err := chromedp.Run(ctx); err != nil {
		b.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// newBrowserContext makes a browser context of its own (no cache, no
// storage, no service worker: as incognito) in the browser of ctx, and
// returns a new tab in it, its id and a function that closes both. (chromedp's
// WithNewBrowserContext fails in this headless Chromium: "no browser is
// open", as the target needs a window of its own.)
func newBrowserContext(ctx context.Context) (context.Context, cdp.BrowserContextID, func(), error) {
	exec := cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser)
	id, err := target.CreateBrowserContext().WithDisposeOnDetach(true).Do(exec)
	if err != nil {
		return nil, "", nil, err
	}
	dispose := func() { target.DisposeBrowserContext(id).Do(exec) }
	tab, closeTab, err := newTab(ctx, id)
	if err != nil {
		dispose()
		return nil, "", nil, err
	}
	return tab, id, func() { closeTab(); dispose() }, nil
}

// newTab opens a tab in the browser context id (of the browser of ctx)
// and returns it and a function that closes it.
func newTab(ctx context.Context, id cdp.BrowserContextID) (context.Context, func(), error) {
	exec := cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser)
	tid, err := target.CreateTarget("about:blank").WithBrowserContextID(id).WithNewWindow(true).Do(exec)
	if err != nil {
		return nil, nil, err
	}
	tab, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(tid))
	if err := chromedp.Run(tab); err != nil {
		cancel()
		return nil, nil, err
	}
	return tab, func() {
		cancel()
		target.CloseTarget(tid).Do(exec)
	}, nil
}

// load opens url in the tab of ctx and waits until the wasm has rendered
// the page.
func load(ctx context.Context, url string) (timing, error) {
	var t timing
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	err := chromedp.Run(ctx,
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(timingScript).Do(ctx)
			return err
		}),
		chromedp.Navigate(url),
		chromedp.Poll(`window.__start && window.__start.ready > 0`, nil, chromedp.WithPollingInterval(20*time.Millisecond)),
		chromedp.Evaluate(readTiming, &t),
	)
	return t, err
}

// waitServiceWorker waits until the site's service worker has cached it.
func waitServiceWorker(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	for {
		var ok bool
		err := chromedp.Run(ctx, chromedp.Evaluate(swReady, &ok, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}))
		if err == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("service worker not ready: %v", err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// visit is one cold load of a in a fresh browser context, then one warm
// load: a new tab in the same context once the service worker has cached
// the site, the first tab left blank, as a user coming back.
func visit(browser context.Context, a *app) (cold, warm timing, err error) {
	ctx, id, cancel, err := newBrowserContext(browser)
	if err != nil {
		return cold, warm, err
	}
	defer cancel()
	if cold, err = load(ctx, a.url+"/"); err != nil {
		return cold, warm, fmt.Errorf("%s, cold: %w", a.name, err)
	}
	if err = waitServiceWorker(ctx); err != nil {
		return cold, warm, fmt.Errorf("%s: %w", a.name, err)
	}
	if err = chromedp.Run(ctx, chromedp.Navigate("about:blank")); err != nil {
		return cold, warm, err
	}
	tab, closeTab, err := newTab(browser, id)
	if err != nil {
		return cold, warm, err
	}
	defer closeTab()
	if warm, err = load(tab, a.url+"/"); err != nil {
		return cold, warm, fmt.Errorf("%s, warm: %w", a.name, err)
	}
	if warm.Transfer > 0 {
		return cold, warm, fmt.Errorf("%s, warm: app.wasm came over the network (%.0f bytes)", a.name, warm.Transfer)
	}
	return cold, warm, nil
}

// measure alternates cold and warm visits of the two apps, rounds times
// each (the explorer first in even rounds, the empty app in odd ones), and
// prints and reports the medians and ratios.
func measure(b *testing.B, browser context.Context, rounds int, explorer, empty *app) {
	apps := []*app{explorer, empty}
	cold := make([][]timing, 2)
	warm := make([][]timing, 2)
	for r := 0; r < rounds; r++ {
		for k := range apps {
			i := (k + r) % 2
			c, w, err := visit(browser, apps[i])
			if err != nil {
				b.Fatal(err)
			}
			cold[i] = append(cold[i], c)
			warm[i] = append(warm[i], w)
		}
	}
	fmt.Printf("\nstart-up, median of %d loads each, ms from navigation (wasm received / instantiated / rendered):\n", rounds)
	for i, a := range apps {
		fmt.Printf("  %-18s cold %s   warm %s\n", a.name, phases(cold[i]), phases(warm[i]))
	}
	coldRatio := medianOf(cold[0], readyMs) / medianOf(cold[1], readyMs)
	warmRatio := medianOf(warm[0], readyMs) / medianOf(warm[1], readyMs)
	fmt.Printf("  ratio              cold %.2f×   warm %.2f×   (targets: ≤ 1.5×, ≤ 1.2×)\n", coldRatio, warmRatio)
	fmt.Printf("  all cold (explorer):  %s\n  all cold (empty app): %s\n", list(cold[0]), list(cold[1]))
	fmt.Printf("  all warm (explorer):  %s\n  all warm (empty app): %s\n", list(warm[0]), list(warm[1]))
	printSizes(b, explorer, empty)
	seeds := seedTimes(b, browser, empty)
	b.ReportMetric(seeds, "seeds-cold-ms")
	b.ReportMetric(medianOf(cold[0], readyMs), "cold-ms")
	b.ReportMetric(medianOf(warm[0], readyMs), "warm-ms")
	b.ReportMetric(medianOf(cold[1], readyMs), "empty-cold-ms")
	b.ReportMetric(medianOf(warm[1], readyMs), "empty-warm-ms")
	b.ReportMetric(coldRatio, "cold-ratio")
	b.ReportMetric(warmRatio, "warm-ratio")
}

func readyMs(t timing) float64 { return t.Ready }

func phases(ts []timing) string {
	return fmt.Sprintf("%5.0f / %5.0f / %5.0f",
		medianOf(ts, func(t timing) float64 { return t.WasmEnd }),
		medianOf(ts, func(t timing) float64 { return t.Instantiated }),
		medianOf(ts, readyMs))
}

func list(ts []timing) string {
	var s []string
	for _, t := range ts {
		s = append(s, strconv.Itoa(int(t.Ready+0.5)))
	}
	return strings.Join(s, " ")
}

// medianOf returns the median of f over ts.
func medianOf(ts []timing, f func(timing) float64) float64 {
	v := make([]float64, len(ts))
	for i, t := range ts {
		v[i] = f(t)
	}
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// printSizes prints both app.wasm files' sizes, raw and brotli -q 11.
func printSizes(b *testing.B, explorer, empty *app) {
	fmt.Printf("\napp.wasm, MB raw / brotli -q 11:\n")
	var sizes [2][2]float64
	for i, a := range []*app{explorer, empty} {
		raw, br := wasmSizesOf(b, filepath.Join(a.dir, "web", "app.wasm"))
		sizes[i] = [2]float64{raw, br}
		fmt.Printf("  %-18s %6.2f / %5.2f\n", a.name, raw/1e6, br/1e6)
	}
	fmt.Printf("  ratio              %6.2f× / %4.2f×   (target: ≤ 1.8 MB brotli)\n", sizes[0][0]/sizes[1][0], sizes[0][1]/sizes[1][1])
	b.ReportMetric(sizes[0][1]/1e6, "brotli-MB")
}

// wasmSizesOf returns the size of a file, raw and compressed with
// brotli -q 11 (the brotli command, which make bench-start installs).
func wasmSizesOf(b *testing.B, path string) (raw, br float64) {
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	out, err := exec.Command("brotli", "-q", "11", "-c", path).Output()
	if err != nil {
		b.Fatalf("brotli (make bench-start installs it): %v", err)
	}
	return float64(info.Size()), float64(len(out))
}

// profileLoads prints the unstripped app.wasm's code by package and
// profiles one cold load of each app.
func profileLoads(b *testing.B, browser context.Context, explorer, empty *app) {
	var sizes [2]*wasmSizes
	for i, a := range []*app{explorer, empty} {
		data, err := os.ReadFile(filepath.Join(a.dir, "web", "app.wasm"))
		if err != nil {
			b.Fatal(err)
		}
		if sizes[i], err = parseWasm(data); err != nil {
			b.Fatal(err)
		}
	}
	writeSizeReport(os.Stdout, sizes[0], sizes[1], 40)
	for _, a := range []*app{explorer, empty} {
		p, t, err := profileLoad(browser, a)
		if err != nil {
			b.Fatal(err)
		}
		writeProfile(os.Stdout, fmt.Sprintf("CPU profile of a cold load of the %s (unstripped), rendered at %.0f ms (wasm received %.0f, instantiated %.0f)", a.name, t.Ready, t.WasmEnd, t.Instantiated), summarize(p), 30)
	}
}

// profileLoad profiles the renderer during one cold load of a, started
// from a blank page of the same origin so that the tab keeps its process.
func profileLoad(browser context.Context, a *app) (*profiler.Profile, timing, error) {
	ctx, _, cancel, err := newBrowserContext(browser)
	if err != nil {
		return nil, timing{}, err
	}
	defer cancel()
	var p *profiler.Profile
	err = chromedp.Run(ctx,
		chromedp.Navigate(a.url+"/__blank"),
		profiler.Enable(),
		profiler.SetSamplingInterval(100), // µs
		profiler.Start(),
	)
	if err != nil {
		return nil, timing{}, err
	}
	t, err := load(ctx, a.url+"/")
	if err != nil {
		return nil, t, err
	}
	err = chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		p, err = profiler.Stop().Do(ctx)
		return err
	}))
	return p, t, err
}

// seedPage runs seedtime.wasm (testdata/seedtime) and keeps its results
// in window.seedtime.
const seedPage = `<!doctype html>
<meta charset="utf-8">
<title>seedtime</title>
<script src="wasm_exec.js"></script>
<script>
const go = new Go();
WebAssembly.instantiateStreaming(fetch("seedtime.wasm"), go.importObject).then((r) => {
  window.goStart = performance.now();
  go.run(r.instance);
});
</script>
`

// seedTime is what testdata/seedtime reports, in ms.
type seedTime struct {
	Init     float64 `json:"init"`
	Snapshot bool    `json:"snapshot"` // the snapshot was read
	Runs     []struct {
		Read      float64 `json:"read"`
		ReadIndex float64 `json:"readIndex"`
		Gazetteer float64 `json:"gazetteer"`
		Parse     float64 `json:"parse"`
		Analyse   float64 `json:"analyse"`
		Index     float64 `json:"index"`
	} `json:"runs"`
}

// seedTimes builds testdata/seedtime with the explorer's flags and the
// seeds' snapshot, runs it in five fresh browser contexts and prints the
// medians of the seeds' start-up work in wasm, run cold (as at the app's
// start) and again: reading the snapshot and indexing, as the app starts,
// then the live analysis it replaces (gazetteer, parse, analysis, index).
// It returns the cold total of the app's start-up work.
func seedTimes(b *testing.B, browser context.Context, empty *app) float64 {
	dir := filepath.Join(b.TempDir(), "seedtime")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	overlay := snapshotOverlay(b, dir)
	gorun(b, []string{"GOOS=js", "GOARCH=wasm"}, "build", "-tags", "snapshot", "-overlay", overlay, "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "seedtime.wasm"), "./testdata/seedtime/main.go")
	copyFile(b, filepath.Join(dir, "wasm_exec.js"), filepath.Join(empty.dir, "wasm_exec.js"))
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(seedPage), 0o644); err != nil {
		b.Fatal(err)
	}
	url := serve(b, dir)
	var all []seedTime
	for range 5 {
		ctx, _, cancel, err := newBrowserContext(browser)
		if err != nil {
			b.Fatal(err)
		}
		var st seedTime
		err = chromedp.Run(ctx, chromedp.Navigate(url+"/"),
			chromedp.Poll(`window.seedtime`, &st, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second)))
		cancel()
		if err != nil || len(st.Runs) != 2 {
			b.Fatalf("seedtime: %v (%d runs)", err, len(st.Runs))
		}
		all = append(all, st)
	}
	med := func(f func(seedTime) float64) float64 {
		v := make([]float64, len(all))
		for i, s := range all {
			v[i] = f(s)
		}
		slices.Sort(v)
		return v[len(v)/2]
	}
	fmt.Printf("\nthe seeds' start-up work in wasm (testdata/seedtime), median of 5 fresh pages, ms: first run (cold, as at start) / second run\n")
	type phase struct {
		name string
		f    func(seedTime, int) float64
	}
	var total [2]float64
	for _, part := range []struct {
		title  string
		phases []phase
	}{
		{"as the app starts: the snapshot", []phase{
			{"read", func(s seedTime, i int) float64 { return s.Runs[i].Read }},
			{"index", func(s seedTime, i int) float64 { return s.Runs[i].ReadIndex }},
		}},
		{"what it replaces: live analysis (after the snapshot path: index code no longer cold)", []phase{
			{"gazetteer", func(s seedTime, i int) float64 { return s.Runs[i].Gazetteer }},
			{"parse", func(s seedTime, i int) float64 { return s.Runs[i].Parse }},
			{"analyse", func(s seedTime, i int) float64 { return s.Runs[i].Analyse }},
			{"index", func(s seedTime, i int) float64 { return s.Runs[i].Index }},
		}},
	} {
		fmt.Printf("  %s\n", part.title)
		var sum [2]float64
		for _, ph := range part.phases {
			var v [2]float64
			for i := range v {
				v[i] = med(func(s seedTime) float64 { return ph.f(s, i) })
				sum[i] += v[i]
			}
			fmt.Printf("    %-10s %6.1f / %6.1f\n", ph.name, v[0], v[1])
		}
		fmt.Printf("    %-10s %6.1f / %6.1f   (sum of the medians)\n", "total", sum[0], sum[1])
		if total == [2]float64{} {
			total = sum
		}
	}
	if !all[0].Snapshot {
		fmt.Printf("  (no snapshot was read: the first part is the live analysis)\n")
	}
	fmt.Printf("  Go runtime start and package init of that program: %.1f ms\n", med(func(s seedTime) float64 { return s.Init }))
	return total[0]
}
