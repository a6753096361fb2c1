package ui

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
	"corpusexplorer/app/timeline"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// defaultTimelineWidth is the plot width used before the page is measured
// (prerendering, and until the wasm mounts).
const defaultTimelineWidth = 900

// Timeline shows the events of the matching articles on a zoomable time
// axis and as a list. Its state is the URL: the explorer's filters, lanes
// (article or actor), view (the visible days, replaced without history
// entries while zooming) and event (the selected event, a history entry).
type Timeline struct {
	app.Compo
	s       *session
	state   search.State
	notices []search.Notice
	version int
	urls    urlSync // the URL follows zoom and pan
	// packVersion counts the pack's answers that arrived (statePack).
	packVersion int
	// drawn is, over a pack, the last articles analysed that the page
	// drew, and the state they match: drawn again while more of them
	// are fetched.
	drawn      *packTimeline
	drawnState string

	byActor bool
	undated bool          // draw the happenings dated only by their publication
	kinds   []string      // the kinds of entry shown (explore.ParseKinds); none: all
	view    timeline.View // from the URL; invalid means fitted
	event   string        // ARTICLEID/INDEX of the selected event, "" for none
	width   float64       // measured plot width in px

	// Large results: how many matching articles are drawn and how many
	// events are listed (zero means the defaults).
	articleCap, listCap int
	// allSourcesOf is the event whose every sentence the panel lists (the
	// user asked); other events list the first panelSources.
	allSourcesOf string

	// built is the view of the last render; builds counts how often it
	// was worked out (see build).
	built  *timelineBuild
	builds int

	// Set by Render for the event handlers.
	chart   *timeline.Chart
	cur     timeline.View
	entries []explore.TimelineEntry
	items   []timeline.Item
	// selected is the index into items of the selected event, -1 for none.
	selected int

	// showing is set by a "Show on the timeline" link: the navigation it
	// starts brings the event into the chart and the chart into view.
	showing bool

	// Dragging the plot.
	down               bool
	dragged            bool
	startX, dragFactor float64
	startView          timeline.View
	suppressClick      bool

	// focusTo is the mark the arrow keys last moved the focus to, until it
	// has it (item plus one; 0 for none): keys that come before the frame
	// that moves the focus step on from there, not from the old mark.
	focusTo int

	ctx      app.Context
	keyFn    app.Func
	wheelFn  app.Func
	resizeFn app.Func
	observer app.Value
	listened bool
}

// OnMount observes corpus replacements, measures the plot and listens for
// the keys and the wheel over the plot.
func (p *Timeline) OnMount(ctx app.Context) {
	observeCorpus(ctx, &p.version)
	if p.s.packed() {
		ctx.ObserveState(statePack, &p.packVersion)
	}
	p.ctx = ctx
	ctx.Defer(p.measure)
	if app.IsClient && !p.listened {
		p.listened = true
		p.keyFn = app.FuncOf(p.onNativeKey)
		p.wheelFn = app.FuncOf(p.onNativeWheel)
		doc := app.Window().Get("document")
		doc.Call("addEventListener", "keydown", p.keyFn)
		doc.Call("addEventListener", "wheel", p.wheelFn, map[string]any{"passive": false})
		// A ResizeObserver follows the container at once (go-app's
		// OnResize waits 250 ms after the window's last resize).
		if ro := app.Window().Get("ResizeObserver"); ro.Truthy() {
			p.resizeFn = app.FuncOf(func(this app.Value, args []app.Value) any {
				ctx.Dispatch(p.measure)
				return nil
			})
			p.observer = ro.New(p.resizeFn)
			ctx.Defer(func(app.Context) {
				if el := app.Window().Get("document").Call("getElementById", "timeline"); el.Truthy() && p.observer != nil {
					p.observer.Call("observe", el)
				}
			})
		}
	}
}

// OnDismount removes the listeners added by OnMount.
func (p *Timeline) OnDismount() {
	if !p.listened {
		return
	}
	p.listened = false
	doc := app.Window().Get("document")
	doc.Call("removeEventListener", "keydown", p.keyFn)
	doc.Call("removeEventListener", "wheel", p.wheelFn, map[string]any{"passive": false})
	p.keyFn.Release()
	p.wheelFn.Release()
	if p.observer != nil {
		p.observer.Call("disconnect")
		p.observer = nil
		p.resizeFn.Release()
	}
}

// OnResize rebuilds the chart at the new width.
func (p *Timeline) OnResize(ctx app.Context) { p.measure(ctx) }

// measure reads the width of the plot's container.
func (p *Timeline) measure(ctx app.Context) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	var w float64
	if el := doc.Call("getElementById", "tl-plot"); el.Truthy() {
		w = el.Get("clientWidth").Float()
	} else if el := doc.Call("getElementById", "timeline"); el.Truthy() {
		w = el.Get("clientWidth").Float() - 2 // the plot's border
	} else {
		return
	}
	w = timeline.PlotWidth(w)
	if w != p.width {
		p.width = w
		ctx.Update()
	}
}

func (p *Timeline) plotWidth() float64 {
	if p.width > 0 {
		return p.width
	}
	return defaultTimelineWidth
}

