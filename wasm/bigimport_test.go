//go:build !wasm

package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"corpusexplorer/app/synth"

	"github.com/chromedp/chromedp"
)

// bigImport is one of the large imports of BenchmarkWasmBigImports: a
// file to import and what the page must say once it is done.
type bigImport struct {
	name  string
	file  func(dir string) string // writes the file, returns its path
	input string                  // the file input it goes to
	done  string                  // a selector whose text says it is done
	want  string                  // text that selector must hold
}

// bigImports are the inputs of issue 21 that froze the page: a 20 MB JSON
// list of articles, a JSON list of 100,000 numbers, a CSV of 100,000
// short articles and an actors.tsv fragment of 10,000 actors.
func bigImports() []bigImport {
	return []bigImport{
		{"json-20MB", writeJSONArticles, "#import-files", `#import-notice`, "Imported"},
		{"json-100k-numbers", writeJSONNumbers, "#import-files", `#import-problems`, "100,000"},
		{"csv-100k", writeCSVArticles, "#import-files", `#import-notice`, "Imported 100000 articles"},
		{"edits-10k", writeEdits, "#edits-file", `#actor-edits`, "Imported 10000 edits"},
	}
}

func writeJSONArticles(dir string) string {
	type rec struct{ ID, Date, Text string }
	var list []rec
	size := 0
	for i, f := range synth.Generate(20000, 7) {
		if size >= 20<<20 {
			break
		}
		_, body, _ := strings.Cut(strings.TrimSpace(string(f.Data)), " ") // "date YYYY-MM text…"
		date, text, _ := strings.Cut(body, " ")
		list = append(list, rec{fmt.Sprintf("j%05d", i), date, text})
		size += len(text)
	}
	b, _ := json.Marshal(list)
	b = bytes.ReplaceAll(b, []byte(`"ID"`), []byte(`"id"`))
	b = bytes.ReplaceAll(b, []byte(`"Date"`), []byte(`"date"`))
	b = bytes.ReplaceAll(b, []byte(`"Text"`), []byte(`"text"`))
	p := filepath.Join(dir, "articles.json")
	os.WriteFile(p, b, 0o644)
	return p
}

func writeJSONNumbers(dir string) string {
	var b strings.Builder
	b.WriteString("[")
	for i := range 100000 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(strconv.Itoa(i))
	}
	b.WriteString("]")
	p := filepath.Join(dir, "numbers.json")
	os.WriteFile(p, []byte(b.String()), 0o644)
	return p
}

func writeCSVArticles(dir string) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"id", "date", "text"})
	words := strings.Fields("de minister sprak in Den Haag met de burgemeester van Utrecht over het nieuwe plan voor de haven en de regering besloot donderdag")
	for i := range 100000 {
		var t strings.Builder
		for j := range 30 {
			t.WriteString(words[(i*7+j*3)%len(words)])
			t.WriteString(" ")
		}
		t.WriteString("Artikel " + strconv.Itoa(i) + ".")
		w.Write([]string{fmt.Sprintf("c%06d", i), fmt.Sprintf("20%02d-%02d", 10+i%12, 1+i%12), t.String()})
	}
	w.Flush()
	p := filepath.Join(dir, "articles.csv")
	os.WriteFile(p, b.Bytes(), 0o644)
	return p
}

func writeEdits(dir string) string {
	var b strings.Builder
	for i := range 10000 {
		fmt.Fprintf(&b, "persoon-%05d\tperson\tPersoon Nummer%05d\t-\tNummer%05d\n", i, i, i)
	}
	p := filepath.Join(dir, "actors-edits.tsv")
	os.WriteFile(p, []byte(b.String()), 0o644)
	return p
}

