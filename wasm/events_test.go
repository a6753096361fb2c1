//go:build !wasm

package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestTimelineHappenings: the timeline draws each happening once,
// labelled with who did what and how many articles tell of it; under
// lanes by actor a happening is in the lane of each participant;
// selecting it lists every sentence that tells of it.
func TestTimelineHappenings(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	tlOpen(t, ctx, s.URL+"/timeline")
	// The call of 7 December: one entry in the list, two sources, a mark
	// in the lane of each article, labelled.
	var call struct {
		Event, Label, Badge string
		Listed, Marks       int
	}
	do(t, ctx, chromedp.Evaluate(`(() => {
		const li = [...document.querySelectorAll('#timeline-list > li.happening')].filter(li => li.dataset.event.startsWith("ev-2021-12-07") && li.querySelector(".what").textContent.includes("Biden – Poetin · call"));
		const ev = li.length ? li[0].dataset.event : "";
		return {Event: ev, Listed: li.length,
			Label: (document.querySelector('#timeline svg .tl-mark[data-event="' + ev + '"]') || {getAttribute: () => ""}).getAttribute("aria-label") || "",
			Badge: li.length ? li[0].querySelector(".badge.sources").textContent : "",
			Marks: document.querySelectorAll('#timeline svg .tl-mark[data-event="' + ev + '"]').length};
	})()`, &call))
	if call.Listed != 1 || call.Badge != "2 sources" || call.Marks != 2 || !strings.Contains(call.Label, "Biden – Poetin · call, told by 2 articles") {
		t.Fatalf("the call of 7 December: %+v", call)
	}
	// Lanes by actor: the call is in Biden's lane and in Poetin's.
	tlOpen(t, ctx, s.URL+"/timeline?lanes=actor")
	var lanes []string
	do(t, ctx, chromedp.Evaluate(`(() => {
		const marks = [...document.querySelectorAll('#timeline svg .tl-mark[data-event="`+call.Event+`"]')];
		const labels = [...document.querySelectorAll('#timeline svg .tl-lane-label')];
		const bands = [...document.querySelectorAll('#timeline svg rect.tl-band')];
		return marks.map(m => {
			const y = m.querySelector(".shape").getBBox().y;
			const i = bands.findIndex(b => y >= +b.getAttribute("y") && y < +b.getAttribute("y") + +b.getAttribute("height"));
			return i >= 0 ? labels[i].textContent : "?";
		});
	})()`, &lanes))
	if len(lanes) < 2 || !strings.Contains(strings.Join(lanes, "|"), "Joe Biden") || !strings.Contains(strings.Join(lanes, "|"), "Vladimir Poetin") {
		t.Errorf("under lanes by actor the call is in the lanes %q", lanes)
	}
	// Selecting it lists both articles' sentences.
	do(t, ctx, chromedp.Evaluate(`document.querySelector('#timeline svg .tl-mark[data-event="`+call.Event+`"]').dispatchEvent(new MouseEvent("click", {bubbles: true}))`, nil),
		chromedp.WaitVisible(`#tl-selected`, chromedp.ByQuery))
	var panel struct {
		Title, Sentence string
		Also, Links     []string // the other sentences, and where each leads
	}
	do(t, ctx, chromedp.Evaluate(`({Title: document.querySelector("#tl-selected h2").textContent, Sentence: document.getElementById("tl-sentence").textContent,
		Also: [...document.querySelectorAll("#tl-selected .tl-also .source-list li > span")].map(s => s.textContent),
		Links: [...document.querySelectorAll("#tl-selected .tl-also .source-list li > a")].map(a => a.getAttribute("href"))})`, &panel))
	if !strings.Contains(panel.Title, "Biden – Poetin · call") || panel.Sentence == "" || len(panel.Also) < 1 || len(panel.Links) != len(panel.Also) {
		t.Errorf("the panel of the call: %+v", panel)
	}
	// "Also told in" lists the other sentences, not the one shown above
	// it, each with its way into its article.
	for i, a := range panel.Also {
		if strings.TrimSpace(a) == "" || strings.Contains(panel.Sentence, strings.TrimSpace(a)) {
			t.Errorf("also told in %q, beside the panel's own sentence %q", a, panel.Sentence)
		}
		if i < len(panel.Links) && !strings.Contains(panel.Links[i], "article") {
			t.Errorf("the sentence %q leads to %q, not to its article", a, panel.Links[i])
		}
	}
	screenshots(t, ctx, "timeline-happening")
}