// OnNav reads the filters, lanes, view and selected event from the URL;
// malformed values are ignored with a notice.
func (p *Timeline) OnNav(ctx app.Context) {
	if p.urls.navigated(ctx) {
		return
	}
	q := ctx.Page().URL().Query()
	was := p.state.Encode()
	var cat explore.Catalog
	if !p.s.packed() {
		// A pack's catalogue may not be there yet: its ids are not checked.
		cat = p.s.data().Catalog()
	}
	p.state, p.notices = explore.ParseState(q, cat, "lanes", "view", "event", "kind", "undated")
	var kn []search.Notice
	p.kinds, kn = explore.ParseKinds(q)
	p.notices = append(p.notices, kn...)
	p.byActor = false
	switch l := q.Get("lanes"); l {
	case "", "article":
	case "actor":
		p.byActor = true
	default:
		p.notices = append(p.notices, search.Notice{Param: "lanes", Value: l, Msg: "unknown lanes (article or actor); showing lanes by article"})
	}
	p.undated = false
	switch u := q.Get("undated"); u {
	case "":
	case "1":
		p.undated = true
	default:
		p.notices = append(p.notices, search.Notice{Param: "undated", Value: u, Msg: "unknown value (1 draws the happenings told without a date of their own); leaving them out"})
	}
	p.view = timeline.View{}
	if s := q.Get("view"); s != "" {
		if v, err := timeline.ParseView(s, p.plotWidth()); err != nil {
			p.notices = append(p.notices, search.Notice{Param: "view", Value: s, Msg: "malformed view (want FROM..TO, e.g. 2021-12-01..2021-12-31); showing every event"})
		} else {
			p.view = v
		}
	}
	p.event = q.Get("event")
	if p.state.Encode() != was {
		// Other filters: the first articles and events again. Selecting
		// an event, zooming or changing lanes keeps what was drawn.
		p.articleCap, p.listCap = 0, 0
	}
	p.request(ctx)
	ctx.Page().SetTitle(timelineTitle)
	if p.showing {
		p.showing = false
		p.reveal(ctx)
	}
}

// onShow handles a "Show on the timeline" link: go-app navigates to its
// href, and OnNav then reveals the event; a link to the URL already shown
// starts no navigation, so it reveals the event at once.
func (p *Timeline) onShow(ctx app.Context, e app.Event) {
	if ctx.JSSrc().Get("href").String() == ctx.Page().URL().String() {
		p.reveal(ctx)
		return
	}
	p.showing = true
}

// reveal pans the chart to the selected event if it is out of view, and
// scrolls the chart into the window once drawn.
func (p *Timeline) reveal(ctx app.Context) {
	if p.chart != nil {
		for i, it := range p.items {
			if p.entries[i].Param != p.event {
				continue
			}
			v := p.view
			if v.Valid() {
				v.Width = p.chart.Width()
				v = p.chart.Clamp(v)
			} else {
				v = p.chart.Fit()
			}
			if s := p.chart.Scale(v); !s.Shows(it.First, it.Last) {
				p.setView(ctx, s.ZoomOn(1, it.First, it.Last))
			}
			break
		}
	}
	ctx.Defer(func(app.Context) {
		if el := app.Window().Get("document").Call("getElementById", "tl-plot"); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	})
}

const timelineTitle = "Timeline · Corpus Explorer"

// lanes returns the URL value of the lane grouping.
func (p *Timeline) lanes() string {
	if p.byActor {
		return "actor"
	}
	return "article"
}

// pageValues returns the URL query of the page for a state, keeping the
// lane grouping.
func (p *Timeline) pageValues(st search.State) url.Values {
	v := st.Values()
	if p.byActor {
		v.Set("lanes", "actor")
	}
	for _, k := range p.kinds {
		v.Add("kind", k)
	}
	if p.undated {
		v.Set("undated", "1")
	}
	return v
}

// setView shows v and replaces the URL's view without a history entry.
func (p *Timeline) setView(ctx app.Context, v timeline.View) {
	if p.chart == nil {
		return
	}
	if v.Same(p.chart.Fit()) {
		p.view = timeline.View{}
	} else {
		p.view = v
	}
	p.cur = v
	p.urls.follow(ctx, func() (*url.URL, string) {
		u := *ctx.Page().URL()
		q := u.Query()
		if p.view == (timeline.View{}) {
			q.Del("view")
		} else {
			q.Set("view", p.view.String())
		}
		u.RawQuery = q.Encode()
		return &u, timelineTitle
	})
}

// selectEvent pushes a history entry with the event selected ("" clears).
func (p *Timeline) selectEvent(ctx app.Context, id string) {
	u := *ctx.Page().URL()
	q := u.Query()
	if id == "" {
		q.Del("event")
	} else {
		q.Set("event", id)
	}
	if p.view.Valid() {
		q.Set("view", p.view.String())
	} else {
		q.Del("view") // the URL may not show the latest zoom yet
	}
	u.RawQuery = q.Encode()
	u.Fragment = ""
	ctx.NavigateTo(&u)
}

func (p *Timeline) zoomBy(f float64) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.chart == nil {
			return
		}
		s := p.chart.Scale(p.cur)
		if it, ok := p.selectedItem(); ok {
			p.setView(ctx, s.ZoomOn(f, it.First, it.Last))
			return
		}
		p.setView(ctx, s.Zoom(f, p.cur.Width/2))
	}
}

