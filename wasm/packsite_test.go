//go:build !wasm

package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"corpusexplorer/app/packfetch"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/app/site"
	"corpusexplorer/app/synth"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// packedSites holds the sites built with a pack, by corpus, built once
// per test binary (after setup has built app.wasm).
type packedSites struct {
	mu    sync.Mutex
	dirs  map[string]string
	tmp   string
	errs  map[string]error
	synth int
}

// site returns the folder of a site for base serving the corpus name as
// a pack: "seeds" (the embedded articles) or "synth" (2,000 synthetic
// ones), as make dist CORPUS=DIR BASE=base builds it.
func (p *packedSites) site(t testing.TB, name, base string) string {
	t.Helper()
	if webDir == "" {
		t.Skip("chromium is not installed")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if d, ok := p.dirs[name+base]; ok {
		return d
	}
	if p.dirs == nil {
		// Beside the other sites, removed with them at the end.
		p.dirs, p.errs, p.tmp = map[string]string{}, map[string]error{}, filepath.Dir(siteRoot)
	}
	key := name + base
	if err := p.errs[key]; err != nil {
		t.Fatal(err)
	}
	dir, err := buildPackedSite(filepath.Join(p.tmp, "packed-"+name+strings.ReplaceAll(base, "/", "-")), name, base, p.synth)
	if err != nil {
		p.errs[key] = err
		t.Fatal(err)
	}
	p.dirs[key] = dir
	return dir
}

// packed are this test binary's sites with a pack.
var packed = &packedSites{synth: 2000}

// packsWeb returns the web folder of the sites with a pack: the assets
// and app.wasm built as make dist CORPUS=DIR builds it (tags snapshot
// and packs), built once, beside the other sites.
var packsWeb = sync.OnceValues(func() (string, error) {
	tmp := filepath.Dir(siteRoot)
	web := filepath.Join(tmp, "web-packs")
	if err := copyTree(web, "../web"); err != nil {
		return "", err
	}
	args := []string{"build", "-tags", "snapshot,packs", "-overlay", filepath.Join(tmp, "overlay.json"),
		"-trimpath", "-ldflags=-s -w", "-o", filepath.Join(web, "app.wasm"), "."}
	if os.Getenv("WASM_NAMES") != "" {
		// Keep the function names, for CPU profiles.
		args = slices.DeleteFunc(args, func(a string) bool { return a == "-ldflags=-s -w" })
	}
	build := exec.Command("go", args...)
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building the wasm with packs: %v\n%s", err, out)
	}
	return web, nil
})

// buildPackedSite writes the corpus's articles into a folder and builds
// the site with them packed, as dist -corpus does.
func buildPackedSite(root, name, base string, n int) (string, error) {
	in := filepath.Join(root, "articles")
	if err := os.MkdirAll(in, 0o755); err != nil {
		return "", err
	}
	switch name {
	case "seeds":
		if err := copyTree(in, "../seeds"); err != nil {
			return "", err
		}
	default:
		for _, f := range synth.Generate(n, 1) {
			if err := os.WriteFile(filepath.Join(in, f.Name), f.Data, 0o644); err != nil {
				return "", err
			}
		}
	}
	web, err := packsWeb()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(root, "site")
	// The pages are prerendered here as dist -corpus does it.
	os.Setenv(packfetch.Env, packfetch.Folder)
	err = site.Generate(dir, web, site.Config{Base: base, Pack: packfetch.Folder})
	os.Unsetenv(packfetch.Env)
	if err != nil {
		return "", err
	}
	if _, err := buildPack(io.Discard, io.Discard, in, filepath.Join(dir, packfetch.Folder), 2); err != nil {
		return "", err
	}
	return dir, nil
}

