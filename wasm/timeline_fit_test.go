//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// tlViewport sets the window size, as a phone below 600 px.
func tlViewport(w, h int64) chromedp.Action {
	mobile := w < 600
	return chromedp.EmulateViewport(w, h, func(p *emulation.SetDeviceMetricsOverrideParams, s *emulation.SetTouchEmulationEnabledParams) {
		p.Mobile = mobile
		s.Enabled = mobile
	})
}

// tlFitState is what TestTimelineFit reads from the page at the fitted view.
type tlFitState struct {
	PlotW, DenseX0, DenseX1 float64
	Lanes, Ticks, Marks     []string
	Overlaps                []string
	Outside                 []string
}

// tlDateOf is JavaScript that maps an event (a mark's data-event) to its
// date as the event list writes it (its <time datetime>).
const tlDateOf = `const tlDates = Object.fromEntries([...document.querySelectorAll('#timeline-list li[data-event]')]
	.map(li => [li.dataset.event, li.querySelector('time').getAttribute('datetime')]));
const dateOf = m => tlDates[m.dataset.event] || '';
`

const tlFitJS = `(() => {` + tlDateOf + `
	const svg = document.querySelector('#timeline svg.tl-svg').getBoundingClientRect();
	let x0 = Infinity, x1 = -Infinity;
	for (const m of document.querySelectorAll('#timeline .tl-mark')) {
		const d = dateOf(m);
		if (!d.startsWith('2021-12') && !d.startsWith('2022-01')) continue;
		const r = m.querySelector('.shape').getBoundingClientRect();
		x0 = Math.min(x0, r.left); x1 = Math.max(x1, r.right);
	}
	const texts = sel => [...document.querySelectorAll('#timeline svg ' + sel)].map(e => e.textContent);
	const labels = [...document.querySelectorAll('#timeline svg .tl-mark-label, #timeline svg .tl-tick-label, #timeline svg .tl-lane-label, #timeline svg .tl-break-label')]
		.filter(e => e.textContent !== '').map(e => ({t: e.textContent, r: e.getBoundingClientRect()}));
	const overlaps = [], outside = [];
	for (let i = 0; i < labels.length; i++) {
		const a = labels[i].r;
		if (a.left < svg.left - 0.5 || a.right > svg.right + 0.5) outside.push(labels[i].t);
		for (let j = i + 1; j < labels.length; j++) {
			const b = labels[j].r;
			if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
				overlaps.push(labels[i].t + ' / ' + labels[j].t);
		}
	}
	return {PlotW: svg.width, DenseX0: x0 - svg.left, DenseX1: x1 - svg.left,
		Lanes: texts('.tl-lane-label'), Ticks: texts('.tl-tick-label').filter(s => s !== ''),
		Marks: texts('.tl-mark-label'), Overlaps: overlaps, Outside: outside};
})()`

