//go:build !wasm

package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestExplorerFilters works the explorer as a user would: type, tick an
// actor, choose months, open an article and come back, Back and Forward,
// the keyboard and the phone drawer.
func TestExplorerFilters(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	var count, u string
	status := func() {
		t.Helper()
		do(t, ctx, chromedp.Text(`#result-count`, &count, chromedp.ByQuery), chromedp.Evaluate(`location.search`, &u))
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/"), wasmReady)

	// "/" focuses the search box; typing narrows; Escape clears.
	var focused string
	do(t, ctx,
		chromedp.Evaluate(`document.activeElement && document.activeElement.blur()`, nil),
		// The key press alone (no character event): the handler focuses
		// the search box; whether the browser then types the "/" is the
		// browser's business (preventDefault stops it).
		input.DispatchKeyEvent(input.KeyRawDown).WithKey("/").WithCode("Slash").WithWindowsVirtualKeyCode(191),
		input.DispatchKeyEvent(input.KeyUp).WithKey("/").WithCode("Slash").WithWindowsVirtualKeyCode(191),
		chromedp.Poll(`document.activeElement && document.activeElement.id === "q"`, nil, chromedp.WithPollingTimeout(3*time.Second)),
		chromedp.Evaluate(`document.activeElement.id`, &focused),
	)
	if focused != "q" {
		t.Errorf("after '/', focus is on %q, want the search box", focused)
	}
	// The URL follows typing once the page is painted.
	do(t, ctx, chromedp.SendKeys(`#q`, "stoltenb", chromedp.ByQuery), chromedp.WaitVisible(`#active-filters`, chromedp.ByQuery))
	settle(t, ctx, `location.search === "?q=stoltenb"`)
	status()
	if u != "?q=stoltenb" || count != "1 of 3 articles" {
		t.Errorf("typing stoltenb: %q, %q", count, u)
	}
	do(t, ctx, chromedp.KeyEvent("\u001b"), chromedp.WaitNotPresent(`#active-filters`, chromedp.ByQuery))
	settle(t, ctx, `location.search === ""`)
	status()
	if u != "" || count != "3 of 3 articles" {
		t.Errorf("after Escape: %q, %q", count, u)
	}

	// Clear all works after typing, although its link leads to the URL the
	// page had before the typing.
	do(t, ctx, chromedp.SendKeys(`#q`, "poetin", chromedp.ByQuery), chromedp.WaitVisible(`#clear-all`, chromedp.ByQuery))
	settle(t, ctx, `location.search === "?q=poetin"`)
	var q string
	do(t, ctx, chromedp.Click(`#clear-all`, chromedp.ByQuery), chromedp.WaitNotPresent(`#active-filters`, chromedp.ByQuery),
		chromedp.Value(`#q`, &q, chromedp.ByQuery))
	status()
	if u != "" || q != "" || count != "3 of 3 articles" {
		t.Errorf("Clear all after typing: %q, %q, search box %q", count, u, q)
	}

	// A result's actor chip adds that actor to the filters, and shows as
	// pressed in every result that mentions it.
	var chipActor string
	do(t, ctx, chromedp.Evaluate(`document.querySelector("#results button.chip").dataset.actor`, &chipActor),
		chromedp.Click(`#results button.chip`, chromedp.ByQuery), chromedp.WaitVisible(`#active-filters`, chromedp.ByQuery))
	status()
	var pressed bool
	do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#results button.chip")].filter(b => b.dataset.actor === `+jsString(chipActor)+`).every(b => b.getAttribute("aria-pressed") === "true")`, &pressed))
	if u != "?actor="+chipActor || !pressed {
		t.Errorf("after clicking the chip of %q: %q, pressed %v", chipActor, u, pressed)
	}
	do(t, ctx, chromedp.NavigateBack(), chromedp.WaitNotPresent(`#active-filters`, chromedp.ByQuery))

	// A checkbox whose actor changed with the query (the facet reorders
	// while the elements are reused) filters by its new actor.
	var before, after string
	firstBox := `document.querySelector("#actor-facet input[type=checkbox]").value`
	do(t, ctx, chromedp.Evaluate(firstBox, &before))
	for _, q := range []string{"stoltenb", "navo", "kremlin", "oekraïne", "sancties", "xi"} {
		do(t, ctx, chromedp.Evaluate(`(q => { const el = document.getElementById("q"); el.value = q; el.dispatchEvent(new Event("input", {bubbles: true})); })(`+jsString(q)+`)`, nil),
			chromedp.Poll(`(document.querySelector("#active-filters") || {textContent: ""}).textContent.includes(`+jsString(q)+`)`, nil, chromedp.WithPollingTimeout(3*time.Second)),
			chromedp.Evaluate(firstBox, &after))
		if after != before {
			break
		}
	}
	if after == before {
		t.Fatalf("no query reordered the actor facet (first stays %q)", before)
	}
	do(t, ctx, chromedp.Click(`#actor-facet input[type=checkbox]`, chromedp.ByQuery),
		chromedp.Poll(`location.search.includes("actor=")`, nil, chromedp.WithPollingTimeout(3*time.Second)))
	status()
	if !strings.Contains(u, "actor="+after) {
		t.Errorf("ticking the first checkbox (now %q, was %q) gave %q", after, before, u)
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/"), wasmReady)

	// Ticking an actor pushes a history entry and updates the counts.
	do(t, ctx, chromedp.Click(`#f-jens-stoltenberg`, chromedp.ByQuery), chromedp.WaitVisible(`#active-filters`, chromedp.ByQuery))
	status()
	if u != "?actor=jens-stoltenberg" || count != "1 of 3 articles" {
		t.Errorf("after ticking Stoltenberg: %q, %q", count, u)
	}
	// The corpus spans 2021-04 to 2021-12: 9 bins. Pointing at a bin names
	// its month and count below the bars.
	var box []float64
	do(t, ctx, chromedp.ScrollIntoView(`#histogram`, chromedp.ByQuery))
	measure := chromedp.Evaluate(`(r => [r.left, r.top, r.width, r.height])(document.querySelector("#histogram").getBoundingClientRect())`, &box)
	do(t, ctx, measure)
	x := func(bin float64) float64 { return box[0] + box[2]*(bin+0.5)/9 }
	y := func() float64 { return box[1] + box[3]/2 }
	var months []string
	for bin := range 9 {
		month := fmt.Sprintf("2021-%02d", 4+bin)
		var readout string
		do(t, ctx, chromedp.MouseEvent(input.MouseMoved, x(float64(bin)), y()),
			chromedp.Poll(`document.getElementById("histogram-readout").textContent.startsWith(`+jsString(month)+`)`, nil, chromedp.WithPollingTimeout(3*time.Second)),
			chromedp.Text(`#histogram-readout`, &readout, chromedp.ByQuery))
		if !strings.HasSuffix(readout, ": 0 articles") {
			months = append(months, readout)
		}
	}
	if got := strings.Join(months, "|"); got != "2021-04: 1 article" {
		t.Errorf("histogram with Stoltenberg: %q", got)
	}
	// The SVG is drawn in the SVG namespace.
	var ns string
	do(t, ctx, chromedp.Evaluate(`document.querySelector("#histogram path").namespaceURI`, &ns))
	if ns != "http://www.w3.org/2000/svg" {
		t.Errorf("histogram path namespace %q", ns)
	}

	// Back removes the actor, Forward brings it back.
	do(t, ctx, chromedp.NavigateBack(), chromedp.WaitNotPresent(`#active-filters`, chromedp.ByQuery))
	status()
	if u != "" || count != "3 of 3 articles" {
		t.Errorf("after Back: %q, %q", count, u)
	}
	do(t, ctx, chromedp.NavigateForward(), chromedp.WaitVisible(`#active-filters`, chromedp.ByQuery))
	status()
	if u != "?actor=jens-stoltenberg" {
		t.Errorf("after Forward: %q", u)
	}
	do(t, ctx, chromedp.Click(`#clear-all`, chromedp.ByQuery), chromedp.WaitNotPresent(`#active-filters`, chromedp.ByQuery))

	// Dragging across the histogram keeps a range of months: drag from the
	// first bin to the third; the readout sums the months under the drag.
	// (The chips are gone: the histogram moved up.)
	var dragging string
	do(t, ctx, measure)
	do(t, ctx,
		chromedp.MouseEvent(input.MousePressed, x(0), y(), chromedp.ButtonLeft),
		chromedp.MouseEvent(input.MouseMoved, x(1), y(), chromedp.ButtonLeft),
		chromedp.MouseEvent(input.MouseMoved, x(2), y(), chromedp.ButtonLeft),
		chromedp.Poll(`document.getElementById("histogram-readout").textContent.includes("2021-06")`, nil, chromedp.WithPollingTimeout(3*time.Second)),
		chromedp.Text(`#histogram-readout`, &dragging, chromedp.ByQuery),
		chromedp.MouseEvent(input.MouseReleased, x(2), y(), chromedp.ButtonLeft),
		chromedp.WaitVisible(`#active-filters`, chromedp.ByQuery),
	)
	if dragging != "2021-04 – 2021-06: 1 article" {
		t.Errorf("readout while dragging: %q", dragging)
	}
	status()
	if u != "?from=2021-04&to=2021-06" || count != "1 of 3 articles" {
		t.Errorf("after dragging over April to June: %q, %q", count, u)
	}
	// The date facet ignores the date range: April (1 article) is drawn in
	// range, December (2 articles) out of it.
	var bars []int
	do(t, ctx, chromedp.Evaluate(`["in", "out"].map(c => (document.querySelector("#histogram path.bars." + c).getAttribute("d").match(/M/g) || []).length)`, &bars))
	if !slices.Equal(bars, []int{1, 1}) {
		t.Errorf("bars drawn in and out of range: %v, want [1 1]", bars)
	}

	// The date facet ignores the date filter, the actor facet does not.
	var biden string
	do(t, ctx, chromedp.Text(`#f-joe-biden ~ .n`, &biden, chromedp.ByQuery))
	if biden != "1" {
		t.Errorf("Biden's count within April–June is %q, want 1", biden)
	}

	// Open the result and come back with the filters intact.
	do(t, ctx, chromedp.Click(`#results h2 a`, chromedp.ByQuery), chromedp.WaitVisible(`#article`, chromedp.ByQuery))
	if p := location(ctx, t); !strings.Contains(p, "from=2021-04") || !strings.HasPrefix(p, "/article?") {
		t.Errorf("article location %q lost the filters", p)
	}
	// The interface is English, the article's text Dutch, for screen
	// readers: page, title, a sentence, an actor, the "Actors" heading.
	var langs []string
	do(t, ctx, chromedp.Evaluate(`[document.documentElement, ...["#article h1", "#article .sentence", ".actor-list .chip", ".side h2"].map(s => document.querySelector(s).closest("[lang]"))].map(el => el.lang)`, &langs))
	if want := []string{"en", "nl", "nl", "nl", "en"}; !slices.Equal(langs, want) {
		t.Errorf("languages of the page, title, sentence, actor, heading: %q, want %q", langs, want)
	}
	do(t, ctx, chromedp.Click(`#back-to-results`, chromedp.ByQuery), chromedp.WaitVisible(`#results`, chromedp.ByQuery))
	status()
	if u != "?from=2021-04&to=2021-06" {
		t.Errorf("back to the results: %q", u)
	}

	// From/to inputs set the range; a to before from is ignored with a notice.
	do(t, ctx, chromedp.Navigate(s.URL+"/?from=2021-12&to=2021-04&sort=newest"), wasmReady, chromedp.WaitVisible(`.notice-inline`, chromedp.ByQuery))
	status()
	if count != "2 of 3 articles" {
		t.Errorf("from=2021-12 with a bad to: %q", count)
	}
	var sortVal string
	do(t, ctx, chromedp.Value(`#sort`, &sortVal, chromedp.ByQuery))
	if sortVal != "newest" {
		t.Errorf("sort control shows %q", sortVal)
	}

	// Step through the results in the reader.
	do(t, ctx, chromedp.Navigate(s.URL+"/?sort=oldest"), wasmReady, chromedp.Click(`#results h2 a`, chromedp.ByQuery), chromedp.WaitVisible(`#next-article`, chromedp.ByQuery))
	var first, second string
	do(t, ctx, chromedp.Text(`#article h1`, &first, chromedp.ByQuery),
		chromedp.Click(`a#next-article`, chromedp.ByQuery),
		chromedp.WaitVisible(`a#prev-article`, chromedp.ByQuery),
		chromedp.Text(`#article h1`, &second, chromedp.ByQuery))
	if first == second {
		t.Errorf("Next did not change the article: %q", first)
	}
	// Clicking a marked actor filters the explorer by it.
	do(t, ctx, chromedp.Click(`#article a.actor-link`, chromedp.ByQuery), chromedp.WaitVisible(`#active-filters`, chromedp.ByQuery))
	if p := location(ctx, t); !strings.HasPrefix(p, "/?actor=") {
		t.Errorf("actor click went to %q", p)
	}

	// An empty result says which filter emptied it.
	var why string
	do(t, ctx, chromedp.Navigate(s.URL+"/?q=poetin&from=2021-05&to=2021-11"), wasmReady,
		chromedp.Text(`#no-results`, &why, chromedp.ByQuery))
	if !strings.Contains(why, "Without From 2021-05: 1 article") || !strings.Contains(why, "Without To 2021-11: 2 articles") {
		t.Errorf("empty result explanation: %q", why)
	}
	// An unknown actor id is ignored with a notice.
	do(t, ctx, chromedp.Navigate(s.URL+"/?actor=nobody"), wasmReady, chromedp.WaitVisible(`.notice-inline`, chromedp.ByQuery))
	status()
	if count != "3 of 3 articles" {
		t.Errorf("unknown actor: %q", count)
	}

	// Arrow keys move through the results.
	do(t, ctx, chromedp.Focus(`#results h2 a`, chromedp.ByQuery), chromedp.KeyEvent(kb.ArrowDown))
	var idx int
	do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#results h2 a")].indexOf(document.activeElement)`, &idx))
	if idx != 1 {
		t.Errorf("ArrowDown moved focus to result %d, want 1", idx)
	}

	// On a phone the filters open in a drawer.
	do(t, ctx, chromedp.Navigate(s.URL+"/?q=navo"), wasmReady)
	screenshots(t, ctx, "explorer-filtered")
	do(t, ctx, chromedp.EmulateViewport(375, 812))
	var shown bool
	do(t, ctx, chromedp.Evaluate(`getComputedStyle(document.getElementById("filters")).display != "none"`, &shown))
	if shown {
		t.Error("filters are shown beside the results at 375px")
	}
	do(t, ctx, chromedp.Click(`#filters-toggle`, chromedp.ByQuery), chromedp.WaitVisible(`#filters`, chromedp.ByQuery))
	screenshots(t, ctx, "explorer-drawer")
}
