//go:build !wasm

package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"corpusexplorer/app/synth"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Browser tests of /import: files set on the file input (as a user choosing
// them), the imported articles in every view, IndexedDB persistence across
// reloads and offline, bad input, actor edits and export.

const goodArticle = "date 2000-09-01 Gisteren sprak president Vladimir Poetin in Moskou met minister Kees Vliegenthart over de ramp met de onderzeeboot Koersk.\n\nDe Russische president beloofde Vliegenthart volledige openheid over de zeppelinvloot.\n"

const xssArticle = "date 2000-09-02 Gevaarlijke tekst <script>window.pwned=1</script> en een plaatje <img src=x onerror=\"window.pwned=2\"> in het artikel.\n\nKlik op <a href=\"javascript:window.pwned=3\">deze link</a> of javascript:window.pwned=4 voor de zeppelinvloot.\n"

// writeFiles writes name → content into a fresh temp dir and returns the
// paths in the order given by names.
func writeFiles(t testing.TB, files map[string]string, names ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, n := range names {
		p := filepath.Join(dir, n)
		if err := os.WriteFile(p, []byte(files[n]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// upload sets files on the import page's file input and waits for the
// batch's notice.
func upload(t testing.TB, ctx context.Context, paths []string) string {
	t.Helper()
	return uploadWithin(t, ctx, paths, time.Minute)
}

// uploadWithin is upload, waiting up to d for the notice.
func uploadWithin(t testing.TB, ctx context.Context, paths []string, d time.Duration) string {
	t.Helper()
	waitSaved(t, ctx) // the stored articles are loaded (the input is disabled until then)
	var n int
	do(t, ctx, chromedp.Evaluate(`+(document.getElementById("import-notice")?.dataset.n || 0)`, &n))
	do(t, ctx, chromedp.SetUploadFiles(`#import-files`, paths, chromedp.ByQuery))
	return waitTextWithin(t, ctx, fmt.Sprintf(`#import-notice[data-n="%d"]`, n+1), "Imported", d)
}

// openEdits opens the actor edit form (closed, it draws no list of
// actors).
func openEdits(t testing.TB, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.Evaluate(`document.getElementById("edit-form").open = true`, nil), chromedp.WaitVisible(`#edit-actor`, chromedp.ByQuery))
}

// waitText waits until the element sel holds want and returns its text.
func waitText(t testing.TB, ctx context.Context, sel, want string) string {
	t.Helper()
	return waitTextWithin(t, ctx, sel, want, time.Minute)
}

// waitTextWithin is waitText, waiting up to d.
func waitTextWithin(t testing.TB, ctx context.Context, sel, want string, d time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		var s string
		_ = chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf(`(document.querySelector(%q)||{}).textContent||""`, sel), &s))
		if strings.Contains(s, want) {
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %q does not hold %q", sel, s, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitSaved waits until the import page says everything is stored and,
// on the import page, that no build is under way (the page answers while
// the corpus is rebuilt with what the store held).
func waitSaved(t testing.TB, ctx context.Context) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var st string
		_ = chromedp.Run(ctx, chromedp.Evaluate(`(e => e ? e.dataset.saved + ": " + e.textContent + " (" + window.__storageTrace + ")" : "missing")(document.getElementById("storage-status"))
			.replace(/^true/, (document.getElementById("import-status")?.textContent.trim() || "") === "" ? "true" : "building")`, &st))
		if strings.HasPrefix(st, "true") {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not saved: %s", st)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitIdle waits until the import page says no import or build is under
// way.
func waitIdle(t testing.TB, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.Poll(`(e => e && e.textContent.trim() === "")(document.getElementById("import-status"))`, nil,
		chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(time.Minute)))
}

func count(t testing.TB, ctx context.Context, sel string) int {
	t.Helper()
	var n int
	do(t, ctx, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll(%q).length`, sel), &n))
	return n
}

// click clicks the element sel from script: chromedp's Click clicks at
// the element's centre, which the sticky header can cover after scrolling.
func click(sel string) chromedp.Action {
	return chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).click()`, sel), nil)
}

// choose sets a select's value and fires change, as a user picking it.
func choose(sel, value string) chromedp.Action {
	return chromedp.Evaluate(fmt.Sprintf(`(() => { const s = document.querySelector(%q); s.value = %q; s.dispatchEvent(new Event("change", {bubbles: true})); })()`, sel, value), nil)
}

// logConsole logs the page's console errors and uncaught exceptions (a Go
// panic in the wasm shows there).
func logConsole(t testing.TB, ctx context.Context) {
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *cdpruntime.EventConsoleAPICalled:
			if e.Type == cdpruntime.APITypeError || e.Type == cdpruntime.APITypeWarning || os.Getenv("IMPORT_CONSOLE") != "" {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				t.Logf("console %s: %s", e.Type, strings.Join(parts, " "))
			}
		case *cdpruntime.EventExceptionThrown:
			t.Logf("exception: %s", e.ExceptionDetails.Error())
		}
	})
}