// rendererRSS returns the largest resident memory of the browser's page
// processes, in bytes: what the tab holds (the Go heap in wasm included).
func rendererRSS(browserPID int) int64 {
	children := map[int][]int{}
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		st, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		f := strings.Fields(string(st[bytes.LastIndexByte(st, ')')+1:]))
		if len(f) > 1 {
			ppid, _ := strconv.Atoi(f[1])
			children[ppid] = append(children[ppid], pid)
		}
	}
	var best int64
	var walk func(pid int)
	walk = func(pid int) {
		for _, c := range children[pid] {
			cmd, _ := os.ReadFile(filepath.Join("/proc", strconv.Itoa(c), "cmdline"))
			if bytes.Contains(cmd, []byte("--type=renderer")) {
				status, _ := os.ReadFile(filepath.Join("/proc", strconv.Itoa(c), "status"))
				for _, l := range strings.Split(string(status), "\n") {
					if strings.HasPrefix(l, "VmRSS:") {
						kb, _ := strconv.ParseInt(strings.Fields(l)[1], 10, 64)
						best = max(best, kb*1024)
					}
				}
			}
			walk(c)
		}
	}
	walk(browserPID)
	return best
}

// benchSite is a built site to benchmark.
type benchSite struct {
	name string // "" for the site of this tree
	dir  string
}

// benchSites returns the site of this tree and, when BASELINE_SITE names
// another built site (make dist of an earlier commit), that one too as
// "base": the two are then measured one after the other in the same run,
// so that their ratio holds on a machine whose load changes.
func benchSites() []benchSite {
	sites := []benchSite{{"", siteRoot}}
	if dir := os.Getenv("BASELINE_SITE"); dir != "" {
		sites = append([]benchSite{{"base", dir}}, sites...)
	}
	return sites
}

// subName names a sub-benchmark of input for site.
func (s benchSite) subName(input string) string {
	if s.name == "" {
		return input
	}
	return input + "-" + s.name
}

// BenchmarkWasmBigImports imports each of the large inputs of issue 21 in
// a fresh chromium and reports the time until the page says it is done
// (s-done) and until it is saved (s-saved), the longest gap between two
// animation frames from the moment the file reaches the page
// (ms-longest-frame: how long the page froze) and the largest memory of
// the tab (MB-tab). Run it with BIGIMPORT=name to run one of them; with
// BASELINE_SITE (see benchSites) each input runs on both sites in turn.
// With BIGIMPORT_PROFILE set it logs where the CPU time of the longest
// frames went (build the wasm with WASM_NAMES=1 to see Go's function
// names).
func BenchmarkWasmBigImports(b *testing.B) {
	dir := b.TempDir()
	for _, bi := range bigImports() {
		if only := os.Getenv("BIGIMPORT"); only != "" && only != bi.name {
			continue
		}
		path := bi.file(dir)
		for _, site := range benchSites() {
			s := serveSite(b, site.dir, "")
			b.Run(site.subName(bi.name), func(b *testing.B) { benchBigImport(b, s, bi, path) })
		}
	}
}

