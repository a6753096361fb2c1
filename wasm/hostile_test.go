//go:build !wasm

package main

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// payloads are script injections of the usual classes: markup in text, an
// attribute break-out, an event handler, a javascript: URL. Each sets
// window.__pwned when it runs.
var payloads = []string{
	`<img src=x onerror="window.__pwned='img'">`,
	`<script>window.__pwned='script'</script>`,
	`"><svg onload="window.__pwned='svg'">`,
	`'><iframe srcdoc="<script>parent.__pwned='iframe'</script>">`,
	`javascript:window.__pwned='href'`,
}

// injected reports what the payloads managed in the page: whether one
// ran, and how many elements they added.
const injected = `({ran: window.__pwned || "", added: document.querySelectorAll('img[src="x"], main script, svg[onload], iframe[srcdoc], a[href^="javascript:"]').length})`

// TestHostileInput feeds the payloads through every way text reaches the
// page (article text, file names, ids in a JSON list, actor renames and
// aliases, search, URL parameters of every page) and checks that none
// runs or adds markup.
func TestHostileInput(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	check := func(where string) {
		t.Helper()
		var got struct {
			Ran   string
			Added int
		}
		do(t, ctx, chromedp.Evaluate(injected, &got))
		if got.Ran != "" || got.Added != 0 {
			t.Errorf("%s: a payload ran (%q) or added %d elements", where, got.Ran, got.Added)
		}
	}
	all := strings.Join(payloads, " ")
	text := "date 2000-10-05 Burgemeester Anna de Wit " + all + " opende de haven van Zeppelinstad.\n\n" +
		"Minister Piet Jansen " + payloads[0] + " sprak met " + payloads[2] + " Jan Klaassen.\n"
	type item struct{ ID, Date, Text string }
	list := []item{}
	for i, p := range payloads {
		list = append(list, item{ID: "lijst-" + string(rune('a'+i)) + p, Date: "2000-10-0" + string(rune('1'+i)), Text: "Wethouder Kees Smit zei " + p + " in Havenstad dat de vloot groeit."})
	}
	js, err := json.Marshal(list)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"haven.txt":          text,
		payloads[0] + ".txt": article(6, "Vlootstad"),
		"lijst.json":         string(js),
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	upload(t, ctx, writeFiles(t, files, "haven.txt", payloads[0]+".txt", "lijst.json"))
	waitSaved(t, ctx)
	check("the import page after the import")

	// Actor edits carry the payloads too: a rename and an alias.
	edit := func(actor, field, value, button, logged string) {
		t.Helper()
		openEdits(t, ctx)
		do(t, ctx, chromedp.Evaluate(`((actor, field, value) => {
  const s = document.getElementById("edit-actor"); s.value = actor; s.dispatchEvent(new Event("change", {bubbles: true}));
  const n = document.getElementById(field); n.value = value; n.dispatchEvent(new Event("change", {bubbles: true}));
})(`+jsString(actor)+`, `+jsString(field)+`, `+jsString(value)+`)`, nil), click(button))
		waitText(t, ctx, `#edit-log`, logged) // the log quotes the value
	}
	edit("joe-biden", "edit-name", "Joe "+payloads[0]+payloads[2], `#edit-rename`, "Joe <img src=x onerror=")
	edit("navo", "edit-alias", "Navo "+payloads[3], `#edit-add-alias`, "Navo '><iframe srcdoc=")
	waitSaved(t, ctx)
	check("the import page after the edits")

	visits := []string{"/", "/?q=" + url.QueryEscape("zeppelinstad"), "/timeline", "/actors", "/article?id=haven",
		"/actor?id=joe-biden", "/?actor=joe-biden", "/timeline?actor=joe-biden&lanes=actor", "/actor?id=navo", "/?q=" + url.QueryEscape("navo "+payloads[3])}
	for _, p := range payloads {
		q := url.QueryEscape(p)
		visits = append(visits, "/?q="+q, "/?actor="+q, "/?from="+q+"&to="+q, "/?sort="+q,
			"/timeline?q="+q+"&lanes="+q, "/actors?q="+q+"&sort="+q, "/actor?id="+q,
			"/article?id="+q+"#"+q, "/"+url.PathEscape(p))
	}
	for _, v := range visits {
		do(t, ctx, chromedp.Navigate(s.URL+v), wasmReady, chromedp.Sleep(150e6))
		check(v)
	}
	// The imported texts are shown: in search results and in the reader.
	do(t, ctx, chromedp.Navigate(s.URL+"/?q="+url.QueryEscape("vloot")), wasmReady)
	waitText(t, ctx, `#results`, "Havenstad")
	check("results with the payloads in the snippets")
	var body string
	do(t, ctx, chromedp.Navigate(s.URL+"/article?id=haven"), wasmReady)
	body = waitText(t, ctx, `main`, "Zeppelinstad")
	if !strings.Contains(body, `<img src=x`) {
		t.Errorf("the reader does not show the payload as text: %q", body)
	}
	check("the reader")
	// The renamed actor's page shows the new name as text.
	do(t, ctx, chromedp.Navigate(s.URL+"/actor?id=joe-biden"), wasmReady)
	// (once the stored edits are read: the embedded name shows first)
	if body := waitText(t, ctx, `main h1`, "onerror"); !strings.HasPrefix(body, "Joe "+payloads[0]) {
		t.Errorf("the actor page does not show the renamed name as text: %q", body)
	}
	check("the renamed actor's page")
}
