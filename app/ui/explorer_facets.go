package ui

import (
	"fmt"
	"strconv"
	"strings"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dateFacet renders the month histogram of the matching articles and the
// from/to controls. Its exported fields are its props; the drag and the
// month under the pointer are its own state.
type dateFacet struct {
	app.Compo
	s      *session
	Bins   []explore.Bin
	State  search.State
	Days   bool          // the corpus has day-dated articles
	Months []corpus.Date // the corpus's months, latest first

	dragging bool // a drag over the histogram is under way
	dragFrom int  // bin where the drag started
	dragTo   int  // bin under the pointer during a drag
	hover    int  // bin under the pointer plus one; 0 when outside
}

// Histogram size in SVG units; the drawing stretches to the facet's width.
const histW, histH = 240.0, 64.0

// Render draws the bars as three paths (months outside the range, inside
// it, under a drag), so that a histogram of many years stays a handful of
// elements; the month under the pointer is named below the bars.
func (f *dateFacet) Render() app.UI {
	return app.Section().Class("facet date-facet").Aria("labelledby", "date-h").Body(
		app.H3().ID("date-h").Text("Date"),
		f.histogram(),
		app.Div().Class("range").Body(
			app.Label().For("from").Text("From"),
			dateInput("from", f.State.From, f.Days).OnChange(f.onFrom),
			app.Label().For("to").Text("To"),
			dateInput("to", f.State.To, f.Days).OnChange(f.onTo),
		),
		app.P().Class("hint").ID("date-hint").Text(f.hint()),
		monthList(f.Months),
		app.H4().Class("happened-h").ID("happened-h").Text("When it happened"),
		app.Div().Class("range").Role("group").Aria("labelledby", "happened-h").Body(
			app.Label().For("efrom").Text("From"),
			happenedInput("efrom", f.State.EFrom).OnChange(f.onEFrom),
			app.Label().For("eto").Text("To"),
			happenedInput("eto", f.State.ETo).OnChange(f.onETo),
		),
		app.P().Class("hint").ID("happened-hint").Text("Of what they tell of: 2022-01 finds talks announced for January 2022."),
	)
}

// happenedInput is a box of when it happened: a month or a day.
func happenedInput(id string, d corpus.Date) app.HTMLInput {
	return app.Input().ID(id).Type("text").Value(dateValue(d)).
		Placeholder("YYYY-MM").Title("YYYY-MM or YYYY-MM-DD").Aria("describedby", "happened-hint").
		Attr("inputmode", "numeric").Attr("pattern", `\d{4}-\d{2}(-\d{2})?`).
		AutoComplete(false).Spellcheck(false)
}

func (f *dateFacet) onEFrom(ctx app.Context, e app.Event) { f.setHappened(ctx, false) }
func (f *dateFacet) onETo(ctx app.Context, e app.Event)   { f.setHappened(ctx, true) }

func (f *dateFacet) histogram() app.UI {
	bins := f.Bins
	if len(bins) == 0 {
		return app.Div().Class("histogram")
	}
	lo, hi := -1, -1
	if f.dragging {
		lo, hi = min(f.dragFrom, f.dragTo), max(f.dragFrom, f.dragTo)
	}
	dragged := func(i int) bool { return i >= lo && i <= hi }
	path := func(cls string, keep func(i int) bool) app.UI {
		return svg("path").Class("bars "+cls).Attr("d", explore.BarsPath(bins, histW, histH, keep))
	}
	first, last := bins[0].Month.String(), bins[len(bins)-1].Month.String()
	return app.Div().Class("histogram").Body(
		svg("svg").ID("histogram").Attr("viewBox", fmt.Sprintf("0 0 %g %g", histW, histH)).
			Attr("preserveAspectRatio", "none").Attr("role", "img").
			Aria("label", fmt.Sprintf("Matching articles per month, %s to %s; click or drag to choose months", first, last)).
			On("pointerdown", f.onDown).
			On("pointermove", f.onMove).
			On("pointerup", f.onUp).
			On("pointerleave", f.onLeave).
			On("pointercancel", f.onCancel).
			Body(
				path("out", func(i int) bool { return !bins[i].InRange && !dragged(i) }),
				path("in", func(i int) bool { return bins[i].InRange && !dragged(i) }),
				path("drag", dragged),
				path("hover", func(i int) bool { return i == f.hover-1 }),
			),
		app.Div().Class("axis").Body(
			app.Span().Aria("hidden", "true").Text(first),
			app.Span().ID("histogram-readout").Text(f.readout()),
			app.Span().Aria("hidden", "true").Text(last),
		),
	)
}

// readout names the month under the pointer, or the months of a drag,
// with their number of matching articles.
func (f *dateFacet) readout() string {
	switch {
	case f.dragging && f.dragFrom != f.dragTo && max(f.dragFrom, f.dragTo) < len(f.Bins):
		lo, hi := min(f.dragFrom, f.dragTo), max(f.dragFrom, f.dragTo)
		return fmt.Sprintf("%s – %s: %s", f.Bins[lo].Month, f.Bins[hi].Month, text.Plural(explore.Total(f.Bins[lo:hi+1]), "article"))
	case f.hover > 0 && f.hover <= len(f.Bins):
		b := f.Bins[f.hover-1]
		return fmt.Sprintf("%s: %s", b.Month, text.Plural(b.Count, "article"))
	}
	return ""
}

// binAt returns the histogram bin under a pointer event.
func binAt(e app.Event, n int) int {
	r := e.Get("currentTarget").Call("getBoundingClientRect")
	return explore.BinAt(e.Get("clientX").Float()-r.Get("left").Float(), r.Get("width").Float(), n)
}

func (f *dateFacet) onDown(ctx app.Context, e app.Event) {
	if e.Get("button").Int() != 0 || len(f.Bins) == 0 {
		return
	}
	e.Get("currentTarget").Call("setPointerCapture", e.Get("pointerId"))
	i := binAt(e, len(f.Bins))
	f.dragging, f.dragFrom, f.dragTo = true, i, i
}

// onMove follows the pointer: the drag's end, or the month it is over.
// Moves within the same bin change nothing.
func (f *dateFacet) onMove(ctx app.Context, e app.Event) {
	if len(f.Bins) == 0 {
		ctx.PreventUpdate()
		return
	}
	i := binAt(e, len(f.Bins))
	switch {
	case f.dragging && i != f.dragTo:
		f.dragTo = i
	case !f.dragging && i+1 != f.hover:
		f.hover = i + 1
	default:
		ctx.PreventUpdate()
	}
}

func (f *dateFacet) onUp(ctx app.Context, e app.Event) {
	if !f.dragging || len(f.Bins) == 0 {
		return
	}
	f.dragging = false
	a, b := f.Bins[min(f.dragFrom, len(f.Bins)-1)].Month, f.Bins[binAt(e, len(f.Bins))].Month
	navigate(ctx, "/", explore.PickMonths(f.State, a, b))
}

func (f *dateFacet) onLeave(ctx app.Context, e app.Event) {
	if f.hover == 0 {
		ctx.PreventUpdate()
	}
	f.hover = 0
}

func (f *dateFacet) onCancel(ctx app.Context, e app.Event) { f.dragging = false }

func (f *dateFacet) onFrom(ctx app.Context, e app.Event) { f.setDate(ctx, false) }
func (f *dateFacet) onTo(ctx app.Context, e app.Event)   { f.setDate(ctx, true) }

// hint says how to write a date in the boxes.
func (f *dateFacet) hint() string {
	if f.Days {
		return "A month (2021-12) or a day (2021-12-07)."
	}
	return "A month, such as 2021-12."
}

// setDate applies the from or to box's value; an unreadable value changes
// nothing and is marked invalid with what to write, a range given
// backwards is turned round.
func (f *dateFacet) setDate(ctx app.Context, to bool) {
	if d, ok := readDate(ctx.JSSrc()); ok {
		navigate(ctx, "/", explore.WithBound(f.State, d, to))
	}
}

// setHappened applies the box of when it happened, as setDate does.
func (f *dateFacet) setHappened(ctx app.Context, to bool) {
	if d, ok := readDate(ctx.JSSrc()); ok {
		navigate(ctx, "/", explore.WithHappened(f.State, d, to))
	}
}

// readDate reads a date box: a month, a day or nothing; an unreadable
// value is marked invalid with what to write, and reported not ok.
func readDate(in app.Value) (corpus.Date, bool) {
	var d corpus.Date
	if v := strings.TrimSpace(in.Get("value").String()); v != "" {
		var err error
		if d, err = corpus.ParseDate(v); err != nil {
			in.Call("setCustomValidity", "Write a month as YYYY-MM or a day as YYYY-MM-DD, e.g. 2021-12.")
			in.Call("reportValidity")
			in.Call("setAttribute", "aria-invalid", "true")
			return d, false
		}
	}
	in.Call("setCustomValidity", "")
	in.Call("removeAttribute", "aria-invalid")
	return d, true
}

// dateInput is a from or to box: text in the corpus's own form, a month
// (YYYY-MM) or a day (YYYY-MM-DD), with the corpus's months to choose
// from. Browsers' month and day pickers show an empty month as
// "--------- ----" and days in the browser's locale, not the corpus's.
func dateInput(id string, d corpus.Date, days bool) app.HTMLInput {
	hint := "YYYY-MM"
	if days {
		hint = "YYYY-MM or YYYY-MM-DD"
	}
	return app.Input().ID(id).Type("text").Value(dateValue(d)).
		Placeholder("YYYY-MM").Title(hint).Aria("describedby", "date-hint").
		Attr("inputmode", "numeric").Attr("pattern", `\d{4}-\d{2}(-\d{2})?`).
		AutoComplete(false).Spellcheck(false).List("months")
}

// monthList offers the corpus's months to the from and to boxes.
func monthList(months []corpus.Date) app.UI {
	opts := make([]app.UI, len(months))
	for i, m := range months {
		opts[i] = app.Option().Value(m.String())
	}
	return app.DataList().ID("months").Body(opts...)
}

// dateValue is the text of a from or to box for d: its month or day.
func dateValue(d corpus.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// OnUpdate sets the boxes' values once the new props are drawn: go-app
// does not set an empty value, and a box keeps what was typed in it.
func (f *dateFacet) OnUpdate(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		setValue("from", dateValue(f.State.From))
		setValue("to", dateValue(f.State.To))
		setValue("efrom", dateValue(f.State.EFrom))
		setValue("eto", dateValue(f.State.ETo))
	})
}

