//go:build !wasm

package site

import (
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strings"
	"time"
)

// The timeouts of NewServer. Writing gets minutes, for app.wasm over a
// slow link; a client that sends its headers slowly, or keeps an idle
// connection, is dropped much sooner.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 2 * time.Minute
	idleTimeout       = 60 * time.Second
)

// NewServer returns a server for handler on addr with read-header, read,
// write and idle timeouts, so that slow or idle clients cannot hold
// connections open without end.
func NewServer(addr string, handler http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
	}
}

// FileServer serves a generated site from dir the way a static host does:
// under base (a sub-path such as "/explorer", or ""), "/x" is answered with
// x, x.html or x/index.html, and an unknown path with 404.html and status
// 404. Every answer asks the browser to revalidate, so a new deployment is
// seen at once; the service worker keeps the app working offline.
//
// Only GET and HEAD are answered; other methods get 405 with an Allow
// header. Dot-files and paths with a segment that starts with a dot
// (".git", "..") are not found, nor is anything but a regular file, nor a
// symbolic link that is absolute or leads out of dir: files are opened
// through an os.Root of dir, opened anew for each request so that a
// rebuilt site is served at once. Every answer carries
// "X-Content-Type-Options: nosniff".
func FileServer(dir, base string) http.Handler {
	base, _ = NormalizeBase(base)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
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
		if hasDotSegment(p) {
			notFound(w, dir)
			return
		}
		root, err := os.OpenRoot(dir)
		if err != nil {
			notFound(w, dir)
			return
		}
		defer root.Close()
		p = path.Clean("/" + p)
		for _, c := range []string{p, p + ".html", path.Join(p, "index.html")} {
			if hasDotSegment(c) { // "/" + ".html"
				continue
			}
			f, info, ok := openRegular(root, strings.TrimPrefix(c, "/"))
			if !ok {
				continue
			}
			defer f.Close()
			// As http.ServeFile does, ".../index.html" is redirected to ".../".
			if strings.HasSuffix(r.URL.Path, "/index.html") {
				to := "./"
				if q := r.URL.RawQuery; q != "" {
					to += "?" + q
				}
				w.Header().Set("Location", to)
				w.WriteHeader(http.StatusMovedPermanently)
				return
			}
			if strings.HasSuffix(c, ".webmanifest") {
				w.Header().Set("Content-Type", "application/manifest+json")
			}
			http.ServeContent(w, r, c, info.ModTime(), f)
			return
		}
		notFound(w, dir)
	})
}

// hasDotSegment reports whether a segment of the URL path p starts with a
// dot: a dot-file, ".", or "..". Backslashes count as separators, as they
// do for file names on Windows.
func hasDotSegment(p string) bool {
	for _, s := range strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == '\\' }) {
		if strings.HasPrefix(s, ".") {
			return true
		}
	}
	return false
}

// openRegular opens name in root when it is a regular file (following
// only symbolic links that stay inside root).
func openRegular(root *os.Root, name string) (*os.File, fs.FileInfo, bool) {
	if name == "" {
		return nil, nil, false
	}
	// Stat first: opening a named pipe would wait for a writer.
	if info, err := root.Stat(name); err != nil || !info.Mode().IsRegular() {
		return nil, nil, false
	}
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, false
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, false
	}
	return f, info, true
}

// notFound answers with dir's 404.html and status 404, or with a plain
// text 404 when the site has none.
func notFound(w http.ResponseWriter, dir string) {
	var b []byte
	if root, err := os.OpenRoot(dir); err == nil {
		if f, _, ok := openRegular(root, "404.html"); ok {
			b, err = io.ReadAll(f)
			f.Close()
			if err != nil {
				b = nil
			}
		}
		root.Close()
	}
	if b == nil {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write(b)
}