func TestImportArticles(t *testing.T) {
	ctx := newBrowser(t)
	logConsole(t, ctx)
	s := serveSite(t, siteRoot, "")
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	waitSaved(t, ctx)

	files := map[string]string{"poetin-2000.txt": goodArticle, "xss.txt": xssArticle}
	msg := upload(t, ctx, writeFiles(t, files, "poetin-2000.txt", "xss.txt"))
	if !strings.Contains(msg, "2 articles") {
		t.Errorf("notice %q", msg)
	}
	if n := count(t, ctx, `#imported-list li`); n != 2 {
		t.Fatalf("%d imported articles listed, want 2", n)
	}
	waitSaved(t, ctx)

	t.Run("explorer and timeline", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.URL+"/?q=koersk"), wasmReady)
		waitText(t, ctx, `main`, "onderzeeboot Koersk")
		// The header sums up the corpus with the saved imports.
		waitText(t, ctx, `.header .summary`, "5 articles")
		do(t, ctx, chromedp.Navigate(s.URL+"/?q=putin"), wasmReady)
		waitText(t, ctx, `main`, "onderzeeboot Koersk")
		do(t, ctx, chromedp.Navigate(s.URL+"/timeline"), wasmReady,
			chromedp.WaitVisible(`#timeline-list time[datetime="2000-08-31"]`, chromedp.ByQuery))
	})

	// Issue #9: day-dated articles filter by day and show on the
	// timeline by day.
	t.Run("filters and timeline by day", func(t *testing.T) {
		var count, from, typ string
		// The imported articles are read back from storage after
		// start-up; wait for them before reading the count.
		do(t, ctx, chromedp.Navigate(s.URL+"/?from=2000-09-01&to=2000-09-01"), wasmReady)
		waitText(t, ctx, `#result-count`, " of 5 ")
		do(t, ctx, chromedp.Text(`#result-count`, &count, chromedp.ByQuery),
			chromedp.Value(`#from`, &from, chromedp.ByQuery),
			chromedp.AttributeValue(`#from`, "type", &typ, nil, chromedp.ByQuery))
		if !strings.HasPrefix(count, "1 of ") || from != "2000-09-01" || typ != "text" {
			t.Errorf("one day: count %q, from input %q (type %q)", count, from, typ)
		}
		waitText(t, ctx, `#results`, "onderzeeboot Koersk")
		do(t, ctx, chromedp.Navigate(s.URL+"/?from=2000-09-02&to=2000-09-30"), wasmReady)
		waitText(t, ctx, `#result-count`, " of 5 ")
		do(t, ctx, chromedp.Text(`#result-count`, &count, chromedp.ByQuery))
		var results string
		do(t, ctx, chromedp.Text(`#results`, &results, chromedp.ByQuery))
		if !strings.HasPrefix(count, "1 of ") || strings.Contains(results, "Koersk") {
			t.Errorf("from the next day: count %q, results %q", count, results)
		}
		var ticks []string
		do(t, ctx, chromedp.Navigate(s.URL+"/timeline?from=2000-09-01&to=2000-09-01&view=2000-08-28..2000-09-04"), wasmReady,
			chromedp.WaitVisible(`#timeline-list time[datetime="2000-08-31"]`, chromedp.ByQuery),
			chromedp.Evaluate(`[...document.querySelectorAll("#timeline svg .tl-tick-label")].map(t => t.textContent)`, &ticks))
		if !slices.Contains(ticks, "31 Aug") && !slices.Contains(ticks, "31 Aug 2000") {
			t.Errorf("no day tick for 31 August in a one-week view: %q", ticks)
		}
		var listed string
		do(t, ctx, chromedp.Text(`#timeline-list`, &listed, chromedp.ByQuery))
		if strings.Contains(listed, "Gevaarlijke") {
			t.Error("the timeline lists an article outside the day range")
		}
	})

	t.Run("xss shows literally", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.URL+"/article?id=xss"), wasmReady)
		body := waitText(t, ctx, `main`, "<script>window.pwned=1</script>")
		for _, want := range []string{`<img src=x onerror="window.pwned=2">`, `<a href="javascript:window.pwned=3">deze link</a>`} {
			if !strings.Contains(body, want) {
				t.Errorf("article text lacks %q literally", want)
			}
		}
		do(t, ctx, chromedp.Navigate(s.URL+"/?q=zeppelinvloot"), wasmReady)
		waitText(t, ctx, `main`, "Gevaarlijke tekst")
		do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
		waitSaved(t, ctx)
		waitText(t, ctx, `#imported-list`, "<script>")
		var pwned string
		do(t, ctx, chromedp.Evaluate(`typeof window.pwned + ":" + document.querySelectorAll('main script, main img[src="x"], a[href^="javascript:"]').length`, &pwned))
		if pwned != "undefined:0" {
			t.Errorf("window.pwned type and injected elements: %s", pwned)
		}
	})

	t.Run("bad batch", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
		waitSaved(t, ctx)
		bad := map[string]string{
			"empty.txt":       "  \n",
			"bad-date.txt":    "date 2000-13-01 Een maand die niet bestaat.\n",
			"poetin-2000.txt": "date 2000-09-03 Een ander artikel met dezelfde naam over Poetin.\n",
			"fine.txt":        "date 2000-09-04 Een goed artikel over de walvisbaai in Amsterdam.\n",
		}
		msg := upload(t, ctx, writeFiles(t, bad, "empty.txt", "bad-date.txt", "poetin-2000.txt", "fine.txt"))
		if !strings.Contains(msg, "Imported 1 article") {
			t.Errorf("notice %q", msg)
		}
		for _, kind := range []string{"empty", "bad-date", "duplicate-id"} {
			if count(t, ctx, fmt.Sprintf(`#import-problems li[data-kind=%q]`, kind)) != 1 {
				t.Errorf("no %s problem listed", kind)
			}
		}
		var problems string
		do(t, ctx, chromedp.Text(`#import-problems`, &problems, chromedp.ByQuery))
		for _, want := range []string{"empty.txt", "bad-date.txt", "poetin-2000.txt", "Replace", "Keep both"} {
			if !strings.Contains(problems, want) {
				t.Errorf("problems lack %q: %s", want, problems)
			}
		}
		waitText(t, ctx, `#imported-list`, "walvisbaai")
		do(t, ctx, click(`#import-problems li[data-kind="duplicate-id"] .keep-both`))
		waitText(t, ctx, `#import-notice`, "kept both as poetin-2000-2")
		waitText(t, ctx, `#imported-list`, "poetin-2000-2")
		if n := count(t, ctx, `#imported-list li`); n != 4 {
			t.Errorf("%d imported articles listed, want 4", n)
		}
	})

	t.Run("remove one", func(t *testing.T) {
		do(t, ctx, click(`#imported-list li[data-id="poetin-2000-2"] .remove`))
		waitText(t, ctx, `#import-notice`, "Removed poetin-2000-2")
		if n := count(t, ctx, `#imported-list li`); n != 3 {
			t.Errorf("%d imported articles listed after removal, want 3", n)
		}
	})

	t.Run("paste", func(t *testing.T) {
		do(t, ctx, chromedp.Evaluate(`(() => {
			for (const [id, v] of [["paste-date", "2000-09-05"], ["paste-text", "Een geplakt bericht over de zeppelinhaven.\n\nTweede alinea."]]) {
				const el = document.getElementById(id); el.value = v; el.dispatchEvent(new Event("change", {bubbles: true}));
			}
		})()`, nil), click(`#paste-import`))
		waitText(t, ctx, `#import-notice`, "Imported 1 article")
		waitText(t, ctx, `#imported-list`, "pasted-2000-09-05")
	})

	dl := t.TempDir()
	do(t, ctx, cdpbrowser.SetDownloadBehavior(cdpbrowser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dl).WithEventsEnabled(true))

	t.Run("merge and undo", func(t *testing.T) {
		var from string
		openEdits(t, ctx)
		do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#edit-actor option")].find(o => o.textContent.includes("discovered") && o.textContent.includes("Vliegenthart"))?.value || ""`, &from))
		if from == "" {
			t.Fatal("no discovered actor Vliegenthart to merge")
		}
		do(t, ctx, choose(`#edit-actor`, from), choose(`#edit-into`, "vladimir-poetin"),
			click(`#edit-merge`))
		waitText(t, ctx, `#edit-log`, "merge "+from+" into vladimir-poetin")
		waitText(t, ctx, `#actor-edits`, "Done: merge")
		has := func() bool {
			var n int
			do(t, ctx, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll('#edit-actor option[value=%q]').length`, from), &n))
			return n > 0
		}
		if has() {
			t.Error("the merged actor is still offered")
		}
		waitSaved(t, ctx)
		// The merge shows on the actors page: the article counts under Poetin.
		do(t, ctx, chromedp.Navigate(s.URL+"/actor?id="+from), wasmReady)
		var h1 string
		do(t, ctx, chromedp.Text(`h1`, &h1, chromedp.ByQuery))
		do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
		waitSaved(t, ctx)
		waitText(t, ctx, `#edit-log`, "merge")
		// The page answers while the corpus is rebuilt after the load:
		// the edits it exports are those of the corpus shown.
		waitIdle(t, ctx)
		// Export the edits as a gazetteer file, undo, and import the file.
		do(t, ctx, click(`#edits-export`))
		tsv := string(waitFile(t, filepath.Join(dl, "actors-edits.tsv")))
		if !strings.Contains(tsv, "#! merge "+from+" vladimir-poetin") {
			t.Errorf("actors-edits.tsv:\n%s", tsv)
		}
		if h1 != "Actor not found" {
			t.Errorf("the merged actor still has a page: %q", h1)
		}
		do(t, ctx, click(`#edit-undo`))
		waitText(t, ctx, `#actor-edits`, "Undone: merge")
		openEdits(t, ctx)
		if !has() {
			t.Error("undo did not bring the actor back")
		}
		if count(t, ctx, `#edit-log li`) != 0 {
			t.Error("the log still lists the merge")
		}
		do(t, ctx, chromedp.SetUploadFiles(`#edits-file`, []string{filepath.Join(dl, "actors-edits.tsv")}, chromedp.ByQuery))
		waitText(t, ctx, `#actor-edits`, "Imported ")
		waitText(t, ctx, `#edit-log`, "merge "+from+" into vladimir-poetin")
		do(t, ctx, click(`#edit-undo`))
		waitText(t, ctx, `#actor-edits`, "Undone: merge")
	})

	t.Run("export csv", func(t *testing.T) {
		dir := dl
		do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
		waitSaved(t, ctx)
		do(t, ctx, chromedp.SendKeys(`#export-q`, "koersk", chromedp.ByQuery))
		waitText(t, ctx, `#export-count`, "1 article match")
		do(t, ctx, click(`#export-csv`))
		b := waitFile(t, filepath.Join(dir, "articles.csv"))
		csv := strings.TrimPrefix(string(b), "\ufeff")
		if !strings.HasPrefix(csv, "id,date,title,actors") || !strings.Contains(csv, "poetin-2000,2000-09-01,") || strings.Contains(csv, "xss") {
			t.Errorf("articles.csv:\n%s", csv)
		}
		do(t, ctx, click(`#export-timeline`))
		tl := string(waitFile(t, filepath.Join(dir, "timeline.csv")))
		if !strings.Contains(tl, "2000-08-31,day,true") {
			t.Errorf("timeline.csv:\n%s", tl)
		}
	})

	t.Run("reload and offline", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
		waitSaved(t, ctx)
		do(t, ctx, chromedp.Reload(), wasmReady)
		waitText(t, ctx, `#imported-list`, "walvisbaai")
		if n := count(t, ctx, `#imported-list li`); n != 4 {
			t.Errorf("%d imported articles after reload, want 4", n)
		}
		waitOfflineReady(t, ctx, 10)
		s.stop()
		if _, err := http.Get(s.URL + "/"); err == nil {
			t.Fatal("server still answers after stop")
		}
		do(t, ctx, chromedp.Navigate(s.URL+"/?q=koersk"), wasmReady)
		waitText(t, ctx, `main`, "onderzeeboot Koersk")
		do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
		waitSaved(t, ctx)
		waitText(t, ctx, `#imported-list`, "walvisbaai")
		do(t, ctx, click(`#remove-all`))
		waitText(t, ctx, `#import-notice`, "Removed every imported article")
		waitSaved(t, ctx)
		do(t, ctx, chromedp.Reload(), wasmReady)
		waitText(t, ctx, `#imported-h`, "(0)")
	})
}

