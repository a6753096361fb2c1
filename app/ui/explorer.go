package ui

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"time"

	"corpusexplorer/app/explore"
	"corpusexplorer/app/packcorpus"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"

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
	s       *session
	state   search.State
	notices []search.Notice
	version int

	shown  int  // results shown (a multiple of the page size)
	drawer bool // the filter drawer is open (phones)
	// box is the search box's value as drawn: the query of the last
	// navigation, not of each keystroke. go-app sets a box's value when
	// the value it draws changes, and a keystroke's answer drawn while
	// the next keystrokes' events wait (see awaitAnswer) would set the
	// box back to what it was then, under the user's fingers.
	box string

	packVersion int // answers of the pack that arrived (statePack)

	view *explorerView // what the state shows, worked out once
	urls urlSync       // the URL follows typing
}

// explorerView is what the explorer shows for one state (see
// explore.Explorer), worked out once per state, page size and corpus (see
// prepare). Its parts go to sub-components whose props are compared, so
// an unchanged facet or list is not rendered again.
type explorerView struct {
	key viewKey
	explore.ExplorerView

	// Over a pack: the cards of the hits, the answer shown (nil while
	// loading: the view then is the previous one), and why it failed.
	cards   []packcorpus.Card
	res     *packResult
	loading bool
	err     error
}

type viewKey struct {
	state string
	shown int
	data  *Data
}

// prepare works out the view of the current state, unless it already has.
// The event handlers call it, so that the search runs while go-app waits
// for its next frame rather than in the frame's render.
func (p *Explorer) prepare() *explorerView {
	if p.s.packed() {
		return p.preparePack()
	}
	d := p.s.data()
	key := viewKey{p.state.Encode(), max(p.shown, resultsPage), d}
	if p.view != nil && p.view.key == key {
		return p.view
	}
	v := &explorerView{key: key}
	p.view = v
	if d.Err == nil {
		v.ExplorerView = explore.Explorer(d.AC, d.Index, p.state, key.shown)
	}
	return v
}

// preparePack is prepare over a pack: the view of the state when it has
// arrived (see request), else the previous one, marked as loading.
func (p *Explorer) preparePack() *explorerView {
	key := viewKey{p.state.Encode(), max(p.shown, packPage), nil}
	r := p.s.packView(app.Context{}, false, p.state, key.shown)
	if r == nil {
		if p.view != nil && p.view.key == key {
			return p.view
		}
		v := &explorerView{key: key, loading: true}
		if p.view != nil && p.view.err == nil {
			v.ExplorerView, v.cards = p.view.ExplorerView, p.view.cards
		}
		p.view = v
		return v
	}
	if p.view != nil && p.view.key == key && p.view.res == r {
		return p.view
	}
	p.view = &explorerView{key: key, ExplorerView: r.view.ExplorerView, cards: r.view.Cards, res: r, err: r.err}
	return p.view
}

// request asks for the view of the current state over a pack, unless it
// has arrived or is asked for already; then prepares what to show.
func (p *Explorer) request(ctx app.Context) *explorerView {
	if p.s.packed() {
		p.s.packView(ctx, true, p.state, max(p.shown, packPage))
	}
	return p.prepare()
}

// pageSize is the number of results shown at first and added by "Show
// more".
func (p *Explorer) pageSize() int {
	if p.s.packed() {
		return packPage
	}
	return resultsPage
}

// onRetry asks again for what could not be fetched.
func (p *Explorer) onRetry(ctx app.Context, e app.Event) {
	p.s.retryPack()
	p.view = nil
	p.request(ctx)
}

// OnMount observes corpus replacements (and the pack's answers) and binds
// the keyboard shortcut "/".
func (p *Explorer) OnMount(ctx app.Context) {
	observeCorpus(ctx, &p.version)
	if p.s.packed() {
		ctx.ObserveState(statePack, &p.packVersion)
	}
	p.s.bindSlash()
}

