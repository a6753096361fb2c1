// Package site builds the explorer's static web site: the go-app handler
// with the app's icons, styles and patched service worker, the generator
// that writes a complete static site to a folder, and a small file server
// that serves such a folder the way a static host does.
package site

import (
	"fmt"
	"strconv"
	"strings"

	"corpusexplorer/app/packfetch"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Name is the product name shown in the page title and the manifest.
const Name = "Corpus Explorer"

// Config says how a site is built.
type Config struct {
	// Base is the sub-path the site is hosted under, such as "/explorer",
	// or "" for the root of a host.
	Base string
	// Version identifies the build; a new value makes installed apps update.
	// It must be set: go-app's default is a time-based value that makes every
	// build look like an update.
	Version string
	// WasmSize is the size of app.wasm in bytes, for the loading progress.
	WasmSize int64
	// Description is the page description (the corpus summary).
	Description string
	// Pack is the folder, relative to the site's root, of the pack the
	// site serves its corpus from (packfetch.Folder), or "" for a site
	// that shows the corpus embedded in app.wasm. The app reads it at
	// start from go-app's environment (packfetch.Env), and the pages
	// carry the pack's page script.
	Pack string
}

// The site's own assets, relative to the web folder. Every one must exist:
// a missing precached file empties the offline cache.
var (
	iconSVG      = "/web/icon.svg"
	icon192      = "/web/icon-192.png"
	icon512      = "/web/icon-512.png"
	iconMaskable = "/web/icon-maskable.png"
	styles       = []string{"/web/style.css", "/web/timeline.css", "/web/actors.css", "/web/import.css"}
)

// earlyInput records what the user types, ticks and focuses in the
// prerendered page before the wasm is ready, in window.__early, so that
// the app can take it over instead of wiping it when it renders the page
// again. The app sets window.__early to null once it has read it.
const earlyInput = `<script>(function () {
  var e = (window.__early = { values: {}, checks: {}, focus: "" });
  function rec(ev) {
    var t = ev.target;
    if (window.__early !== e || !t || !t.id) return;
    if (t.type === "checkbox") e.checks[t.id] = { value: t.value, checked: t.checked };
    else if (typeof t.value === "string") e.values[t.id] = t.value;
  }
  document.addEventListener("input", rec, true);
  document.addEventListener("change", rec, true);
  document.addEventListener("focusin", function (ev) {
    if (window.__early === e && ev.target && ev.target.id) e.focus = ev.target.id;
  }, true);
})();</script>`

// Assets lists the web files that the handler refers to.
func Assets() []string {
	return append([]string{iconSVG, icon192, icon512, iconMaskable}, styles...)
}

// NormalizeBase returns base as "/a/b" (leading slash, no trailing slash),
// or "" for the root. It rejects characters that do not belong in a path.
func NormalizeBase(base string) (string, error) {
	base = strings.Trim(strings.TrimSpace(base), "/")
	if base == "" {
		return "", nil
	}
	for _, r := range base {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/-_.~", r)) {
			return "", fmt.Errorf("base path %q: character %q is not allowed", base, r)
		}
	}
	if strings.Contains(base, "//") || strings.Contains(base, "..") {
		return "", fmt.Errorf("base path %q is not a clean path", base)
	}
	return "/" + base, nil
}

// Handler returns the go-app handler of the explorer for cfg.
func Handler(cfg Config) (*app.Handler, error) {
	if cfg.Version == "" {
		return nil, fmt.Errorf("site: Version must be set")
	}
	base, err := NormalizeBase(cfg.Base)
	if err != nil {
		return nil, err
	}
	worker, err := WorkerTemplate()
	if err != nil {
		return nil, err
	}
	h := &app.Handler{
		Name:            Name,
		ShortName:       "Corpus",
		Title:           Name,
		Description:     cfg.Description,
		Lang:            "en", // the interface's; article text is marked "nl" where it shows
		Author:          Name,
		BackgroundColor: "#111827",
		ThemeColor:      "#1d4ed8",
		LoadingLabel:    "Loading the explorer… {progress}%",
		Icon: app.Icon{
			Default:  icon192,
			Large:    icon512,
			Maskable: iconMaskable,
			SVG:      iconSVG,
		},
		Styles:                styles,
		CacheableResources:    []string{iconSVG},
		RawHeaders:            []string{earlyInput},
		Version:               cfg.Version,
		ServiceWorkerTemplate: worker,
	}
	if cfg.Pack != "" {
		if strings.ContainsAny(cfg.Pack, "/\\.") {
			return nil, fmt.Errorf("site: pack folder %q: a plain folder name is wanted", cfg.Pack)
		}
		h.Env = map[string]string{packfetch.Env: cfg.Pack}
		h.RawHeaders = append(h.RawHeaders, packfetch.PageScript)
	}
	if cfg.WasmSize > 0 {
		h.WasmContentLength = strconv.FormatInt(cfg.WasmSize, 10)
	}
	if base != "" {
		h.Resources = app.PrefixedLocation(base)
	}
	return h, nil
}
