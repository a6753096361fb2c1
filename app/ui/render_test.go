package ui

import (
	"strings"
	"testing"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
	"corpusexplorer/app/synth"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BenchmarkExplorerRender10k renders the explorer, its facets and results
// over the 10,000-article synthetic corpus: search, facets and elements,
// written out as HTML rather than diffed against a DOM as in the browser.
func BenchmarkExplorerRender10k(b *testing.B) {
	useSynth(b, 10000)
	qs := []string{"regering", "minister", "oekr", `"de minister"`, "mi", ""}
	i := 0
	for b.Loop() {
		app.HTMLString(&Explorer{shown: resultsPage, state: search.State{Q: qs[i%len(qs)]}})
		i++
	}
}

// useSynth makes the synthetic corpus of n articles the current one for
// the duration of a test.
func useSynth(tb testing.TB, n int) {
	g, err := gazetteer()
	if err != nil {
		tb.Fatal(err)
	}
	var files []corpus.File
	for _, f := range synth.Generate(n, 42) {
		files = append(files, corpus.File{Name: f.Name, Data: f.Data})
	}
	c, _ := corpus.New(nil)
	if c, err = c.Add(files...); err != nil {
		tb.Fatal(err)
	}
	ac := analysis.Analyse(c, g.NewExtractor())
	current.Store(&Data{AC: ac, Index: ac.Index(), Version: 1})
	tb.Cleanup(func() { current.Store(nil) })
}

// TestTimelineCapsLargeResults: on a large result the timeline draws the
// events of the first articles only, lists a bounded number of events and
// says so, with a way to see more.
func TestTimelineCapsLargeResults(t *testing.T) {
	useSynth(t, 300)
	html := app.HTMLString(&Timeline{})
	if !strings.Contains(html, `id="timeline-cap"`) || !strings.Contains(html, "of 300 matching articles") {
		t.Error("no notice that only part of 300 articles is drawn")
	}
	if n := strings.Count(html, `<li class="event`); n > timelineListed {
		t.Errorf("%d events listed, want at most %d", n, timelineListed)
	}
	if !strings.Contains(html, `id="more-events"`) {
		t.Error("no button to list more events")
	}
	if n := strings.Count(html, `tl-lane-label`); n > timelineArticles {
		t.Errorf("%d lanes drawn, want at most %d", n, timelineArticles)
	}
}