// OnNav reads the search state from the URL; malformed values are ignored
// with a notice.
func (p *Explorer) OnNav(ctx app.Context) {
	if p.urls.navigated(ctx) {
		return
	}
	var cat explore.Catalog
	if !p.s.packed() {
		// A pack's catalogue may not be there yet: its ids are not checked.
		cat = p.s.data().Catalog()
	}
	p.state, p.notices = explore.ParseState(ctx.Page().URL().Query(), cat)
	p.shown = p.pageSize()
	p.takeOver(ctx)
	p.box = p.state.Q
	p.request(ctx)
	ctx.Page().SetTitle(explorerTitle(p.state))
	ctx.Defer(p.syncControls)
}

// takeOver applies what the user typed and ticked in the prerendered page
// before the wasm was ready, as one new history entry, and gives the
// focus back to where it was.
func (p *Explorer) takeOver(ctx app.Context) {
	early, ok := takeEarlyInput()
	if !ok {
		return
	}
	st := p.state
	if q, ok := early.values["q"]; ok {
		st.Q = q
	}
	ids := make([]string, 0, len(early.checks))
	for id := range early.checks {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if early.checks[id] != st.HasActor(id) {
			st = explore.Toggle(st, id)
		}
	}
	if early.focus != "" {
		ctx.Defer(func(app.Context) { focusEnd(early.focus) })
	}
	if st.Encode() == p.state.Encode() {
		return
	}
	p.state = st
	p.urls.follow(ctx, p.target(ctx))
}

// syncControls shows the state in the controls after a navigation: the
// search box (which keeps what was typed, e.g. after "Clear all"), the
// sort select and the facet's checkboxes (see controls.go).
func (p *Explorer) syncControls(ctx app.Context) {
	setValue("q", p.state.Q)
	setValue("sort", p.state.Sort.String())
	syncChecks("actor-facet", facetBox, p.state.Actors)
}

func explorerTitle(st search.State) string {
	if st.Q != "" {
		return st.Q + " · Corpus Explorer"
	}
	return "Corpus Explorer"
}

// navigate pushes a new state as a history entry.
func navigate(ctx app.Context, path string, st search.State) {
	u := *ctx.Page().URL()
	u.Path = href(path, nil)
	u.RawQuery = st.Encode()
	u.Fragment = ""
	ctx.NavigateTo(&u)
}

// onInput searches while the user types. The first keystroke of a new
// search adds a history entry; the URL then follows the typing in it.
func (p *Explorer) onInput(ctx app.Context, e app.Event) {
	p.state.Q = ctx.JSSrc().Get("value").String()
	p.shown = p.pageSize()
	p.request(ctx)
	p.awaitAnswer(ctx)
	p.urls.follow(ctx, p.target(ctx))
}

// loadingDelay is how long an answer of the pack may take before the
// page marks its results as loading.
const loadingDelay = 150 * time.Millisecond

// quickAnswer is how long a typed query over a pack waits for its answer
// before the page goes on without it (see awaitAnswer).
const quickAnswer = 40 * time.Millisecond

// awaitAnswer draws the pack's answer to what was typed with the update
// of the keystroke when it comes quickly, and otherwise keeps the results
// as they are while it is on its way, for up to loadingDelay.
//
// go-app draws a frame at most 8 ms after the first event of a quiet
// time, and an answer that comes after that frame waits 8 ms more for the
// next one: so the handler waits for the answer, up to quickAnswer (a
// search of files in the browser's cache takes 5 to 10 ms), and the
// keystroke's update draws it. A slower answer keeps the results shown
// until it comes, without a loading state flashing before it; after
// loadingDelay they are marked as loading (the status shows the files
// being fetched meanwhile, see progressEvery).
func (p *Explorer) awaitAnswer(ctx app.Context) {
	v := p.view
	if !p.s.packed() || v == nil || !v.loading {
		return
	}
	start := time.Now()
	if p.s.awaitPack(ctx, packViewKey(p.state, v.key.shown), quickAnswer) {
		p.prepare()
		// What was typed during the wait has its own events on their
		// way, and this answer is already not the one wanted: it is not
		// drawn.
		if ctx.JSSrc().Get("value").String() != p.state.Q {
			ctx.PreventUpdate()
		}
		return
	}
	if v.ExplorerView.Stats.Articles == 0 {
		return
	}
	ctx.PreventUpdate()
	ctx.After(loadingDelay-time.Since(start), func(ctx app.Context) {
		if p.view != v {
			ctx.PreventUpdate()
		}
	})
}