// TestImportStorageFailure makes every IndexedDB save fail: the page says
// so in an alert and keeps the articles in memory.
func TestImportStorageFailure(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	waitSaved(t, ctx)
	do(t, ctx, chromedp.Evaluate(`window.__storageFault = "QuotaExceededError: simulated"`, nil))
	upload(t, ctx, writeFiles(t, map[string]string{"a.txt": goodArticle}, "a.txt"))
	msg := waitText(t, ctx, `#storage-error`, "simulated")
	if !strings.Contains(msg, "1 imported article") {
		t.Errorf("storage error %q", msg)
	}
	var role string
	do(t, ctx, chromedp.AttributeValue(`#storage-error`, "role", &role, nil, chromedp.ByQuery))
	if role != "alert" {
		t.Errorf("storage error role %q", role)
	}
	// In-app navigation keeps the unsaved article in memory.
	do(t, ctx, click(`.nav a[href="/"]`))
	waitText(t, ctx, `main`, "Gisteren sprak")
	// Once the store has room again, "Try again" saves it: nothing lost.
	do(t, ctx, chromedp.Evaluate(`window.__storageFault = null`, nil), click(`.nav a[href="/import"]`))
	do(t, ctx, chromedp.WaitVisible(`#retry-save`, chromedp.ByQuery), click(`#retry-save`))
	waitIDs(t, ctx, "a")
	do(t, ctx, chromedp.Reload(), wasmReady)
	waitIDs(t, ctx, "a")
}