// TestTimelineKinds: the kinds of event have a facet with counts; a kind
// switched on shows only its entries, in the URL, and Back undoes it.
func TestTimelineKinds(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	tlOpen(t, ctx, s.URL+"/timeline")
	var policy struct {
		Count  string
		Listed int
	}
	do(t, ctx, chromedp.Evaluate(`({Count: document.querySelector('#tl-kinds a[data-kind="Policy"] .n').textContent,
		Listed: document.querySelectorAll('#timeline-list > li').length})`, &policy))
	if policy.Count == "" || policy.Count == "0" {
		t.Fatalf("no Policy in the kinds facet: %+v", policy)
	}
	do(t, ctx, chromedp.Click(`#tl-kinds a[data-kind="Policy"]`, chromedp.ByQuery),
		tlWait(`location.search === "?kind=Policy"`),
		tlWait(`document.querySelector('#tl-kinds a[data-kind="Policy"]').getAttribute("aria-pressed") === "true"`))
	var got struct {
		Listed int
		Types  []string
	}
	do(t, ctx, chromedp.Evaluate(`({Listed: document.querySelectorAll('#timeline-list > li').length,
		Types: [...document.querySelectorAll('#timeline-list > li .badge.type')].map(b => b.textContent)})`, &got))
	if want := policy.Count; len(got.Types) != got.Listed || strings.TrimSpace(want) != strconv.Itoa(got.Listed) {
		t.Errorf("with Policy on: %+v, want %s entries", got, want)
	}
	for _, ty := range got.Types {
		if !strings.HasPrefix(ty, "Policy") {
			t.Errorf("with Policy on the list holds %q", ty)
		}
	}
	do(t, ctx, chromedp.NavigateBack(), tlWait(`location.search === "" && document.querySelectorAll('#timeline-list > li').length === `+strconv.Itoa(policy.Listed)))
}

// TestTimelineUndated: the happenings told without a date of their own
// are left out, and counted; "Draw them" draws them at their article's
// date, hollow, and Back leaves them out again.
func TestTimelineUndated(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	tlOpen(t, ctx, s.URL+"/timeline")
	type state struct {
		Note, Link, Count string
		Listed, Hollow    int
	}
	read := func() state {
		var st state
		do(t, ctx, chromedp.Evaluate(`({Note: document.getElementById('timeline-undated').textContent,
			Link: document.getElementById('tl-undated-toggle').textContent,
			Count: document.getElementById('timeline-count').textContent,
			Listed: document.querySelectorAll('#timeline-list > li').length,
			Hollow: document.querySelectorAll('#timeline svg .tl-mark.inexact').length})`, &st))
		return st
	}
	before := read()
	m := regexp.MustCompile(`^(\d+) more happenings are told without a date of their own`).FindStringSubmatch(before.Note)
	if m == nil || before.Link != "Draw them at their articles' dates" {
		t.Fatalf("before: %+v", before)
	}
	n := atoi(m[1])
	// All of them listed, or the first ones and a button that says how
	// many there are (the list is bounded), which lists the rest.
	total := strconv.Itoa(before.Listed + n)
	if err := chromedp.Run(ctx, chromedp.Click(`#tl-undated-toggle`, chromedp.ByQuery),
		tlWait(`location.search === "?undated=1"`),
		tlWait(`(() => { const more = document.getElementById('more-events');
			return document.querySelectorAll('#timeline-list > li').length === `+total+` ||
				(!!more && more.textContent.endsWith(' of `+total+` events listed)')); })()`)); err != nil {
		// Say what the page shows: this wait failed once in a full run
		// and never alone.
		var url string
		do(t, ctx, chromedp.Evaluate(`location.href`, &url))
		t.Fatalf("after the click: %v; at %s the page shows %+v, want %s listed (before: %+v)", err, url, read(), total, before)
	}
	screenshots(t, ctx, "timeline-undated")
	var more bool
	do(t, ctx, chromedp.Evaluate(`!!document.getElementById('more-events')`, &more))
	if more {
		if err := chromedp.Run(ctx, chromedp.Click(`#more-events`, chromedp.ByQuery),
			tlWait(`document.querySelectorAll('#timeline-list > li').length === `+total+` && !document.getElementById('more-events')`)); err != nil {
			t.Fatalf("Show more: %v; the page shows %+v, want %s listed", err, read(), total)
		}
	}
	after := read()
	if !strings.HasPrefix(after.Note, fmt.Sprintf("%d happenings told without a date of their own are drawn", n)) || after.Link != "Leave them out" || after.Hollow <= before.Hollow {
		t.Errorf("after: %+v (before: %+v)", after, before)
	}
	do(t, ctx, chromedp.NavigateBack(), tlWait(`location.search === "" && document.querySelectorAll('#timeline-list > li').length === `+strconv.Itoa(before.Listed)))
	if back := read(); back.Note != before.Note || back.Count != before.Count {
		t.Errorf("after Back: %+v, want %+v", back, before)
	}
}