// target returns the URL and title of the state at the time it is called.
func (p *Explorer) target(ctx app.Context) func() (*url.URL, string) {
	return func() (*url.URL, string) {
		u := *ctx.Page().URL()
		u.RawQuery = p.state.Encode()
		return &u, explorerTitle(p.state)
	}
}

// onSearchKey clears the search box on Escape; ArrowDown moves to the
// first result.
func (p *Explorer) onSearchKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "ArrowDown":
		if first := app.Window().Get("document").Call("querySelector", resultLinks); first.Truthy() {
			e.PreventDefault()
			first.Call("focus")
		}
		ctx.PreventUpdate()
	case "Escape":
		if p.state.Q == "" {
			ctx.PreventUpdate()
			return
		}
		e.PreventDefault()
		p.state.Q, p.box = "", ""
		ctx.JSSrc().Set("value", "")
		p.request(ctx)
		p.awaitAnswer(ctx)
		p.urls.follow(ctx, p.target(ctx))
	default:
		ctx.PreventUpdate()
	}
}

func (p *Explorer) onSort(ctx app.Context, e app.Event) {
	st := p.state
	st.Sort, _ = search.ParseSort(ctx.JSSrc().Get("value").String())
	navigate(ctx, "/", st)
}

// Render shows the search box, the filters and the matching articles.
func (p *Explorer) Render() app.UI {
	packed := p.s.packed()
	version := p.packVersion
	if !packed {
		d := p.s.data()
		if d.Err != nil {
			return page(p.s, "/", loadError(d.Err))
		}
		version = d.Version
	}
	v := p.prepare()
	// The parts of a pack, made only over one (so that a build without
	// packs links none of their code).
	var keep, status, failed app.UI
	if p.s.packed() {
		keep = &keepOffline{s: p.s}
		status = &packStatus{s: p.s, Loading: v.loading}
		if v.err != nil {
			failed = packError(v.err, p.onRetry)
		}
	}
	res := v.Result
	filters := "filters"
	if p.drawer {
		filters += " open"
	}
	return page(p.s, "/",
		app.Div().Class("explorer-head").Body(
			app.H1().Text("Articles"),
			app.Div().Class("searchbar").Role("search").Body(
				app.Label().For("q").Class("visually-hidden").Text("Search the articles"),
				app.Input().ID("q").Type("search").
					Placeholder("Search: poetin, \"tweede keer\", oekr…, -navo   (press / to focus)").
					Value(p.box).AutoComplete(false).Spellcheck(false).
					Aria("keyshortcuts", "/").
					OnInput(p.onInput).OnKeyDown(p.onSearchKey),
				app.Label().For("sort").Class("visually-hidden").Text("Sort by"),
				p.sortSelect(),
			),
		),
		noticeList(append(append([]search.Notice(nil), p.notices...), v.Notes...)),
		app.Div().Class("toolbar").Body(
			app.P().Class("count").ID("result-count").Aria("live", "polite").Text(countLabel(v)),
			app.Button().Class("button secondary filters-toggle").ID("filters-toggle").
				Aria("expanded", strconv.FormatBool(p.drawer)).Aria("controls", "filters").
				Text(fmt.Sprintf("Filters (%d)", len(v.Chips))).
				OnClick(p.onDrawer),
		),
		app.Div().Class("suggest-slot").Aria("live", "polite").Body(didYouMean(p.state, v.Suggest)),
		app.Div().Class("active-filters-slot").Body(p.activeChips(v.Chips)),
		app.Div().Class("explorer").Body(
			app.Aside().Class(filters).ID("filters").Aria("label", "Filters").OnKeyDown(p.onFiltersKey).Body(
				app.Div().Class("drawer-head").Body(
					app.H2().Text("Filters"),
					app.Button().Class("button close").Text("Done").OnClick(p.closeDrawer),
				),
				&dateFacet{s: p.s, Bins: v.Bins, State: p.state, Days: v.Stats.DayDated > 0, Months: v.Months},
				&actorFacet{s: p.s, Counts: res.Facets.Actors, State: p.state, Version: version},
				keep,
			),
			resultsCol(packed, v).Body(
				status, failed,
				app.Div().Class("empty-slot").Body(p.emptyResult(v)),
				p.results(v, version),
				app.If(res.Total > len(res.Hits), func() app.UI {
					return app.Button().Class("button secondary more-results").ID("more-results").
						Textf("Show more (%d of %d shown)", len(res.Hits), res.Total).
						OnClick(p.showMore)
				}),
			),
		),
	)
}

