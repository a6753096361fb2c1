//go:build !wasm

package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axe-core (https://github.com/dequelabs/axe-core, MPL-2.0) checks the
// pages for accessibility problems. It is downloaded by the tests from the
// npm registry, checked against fixed hashes and cached outside the
// repository; it is never vendored nor shipped with the site.
const (
	axeVersion = "4.14.1"
	axeURL     = "https://registry.npmjs.org/axe-core/-/axe-core-" + axeVersion + ".tgz"
	// The registry's "integrity" of the tarball: base64 of its SHA-512.
	axeIntegrity = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
	axeMinSHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"
)

// axeScript returns the source of axe.min.js, from the cache when its hash
// is right, else downloaded and cached. Without network it skips the test,
// except in CI (CI=true), where it fails.
func axeScript(t testing.TB) string {
	t.Helper()
	src, err := loadAxe()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("axe-core %s: %v", axeVersion, err)
		}
		t.Skipf("axe-core %s is not available (no network?): %v", axeVersion, err)
	}
	return src
}

func loadAxe() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	cached := filepath.Join(dir, "corpusexplorer", "axe-core-"+axeVersion, "axe.min.js")
	if b, err := os.ReadFile(cached); err == nil && sha256Hex(b) == axeMinSHA256 {
		return string(b), nil
	}
	b, err := downloadAxe()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(cached), 0o755); err == nil {
		tmp := cached + ".tmp"
		if os.WriteFile(tmp, b, 0o644) == nil {
			os.Rename(tmp, cached) // a failed cache only costs a download
		}
	}
	return string(b), nil
}

// downloadAxe fetches the tarball, checks its integrity and returns its
// package/axe.min.js once that file's hash is checked too.
func downloadAxe() ([]byte, error) {
	client := &http.Client{Timeout: 60 * time.Second}
	res, err := client.Get(axeURL)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", axeURL, res.Status)
	}
	tgz, err := io.ReadAll(io.LimitReader(res.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %v", axeURL, err)
	}
	sum := sha512.Sum512(tgz)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != axeIntegrity {
		return nil, fmt.Errorf("%s: integrity %s, want %s", axeURL, got, axeIntegrity)
	}
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, errors.New("the tarball has no package/axe.min.js")
		}
		if err != nil {
			return nil, err
		}
		if h.Name != "package/axe.min.js" {
			continue
		}
		b, err := io.ReadAll(io.LimitReader(tr, 16<<20))
		if err != nil {
			return nil, err
		}
		if got := sha256Hex(b); got != axeMinSHA256 {
			return nil, fmt.Errorf("axe.min.js: sha256 %s, want %s", got, axeMinSHA256)
		}
		return b, nil
	}
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// axeViolation is the part of an axe result the test reports.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []string `json:"target"`
		Summary string   `json:"summary"`
	} `json:"nodes"`
}

// runAxe injects axe into the current page and returns its violations,
// and with incomplete also what axe could not decide (impact
// "review-serious" and so on).
func runAxe(src string, incomplete bool, out *[]axeViolation) chromedp.Action {
	return chromedp.Tasks{
		chromedp.Evaluate(src+"\n;void 0", nil),
		evalPromise(`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.concat(`+strconv.FormatBool(incomplete)+` ? r.incomplete.map(v => ({...v, impact: "review-" + v.impact})) : []).map(v => ({
			id: v.id, impact: v.impact || "", help: v.help,
			nodes: v.nodes.map(n => ({target: n.target.map(String), summary: n.failureSummary || ""})),
		})))`, out),
	}
}

