//go:build !wasm

package main

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeServer checks the serve command's server: its address, its
// timeouts, and the site it serves.
func TestServeServer(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := siteServer(dir, "127.0.0.1:0", ""); err == nil || !strings.Contains(err.Error(), "no site in") {
		t.Fatalf("an empty folder: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("index"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := siteServer(dir, "127.0.0.1:0", "/a b"); err == nil {
		t.Error("a bad base is accepted")
	}
	srv, base, err := siteServer(dir, "127.0.0.1:0", "explorer/")
	if err != nil {
		t.Fatal(err)
	}
	if srv.Addr != "127.0.0.1:0" || base != "/explorer" {
		t.Errorf("Addr %q, base %q", srv.Addr, base)
	}
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 {
		t.Errorf("timeouts not all set: read-header %v, read %v, write %v, idle %v",
			srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout)
	}
	w := httptest.NewRecorder()
	srv.Handler.ServeHTTP(w, httptest.NewRequest("GET", "/explorer/", nil))
	if w.Code != 200 || w.Body.String() != "index" || w.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("GET /explorer/: %d %q %v", w.Code, w.Body.String(), w.Header())
	}
}
