package ui

import (
	"corpusexplorer/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// page wraps a page's content with the header and the main landmark.
func page(active string, content ...app.UI) app.UI {
	return app.Div().Class("page").Body(
		&Header{Active: active},
		app.Main().ID("main").Body(content...),
	)
}

func loadError(err error) app.UI {
	return app.Div().Class("error").Role("alert").Body(
		app.Strong().Text("The corpus could not be loaded. "),
		app.Text(err.Error()),
	)
}

// lead returns the text of an article's lead paragraph.
func lead(a *corpus.Article) string {
	if i := a.Lead(); i >= 0 {
		return a.Paragraphs[i].Of(a.Text)
	}
	return ""
}
