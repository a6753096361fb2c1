package ui

import (
	"net/url"
	"strconv"

	"corpusexplorer/app/explore"
	"corpusexplorer/app/packcorpus"
	"corpusexplorer/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// packResults renders the cards of a page of hits over a pack (see
// packcorpus.Card). Its exported fields are its props.
type packResults struct {
	app.Compo
	s     *session
	Cards []packcorpus.Card
	State search.State // the links carry it
}

// Render lists the cards; arrow keys move between their titles.
func (r *packResults) Render() app.UI {
	items := make([]app.UI, 0, len(r.Cards))
	for _, c := range r.Cards {
		items = append(items, r.card(c))
	}
	return app.Ul().Class("results").ID("results").Aria("label", "Matching articles").
		OnKeyDown(moveFocus(resultLinks)).OnClick(r.onClick).Body(items...)
}

// onClick toggles the actor of the chip clicked, if any (see
// resultList.onClick). The chip is found by its place: the card's among
// the cards and its own among the card's chips, which are drawn in the
// order of Cards and their Actors. (A chip's own attribute naming the
// actor would be one more attribute to set on each of some sixty chips
// every time a search draws its answer.)
func (r *packResults) onClick(ctx app.Context, e app.Event) {
	chip := e.Get("target").Call("closest", "button.chip")
	if !chip.Truthy() {
		ctx.PreventUpdate()
		return
	}
	item := chip.Get("parentElement")
	i, j := childIndex(item.Call("closest", "li.result")), childIndex(item)
	if i < 0 || i >= len(r.Cards) || j < 0 || j >= len(r.Cards[i].Actors) {
		ctx.PreventUpdate()
		return
	}
	navigate(ctx, "/", explore.Toggle(r.State, r.Cards[i].Actors[j].ID))
}

// childIndex returns the place of element el among the elements of its
// parent, or -1.
func childIndex(el app.Value) int {
	if !el.Truthy() || !el.Get("parentElement").Truthy() {
		return -1
	}
	return app.Window().Get("Array").Get("prototype").Get("indexOf").Call("call", el.Get("parentElement").Get("children"), el).Int()
}

// card renders one hit: title, date, snippets and main actors.
func (r *packResults) card(c packcorpus.Card) app.UI {
	snips := make([]app.UI, 0, len(c.Snippets))
	for _, sn := range c.Snippets {
		snips = append(snips, app.P().Class("snippet").Body(highlight(sn)...))
	}
	if len(snips) == 0 {
		snips = append(snips, app.P().Class("snippet").Text(c.Lead))
	}
	chips := make([]app.UI, 0, len(c.Actors)+1)
	for _, a := range c.Actors {
		cls := "chip " + a.Type.String()
		if a.Selected {
			cls += " selected"
		}
		chips = append(chips, app.Li().Body(
			app.Button().Type("button").Class(cls).Lang(textLang).
				Aria("pressed", strconv.FormatBool(a.Selected)).
				Text(a.Name),
		))
	}
	if c.More > 0 {
		chips = append(chips, app.Li().Class("more-actors muted").Textf("+%d more", c.More))
	}
	return app.Li().Class("result").Body(
		app.H2().Lang(textLang).Body(app.A().Href(packReaderHref(c.Doc, r.State)).Text(c.Title)),
		app.P().Class("meta").Body(app.Time().DateTime(c.Date.String()).Text(c.Date.String())),
		app.Div().Lang(textLang).Body(snips...),
		app.Ul().Class("chips").Aria("label", "Main actors").Body(chips...),
	)
}

// packReaderHref links to article number doc of a pack, carrying the
// search state (the reader leads back to it). A pack's articles are
// found by number: the pack holds no table of ids.
func packReaderHref(doc int, st search.State) string {
	v := st.Values()
	v.Set("doc", strconv.Itoa(doc))
	return href("/article", v)
}

// actorFilterHref links to the explorer filtered by an actor.
func actorFilterHref(id string) string {
	return href("/", url.Values{"actor": {id}})
}
