//go:build !wasm

package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
	"testing"
	"time"

	"corpusexplorer/app/site"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// controlsAgree lists every control of the explorer whose shown value
// differs from the URL: a facet checkbox whose checked property is not
// "its actor is in the filter", the search box, the sort select, the
// from/to pickers. An empty list means the page shows the filter in force.
const controlsAgree = `(() => {
	const p = new URLSearchParams(location.search);
	const want = new Set(p.getAll("actor"));
	const bad = [];
	for (const b of document.querySelectorAll("#actor-facet input[type=checkbox]")) {
		if (b.checked !== want.has(b.value)) bad.push(b.value + (b.checked ? " shows ticked" : " shows unticked"));
	}
	const q = document.getElementById("q");
	if (q && q.value !== (p.get("q") || "")) bad.push("search box shows " + JSON.stringify(q.value));
	const sort = document.getElementById("sort");
	if (sort && sort.value !== (p.get("sort") || "relevance")) bad.push("sort shows " + sort.value);
	for (const id of ["from", "to", "efrom", "eto"]) {
		const el = document.getElementById(id);
		if (el && el.value !== (p.get(id) || "")) bad.push(id + " shows " + JSON.stringify(el.value));
	}
	const chips = [...document.querySelectorAll("#active-filters .active-chip")].length;
	const filters = [...new Set(p.keys())].filter(k => k !== "sort").reduce((n, k) => n + new Set(p.getAll(k).filter(v => v !== "")).size, 0);
	if (chips !== filters) bad.push(chips + " chips for " + filters + " filters");
	return bad;
})()`

// agree waits until the controls agree with the URL, then checks again a
// little later (a re-render after the URL changed must not undo it).
func agree(t *testing.T, ctx context.Context, step string) {
	t.Helper()
	var bad []string
	tctx, cancel := context.WithTimeout(ctx, 4*time.Second)
	chromedp.Run(tctx, chromedp.Poll(controlsAgree+`.length === 0`, nil, chromedp.WithPollingInterval(30*time.Millisecond)))
	cancel()
	do(t, ctx, chromedp.Sleep(120*time.Millisecond), chromedp.Evaluate(controlsAgree, &bad))
	if len(bad) > 0 {
		t.Fatalf("after %s (at %s): %s", step, location(ctx, t), strings.Join(bad, "; "))
	}
}

// TestFacetCheckboxesFollowTheFilter walks a long random sequence of
// ticks, unticks, chip removals, Clear all, Back, Forward, typing, sorting
// and deep links, and after every step compares each facet checkbox's
// checked property (and the search box, the sort and the pickers) with the
// URL; then the same in the phone drawer.
func TestFacetCheckboxesFollowTheFilter(t *testing.T) {
	for _, tc := range []struct {
		name  string
		phone bool
		steps int
	}{{"desktop", false, 60}, {"phone drawer", true, 30}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newBrowser(t)
			s := serveSite(t, siteRoot, "")
			if tc.phone {
				do(t, ctx, chromedp.EmulateViewport(375, 812, func(p *emulation.SetDeviceMetricsOverrideParams, s *emulation.SetTouchEmulationEnabledParams) {
					p.Mobile, s.Enabled = true, true
				}))
			}
			open := func(u string) {
				do(t, ctx, chromedp.Navigate(s.URL+u), wasmReady)
				if tc.phone {
					do(t, ctx, chromedp.Click(`#filters-toggle`, chromedp.ByQuery), chromedp.WaitVisible(`#actor-facet`, chromedp.ByQuery))
				}
			}
			open("/")
			agree(t, ctx, "loading /")
			rng := rand.New(rand.NewPCG(15, uint64(tc.steps)))
			pushes := 0 // history entries after the first
			queries := []string{"oekr", "poetin", "navo", "biden", "", "kremlin"}
			for i := range tc.steps {
				var boxes []struct {
					ID      string `json:"id"`
					Checked bool   `json:"checked"`
				}
				var chips int
				do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#actor-facet input[type=checkbox]")].filter(b => b.checkVisibility()).map(b => ({id: b.value, checked: b.checked}))`, &boxes),
					chromedp.Evaluate(`document.querySelectorAll("#active-filters .active-chip").length`, &chips))
				var step string
				switch k := rng.IntN(10); {
				case k < 3 && len(boxes) > 0:
					b := boxes[rng.IntN(len(boxes))]
					step = fmt.Sprintf("clicking %s (shown %v)", b.ID, b.Checked)
					do(t, ctx, chromedp.Click(`#f-`+b.ID, chromedp.ByQuery))
					pushes++
				case k == 3 && chips > 0:
					n := rng.IntN(chips)
					step = fmt.Sprintf("removing chip %d", n)
					do(t, ctx, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll("#active-filters .active-chip")[%d].click()`, n), nil))
					pushes++
				case k == 4 && chips > 0:
					step = "Clear all"
					do(t, ctx, chromedp.Evaluate(`document.getElementById("clear-all").click()`, nil))
					pushes++
				case k == 5 && pushes > 0:
					step = "Back"
					do(t, ctx, chromedp.NavigateBack())
					pushes--
				case k == 6:
					step = "Forward"
					do(t, ctx, chromedp.Evaluate(`history.forward()`, nil))
				case k == 7 && !tc.phone:
					q := queries[rng.IntN(len(queries))]
					step = "typing " + jsString(q)
					do(t, ctx, chromedp.Evaluate(`document.getElementById("q").select()`, nil), chromedp.Focus(`#q`, chromedp.ByQuery))
					if q == "" {
						do(t, ctx, chromedp.KeyEvent(kb.Backspace))
					} else {
						do(t, ctx, chromedp.SendKeys(`#q`, q, chromedp.ByQuery))
					}
					pushes++
				case k == 8 && !tc.phone:
					v := []string{"relevance", "newest", "oldest"}[rng.IntN(3)]
					step = "sorting " + v
					do(t, ctx, chromedp.Evaluate(`(v => { const s = document.getElementById("sort"); if (s.value === v) return; s.value = v; s.dispatchEvent(new Event("change", {bubbles: true})); })(`+jsString(v)+`)`, nil))
					pushes++
				default:
					ids := []string{"joe-biden", "vladimir-poetin", "jens-stoltenberg", "navo", "kremlin", "oekraine"}
					q := make([]string, 0, 2)
					for range rng.IntN(3) {
						q = append(q, "actor="+ids[rng.IntN(len(ids))])
					}
					if rng.IntN(2) == 0 {
						q = append(q, "from=2021-12")
					}
					if rng.IntN(4) == 0 {
						q = append(q, "efrom=2021-12")
					}
					u := "/?" + strings.Join(q, "&")
					step = "opening " + u
					open(u)
					pushes = 0
				}
				agree(t, ctx, fmt.Sprintf("step %d, %s", i, step))
			}
		})
	}
}