// TestHappenedFilter: the explorer finds articles by when what they tell
// of happened: the two December articles announce talks on 10 January
// 2022, none was published then.
func TestHappenedFilter(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	var got struct{ Count, Chip, Box, Cards string }
	read := chromedp.Evaluate(`({Count: document.getElementById("result-count").textContent,
		Chip: [...document.querySelectorAll("#active-filters .active-chip")].map(c => c.textContent).join("|"),
		Box: document.getElementById("efrom").value,
		Cards: [...document.querySelectorAll("#results .card-events")].map(u => u.textContent).join("|")})`, &got)
	do(t, ctx, chromedp.Navigate(s.URL+"/?from=2022-01"), wasmReady, chromedp.Evaluate(`document.getElementById("result-count").textContent`, &got.Count))
	if !strings.HasPrefix(got.Count, "0 of") {
		t.Errorf("published from 2022-01: %q", got.Count)
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/?efrom=2022-01"), wasmReady, read)
	if !strings.HasPrefix(got.Count, "2 of") || !strings.Contains(got.Chip, "Happened from 2022-01") || got.Box != "2022-01" || !strings.Contains(got.Cards, "2022-01-10") {
		t.Errorf("happened from 2022-01: %+v", got)
	}
	// Typing in the box filters too.
	do(t, ctx, chromedp.Navigate(s.URL+"/?eto=2014-12"), wasmReady, chromedp.SetValue(`#efrom`, "2014-01", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("efrom").dispatchEvent(new Event("change", {bubbles: true}))`, nil),
		waitJS(`location.search === "?efrom=2014-01&eto=2014-12"`), read)
	if !strings.HasPrefix(got.Count, "1 of") || got.Box != "2014-01" {
		t.Errorf("happened from 2014: %+v", got)
	}
}

// TestEventsExport: the corpus events export as CSV and JSON, each once
// with its sources.
func TestEventsExport(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	dl := t.TempDir()
	do(t, ctx, cdpbrowser.SetDownloadBehavior(cdpbrowser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dl).WithEventsEnabled(true))
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	waitSaved(t, ctx)
	do(t, ctx, click(`#export-events-csv`))
	var errText string
	do(t, ctx, chromedp.Evaluate(`(document.querySelector("#export .error")||{}).textContent||""`, &errText))
	if errText != "" {
		t.Fatalf("export: %s", errText)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(waitFile(t, filepath.Join(dl, "events.csv"))), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var call []string
	for _, r := range rows[1:] {
		if r[col["date"]] == "2021-12-07" && r[col["subtype"]] == "Correspondence" {
			call = r
		}
	}
	if len(rows) < 20 || call == nil || call[col["sources"]] != "2" || !strings.Contains(call[col["agent"]], "vladimir-poetin") || call[col["agent_names"]] == "" {
		t.Fatalf("events.csv: %d rows, the call %q", len(rows), call)
	}
	do(t, ctx, click(`#export-events-json`))
	var list []struct {
		ID       string `json:"id"`
		Date     string `json:"date"`
		Mentions []struct {
			Article string `json:"article"`
		} `json:"mentions"`
	}
	if err := json.Unmarshal(waitFile(t, filepath.Join(dl, "events.json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != len(rows)-1 || list[0].ID == "" || len(list[0].Mentions) == 0 {
		t.Errorf("events.json: %d events (CSV %d), first %+v", len(list), len(rows)-1, list[0])
	}
}

// TestReaderMarksReferences: the reader marks the words that stand for
// actors apart from names ("de twee": Biden and Poetin) and lists the
// happenings the article tells of beside it.
func TestReaderMarksReferences(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	var got struct {
		Title, Actors string
		Listed        []string
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/article?id=001_bf50bb1e933bb69b"), wasmReady, chromedp.Evaluate(`(() => {
		const m = [...document.querySelectorAll("#article mark.ref")].find(m => m.textContent === "de twee");
		return {Title: m ? m.title : "", Actors: m ? m.dataset.actors : "",
			Listed: [...document.querySelectorAll(".side .event-list li.happening .what")].map(e => e.textContent)};
	})()`, &got))
	if got.Actors != "joe-biden vladimir-poetin" || !strings.Contains(got.Title, "Joe Biden and Vladimir Poetin") {
		t.Errorf("\"de twee\": %+v", got)
	}
	if !strings.Contains(strings.Join(got.Listed, "|"), "Biden – Poetin · call") {
		t.Errorf("the article's happenings: %q", got.Listed)
	}
	screenshots(t, ctx, "article-happenings")
}

// TestTimelineMoreSentences: a happening of the list told in more than
// three sentences folds the others under "N more sentences"; they are
// drawn when the reader opens it (not before: a list of 100 events drew
// thousands of hidden sentences), each with a link into its article.
func TestTimelineMoreSentences(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	tlOpen(t, ctx, s.URL+"/timeline")
	var before struct {
		Summary string
		Items   int
		Open    bool
	}
	const folded = `[...document.querySelectorAll('#timeline-list details')].find(d => /^\d+ more sentences?$/.test(d.querySelector('summary').textContent))`
	do(t, ctx, chromedp.Evaluate(`(() => { const d = `+folded+`; return d ? {Summary: d.querySelector('summary').textContent, Items: d.querySelectorAll('li').length, Open: d.open} : {}; })()`, &before))
	n := 0
	if _, err := fmt.Sscanf(before.Summary, "%d more", &n); err != nil || before.Items != 0 || before.Open {
		t.Fatalf("a folded happening's sentences, before opening: %+v", before)
	}
	do(t, ctx, chromedp.Evaluate(`(`+folded+`).setAttribute('data-test', 'folded')`, nil),
		chromedp.Click(`details[data-test="folded"] summary`, chromedp.ByQuery),
		tlWait(`document.querySelectorAll('details[data-test="folded"] li').length === `+strconv.Itoa(n)))
	var after struct {
		Open  bool
		Links int
		Text  string
	}
	do(t, ctx, chromedp.Evaluate(`(() => { const d = document.querySelector('details[data-test="folded"]');
		return {Open: d.open, Links: d.querySelectorAll('li a.more[href*="article"]').length, Text: d.querySelector('li span').textContent}; })()`, &after))
	if !after.Open || after.Links != n || strings.TrimSpace(after.Text) == "" {
		t.Errorf("opened: %+v, want %d sentences with links", after, n)
	}
	screenshots(t, ctx, "timeline-more-sentences")
}