// results lists the hits: their cards over a pack, else the result list.
func (p *Explorer) results(v *explorerView, version int) app.UI {
	if p.s.packed() {
		return &packResults{s: p.s, Cards: v.cards, State: p.state}
	}
	return &resultList{s: p.s, Hits: v.Result.Hits, State: p.state, InResult: v.Result.Facets.Actors, Version: version}
}

// resultsCol is the column of results. Over a pack it names, in
// data-shown, the state whose answer it shows ("s:" and the state's URL
// query) once that has arrived: what a test or benchmark waits for.
func resultsCol(packed bool, v *explorerView) app.HTMLSection {
	col := app.Section().Class("results-col").Aria("label", "Results")
	if packed && !v.loading && v.err == nil {
		col = col.DataSet("shown", "s:"+v.key.state)
	}
	return col
}

// countLabel says how many articles match, of how many; over a pack,
// before its first answer, that it is searching.
func countLabel(v *explorerView) string {
	if v.loading && v.Stats.Articles == 0 {
		return "Searching…"
	}
	return fmt.Sprintf("%d of %s", v.Result.Total, text.Plural(v.Stats.Articles, "article"))
}

func (p *Explorer) showMore(ctx app.Context, e app.Event) {
	p.shown += p.pageSize()
	p.request(ctx)
}

// onDrawer opens or closes the filter drawer (phones).
func (p *Explorer) onDrawer(ctx app.Context, e app.Event) {
	p.drawer = !p.drawer
	if p.drawer {
		ctx.Defer(func(app.Context) { focusID("find-actor") })
	}
}

func (p *Explorer) closeDrawer(ctx app.Context, e app.Event) {
	p.drawer = false
	focusID("filters-toggle")
}

// onFiltersKey closes the drawer on Escape; other keys change nothing.
func (p *Explorer) onFiltersKey(ctx app.Context, e app.Event) {
	if p.drawer && e.Get("key").String() == "Escape" {
		p.closeDrawer(ctx, e)
		return
	}
	ctx.PreventUpdate()
}

func (p *Explorer) sortSelect() app.UI {
	opts := make([]app.UI, 0, len(search.Sorts()))
	for _, o := range search.Sorts() {
		opt := app.Option().Value(o.String()).Text(o.Label())
		if p.state.Sort == o {
			opt = opt.Selected(true)
		}
		opts = append(opts, opt)
	}
	return app.Select().ID("sort").Class("sort").OnChange(p.onSort).Body(opts...)
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
func (p *Explorer) emptyResult(v *explorerView) app.UI {
	if v.Result.Total > 0 || v.loading || v.err != nil {
		return nil
	}
	rel := v.Relax
	var body []app.UI
	switch {
	case len(v.Chips) == 0:
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
				app.A().Href(href("/", r.Remove.Values())).Text(text.Plural(r.Total, "article")),
			))
		}
		body = append(body,
			app.P().Text("No article matches all the filters. What emptied the result:"),
			app.Ul().Body(items...),
		)
	}
	return app.Div().Class("empty").ID("no-results").Role("status").Body(body...)
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

// bindSlash focuses the search box when "/" is typed outside a field. The
// listener is added once and serves every page that has a search box.
func (s *session) bindSlash() {
	if app.IsClient && !s.slashBound {
		s.slashBound = true
		addSlashListener()
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

// focusEnd focuses the element with the given id, with the caret after
// its text when it is a text box.
func focusEnd(id string) {
	if !app.IsClient {
		return
	}
	el := app.Window().Get("document").Call("getElementById", id)
	if !el.Truthy() {
		return
	}
	el.Call("focus")
	if t := el.Get("type").String(); t == "search" || t == "text" {
		n := len([]rune(el.Get("value").String()))
		el.Call("setSelectionRange", n, n)
	}
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
