package ui

import (
	"fmt"
	"strconv"
	"sync"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Page sizes of the explorer.
const (
	resultsPage = 20 // results shown, then "Show more"
	facetItems  = 8  // actors per type, then "Show all"
)

// Explorer is the start page: search the articles and filter them by date
// and actor. Its state is the URL's query (q, actor, type, from, to, sort),
// so every view can be shared; changing a filter pushes a history entry,
// typing replaces the current one.
type Explorer struct {
	app.Compo
	state   search.State
	notices []search.Notice
	version int

	shown    int             // results shown (a multiple of resultsPage)
	find     string          // the actor find box
	allTypes map[string]bool // actor types shown in full
	drawer   bool            // the filter drawer is open (phones)

	dragging bool // a drag over the histogram is under way
	dragFrom int  // histogram bin where the drag started
	dragTo   int  // histogram bin under the pointer

	// bins are the histogram's bins as last drawn. The pointer handlers
	// read them here: go-app keeps an element's first handler while its
	// code is unchanged, so bins captured in a closure would go stale.
	bins []explore.Bin
}

// OnMount observes corpus replacements and binds the keyboard shortcut "/".
func (p *Explorer) OnMount(ctx app.Context) {
	observeCorpus(ctx, &p.version)
	bindSlash(ctx)
}

// OnNav reads the search state from the URL; malformed values are ignored
// with a notice.
func (p *Explorer) OnNav(ctx app.Context) {
	p.state, p.notices = explore.ParseState(ctx.Page().URL().Query(), catalog())
	p.shown = resultsPage
	ctx.Page().SetTitle(explorerTitle(p.state))
}

func explorerTitle(st search.State) string {
	if st.Q != "" {
		return st.Q + " · Corpus Explorer"
	}
	return "Corpus Explorer"
}

// catalog returns the actor catalog of the current corpus, or nil.
func catalog() explore.Catalog {
	if d := data(); d.AC != nil {
		return d.AC
	}
	return nil
}

// navigate pushes a new state as a history entry.
func navigate(ctx app.Context, path string, st search.State) {
	u := *ctx.Page().URL()
	u.Path = href(path, nil)
	u.RawQuery = st.Encode()
	u.Fragment = ""
	ctx.NavigateTo(&u)
}

// onInput searches while the user types; the URL follows without adding
// history entries.
func (p *Explorer) onInput(ctx app.Context, e app.Event) {
	p.state.Q = ctx.JSSrc().Get("value").String()
	p.shown = resultsPage
	p.replaceURL(ctx)
}

func (p *Explorer) replaceURL(ctx app.Context) {
	u := *ctx.Page().URL()
	u.RawQuery = p.state.Encode()
	ctx.Page().ReplaceURL(&u)
	ctx.Page().SetTitle(explorerTitle(p.state))
}

// onSearchKey clears the search box on Escape.
func (p *Explorer) onSearchKey(ctx app.Context, e app.Event) {
	if e.Get("key").String() == "Escape" && p.state.Q != "" {
		e.PreventDefault()
		p.state.Q = ""
		ctx.JSSrc().Set("value", "")
		p.replaceURL(ctx)
	}
}

func (p *Explorer) onSort(ctx app.Context, e app.Event) {
	st := p.state
	switch ctx.JSSrc().Get("value").String() {
	case "newest":
		st.Sort = search.Newest
	case "oldest":
		st.Sort = search.Oldest
	default:
		st.Sort = search.Relevance
	}
	navigate(ctx, "/", st)
}

func (p *Explorer) onMonth(which string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		st := p.state
		var d corpus.Date
		if v := ctx.JSSrc().Get("value").String(); v != "" {
			var err error
			if d, err = corpus.ParseDate(v); err != nil {
				return
			}
		}
		if which == "from" {
			st.From = d
		} else {
			st.To = d
		}
		if !st.From.IsZero() && !st.To.IsZero() && st.To.Compare(st.From) < 0 {
			st.From, st.To = st.To, st.From
		}
		navigate(ctx, "/", st)
	}
}