// selectedItem returns the selected event's item, if it is drawn.
func (p *Timeline) selectedItem() (timeline.Item, bool) {
	if p.selected < 0 || p.selected >= len(p.items) {
		return timeline.Item{}, false
	}
	return p.items[p.selected], true
}

func (p *Timeline) fit(ctx app.Context, e app.Event) {
	if p.chart != nil {
		p.setView(ctx, p.chart.Fit())
	}
}

// onNativeKey handles keys synchronously (so that it can prevent the
// page from scrolling): on the plot + - arrows 0 zoom and pan, on a mark
// Left/Right move between events, Enter selects and + - 0 zoom as on the
// plot. With an event selected, + and - keep it in view.
func (p *Timeline) onNativeKey(this app.Value, args []app.Value) any {
	e := args[0]
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return nil
	}
	t := e.Get("target")
	if !t.Truthy() || t.Get("closest").IsUndefined() {
		return nil
	}
	key := e.Get("key").String()
	if mk := t.Call("closest", "#timeline .tl-mark"); mk.Truthy() {
		item, _ := strconv.Atoi(mk.Call("getAttribute", "data-item").String())
		switch key {
		case "ArrowLeft", "ArrowRight", "Enter", " ":
			e.Call("preventDefault")
			p.ctx.Dispatch(func(ctx app.Context) {
				if p.focusTo > 0 {
					item = p.focusTo - 1
				}
				p.markKey(ctx, item, key)
			})
			return nil
		}
	}
	onMark := t.Call("closest", "#timeline .tl-mark").Truthy()
	if onMark || t.Call("matches", "#timeline svg.tl-svg").Bool() {
		switch key {
		case "+", "=", "-", "_", "ArrowLeft", "ArrowRight", "0", "Home":
			e.Call("preventDefault")
			p.ctx.Dispatch(func(ctx app.Context) {
				if p.chart == nil {
					return
				}
				s := p.chart.Scale(p.cur)
				v, ok := s.Key(key)
				if it, sel := p.selectedItem(); sel {
					v, ok = s.KeyOn(key, it.First, it.Last)
				}
				if ok {
					p.setView(ctx, v)
				}
			})
		}
	}
	return nil
}

// markKey moves between events or selects one.
func (p *Timeline) markKey(ctx app.Context, item int, key string) {
	if item < 0 || item >= len(p.items) {
		return
	}
	switch key {
	case "Enter", " ":
		p.selectEvent(ctx, p.entries[item].Param)
		return
	}
	next := item + 1
	if key == "ArrowLeft" {
		next = item - 1
	}
	if next < 0 || next >= len(p.items) {
		ctx.PreventUpdate()
		return
	}
	// Bring the next event into view if needed, then focus it.
	it := p.items[next]
	if s := p.chart.Scale(p.cur); !s.Shows(it.First, it.Last) {
		p.setView(ctx, s.Centre(it.First, it.Last))
	}
	p.focusTo = next + 1
	ctx.Defer(func(app.Context) {
		if el := app.Window().Get("document").Call("querySelector", fmt.Sprintf(`#timeline .tl-mark[data-item="%d"]`, next)); el.Truthy() {
			el.Call("focus")
		}
		if p.focusTo == next+1 {
			p.focusTo = 0
		}
	})
}

// onNativeWheel zooms around the cursor; it prevents the page from
// scrolling only over the plot.
func (p *Timeline) onNativeWheel(this app.Value, args []app.Value) any {
	e := args[0]
	t := e.Get("target")
	if !t.Truthy() || t.Get("closest").IsUndefined() {
		return nil
	}
	svgEl := t.Call("closest", "#timeline svg.tl-svg")
	if !svgEl.Truthy() {
		return nil
	}
	e.Call("preventDefault")
	dy := e.Get("deltaY").Float()
	if e.Get("deltaMode").Int() == 1 {
		dy *= 16
	}
	r := svgEl.Call("getBoundingClientRect")
	rw := r.Get("width").Float()
	x := e.Get("clientX").Float() - r.Get("left").Float()
	p.ctx.Dispatch(func(ctx app.Context) {
		if p.chart == nil || rw <= 0 {
			return
		}
		p.setView(ctx, p.chart.Scale(p.cur).ZoomAtPointer(timeline.WheelFactor(dy), x, rw))
	})
	return nil
}

func (p *Timeline) onPointerDown(ctx app.Context, e app.Event) {
	p.suppressClick = false
	if e.Get("button").Int() != 0 || p.chart == nil {
		ctx.PreventUpdate()
		return
	}
	r := e.Get("currentTarget").Call("getBoundingClientRect")
	rw := r.Get("width").Float()
	if rw <= 0 {
		return
	}
	p.down, p.dragged = true, false
	p.startX = e.Get("clientX").Float()
	p.dragFactor = p.cur.Width / rw
	p.startView = p.cur
	ctx.PreventUpdate()
}

