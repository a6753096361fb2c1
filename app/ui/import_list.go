package ui

import (
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// importedShown is how many imported articles are listed at first.
const importedShown = 100

// importedPanel lists the user's imported articles, each with a way to
// remove it, on /import.
type importedPanel struct {
	app.Compo
	s *session

	// all lists every imported article, not only the first ones.
	all              bool
	version, changes int // of the corpus, and of the user's data
}

// OnMount follows imports and removals.
func (p *importedPanel) OnMount(ctx app.Context) {
	observeCorpus(ctx, &p.version)
	ctx.ObserveState(stateUser, &p.changes)
}

func (p *importedPanel) Render() app.UI {
	arts := p.s.ws.ImportedArticles()
	n := len(arts)
	if !p.all {
		arts = arts[:min(n, importedShown)]
	}
	items := make([]app.UI, 0, len(arts))
	for _, a := range arts {
		items = append(items, app.Li().Class("imported").DataSet("id", a.ID).Body(
			app.A().Href(href("/article", url.Values{"id": {a.ID}})).Lang(textLang).Text(a.Title),
			app.Span().Class("meta").Text(" "+a.Date.String()+" · "+a.ID+" "),
			app.Button().Class("button remove").Aria("label", "Remove "+a.ID).Text("Remove").Disabled(p.s.imp.importing).OnClick(p.onRemove(a.ID), app.EventScope("remove", a.ID)),
		))
	}
	return app.Section().Class("import-panel").Aria("labelledby", "imported-h").Body(
		app.H2().ID("imported-h").Text(fmt.Sprintf("Imported articles (%d)", n)),
		app.If(len(items) == 0, func() app.UI { return app.P().Class("muted").Text("None yet.") }),
		app.Ul().ID("imported-list").Class("imported-list").Body(items...),
		app.If(len(items) < n, func() app.UI {
			return app.Button().Class("linkish").ID("all-imported").Textf("Show all %d", n).
				OnClick(func(ctx app.Context, e app.Event) { p.all = true })
		}),
		app.If(len(items) > 0, func() app.UI {
			return app.Button().Class("button danger").ID("remove-all").Text("Remove all imported articles").Disabled(p.s.imp.importing).OnClick(p.onRemove(""))
		}),
	)
}

func (p *importedPanel) onRemove(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(actionRemove, id) }
}