// Render shows the search box, the filters and the matching articles.
func (p *Explorer) Render() app.UI {
	d := data()
	if d.Err != nil {
		return page("/", loadError(d.Err))
	}
	ac := d.AC
	res, notes := d.Index.Search(p.state, max(p.shown, resultsPage), 0)
	notes = append(append([]search.Notice(nil), p.notices...), notes...)
	stats := ac.Corpus.Stats()

	items := make([]app.UI, 0, len(res.Hits))
	for _, h := range res.Hits {
		items = append(items, p.result(d, h))
	}
	var empty app.UI
	if res.Total == 0 {
		empty = p.emptyResult(d)
	}
	chips := explore.Chips(p.state, ac)
	return page("/",
		app.Div().Class("explorer-head").Body(
			app.H1().Text("Articles"),
			app.Div().Class("searchbar").Role("search").Body(
				app.Label().For("q").Class("visually-hidden").Text("Search the articles"),
				app.Input().ID("q").Type("search").
					Placeholder("Search: poetin, \"tweede keer\", oekr…, -navo   (press / to focus)").
					Value(p.state.Q).AutoComplete(false).Spellcheck(false).
					Aria("keyshortcuts", "/").
					OnInput(p.onInput).OnKeyDown(p.onSearchKey),
				app.Label().For("sort").Class("visually-hidden").Text("Sort by"),
				p.sortSelect(),
			),
		),
		noticeList(notes),
		app.Div().Class("toolbar").Body(
			app.P().Class("count").ID("result-count").Aria("live", "polite").Textf("%d of %s", res.Total, plural(stats.Articles, "article")),
			app.Button().Class("button filters-toggle").ID("filters-toggle").
				Aria("expanded", strconv.FormatBool(p.drawer)).Aria("controls", "filters").
				Text(fmt.Sprintf("Filters (%d)", len(chips))).
				OnClick(func(ctx app.Context, e app.Event) {
					p.drawer = !p.drawer
					if p.drawer {
						ctx.Defer(func(app.Context) { focusID("find-actor") })
					}
				}),
		),
		app.Div().Class("active-filters-slot").Body(p.activeChips(chips)),
		app.Div().Class("explorer").Body(
			p.filters(d, res, stats),
			app.Section().Class("results-col").Aria("label", "Results").Body(
				app.Div().Class("empty-slot").Body(empty),
				app.Ul().Class("results").ID("results").Aria("label", "Matching articles").
					OnKeyDown(moveFocus("#results > li h2 a")).Body(items...),
				app.If(res.Total > len(res.Hits), func() app.UI {
					return app.Button().Class("button more-results").ID("more-results").
						Textf("Show more (%d of %d shown)", len(res.Hits), res.Total).
						OnClick(func(ctx app.Context, e app.Event) { p.shown += resultsPage })
				}),
			),
		),
	)
}

func (p *Explorer) sortSelect() app.UI {
	opt := func(v, label string) app.HTMLOption {
		o := app.Option().Value(v).Text(label)
		if p.state.Sort.String() == v {
			o = o.Selected(true)
		}
		return o
	}
	return app.Select().ID("sort").Class("sort").OnChange(p.onSort).Body(
		opt("relevance", "Most relevant"),
		opt("newest", "Newest first"),
		opt("oldest", "Oldest first"),
	)
}

