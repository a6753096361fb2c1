//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"corpusexplorer/app/site"
	"corpusexplorer/app/ui"
	"corpusexplorer/app/workspace"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The browser tests build the real wasm and static site once, serve it on
// a random 127.0.0.1 port and drive Debian's headless chromium against it.

var (
	siteRoot string // site built for the root of a host
	siteSub  string // site built for /explorer
	webDir   string // the web folder with app.wasm
	browser  string // chromium's path, "" when missing
)

const subBase = "/explorer"

func TestMain(m *testing.M) {
	ui.Register()
	code, err := setup(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "browser tests: setup:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func setup(m *testing.M) (int, error) {
	tmp, err := os.MkdirTemp("", "explorer-site-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	if browser, _ = exec.LookPath("chromium"); browser == "" {
		return m.Run(), nil // the browser tests skip (or fail in CI)
	}
	webDir = filepath.Join(tmp, "web")
	if err := copyTree(webDir, "../web"); err != nil {
		return 0, err
	}
	// As make wasm builds it: with the seeds' snapshot (here through an
	// overlay, so that the source tree is left alone).
	overlay := filepath.Join(tmp, "overlay.json")
	if _, err := writeSnapshot(filepath.Join(tmp, "seeds.snapshot"), overlay); err != nil {
		return 0, err
	}
	args := []string{"build", "-tags", "snapshot", "-overlay", overlay, "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(webDir, "app.wasm"), "."}
	if os.Getenv("WASM_NAMES") != "" {
		// Keep the function names, for CPU profiles (BIGIMPORT_PROFILE).
		args = slices.DeleteFunc(args, func(a string) bool { return a == "-ldflags=-s -w" })
	}
	build := exec.Command("go", args...)
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		return 0, fmt.Errorf("building the wasm: %v\n%s", err, out)
	}
	siteRoot = filepath.Join(tmp, "root")
	siteSub = filepath.Join(tmp, "sub")
	if err := site.Generate(siteRoot, webDir, site.Config{}); err != nil {
		return 0, err
	}
	if err := site.Generate(siteSub, webDir, site.Config{Base: subBase}); err != nil {
		return 0, err
	}
	return m.Run(), nil
}

func copyTree(dst, src string) error {
	return filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if d.Name() == "app.wasm" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
}

// server serves a site directory on a random loopback port until stopped.
type server struct {
	URL string
	srv *http.Server
}

func serveSite(t testing.TB, dir, base string) *server {
	t.Helper()
	return serveHandler(t, site.FileServer(dir, base))
}

// serveHandler serves h on a random loopback port until stopped.
func serveHandler(t testing.TB, h http.Handler) *server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &server{URL: "http://" + ln.Addr().String(), srv: &http.Server{Handler: h}}
	go s.srv.Serve(ln)
	t.Cleanup(s.stop)
	return s
}

// stop closes the server: the browser then finds nothing there, as offline.
func (s *server) stop() { s.srv.Close() }

// newBrowser starts a headless chromium with a fresh profile.
func newBrowser(t testing.TB) context.Context {
	t.Helper()
	return newBrowserFor(t, 90*time.Second)
}

// newBrowserFor is newBrowser for work that may take up to d.
func newBrowserFor(t testing.TB, d time.Duration) context.Context {
	t.Helper()
	if browser == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not installed (make test installs it)")
		}
		t.Skip("chromium is not installed: run make test to install it")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser),
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
	if f := os.Getenv("CHROMIUM_JS_FLAGS"); f != "" {
		opts = append(opts, chromedp.Flag("js-flags", f)) // V8 flags, for experiments
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, d)
	t.Cleanup(cancel3)
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// wasmReady waits until the wasm has rendered the page: the header carries
// data-wasm="ready" only once mounted in the browser, never when prerendered.
var wasmReady = chromedp.WaitVisible(`header[data-wasm="ready"]`, chromedp.ByQuery)

func do(t testing.TB, ctx context.Context, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

func evalPromise(js string, res any) chromedp.Action {
	return chromedp.Evaluate(js, res, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	})
}

