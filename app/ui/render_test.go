package ui

import (
	"fmt"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
	"corpusexplorer/app/synth"
	"corpusexplorer/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BenchmarkExplorerRender10k renders the explorer, its facets and results
// over the 10,000-article synthetic corpus: search, facets and elements,
// written out as HTML rather than diffed against a DOM as in the browser.
func BenchmarkExplorerRender10k(b *testing.B) {
	s := synthSession(b, 10000)
	qs := []string{"regering", "minister", "oekr", `"de minister"`, "mi", ""}
	i := 0
	for b.Loop() {
		app.HTMLString(&Explorer{s: s, shown: resultsPage, state: search.State{Q: qs[i%len(qs)]}})
		i++
	}
}

// synthSession returns a session whose corpus is the synthetic corpus of
// n articles.
func synthSession(tb testing.TB, n int) *session {
	return testSession(tb, workspace.New(func(g *actors.Gazetteer) (*analysis.Corpus, error) {
		var files []corpus.File
		for _, f := range synth.Generate(n, 42) {
			files = append(files, corpus.File{Name: f.Name, Data: f.Data})
		}
		c, _ := corpus.New(nil)
		c, err := c.Add(files...)
		if err != nil {
			return nil, err
		}
		return analysis.Analyse(c, g.NewExtractor()), nil
	}))
}

// testSession returns a session whose model is w.
func testSession(tb testing.TB, w *workspace.Workspace) *session {
	if d := w.Current(); d.Err != nil {
		tb.Fatal(d.Err)
	}
	return newSession(w)
}

// TestTimelineCapsLargeResults: on a large result the timeline draws the
// events of the first articles only, lists a bounded number of events and
// says so, with a way to see more.
func TestTimelineCapsLargeResults(t *testing.T) {
	html := app.HTMLString(&Timeline{s: synthSession(t, 300)})
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

// TestTimelineDragReusesSearch: moving the view (what each pointer move of
// a drag does) lays the marks out again without searching or building the
// chart again; a change of filter does both.
func TestTimelineDragReusesSearch(t *testing.T) {
	p := &Timeline{s: synthSession(t, 500)}
	first := app.HTMLString(p)
	if p.builds != 1 {
		t.Fatalf("%d builds for the first render", p.builds)
	}
	fit := p.cur
	s := p.chart.Scale(fit).Zoom(4, fit.Width/2)
	moved := first
	for i := 1; i <= 5; i++ {
		p.view = p.chart.Scale(s).Pan(float64(i * 40))
		moved = app.HTMLString(p)
	}
	if p.builds != 1 {
		t.Errorf("%d builds after five moves of the view, want 1", p.builds)
	}
	if moved == first {
		t.Error("moving the view changed nothing on screen")
	}
	p.state.Q = "minister"
	app.HTMLString(p)
	if p.builds != 2 {
		t.Errorf("%d builds after a new query, want 2", p.builds)
	}
}

// BenchmarkTimelineDrag10k renders the timeline of the 10,000-article
// synthetic corpus as a drag does, one pan per render; searches/op is the
// number of times the search and the chart were worked out again per move
// (0 is right). BenchmarkTimelineRebuild10k is the same render with the
// chart worked out each time: the cost a drag would pay without reuse.
func BenchmarkTimelineDrag10k(b *testing.B)    { benchTimelineDrag(b, false) }
func BenchmarkTimelineRebuild10k(b *testing.B) { benchTimelineDrag(b, true) }

func benchTimelineDrag(b *testing.B, rebuild bool) {
	p := &Timeline{s: synthSession(b, 10000)}
	app.HTMLString(p)
	s := p.chart.Scale(p.cur).Zoom(4, p.cur.Width/2)
	builds := p.builds
	i := 0
	for b.Loop() {
		if rebuild {
			p.built = nil
		}
		p.view = p.chart.Scale(s).Pan(float64(i%60) * 10)
		app.HTMLString(p)
		i++
	}
	b.ReportMetric(float64(p.builds-builds)/float64(i), "searches/op")
}

// TestEventSourcesBounded: a happening told in many sentences lists a
// bounded number of them in the list of events (then a link to the
// event), and in the panel of the selected event the first panelSources,
// then a button to show them all, which shows them all.
func TestEventSourcesBounded(t *testing.T) {
	s := synthSession(t, 1500)
	d := s.data()
	best, param := 0, ""
	for i := range d.AC.Happenings().List {
		h := &d.AC.Happenings().List[i]
		if len(h.Mentions()) > best {
			best, param = len(h.Mentions()), h.ID
		}
	}
	if best <= panelSources+1 {
		t.Skipf("no happening with more than %d sentences (%d)", panelSources+1, best)
	}
	html := app.HTMLString(&Timeline{s: s})
	if n := strings.Count(html, `<li class="event`); n == 0 {
		t.Fatal("no events listed")
	}
	if !strings.Contains(html, " more sentences</summary>") {
		t.Error("no happening's other sentences folded in the list")
	}
	// Folded, the other sentences are not drawn; opened, at most
	// foldedSources of them, then a link to the event.
	h, _ := d.AC.Happenings().ByID(param)
	more := &moreSources{D: corpusView{Data: d}, H: h, Event: param}
	if closed := app.HTMLString(more); strings.Contains(closed, "<li") || !strings.Contains(closed, fmt.Sprintf("%d more sentences", best-shownSources)) {
		t.Errorf("folded: %s", closed)
	}
	more.opened = h
	opened := app.HTMLString(more)
	if n := strings.Count(opened, "<li"); n != foldedSources+1 || !strings.Contains(opened, "see them all with the event on the timeline") {
		t.Errorf("opened: %d items, want %d and a link to the event", n, foldedSources+1)
	}
	p := &Timeline{s: s, event: param}
	html = app.HTMLString(p)
	panel := func(html string) string {
		also := html[strings.Index(html, `class="tl-also"`):]
		return also[:strings.Index(also, "</section>")]
	}
	also := panel(html)
	if n := strings.Count(also, "<li"); n > panelSources+shownSources+foldedSources+2 {
		t.Errorf("%d sentences in the panel, want about %d", n, panelSources)
	}
	if !strings.Contains(also, `id="tl-all-sources"`) {
		t.Fatal("no button to show every sentence")
	}
	p.allSourcesOf = param
	html = app.HTMLString(p)
	also = panel(html)
	if strings.Contains(also, `id="tl-all-sources"`) || strings.Count(also, "<li") < best-1 {
		t.Errorf("%d sentences once all are asked for, want %d", strings.Count(also, "<li"), best-1)
	}
}