// result renders one hit: title, date, snippets and main actors.
func (p *Explorer) result(d *Data, h search.Hit) app.UI {
	ac := d.AC
	a := ac.Articles[h.Index]
	snips := make([]app.UI, 0, len(h.Snippets))
	for _, sn := range h.Snippets {
		snips = append(snips, app.P().Class("snippet").Body(highlight(sn)...))
	}
	if len(snips) == 0 {
		snips = append(snips, app.P().Class("snippet").Text(clip(lead(a.Article), 240)))
	}
	var chips []app.UI
	for k, c := range a.Actors() {
		if k == 6 {
			break
		}
		act, _ := ac.Actor(c.ID)
		sel := ""
		for _, s := range p.state.Actors {
			if s == c.ID {
				sel = " selected"
			}
		}
		label := act.Name
		title := act.Type.String() + fmt.Sprintf(", %d mentions", c.Mentions)
		if act.Discovered {
			title += ", discovered in the text"
		}
		chips = append(chips, app.Li().Body(
			app.A().Class("chip "+act.Type.String()+sel).Href(href("/", explore.Toggle(p.state, c.ID).Values())).
				Title("Filter by "+act.Name+" ("+title+")").Body(
				app.Text(label),
				app.If(act.Discovered, func() app.UI { return app.Span().Class("disc").Aria("label", "discovered").Text("?") }),
			),
		))
	}
	return app.Li().Class("result").Body(
		app.H2().Body(app.A().Href(readerHref(a.ID, -1, p.state)).Text(a.Title)),
		app.P().Class("meta").Body(
			app.Time().DateTime(a.Date.String()).Text(a.Date.String()),
			app.If(d.Imported[a.ID], func() app.UI { return app.Span().Class("badge imported").Text("imported") }),
		),
		app.Div().Body(snips...),
		app.Ul().Class("chips").Aria("label", "Main actors").Body(chips...),
	)
}

// readerHref links to an article carrying the search state, so that the
// reader can step through the results and lead back to them.
func readerHref(id string, sentence int, st search.State) string {
	v := st.Values()
	v.Set("id", id)
	h := href("/article", v)
	if sentence >= 0 {
		h += "#" + sentenceID(sentence)
	}
	return h
}

// clip shortens s to about n bytes at a word boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > n/2 && s[i] != ' ' {
		i--
	}
	return s[:i] + " …"
}

// activeChips renders the active filters as removable chips.
func (p *Explorer) activeChips(chips []explore.Chip) app.UI {
	if len(chips) == 0 {
		return nil
	}
	items := make([]app.UI, 0, len(chips)+1)
	for _, c := range chips {
		items = append(items, app.Li().Body(
			app.A().Class("active-chip").Href(href("/", c.Remove.Values())).
				Aria("label", "Remove filter "+c.Label).Body(
				app.Text(c.Label), app.Span().Aria("hidden", "true").Text(" ×"),
			),
		))
	}
	items = append(items, app.Li().Body(app.A().Class("clear-all").ID("clear-all").Href(href("/", explore.Clear(p.state).Values())).Text("Clear all")))
	return app.Ul().Class("active-filters").ID("active-filters").Aria("label", "Active filters").Body(items...)
}

// emptyResult explains which filter emptied the result.
func (p *Explorer) emptyResult(d *Data) app.UI {
	rel := explore.Explain(p.state, d.AC, explore.IndexCounter{Index: d.Index})
	var body []app.UI
	switch {
	case len(explore.Chips(p.state, d.AC)) == 0:
		body = append(body, app.P().Text("The corpus has no articles yet."))
	case len(rel) == 0:
		body = append(body, app.P().Body(
			app.Text("No article matches these filters together, and removing any one of them is not enough. "),
			app.A().Href(href("/", explore.Clear(p.state).Values())).Text("Clear all filters"),
		))
	default:
		items := make([]app.UI, 0, len(rel))
		for _, r := range rel {
			items = append(items, app.Li().Body(
				app.Text("Without "+r.Label+": "),
				app.A().Href(href("/", r.Remove.Values())).Text(plural(r.Total, "article")),
			))
		}
		body = append(body,
			app.P().Text("No article matches all the filters. What emptied the result:"),
			app.Ul().Body(items...),
		)
	}
	return app.Div().Class("empty").ID("no-results").Role("status").Body(body...)
}

// filters renders the date and actor facets.
func (p *Explorer) filters(d *Data, res search.Result, stats corpus.Stats) app.UI {
	cls := "filters"
	if p.drawer {
		cls += " open"
	}
	return app.Aside().Class(cls).ID("filters").Aria("label", "Filters").
		OnKeyDown(func(ctx app.Context, e app.Event) {
			if p.drawer && e.Get("key").String() == "Escape" {
				p.drawer = false
				focusID("filters-toggle")
				return
			}
			ctx.PreventUpdate()
		}).Body(
		app.Div().Class("drawer-head").Body(
			app.H2().Text("Filters"),
			app.Button().Class("button close").Text("Done").
				OnClick(func(ctx app.Context, e app.Event) {
					p.drawer = false
					focusID("filters-toggle")
				}),
		),
		p.dateFacet(res, stats),
		p.actorFacet(d, res),
	)
}