func (p *Timeline) onPointerMove(ctx app.Context, e app.Event) {
	if !p.down {
		ctx.PreventUpdate()
		return
	}
	dx := e.Get("clientX").Float() - p.startX
	if !p.dragged && math.Abs(dx) < 4 {
		ctx.PreventUpdate()
		return
	}
	if !p.dragged {
		p.dragged = true
		e.Get("currentTarget").Call("setPointerCapture", e.Get("pointerId"))
	}
	v := p.chart.Scale(p.startView).Pan(dx * p.dragFactor)
	p.view, p.cur = v, v
}

func (p *Timeline) onPointerUp(ctx app.Context, e app.Event) {
	if !p.down {
		ctx.PreventUpdate()
		return
	}
	p.down = false
	if p.dragged {
		p.suppressClick = true
		p.setView(ctx, p.cur)
	}
}

// onMarkClick selects the event of a mark. The item is read from the
// mark's data-item, not captured when rendering: go-app keeps an element's
// first handler while its code is unchanged, so a captured item would go
// stale when the marks change.
func (p *Timeline) onMarkClick(ctx app.Context, e app.Event) {
	if p.suppressClick {
		p.suppressClick = false
		return
	}
	item, err := strconv.Atoi(ctx.JSSrc().Call("getAttribute", "data-item").String())
	if err == nil && item >= 0 && item < len(p.items) {
		p.selectEvent(ctx, p.entries[item].Param)
	}
}

// articleLimit is how many matching articles the chart draws.
func (p *Timeline) articleLimit() int {
	if p.articleCap == 0 {
		return timelineArticles
	}
	return p.articleCap
}

// listLimit is how many events the list shows.
func (p *Timeline) listLimit() int {
	if p.listCap == 0 {
		return timelineListed
	}
	return p.listCap
}

func (p *Timeline) drawMoreArticles(ctx app.Context, e app.Event) {
	p.articleCap = p.articleLimit() * 2
	p.request(ctx)
}

// request asks, over a pack, for the matching articles the chart draws,
// analysed (see session.packTimeline), unless they have arrived or are
// asked for already.
func (p *Timeline) request(ctx app.Context) {
	if p.s.packed() {
		p.s.packTimeline(ctx, true, p.state, p.articleLimit())
	}
}

// onRetry asks again for what could not be fetched.
func (p *Timeline) onRetry(ctx app.Context, e app.Event) {
	p.s.retryPack()
	p.request(ctx)
}

func (p *Timeline) listMoreEvents(ctx app.Context, e app.Event) { p.listCap = p.listLimit() * 2 }

// timelineBuild is the timeline view of the matching events (see
// explore.Timeline), worked out once per corpus (or pack's articles
// analysed), filters, selected event,
// article cap, lanes and plot width: a render that only moves or zooms
// the view (every pointer move of a drag) reuses it and lays out the
// marks again, nothing more.
type timelineBuild struct {
	key string
	explore.TimelineView
}

// build returns the view of the matching events of d, or over a pack of
// the matching articles x analysed, worked out again only when what it
// depends on changed (see timelineBuild).
func (p *Timeline) build(d *Data, x *packTimeline) *timelineBuild {
	q := explore.TimelineQuery{State: p.state, ByActor: p.byActor, Kinds: p.kinds, Event: p.event, Articles: p.articleLimit(), Width: p.plotWidth(), Undated: p.undated}
	key := fmt.Sprintf("%p|%p|%s|%s|%d|%v|%g|%q|%v", d, x, q.State.Encode(), q.Event, q.Articles, q.ByActor, q.Width, q.Kinds, q.Undated)
	if p.built != nil && p.built.key == key {
		return p.built
	}
	p.builds++
	if x != nil {
		p.built = &timelineBuild{key: key, TimelineView: explore.TimelineOf(d.AC, x.idx, x.total, x.notes, q)}
	} else {
		p.built = &timelineBuild{key: key, TimelineView: explore.Timeline(d.AC, d.Index, q)}
	}
	return p.built
}

// corpus returns what the page draws from: the corpus in memory, or over
// a pack the matching articles analysed once they have arrived (while
// more of them are fetched, those drawn before; else what to show
// meanwhile, as the third result).
func (p *Timeline) corpus() (corpusView, *packTimeline, app.UI) {
	if !p.s.packed() {
		d := p.s.data()
		if d.Err != nil {
			return corpusView{}, nil, page(p.s, "/timeline", loadError(d.Err))
		}
		return corpusView{Data: d}, nil, nil
	}
	x := p.s.packTimeline(app.Context{}, false, p.state, p.articleLimit())
	switch {
	case x == nil && p.drawn != nil && p.drawnState == p.state.Encode():
		return p.drawn.view, p.drawn, nil
	case x == nil:
		return corpusView{}, nil, page(p.s, "/timeline", app.H1().Text("Timeline"), &packStatus{s: p.s, Loading: true})
	case x.err != nil:
		return corpusView{}, nil, page(p.s, "/timeline", app.H1().Text("Timeline"), packError(x.err, p.onRetry))
	}
	p.drawn, p.drawnState = x, p.state.Encode()
	return x.view, x, nil
}