// facetBox is the start of the id of an actor's box in the actor facet,
// followed by the actor's id.
const facetBox = "f-"

// actorFacet renders the actors of the matching articles grouped by type,
// with checkboxes, counts and a find box. Its exported fields are its
// props; the find box and the types shown in full are its own state.
type actorFacet struct {
	app.Compo
	s       *session
	Counts  []search.ActorCount // the result's actor facet
	State   search.State
	Version int // the corpus's

	find string        // the find box
	full []actors.Type // types shown in full ("Show all")
	kept kept[explore.FacetGroup]
}

// Render lists, per type, the first actors of the result (all of them
// while finding, or after "Show all").
func (f *actorFacet) Render() app.UI {
	limit := facetItems
	if f.find != "" {
		limit = 0
	}
	groups := explore.ActorFacet(f.Counts, f.State, f.s.catalog(), f.find, limit, f.full...)
	shown, hidden := f.kept.show(groups, f.Version)
	sections := make([]app.UI, 0, len(shown))
	for _, g := range shown {
		typ := g.Type.String()
		lis := make([]app.UI, 0, len(g.Items))
		for _, it := range g.Items {
			id := facetBox + it.ID
			cb := checkedIf(app.Input().Type("checkbox").ID(id).Value(it.ID), it.Selected)
			lis = append(lis, app.Li().Class("facet-item").Body(
				cb,
				app.Label().For(id).Class(typ).Body(
					app.Span().Class("name").Lang(textLang).Text(it.Name),
					app.If(it.Discovered, func() app.UI { return discoveredMark() }),
				),
				app.Span().Class("n").Aria("label", text.Plural(it.Count, "article")).Text(strconv.Itoa(it.Count)),
			))
		}
		sections = append(sections, app.Div().Class("facet-group "+typ).Role("group").Aria("labelledby", "fg-"+typ).Body(
			app.H4().ID("fg-"+typ).Body(app.Span().Class("dot "+typ), app.Text(g.Label)),
			app.Ul().Body(lis...),
			app.If(g.More > 0, func() app.UI {
				return app.Button().Class("linkish").DataSet("type", typ).Textf("Show all %d", len(g.Items)+g.More).
					OnClick(f.onShowAll)
			}),
		))
	}
	return app.Section().Class("facet actor-facet").Aria("labelledby", "actors-h").Body(
		app.H3().ID("actors-h").Text("Actors"),
		app.Label().For("find-actor").Class("visually-hidden").Text("Find an actor"),
		app.Input().ID("find-actor").Type("search").Placeholder("Find an actor…").Value(f.find).
			AutoComplete(false).Spellcheck(false).OnInput(f.onFind),
		f.groupsDiv(hidden).OnChange(f.onToggle).Body(sections...),
		app.If(len(groups) == 0, func() app.UI {
			return app.P().Class("muted").Text("No actor matches.")
		}),
	)
}