// dateFacet renders the month histogram and the from/to controls.
func (p *Explorer) dateFacet(res search.Result, stats corpus.Stats) app.UI {
	bins := explore.Histogram(res.Facets.Months, stats.First, stats.Last, p.state)
	days := stats.DayDated > 0
	return app.Section().Class("facet date-facet").Aria("labelledby", "date-h").Body(
		app.H3().ID("date-h").Text("Date"),
		p.histogram(bins),
		app.Div().Class("range").Body(
			app.Label().For("from").Text("From"),
			dateInput("from", p.state.From, false, days, stats).OnChange(p.onMonth("from")),
			app.Label().For("to").Text("To"),
			dateInput("to", p.state.To, true, days, stats).OnChange(p.onMonth("to")),
		),
	)
}

// dateInput is a month picker, or a day picker when the corpus has
// day-dated articles or the URL asks for a day.
func dateInput(id string, d corpus.Date, last, days bool, stats corpus.Stats) app.HTMLInput {
	in := app.Input().ID(id)
	if !days && d.Day == 0 {
		return in.Type("month").Value(monthValue(d)).Min(monthValue(stats.First)).Max(monthValue(stats.Last))
	}
	v := ""
	if !d.IsZero() {
		if d.Day == 0 {
			d.Day = 1
			if last {
				d.Day = corpus.DaysIn(d.Year, d.Month)
			}
		}
		v = d.String()
	}
	lo, hi := stats.First, stats.Last
	lo.Day, hi.Day = 1, corpus.DaysIn(hi.Year, hi.Month)
	return in.Type("date").Value(v).Min(lo.String()).Max(hi.String())
}

func monthValue(d corpus.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.MonthDate().String()
}

const svgNS = "http://www.w3.org/2000/svg"

