//go:build !wasm

package main

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// tlWait waits until the JavaScript expression is true.
func tlWait(expr string) chromedp.Action {
	var ok bool
	return chromedp.Poll(expr, &ok, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(15*time.Second))
}

// tlOpen loads a timeline URL and waits for the wasm to draw the plot.
func tlOpen(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(url), wasmReady, chromedp.WaitVisible(`#timeline`, chromedp.ByQuery))
}

// tlTicks returns the visible tick labels, joined by "|".
func tlTicks(t *testing.T, ctx context.Context) string {
	t.Helper()
	var s string
	do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#timeline svg .tl-tick-label")].map(e => e.textContent).join("|")`, &s))
	return s
}

// TestTimelinePage drives /timeline: the SVG axis, selecting an event and
// following it into the article, Back, zooming, lanes by actor, a deep
// link with a view, and a malformed view.
func TestTimelinePage(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	tlOpen(t, ctx, s.URL+"/timeline")
	do(t, ctx, chromedp.WaitVisible(`#timeline svg.tl-svg`, chromedp.ByQuery))

	// Every SVG node carries the SVG namespace (else the browser draws nothing).
	var ns struct {
		SVG   string `json:"svg"`
		Wrong int    `json:"wrong"`
	}
	do(t, ctx, chromedp.Evaluate(`({svg: document.querySelector('#timeline svg').namespaceURI,
		wrong: [...document.querySelectorAll('#timeline svg *')].filter(e => e.namespaceURI !== 'http://www.w3.org/2000/svg').length})`, &ns))
	if ns.SVG != "http://www.w3.org/2000/svg" || ns.Wrong != 0 {
		t.Fatalf("svg namespace %q, %d nodes outside it", ns.SVG, ns.Wrong)
	}

	// One listed event per marked one (a happening several articles tell
	// of has a mark in each article's lane); the count line agrees.
	var counts struct {
		Marks, Items int
		Line         string
		Width        float64
	}
	do(t, ctx, chromedp.Evaluate(`({Marks: new Set([...document.querySelectorAll('#timeline svg .tl-mark')].map(m => m.dataset.event)).size,
		Items: document.querySelectorAll('#timeline-list > li').length,
		Line: document.getElementById('timeline-count').textContent,
		Width: document.querySelector('#timeline svg').getBoundingClientRect().width})`, &counts))
	if counts.Marks == 0 || counts.Marks != counts.Items {
		t.Fatalf("%d marks for %d listed events", counts.Marks, counts.Items)
	}
	// "17 happenings, 1 dated sentence and 3 publications from 3 articles":
	// the numbers add up to the events listed.
	if m := regexp.MustCompile(`^(\d+) happenings?, (\d+) dated sentences? and (\d+) publications? from 3 articles$`).FindStringSubmatch(counts.Line); m == nil {
		t.Errorf("count line %q", counts.Line)
	} else if a, b, c := atoi(m[1]), atoi(m[2]), atoi(m[3]); a+b+c != counts.Items || c != 3 {
		t.Errorf("count line %q for %d events", counts.Line, counts.Items)
	}
	if counts.Width < 800 {
		t.Errorf("plot is %.0f px wide at 1280 px", counts.Width)
	}
	if ticks := tlTicks(t, ctx); ticks == "" {
		t.Error("no tick labels")
	}
	var lanes int
	do(t, ctx, chromedp.Evaluate(`document.querySelectorAll('#timeline svg .tl-lane-label').length`, &lanes))
	if lanes == 0 {
		t.Error("no lane labels")
	}

	// Click a sentence event's mark: the panel shows its sentence.
	do(t, ctx, chromedp.Click(`#timeline svg .tl-mark:not(.pub) .shape`, chromedp.ByQuery),
		chromedp.WaitVisible(`#tl-sentence`, chromedp.ByQuery))
	var sel struct {
		Loc, Sentence, Href, Event string
		Selected                   int
	}
	do(t, ctx, chromedp.Evaluate(`({Loc: location.pathname + location.search,
		Sentence: document.getElementById('tl-sentence').textContent,
		Href: document.getElementById('tl-selected-link').getAttribute('href'),
		Event: (document.querySelector('#timeline svg .tl-mark.selected') || {dataset: {}}).dataset.event || "",
		Selected: document.querySelectorAll('#timeline-list > li.selected').length})`, &sel))
	if !strings.Contains(sel.Loc, "event=") || sel.Sentence == "" || sel.Selected != 1 || sel.Event == "" {
		t.Fatalf("after clicking a mark: %+v", sel)
	}
	if !strings.Contains(sel.Loc, "event="+strings.ReplaceAll(sel.Event, "/", "%2F")) {
		t.Errorf("location %q does not name the selected event %q", sel.Loc, sel.Event)
	}

	// Back deselects.
	do(t, ctx, chromedp.NavigateBack(), tlWait(`!document.getElementById('tl-selected') && !location.search.includes('event=')`))

	// Keyboard: Enter on a focused mark selects it; its link leads to the sentence.
	do(t, ctx, chromedp.Evaluate(`document.querySelector('#timeline svg .tl-mark[data-event="`+sel.Event+`"]').focus()`, nil),
		chromedp.KeyEvent("\r"),
		chromedp.WaitVisible(`#tl-sentence`, chromedp.ByQuery))
	screenshots(t, ctx, "timeline-selected")
	// The link is clicked where it is once the panel is laid out (a click
	// at coordinates taken mid-layout can miss it).
	do(t, ctx, chromedp.ScrollIntoView(`#tl-selected-link`, chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById('tl-selected-link').click()`, nil), chromedp.WaitVisible(`#article`, chromedp.ByQuery))
	var landed struct{ Loc, Hash, Text string }
	do(t, ctx, tlWait(`location.pathname === '/article'`), chromedp.Evaluate(`({Loc: location.pathname + location.search, Hash: location.hash,
		Text: (document.getElementById(location.hash.slice(1)) || {}).textContent || ""})`, &landed))
	if !strings.HasPrefix(landed.Loc, "/article?id=") || !regexp.MustCompile(`^#s\d+$`).MatchString(landed.Hash) || sel.Href != landed.Loc+landed.Hash {
		t.Errorf("the sentence link %q landed on %+v", sel.Href, landed)
	}
	if strings.TrimSpace(landed.Text) != strings.TrimSpace(sel.Sentence) {
		t.Errorf("landed on sentence %q, want %q", landed.Text, sel.Sentence)
	}

	// Zoom in: the view goes into the URL and the ticks change.
	tlOpen(t, ctx, s.URL+"/timeline")
	before := tlTicks(t, ctx)
	do(t, ctx, chromedp.Click(`#tl-zoom-in`, chromedp.ByQuery), tlWait(`location.search.includes('view=')`))
	after := tlTicks(t, ctx)
	if after == before {
		t.Errorf("zooming in kept the tick labels %q", before)
	}
	var loc string
	do(t, ctx, chromedp.Evaluate(`location.search`, &loc))
	if !regexp.MustCompile(`view=\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d`).MatchString(loc) {
		t.Errorf("after zooming the query is %q", loc)
	}
	// Keys on the focused plot: 0 fits again and drops the view.
	do(t, ctx, chromedp.Focus(`#timeline svg.tl-svg`, chromedp.ByQuery), chromedp.KeyEvent("0"), tlWait(`!location.search.includes('view=')`))
	// The Timeline link of the header leads back to the whole timeline,
	// although it is the URL the page was opened with.
	do(t, ctx, chromedp.Click(`#tl-zoom-in`, chromedp.ByQuery), tlWait(`location.search.includes('view=')`),
		chromedp.Click(`nav.nav a[href="/timeline"]`, chromedp.ByQuery), tlWait(`location.search === ""`))
	settle(t, ctx, `[...document.querySelectorAll("#timeline svg .tl-tick-label")].map(e => e.textContent).join("|") === `+jsString(before))
	if again := tlTicks(t, ctx); again != before {
		t.Errorf("after the Timeline link the ticks are %q, want %q", again, before)
	}

	// The wheel zooms around the cursor (without scrolling the page); a drag pans.
	do(t, ctx, chromedp.Evaluate(`(() => { const r = document.querySelector('#timeline svg').getBoundingClientRect();
		document.querySelector('#timeline svg .tl-tick line').dispatchEvent(new WheelEvent('wheel', {deltaY: -600,
			clientX: r.left + r.width * 0.9, clientY: r.top + 40, bubbles: true, cancelable: true})); })()`, nil),
		tlWait(`location.search.includes('view=')`))
	var zoomed, dragged string
	do(t, ctx, chromedp.Evaluate(`new URLSearchParams(location.search).get('view')`, &zoomed))
	var box struct{ X, Y, W float64 }
	do(t, ctx, chromedp.Evaluate(`(() => { const r = document.querySelector('#timeline svg').getBoundingClientRect(); return {X: r.left, Y: r.top, W: r.width}; })()`, &box))
	y := box.Y + 20
	do(t, ctx,
		chromedp.MouseEvent(input.MousePressed, box.X+box.W/2, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.MouseMoved, box.X+box.W/2+60, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.MouseMoved, box.X+box.W/2+200, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.MouseReleased, box.X+box.W/2+200, y, chromedp.ButtonLeft),
		tlWait(`new URLSearchParams(location.search).get('view') !== `+strconv.Quote(zoomed)),
		chromedp.Evaluate(`new URLSearchParams(location.search).get('view')`, &dragged))
	if !(dragged < zoomed) {
		t.Errorf("dragging right moved the view from %s to %s, want earlier days", zoomed, dragged)
	}

	// Left/Right on a focused mark move between events in calendar order.
	var moved []int
	do(t, ctx, chromedp.KeyEvent("0"), tlWait(`!location.search.includes('view=')`),
		chromedp.Evaluate(`document.querySelector('#timeline svg .tl-mark[data-item="0"]').focus()`, nil),
		chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowLeft),
		tlWait(`document.activeElement.dataset.item === "1"`),
		chromedp.Evaluate(`[document.activeElement.dataset.item|0, document.querySelectorAll('#timeline svg .tl-mark').length]`, &moved))
	if len(moved) != 2 || moved[0] != 1 {
		t.Errorf("arrow keys: %v", moved)
	}

	// Lanes by actor.
	tlOpen(t, ctx, s.URL+"/timeline?lanes=actor")
	var laneLabels string
	do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll('#timeline svg .tl-lane-label')].map(e => e.textContent).join("|")`, &laneLabels))
	if !strings.Contains(laneLabels, "Vladimir Poetin") || !strings.Contains(laneLabels, "Joe Biden") {
		t.Errorf("actor lanes %q", laneLabels)
	}

	// A deep link with an actor and a month view shows day ticks.
	tlOpen(t, ctx, s.URL+"/timeline?actor=vladimir-poetin&view=2021-12-01..2021-12-31")
	ticks := tlTicks(t, ctx)
	if !regexp.MustCompile(`(^|\|)\d{1,2} Dec(\||$)`).MatchString(ticks) {
		t.Errorf("month view ticks %q, want days with their month (\"15 Dec\")", ticks)
	}
	var chip string
	do(t, ctx, chromedp.Text(`#active-filters`, &chip, chromedp.ByQuery))
	if !strings.Contains(chip, "Poetin") {
		t.Errorf("active filters %q", chip)
	}
	var edit string
	do(t, ctx, chromedp.AttributeValue(`#edit-filters`, "href", &edit, nil, chromedp.ByQuery))
	if edit != "/?actor=vladimir-poetin" {
		t.Errorf("edit filters link %q", edit)
	}
	screenshots(t, ctx, "timeline-month")

	// A malformed view is ignored with a notice; the page still renders.
	tlOpen(t, ctx, s.URL+"/timeline?view=zzz")
	var notice string
	var marks int
	do(t, ctx, chromedp.Text(`.notice-inline`, &notice, chromedp.ByQuery),
		chromedp.Evaluate(`new Set([...document.querySelectorAll('#timeline svg .tl-mark')].map(m => m.dataset.event)).size`, &marks))
	if !strings.Contains(notice, "zzz") || marks != counts.Marks {
		t.Errorf("view=zzz: notice %q, %d marks (want %d)", notice, marks, counts.Marks)
	}

	// No event matches: explained, with a link that clears the filters.
	tlOpen(t, ctx, s.URL+"/timeline?q=zzzqqq")
	do(t, ctx, chromedp.WaitVisible(`#tl-empty a`, chromedp.ByQuery))

	tlOpen(t, ctx, s.URL+"/timeline")
	screenshots(t, ctx, "timeline-axis")
}

// atoi is strconv.Atoi for digits a regular expression matched.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