func waitFile(t testing.TB, p string) []byte {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if b, err := os.ReadFile(p); err == nil && len(b) > 0 {
			return b
		}
		if time.Now().After(deadline) {
			t.Fatalf("no download %s", p)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// BenchmarkWasmImport1k imports 1,000 synthetic articles through the file
// input of a fresh chromium and reports the time until they are analysed
// and published (wall clock, and as the page measures it), the time until
// they are stored, and the IndexedDB usage they add. With BASELINE_SITE
// (see benchSites) it runs on both sites in turn.
//
//	go test ./wasm -run '^$' -bench WasmImport1k -benchtime 1x
func BenchmarkWasmImport1k(b *testing.B) { benchImportSites(b, 1000) }

// BenchmarkWasmImport10k is BenchmarkWasmImport1k with 10,000 articles.
func BenchmarkWasmImport10k(b *testing.B) { benchImportSites(b, 10000) }

func benchImportSites(b *testing.B, n int) {
	dir := b.TempDir()
	files := synth.Generate(n, 1)
	var paths []string
	raw := 0
	for _, f := range files {
		p := filepath.Join(dir, f.Name)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
		paths = append(paths, p)
		raw += len(f.Data)
	}
	sites := benchSites()
	if len(sites) == 1 {
		benchImport(b, serveSite(b, siteRoot, ""), paths, raw)
		return
	}
	for _, site := range sites {
		s := serveSite(b, site.dir, "")
		b.Run(site.subName(fmt.Sprint(n)), func(b *testing.B) { benchImport(b, s, paths, raw) })
	}
}

func benchImport(b *testing.B, s *server, paths []string, raw int) {
	usage := func(ctx context.Context) float64 {
		var u float64
		do(b, ctx, evalPromise(`navigator.storage.estimate().then(e => (e.usageDetails && e.usageDetails.indexedDB) || e.usage)`, &u))
		return u
	}
	var wall, page, saved, bytes, maxGap float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		ctx := newBrowserFor(b, 15*time.Minute)
		do(b, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
		before := usage(ctx)
		// The longest gap between animation frames once the files are in
		// the page (from the input's change event): how long the page froze.
		// Before that, the browser itself makes the File objects.
		do(b, ctx, chromedp.Evaluate(`window.__maxGap = 0; window.__changeAt = Infinity;
document.getElementById("import-files").addEventListener("change", () => { window.__changeAt = performance.now(); }, true);
(() => { let last = performance.now(); const f = () => { const t = performance.now();
  if (t > window.__changeAt) { window.__maxGap = Math.max(window.__maxGap, t - Math.max(last, window.__changeAt)); }
  last = t; requestAnimationFrame(f); }; requestAnimationFrame(f); })()`, nil))
		profiling := os.Getenv("BIGIMPORT_PROFILE") != ""
		if profiling {
			startProfile(b, ctx)
		}
		b.StartTimer()
		start := time.Now()
		msg := uploadWithin(b, ctx, paths, 10*time.Minute)
		wall += time.Since(start).Seconds()
		waitSavedLong(b, ctx)
		saved += time.Since(start).Seconds()
		b.StopTimer()
		if profiling {
			logLongFrames(b, stopProfile(b, ctx), 3)
		}
		if m := regexp.MustCompile(`in ([0-9.]+) s`).FindStringSubmatch(msg); m != nil {
			v, _ := strconv.ParseFloat(m[1], 64)
			page += v
		}
		if want := fmt.Sprintf("%d articles", len(paths)); !strings.Contains(msg, want) {
			b.Fatalf("notice %q, want %q", msg, want)
		}
		bytes += usage(ctx) - before
		var gap float64
		do(b, ctx, chromedp.Evaluate(`window.__maxGap`, &gap))
		maxGap = max(maxGap, gap)
		var timing string
		do(b, ctx, chromedp.Text(`#import-timing`, &timing, chromedp.ByQuery))
		b.Log(timing)
	}
	n := float64(b.N)
	b.ReportMetric(wall/n, "s-wall")
	b.ReportMetric(page/n, "s-page")
	b.ReportMetric(saved/n, "s-saved")
	b.ReportMetric(bytes/n/1e6, "MB-indexeddb")
	b.ReportMetric(float64(raw)/1e6, "MB-files")
	b.ReportMetric(maxGap, "ms-longest-frame")
}

// TestImportManyEdits: a file of 2,500 edits, more than the page reads
// (1,000 lines) or works out for the save (2,000 records) between two
// paints, is imported whole, its directive halfway down included; the
// page says so, lists the edits, saves them, and has them all again after
// a reload.
func TestImportManyEdits(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	waitSaved(t, ctx)
	var b strings.Builder
	for i := range 2500 {
		fmt.Fprintf(&b, "persoon-%05d\tperson\tPersoon Nummer%05d\n", i, i)
		if i == 1200 {
			b.WriteString("#! hide persoon-00007\n")
		}
	}
	path := writeFiles(t, map[string]string{"actors-edits.tsv": b.String()}, "actors-edits.tsv")
	do(t, ctx, chromedp.SetUploadFiles(`#edits-file`, path, chromedp.ByQuery))
	waitText(t, ctx, `#actor-edits`, "Imported 2501 edits from actors-edits.tsv.")
	waitText(t, ctx, `#edit-log`, "hide persoon-00007")
	waitText(t, ctx, `#all-edits`, "Show all 2501")
	waitText(t, ctx, `#hidden-actors`, "persoon-00007")
	waitSaved(t, ctx)
	do(t, ctx, chromedp.ScrollIntoView(`#actor-edits`, chromedp.ByQuery))
	screenshots(t, ctx, "import-many-edits")
	do(t, ctx, chromedp.Reload(), wasmReady)
	waitSaved(t, ctx)
	waitText(t, ctx, `#all-edits`, "Show all 2501")
	waitText(t, ctx, `#edit-log`, "hide persoon-00007")
}