// svg returns an SVG element with its namespace set.
func svg(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// histogram draws the month bins as SVG bars: click a bar to keep that
// month, drag across bars to keep a range.
func (p *Explorer) histogram(bins []explore.Bin) app.UI {
	p.bins = bins
	if len(bins) == 0 {
		return nil
	}
	const w, h = 240.0, 64.0
	bw := w / float64(len(bins))
	bars := make([]app.UI, 0, len(bins))
	lo, hi := -1, -1
	if p.dragging {
		lo, hi = min(p.dragFrom, p.dragTo), max(p.dragFrom, p.dragTo)
	}
	for i, b := range bins {
		bh := b.Height * (h - 4)
		if b.Count > 0 {
			bh = max(bh, 3)
		}
		cls := "bar"
		if b.InRange {
			cls += " in"
		}
		if i >= lo && i <= hi {
			cls += " drag"
		}
		bars = append(bars, svg("g").Class(cls).Body(
			svg("rect").Class("fill").Attr("x", fmt.Sprintf("%.2f", float64(i)*bw+bw*0.1)).
				Attr("y", fmt.Sprintf("%.2f", h-bh)).
				Attr("width", fmt.Sprintf("%.2f", bw*0.8)).Attr("height", fmt.Sprintf("%.2f", bh)),
			svg("title").Text(fmt.Sprintf("%s: %s", b.Month, plural(b.Count, "article"))),
		))
	}
	first, last := bins[0].Month.String(), bins[len(bins)-1].Month.String()
	return app.Div().Class("histogram").Body(
		svg("svg").ID("histogram").Attr("viewBox", fmt.Sprintf("0 0 %g %g", w, h)).
			Attr("preserveAspectRatio", "none").Attr("role", "img").
			Aria("label", fmt.Sprintf("Matching articles per month, %s to %s; click or drag to choose months", first, last)).
			On("pointerdown", p.onBarDown).
			On("pointermove", p.onBarMove).
			On("pointerup", p.onBarUp).
			On("pointercancel", func(ctx app.Context, e app.Event) { p.dragging = false }).
			Body(bars...),
		app.Div().Class("axis").Aria("hidden", "true").Body(
			app.Span().Text(first), app.Span().Text(last),
		),
	)
}

// binAt returns the histogram bin under a pointer event.
func binAt(e app.Event, n int) int {
	r := e.Get("currentTarget").Call("getBoundingClientRect")
	return explore.BinAt(e.Get("clientX").Float()-r.Get("left").Float(), r.Get("width").Float(), n)
}

func (p *Explorer) onBarDown(ctx app.Context, e app.Event) {
	if e.Get("button").Int() != 0 || len(p.bins) == 0 {
		return
	}
	e.Get("currentTarget").Call("setPointerCapture", e.Get("pointerId"))
	i := binAt(e, len(p.bins))
	p.dragging, p.dragFrom, p.dragTo = true, i, i
}

func (p *Explorer) onBarMove(ctx app.Context, e app.Event) {
	if !p.dragging {
		ctx.PreventUpdate()
		return
	}
	if i := binAt(e, len(p.bins)); i != p.dragTo {
		p.dragTo = i
	} else {
		ctx.PreventUpdate()
	}
}

func (p *Explorer) onBarUp(ctx app.Context, e app.Event) {
	if !p.dragging {
		return
	}
	p.dragging = false
	a, b := p.bins[p.dragFrom].Month, p.bins[binAt(e, len(p.bins))].Month
	st := explore.WithRange(p.state, a, b)
	if a == b && p.state.From.MonthDate() == a && p.state.To.MonthDate() == a {
		st.From, st.To = corpus.Date{}, corpus.Date{} // a second click clears
	}
	navigate(ctx, "/", st)
}

// actorFacet renders the actors of the result grouped by type, with
// checkboxes and a find box.
func (p *Explorer) actorFacet(d *Data, res search.Result) app.UI {
	groups := explore.ActorFacet(res.Facets.Actors, p.state, d.AC, p.find, 0)
	sections := make([]app.UI, 0, len(groups))
	for _, g := range groups {
		typ := g.Type.String()
		items := g.Items
		more := 0
		if !p.allTypes[typ] && p.find == "" && len(items) > facetItems {
			keep := facetItems
			for keep < len(items) && items[keep].Selected {
				keep++
			}
			more = len(items) - keep
			items = items[:keep]
		}
		lis := make([]app.UI, 0, len(items))
		for _, it := range items {
			id := "f-" + it.ID
			cb := app.Input().Type("checkbox").ID(id).Value(it.ID).OnChange(p.onToggle)
			if it.Selected {
				cb = cb.Checked(true)
			}
			lis = append(lis, app.Li().Class("facet-item").Body(
				cb,
				app.Label().For(id).Class(typ).Body(
					app.Span().Class("name").Text(it.Name),
					app.If(it.Discovered, func() app.UI {
						return app.Span().Class("disc").Title("Discovered in the text, not in the curated list").Text("discovered")
					}),
				),
				app.Span().Class("n").Aria("label", plural(it.Count, "article")).Text(strconv.Itoa(it.Count)),
			))
		}
		sections = append(sections, app.Div().Class("facet-group "+typ).Role("group").Aria("labelledby", "fg-"+typ).Body(
			app.H4().ID("fg-"+typ).Body(app.Span().Class("dot "+typ), app.Text(g.Label)),
			app.Ul().Body(lis...),
			app.If(more > 0, func() app.UI {
				return app.Button().Class("linkish").DataSet("type", typ).Textf("Show all %d", len(g.Items)).
					OnClick(p.onShowAll)
			}),
		))
	}
	return app.Section().Class("facet actor-facet").Aria("labelledby", "actors-h").Body(
		app.H3().ID("actors-h").Text("Actors"),
		app.Label().For("find-actor").Class("visually-hidden").Text("Find an actor"),
		app.Input().ID("find-actor").Type("search").Placeholder("Find an actor…").Value(p.find).
			AutoComplete(false).Spellcheck(false).
			OnInput(func(ctx app.Context, e app.Event) { p.find = ctx.JSSrc().Get("value").String() }),
		app.Div().ID("actor-facet").Body(sections...),
		app.If(len(groups) == 0, func() app.UI {
			return app.P().Class("muted").Text("No actor matches.")
		}),
	)
}

// onToggle selects or deselects the actor of a facet checkbox. The actor
// is read from the checkbox, not captured when rendering: go-app keeps the
// first handler of an element whose handler code is unchanged, so a
// captured id would go stale when the facet reorders.
func (p *Explorer) onToggle(ctx app.Context, e app.Event) {
	navigate(ctx, "/", explore.Toggle(p.state, ctx.JSSrc().Get("value").String()))
}

// onShowAll lists every actor of the type named by the button's data-type.
func (p *Explorer) onShowAll(ctx app.Context, e app.Event) {
	if p.allTypes == nil {
		p.allTypes = map[string]bool{}
	}
	p.allTypes[ctx.JSSrc().Get("dataset").Get("type").String()] = true
}

// moveFocus returns a keydown handler that moves the focus among the
// elements matching selector with the arrow keys (Up/Down, also Left/Right
// and Home/End).
func moveFocus(selector string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		step := 0
		switch e.Get("key").String() {
		case "ArrowDown", "ArrowRight":
			step = 1
		case "ArrowUp", "ArrowLeft":
			step = -1
		case "Home":
			step = -1 << 20
		case "End":
			step = 1 << 20
		default:
			ctx.PreventUpdate()
			return
		}
		els := app.Window().Get("document").Call("querySelectorAll", selector)
		n := els.Length()
		if n == 0 {
			return
		}
		cur := -1
		active := app.Window().Get("document").Get("activeElement")
		for i := 0; i < n; i++ {
			if els.Index(i).Equal(active) {
				cur = i
			}
		}
		next := min(max(cur+step, 0), n-1)
		if cur < 0 {
			next = 0
		}
		e.PreventDefault()
		els.Index(next).Call("focus")
		ctx.PreventUpdate()
	}
}