// packReady waits until the explorer over a pack shows an answer: the
// loading line is gone and the count is drawn.
func packReady(t testing.TB, ctx context.Context) {
	t.Helper()
	do(t, ctx, wasmReady, chromedp.Poll(`!document.getElementById("pack-loading") && !!document.getElementById("result-count") && (document.querySelectorAll("#results > li").length > 0 || !!document.getElementById("no-results") || !!document.getElementById("pack-error"))`, nil, chromedp.WithPollingTimeout(30*time.Second)))
}

// packShows waits until the results column shows the answer of a state
// whose URL holds part (its data-shown attribute), as packReady alone may
// find the answer of the state before still drawn.
func packShows(t testing.TB, ctx context.Context, part string) {
	t.Helper()
	cond := `(document.querySelector(".results-col") || {dataset: {}}).dataset.shown`
	if err := chromedp.Run(ctx, chromedp.Poll(`(`+cond+` || "").includes(`+jsString(part)+`)`, nil, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		var shown string
		do(t, ctx, chromedp.Evaluate(`String(`+cond+`)`, &shown))
		t.Fatalf("the page shows the answer of %q, not of a state with %q: %v", shown, part, err)
	}
	packReady(t, ctx)
}

var countLine = regexp.MustCompile(`^([\d,]+) of ([\d,]+) articles?$`)

// resultCount reads "N of M articles".
func resultCount(t testing.TB, ctx context.Context) (int, int) {
	t.Helper()
	var s string
	do(t, ctx, chromedp.Text(`#result-count`, &s, chromedp.ByQuery))
	m := countLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		t.Fatalf("result count %q", s)
	}
	n, _ := strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
	all, _ := strconv.Atoi(strings.ReplaceAll(m[2], ",", ""))
	return n, all
}

// packBytes sums what the page fetched of the pack, from the browser's
// resource timing: bytes over the wire (transferSize, headers included)
// and compressed bodies (encodedBodySize), and the number of fetches.
const packBytes = `(() => {
	const es = performance.getEntriesByType("resource").filter(e => e.name.includes("/` + packfetch.Folder + `/"));
	return [es.reduce((n, e) => n + e.transferSize, 0), es.reduce((n, e) => n + e.encodedBodySize, 0), es.length];
})()`

