//go:build !wasm

package main

import (
	"strings"
	"testing"
	"time"

	"corpusexplorer/app/workspace"

	"github.com/chromedp/chromedp"
)

// waitJS waits until the JavaScript expression is true.
func waitJS(expr string) chromedp.Action {
	var ok bool
	return chromedp.Poll(expr, &ok, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(15*time.Second))
}

// TestActorPages drives /actors and /actor: the list with its find box and
// sortable columns, one actor's page, links into the explorer, an unknown
// id, and Back.
func TestActorPages(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	ac, err := workspace.New(nil).Embedded()
	if err != nil {
		t.Fatal(err)
	}
	// The seeds are three articles that all mention Biden and Poetin.
	if ac.Corpus.Len() != 3 {
		t.Fatalf("the seeds have %d articles, want 3", ac.Corpus.Len())
	}
	for _, a := range ac.Articles {
		has := map[string]bool{}
		for _, c := range a.Actors() {
			has[c.ID] = true
		}
		if !has["joe-biden"] || !has["vladimir-poetin"] {
			t.Fatalf("article %s does not mention both Biden and Poetin", a.ID)
		}
	}

	var rows int
	var cells map[string]string
	do(t, ctx,
		chromedp.Navigate(s.URL+"/actors"),
		wasmReady,
		chromedp.WaitVisible(`#actor-table caption`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("#actor-table tbody tr").length`, &rows),
		chromedp.Evaluate(`Object.fromEntries(["joe-biden", "vladimir-poetin"].map(id => {
			const tr = document.querySelector('#actor-table tr[data-actor="' + id + '"]');
			return [id, tr ? tr.querySelector("td.num").textContent + "|" + tr.querySelector("th[scope=row] a").getAttribute("href") : ""];
		}))`, &cells),
	)
	if rows != len(ac.ActorIDs()) {
		t.Errorf("/actors lists %d actors, want %d", rows, len(ac.ActorIDs()))
	}
	if cells["joe-biden"] != "3|/actor?id=joe-biden" || cells["vladimir-poetin"] != "3|/actor?id=vladimir-poetin" {
		t.Errorf("article counts and links: %v", cells)
	}
	var title string
	do(t, ctx, chromedp.Title(&title))
	if title != "Actors · Corpus Explorer" {
		t.Errorf("title %q", title)
	}
	screenshots(t, ctx, "actors")

	// Sorting by name: a new history entry, the URL says so, the rows follow.
	var hist1, hist2 int
	var names []string
	do(t, ctx,
		chromedp.Evaluate(`history.length`, &hist1),
		chromedp.Click(`button.sort[data-sort="name"]`, chromedp.ByQuery),
		waitJS(`location.search === "?sort=name" && !!document.querySelector('th[aria-sort="ascending"] button[data-sort="name"]')`),
		chromedp.Evaluate(`history.length`, &hist2),
		chromedp.Evaluate(`[...document.querySelectorAll("#actor-table tbody th[scope=row] .actor-name")].map(a => a.textContent.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase())`, &names),
	)
	if hist2 != hist1+1 {
		t.Errorf("sorting did not push a history entry: %d then %d", hist1, hist2)
	}
	for i := 1; i < len(names); i++ {
		if names[i-1] > names[i] {
			t.Errorf("not sorted by name: %q before %q", names[i-1], names[i])
			break
		}
	}

	// Typing "putin" narrows to Poetin by his alias: the first keystroke
	// adds one history entry, the rest replace it.
	var count, search string
	do(t, ctx,
		chromedp.SendKeys(`#actor-q`, "putin", chromedp.ByQuery),
		waitJS(`document.querySelectorAll("#actor-table tbody tr").length === 1`))
	settle(t, ctx, `location.search === "?q=putin&sort=name"`)
	do(t, ctx,
		chromedp.Text(`#actor-count`, &count, chromedp.ByQuery),
		chromedp.Evaluate(`location.search`, &search),
		chromedp.Evaluate(`history.length`, &hist1),
	)
	if !strings.HasPrefix(count, "1 of ") || search != "?q=putin&sort=name" || hist1 != hist2+1 {
		t.Errorf("after typing: count %q, query %q, history %d (was %d)", count, search, hist1, hist2)
	}
	do(t, ctx, chromedp.WaitVisible(`#actor-table tr[data-actor="vladimir-poetin"]`, chromedp.ByQuery))

	// Poetin's page: aliases, three articles, events with marked actors.
	var aliases string
	var arts, events, marks int
	do(t, ctx,
		chromedp.Click(`#actor-table tr[data-actor="vladimir-poetin"] a.actor-name`, chromedp.ByQuery),
		chromedp.WaitVisible(`#actor[data-actor="vladimir-poetin"]`, chromedp.ByQuery),
		chromedp.Text(`#actor-aliases`, &aliases, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("#actor-articles > li").length`, &arts),
		chromedp.Evaluate(`document.querySelectorAll("#actor-events > li").length`, &events),
		chromedp.Evaluate(`document.querySelectorAll('#actor-events mark.actor[data-actor="vladimir-poetin"]').length`, &marks),
		chromedp.Title(&title),
	)
	if p := location(ctx, t); p != "/actor?id=vladimir-poetin" {
		t.Fatalf("after clicking Poetin the location is %q", p)
	}
	if !strings.Contains(aliases, "Putin") || arts != 3 || events == 0 || marks == 0 {
		t.Errorf("Poetin's page: aliases %q, %d articles, %d events, %d marks", aliases, arts, events, marks)
	}
	if title != "Vladimir Poetin · Actors · Corpus Explorer" {
		t.Errorf("title %q", title)
	}
	var timeline string
	do(t, ctx, chromedp.AttributeValue(`#show-timeline`, "href", &timeline, nil, chromedp.ByQuery))
	if timeline != "/timeline?actor=vladimir-poetin&lanes=actor" {
		t.Errorf("timeline link %q", timeline)
	}
	screenshots(t, ctx, "actor")

	// What Poetin did, with and to whom: the counterpart table names
	// Biden, with the calls and statements they share, and the call of 7
	// December is among his events although its sentence names neither
	// ("spraken de twee elkaar").
	var did struct {
		Biden, Contact string
		Call           int
	}
	do(t, ctx, chromedp.ScrollIntoView(`#counterparts`, chromedp.ByQuery), chromedp.Evaluate(`(() => {
		const row = document.querySelector('#counterparts th[data-actor="joe-biden"]')?.parentElement;
		return {Biden: row ? row.querySelector("th").textContent : "",
			Contact: row ? row.querySelector('td[data-label="Contact"]').textContent : "",
			Call: [...document.querySelectorAll('#actor-events > li.happening')].filter(li => li.dataset.event.startsWith("ev-2021-12-07") && li.textContent.includes("call")).length};
	})()`, &did))
	if did.Biden != "Joe Biden" || did.Contact == "" || did.Contact == "·" || did.Call != 1 {
		t.Errorf("Poetin's counterparts: %+v", did)
	}
	screenshots(t, ctx, "actor-did")

	// "Show articles" opens the explorer filtered by the actor; Back returns.
	do(t, ctx,
		chromedp.Click(`#show-articles`, chromedp.ByQuery),
		chromedp.WaitVisible(`#results`, chromedp.ByQuery),
	)
	if p := location(ctx, t); p != "/?actor=vladimir-poetin" {
		t.Errorf("Show articles went to %q", p)
	}
	do(t, ctx, chromedp.NavigateBack(), chromedp.WaitVisible(`#actor[data-actor="vladimir-poetin"]`, chromedp.ByQuery))
	do(t, ctx, chromedp.NavigateBack(), waitJS(`location.search === "?q=putin&sort=name" && document.querySelectorAll("#actor-table tbody tr").length === 1`))

	// Unknown ids and bad parameters: a message, never a blank page.
	do(t, ctx, chromedp.Navigate(s.URL+"/actor?id=nobody"), wasmReady, chromedp.WaitVisible(`#not-found a[href="/actors"]`, chromedp.ByQuery))
	do(t, ctx, chromedp.Navigate(s.URL+"/actor"), wasmReady, chromedp.WaitVisible(`#not-found`, chromedp.ByQuery))
	var notice string
	do(t, ctx,
		chromedp.Navigate(s.URL+"/actors?sort=size&type=alien"), wasmReady,
		chromedp.WaitVisible(`.notice-inline`, chromedp.ByQuery),
		chromedp.Text(`main`, &notice, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("#actor-table tbody tr").length`, &rows),
	)
	if !strings.Contains(notice, "sort=size") || !strings.Contains(notice, "type=alien") || rows != len(ac.ActorIDs()) {
		t.Errorf("bad parameters: %d rows, notices in %q", rows, notice)
	}
	// The type filter keeps only that type.
	do(t, ctx,
		chromedp.Click(`.type-filter a.chip.place`, chromedp.ByQuery),
		waitJS(`location.search === "?type=place" && [...document.querySelectorAll("#actor-table tbody td .chip")].every(c => c.classList.contains("place"))`),
	)
}

// TestActorPagesSubPath checks that the actor pages keep the site's
// sub-path in their links and when sorting.
func TestActorPagesSubPath(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteSub, subBase)
	do(t, ctx,
		chromedp.Navigate(s.URL+subBase+"/actors"), wasmReady,
		chromedp.Click(`button.sort[data-sort="last"]`, chromedp.ByQuery),
		waitJS(`location.pathname + location.search === "`+subBase+`/actors?sort=last"`),
		chromedp.Click(`#actor-table tr[data-actor="joe-biden"] a.actor-name`, chromedp.ByQuery),
		chromedp.WaitVisible(`#actor[data-actor="joe-biden"]`, chromedp.ByQuery),
	)
	if p := location(ctx, t); p != subBase+"/actor?id=joe-biden" {
		t.Errorf("actor link went to %q", p)
	}
	do(t, ctx, chromedp.Click(`#show-articles`, chromedp.ByQuery), chromedp.WaitVisible(`#results`, chromedp.ByQuery))
	if p := location(ctx, t); p != subBase+"/?actor=joe-biden" {
		t.Errorf("Show articles went to %q", p)
	}
}