// Render draws the time axis of the matching events, the selected event
// and the list of events.
func (p *Timeline) Render() app.UI {
	cv, x, wait := p.corpus()
	if wait != nil {
		return wait
	}
	ac := cv.AC
	tb := p.build(cv.Data, x)
	// Over a pack, more articles are on their way while those drawn
	// before are shown.
	fetching := x != nil && x != p.s.packTimeline(app.Context{}, false, p.state, p.articleLimit())
	notes := append(append([]search.Notice(nil), p.notices...), tb.Notes...)
	entries, items, selected, c := tb.Entries, tb.Items, tb.Selected, tb.Chart
	total, kept, capA := tb.Total, tb.Kept, p.articleLimit()
	w := p.plotWidth()
	v := p.view
	if v.Valid() {
		v.Width = w
		v = c.Clamp(v)
	} else {
		v = c.Fit()
	}
	p.chart, p.cur, p.entries, p.items, p.selected = c, v, entries, items, selected
	by := timeline.ByArticle
	if p.byActor {
		by = timeline.ByActor
	}
	lay := c.Layout(v, by)

	chips := tb.Chips
	return page(p.s, "/timeline",
		app.Div().ID("timeline").Class("timeline-page").Body(
			app.H1().Text("Timeline"),
			slot(fetching, func() app.UI { return &packStatus{s: p.s, Loading: true} }),
			noticeList(notes),
			p.filterBar(chips),
			p.kindFacet(tb.Kinds),
			app.P().Class("count").ID("timeline-count").Aria("live", "polite").
				Text(tb.Count()),
			slot(tb.Undated > 0, func() app.UI { return p.undatedNote(tb.Undated) }),
			slot(kept < total, func() app.UI {
				return app.P().Class("notice-inline").ID("timeline-cap").Body(
					app.Textf("Drawing the events of the first %d of %d matching articles (%s). Narrow the filters, or ", kept, total, p.state.Order().Describe()),
					app.Button().Class("linkish").ID("more-articles").Textf("draw %d more", capA).
						OnClick(p.drawMoreArticles),
					app.Text("."),
				)
			}),
			slot(len(items) == 0, func() app.UI { return p.empty(chips) }),
			slot(len(items) > 0, func() app.UI {
				return app.Div().Body(
					p.toolbar(),
					app.Div().Class("tl-plot").ID("tl-plot").Body(p.plot(ac, lay, entries, selected)),
					app.P().Class("tl-help muted").Text("Wheel or + − to zoom, drag or ← → to move, 0 to show all. Click a mark, or focus it and press Enter, to see what happened and every sentence that tells of it. Planned happenings have a dotted outline, hypothetical ones a dash-dot outline; those that did not happen are faded."),
				)
			}),
			slot(selected >= 0, func() app.UI { return p.panel(cv, &entries[selected]) }),
			slot(len(items) > 0, func() app.UI { return p.list(cv, entries, selected) }),
		),
	)
}

// filterBar shows the explorer's filters that apply, with links to edit
// or clear them, and the lane switch.
func (p *Timeline) filterBar(chips []explore.Chip) app.UI {
	items := make([]app.UI, 0, len(chips)+2)
	for _, c := range chips {
		items = append(items, app.Li().Body(
			app.A().Class("active-chip").Href(href("/timeline", p.pageValues(c.Remove))).
				Aria("label", "Remove filter "+c.Label).Body(
				app.Text(c.Label), app.Span().Aria("hidden", "true").Text(" ×"),
			),
		))
	}
	if len(chips) > 0 {
		items = append(items, app.Li().Body(app.A().Class("clear-all").ID("tl-clear").
			Href(href("/timeline", p.pageValues(explore.Clear(p.state)))).Text("Clear all")))
	}
	lane := func(val, label string) app.UI {
		a := app.A().Class("seg").Href(href("/timeline", p.laneValues(val))).Text(label)
		if p.lanes() == val {
			a = a.Aria("current", "true")
		}
		return a
	}
	return app.Div().Class("tl-filters").Body(
		app.If(len(chips) > 0, func() app.UI {
			return app.Ul().Class("active-filters").ID("active-filters").Aria("label", "Active filters").Body(items...)
		}),
		app.Div().Class("tl-filter-links").Body(
			app.A().ID("edit-filters").Href(href("/", p.state.Values())).Text("Edit filters in the explorer"),
			app.Div().Class("segmented").Role("group").Aria("label", "Lanes").Body(
				app.Span().Class("seg-label").Text("Lanes:"),
				lane("article", "By article"),
				lane("actor", "By actor"),
			),
		),
	)
}

// laneValues returns the page's current URL query with lanes set.
func (p *Timeline) laneValues(lanes string) url.Values {
	v := p.state.Values()
	if lanes == "actor" {
		v.Set("lanes", "actor")
	}
	for _, k := range p.kinds {
		v.Add("kind", k)
	}
	if p.undated {
		v.Set("undated", "1")
	}
	if p.view.Valid() {
		v.Set("view", p.view.String())
	}
	if p.event != "" {
		v.Set("event", p.event)
	}
	return v
}

// empty explains why there is nothing to draw.
func (p *Timeline) empty(chips []explore.Chip) app.UI {
	if len(chips) == 0 {
		return app.Div().Class("empty").ID("tl-empty").Role("status").Body(
			app.P().Text("The corpus has no dated events yet."),
		)
	}
	return app.Div().Class("empty").ID("tl-empty").Role("status").Body(
		app.P().Text("No event matches these filters: no matching article mentions a date."),
		app.P().Body(
			app.A().Href(href("/timeline", p.pageValues(explore.Clear(p.state)))).Text("Clear the filters"),
			app.Text(" or "),
			app.A().Href(href("/", p.state.Values())).Text("edit them in the explorer"),
		),
	)
}

