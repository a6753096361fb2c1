//go:build !wasm

package site

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testSite writes a small generated site into a fresh folder inside a
// parent that also holds a file outside the site, and returns the site.
func testSite(t *testing.T) string {
	t.Helper()
	parent := t.TempDir()
	dir := filepath.Join(parent, "site")
	files := map[string]string{
		"index.html":           "index",
		"timeline.html":        "timeline",
		"404.html":             "not found page",
		"manifest.webmanifest": `{"name":"x"}`,
		"x/index.html":         "x index",
		"web/app.js":           "js",
		"web/style.css":        "css",
		".secret":              "secret",
		".git/config":          "git",
		"web/.hidden":          "hidden",
		"../outside.txt":       "outside",
		"../outdir/f.txt":      "outside dir",
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// get asks h for method and target and checks the answers every response
// must carry.
func get(t *testing.T, h http.Handler, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	done := make(chan *httptest.ResponseRecorder, 1)
	go func() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(method, target, nil))
		done <- w
	}()
	select {
	case w := <-done:
		if got := w.Header().Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s %s: X-Content-Type-Options %q, want nosniff", method, target, got)
		}
		return w
	case <-time.After(5 * time.Second):
		t.Fatalf("%s %s hangs", method, target)
		return nil
	}
}

// TestFileServerLookup keeps the static host's lookup: x, x.html,
// x/index.html, 404.html with status 404, no-cache, the manifest's type
// and the base sub-path.
func TestFileServerLookup(t *testing.T) {
	dir := testSite(t)
	for _, tt := range []struct {
		base, target string
		status       int
		body         string // the body, or the Location of a redirect
	}{
		{"", "/", 200, "index"},
		{"", "/timeline", 200, "timeline"},
		{"", "/timeline.html", 200, "timeline"},
		{"", "/x", 200, "x index"},
		{"", "/x/", 200, "x index"},
		{"", "/index.html", 301, "./"},
		{"", "/web/app.js", 200, "js"},
		{"", "/nothing", 404, "not found page"},
		{"", "/web/../timeline", 404, "not found page"},
		{"/explorer", "/explorer/", 200, "index"},
		{"/explorer", "/explorer/timeline", 200, "timeline"},
		{"/explorer", "/explorer", 301, "/explorer/"},
		{"/explorer", "/timeline", 404, "not found page"},
	} {
		w := get(t, FileServer(dir, tt.base), "GET", tt.target)
		got := w.Body.String()
		if w.Code == 301 {
			got = w.Header().Get("Location")
		}
		if w.Code != tt.status || got != tt.body {
			t.Errorf("base %q, GET %s: %d %q, want %d %q", tt.base, tt.target, w.Code, got, tt.status, tt.body)
		}
		if tt.status != 301 && w.Header().Get("Cache-Control") != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q", tt.target, w.Header().Get("Cache-Control"))
		}
	}
	w := get(t, FileServer(dir, ""), "GET", "/manifest.webmanifest")
	if ct := w.Header().Get("Content-Type"); ct != "application/manifest+json" {
		t.Errorf("manifest Content-Type %q", ct)
	}
	w = get(t, FileServer(dir, ""), "GET", "/web/style.css")
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/css") {
		t.Errorf("style.css Content-Type %q", ct)
	}
	if w := get(t, FileServer(filepath.Join(dir, "none"), ""), "GET", "/"); w.Code != 404 {
		t.Errorf("a missing site: %d", w.Code)
	}
}

// TestFileServerMethods answers GET and HEAD and refuses the others.
func TestFileServerMethods(t *testing.T) {
	h := FileServer(testSite(t), "")
	if w := get(t, h, "HEAD", "/timeline"); w.Code != 200 || w.Body.Len() != 0 {
		t.Errorf("HEAD: %d, %d bytes", w.Code, w.Body.Len())
	}
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"} {
		w := get(t, h, m, "/timeline")
		if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: %d, Allow %q; want 405, Allow GET, HEAD", m, w.Code, w.Header().Get("Allow"))
		}
	}
}

// TestFileServerHidesDotFiles never serves a dot-file or a path with a
// dot-segment.
func TestFileServerHidesDotFiles(t *testing.T) {
	dir := testSite(t)
	for _, base := range []string{"", "/explorer"} {
		h := FileServer(dir, base)
		for _, target := range []string{
			"/.secret", "/.git/config", "/.git/", "/web/.hidden", "/./index.html", "/web/./app.js",
			"/../outside.txt", "/%2e%2e/outside.txt", "/web/%2E%2E/timeline", "/x/..", `/web\..\timeline`, "/.html",
		} {
			w := get(t, h, "GET", base+target)
			if w.Code != 404 || w.Body.String() != "not found page" {
				t.Errorf("base %q, GET %s: %d %q, want 404", base, target, w.Code, w.Body.String())
			}
		}
	}
}

// TestFileServerSymlinks follows a link inside the site and refuses one
// that leads out of it, and anything but a regular file.
func TestFileServerSymlinks(t *testing.T) {
	dir := testSite(t)
	for link, target := range map[string]string{
		"in.js":      "web/app.js",
		"out.txt":    "../outside.txt",
		"abs.txt":    filepath.Join(filepath.Dir(dir), "outside.txt"),
		"outdir":     "../outdir",
		"zero.html":  "/dev/zero",
		"web/up.txt": "../../outside.txt",
	} {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(link))); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
	if ok, err := mkfifo(filepath.Join(dir, "pipe.html")); !ok || err != nil {
		t.Log("no named pipe:", err)
	}
	h := FileServer(dir, "")
	if w := get(t, h, "GET", "/in.js"); w.Code != 200 || w.Body.String() != "js" {
		t.Errorf("a link inside the site: %d %q", w.Code, w.Body.String())
	}
	for _, target := range []string{"/out.txt", "/abs.txt", "/outdir/f.txt", "/zero", "/zero.html", "/web/up.txt", "/pipe", "/web"} {
		if w := get(t, h, "GET", target); w.Code != 404 || w.Body.String() != "not found page" {
			t.Errorf("GET %s: %d %.40q, want 404", target, w.Code, w.Body.String())
		}
	}
}

// TestNewServerTimeouts checks that the server cannot be held by slow or
// idle clients.
func TestNewServerTimeouts(t *testing.T) {
	h := http.NotFoundHandler()
	s := NewServer("127.0.0.1:0", h)
	if s.Addr != "127.0.0.1:0" || s.Handler == nil {
		t.Errorf("Addr %q, Handler %v", s.Addr, s.Handler)
	}
	for name, d := range map[string]time.Duration{
		"ReadHeaderTimeout": s.ReadHeaderTimeout, "ReadTimeout": s.ReadTimeout,
		"WriteTimeout": s.WriteTimeout, "IdleTimeout": s.IdleTimeout,
	} {
		if d <= 0 || d > 5*time.Minute {
			t.Errorf("%s = %v, want a bound of at most 5 min", name, d)
		}
	}
	if s.ReadHeaderTimeout != 10*time.Second || s.IdleTimeout != 60*time.Second {
		t.Errorf("ReadHeaderTimeout %v, IdleTimeout %v; want 10s, 60s", s.ReadHeaderTimeout, s.IdleTimeout)
	}
}