func benchBigImport(b *testing.B, s *server, bi bigImport, path string) {
	var done, saved, gap, rss, explorer, timeline float64
	for range b.N {
		ctx := newBrowserFor(b, 15*time.Minute)
		pid := chromedp.FromContext(ctx).Browser.Process().Pid
		do(b, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
		waitSaved(b, ctx)
		do(b, ctx, chromedp.Evaluate(`window.__maxGap = 0; window.__changeAt = Infinity; window.__traceSlow = true; window.__slow = []; window.__goMemory = 0;
document.getElementById(`+jsString(strings.TrimPrefix(bi.input, "#"))+`).addEventListener("change", () => { window.__changeAt = performance.now(); }, true);
(() => { let last = performance.now(); const f = () => { const t = performance.now();
  if (t > window.__changeAt) { window.__maxGap = Math.max(window.__maxGap, t - Math.max(last, window.__changeAt)); }
  last = t; requestAnimationFrame(f); }; requestAnimationFrame(f); })()`, nil))
		var mu sync.Mutex
		var peak int64
		stop := make(chan struct{})
		go func() {
			for {
				select {
				case <-stop:
					return
				case <-time.After(250 * time.Millisecond):
					r := rendererRSS(pid)
					mu.Lock()
					peak = max(peak, r)
					mu.Unlock()
				}
			}
		}()
		profiling := os.Getenv("BIGIMPORT_PROFILE") != ""
		if profiling {
			startProfile(b, ctx)
		}
		start := time.Now()
		do(b, ctx, chromedp.SetUploadFiles(bi.input, []string{path}, chromedp.ByQuery))
		var msg string
		for {
			var txt string
			tctx, c := context.WithTimeout(ctx, 2*time.Second)
			chromedp.Run(tctx, chromedp.Evaluate(`(document.querySelector(`+jsString(bi.done)+`)||{}).textContent||""`, &txt))
			c()
			if strings.Contains(txt, bi.want) {
				msg = txt
				break
			}
			if ctx.Err() != nil {
				b.Fatalf("%s: not done after %s: %q", bi.name, time.Since(start), txt)
			}
			time.Sleep(200 * time.Millisecond)
		}
		done += time.Since(start).Seconds()
		waitSavedLong(b, ctx)
		saved += time.Since(start).Seconds()
		close(stop)
		var g float64
		do(b, ctx, chromedp.Evaluate(`window.__maxGap`, &g))
		logSlowSteps(b, ctx, bi.name)
		if bi.input == "#import-files" && strings.HasPrefix(msg, "Imported") {
			// The pages over the imported corpus: the longest frame while
			// each is drawn, from the click on its link.
			explorer = max(explorer, pageFrame(b, ctx, `.nav a[href="/"]`, `#result-count`))
			timeline = max(timeline, pageFrame(b, ctx, `.nav a[href="/timeline"]`, `#timeline-list`))
		}
		if profiling {
			logLongFrames(b, stopProfile(b, ctx), 6)
		}
		gap = max(gap, g)
		mu.Lock()
		rss = max(rss, float64(peak))
		mu.Unlock()
		if len(msg) > 160 {
			msg = msg[:160] + "…"
		}
		b.Logf("%s: %q", bi.name, msg)
	}
	n := float64(b.N)
	b.ReportMetric(done/n, "s-done")
	b.ReportMetric(saved/n, "s-saved")
	b.ReportMetric(gap, "ms-longest-frame")
	b.ReportMetric(rss/1e6, "MB-tab")
	if explorer > 0 {
		b.ReportMetric(explorer, "ms-explorer-frame")
		b.ReportMetric(timeline, "ms-timeline-frame")
	}
}

// pageFrame clicks the link, waits until the page shows sel, then a
// second more, and returns the longest gap between animation frames
// meanwhile, in milliseconds.
func pageFrame(b *testing.B, ctx context.Context, link, sel string) float64 {
	do(b, ctx, chromedp.Evaluate(`window.__maxGap = 0; window.__changeAt = performance.now();`, nil), click(link))
	do(b, ctx, chromedp.Poll(`!!document.querySelector(`+jsString(sel)+`)`, nil, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(2*time.Minute)))
	time.Sleep(time.Second)
	var g float64
	do(b, ctx, chromedp.Evaluate(`window.__maxGap`, &g))
	return g
}

// waitSavedLong waits, for up to the context's time, until the page says
// its data is saved.
func waitSavedLong(t testing.TB, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.Poll(`document.getElementById("storage-status")?.dataset.saved === "true"`, nil, chromedp.WithPollingInterval(200*time.Millisecond)))
}

// logSlowSteps logs the longest steps of the page's work that the page
// noted (window.__slow: see app/ui/trace.go), longest first: what the
// long frames were.
func logSlowSteps(b *testing.B, ctx context.Context, name string) {
	var steps []string
	do(b, ctx, chromedp.Evaluate(`window.__slow || []`, &steps))
	ms := func(s string) int { n, _ := strconv.Atoi(strings.Fields(s)[0]); return n }
	sort.SliceStable(steps, func(i, j int) bool { return ms(steps[i]) > ms(steps[j]) })
	if len(steps) > 12 {
		steps = steps[:12]
	}
	var mem float64
	do(b, ctx, chromedp.Evaluate(`window.__goMemory || 0`, &mem))
	b.Logf("%s: the Go runtime's largest memory %.0f MB; longest steps of the page's work:\n\t%s", name, mem/1e6, strings.Join(steps, "\n\t"))
}