// toolbar holds the zoom buttons.
func (p *Timeline) toolbar() app.UI {
	return app.Div().Class("tl-toolbar").Role("toolbar").Aria("label", "Zoom").Aria("controls", "tl-plot").Body(
		app.Button().Class("button").ID("tl-zoom-in").Aria("label", "Zoom in").Title("Zoom in (+)").Text("+").OnClick(p.zoomBy(2)),
		app.Button().Class("button").ID("tl-zoom-out").Aria("label", "Zoom out").Title("Zoom out (−)").Text("−").OnClick(p.zoomBy(0.5)),
		app.Button().Class("button").ID("tl-fit").Title("Show every event (0)").Text("Fit").OnClick(p.fit),
		app.Span().Class("tl-range muted").ID("tl-range").Text(viewLabel(p.cur)),
	)
}

// viewLabel describes the visible days.
func viewLabel(v timeline.View) string {
	s := v.String()
	if s == "" {
		return ""
	}
	a, b, _ := strings.Cut(s, "..")
	return a + " – " + b
}

func f2(x float64) string { return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64) }

// plot maps the layout to SVG elements.
func (p *Timeline) plot(ac *analysis.Corpus, l timeline.Layout, entries []explore.TimelineEntry, selected int) app.UI {
	h := l.ViewHeight()
	nodes := make([]app.UI, 0, len(l.Lanes)*2+len(l.Ticks)+len(l.Breaks)+len(l.Marks))
	var markLabels []app.UI                   // the marks' visible labels, drawn above the marks
	labels := make([]app.UI, 0, len(l.Lanes)) // drawn over ticks and breaks
	for i, ln := range l.Lanes {
		cls := "tl-lane"
		if i%2 == 1 {
			cls += " odd"
		}
		if p.byActor {
			if a, ok := ac.Actor(ln.Key); ok {
				cls += " " + a.Type.String()
			}
		}
		nodes = append(nodes, svg("rect").Class(cls+" tl-band").Attr("x", 0).Attr("y", f2(ln.Y)).Attr("width", f2(l.Width)).Attr("height", f2(ln.Height)))
		labels = append(labels, svg("text").Class(cls+" tl-lane-label").Attr("lang", textLang).Attr("x", 4).Attr("y", f2(ln.LabelY)).Text(ln.Label))
	}
	for _, t := range l.Ticks {
		cls := "tl-tick"
		if t.Major {
			cls += " major"
		}
		g := svg("g").Class(cls).Body(
			svg("line").Attr("x1", f2(t.X)).Attr("x2", f2(t.X)).Attr("y1", f2(l.AxisY+4)).Attr("y2", f2(l.Height)),
			app.If(t.Label != "", func() app.UI {
				return svg("text").Class("tl-tick-label").Attr("x", f2(t.LabelX)).Attr("y", f2(l.AxisY)).Text(t.Label)
			}),
		)
		nodes = append(nodes, g)
	}
	for _, b := range l.Breaks {
		nodes = append(nodes, svg("g").Class("tl-break").Body(
			svg("title").Text(fmt.Sprintf("No events from %s to %s (%s), compressed", b.From, b.To-1, b.Label)),
			svg("rect").Attr("x", f2(b.X0)).Attr("y", 0).Attr("width", f2(b.X1-b.X0)).Attr("height", f2(h)),
			svg("line").Attr("x1", f2(b.X0+3)).Attr("x2", f2(b.X0+3)).Attr("y1", f2(l.AxisY+4)).Attr("y2", f2(h)),
			svg("line").Attr("x1", f2(b.X1-3)).Attr("x2", f2(b.X1-3)).Attr("y1", f2(l.AxisY+4)).Attr("y2", f2(h)),
			svg("text").Class("tl-break-label").Attr("x", f2(b.MidX())).Attr("y", f2(l.BreakLabelY)).Attr("text-anchor", "middle").Text(b.Label),
		))
	}
	nodes = append(nodes, labels...)
	for _, m := range l.Marks {
		te := &entries[m.Item]
		cls := "tl-mark"
		if m.Kind == timeline.Bar {
			cls += " bar"
		} else {
			cls += " point"
		}
		if m.Inexact {
			cls += " inexact"
		}
		if m.Published {
			cls += " pub"
		}
		if m.Clipped {
			cls += " clipped"
		}
		if m.LabelInside {
			cls += " labelled"
		}
		if m.Item == selected {
			cls += " selected"
		}
		if te.Kind == explore.HappeningEntry {
			cls += " happening " + string(te.Happening.Modality())
		}
		if p.byActor && m.Lane < len(l.Lanes) {
			if a, ok := ac.Actor(l.Lanes[m.Lane].Key); ok {
				cls += " " + a.Type.String()
			}
		}
		label := te.Label
		var shape, hit app.UI
		switch {
		case m.Kind == timeline.Bar:
			hx, hy, hw, hh := m.HitBox()
			shape = svg("rect").Class("shape").Attr("x", f2(m.X)).Attr("y", f2(m.Y)).Attr("width", f2(m.W)).Attr("height", f2(m.H)).Attr("rx", 2)
			hit = svg("rect").Class("hit").Attr("x", f2(hx)).Attr("y", f2(hy)).Attr("width", f2(hw)).Attr("height", f2(hh))
		case m.Published:
			x, y, side := m.Square()
			shape = svg("rect").Class("shape").Attr("x", f2(x)).Attr("y", f2(y)).Attr("width", f2(side)).Attr("height", f2(side))
			hit = svg("circle").Class("hit").Attr("cx", f2(m.CX)).Attr("cy", f2(m.CY)).Attr("r", f2(m.HitRadius()))
		default:
			shape = svg("circle").Class("shape").Attr("cx", f2(m.CX)).Attr("cy", f2(m.CY)).Attr("r", f2(m.R))
			hit = svg("circle").Class("hit").Attr("cx", f2(m.CX)).Attr("cy", f2(m.CY)).Attr("r", f2(m.HitRadius()))
		}
		nodes = append(nodes, svg("g").Class(cls).Attr("tabindex", 0).Attr("role", "button").
			Attr("data-item", m.Item).Attr("data-event", te.Param).Attr("data-date", te.Date.String()).
			Aria("label", label).Aria("pressed", strconv.FormatBool(m.Item == selected)).
			OnClick(p.onMarkClick).Body(
			svg("title").Text(label), hit, shape,
			app.If(m.Kind == timeline.Bar && m.ClipLeft, func() app.UI {
				return svg("path").Class("tl-clip").Attr("d", fmt.Sprintf("M%s %sl6 -5v10z", f2(m.X), f2(m.MidY())))
			}),
			app.If(m.Kind == timeline.Bar && m.ClipRight, func() app.UI {
				return svg("path").Class("tl-clip").Attr("d", fmt.Sprintf("M%s %sl-6 -5v10z", f2(m.X+m.W), f2(m.MidY())))
			}),
		))
		// The mark's visible label is drawn beside the mark, not inside
		// it: the mark's accessible name is the event's full description,
		// which a clipped label would not match.
		if m.Label != "" {
			lc := "tl-mark-label"
			if m.LabelInside {
				lc += " inside"
			}
			markLabels = append(markLabels, svg("text").Class(lc).Attr("lang", textLang).
				Attr("x", f2(m.LabelX)).Attr("y", f2(m.LabelY)).Text(m.Label))
		}
	}
	nodes = append(nodes, svg("g").Class("tl-mark-labels").Attr("aria-hidden", "true").Body(markLabels...))
	return svg("svg").Class("tl-svg").
		Attr("width", f2(l.Width)).Attr("height", f2(h)).
		Attr("viewBox", "0 0 "+f2(l.Width)+" "+f2(h)).
		Attr("tabindex", 0).Attr("role", "group").
		Aria("label", fmt.Sprintf("Timeline of %s, showing %s. Plus and minus zoom, arrow keys move, 0 shows all; Tab reaches the events.", text.Plural(len(entries), "event"), viewLabel(p.cur))).
		On("pointerdown", p.onPointerDown).
		On("pointermove", p.onPointerMove).
		On("pointerup", p.onPointerUp).
		On("pointercancel", func(ctx app.Context, e app.Event) { p.down = false }).
		Body(nodes...)
}