var tlMonth = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b`)

// TestTimelineFit: issue item 9. At Fit, on a desktop and on a phone, the
// dense stretch of December 2021 to January 2022 spans at least 40 % of
// the plot, lanes have distinct short labels, every tick label names its
// month, marks are labelled where there is room, and no two labels overlap.
func TestTimelineFit(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	for _, size := range []struct {
		w, h      int64
		minLabels int
	}{{1280, 800, 6}, {375, 812, 2}} {
		for _, lanes := range []string{"", "?lanes=actor"} {
			name := fmt.Sprintf("%d px%s", size.w, lanes)
			do(t, ctx, tlViewport(size.w, size.h))
			tlOpen(t, ctx, s.URL+"/timeline"+lanes)
			do(t, ctx, tlWait(`document.querySelector('#timeline svg .tl-mark') && Math.abs(document.querySelector('#timeline svg.tl-svg').getBoundingClientRect().width - document.getElementById('tl-plot').clientWidth) < 2`))
			var st tlFitState
			do(t, ctx, chromedp.Evaluate(tlFitJS, &st))
			span := st.DenseX1 - st.DenseX0
			t.Logf("%s: December 2021–January 2022 spans %.0f of %.0f px (%.0f%%); %d mark labels", name, span, st.PlotW, 100*span/st.PlotW, len(st.Marks))
			if span < 0.4*st.PlotW {
				t.Errorf("%s: December 2021–January 2022 spans %.0f of %.0f px (%.0f%%), want ≥ 40%%", name, span, st.PlotW, 100*span/st.PlotW)
			}
			seen := map[string]bool{}
			for i, l := range st.Lanes {
				if seen[l] {
					t.Errorf("%s: lane label %q twice in %q", name, l, st.Lanes)
				}
				seen[l] = true
				for _, o := range st.Lanes[:i] {
					if a, b := []rune(l), []rune(o); len(a) >= 20 && len(b) >= 20 && string(a[:20]) == string(b[:20]) {
						t.Errorf("%s: lane labels %q and %q begin alike", name, o, l)
					}
				}
			}
			for _, tk := range st.Ticks {
				if !tlMonth.MatchString(tk) {
					t.Errorf("%s: tick label %q names no month (ticks %q)", name, tk, st.Ticks)
					break
				}
			}
			if len(st.Marks) < size.minLabels {
				t.Errorf("%s: %d mark labels %q, want ≥ %d", name, len(st.Marks), st.Marks, size.minLabels)
			}
			if len(st.Overlaps) > 0 || len(st.Outside) > 0 {
				t.Errorf("%s: overlapping labels %q; outside the plot %q", name, st.Overlaps, st.Outside)
			}
			tlShot(t, ctx, fmt.Sprintf("fit-%d%s", size.w, strings.TrimPrefix(lanes, "?lanes=")))
		}
	}
	do(t, ctx, tlViewport(1280, 800))
}

// tlShot saves a screenshot of the window and one of the whole page into
// the temporary folder, for people to look at.
func tlShot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	var full, top []byte
	do(t, ctx, chromedp.Sleep(100*time.Millisecond), chromedp.CaptureScreenshot(&top),
		chromedp.FullScreenshot(&full, 100))
	for suffix, png := range map[string][]byte{"-full": full, "": top} {
		p := fmt.Sprintf("%s/timeline-%s%s.png", os.TempDir(), name, suffix)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s", p)
	}
}

// TestTimelineZoomKeepsSelection: issue item 10. After selecting the event
// of 10 January 2022, three presses of "+" (the button; on the phone the
// key, on the focused mark) keep its mark in the plot.
func TestTimelineZoomKeepsSelection(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	for _, w := range []int64{1280, 375} {
		do(t, ctx, tlViewport(w, 800))
		tlOpen(t, ctx, s.URL+"/timeline")
		var picked string
		do(t, ctx, chromedp.Evaluate(`(() => {`+tlDateOf+`
			const m = [...document.querySelectorAll('#timeline svg .tl-mark')].find(m => dateOf(m) === '2022-01-10');
			return m ? m.dataset.event : '';
		})()`, &picked))
		if picked == "" {
			t.Fatal("no mark of 10 January 2022")
		}
		do(t, ctx, chromedp.Click(`#timeline svg .tl-mark[data-event="`+picked+`"] .hit`, chromedp.ByQuery),
			tlWait(`!!document.querySelector('#timeline svg .tl-mark.selected[data-event="`+picked+`"]')`))
		for i := range 3 {
			var before string
			press := chromedp.Click(`#tl-zoom-in`, chromedp.ByQuery)
			if w < 600 { // on the phone, the + key on the focused mark
				press = chromedp.Tasks{
					chromedp.Evaluate(`document.querySelector('#timeline svg .tl-mark.selected').focus()`, nil),
					chromedp.KeyEvent("+"),
				}
			}
			do(t, ctx, chromedp.Text(`#tl-range`, &before, chromedp.ByQuery), press,
				tlWait(`document.getElementById('tl-range').textContent !== `+jsString(before)))
			var in struct {
				In    bool
				Range string
			}
			do(t, ctx, chromedp.Evaluate(`(() => {
				const svg = document.querySelector('#timeline svg.tl-svg').getBoundingClientRect();
				const m = document.querySelector('#timeline svg .tl-mark.selected .shape');
				const r = m ? m.getBoundingClientRect() : null;
				const c = r ? (r.left + r.right) / 2 : -1;
				return {In: !!r && c >= svg.left && c <= svg.right, Range: document.getElementById('tl-range').textContent};
			})()`, &in))
			if !in.In {
				t.Fatalf("%d px: after %d presses of + the selected 10 January mark is out of the plot (view %s)", w, i+1, in.Range)
			}
		}
		tlShot(t, ctx, fmt.Sprintf("zoomed-%d", w))
	}
}