// TestAxe runs axe-core on every page, light and dark, wide and narrow,
// and fails on any serious or critical violation and on heading-order;
// the others are logged. AXE_SCREENSHOTS=DIR saves a full-page PNG of
// each page checked into DIR; AXE_INCOMPLETE=1 also logs what axe leaves
// for a person to review.
func TestAxe(t *testing.T) {
	if browser == "" {
		newBrowser(t) // skips or fails, before any download
	}
	src := axeScript(t)
	s := serveSite(t, siteRoot, "")
	// open is clicked before the check, when shown (the filter drawer on a
	// phone), and then is waited for.
	pages := []struct{ path, wait, open, then string }{
		{"/", `#results > li`, "", ""},
		{"/", `#results > li`, `#filters-toggle`, ""},
		{"/timeline", `#timeline-list`, "", ""},
		{"/actors", `#actor-table caption`, "", ""},
		{"/actor?id=joe-biden", `#actor[data-actor="joe-biden"]`, "", ""},
		{"/article?id=000_6ffce1f1300ed2ce", `#article`, "", ""},
		{"/import", `#import-h`, "", ""},
		{"/?q=poetin", `#results > li`, "", ""},
		{"/?q=xyzzy", `#no-results`, "", ""},
		{"/?actor=joe-biden&from=2021-12", `#active-filters`, "", ""},
		{"/timeline?lanes=actor", `#timeline-list`, `#timeline-list a.show`, `#tl-selected`},
		{"/no-such-page", `#page-not-found`, "", ""},
	}
	for _, width := range []int64{1280, 375} {
		for _, scheme := range []string{"light", "dark"} {
			t.Run(fmt.Sprintf("%s-%d", scheme, width), func(t *testing.T) {
				t.Parallel()
				ctx := newBrowser(t)
				mobile := width < 600
				emulate := chromedp.Tasks{
					chromedp.EmulateViewport(width, 800, func(p *emulation.SetDeviceMetricsOverrideParams, s *emulation.SetTouchEmulationEnabledParams) {
						p.Mobile = mobile
						s.Enabled = mobile
					}),
					emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}),
				}
				do(t, ctx, emulate)
				for _, pg := range pages {
					name := pg.path
					var vs []axeViolation
					pctx, cancel := context.WithTimeout(ctx, 20*time.Second)
					err := chromedp.Run(pctx, chromedp.Navigate(s.URL+pg.path), wasmReady, chromedp.WaitVisible(pg.wait, chromedp.ByQuery))
					if pg.open != "" && err == nil {
						var shown bool
						name += " with " + pg.open + " clicked"
						if err = chromedp.Run(pctx, chromedp.Evaluate(`document.querySelector(`+jsString(pg.open)+`).checkVisibility()`, &shown)); err == nil && !shown {
							cancel()
							continue
						}
						if err == nil {
							err = chromedp.Run(pctx, chromedp.Click(pg.open, chromedp.ByQuery), chromedp.Sleep(100*time.Millisecond))
						}
						if err == nil && pg.then != "" {
							err = chromedp.Run(pctx, chromedp.WaitVisible(pg.then, chromedp.ByQuery))
						}
					}
					if err == nil {
						err = chromedp.Run(pctx, runAxe(src, os.Getenv("AXE_INCOMPLETE") != "", &vs))
					}
					if dir := os.Getenv("AXE_SCREENSHOTS"); dir != "" && err == nil {
						var png []byte
						if err = chromedp.Run(pctx, chromedp.FullScreenshot(&png, 100)); err == nil {
							file := strings.Trim(strings.NewReplacer("/", "-", "?", "-", "=", "-", "#", "", " ", "-").Replace(strings.TrimPrefix(name, "/")), "-")
							if strings.HasPrefix(name, "/ ") || strings.HasPrefix(name, "/?") || name == "/" {
								file = strings.Trim("explorer-"+file, "-")
							}
							err = os.WriteFile(filepath.Join(dir, fmt.Sprintf("axe-%s-%s-%d.png", file, scheme, width)), png, 0o644)
						}
					}
					cancel()
					if err != nil {
						t.Errorf("%s (%s, %dpx): %v", name, scheme, width, err)
						continue
					}
					for _, v := range vs {
						report := t.Logf
						if v.Impact == "serious" || v.Impact == "critical" || v.ID == "heading-order" {
							report = t.Errorf
						}
						var nodes []string
						for i, n := range v.Nodes {
							if i == 3 {
								nodes = append(nodes, fmt.Sprintf("… %d more", len(v.Nodes)-3))
								break
							}
							nodes = append(nodes, fmt.Sprintf("  %s: %s", strings.Join(n.Target, " "), strings.ReplaceAll(n.Summary, "\n", " / ")))
						}
						report("axe %s (%s) on %s, %s, %dpx: %s; %d nodes\n%s", v.ID, v.Impact, name, scheme, width, v.Help, len(v.Nodes), strings.Join(nodes, "\n"))
					}
				}
			})
		}
	}
}