// TestOtherControlsFollowTheURL checks the controls outside the explorer's
// facet whose value comes from the URL after Back and Forward: the lanes
// switch of the timeline and the find box of the actor list.
func TestOtherControlsFollowTheURL(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	lanes := func(want string) {
		t.Helper()
		var cur string
		do(t, ctx, waitJS(`(document.querySelector(".segmented a[aria-current]") || {}).textContent === `+jsString(want)),
			chromedp.Text(`.segmented a[aria-current]`, &cur, chromedp.ByQuery))
		if cur != want {
			t.Errorf("lanes switch shows %q, want %q", cur, want)
		}
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/timeline"), wasmReady)
	lanes("By article")
	do(t, ctx, chromedp.Click(`.segmented a:not([aria-current])`, chromedp.ByQuery), waitJS(`location.search.includes("lanes=actor")`))
	lanes("By actor")
	do(t, ctx, chromedp.NavigateBack(), waitJS(`!location.search.includes("lanes=actor")`))
	lanes("By article")
	do(t, ctx, chromedp.NavigateForward(), waitJS(`location.search.includes("lanes=actor")`))
	lanes("By actor")

	find := func(want string) {
		t.Helper()
		var v string
		do(t, ctx, waitJS(`document.getElementById("actor-q").value === `+jsString(want)), chromedp.Value(`#actor-q`, &v, chromedp.ByQuery))
		if v != want {
			t.Errorf("actor find box shows %q, want %q", v, want)
		}
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/actors"), wasmReady)
	do(t, ctx, chromedp.SendKeys(`#actor-q`, "poe", chromedp.ByQuery), waitJS(`location.search === "?q=poe"`))
	do(t, ctx, chromedp.Click(`#actor-table th button[data-sort="mentions"]`, chromedp.ByQuery), waitJS(`location.search.includes("sort=mentions")`))
	find("poe")
	do(t, ctx, chromedp.NavigateBack(), waitJS(`!location.search.includes("sort=")`))
	find("poe")
	do(t, ctx, chromedp.NavigateBack(), waitJS(`location.search === ""`))
	find("")
	do(t, ctx, chromedp.NavigateForward(), waitJS(`location.search === "?q=poe"`))
	find("poe")
}

// slowWasm serves a site whose app.wasm arrives after delay, so that a
// test can use the prerendered page before the app takes over.
func slowWasm(t *testing.T, dir string, delay time.Duration) *server {
	t.Helper()
	files := site.FileServer(dir, "")
	return serveHandler(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "app.wasm") {
			time.Sleep(delay)
		}
		files.ServeHTTP(w, r)
	}))
}

