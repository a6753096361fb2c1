package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ImportPage lets the user bring their own articles: /import.
type ImportPage struct {
	app.Compo
}

// Render shows the import controls.
func (p *ImportPage) Render() app.UI {
	return page("/import", app.H1().Text("Your articles"))
}