// panel shows the selected entry: what happened, who took part and the
// sentence that tells of it (for a happening told several times, the
// first, then the others), with a link to it in its article.
func (p *Timeline) panel(v corpusView, e *explore.TimelineEntry) app.UI {
	ac := v.AC
	var title string
	var art *analysis.Article
	at, sentence := 0, -1 // the article, and its sentence that tells of it
	var body []app.UI
	switch e.Kind {
	case explore.HappeningEntry:
		h := e.Happening
		title = explore.HappeningLabel(ac, h)
		r := h.Mentions()[0]
		at = r.Article
		art = ac.Articles[at]
		sentence = art.EventMention(r.Mention).Sentence
		body = append(body, participants(ac, h))
	case explore.PublishedEntry:
		title = "Publication"
		at = e.Ref.Article
		art = ac.Articles[at]
	default:
		title = "A dated sentence"
		at = e.Ref.Article
		art = ac.Articles[at]
		sentence = ac.Event(e.Ref).Sentence
	}
	if sentence >= 0 {
		body = append(body,
			app.Blockquote().Class("tl-sentence").ID("tl-sentence").Lang(textLang).Body(marked(ac, art, art.Sentences[sentence].Span)...),
			app.P().Body(
				app.Text("In "),
				app.A().Href(v.articleHref(at, -1)).Lang(textLang).Text(art.Title),
				app.Text(" · "),
				app.A().ID("tl-selected-link").Class("sentence-link").Href(v.articleHref(at, sentence)).Text("Read the sentence in the article →"),
			),
		)
	} else {
		body = append(body, app.P().Body(
			app.Text("Publication of "),
			app.A().ID("tl-selected-link").Href(v.articleHref(at, -1)).Lang(textLang).Text(art.Title),
		))
	}
	if e.Kind == explore.HappeningEntry && len(e.Happening.Mentions()) > 1 {
		others := e.Happening.Told(1, len(e.Happening.Mentions()))
		var all app.UI
		if n := len(others.Mentions()); n > panelSources && p.allSourcesOf != p.event {
			// A happening of a large corpus may be told in thousands of
			// sentences: drawing them all at once froze the page.
			others = others.Told(0, panelSources)
			ev := p.event
			all = app.Button().Class("button linkish").ID("tl-all-sources").Textf("Show all %d sentences", n).
				OnClick(func(ctx app.Context, _ app.Event) { p.allSourcesOf = ev })
		}
		body = append(body, app.Div().Class("tl-also").Body(
			app.H3().Text("Also told in"),
			allSources(v, &others),
			all,
		))
	}
	return app.Section().Class("tl-panel").ID("tl-selected").Aria("label", "Selected event").Aria("live", "polite").Body(
		app.Div().Class("tl-panel-head").Body(
			app.H2().Class("tl-what").Text(title),
			app.Button().Class("button linkish").ID("tl-deselect").Text("Close").
				OnClick(func(ctx app.Context, ev app.Event) { p.selectEvent(ctx, "") }),
		),
		entryMeta(v, e),
		app.Div().Class("tl-panel-body").Body(body...),
	)
}

