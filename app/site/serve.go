//go:build !wasm

package site

import (
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// FileServer serves a generated site from dir the way a static host does:
// under base (a sub-path such as "/explorer", or ""), "/x" is answered with
// x, x.html or x/index.html, and an unknown path with 404.html and status
// 404. Every answer asks the browser to revalidate, so a new deployment is
// seen at once; the service worker keeps the app working offline.
func FileServer(dir, base string) http.Handler {
	base, _ = NormalizeBase(base)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if base != "" {
			if p == base {
				http.Redirect(w, r, base+"/", http.StatusMovedPermanently)
				return
			}
			if !strings.HasPrefix(p, base+"/") {
				notFound(w, dir)
				return
			}
			p = strings.TrimPrefix(p, base)
		}
		p = path.Clean("/" + p)
		w.Header().Set("Cache-Control", "no-cache")
		for _, c := range []string{p, p + ".html", path.Join(p, "index.html")} {
			name := filepath.Join(dir, filepath.FromSlash(c))
			if fi, err := os.Stat(name); err == nil && !fi.IsDir() {
				if strings.HasSuffix(name, ".webmanifest") {
					w.Header().Set("Content-Type", "application/manifest+json")
				}
				http.ServeFile(w, r, name)
				return
			}
		}
		notFound(w, dir)
	})
}

func notFound(w http.ResponseWriter, dir string) {
	b, err := os.ReadFile(filepath.Join(dir, "404.html"))
	if err != nil {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write(b)
}
