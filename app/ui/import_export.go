package ui

import (
	"strings"

	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
	"corpusexplorer/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// exportPanel downloads the articles that match a search, and their
// events, on /import.
type exportPanel struct {
	app.Compo
	s *session
	// State holds the filters of the URL (the explorer's parameters).
	State search.State

	q       string // the search typed in the export box
	qLoaded bool   // q was taken from the URL once
	events  bool   // with their events
	err     string // why the last export failed
	version int    // of the corpus
	// n is the number of articles to export, counted when the search,
	// the filters or the corpus change (count).
	n int
}

// OnInit takes the URL's query into the export box and counts.
func (p *exportPanel) OnInit() {
	p.q, p.qLoaded = p.State.Q, true
	p.count()
}

// OnMount follows the corpus, whose matching articles the panel counts.
func (p *exportPanel) OnMount(ctx app.Context) {
	ctx.ObserveState(stateCorpus, &p.version).OnChange(p.count)
}

// OnUpdate counts again when the URL's filters changed.
func (p *exportPanel) OnUpdate(ctx app.Context) { p.count() }

// count counts the articles the export would hold.
func (p *exportPanel) count() {
	p.n = 0
	if d := p.s.data(); d.Index != nil {
		p.n = d.Index.Count(p.exportFilter())
	}
}

// Render shows the export's search, its count and the download buttons.
func (p *exportPanel) Render() app.UI {
	dl := func(format string) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			// Read the filter now: go-app keeps the first closure of a
			// handler, so values captured at render time go stale.
			p.err = ""
			f, err := p.s.data().Export(format, p.exportFilter(), p.events)
			if err == nil {
				err = Download(f.Name, f.MIME, f.Data)
			}
			if err != nil {
				p.err = err.Error()
			}
		}
	}
	return app.Section().Class("import-panel").ID("export").Aria("labelledby", "export-h").Body(
		app.H2().ID("export-h").Text("Export"),
		app.Div().Class("edit-grid").Body(
			app.Label().For("export-q").Text("Search (as in the explorer; empty: every article)"),
			app.Input().Type("search").ID("export-q").Value(p.q).
				OnInput(func(ctx app.Context, e app.Event) { p.q = ctx.JSSrc().Get("value").String(); p.count() }),
		),
		app.P().ID("export-count").Text(text.Plural(p.n, "article")+" match."),
		app.Label().Class("check").Body(
			app.Input().Type("checkbox").ID("export-events").Checked(p.events).
				OnChange(func(ctx app.Context, e app.Event) { p.events = ctx.JSSrc().Get("checked").Bool() }),
			app.Text(" with their events"),
		),
		app.Div().Class("edit-row").Body(
			app.Button().Class("button").ID("export-csv").Text("Articles CSV").OnClick(dl(workspace.ExportCSV)),
			app.Button().Class("button").ID("export-json").Text("Articles JSON").OnClick(dl(workspace.ExportJSON)),
			app.Button().Class("button").ID("export-timeline").Text("Timeline events CSV").OnClick(dl(workspace.ExportTimeline)),
			app.Button().Class("button").ID("export-events-csv").Text("Events CSV").Title("Each happening once, with who did what to whom, and its sources").OnClick(dl(workspace.ExportEvents)),
			app.Button().Class("button").ID("export-events-json").Text("Events JSON").OnClick(dl(workspace.ExportEventsJS)),
		),
		app.If(p.err != "", func() app.UI { return app.P().Class("error").Role("alert").Text(p.err) }),
	)
}

// exportFilter is the search state to export: the URL's filters with the
// query typed in the export box.
func (p *exportPanel) exportFilter() search.State {
	st := p.State
	st.Q = strings.TrimSpace(p.q)
	return st
}
