//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestSentenceLinkScrolls: a fresh link to a sentence scrolls it into
// view once the app has taken over, and marks it; a link to another
// sentence moves the mark.
func TestSentenceLinkScrolls(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	do(t, ctx, chromedp.EmulateViewport(1280, 500))
	const seen = `(id => { const el = document.getElementById(id); if (!el) return "missing";
		const r = el.getBoundingClientRect();
		if (r.bottom <= 0 || r.top >= innerHeight) return "out of view at " + Math.round(r.top);
		if (!el.classList.contains("reached")) return "not marked";
		if (getComputedStyle(el).backgroundColor === "rgba(0, 0, 0, 0)") return "marked without a colour";
		return ""; })`
	var got string
	do(t, ctx, chromedp.Navigate(s.URL+"/article?id=000_6ffce1f1300ed2ce#s10"), wasmReady,
		waitJS(`!!document.querySelector("#s10.reached")`), chromedp.Sleep(300e6), chromedp.Evaluate(seen+`("s10")`, &got))
	if got != "" {
		t.Errorf("#s10 after a fresh load: %s", got)
	}
	var target string
	do(t, ctx, chromedp.Evaluate(`(() => { const a = [...document.querySelectorAll(".event-list a[href^='#s']")].find(a => a.getAttribute("href") !== "#s10"); a.click(); return a.getAttribute("href").slice(1); })()`, &target))
	do(t, ctx, waitJS(`!!document.querySelector("#`+target+`.reached")`), chromedp.Sleep(300e6), chromedp.Evaluate(seen+`(`+jsString(target)+`)`, &got))
	if got != "" {
		t.Errorf("#%s after a click in the event list: %s", target, got)
	}
	var marks int
	do(t, ctx, chromedp.Evaluate(`document.querySelectorAll(".sentence.reached").length`, &marks))
	if marks != 1 {
		t.Errorf("%d sentences marked, want 1", marks)
	}
}

// TestCompanionsRanked: actors that share every article with Joe Biden
// lead his companions, on his page and in the actor list; a result card
// names the filter's actor first.
func TestCompanionsRanked(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	var with []string
	do(t, ctx, chromedp.Navigate(s.URL+"/actor?id=joe-biden"), wasmReady, chromedp.Evaluate(`[...document.querySelectorAll(".actor-section")].filter(s => /Appears|with/i.test(s.querySelector("h2").textContent)).flatMap(s => [...s.querySelectorAll("li > a")].map(a => a.textContent))`, &with))
	if len(with) == 0 || with[0] != "Vladimir Poetin" {
		t.Errorf("Joe Biden's page: companions %q, want Vladimir Poetin first", with)
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/actors"), wasmReady,
		chromedp.Evaluate(`[...document.querySelectorAll('#actor-table tr[data-actor="joe-biden"] .with a')].map(a => a.textContent)`, &with))
	if len(with) == 0 || with[0] != "Vladimir Poetin" {
		t.Errorf("/actors, Joe Biden appears most with %q, want Vladimir Poetin first", with)
	}
	var cards []string
	do(t, ctx, chromedp.Navigate(s.URL+"/?actor=navo"), wasmReady,
		chromedp.Evaluate(`[...document.querySelectorAll("#results .result")].map(r => r.querySelector(".chips button").dataset.actor)`, &cards))
	for i, c := range cards {
		if c != "navo" {
			t.Errorf("card %d names %s first, not the filter's navo", i, c)
		}
	}
}

