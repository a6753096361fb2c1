package ui

import (
	"slices"
	"strconv"

	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resultList renders a page of matching articles. Its exported fields are
// its props: go-app compares them on each render of the explorer and
// renders the list again only when one changed.
type resultList struct {
	app.Compo
	s        *session
	Hits     []search.Hit
	State    search.State        // the links carry it
	InResult []search.ActorCount // the result's actor facet, which ranks ties among a card's actors
	Version  int                 // the corpus's

	kept kept[search.Hit]
}

// kept holds the last non-empty list a component showed, of one corpus
// version. While the list is empty its items stay in the page, hidden, so
// that the next list updates their elements in place: building a page of
// results or facet groups anew costs go-app several times more than
// updating one.
type kept[T any] struct {
	items   []T
	version int
}

// show returns the items to render and whether to hide them: items when
// there are any (and keeps them), else the kept ones of the same corpus
// version, hidden.
func (k *kept[T]) show(items []T, version int) ([]T, bool) {
	switch {
	case len(items) > 0:
		*k = kept[T]{items, version}
	case k.version == version && len(k.items) > 0:
		return k.items, true
	}
	return items, false
}

// cardActors is the number of actors named on a result card.
const cardActors = 6

// resultLinks selects the result titles, which the arrow keys move between.
const resultLinks = "#results > li h2 a"

// Render lists the hits; arrow keys move between their titles.
func (r *resultList) Render() app.UI {
	d := r.s.data()
	hits, hidden := r.kept.show(r.Hits, r.Version)
	items := make([]app.UI, 0, len(hits))
	weight := explore.Weights(r.InResult)
	for _, h := range hits {
		items = append(items, r.result(d, h, weight))
	}
	ul := app.Ul().Class("results").ID("results").Aria("label", "Matching articles")
	if hidden {
		ul = ul.Hidden(true) // an attribute "false" would hide it too, before the wasm runs
	}
	return ul.OnKeyDown(moveFocus(resultLinks)).OnClick(r.onClick).Body(items...)
}

// onClick toggles the actor of the chip clicked, if any: one handler for
// every chip, each naming its actor in data-actor. Chips are buttons, not
// links, so that their targets need not follow every change of the state.
func (r *resultList) onClick(ctx app.Context, e app.Event) {
	chip := e.Get("target").Call("closest", "button[data-actor]")
	if !chip.Truthy() {
		ctx.PreventUpdate()
		return
	}
	navigate(ctx, "/", explore.Toggle(r.State, chip.Get("dataset").Get("actor").String()))
}

// result renders one hit: title, date, snippets and main actors.
func (r *resultList) result(d *Data, h search.Hit, weight map[string]int) app.UI {
	ac := d.AC
	a := ac.Articles[h.Index]
	snips := make([]app.UI, 0, len(h.Snippets))
	for _, sn := range h.Snippets {
		snips = append(snips, app.P().Class("snippet").Body(highlight(sn)...))
	}
	if len(snips) == 0 {
		snips = append(snips, app.P().Class("snippet").Text(text.Clip(lead(a.Article), 240)))
	}
	counts, more := explore.CardActors(a.Actors(), r.State, weight, cardActors)
	chips := make([]app.UI, 0, len(counts)+1)
	for _, c := range counts {
		act, _ := ac.Actor(c.ID)
		sel := slices.Contains(r.State.Actors, c.ID)
		cls := "chip " + act.Type.String()
		if sel {
			cls += " selected"
		}
		chips = append(chips, app.Li().Body(
			app.Button().Type("button").Class(cls).DataSet("actor", c.ID).Lang(textLang).
				Aria("pressed", strconv.FormatBool(sel)).Body(
				app.Text(act.Name),
				discoveredBadge(act),
			),
		))
	}
	if more > 0 {
		chips = append(chips, app.Li().Class("more-actors muted").Textf("+%d more", more))
	}
	return app.Li().Class("result").Body(
		app.H2().Lang(textLang).Body(app.A().Href(readerHref(a.ID, -1, r.State)).Text(a.Title)),
		app.P().Class("meta").Body(
			app.Time().DateTime(a.Date.String()).Text(a.Date.String()),
			app.If(d.IsImported(a.ID), func() app.UI { return app.Span().Class("badge imported").Text("imported") }),
		),
		app.Div().Lang(textLang).Body(snips...),
		mainHappenings(d, h.Index, r.State),
		app.Ul().Class("chips").Aria("label", "Main actors").Body(chips...),
	)
}

// cardHappenings is the number of happenings named on a result card.
const cardHappenings = 3

// mainHappenings names the main happenings an article tells of (see
// explore.MainHappenings), each with its date.
func mainHappenings(d *Data, i int, st search.State) app.UI {
	hs := explore.MainHappenings(d.AC, i, cardHappenings, st)
	if len(hs) == 0 {
		return nil
	}
	items := make([]app.UI, 0, len(hs))
	for _, h := range hs {
		items = append(items, app.Li().Body(
			app.Time().DateTime(h.Date.String()).Text(h.Date.String()),
			app.Text(" "),
			app.Span().Class("what").Text(explore.HappeningLabel(d.AC, h)),
		))
	}
	return app.Ul().Class("card-events").Aria("label", "What it tells of").Body(items...)
}