// TestPackedExplorer drives the explorer of a site built with a pack:
// search, a facet ticked (its checked state and counts), paging, the
// reader, a page a pack cannot show yet, keeping the whole corpus offline
// and searching offline; it reads what the first query transferred.
func TestPackedExplorer(t *testing.T) {
	for _, tc := range []struct {
		corpus, query, base string
		articles            int
	}{
		{"synth", "regering", "", 2000},
		{"seeds", "poetin", subBase, 3},
	} {
		t.Run(tc.corpus, func(t *testing.T) {
			dir := packed.site(t, tc.corpus, tc.base)
			s := serveSite(t, dir, tc.base)
			root := s.URL + tc.base
			ctx := newBrowserFor(t, 3*time.Minute)

			// A first query after a cold load: what it transferred.
			do(t, ctx, chromedp.Navigate(root+"/?q="+tc.query))
			packReady(t, ctx)
			var bytes [3]int
			do(t, ctx, chromedp.Evaluate(packBytes, &bytes))
			t.Logf("%s: first query %q after a cold load: %d bytes transferred (%d compressed body bytes) in %d fetches", tc.corpus, tc.query, bytes[0], bytes[1], bytes[2])
			if bytes[2] == 0 || bytes[1] == 0 {
				t.Errorf("resource timing shows no pack file fetched: %v", bytes)
			}
			n, all := resultCount(t, ctx)
			if all != tc.articles || n == 0 || n > all {
				t.Fatalf("count %d of %d, want some of %d", n, all, tc.articles)
			}
			var marks int
			do(t, ctx, chromedp.Evaluate(`document.querySelectorAll("#results mark.hit").length`, &marks))
			if marks == 0 {
				t.Error("no match is marked in the snippets")
			}
			screenshots(t, ctx, "pack-"+tc.corpus+"-search")

			// Newest first, chosen in the menu: the same number of
			// articles, the cards' dates newest first on screen, and for a
			// common word no postings and no columns fetched, from the
			// network or the page's cache (its hot answer holds the page;
			// nothing else has fetched them yet).
			relevant := n
			do(t, ctx, chromedp.Evaluate(`performance.clearResourceTimings()`, nil),
				chromedp.Evaluate(`(() => { const s = document.getElementById("sort"); s.value = `+jsString(search.Newest.String())+`;
  s.dispatchEvent(new Event("change", {bubbles: true})); })()`, nil))
			packShows(t, ctx, "sort=newest")
			var dates []string
			do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#results .meta time")].map(e => e.getAttribute("datetime"))`, &dates))
			if len(dates) == 0 || !slices.IsSortedFunc(dates, func(a, b string) int { return strings.Compare(b, a) }) {
				t.Errorf("newest first: the cards' dates %v", dates)
			}
			if got, _ := resultCount(t, ctx); got != relevant {
				t.Errorf("newest first: %d articles, by relevance %d", got, relevant)
			}
			screenshots(t, ctx, "pack-"+tc.corpus+"-newest")
			if tc.corpus == "synth" {
				var fetched []string
				do(t, ctx, chromedp.Evaluate(`performance.getEntriesByType("resource").map(e => e.name).filter(n => /\/(post|docs)-/.test(n))`, &fetched))
				if len(fetched) > 0 {
					t.Errorf("newest first for %q fetched %v", tc.query, fetched)
				}
			}

			// Tick the first actor of the facet: its box is checked, the
			// count is the actor's, and the URL carries it.
			var id string
			var facetN int
			do(t, ctx,
				chromedp.Evaluate(`document.querySelector("#actor-facet input[type=checkbox]").value`, &id),
				chromedp.Evaluate(`+document.querySelector("#actor-facet .facet-item .n").textContent`, &facetN),
				chromedp.Click(`#actor-facet input[type=checkbox]`, chromedp.ByQuery),
			)
			packShows(t, ctx, "actor="+id)
			// The page puts the boxes right once the new answer is drawn
			// (syncChecks, deferred after the render): under load the
			// answer can be read a moment before, so the box is waited for.
			box := `document.getElementById("f-` + id + `").checked === true`
			if err := chromedp.Run(ctx, chromedp.Poll(box, nil, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
				t.Errorf("the box of %s is not checked after ticking it: %v", id, err)
			}
			if got, _ := resultCount(t, ctx); got != facetN {
				t.Errorf("with %s: %d articles, its facet said %d", id, got, facetN)
			}
			if !strings.Contains(location(ctx, t), "actor="+id) {
				t.Errorf("URL %s lacks the actor", location(ctx, t))
			}

			// Paging, on the query alone.
			do(t, ctx, chromedp.Navigate(root+"/?q="+tc.query))
			packReady(t, ctx)

			// A chip of a card other than the first, not its first chip,
			// filters by its actor: the chip of a card is found by its place.
			var chip struct{ Name string }
			do(t, ctx, chromedp.Evaluate(`(() => {
				const cards = document.querySelectorAll("#results > li.result");
				const card = cards[Math.min(1, cards.length - 1)];
				const chips = card.querySelectorAll(".chips button.chip");
				const c = chips[Math.min(1, chips.length - 1)];
				c.setAttribute("data-clicked", "");
				return { Name: c.textContent };
			})()`, &chip))
			do(t, ctx, chromedp.Click(`#results button.chip[data-clicked]`, chromedp.ByQuery))
			settle(t, ctx, `location.search.includes("actor=")`)
			var query string
			do(t, ctx, chromedp.Evaluate(`location.search.slice(1)`, &query))
			packShows(t, ctx, query)
			var ticked struct {
				Names   []string
				Pressed bool
			}
			do(t, ctx, chromedp.Evaluate(`({Names: [...document.querySelectorAll("#actor-facet input:checked")].map(b => b.parentElement.querySelector(".name").textContent),
				Pressed: [...document.querySelectorAll("#results button.chip")].filter(b => b.textContent === `+jsString(chip.Name)+`).every(b => b.getAttribute("aria-pressed") === "true")})`, &ticked))
			if len(ticked.Names) != 1 || ticked.Names[0] != chip.Name || !ticked.Pressed {
				t.Errorf("after clicking the chip %q: ticked %v, its chips pressed %v; want that actor alone, pressed", chip.Name, ticked.Names, ticked.Pressed)
			}
			do(t, ctx, chromedp.Navigate(root+"/?q="+tc.query))
			packReady(t, ctx)
			var shown int
			do(t, ctx, chromedp.Evaluate(`document.querySelectorAll("#results > li").length`, &shown))
			if n > shown {
				do(t, ctx, chromedp.Click(`#more-results`, chromedp.ByQuery))
				settle(t, ctx, fmt.Sprintf(`document.querySelectorAll("#results > li").length > %d`, shown))
				var more int
				do(t, ctx, chromedp.Evaluate(`document.querySelectorAll("#results > li").length`, &more))
				if want := min(n, 2*shown); more != want {
					t.Errorf("after Show more: %d results, want %d", more, want)
				}
			}

			// The reader: the article of the first card, fetched by range.
			var title string
			do(t, ctx, chromedp.Text(`#results > li h2 a`, &title, chromedp.ByQuery))
			do(t, ctx, chromedp.Click(`#results > li h2 a`, chromedp.ByQuery),
				chromedp.Poll(`!!document.querySelector("#article h1")`, nil, chromedp.WithPollingTimeout(20*time.Second)))
			var h1 string
			var paras, actorsN int
			do(t, ctx, chromedp.Text(`#article h1`, &h1, chromedp.ByQuery),
				chromedp.Evaluate(`document.querySelectorAll("#article .text p").length`, &paras),
				chromedp.Evaluate(`document.querySelectorAll(".actor-list li").length`, &actorsN))
			if h1 != title || paras == 0 {
				t.Errorf("reader: heading %q with %d paragraphs, want %q", h1, paras, title)
			}
			screenshots(t, ctx, "pack-"+tc.corpus+"-reader")
			// Next: the second card's article.
			var second string
			if shown > 1 {
				do(t, ctx, chromedp.Evaluate(`document.getElementById("next-article").title`, &second),
					chromedp.Click(`#next-article`, chromedp.ByQuery))
				do(t, ctx, chromedp.Poll(`(document.querySelector("#article h1") || {}).textContent === `+jsString(second), nil,
					chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second)))
				var pos string
				do(t, ctx, chromedp.Text(`.reader-nav .muted`, &pos, chromedp.ByQuery))
				if !strings.HasPrefix(pos, "2 of ") {
					t.Errorf("the second result's reader says %q", pos)
				}
			}

			// The timeline of the query: the first matching articles
			// fetched and analysed again in the page, their happenings
			// labelled with their sources, each sentence a link to the
			// pack's reader.
			do(t, ctx, chromedp.Navigate(root+"/timeline?q="+tc.query), wasmReady,
				chromedp.Poll(`!!document.getElementById("timeline-count") || !!document.getElementById("pack-error")`, nil, chromedp.WithPollingTimeout(60*time.Second)))
			var count string
			var marks2 int
			do(t, ctx, chromedp.Text(`#timeline-count`, &count, chromedp.ByQuery),
				chromedp.Evaluate(`document.querySelectorAll("#tl-plot .tl-mark").length`, &marks2))
			t.Logf("%s: timeline of %q: %s", tc.corpus, tc.query, count)
			if !strings.Contains(count, "happening") || marks2 == 0 {
				t.Errorf("timeline over a pack: %q, %d marks", count, marks2)
			}
			if tc.corpus == "seeds" {
				// The 7 December call, told in two articles, is one
				// happening with both as sources.
				var told bool
				do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#timeline-list li.happening")].some(li => li.textContent.includes("2021-12-07") && li.textContent.includes("2 sources"))`, &told))
				if !told {
					t.Error("the timeline over the seeds' pack has no happening of 7 December told by two articles")
				}
			} else {
				// Of many matching articles it draws the first, and more
				// on request.
				var capText string
				do(t, ctx, chromedp.Text(`#timeline-cap`, &capText, chromedp.ByQuery))
				if !strings.Contains(capText, "first 40 of") {
					t.Errorf("timeline cap: %q", capText)
				}
				// The 40 stay drawn while the next 40 are fetched.
				var plotted bool
				do(t, ctx, chromedp.Click(`#more-articles`, chromedp.ByQuery),
					chromedp.Evaluate(`!!document.getElementById("tl-plot")`, &plotted))
				if !plotted {
					t.Error("the timeline is gone while more articles are fetched")
				}
				do(t, ctx, chromedp.Poll(`!!document.getElementById("tl-plot") && (document.getElementById("timeline-cap") || {textContent: ""}).textContent.includes("first 80 of") && !document.getElementById("pack-loading")`, nil, chromedp.WithPollingTimeout(60*time.Second)))
			}
			screenshots(t, ctx, "pack-"+tc.corpus+"-timeline")
			// Select the first happening: the panel links to its sentence
			// in the pack's reader, which shows it marked.
			do(t, ctx, chromedp.Click(`#tl-plot .tl-mark.happening`, chromedp.ByQuery),
				chromedp.Poll(`!!document.getElementById("tl-selected-link")`, nil, chromedp.WithPollingTimeout(20*time.Second)))
			var link string
			do(t, ctx, chromedp.Evaluate(`document.getElementById("tl-selected-link").getAttribute("href")`, &link))
			if !strings.Contains(link, "/article?doc=") || !strings.Contains(link, "#s") {
				t.Fatalf("the selected happening links to %q, not to a sentence of the pack's reader", link)
			}
			do(t, ctx, chromedp.Click(`#tl-selected-link`, chromedp.ByQuery),
				chromedp.Poll(`!!document.querySelector("#article .sentence.reached")`, nil, chromedp.WithPollingTimeout(20*time.Second)))
			var reached string
			do(t, ctx, chromedp.Text(`#article .sentence.reached`, &reached, chromedp.ByQuery))
			if reached == "" {
				t.Error("the reader does not mark the sentence linked to")
			}

			// The page of the actor ticked above: its counts over the
			// whole corpus, its newest articles read, each a link to the
			// pack's reader.
			do(t, ctx, chromedp.Navigate(root+"/actor?id="+id), wasmReady,
				chromedp.Poll(`!!document.getElementById("actor-read") || !!document.getElementById("pack-error")`, nil, chromedp.WithPollingTimeout(60*time.Second)))
			var readNote, firstArticle string
			do(t, ctx, chromedp.Text(`#actor-read`, &readNote, chromedp.ByQuery),
				chromedp.Text(`#actor-articles li a`, &firstArticle, chromedp.ByQuery))
			// As many articles as the explorer filtered by the actor finds.
			var mention int
			if _, err := fmt.Sscanf(readNote, "%d article", &mention); err != nil {
				t.Errorf("actor page over a pack: %q (%v)", readNote, err)
			}
			screenshots(t, ctx, "pack-"+tc.corpus+"-actor")
			do(t, ctx, chromedp.Click(`#actor-articles li a`, chromedp.ByQuery),
				chromedp.Poll(`!!document.querySelector("#article h1")`, nil, chromedp.WithPollingTimeout(20*time.Second)))
			do(t, ctx, chromedp.Text(`#article h1`, &h1, chromedp.ByQuery))
			if h1 != firstArticle {
				t.Errorf("the actor page's first article %q opens %q", firstArticle, h1)
			}
			do(t, ctx, chromedp.Navigate(root+"/?actor="+id))
			packReady(t, ctx)
			if n, _ := resultCount(t, ctx); n != mention {
				t.Errorf("the actor page says %d articles mention %s, the explorer finds %d", mention, id, n)
			}

			// The list of every actor, most articles first, as many as
			// the pack's catalogue counts; finding one filters it.
			do(t, ctx, chromedp.Navigate(root+"/actors"), wasmReady,
				chromedp.Poll(`!!document.getElementById("actor-table") || !!document.getElementById("pack-error")`, nil, chromedp.WithPollingTimeout(60*time.Second)))
			var actorCount string
			var listed int
			do(t, ctx, chromedp.Text(`#actor-count`, &actorCount, chromedp.ByQuery),
				chromedp.Evaluate(`document.querySelectorAll("#actor-table tbody tr").length`, &listed))
			if listed == 0 || !strings.HasPrefix(actorCount, fmt.Sprintf("%d of %d actors", listed, listed)) {
				t.Errorf("actors over a pack: %q, %d rows", actorCount, listed)
			}
			do(t, ctx, chromedp.SendKeys(`#actor-q`, "poetin", chromedp.ByQuery),
				chromedp.Poll(`document.querySelectorAll("#actor-table tbody tr").length < `+strconv.Itoa(listed), nil, chromedp.WithPollingTimeout(20*time.Second)))
			var firstActor string
			do(t, ctx, chromedp.Text(`#actor-table tbody tr .actor-name`, &firstActor, chromedp.ByQuery))
			if !strings.Contains(firstActor, "Poetin") {
				t.Errorf("finding poetin in the list over a pack gives %q first", firstActor)
			}
			screenshots(t, ctx, "pack-"+tc.corpus+"-actors")

			// A page a pack cannot show yet says so.
			do(t, ctx, chromedp.Navigate(root+"/import"), wasmReady)
			var notice string
			do(t, ctx, chromedp.Text(`#pack-notice`, &notice, chromedp.ByQuery))
			if !strings.Contains(notice, "not available for this corpus yet") {
				t.Errorf("imports over a pack: %q", notice)
			}

			// Keep the whole corpus offline, then search offline.
			do(t, ctx, chromedp.Navigate(root+"/"))
			packReady(t, ctx)
			do(t, ctx, chromedp.Click(`#keep-offline`, chromedp.ByQuery),
				chromedp.Poll(`!!document.getElementById("keep-done") || !!document.getElementById("keep-error")`, nil, chromedp.WithPollingTimeout(60*time.Second)))
			var kept string
			do(t, ctx, chromedp.Evaluate(`(document.getElementById("keep-done") || document.getElementById("keep-error")).textContent`, &kept))
			t.Logf("%s: %s", tc.corpus, kept)
			if !strings.Contains(kept, "The whole corpus is kept in this browser") {
				t.Fatalf("keep offline: %q", kept)
			}
			do(t, ctx, network.Enable(), network.EmulateNetworkConditions(true, 0, -1, -1))
			do(t, ctx, chromedp.Evaluate(`document.getElementById("q").value = ""`, nil), chromedp.SendKeys(`#q`, "minister", chromedp.ByQuery))
			packShows(t, ctx, "q=minister")
			var failed bool
			do(t, ctx, chromedp.Evaluate(`!!document.getElementById("pack-error")`, &failed))
			if failed {
				var msg string
				do(t, ctx, chromedp.Text(`#pack-error`, &msg, chromedp.ByQuery))
				t.Fatalf("offline search after keeping the corpus: %s", msg)
			}
			if n, _ := resultCount(t, ctx); n == 0 && tc.corpus == "synth" {
				t.Error("offline: no article matches minister")
			}
			screenshots(t, ctx, "pack-"+tc.corpus+"-offline")

			// With the server gone, a new page (served by the service
			// worker, which cuts the article records from the files kept)
			// searches and reads.
			do(t, ctx, evalPromise(`navigator.serviceWorker.ready.then(() => true)`, nil))
			s.stop()
			do(t, ctx, chromedp.Navigate(root+"/?q="+tc.query))
			packReady(t, ctx)
			do(t, ctx, chromedp.Evaluate(`!!document.getElementById("pack-error")`, &failed))
			if n, _ := resultCount(t, ctx); failed || n == 0 {
				t.Fatalf("a new page offline: error shown %v, %d results", failed, n)
			}
			do(t, ctx, chromedp.Click(`#results > li h2 a`, chromedp.ByQuery),
				chromedp.Poll(`!!document.querySelector("#article h1") || !!document.getElementById("pack-error")`, nil, chromedp.WithPollingTimeout(20*time.Second)))
			do(t, ctx, chromedp.Evaluate(`!!document.getElementById("pack-error")`, &failed))
			if failed {
				var msg string
				do(t, ctx, chromedp.Text(`#pack-error`, &msg, chromedp.ByQuery))
				t.Errorf("the reader offline: %s", msg)
			}
		})
	}
}

