//go:build !wasm

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"corpusexplorer/app/site"

	"github.com/chromedp/chromedp"
)

// timeJS defines window.timeIt(action): it runs an action and resolves
// with the milliseconds until the page has changed and the next frame is
// drawn (the first DOM mutation after the action, then one animation
// frame).
const timeJS = `window.timeIt = (act) => new Promise((resolve, reject) => {
  let t0;
  const obs = new MutationObserver(() => {
    obs.disconnect();
    window.lastMutation = performance.now() - t0;
    requestAnimationFrame(() => resolve(performance.now() - t0));
  });
  obs.observe(document.getElementById("main"), {subtree: true, childList: true, characterData: true, attributes: true});
  t0 = performance.now();
  act();
  setTimeout(() => { obs.disconnect(); reject(new Error("the page did not change")); }, 30000);
}); true`

// interactions are what a user does on the explorer, as JS actions; each
// changes the page.
var interactions = []string{
	`typeQ("regering")`, `typeQ("minister")`, `typeQ("oekr")`, `typeQ("\"de minister\"")`,
	`typeQ("oorlog vrede")`, `typeQ("mi")`, `typeQ("pres")`, `typeQ("minister -oorlog")`,
	`typeQ("gesprekken")`, `typeQ("")`,
	`document.querySelector("#actor-facet input[type=checkbox]").click()`,
	`document.querySelector("#actor-facet input[type=checkbox]").click()`,
	`setRange("from", "min")`, `setRange("to", "min")`, `document.getElementById("clear-all").click()`,
	`document.getElementById("sort").value = "oldest"; document.getElementById("sort").dispatchEvent(new Event("change", {bubbles: true}))`,
	`document.getElementById("sort").value = "relevance"; document.getElementById("sort").dispatchEvent(new Event("change", {bubbles: true}))`,
}

const actionsJS = `
window.typeQ = (s) => { const q = document.getElementById("q"); q.value = s; q.dispatchEvent(new Event("input", {bubbles: true})); };
window.setRange = (id, bound) => {
  const months = [...document.querySelectorAll("#months option")].map(o => o.value); // latest first
  const el = document.getElementById(id); el.value = bound === "min" ? months[months.length - 1] : months[0];
  el.dispatchEvent(new Event("change", {bubbles: true}));
};
true`

// latencies are the times of a run of interactions: until the next frame
// after the page changed, and until the DOM changed. Cold ones are the
// first time each action runs after the page loaded, while the browser
// still compiles and optimises the code it runs; warm ones are the rounds
// after.
type latencies struct {
	cold, warm, coldDOM, warmDOM []time.Duration
}

// measureInteractions runs every interaction rounds times on the explorer
// at url.
func measureInteractions(b *testing.B, url string, rounds int) latencies {
	ctx := newBrowser(b)
	var ok bool
	do(b, ctx, chromedp.Navigate(url), wasmReady, chromedp.WaitVisible(`#actor-facet input`, chromedp.ByQuery),
		chromedp.Evaluate(timeJS, &ok), chromedp.Evaluate(actionsJS, &ok))
	var l latencies
	for r := 0; r < rounds; r++ {
		for _, act := range interactions {
			var ms, mut float64
			// Actions come at a brisk typist's pace, 150 ms apart, so that
			// each finds the page done with the previous one (the URL
			// follows after the paint).
			do(b, ctx, chromedp.Sleep(150*time.Millisecond),
				evalPromise(fmt.Sprintf(`timeIt(() => { %s })`, act), &ms), chromedp.Evaluate(`window.lastMutation`, &mut))
			if os.Getenv("INTERACT_VERBOSE") != "" {
				b.Logf("%6.1f ms (DOM changed after %5.1f ms)  %s", ms, mut, act)
			}
			frame, dom := time.Duration(ms*float64(time.Millisecond)), time.Duration(mut*float64(time.Millisecond))
			if r == 0 {
				l.cold, l.coldDOM = append(l.cold, frame), append(l.coldDOM, dom)
			} else {
				l.warm, l.warmDOM = append(l.warm, frame), append(l.warmDOM, dom)
			}
		}
	}
	return l
}

// report reports p50 and p95 of all the interactions and of the warm ones.
func (l latencies) report(b *testing.B, name string) {
	reportLatency(b, name, slices.Concat(l.cold, l.warm))
	reportLatency(b, name+"-dom", slices.Concat(l.coldDOM, l.warmDOM))
	reportLatency(b, name+"-warm", l.warm)
	reportLatency(b, name+"-warm-dom", l.warmDOM)
}

func reportLatency(b *testing.B, name string, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	p50, p95 := lat[len(lat)/2], lat[len(lat)*95/100]
	b.ReportMetric(float64(p50.Microseconds())/1000, name+"-p50-ms")
	b.ReportMetric(float64(p95.Microseconds())/1000, name+"-p95-ms")
	b.Logf("%s: %d interactions, p50 %v, p95 %v, max %v", name, len(lat), p50, p95, lat[len(lat)-1])
}

// interactRounds is how many times each interaction runs: INTERACT_ROUNDS,
// 4 by default (one cold round, three warm).
func interactRounds() int {
	if n, err := strconv.Atoi(os.Getenv("INTERACT_ROUNDS")); err == nil && n > 0 {
		return n
	}
	return 4
}

// BenchmarkWasmInteraction times explorer interactions (typing, ticking an
// actor, choosing months, sorting) until the next frame after the page
// changed: on the seeds, and on a build that embeds the 10,000-article
// synthetic corpus instead (build tag benchsynth). Each action runs
// INTERACT_ROUNDS times (default 4); the first round is also reported
// apart from the others, as cold.
func BenchmarkWasmInteraction(b *testing.B) {
	s := serveSite(b, siteRoot, "")
	measureInteractions(b, s.URL+"/", interactRounds()).report(b, "seeds")
	if os.Getenv("INTERACT_SEEDS_ONLY") != "" {
		return
	}

	dir := b.TempDir()
	web := filepath.Join(dir, "web")
	if err := copyTree(web, "../web"); err != nil {
		b.Fatal(err)
	}
	build := exec.Command("go", "build", "-tags", "benchsynth", "-trimpath", "-ldflags=-s -w -X corpusexplorer/app/workspace.SynthArticles=10000", "-o", filepath.Join(web, "app.wasm"), ".")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("building the benchmark wasm: %v\n%s", err, out)
	}
	root := filepath.Join(dir, "site")
	if err := site.Generate(root, web, site.Config{}); err != nil {
		b.Fatal(err)
	}
	s10k := serveSite(b, root, "")
	t0 := time.Now()
	l := measureInteractions(b, s10k.URL+"/", interactRounds())
	b.Logf("10k: start-up and interactions took %v", time.Since(t0))
	l.report(b, "synth10k")
}