// TestPolish checks the small things seen in screenshots: quotes in the
// query chip, text date boxes with a hint, the discovered badge, secondary
// buttons, page titles, and what must stay on one line on a phone.
func TestPolish(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	var chip string
	do(t, ctx, chromedp.Navigate(s.URL+`/?q=%2210+januari%22`), wasmReady, chromedp.Text(`#active-filters .active-chip`, &chip, chromedp.ByQuery))
	if strings.Contains(chip, `"`) || !strings.Contains(chip, "“10 januari”") {
		t.Errorf("phrase chip %q", chip)
	}

	// The date boxes: text in the corpus's form, a month list, a clear
	// refusal of what is not a date.
	var box struct {
		Type, Placeholder string
		Months            int
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/"), wasmReady, chromedp.Evaluate(`({Type: document.getElementById("from").type, Placeholder: document.getElementById("from").placeholder,
		Months: document.querySelectorAll("#months option").length})`, &box))
	if box.Type != "text" || box.Placeholder != "YYYY-MM" || box.Months < 2 {
		t.Errorf("from box: %+v", box)
	}
	setBox := func(id, v string) string {
		return `(() => { const el = document.getElementById("` + id + `"); el.value = ` + jsString(v) + `; el.dispatchEvent(new Event("change", {bubbles: true})); })()`
	}
	var invalid string
	do(t, ctx, chromedp.Evaluate(setBox("from", "december"), nil), chromedp.Sleep(200e6),
		chromedp.Evaluate(`document.getElementById("from").getAttribute("aria-invalid") || ""`, &invalid))
	if invalid != "true" || location(ctx, t) != "/" {
		t.Errorf("from=december: aria-invalid %q at %s", invalid, location(ctx, t))
	}
	do(t, ctx, chromedp.Evaluate(setBox("from", "2021-12"), nil), waitJS(`location.search === "?from=2021-12"`),
		chromedp.Evaluate(`document.getElementById("from").getAttribute("aria-invalid") || ""`, &invalid))
	if invalid != "" {
		t.Error("a valid month stays marked invalid")
	}

	// Secondary actions look secondary.
	var bg struct{ Primary, Secondary string }
	do(t, ctx, chromedp.Navigate(s.URL+"/actor?id=joe-biden"), wasmReady, chromedp.Evaluate(`({Primary: getComputedStyle(document.getElementById("show-articles")).backgroundColor,
		Secondary: getComputedStyle(document.getElementById("show-timeline")).backgroundColor})`, &bg))
	if bg.Primary == bg.Secondary {
		t.Errorf("primary and secondary buttons share the background %s", bg.Primary)
	}

	for _, tc := range []struct{ path, title string }{
		{"/article?id=nope", "Article not found · Corpus Explorer"},
		{"/actor?id=nope", "Actor not found · Corpus Explorer"},
	} {
		var title string
		do(t, ctx, chromedp.Navigate(s.URL+tc.path), wasmReady, chromedp.Title(&title))
		if title != tc.title {
			t.Errorf("%s: title %q, want %q", tc.path, title, tc.title)
		}
	}

	// On a phone.
	do(t, ctx, chromedp.EmulateViewport(375, 812, func(p *emulation.SetDeviceMetricsOverrideParams, s *emulation.SetTouchEmulationEnabledParams) {
		p.Mobile, s.Enabled = true, true
	}))
	var steps struct{ Prev, Next float64 }
	do(t, ctx, chromedp.Navigate(s.URL+"/article?id=001_bf50bb1e933bb69b"), wasmReady, chromedp.Evaluate(`({Prev: document.getElementById("prev-article").getBoundingClientRect().top,
		Next: document.getElementById("next-article").getBoundingClientRect().top})`, &steps))
	if steps.Prev != steps.Next {
		t.Errorf("on a phone ← Previous is at %v, Next → at %v", steps.Prev, steps.Next)
	}
	var broken []string
	do(t, ctx, chromedp.Navigate(s.URL+"/actor?id=joe-biden"), wasmReady,
		chromedp.Evaluate(`[...document.querySelectorAll(".role-range")].filter(el => el.getClientRects().length > 1).map(el => el.textContent)`, &broken))
	if len(broken) > 0 {
		t.Errorf("role dates broken over lines on a phone: %q", broken)
	}
	// The month asked for undated files stands apart from its label.
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	waitSaved(t, ctx)
	do(t, ctx, chromedp.SetUploadFiles(`#import-files`, writeFiles(t, map[string]string{"undated.txt": "Een bericht zonder datum over de zeppelinhaven.\n"}, "undated.txt"), chromedp.ByQuery))
	for _, id := range []string{"import-month", "undated-month"} {
		var gap float64
		do(t, ctx, waitJS(`!!document.getElementById("`+id+`")`), chromedp.Evaluate(`(() => { const l = document.querySelector("label[for=`+id+`]").getBoundingClientRect(), i = document.getElementById("`+id+`").getBoundingClientRect();
			return l.bottom <= i.top ? 99 : i.left - l.right; })()`, &gap))
		if gap < 4 {
			t.Errorf("the label of #%s is %vpx from its box", id, gap)
		}
	}

	// A discovered actor's badge in the facet: whole and explained.
	upload(t, ctx, writeFiles(t, map[string]string{"poetin-2000.txt": goodArticle}, "poetin-2000.txt"))
	waitSaved(t, ctx)
	do(t, ctx, chromedp.Navigate(s.URL+"/"), wasmReady, waitJS(`document.getElementById("result-count").textContent.endsWith(" of 4 articles")`))
	do(t, ctx, chromedp.Click(`#filters-toggle`, chromedp.ByQuery), chromedp.WaitVisible(`#actor-facet`, chromedp.ByQuery),
		chromedp.SendKeys(`#find-actor`, "vliegenthart", chromedp.ByQuery), waitJS(`[...document.querySelectorAll("#actor-facet .name")].some(n => n.checkVisibility())`))
	var cut []string
	do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#actor-facet .badge.discovered, #actor-facet .disc")].filter(b => b.checkVisibility()).filter(b => b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().right > b.closest("label").getBoundingClientRect().right + 1).map(b => b.closest("li").textContent)`, &cut))
	if len(cut) > 0 {
		t.Errorf("discovered badges cut off: %q", cut)
	}
	var badges int
	do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#actor-facet .badge.discovered")].filter(b => b.checkVisibility() && b.title.includes("name finder")).length`, &badges))
	if badges == 0 {
		t.Error("the facet shows no explained discovered badge")
	}
}
