//go:build !wasm

package site

import (
	"slices"

	"corpusexplorer/app/packfetch"

	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goappJS returns the app.js that go-app serves for cfg.
func goappJS(t *testing.T, cfg Config) string {
	t.Helper()
	h, err := Handler(cfg)
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/app.js", nil))
	if w.Code != 200 {
		t.Fatalf("GET /app.js: %d", w.Code)
	}
	return w.Body.String()
}

func TestLoaderPatch(t *testing.T) {
	for _, base := range []string{"", "/explorer"} {
		js, err := patchLoader(goappJS(t, Config{Version: "v", Base: base, WasmSize: 1000}))
		if err != nil {
			t.Fatalf("base %q: %v", base, err)
		}
		for _, want := range []string{"response.clone().body.getReader()", "return response;", `fetchWithProgress("` + base + `/web/app.wasm", showProgress)`} {
			if !strings.Contains(js, want) {
				t.Errorf("base %q: patched app.js lacks %q", base, want)
			}
		}
		if strings.Contains(js, "new ReadableStream") || strings.Contains(js, "new Response(") {
			t.Errorf("base %q: patched app.js still wraps the response", base)
		}
	}
}

func TestLoaderPatchFailsLoudly(t *testing.T) {
	js := goappJS(t, Config{Version: "v"})
	changed := strings.Replace(js, "controller.enqueue(value);", "controller.enqueue(value.slice());", 1)
	if _, err := patchLoader(changed); err == nil || !strings.Contains(err.Error(), "go-app upgraded") {
		t.Fatalf("patchLoader on a changed app.js: err = %v, want a loud error", err)
	}
	if _, err := patchLoader(js + "\n" + goappFetchWithProgress); err == nil {
		t.Fatal("patchLoader with the function twice: no error")
	}
}

// TestGeneratePatchesLoader checks the generated site's app.js, and that
// the version follows the patches as well as the web folder.
func TestGeneratePatchesLoader(t *testing.T) {
	web := t.TempDir()
	for _, a := range append(Assets(), "/web/app.wasm") {
		p := filepath.Join(web, strings.TrimPrefix(a, "/web/"))
		if err := os.WriteFile(p, []byte(a), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Join(t.TempDir(), "site")
	if err := Generate(dir, web, Config{}); err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile(filepath.Join(dir, "app.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), "response.clone().body.getReader()") {
		t.Error("the generated app.js is not patched")
	}
	v, err := siteVersion(web, "")
	if err != nil {
		t.Fatal(err)
	}
	cv, _ := ContentVersion(web)
	if !strings.Contains(string(js), `"GOAPP_VERSION":"`+v+`"`) || v == cv {
		t.Errorf("app.js does not carry the site version %s (content version %s)", v, cv)
	}
	saved := loaderPatches[0].new
	loaderPatches[0].new += "\n"
	defer func() { loaderPatches[0].new = saved }()
	if v2, _ := siteVersion(web, ""); v2 == v {
		t.Error("a changed loader patch keeps the site version")
	}
	loaderPatches[0].new = saved
	if v3, _ := siteVersion(web, packfetch.Folder); v3 == v {
		t.Error("the same site serving a pack has the version of the one without")
	}
	// A site with a pack tells the app where it is, and carries the page
	// script that fetches its files.
	packed := filepath.Join(t.TempDir(), "packed")
	if err := Generate(packed, web, Config{Pack: packfetch.Folder}); err != nil {
		t.Fatal(err)
	}
	js, _ = os.ReadFile(filepath.Join(packed, "app.js"))
	if !strings.Contains(string(js), `"`+packfetch.Env+`":"`+packfetch.Folder+`"`) {
		t.Error("a site built with a pack does not name it in app.js")
	}
	h, err := Handler(Config{Version: "1", Pack: packfetch.Folder})
	if err != nil || !slices.Contains(h.RawHeaders, packfetch.PageScript) {
		t.Errorf("the pages of a site with a pack lack the page script (%v)", err)
	}
	if _, err := Handler(Config{Version: "1", Pack: "../x"}); err == nil {
		t.Error("a pack folder with a path: no error")
	}
}
