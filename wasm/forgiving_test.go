//go:build !wasm

package main

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAliasesOfSeveralWords: every alias in seeds/actors.tsv finds its
// actor's articles, one word or several, quoted or not.
func TestAliasesOfSeveralWords(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	count := func(query string) string {
		var c string
		do(t, ctx, chromedp.Navigate(s.URL+"/?"+query), wasmReady, chromedp.Text(`#result-count`, &c, chromedp.ByQuery))
		return c
	}
	for _, tc := range []struct{ q, actor string }{
		{"White House", "witte-huis"},
		{`"White House"`, "witte-huis"},
		{"white house", "witte-huis"},
		{"United States", "verenigde-staten"},
		{"European Union", "eu"},
		{`"European Union"`, "eu"},
		{"putin", "vladimir-poetin"},
	} {
		got, want := count("q="+url.QueryEscape(tc.q)), count("actor="+tc.actor)
		if got != want || strings.HasPrefix(got, "0 ") {
			t.Errorf("q=%s: %q, want %q (the articles of %s)", tc.q, got, want, tc.actor)
		}
	}
}

// TestDidYouMean: a typo offers the word the corpus has, as a link, without
// replacing what the user typed; the actor find box forgives one typo.
func TestDidYouMean(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	for _, tc := range []struct{ typo, want string }{
		{"Poetn", "poetin"},
		{"Stoltenburg", "stoltenberg"},
		{"Oekriane", "oekraïne"},
	} {
		var got struct {
			Q, Count, Suggest, Href string
		}
		do(t, ctx, chromedp.Navigate(s.URL+"/?q="+url.QueryEscape(tc.typo)), wasmReady,
			waitJS(`!!document.querySelector("#did-you-mean a")`),
			chromedp.Evaluate(`({Q: document.getElementById("q").value, Count: document.getElementById("result-count").textContent,
				Suggest: document.querySelector("#did-you-mean a").textContent, Href: document.querySelector("#did-you-mean a").getAttribute("href")})`, &got))
		if got.Q != tc.typo || strings.ToLower(got.Suggest) != tc.want {
			t.Errorf("q=%s: box %q, suggestion %q, want %q", tc.typo, got.Q, got.Suggest, tc.want)
			continue
		}
		var after string
		do(t, ctx, chromedp.Click(`#did-you-mean a`, chromedp.ByQuery), waitJS(`!document.querySelector("#did-you-mean")`),
			chromedp.Text(`#result-count`, &after, chromedp.ByQuery))
		if strings.HasPrefix(after, "0 ") || location(ctx, t) != "/?q="+url.QueryEscape(tc.want) {
			t.Errorf("following the suggestion for %s: %q at %s", tc.typo, after, location(ctx, t))
		}
	}
	// An exact word gets no suggestion.
	var none bool
	do(t, ctx, chromedp.Navigate(s.URL+"/?q=poetin"), wasmReady, chromedp.Evaluate(`!document.querySelector("#did-you-mean")`, &none))
	if !none {
		t.Error("q=poetin offers a correction")
	}
	// The facet's find box and the actor list's find box forgive a typo.
	var names []string
	do(t, ctx, chromedp.Navigate(s.URL+"/"), wasmReady, chromedp.SendKeys(`#find-actor`, "Stoltenburg", chromedp.ByQuery),
		waitJS(`[...document.querySelectorAll("#actor-facet .name")].some(n => n.checkVisibility())`),
		chromedp.Evaluate(`[...document.querySelectorAll("#actor-facet .name")].filter(n => n.checkVisibility()).map(n => n.textContent)`, &names))
	if len(names) == 0 || names[0] != "Jens Stoltenberg" {
		t.Errorf("facet find Stoltenburg: %q", names)
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/actors?q=Poetn"), wasmReady,
		chromedp.Evaluate(`[...document.querySelectorAll("#actor-table tbody .actor-name")].map(n => n.textContent)`, &names))
	if len(names) == 0 || names[0] != "Vladimir Poetin" {
		t.Errorf("/actors?q=Poetn: %q", names)
	}
}
