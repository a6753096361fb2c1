package ui

import (
	"corpusexplorer/app/analysis"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Timeline shows the events of the corpus in calendar order.
type Timeline struct {
	app.Compo
}

// OnNav sets the page title.
func (p *Timeline) OnNav(ctx app.Context) { ctx.Page().SetTitle("Timeline · Corpus Explorer") }

// Render lists every event: the dated sentences and the publications.
func (p *Timeline) Render() app.UI {
	d := data()
	ac, err := d.AC, d.Err
	if err != nil {
		return page("/timeline", loadError(err))
	}
	refs := ac.Timeline(nil)
	items := make([]app.UI, 0, len(refs))
	for _, r := range refs {
		a := ac.Articles[r.Article]
		e := ac.Event(r)
		cls := "event " + e.Kind.String() + " " + e.Value.Precision.String()
		if !e.Value.Exact {
			cls += " inexact"
		}
		var body app.UI
		if e.Kind == analysis.Published {
			body = app.P().Body(app.Text("Published: "), app.A().Href(articleHref(a.ID, -1)).Text(a.Title))
		} else {
			body = app.P().Body(
				app.Span().Body(marked(ac, a, a.Sentences[e.Sentence].Span)...),
				app.Text(" "),
				app.A().Class("more").Href(articleHref(a.ID, e.Sentence)).Aria("label", "Read in the article: "+a.Title).Text("Read in the article →"),
			)
		}
		items = append(items, app.Li().Class(cls).Body(
			app.P().Class("meta").Body(
				app.Time().DateTime(e.Value.String()).Text(e.Value.String()),
				app.Span().Class("badge").Text(e.Value.Precision.String()),
				app.If(!e.Value.Exact, func() app.UI { return app.Span().Class("badge inexact").Text("inexact") }),
			),
			body,
		))
	}
	sum := ac.Summary()
	return page("/timeline",
		app.H1().Text("Timeline"),
		app.P().Class("count").Textf("%d events from %d articles, in calendar order", len(refs), sum.Articles),
		app.Ol().Class("events").ID("timeline-list").Body(items...),
	)
}

