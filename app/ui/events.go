package ui

import (
	"strconv"

	"corpusexplorer/app/analysis"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// eventList says how eventItems lists events: the timeline's list marks
// the selected event and links each to its mark; the reader's is compact.
type eventList struct {
	// selected, when set, is the selected event.
	selected *analysis.EventRef
	// show returns the "Show on the timeline" link of an event; nil when
	// the events are not on a timeline.
	show func(analysis.EventRef) app.UI
	// compact lists only the date (a link to the sentence) and the date
	// expression, as beside an article.
	compact bool
}

// eventItems renders events of d's corpus as list items, in the order
// given: the one renderer of events outside the timeline's chart.
func eventItems(d *Data, refs []analysis.EventRef, l eventList) []app.UI {
	items := make([]app.UI, 0, len(refs))
	for _, ref := range refs {
		a, e := d.AC.Articles[ref.Article], d.AC.Event(ref)
		inexact := app.If(!e.Value.Exact, func() app.UI { return app.Span().Class("badge inexact").Text("inexact") })
		if l.compact {
			items = append(items, app.Li().Body(
				app.A().Href("#"+sentenceID(e.Sentence)).Body(
					app.Time().DateTime(e.Value.String()).Text(e.Value.String()),
				),
				app.Span().Class("muted").Lang(textLang).Text(" "+e.Expr.Of(a.Text)),
				inexact,
			))
			continue
		}
		var show app.UI
		if l.show != nil {
			show = l.show(ref)
		}
		var body app.UI
		if e.Kind == analysis.Published || e.Sentence < 0 {
			body = app.P().Body(app.Text("Published: "), app.A().Href(articleHref(a.ID, -1)).Lang(textLang).Text(a.Title), app.Text(" "), show)
		} else {
			body = app.P().Body(
				app.Span().Lang(textLang).Body(marked(d.AC, a, a.Sentences[e.Sentence].Span)...),
				app.Text(" "),
				app.A().Class("more").Href(articleHref(a.ID, e.Sentence)).Aria("label", "Read in the article: "+a.Title).Text("Read in the article →"),
				app.Text(" "),
				show,
			)
		}
		cls := "event " + e.Kind.String() + " " + e.Value.Precision.String()
		if !e.Value.Exact {
			cls += " inexact"
		}
		li := app.Li().Class(cls)
		if l.selected != nil && *l.selected == ref {
			li = li.Class("selected").Aria("current", "true")
		}
		items = append(items, li.DataSet("event", a.ID+"/"+strconv.Itoa(ref.Event)).Body(
			app.P().Class("meta").Body(
				app.Time().DateTime(e.Value.String()).Text(e.Value.String()),
				app.Span().Class("badge").Text(e.Value.Precision.String()),
				inexact,
				app.If(d.Imported[a.ID], func() app.UI { return app.Span().Class("badge imported").Text("imported") }),
			),
			body,
		))
	}
	return items
}