// list renders the entries in calendar order, the first listLimit of them
// and the selected one.
func (p *Timeline) list(cv corpusView, entries []explore.TimelineEntry, selected int) app.UI {
	capL := p.listLimit()
	shown := make([]explore.TimelineEntry, 0, min(len(entries), capL+1))
	for i := range entries {
		if i < capL || i == selected {
			shown = append(shown, entries[i])
		}
	}
	l := entryList{show: func(e *explore.TimelineEntry) app.UI {
		v := p.laneValues(p.lanes())
		v.Set("event", e.Param)
		return app.A().Class("show").Href(href("/timeline", v)).Aria("label", "Show on the timeline: "+e.Label).Text("Show on the timeline").
			OnClick(p.onShow)
	}}
	if selected >= 0 {
		l.selected = entries[selected].Param
	}
	return app.Section().Class("tl-list").Aria("labelledby", "tl-list-h").Body(
		app.H2().ID("tl-list-h").Text("Events in calendar order"),
		app.Ol().Class("events").ID("timeline-list").Body(entryItems(cv, shown, l)...),
		app.If(len(entries) > capL, func() app.UI {
			return app.Button().Class("button more-results").ID("more-events").
				Textf("Show more (%d of %d events listed)", capL, len(entries)).
				OnClick(p.listMoreEvents)
		}),
	)
}

// undatedNote says how many happenings are told without a date of their
// own, with a link that draws them at their article's date or leaves them
// out again.
func (p *Timeline) undatedNote(n int) app.UI {
	v := p.laneValues(p.lanes())
	v.Del("event")
	var msg, link string
	switch {
	case p.undated && n == 1:
		v.Del("undated")
		msg, link = "1 happening told without a date of its own is drawn at the date of the article that tells of it, hollow: that date says when it was told. ", "Leave it out"
	case p.undated:
		v.Del("undated")
		msg = fmt.Sprintf("%d happenings told without a date of their own are drawn at the date of the article that tells of each, hollow: that date says when they were told. ", n)
		link = "Leave them out"
	case n == 1:
		v.Set("undated", "1")
		msg, link = "1 more happening is told without a date of its own: its article lists it beside its text. ", "Draw it at its article's date"
	default:
		v.Set("undated", "1")
		msg, link = fmt.Sprintf("%d more happenings are told without a date of their own: each article lists them beside its text. ", n), "Draw them at their articles' dates"
	}
	return app.P().Class("hint").ID("timeline-undated").Body(
		app.Text(msg),
		app.A().ID("tl-undated-toggle").Href(href("/timeline", v)).Text(link),
	)
}

// kindFacet shows the kinds of event drawn, with their counts: each a
// switch that shows only the kinds switched on (all when none is).
func (p *Timeline) kindFacet(kinds []explore.EntryKindCount) app.UI {
	items := make([]app.UI, 0, len(kinds))
	for _, k := range kinds {
		v := p.laneValues(p.lanes())
		v.Del("kind")
		for _, x := range explore.ToggleKind(p.kinds, k.Key) {
			v.Add("kind", x)
		}
		v.Del("event")
		cls := "chip kind"
		if k.Selected {
			cls += " selected"
		}
		items = append(items, app.Li().Body(
			app.A().Class(cls).DataSet("kind", k.Key).Href(href("/timeline", v)).Aria("pressed", strconv.FormatBool(k.Selected)).Role("button").Body(
				app.Text(k.Label+" "), app.Span().Class("n").Text(strconv.Itoa(k.Count)),
			),
		))
	}
	return app.Nav().Class("tl-kinds").ID("tl-kinds").Aria("label", "Kinds of event").Body(
		app.Span().Class("seg-label").Text("Show:"),
		app.Ul().Class("chips").Body(items...),
	)
}

// Limits that keep the timeline quick on large results.
const (
	timelineArticles = 40  // matching articles drawn, in result order
	timelineListed   = 50  // events listed below the axis, then "Show more" (after importing 14,894 articles the first draw took 0.73–0.74 s with 100, 0.39–0.64 s with 50)
	panelSources     = 100 // sentences of the selected event listed before "Show all"
)
