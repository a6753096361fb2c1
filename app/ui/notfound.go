package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NotFound is the page shown for a path the app has no page for, inside
// the app's layout: the header and its navigation, and the way home.
type NotFound struct {
	app.Compo
	s    *session
	path string
}

// OnNav names the page in the title and remembers the path asked for.
func (p *NotFound) OnNav(ctx app.Context) {
	p.path = ctx.Page().URL().Path
	ctx.Page().SetTitle("Page not found · Corpus Explorer")
}

// Render explains that the page does not exist and links to the pages
// that do.
func (p *NotFound) Render() app.UI {
	msg := "This page does not exist."
	if p.path != "" && app.IsClient {
		msg = "There is no page at “" + p.path + "”."
	}
	return page(p.s, "",
		app.H1().Text("Page not found"),
		app.Div().Class("empty").ID("page-not-found").Body(
			app.P().Text(msg+" The link may be old or mistyped."),
			app.Ul().Class("not-found-links").Body(
				app.Li().Body(app.A().ID("home-link").Href(href("/", nil)).Text("Search the articles")),
				app.Li().Body(app.A().Href(href("/timeline", nil)).Text("See the timeline")),
				app.Li().Body(app.A().Href(href("/actors", nil)).Text("Browse the actors")),
			),
		),
	)
}

// notFoundBody is what a page shows when the corpus has no what ("actor",
// "article") with the id asked for, or none was asked for (id empty),
// with a link back.
func notFoundBody(what, id, back, backText string) []app.UI {
	msg := "No " + what + " was asked for."
	if id != "" {
		msg = "There is no " + what + " with the id “" + id + "” in this corpus."
	}
	return []app.UI{
		app.H1().Text(strings.ToUpper(what[:1]) + what[1:] + " not found"),
		app.P().Class("empty").ID("not-found").Body(
			app.Text(msg+" "),
			app.A().Href(back).Text(backText),
		),
	}
}