// settle waits up to 3 s for the JavaScript condition cond, for state
// that follows a change at its own pace (the URL after typing); the checks
// after it report what is wrong when it never holds.
func settle(t testing.TB, ctx context.Context, cond string) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	chromedp.Run(tctx, chromedp.Poll(cond, nil))
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func location(ctx context.Context, t testing.TB) string {
	var p string
	do(t, ctx, chromedp.Evaluate(`location.pathname + location.search`, &p))
	return p
}

func TestPrerenderedHTMLListsArticles(t *testing.T) {
	if browser == "" {
		newBrowser(t) // skips or fails
	}
	ac, err := workspace.New(nil).Embedded()
	if err != nil {
		t.Fatal(err)
	}
	s := serveSite(t, siteRoot, "")
	res, err := http.Get(s.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, a := range ac.Corpus.All() {
		if !strings.Contains(string(b), htmlEscape(a.Title)) {
			t.Errorf("prerendered / lacks the title %q", a.Title)
		}
	}
	for _, f := range []string{"index.html", "timeline.html", "article.html", "404.html", "app.js", "app-worker.js", "wasm_exec.js", "manifest.webmanifest", "app.css", "web/app.wasm", "web/style.css", "web/icon.svg", "web/icon-192.png", "web/icon-512.png", "web/icon-maskable.png"} {
		if _, err := os.Stat(filepath.Join(siteRoot, f)); err != nil {
			t.Errorf("site lacks %s", f)
		}
	}
	worker, _ := os.ReadFile(filepath.Join(siteRoot, "app-worker.js"))
	if strings.Contains(string(worker), "{{.Version}}") || !strings.Contains(string(worker), "ignoreSearch") {
		t.Error("app-worker.js is not the patched, versioned worker")
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

func TestPagesRenderAndNavigate(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	ac, _ := workspace.New(nil).Embedded()
	var n int
	do(t, ctx,
		chromedp.Navigate(s.URL+"/"),
		wasmReady,
		chromedp.Evaluate(`document.querySelectorAll("#results > li").length`, &n),
	)
	if n != ac.Corpus.Len() {
		t.Fatalf("explorer lists %d articles, want %d", n, ac.Corpus.Len())
	}
	var langs []string
	do(t, ctx, chromedp.Evaluate(`["#results h2", "#results .snippet", "#results .chip", "#actor-facet .name", "#result-count"].map(s => document.querySelector(s).closest("[lang]").lang)`, &langs))
	if want := []string{"nl", "nl", "nl", "nl", "en"}; !slices.Equal(langs, want) {
		t.Errorf("languages of a title, snippet, chip, facet actor, the count: %q, want %q", langs, want)
	}
	// Typing narrows the results at once and the URL follows (after the
	// page is drawn).
	var count, u string
	do(t, ctx,
		chromedp.SendKeys(`#q`, "stoltenb", chromedp.ByQuery),
		chromedp.WaitVisible(`#results > li:only-child`, chromedp.ByQuery),
		chromedp.Text(`#result-count`, &count, chromedp.ByQuery),
	)
	settle(t, ctx, `location.search === "?q=stoltenb"`)
	do(t, ctx, chromedp.Evaluate(`location.search`, &u))
	if count != "1 of 3 articles" || u != "?q=stoltenb" {
		t.Errorf("after typing: count %q, query %q", count, u)
	}
	var hit string
	do(t, ctx, chromedp.Text(`#results mark.hit`, &hit, chromedp.ByQuery))
	if hit != "Stoltenberg" {
		t.Errorf("marked match %q, want Stoltenberg", hit)
	}
	// Typing on to no match hides the results and the actors (the page
	// keeps their elements, to update them for the next result); the
	// next result shows in full, with no trace of the ones before.
	var titles []string
	do(t, ctx, chromedp.Navigate(s.URL+"/"), wasmReady,
		chromedp.Evaluate(`[...document.querySelectorAll("#results h2")].map(h => h.textContent)`, &titles),
		chromedp.SendKeys(`#q`, "stoltenbxq", chromedp.ByQuery), chromedp.WaitVisible(`#no-results`, chromedp.ByQuery))
	var shown []bool
	do(t, ctx, chromedp.Evaluate(`["#results li", "#actor-facet input"].map(s => [...document.querySelectorAll(s)].some(el => el.checkVisibility()))`, &shown))
	if !slices.Equal(shown, []bool{false, false}) {
		t.Errorf("no match: a result, an actor visible: %v", shown)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Backspace+kb.Backspace), chromedp.WaitVisible(`#results > li:only-child`, chromedp.ByQuery),
		chromedp.Text(`#results mark.hit`, &hit, chromedp.ByQuery), chromedp.Text(`#result-count`, &count, chromedp.ByQuery))
	if hit != "Stoltenberg" || count != "1 of 3 articles" {
		t.Errorf("after no match, back to one: marked %q, count %q", hit, count)
	}
	var again []string
	do(t, ctx, chromedp.SendKeys(`#q`, "xq", chromedp.ByQuery), chromedp.WaitVisible(`#no-results`, chromedp.ByQuery),
		chromedp.KeyEvent(kb.Escape), chromedp.WaitNotPresent(`#no-results`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("#results h2")].filter(h => h.checkVisibility()).map(h => h.textContent)`, &again),
		chromedp.Evaluate(`["#results", "#actor-facet", "#actor-facet input"].map(s => document.querySelector(s).checkVisibility())`, &shown),
		chromedp.Evaluate(`document.querySelectorAll("#results mark.hit").length`, &n))
	if !slices.Equal(again, titles) || !slices.Equal(shown, []bool{true, true, true}) || n != 0 {
		t.Errorf("after no match, back to all: titles %q (want %q), results, actors, an actor visible %v, %d marks left", again, titles, shown, n)
	}
	// A URL query renders the same view; an English alias finds the Dutch name.
	do(t, ctx, chromedp.Navigate(s.URL+"/?q=putin&bogus=1"), wasmReady, chromedp.Text(`#result-count`, &count, chromedp.ByQuery))
	if count != "3 of 3 articles" {
		t.Errorf("?q=putin: %q", count)
	}
	do(t, ctx, chromedp.WaitVisible(`.notice-inline`, chromedp.ByQuery))
	do(t, ctx, chromedp.Navigate(s.URL+"/?q=xyzzy"), wasmReady, chromedp.WaitVisible(`#no-results`, chromedp.ByQuery))
	do(t, ctx, chromedp.Navigate(s.URL+"/"), wasmReady)

	// The loader is gone once the wasm runs.
	var loader bool
	do(t, ctx, chromedp.Evaluate(`!!document.getElementById("app-wasm-loader")`, &loader))
	if loader {
		t.Error("go-app's loader is still in the page after the wasm started")
	}

	screenshots(t, ctx, "explorer")
	do(t, ctx, chromedp.Click(`nav a[href="/timeline"]`, chromedp.ByQuery), chromedp.WaitVisible(`#timeline-list`, chromedp.ByQuery))
	if p := location(ctx, t); p != "/timeline" {
		t.Fatalf("after clicking Timeline the location is %q", p)
	}
	// The first event is "In 2014 annexeerde Rusland ...": its link lands on that sentence.
	do(t, ctx, chromedp.Click(`#timeline-list a.more`, chromedp.ByQuery), chromedp.WaitVisible(`#article`, chromedp.ByQuery))
	if p := location(ctx, t); !strings.HasPrefix(p, "/article?id=") {
		t.Fatalf("after opening an article the location is %q", p)
	}
	var sentence string
	do(t, ctx, chromedp.Evaluate(`(document.getElementById(location.hash.slice(1)) || {}).textContent || ""`, &sentence))
	if !strings.HasPrefix(sentence, "In 2014 annexeerde Rusland") {
		t.Errorf("the event link landed on %q", sentence)
	}
	var marks int
	do(t, ctx, chromedp.Evaluate(`document.querySelectorAll("#article mark.actor").length + document.querySelectorAll("#article time.date").length`, &marks))
	if marks < 20 {
		t.Errorf("the article has %d marked actors and dates, want many", marks)
	}
	screenshots(t, ctx, "article")
	do(t, ctx, chromedp.NavigateBack(), chromedp.WaitVisible(`#timeline-list`, chromedp.ByQuery))
	screenshots(t, ctx, "timeline")

	// An unknown article id gives a message, not a blank page.
	do(t, ctx, chromedp.Navigate(s.URL+"/article?id=nope"), wasmReady, chromedp.WaitVisible(`#not-found`, chromedp.ByQuery))
}

func TestSubPathHosting(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteSub, subBase)
	do(t, ctx, chromedp.Navigate(s.URL+subBase+"/"), wasmReady)
	// In-app navigation after the wasm started keeps the prefix.
	do(t, ctx, chromedp.Click(`nav a[aria-current]+a`, chromedp.ByQuery), chromedp.WaitVisible(`#timeline-list`, chromedp.ByQuery))
	if p := location(ctx, t); p != subBase+"/timeline" {
		t.Fatalf("in-app link went to %q, want %s/timeline", p, subBase)
	}
	var hrefs []string
	do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("a[href^='/']")].map(a => a.getAttribute("href"))`, &hrefs))
	for _, h := range hrefs {
		if !strings.HasPrefix(h, subBase+"/") {
			t.Errorf("link %q lacks the %s prefix", h, subBase)
		}
	}
	// A deep link reloaded in the browser.
	do(t, ctx, chromedp.Reload(), wasmReady, chromedp.WaitVisible(`#timeline-list`, chromedp.ByQuery))
	do(t, ctx, chromedp.Click(`#timeline-list a.more`, chromedp.ByQuery), chromedp.WaitVisible(`#article`, chromedp.ByQuery))
	if p := location(ctx, t); !strings.HasPrefix(p, subBase+"/article?id=") {
		t.Fatalf("article link went to %q", p)
	}
	do(t, ctx, chromedp.Reload(), wasmReady, chromedp.WaitVisible(`#article`, chromedp.ByQuery))
}

// waitOfflineReady waits until the service worker is active and has
// precached at least min files (the page does not wait for it, so poll).
func waitOfflineReady(t testing.TB, ctx context.Context, min int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var n int
		err := chromedp.Run(ctx, evalPromise(`(async () => {
			const reg = await navigator.serviceWorker.getRegistration();
			if (!reg || !reg.active || reg.active.state !== "activated") return 0;
			const keys = await caches.keys();
			if (keys.length !== 1) return 0;
			const c = await caches.open(keys[0]);
			return (await c.keys()).length;
		})()`, &n))
		if err == nil && n >= min {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("service worker not ready: %d cached files, err %v", n, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func TestOfflineReload(t *testing.T) {
	for _, tc := range []struct {
		name, dir, base string
	}{
		{"root", "", ""},
		{"sub-path", "", subBase},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newBrowser(t)
			dir := siteRoot
			if tc.base != "" {
				dir = siteSub
			}
			s := serveSite(t, dir, tc.base)
			do(t, ctx, chromedp.Navigate(s.URL+tc.base+"/"), wasmReady)
			waitOfflineReady(t, ctx, 10)
			var notice bool
			do(t, ctx, chromedp.Sleep(300*time.Millisecond), chromedp.Evaluate(`!!document.getElementById("update-notice")`, &notice))
			if notice {
				t.Error("a first visit shows the update notice")
			}
			s.stop()
			if _, err := http.Get(s.URL + "/"); err == nil {
				t.Fatal("server still answers after stop")
			}
			for _, p := range []string{"/", "/timeline", "/?q=poetin", "/article?id=000_6ffce1f1300ed2ce", "/timeline?from=2021-01"} {
				do(t, ctx, chromedp.Navigate(s.URL+tc.base+p), wasmReady)
				var title string
				do(t, ctx, chromedp.Text(`h1`, &title, chromedp.ByQuery))
				if title == "" || title == "Article not found" {
					t.Errorf("offline %s: heading %q", p, title)
				}
			}
		})
	}
}

// visitThenUpdate opens path on a site of version test-1, waits until the
// service worker keeps it offline, runs before (nil for nothing), deploys
// version test-2 in place and reloads, and returns the browser and the
// server once the page shows the update notice. The browser looks for the
// new worker on its own schedule: here about one page in ten never shows
// the notice, so the whole visit is tried twice, which tells that apart
// from a notice that never comes.
func visitThenUpdate(t *testing.T, path string, before func(ctx context.Context)) (context.Context, *server) {
	t.Helper()
	for try := 1; ; try++ {
		ctx := newBrowser(t)
		dir := filepath.Join(t.TempDir(), "site")
		if err := site.Generate(dir, webDir, site.Config{Version: "test-1"}); err != nil {
			t.Fatal(err)
		}
		s := serveSite(t, dir, "")
		do(t, ctx, chromedp.Navigate(s.URL+path), wasmReady)
		waitOfflineReady(t, ctx, 10)
		if before != nil {
			before(ctx)
		}
		// Deploy a new version in place, then come back to the app.
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		if err := site.Generate(dir, webDir, site.Config{Version: "test-2"}); err != nil {
			t.Fatal(err)
		}
		do(t, ctx, chromedp.Reload(), wasmReady)
		wait, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := chromedp.Run(wait, chromedp.WaitVisible(`#update-notice`, chromedp.ByQuery))
		cancel()
		if err == nil {
			return ctx, s
		}
		if try == 2 {
			t.Fatalf("no update notice after a new version, in two visits: %v", err)
		}
		t.Logf("try %d: no update notice in 30 s (%v); again", try, err)
	}
}

// TestUpdateNotice: a new version deployed while the app is open is
// announced on the next visit.
func TestUpdateNotice(t *testing.T) {
	visitThenUpdate(t, "/", nil)
}

// TestImportsSurviveUpdate: articles imported under one version are there
// after a new version is deployed and the app reloaded into it.
func TestImportsSurviveUpdate(t *testing.T) {
	ctx, s := visitThenUpdate(t, "/import", func(ctx context.Context) {
		upload(t, ctx, writeFiles(t, map[string]string{"poetin-2000.txt": goodArticle}, "poetin-2000.txt"))
		waitSaved(t, ctx)
	})
	do(t, ctx, chromedp.Click(`#update-notice button`, chromedp.ByQuery), wasmReady,
		chromedp.Navigate(s.URL+"/?q=koersk"), wasmReady)
	waitText(t, ctx, `#results`, "onderzeeboot Koersk")
}

// BenchmarkWasmStartup measures the time from navigation to the page
// rendered by the wasm, in a fresh headless chromium each time (no cache).
func BenchmarkWasmStartup(b *testing.B) {
	s := serveSite(b, siteRoot, "")
	var times []time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		ctx := newBrowser(b)
		b.StartTimer()
		start := time.Now()
		do(b, ctx, chromedp.Navigate(s.URL+"/"), wasmReady)
		times = append(times, time.Since(start))
	}
	b.ReportMetric(float64(median(times).Milliseconds()), "ms-median")
}

func median(d []time.Duration) time.Duration {
	s := append([]time.Duration(nil), d...)
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s[len(s)/2]
}

// screenshots saves the current page at desktop and phone sizes into the
// git-ignored folder screenshots/, for people to look at.
func screenshots(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	if err := os.MkdirAll("../screenshots", 0o755); err != nil {
		t.Fatal(err)
	}
	for _, size := range []struct {
		w, h  int64
		label string
	}{{1280, 800, "desktop"}, {375, 812, "phone"}} {
		var png []byte
		mobile := size.w < 600
		do(t, ctx,
			chromedp.EmulateViewport(size.w, size.h, func(p *emulation.SetDeviceMetricsOverrideParams, s *emulation.SetTouchEmulationEnabledParams) {
				p.Mobile = mobile
				s.Enabled = mobile
			}),
			chromedp.Sleep(150*time.Millisecond),
			chromedp.CaptureScreenshot(&png),
		)
		if err := os.WriteFile(fmt.Sprintf("../screenshots/%s-%s.png", name, size.label), png, 0o644); err != nil {
			t.Fatal(err)
		}
		// A phone browser widens the page to fit what is too wide (and
		// shrinks it all): compare with the width emulated, not only
		// with the window's.
		var wide float64
		do(t, ctx, chromedp.Evaluate(`Math.max(document.documentElement.scrollWidth, window.innerWidth)`, &wide))
		if wide > float64(size.w)+1 {
			var culprits string
			do(t, ctx, chromedp.Evaluate(fmt.Sprintf(`[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > %d + 1).slice(-4).map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + "." + String(e.className.baseVal ?? e.className).replaceAll(" ", ".")).join(", ")`, size.w), &culprits))
			t.Errorf("%s at %dpx wide is %.0f px wide (%s)", name, size.w, wide, culprits)
		}
	}
	do(t, ctx, chromedp.EmulateViewport(1280, 800))
}
