//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// A CPU profile of the page during a benchmark, read frame by frame: where
// the time of the longest gaps between animation frames went.

// startProfile starts V8's sampling profiler in the page and a record of
// the gaps between animation frames longer than 100 ms
// (window.__frameGaps, in performance.now() milliseconds).
func startProfile(t testing.TB, ctx context.Context) {
	t.Helper()
	do(t, ctx,
		profiler.Enable(),
		profiler.SetSamplingInterval(500), // µs
		profiler.Start(),
		chromedp.Evaluate(`window.__frameGaps = []; window.__profileAt = performance.now();
(() => { let last = performance.now(); const f = () => { const t = performance.now();
  if (t - last > 100) { window.__frameGaps.push([last, t]); }
  last = t; requestAnimationFrame(f); }; requestAnimationFrame(f); })()`, nil))
}

// frameProfile is a CPU profile and the long frame gaps seen meanwhile.
type frameProfile struct {
	p    *profiler.Profile
	gaps [][2]float64 // performance.now() ms
	at   float64      // performance.now() when the profile started
}

// stopProfile stops the profiler and returns the profile.
func stopProfile(t testing.TB, ctx context.Context) frameProfile {
	t.Helper()
	var fp frameProfile
	do(t, ctx,
		chromedp.Evaluate(`window.__frameGaps`, &fp.gaps),
		chromedp.Evaluate(`window.__profileAt`, &fp.at),
		chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			fp.p, err = profiler.Stop().Do(ctx)
			return err
		}))
	return fp
}

// logLongFrames writes into the folder BIGIMPORT_PROFILE names, for each of the n longest frame gaps, the functions
// with the most CPU time in it, by self time and by inclusive time (a
// lower bound: Go's wasm port unwinds the stack when a goroutine yields or
// its stack grows, and callers then drop out of the samples).
func logLongFrames(t testing.TB, fp frameProfile, n int) {
	p := fp.p
	if p == nil || len(p.Samples) == 0 {
		t.Log("empty profile")
		return
	}
	gaps := fp.gaps
	sort.Slice(gaps, func(i, j int) bool { return gaps[i][1]-gaps[i][0] > gaps[j][1]-gaps[j][0] })
	if len(gaps) > n {
		gaps = gaps[:n]
	}
	parent := map[int64]int64{}
	name := map[int64]string{}
	for _, nd := range p.Nodes {
		name[nd.ID] = profName(nd)
		for _, c := range nd.Children {
			parent[c] = nd.ID
		}
	}
	// Sample times in performance.now() milliseconds: the profile starts
	// when the page's clock read fp.at (to within a CDP round trip).
	times := make([]float64, len(p.Samples))
	ts := p.StartTime
	for i := range p.Samples {
		if i < len(p.TimeDeltas) {
			ts += float64(p.TimeDeltas[i])
		}
		times[i] = fp.at + (ts-p.StartTime)/1000
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d frame gaps over 100 ms", len(fp.gaps))
	// The whole profile first, then the longest gaps.
	if len(times) > 0 {
		gaps = append([][2]float64{{times[0], times[len(times)-1]}}, gaps...)
	}
	for _, g := range gaps {
		self, incl := map[string]float64{}, map[string]float64{}
		total := 0.0
		for i, id := range p.Samples {
			if times[i] < g[0] || times[i] > g[1] {
				continue
			}
			d := 0.5 // ms: the sampling interval
			if i+1 < len(times) {
				d = times[i+1] - times[i]
			}
			total += d
			self[name[id]] += d
			seen := map[string]bool{}
			for nd, ok := id, true; ok; nd, ok = parent[nd] {
				if f := name[nd]; !seen[f] {
					seen[f] = true
					incl[f] += d
				}
			}
		}
		what := "gap"
		if g == gaps[0] {
			what = "whole profile"
		}
		fmt.Fprintf(&b, "\n  %s of %.0f ms at %.1f s (%.0f ms sampled)\n    self:", what, g[1]-g[0], (g[0]-fp.at)/1000, total)
		for _, e := range topOf(self, 20) {
			fmt.Fprintf(&b, "\n      %7.1f ms  %s", e.v, e.k)
		}
		b.WriteString("\n    inclusive:")
		for _, e := range topOf(incl, 40) {
			fmt.Fprintf(&b, "\n      %7.1f ms  %s", e.v, e.k)
		}
	}
	dir := os.Getenv("BIGIMPORT_PROFILE")
	path := filepath.Join(dir, strings.NewReplacer("/", "_").Replace(t.Name())+".txt")
	if err := os.WriteFile(path, []byte(b.String()+"\n"), 0o644); err != nil {
		t.Log(b.String())
		return
	}
	t.Logf("frame profile in %s", path)
}

// profName names a profile node: a Go function by its name, V8's own
// entries such as "(garbage collector)" as they are, a JavaScript function
// with its script.
func profName(n *profiler.ProfileNode) string {
	f := n.CallFrame
	if f == nil {
		return "(unknown)"
	}
	name := strings.TrimPrefix(f.FunctionName, "$")
	if strings.HasPrefix(f.URL, "wasm://") || strings.HasPrefix(name, "(") || f.URL == "" && name != "" {
		return name
	}
	if name == "" {
		name = "(anonymous)"
	}
	return fmt.Sprintf("%s (%s:%d)", name, f.URL[strings.LastIndexByte(f.URL, '/')+1:], f.LineNumber+1)
}

type keyVal struct {
	k string
	v float64
}

// topOf returns the n largest entries of m.
func topOf(m map[string]float64, n int) []keyVal {
	out := make([]keyVal, 0, len(m))
	for k, v := range m {
		out = append(out, keyVal{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].v != out[j].v {
			return out[i].v > out[j].v
		}
		return out[i].k < out[j].k
	})
	return out[:min(n, len(out))]
}
