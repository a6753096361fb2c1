package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Actors lists every actor of the corpus: /actors.
type Actors struct {
	app.Compo
}

// Render lists the actors.
func (p *Actors) Render() app.UI {
	return page("/actors", app.H1().Text("Actors"))
}

// ActorPage shows one actor: /actor?id=ID.
type ActorPage struct {
	app.Compo
}

// Render shows the actor.
func (p *ActorPage) Render() app.UI {
	return page("/actors", app.H1().Text("Actor"))
}