// TestPackedFetchFails: a pack file that cannot be fetched shows what
// failed, naming the file, and a retry that works once it can be.
func TestPackedFetchFails(t *testing.T) {
	dir := packed.site(t, "seeds", "")
	broken := filepath.Join(t.TempDir(), "site")
	if err := copyTree(broken, dir); err != nil {
		t.Fatal(err)
	}
	// copyTree leaves app.wasm out.
	wasm, err := os.ReadFile(filepath.Join(dir, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(broken, "web", "app.wasm"), wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	cats, _ := filepath.Glob(filepath.Join(broken, packfetch.Folder, "catalogue-*"))
	if len(cats) != 1 {
		t.Fatalf("catalogue files: %v", cats)
	}
	hidden := cats[0] + ".away"
	if err := os.Rename(cats[0], hidden); err != nil {
		t.Fatal(err)
	}
	s := serveSite(t, broken, "")
	ctx := newBrowser(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/?q=poetin"))
	packReady(t, ctx)
	var msg string
	do(t, ctx, chromedp.Text(`#pack-error`, &msg, chromedp.ByQuery))
	if !strings.Contains(msg, filepath.Base(cats[0])) || !strings.Contains(msg, "404") {
		t.Errorf("error shown: %q, want the catalogue file and HTTP 404", msg)
	}
	screenshots(t, ctx, "pack-error")
	if err := os.Rename(hidden, cats[0]); err != nil {
		t.Fatal(err)
	}
	// The error goes away once the results are drawn.
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	chromedp.Run(tctx, chromedp.Click(`#pack-retry`, chromedp.ByQuery),
		chromedp.Poll(`document.querySelectorAll("#results > li").length > 0`, nil))
	var failed bool
	do(t, ctx, chromedp.Evaluate(`!!document.getElementById("pack-error")`, &failed))
	if failed {
		do(t, ctx, chromedp.Text(`#pack-error`, &msg, chromedp.ByQuery))
		t.Fatalf("after the retry: %s", msg)
	}
	if n, _ := resultCount(t, ctx); n == 0 {
		t.Errorf("after the retry: %d results", n)
	}
}

// lateSeedsSite serves the packed site of the seeds, each file whose path
// holds part coming d late.
func lateSeedsSite(t *testing.T, part string, d time.Duration) *server {
	files := site.FileServer(packed.site(t, "seeds", ""), "")
	return serveHandler(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, part) {
			time.Sleep(d)
		}
		files.ServeHTTP(w, r)
	}))
}

