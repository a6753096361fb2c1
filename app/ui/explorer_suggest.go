package ui

import (
	"corpusexplorer/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// didYouMean offers the correction of the state's query (see
// search.Index.Suggest) as a link to the same filters with the corrected
// query; the search box keeps what was typed. It is nil without a
// correction.
func didYouMean(st search.State, corrected string) app.UI {
	if corrected == "" {
		return nil
	}
	st.Q = corrected
	return app.P().Class("did-you-mean").ID("did-you-mean").Body(
		app.Text("Did you mean "),
		app.A().Href(href("/", st.Values())).Lang(textLang).Text(corrected),
		app.Text("?"),
	)
}