// groupsDiv is the container of the groups.
func (f *actorFacet) groupsDiv(hidden bool) app.HTMLDiv {
	div := app.Div().ID("actor-facet")
	if hidden {
		div = div.Hidden(true)
	}
	return div
}

func (f *actorFacet) onFind(ctx app.Context, e app.Event) {
	f.find = ctx.JSSrc().Get("value").String()
	ctx.Defer(f.syncChecks)
}

// OnUpdate keeps the checkboxes' checked property equal to the filter
// once the new props are drawn: rows are reused as the facet re-sorts.
func (f *actorFacet) OnUpdate(ctx app.Context) { ctx.Defer(f.syncChecks) }

func (f *actorFacet) syncChecks(app.Context) { syncChecks("actor-facet", facetBox, f.State.Actors) }

// onToggle selects or deselects the actor of the facet checkbox that
// changed: one handler for every checkbox (change events bubble), so that
// a facet that fills or empties adds and removes no handlers. The actor is
// read from the checkbox, never captured when rendering.
func (f *actorFacet) onToggle(ctx app.Context, e app.Event) {
	cb := e.Get("target")
	if cb.Get("type").String() != "checkbox" {
		ctx.PreventUpdate()
		return
	}
	// The browser has already toggled the box: put it back, so that it
	// shows the filter in force until the navigation renders the new one.
	cb.Set("checked", !cb.Get("checked").Bool())
	navigate(ctx, "/", explore.Toggle(f.State, cb.Get("value").String()))
}

// onShowAll lists every actor of the type named by the button's data-type.
func (f *actorFacet) onShowAll(ctx app.Context, e app.Event) {
	if t, err := actors.ParseType(ctx.JSSrc().Get("dataset").Get("type").String()); err == nil {
		f.full = append(f.full, t)
		ctx.Defer(f.syncChecks)
	}
}