// TestPackedSlowAnswer: while the pack's answer to what was typed is on
// its way, the explorer keeps the results it shows, and marks them as
// loading once the answer is slow (here postings take two seconds): the
// results column no longer says which state it shows, the status says it
// is loading; then the answer is drawn, and the URL says what was typed.
func TestPackedSlowAnswer(t *testing.T) {
	s := lateSeedsSite(t, "/"+packs.KindPostings+"-", 2*time.Second)
	ctx := newBrowser(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/"))
	packReady(t, ctx)
	for _, q := range []string{"biden", "poetin"} {
		do(t, ctx, chromedp.Evaluate(`(() => { const q = document.getElementById("q"); q.value = `+jsString(q)+`;
			q.dispatchEvent(new Event("input", { bubbles: true })); })()`, nil))
		tctx, cancel := context.WithTimeout(ctx, 1800*time.Millisecond)
		err := chromedp.Run(tctx, chromedp.Poll(`!document.querySelector(".results-col[data-shown]") && !!document.getElementById("pack-loading")`, nil))
		cancel()
		if err != nil {
			var shown string
			do(t, ctx, chromedp.Evaluate(`(document.querySelector(".results-col") || {dataset: {}}).dataset.shown || ""`, &shown))
			t.Fatalf("%s: no loading state while the answer was on its way (the results column shows %q): %v", q, shown, err)
		}
		var typed, status string
		do(t, ctx, chromedp.Evaluate(`document.getElementById("q").value`, &typed),
			chromedp.Evaluate(`document.getElementById("pack-loading").textContent`, &status))
		if typed != q {
			t.Errorf("search box %q while loading, want %s", typed, q)
		}
		if !strings.HasPrefix(status, "Loading the corpus") {
			t.Errorf("%s: status %q while loading", q, status)
		}
		if q == "poetin" {
			screenshots(t, ctx, "pack-slow-answer")
		}
		want := "s:" + search.State{Q: q}.Encode()
		do(t, ctx, chromedp.Poll(fmt.Sprintf(`!!document.querySelector('.results-col[data-shown=%s]')`, jsString(want)), nil,
			chromedp.WithPollingTimeout(30*time.Second)))
		if n, _ := resultCount(t, ctx); n == 0 {
			t.Errorf("no results for %s once the answer arrived", q)
		}
	}
	var loc string
	do(t, ctx, chromedp.Evaluate(`location.search`, &loc))
	if loc != "?q=poetin" {
		t.Errorf("URL %q after the second search, want ?q=poetin", loc)
	}
}

// TestPackedFastTyping types a word key by key into a packed site whose
// files come 30 ms late, so that the next keys come while the page waits
// for the answer of the keys before them (see awaitAnswer): no key is
// lost, and the answer drawn last is the whole word's.
func TestPackedFastTyping(t *testing.T) {
	s := lateSeedsSite(t, "/"+packfetch.Folder+"/", 30*time.Millisecond)
	ctx := newBrowser(t)
	for _, word := range []string{"minister", "poetin", "oekraine", "telefoongesprek", "biden", "kremlin", "president", "navo"} {
		do(t, ctx, chromedp.Navigate(s.URL+"/"))
		packReady(t, ctx)
		do(t, ctx, chromedp.SendKeys(`#q`, word, chromedp.ByQuery))
		want := "s:" + search.State{Q: word}.Encode()
		err := chromedp.Run(ctx, chromedp.Poll(fmt.Sprintf(`!!document.querySelector('.results-col[data-shown=%s]')`, jsString(want)), nil,
			chromedp.WithPollingTimeout(20*time.Second)))
		var typed, shown string
		do(t, ctx, chromedp.Evaluate(`document.getElementById("q").value`, &typed),
			chromedp.Evaluate(`(document.querySelector(".results-col") || {dataset: {}}).dataset.shown || ""`, &shown))
		if typed != word || err != nil {
			t.Errorf("typed %q key by key: the box says %q, the results are of %q (%v)", word, typed, shown, err)
		}
	}
}
