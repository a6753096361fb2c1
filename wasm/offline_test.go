//go:build !wasm

package main

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// loadedFiles lists the same-origin files the page has loaded or refers
// to: fetched resources, images, style sheets, icons and the manifest.
const loadedFiles = `(() => {
	const urls = new Set(performance.getEntriesByType("resource").map(e => e.name));
	for (const el of document.querySelectorAll("img[src], script[src]")) urls.add(el.src);
	for (const el of document.querySelectorAll("link[href]")) {
		if (/stylesheet|icon|manifest|apple-touch-icon/.test(el.rel)) urls.add(el.href);
	}
	return [...urls].filter(u => new URL(u).origin === location.origin).map(u => { const x = new URL(u); return x.pathname; })
		.filter(p => !p.endsWith("/app-worker.js"));
})()`

// TestEveryLoadedFileIsCached visits every page and checks that each file
// it loads or refers to (the header logo among them) is in the service
// worker's cache after the first visit, and that the logo shows offline.
func TestEveryLoadedFileIsCached(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	files := map[string]string{}
	for _, p := range []string{"/", "/timeline", "/actors", "/actor?id=joe-biden", "/article?id=000_6ffce1f1300ed2ce", "/import"} {
		var got []string
		do(t, ctx, chromedp.Navigate(s.URL+p), wasmReady, chromedp.Evaluate(loadedFiles, &got))
		for _, f := range got {
			files[f] = p
		}
	}
	if _, ok := files["/web/icon.svg"]; !ok {
		t.Fatalf("the pages do not load the logo /web/icon.svg: %v", files)
	}
	waitOfflineReady(t, ctx, 10)
	for f, p := range files {
		var cached bool
		do(t, ctx, evalPromise(`caches.match(`+jsString(f)+`).then(r => !!r)`, &cached))
		if !cached {
			t.Errorf("%s (loaded by %s) is not in the offline cache", f, p)
		}
	}
	s.stop()
	var logo bool
	do(t, ctx, chromedp.Navigate(s.URL+"/"), wasmReady,
		waitJS(`document.querySelector("header img").complete`),
		chromedp.Evaluate(`document.querySelector("header img").naturalWidth > 0`, &logo))
	if !logo {
		t.Error("the header logo is a broken image offline")
	}
}

// TestNotFoundPage: an unknown path shows a not-found page inside the
// app's layout, with the header, its navigation and a link home, both
// when the static host answers it (404.html, before and after the wasm
// runs) and when the app is asked for it by a link.
func TestNotFoundPage(t *testing.T) {
	for _, tc := range []struct{ dir, base string }{{siteRoot, ""}, {siteSub, subBase}} {
		t.Run("base="+tc.base, func(t *testing.T) {
			s := serveSite(t, tc.dir, tc.base)
			res, err := http.Get(s.URL + tc.base + "/no-such-page")
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusNotFound {
				t.Errorf("status %d, want 404", res.StatusCode)
			}
			ctx := newBrowser(t)
			var got struct {
				H1, Title, Home string
				Nav             int
			}
			read := `({H1: document.querySelector("main h1").textContent, Title: document.title,
				Home: document.getElementById("home-link").getAttribute("href"), Nav: document.querySelectorAll("header nav a").length})`
			do(t, ctx, chromedp.Navigate(s.URL+tc.base+"/no-such-page"), wasmReady, chromedp.WaitVisible(`#page-not-found`, chromedp.ByQuery), chromedp.Evaluate(read, &got))
			if got.H1 != "Page not found" || got.Title != "Page not found · Corpus Explorer" || got.Home != tc.base+"/" || got.Nav < 3 {
				t.Errorf("not-found page: %+v", got)
			}
			var text string
			do(t, ctx, chromedp.Text(`#page-not-found`, &text, chromedp.ByQuery))
			if !strings.Contains(text, "/no-such-page") {
				t.Errorf("the page does not name the path asked for: %q", text)
			}
			do(t, ctx, chromedp.Click(`#home-link`, chromedp.ByQuery), chromedp.WaitVisible(`#results`, chromedp.ByQuery))
			if p := location(ctx, t); p != tc.base+"/" {
				t.Errorf("the home link went to %s", p)
			}
		})
	}
}