var slashOnce sync.Once

// bindSlash focuses the search box when "/" is typed outside a field. The
// listener is added once and serves every page that has a search box.
func bindSlash(ctx app.Context) {
	if app.IsClient {
		slashOnce.Do(addSlashListener)
	}
}

func addSlashListener() {
	focusQ := app.FuncOf(func(this app.Value, args []app.Value) any {
		if q := app.Window().Get("document").Call("getElementById", "q"); q.Truthy() {
			q.Call("focus")
		}
		return nil
	})
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		if e.Get("key").String() != "/" || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() {
			return nil
		}
		t := e.Get("target")
		switch t.Get("tagName").String() {
		case "INPUT", "TEXTAREA", "SELECT":
			return nil
		}
		if t.Get("isContentEditable").Bool() {
			return nil
		}
		if app.Window().Get("document").Call("getElementById", "q").Truthy() {
			e.Call("preventDefault")
			// Focus after the key is handled, so the "/" is not typed.
			app.Window().Call("setTimeout", focusQ, 0)
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", fn)
}

// highlight renders a snippet with its matches marked, as text.
func highlight(sn search.Snippet) []app.UI {
	out := make([]app.UI, 0, 2*len(sn.Marks)+1)
	at := 0
	for _, m := range sn.Marks {
		if m.Start < at || m.End > len(sn.Text) {
			continue
		}
		if m.Start > at {
			out = append(out, app.Text(sn.Text[at:m.Start]))
		}
		out = append(out, app.Mark().Class("hit").Text(sn.Text[m.Start:m.End]))
		at = m.End
	}
	if at < len(sn.Text) {
		out = append(out, app.Text(sn.Text[at:]))
	}
	return out
}

// focusID moves the keyboard focus to the element with the given id.
func focusID(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().Get("document").Call("getElementById", id); el.Truthy() {
		el.Call("focus")
	}
}