// TestEarlyInputKept types and ticks in the prerendered page before the
// wasm is ready: when the app takes over, the query, the ticked actor and
// the focus are kept and answered.
func TestEarlyInputKept(t *testing.T) {
	ctx := newBrowser(t)
	s := slowWasm(t, siteRoot, 2500*time.Millisecond)
	var ready bool
	do(t, ctx, chromedp.Navigate(s.URL+"/"), chromedp.WaitVisible(`#q`, chromedp.ByQuery),
		chromedp.Click(`#f-vladimir-poetin`, chromedp.ByQuery),
		chromedp.SendKeys(`#q`, "stoltenb", chromedp.ByQuery),
		chromedp.Evaluate(`!!document.querySelector('header[data-wasm="ready"]')`, &ready))
	if ready {
		t.Fatal("the wasm was ready before the test typed: nothing was tested")
	}
	do(t, ctx, wasmReady, waitJS(`location.search.includes("q=stoltenb")`), waitJS(`document.getElementById("result-count").textContent === "1 of 3 articles"`))
	var got struct {
		Q, Search, Focus string
		Ticked           bool
	}
	do(t, ctx, chromedp.Evaluate(`({Q: document.getElementById("q").value, Search: location.search,
		Focus: (document.activeElement || {}).id || "", Ticked: document.getElementById("f-vladimir-poetin").checked})`, &got))
	if got.Q != "stoltenb" || !strings.Contains(got.Search, "actor=vladimir-poetin") || !got.Ticked || got.Focus != "q" {
		t.Errorf("after the app took over: %+v", got)
	}
	agree(t, ctx, "the app taking over")
}

// TestTypingPushesOneEntry: the first keystroke of a new search adds one
// history entry, the rest replace it, so Back returns to the page before
// the search rather than leaving the site.
func TestTypingPushesOneEntry(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	var before, after int
	do(t, ctx, chromedp.Navigate(s.URL+"/"), wasmReady, chromedp.Evaluate(`history.length`, &before),
		chromedp.SendKeys(`#q`, "oekr", chromedp.ByQuery), waitJS(`location.search === "?q=oekr"`),
		chromedp.Evaluate(`history.length`, &after))
	if after != before+1 {
		t.Errorf("typing 4 letters added %d history entries, want 1", after-before)
	}
	// "oekr" matches every seed, so the count alone does not tell that the
	// page has been rendered again: wait for the search box too (it is
	// emptied in the frame after the navigation).
	do(t, ctx, chromedp.NavigateBack(), waitJS(`location.search === ""`))
	if err := chromedp.Run(ctx, waitJS(`document.getElementById("q").value === "" && document.getElementById("result-count").textContent === "3 of 3 articles"`)); err != nil {
		var where struct{ Path, Q string }
		do(t, ctx, chromedp.Evaluate(`({Path: location.pathname, Q: document.getElementById("q").value})`, &where))
		t.Errorf("Back after typing: %+v (%v)", where, err)
	}
	// A second search after a filter is a new entry again.
	do(t, ctx, chromedp.Click(`#f-joe-biden`, chromedp.ByQuery), waitJS(`location.search === "?actor=joe-biden"`),
		chromedp.SendKeys(`#q`, "navo", chromedp.ByQuery), waitJS(`location.search.includes("q=navo")`),
		chromedp.NavigateBack(), waitJS(`location.search === "?actor=joe-biden"`))
	agree(t, ctx, "Back from the second search")
}

// TestArrowDownFromSearch: ArrowDown in the search box moves to the first
// result, and on through the results.
func TestArrowDownFromSearch(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	var idx []int
	do(t, ctx, chromedp.Navigate(s.URL+"/"), wasmReady, chromedp.Focus(`#q`, chromedp.ByQuery), chromedp.KeyEvent(kb.ArrowDown),
		waitJS(`document.activeElement && document.activeElement.matches("#results h2 a")`))
	pos := `[...document.querySelectorAll("#results h2 a")].indexOf(document.activeElement)`
	var i int
	do(t, ctx, chromedp.Evaluate(pos, &i))
	idx = append(idx, i)
	do(t, ctx, chromedp.KeyEvent(kb.ArrowDown), chromedp.Evaluate(pos, &i))
	idx = append(idx, i)
	if idx[0] != 0 || idx[1] != 1 {
		t.Errorf("ArrowDown from the search box, then again: results %v, want [0 1]", idx)
	}
}
