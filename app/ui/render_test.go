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

// BenchmarkExplorerRender10k builds the explorer's element tree over the
// 10,000-article synthetic corpus: search, facets and the elements, not
// the DOM diff the browser adds.
func BenchmarkExplorerRender10k(b *testing.B) {
	useSynth(b, 10000)
	qs := []string{"regering", "minister", "oekr", `"de minister"`, "mi", ""}
	p := &Explorer{shown: resultsPage}
	i := 0
	for b.Loop() {
		p.state = search.State{Q: qs[i%len(qs)]}
		i++
		p.Render()
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