// TestTimelineShowOnTimeline: issue item 10. "Show on the timeline" in
// the list, clicked far below the chart, leaves the chart in the viewport
// with the event's mark in the plot, even from a view that lacked it.
func TestTimelineShowOnTimeline(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	do(t, ctx, tlViewport(1280, 800))
	tlOpen(t, ctx, s.URL+"/timeline?view=2014-01-01..2014-06-30")
	do(t, ctx, tlWait(`!!document.querySelector('#timeline-list li[data-event] a.show')`))
	var ev string
	do(t, ctx, chromedp.Evaluate(`(() => {
		const links = [...document.querySelectorAll('#timeline-list li a.show')];
		const a = links[links.length - 1];
		a.scrollIntoView({block: 'end'});
		return a.closest('li').dataset.event;
	})()`, &ev))
	var before float64
	do(t, ctx, chromedp.Evaluate(`document.getElementById('tl-plot').getBoundingClientRect().bottom`, &before))
	if before > 0 {
		t.Fatalf("the chart is still in view (bottom at %.0f) before clicking", before)
	}
	do(t, ctx, chromedp.Evaluate(`(() => { const l = document.querySelectorAll('#timeline-list li a.show'); l[l.length - 1].click(); })()`, nil),
		tlWait(`new URLSearchParams(location.search).get('event') === `+jsString(ev)),
		tlWait(`!!document.getElementById('tl-selected')`))
	// Within a pixel: the browser scrolls by whole pixels, and the page
	// above the chart may end at a fraction of one.
	settle(t, ctx, `(() => { const r = document.getElementById('tl-plot').getBoundingClientRect();
		return r.top > -1 && r.bottom < innerHeight + 1 && !!document.querySelector('#timeline svg .tl-mark.selected'); })()`)
	var got struct {
		Top, Bottom, H float64
		MarkIn         bool
	}
	do(t, ctx, chromedp.Evaluate(`(() => {
		const r = document.getElementById('tl-plot').getBoundingClientRect();
		const svg = document.querySelector('#timeline svg.tl-svg').getBoundingClientRect();
		const s = document.querySelector('#timeline svg .tl-mark.selected .shape');
		const m = s ? s.getBoundingClientRect() : null;
		const c = m ? (m.left + m.right) / 2 : -1;
		return {Top: r.top, Bottom: r.bottom, H: innerHeight, MarkIn: !!m && c >= svg.left && c <= svg.right};
	})()`, &got))
	if got.Top <= -1 || got.Bottom >= got.H+1 {
		t.Errorf("after Show on the timeline the chart is at [%.1f, %.1f] of a %.0f px window", got.Top, got.Bottom, got.H)
	}
	if !got.MarkIn {
		t.Errorf("after Show on the timeline the mark of %s is outside the plot", ev)
	}
	if !regexp.MustCompile(`^(ev-[0-9W-]+-[0-9a-f]{12}|[^/]+/\d+)$`).MatchString(ev) {
		t.Errorf("event %q is neither a happening's id nor ARTICLE/INDEX", ev)
	}
}
