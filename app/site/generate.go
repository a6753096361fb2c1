//go:build !wasm

package site

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"corpusexplorer/app/packfetch"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ContentVersion returns a short hash of every file in the web folder
// (app.wasm included, which embeds the corpus), so that the version changes
// exactly when what users download changes.
func ContentVersion(webDir string) (string, error) {
	h := sha256.New()
	var files []string
	err := filepath.WalkDir(webDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(webDir, p)
		fmt.Fprintf(h, "%s\x00", filepath.ToSlash(rel))
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// siteVersion is the version of a site built from webDir, serving the
// pack in folder pack (or none): a hash of ContentVersion, of the pack
// folder and of the patches this package makes to go-app's page script
// and service worker, which live outside webDir, so that a change to
// either reaches installed apps too. The pack's own files are not part of
// it: they are named by their content, and the app fetches manifest.json
// from the network first.
func siteVersion(webDir, pack string) (string, error) {
	v, err := ContentVersion(webDir)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", v)
	if pack != "" {
		fmt.Fprintf(h, "pack %s\x00%s\x00", pack, packfetch.PageScript)
	}
	for _, p := range append(loaderPatches, workerPatches...) {
		fmt.Fprintf(h, "%s\x00%s\x00", p.old, p.new)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// NotFound is the path of the not-found page, prerendered into 404.html,
// which static hosts serve for the paths they do not have. The app shows
// it for every path no exact route takes.
const NotFound = "/404"

// Generate writes the complete static site for cfg into dir: every page
// prerendered by h, go-app's scripts, manifest and service worker, and a
// copy of webDir (which must hold app.wasm). Every exact route is
// prerendered, and NotFound; pages are extra paths to prerender. dir
// should be empty or absent.
func Generate(dir, webDir string, cfg Config, pages ...string) error {
	pages = append([]string{NotFound}, pages...)
	wasm, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return fmt.Errorf("site: %w (build the wasm first: make wasm)", err)
	}
	if cfg.WasmSize == 0 {
		cfg.WasmSize = wasm.Size()
	}
	if cfg.Version == "" {
		if cfg.Version, err = siteVersion(webDir, cfg.Pack); err != nil {
			return err
		}
	}
	for _, a := range Assets() {
		if _, err := os.Stat(filepath.Join(webDir, strings.TrimPrefix(a, "/web/"))); err != nil {
			return fmt.Errorf("site: asset %s listed in the handler is missing: %w", a, err)
		}
	}
	h, err := Handler(cfg)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dir, h, pages...); err != nil {
		return fmt.Errorf("site: generating pages: %w", err)
	}
	if err := patchLoaderFile(filepath.Join(dir, "app.js")); err != nil {
		return fmt.Errorf("site: %w", err)
	}
	if err := copyDir(filepath.Join(dir, "web"), webDir); err != nil {
		return err
	}
	base, _ := NormalizeBase(cfg.Base)
	return fixManifest(filepath.Join(dir, "manifest.webmanifest"), base)
}

// fixManifest sets the manifest's scope to the site's base: go-app always
// writes "/", which under a sub-path claims pages that are not the app's.
func fixManifest(path, base string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if icons, ok := m["icons"].([]any); ok {
		for _, ic := range icons {
			if ic, ok := ic.(map[string]any); ok && ic["purpose"] == "" {
				delete(ic, "purpose")
			}
		}
	}
	m["scope"] = base + "/"
	m["start_url"] = base + "/"
	m["id"] = base + "/"
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}

func copyDir(dst, src string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
}
