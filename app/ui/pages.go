package ui

import (
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// page wraps a page's content with the header and the main landmark.
func page(s *session, active string, content ...app.UI) app.UI {
	return app.Div().Class("page").Body(
		&Header{Active: active, s: s},
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

// noticeList shows the notices about the URL and the query. The list is
// there even when empty, so that the elements after it keep their place:
// go-app matches children by position and builds anew, rather than
// updates, an element whose place now holds another kind of element.
func noticeList(notes []search.Notice) app.UI {
	items := make([]app.UI, 0, len(notes))
	for _, n := range notes {
		items = append(items, app.P().Class("notice-inline").Role("status").Text(n.String()))
	}
	return app.Div().Class("notices").Body(items...)
}

// slot holds a part that comes and goes: the slot stays, so that the
// parts after it keep their place and are updated, not built anew (see
// noticeList).
func slot(show bool, part func() app.UI) app.UI {
	return app.Div().Class("slot").Body(app.If(show, part))
}

const svgNS = "http://www.w3.org/2000/svg"

// svg returns an SVG element with its namespace set (go-app does not
// inherit it from the parent).
func svg(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }
