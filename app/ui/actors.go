package ui

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// discoveredTitle explains the "discovered" badge.
const discoveredTitle = "Discovered: found in the article text by the name finder, not listed in the curated actor gazetteer"

// Actors lists every actor of the corpus: /actors?type=&q=&sort=. Its
// state is the URL's query, so every view can be shared.
type Actors struct {
	app.Compo
	s       *session
	q       explore.ActorQuery
	notices []search.Notice
	version int
	// packVersion counts the pack's answers that arrived (statePack).
	packVersion int
	// rows caches every actor's row for the corpus rowsOf (a *Data, or
	// over a pack its *packActorRows), so that typing in the find box
	// only filters.
	rows   []explore.ActorRow
	rowsOf any
	// shown are the rows of q (see prepare), worked out for the query
	// shownOf ("?" and its URL form; "" when none) on the corpus rowsOf.
	shown   []explore.ActorRow
	counts  map[actors.Type]int
	shownOf string
	urls    urlSync // the URL follows the find box
}

// prepare works out the rows of the current query, unless it already has:
// every actor's row once per corpus, the query's rows and the counts per
// type once per query.
func (p *Actors) prepare(of any, rows func() []explore.ActorRow) {
	if p.rowsOf != of {
		p.rows, p.rowsOf, p.shownOf = rows(), of, ""
		p.counts = explore.TypeCounts(p.rows)
	}
	if key := "?" + p.q.Values().Encode(); key != p.shownOf {
		p.shown, p.shownOf = explore.FilterActors(p.rows, p.q), key
	}
}

// OnMount re-renders the list when the corpus is replaced (or the pack's
// list arrives).
func (p *Actors) OnMount(ctx app.Context) {
	observeCorpus(ctx, &p.version)
	if p.s.packed() {
		ctx.ObserveState(statePack, &p.packVersion)
	}
}

// OnNav reads the list's state from the URL; malformed values are ignored
// with a notice.
func (p *Actors) OnNav(ctx app.Context) {
	if p.urls.navigated(ctx) {
		return
	}
	p.q, p.notices = explore.ParseActorQuery(ctx.Page().URL().Query())
	if p.s.packed() {
		p.s.packActorRows(ctx, true)
	}
	ctx.Page().SetTitle("Actors · Corpus Explorer")
	ctx.Defer(func(app.Context) { setValue("actor-q", p.q.Q) })
}

// url returns the page URL of state q, absolute so the sub-path is kept.
func (p *Actors) url(ctx app.Context, q explore.ActorQuery) *url.URL {
	u := *ctx.Page().URL()
	u.RawQuery = q.Values().Encode()
	u.Fragment = ""
	return &u
}

// onFind filters while the user types. The first keystroke adds a
// history entry; the URL then follows the typing in it.
func (p *Actors) onFind(ctx app.Context, e app.Event) {
	p.q.Q = ctx.JSSrc().Get("value").String()
	p.urls.follow(ctx, func() (*url.URL, string) { return p.url(ctx, p.q), "Actors · Corpus Explorer" })
}

// sortBy returns the handler of a column's sort button: a new history
// entry, so Back returns to the previous order.
func (p *Actors) sortBy(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		q := p.q
		q.Sort = key
		ctx.NavigateTo(p.url(ctx, q))
	}
}

// Render draws the filters and the table of actors.
func (p *Actors) Render() app.UI {
	var ac *analysis.Corpus
	packed := p.s.packed()
	if packed {
		x := p.s.packActorRows(app.Context{}, false)
		switch {
		case x == nil:
			return page(p.s, "/actors", app.H1().Text("Actors"), &packStatus{s: p.s, Loading: true})
		case x.err != nil:
			return page(p.s, "/actors", app.H1().Text("Actors"), packError(x.err, p.onRetry))
		}
		p.prepare(x, func() []explore.ActorRow { return x.rows })
	} else {
		d := p.s.data()
		if d.Err != nil {
			return page(p.s, "/actors", loadError(d.Err))
		}
		ac = d.AC
		p.prepare(d, func() []explore.ActorRow { return explore.ActorRows(d.AC, 3) })
	}
	all, rows, counts := p.rows, p.shown, p.counts

	// The type filter: links that keep the find text and the order.
	typeLink := func(t string, label string, n int) app.UI {
		q := p.q
		q.Type = t
		a := app.A().Href(href("/actors", q.Values())).Body(
			app.Text(label+" "),
			app.Span().Class("n").Textf("%d", n),
		)
		if p.q.Type == t {
			a = a.Aria("current", "true")
		}
		if t != "" {
			a = a.Class("chip " + t)
		} else {
			a = a.Class("chip all")
		}
		return app.Li().Body(a)
	}
	types := []app.UI{typeLink("", "All", len(all))}
	for _, t := range actors.Types {
		types = append(types, typeLink(t.String(), explore.TypeLabel(t), counts[t]))
	}

	var empty app.UI
	if len(rows) == 0 {
		empty = app.P().Class("empty").ID("no-actors").Body(
			app.Text("No actor matches these filters. "),
			app.A().Href(href("/actors", nil)).Text("Show all actors"),
		)
	}
	caption := fmt.Sprintf("Actors, %s", p.q.Order().Description)
	if p.q.Type != "" {
		caption = fmt.Sprintf("Actors of type %s, %s", p.q.Type, p.q.Order().Description)
	}
	if p.q.Q != "" {
		caption += fmt.Sprintf(", matching “%s”", strings.TrimSpace(p.q.Q))
	}
	return page(p.s, "/actors",
		app.H1().Text("Actors"),
		app.P().Class("intro").Text("Every person, organisation, place and medium the articles mention. Choose a name to see its articles, events and companions."),
		app.Div().Class("actor-controls").Body(
			app.Div().Class("actor-find").Role("search").Body(
				app.Label().For("actor-q").Text("Find an actor"),
				app.Input().ID("actor-q").Type("search").Placeholder("Name or alias: putin, navo, oekr…").
					Value(p.q.Q).AutoComplete(false).Spellcheck(false).OnInput(p.onFind),
			),
			app.Nav().Class("type-filter").Aria("label", "Filter by type").Body(
				app.Ul().Class("chips").Body(types...),
			),
		),
		app.Range(p.notices).Slice(func(i int) app.UI {
			return app.P().Class("notice-inline").Role("status").Text(p.notices[i].String())
		}),
		app.P().Class("count").ID("actor-count").Aria("live", "polite").Textf("%d of %d actors", len(rows), len(all)),
		empty,
		app.If(len(rows) > 0, func() app.UI {
			return app.Div().Class("table-scroll").Role("region").Aria("labelledby", "actor-caption").TabIndex(0).Body(
				app.Table().Class("actor-table").ID("actor-table").Body(
					app.Caption().ID("actor-caption").Text(caption),
					app.THead().Body(app.Tr().Body(
						p.sortHeader("name"),
						app.Th().Scope("col").Class("plain").Text("Type"),
						p.sortHeader("articles"),
						app.If(!packed, func() app.UI { return p.sortHeader("mentions") }),
						p.sortHeader("first"),
						p.sortHeader("last"),
						app.If(!packed, func() app.UI { return app.Th().Scope("col").Class("plain").Text("Appears most with") }),
					)),
					app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI { return actorRow(ac, rows[i]) })),
				),
			)
		}),
	)
}

// onRetry asks again for what could not be fetched.
func (p *Actors) onRetry(ctx app.Context, e app.Event) {
	p.s.retryPack()
	p.s.packActorRows(ctx, true)
}

// sortHeader is the heading of a sortable column: a button that sorts by
// it, with aria-sort on the current column.
func (p *Actors) sortHeader(key string) app.UI {
	o, _ := explore.ActorSortOf(key)
	current := p.q.SortKey() == key
	dir, arrow := "descending", "↓"
	if o.Ascending {
		dir, arrow = "ascending", "↑"
	}
	th := app.Th().Scope("col").Class("sortable")
	if o.Numeric {
		th = th.Class("sortable num")
	}
	btn := app.Button().Type("button").Class("sort").DataSet("sort", key).
		Title("Sort " + o.Description).
		OnClick(p.sortBy(key))
	if current {
		th = th.Aria("sort", dir)
		btn = btn.Body(app.Text(o.Label+" "), app.Span().Class("arrow").Aria("hidden", "true").Text(arrow))
	} else {
		btn = btn.Text(o.Label)
	}
	return th.Body(btn)
}

// actorRow is one line of the actor table; over a pack (ac nil) without
// the mentions and the companions, which a pack does not count for the
// whole list.
func actorRow(ac *analysis.Corpus, r explore.ActorRow) app.UI {
	a, s := r.Actor, r.Stat
	with := make([]app.UI, 0, len(s.With))
	for _, w := range s.With {
		name := actorName(ac, w.ID)
		with = append(with, app.Li().Body(
			app.A().Href(href("/actor", url.Values{"id": {w.ID}})).
				Title(fmt.Sprintf("%s: %s together", name, text.Plural(w.Articles, "article"))).
				Text(name),
		))
	}
	return app.Tr().DataSet("actor", a.ID).Body(
		app.Th().Scope("row").Class("name").Body(
			app.A().Class("actor-name").Href(href("/actor", url.Values{"id": {a.ID}})).Lang(textLang).Text(a.Name),
			discoveredBadge(a),
			app.A().Class("show-articles").Href(href("/", url.Values{"actor": {a.ID}})).
				Aria("label", "Show articles mentioning "+a.Name).Text("Show articles"),
		),
		app.Td().Class("type").DataSet("label", "Type").Body(app.Span().Class("chip "+a.Type.String()).Text(a.Type.String())),
		app.Td().Class("num").DataSet("label", "Articles").Textf("%d", s.Articles),
		app.If(ac != nil, func() app.UI {
			return app.Td().Class("num").DataSet("label", "Mentions").Textf("%d", s.Mentions)
		}),
		app.Td().DataSet("label", "First").Body(app.Time().DateTime(s.First.String()).Text(s.First.String())),
		app.Td().DataSet("label", "Last").Body(app.Time().DateTime(s.Last.String()).Text(s.Last.String())),
		app.If(ac != nil, func() app.UI {
			return app.Td().Class("with-cell").DataSet("label", "Appears most with").Body(app.Ul().Class("with").Aria("label", "Appears most with").Body(with...))
		}),
	)
}

// discoveredBadge marks an actor the extractor found in the text, the same
// way wherever actors are listed; nil for a curated actor.
func discoveredBadge(a actors.Actor) app.UI {
	if !a.Discovered {
		return nil
	}
	return discoveredMark()
}

// discoveredMark is the "discovered" badge, with its explanation as the
// tooltip and, for screen readers, as hidden text.
func discoveredMark() app.UI {
	return app.Span().Class("badge discovered").Title(discoveredTitle).Body(
		app.Text("discovered"),
		app.Span().Class("visually-hidden").Text(" (found in the text by the name finder, not in the curated list)"),
	)
}

// ActorPage shows one actor: /actor?id=ID.
type ActorPage struct {
	app.Compo
	s       *session
	id      string
	version int

	// Over a pack: the answers of the pack that arrived (statePack), how
	// many of the actor's articles are read (0: actorArticlesRead), and
	// the page last drawn, drawn again while more articles are read.
	packVersion int
	articleCap  int
	drawn       *packActor
	drawnID     string
}

// actorArticlesRead is how many of an actor's articles its page over a
// pack reads at first, newest first; "Read more" doubles it.
const actorArticlesRead = 40

// OnMount re-renders the page when the corpus is replaced (or an answer
// of the pack arrives).
func (p *ActorPage) OnMount(ctx app.Context) {
	observeCorpus(ctx, &p.version)
	if p.s.packed() {
		ctx.ObserveState(statePack, &p.packVersion)
	}
}

// OnNav reads the actor id from the URL and sets the title.
func (p *ActorPage) OnNav(ctx app.Context) {
	if id := ctx.Page().URL().Query().Get("id"); id != p.id {
		p.id, p.articleCap = id, 0
	}
	if p.s.packed() {
		p.request(ctx)
		title := "Actor · Corpus Explorer"
		if c := p.s.packCorpus(); c != nil {
			if a, ok := c.Actor(p.id); ok {
				title = a.Name + " · Actors · Corpus Explorer"
			}
		}
		ctx.Page().SetTitle(title)
		return
	}
	title := "Actor not found · Corpus Explorer"
	if d := p.s.data(); d.Err == nil {
		if a, ok := d.AC.Actor(p.id); ok {
			title = a.Name + " · Actors · Corpus Explorer"
		}
	}
	ctx.Page().SetTitle(title)
}

// articleLimit is how many of the actor's articles the page over a pack
// reads.
func (p *ActorPage) articleLimit() int {
	if p.articleCap == 0 {
		return actorArticlesRead
	}
	return p.articleCap
}

// request asks, over a pack, for the actor's page (see
// session.packActor), unless it has arrived or is asked for already.
func (p *ActorPage) request(ctx app.Context) {
	if p.s.packed() && p.id != "" {
		p.s.packActor(ctx, true, p.id, p.articleLimit())
	}
}

func (p *ActorPage) readMore(ctx app.Context, e app.Event) {
	p.articleCap = p.articleLimit() * 2
	p.request(ctx)
}

func (p *ActorPage) onRetry(ctx app.Context, e app.Event) {
	p.s.retryPack()
	p.request(ctx)
}

// Render shows the actor: facts, roles, articles, events and companions.
func (p *ActorPage) Render() app.UI {
	if p.s.packed() {
		return p.renderPack()
	}
	d := p.s.data()
	if d.Err != nil {
		return page(p.s, "/actors", loadError(d.Err))
	}
	pr, ok := explore.Profile(d.AC, p.id)
	if !ok {
		return p.notFound()
	}
	return p.profile(corpusView{Data: d}, pr, 0)
}

// renderPack shows the actor's page over a pack once its newest articles
// are read (see packcorpus.Corpus.Profile); while more are read, the
// page of those read before.
func (p *ActorPage) renderPack() app.UI {
	x := p.s.packActor(app.Context{}, false, p.id, p.articleLimit())
	fetching := x == nil
	if x == nil && p.drawnID == p.id {
		x = p.drawn
	}
	switch {
	case p.id == "" || x != nil && x.err == nil && !x.found:
		return p.notFound()
	case x == nil:
		return page(p.s, "/actors", app.H1().Text("Actor"), &packStatus{s: p.s, Loading: true})
	case x.err != nil:
		return page(p.s, "/actors", app.H1().Text("Actor"), packError(x.err, p.onRetry))
	}
	p.drawn, p.drawnID = x, p.id
	pr := x.pr
	newest := "newest"
	if pr.Read > 1 {
		newest = fmt.Sprintf("%d newest", pr.Read)
	}
	read := app.P().Class("notice-inline").ID("actor-read").Body(
		app.Textf("%s %s %s. The page reads the %s: its mentions, articles, happenings, counterparts and companions are theirs",
			text.Plural(pr.Stat.Articles, "article"), verbForm(pr.Stat.Articles, "mentions", "mention"), pr.Actor.Name, newest),
		app.If(pr.Read < pr.Stat.Articles, func() app.UI {
			return app.Span().Body(
				app.Text(" ("),
				app.Button().Class("linkish").ID("read-more").Textf("read %d more", pr.Read).OnClick(p.readMore),
				app.Text(")"),
			)
		}),
		app.Text(". The number of articles and the dates of the first and the last count the whole corpus."),
	)
	return p.profile(x.view, pr.ActorProfile, pr.Read, slot(fetching, func() app.UI { return &packStatus{s: p.s, Loading: true} }), read)
}

// notFound says there is no such actor.
func (p *ActorPage) notFound() app.UI {
	return page(p.s, "/actors", notFoundBody("actor", p.id, href("/actors", nil), "See all actors")...)
}

// profile draws the actor's page from pr, the articles of v; read is the
// number of articles read over a pack (0 in memory), which notes says
// more of.
func (p *ActorPage) profile(v corpusView, pr explore.ActorProfile, read int, notes ...app.UI) app.UI {
	a := pr.Actor
	section := func(id, title string, n int, body app.UI) app.UI {
		return app.Section().Class("actor-section").Aria("labelledby", id+"-h").Body(
			app.H2().ID(id+"-h").Body(app.Text(title+" "), app.Span().Class("n").Textf("%d", n)),
			body,
		)
	}
	none := func(msg string) app.UI { return app.P().Class("muted").Text(msg) }
	return page(p.s, "/actors",
		app.P().Class("meta").Body(app.A().Href(href("/actors", nil)).Text("← All actors")),
		app.Article().Class("actor-page").ID("actor").DataSet("actor", a.ID).Body(
			app.H1().Body(app.Span().Lang(textLang).Text(a.Name), app.Text(" "), discoveredBadge(a)),
			app.Dl().Class("actor-facts").Body(actorFacts(pr, read)...),
			app.Nav().Class("actor-links").Aria("label", "Explore "+a.Name).Body(
				app.A().Class("button").ID("show-articles").Href(href("/", url.Values{"actor": {a.ID}})).Text("Show articles"),
				app.A().Class("button secondary").ID("show-timeline").Href(href("/timeline", url.Values{"actor": {a.ID}, "lanes": {"actor"}})).Text("On the timeline"),
			),
			app.Div().Class("slot").Body(notes...),
			app.If(len(a.Roles) > 0, func() app.UI {
				return section("roles", "Roles", len(a.Roles), actorRoles(a))
			}),
			section("articles", "Articles", len(pr.Articles), app.If(len(pr.Articles) > 0, func() app.UI {
				return actorArticles(v, pr)
			}).Else(func() app.UI { return none("No article mentions this actor.") })),
			section("did", "What "+explore.ShortName(a)+" did, with and to whom", len(pr.Counterparts), app.If(len(pr.Counterparts) > 0, func() app.UI {
				return counterpartTable(pr)
			}).Else(func() app.UI { return none("No happening with this actor was found.") })),
			section("events", "Events", len(pr.Entries), app.If(len(pr.Entries) > 0, func() app.UI {
				return app.Ol().Class("events").ID("actor-events").Body(entryItems(v, pr.Entries, entryList{})...)
			}).Else(func() app.UI { return none("No dated sentence or happening mentions this actor.") })),
			section("with", "Appears with", len(pr.With), app.If(len(pr.With) > 0, func() app.UI {
				return actorCompanions(pr)
			}).Else(func() app.UI { return none("No other actor shares an article with this one.") })),
		),
	)
}

// actorFacts lists an actor's type, affiliation, counts, dates and
// aliases; over a pack, read is the number of articles read, whose
// mentions are counted (0 in memory).
func actorFacts(pr explore.ActorProfile, read int) []app.UI {
	a, s := pr.Actor, pr.Stat
	facts := []app.UI{
		fact("Type", app.Span().Class("chip "+a.Type.String()).Text(a.Type.String())),
	}
	switch {
	case pr.AffiliationKnown:
		facts = append(facts, fact("Belongs to", app.A().Href(href("/actor", url.Values{"id": {pr.Affiliation.ID}})).Text(pr.Affiliation.Name)))
	case a.Affiliation != "":
		facts = append(facts, fact("Belongs to", app.Text(a.Affiliation)))
	}
	facts = append(facts,
		fact("Articles", app.Text(strconv.Itoa(s.Articles))),
	)
	if read > 0 {
		facts = append(facts, fact("Mentions", app.Text(strconv.Itoa(s.Mentions)+" in the "+text.Plural(read, "article")+" read")))
	} else {
		facts = append(facts, fact("Mentions", app.Text(strconv.Itoa(s.Mentions))))
	}
	if s.Articles > 0 {
		facts = append(facts,
			fact("First", app.Time().DateTime(s.First.String()).Text(s.First.String())),
			fact("Last", app.Time().DateTime(s.Last.String()).Text(s.Last.String())),
		)
	}
	if len(a.Aliases) > 0 {
		facts = append(facts, app.Div().Class("wide").Body(
			app.Dt().Text("Also called"),
			app.Dd().ID("actor-aliases").Text(strings.Join(a.Aliases, " · ")),
		))
	}
	return facts
}

// actorRoles lists an actor's dated roles.
func actorRoles(a actors.Actor) app.UI {
	roles := make([]app.UI, 0, len(a.Roles))
	for _, r := range a.Roles {
		roles = append(roles, app.Li().Body(
			app.Q().Text(r.Phrase),
			app.Text(" "),
			app.Span().Class("role-range").Text(roleRange(r)),
		))
	}
	return app.Ul().Class("roles").ID("actor-roles").Body(roles...)
}

// actorArticles lists the articles of v that mention an actor.
func actorArticles(v corpusView, pr explore.ActorProfile) app.UI {
	arts := make([]app.UI, 0, len(pr.Articles))
	for _, am := range pr.Articles {
		art := am.Article
		arts = append(arts, app.Li().Body(
			app.A().Href(v.articleHref(v.AC.Corpus.Index(art.ID), -1)).Lang(textLang).Text(art.Title),
			app.P().Class("meta").Body(
				app.Time().DateTime(art.Date.String()).Text(art.Date.String()),
				app.Text(" · "+text.Plural(am.Mentions, "mention")),
			),
		))
	}
	return app.Ol().Class("actor-articles").ID("actor-articles").Body(arts...)
}

// counterpartTable shows who an actor did what with or to: a row per
// counterpart, a column per event type, each cell the number of shared
// happenings, then by whom they were done and when.
func counterpartTable(pr explore.ActorProfile) app.UI {
	head := []app.UI{app.Th().Scope("col").Text("With or to")}
	for _, t := range pr.Types {
		head = append(head, app.Th().Scope("col").Class("num").Text(t))
	}
	head = append(head,
		app.Th().Scope("col").Class("num").Text("All"),
		app.Th().Scope("col").Text("Who did it"),
		app.Th().Scope("col").Text("When"),
	)
	rows := make([]app.UI, 0, len(pr.Counterparts))
	for _, c := range pr.Counterparts {
		var who app.UI = app.Span().Class("muted").Text("no one else")
		if c.Actor.ID != "" {
			who = app.A().Href(href("/actor", url.Values{"id": {c.Actor.ID}})).Lang(textLang).Text(c.Actor.Name)
		}
		cells := []app.UI{app.Th().Scope("row").DataSet("actor", c.Actor.ID).Body(who)}
		for _, t := range pr.Types {
			n := c.ByType[t]
			td := app.Td().Class("num").DataSet("label", t)
			if n == 0 {
				td = td.Class("zero").Text("·")
			} else {
				td = td.Text(strconv.Itoa(n))
			}
			cells = append(cells, td)
		}
		by := ""
		switch {
		case c.AsAgent > 0 && c.AsPatient > 0:
			by = fmt.Sprintf("%s %d×, done to %s %d×", explore.ShortName(pr.Actor), c.AsAgent, explore.ShortName(pr.Actor), c.AsPatient)
		case c.AsAgent > 0:
			by = explore.ShortName(pr.Actor)
		default:
			by = "done to " + explore.ShortName(pr.Actor)
		}
		when := c.First.String()
		if c.Last.String() != when {
			when += " – " + c.Last.String()
		}
		cells = append(cells,
			app.Td().Class("num").DataSet("label", "All").Text(strconv.Itoa(c.Total)),
			app.Td().DataSet("label", "Who did it").Text(by),
			app.Td().Class("when").DataSet("label", "When").Text(when),
		)
		rows = append(rows, app.Tr().Body(cells...))
	}
	return app.Div().Class("table-scroll").Role("region").Aria("labelledby", "did-caption").TabIndex(0).Body(
		app.Table().Class("actor-table counterparts").ID("counterparts").Body(
			app.Caption().ID("did-caption").Text("Happenings "+pr.Actor.Name+" takes part in, by counterpart and kind"),
			app.THead().Body(app.Tr().Body(head...)),
			app.TBody().Body(rows...),
		),
	)
}

// actorCompanions lists the actors that share articles with one.
func actorCompanions(pr explore.ActorProfile) app.UI {
	with := make([]app.UI, 0, len(pr.With))
	for _, w := range pr.With {
		n := text.Plural(w.Articles, "shared article") + " · " + text.Plural(w.Sentences, "shared sentence")
		with = append(with, app.Li().Body(
			app.A().Href(href("/actor", url.Values{"id": {w.ID}})).Text(w.Actor.Name),
			app.Text(" "),
			app.Span().Class("chip "+w.Actor.Type.String()).Text(w.Actor.Type.String()),
			app.Text(" "),
			app.Span().Class("n").Text(n),
		))
	}
	return app.Ul().Class("actor-with").ID("actor-with").Body(with...)
}

// fact is one term and description of the actor's facts.
func fact(term string, desc app.UI) app.UI {
	return app.Div().Body(app.Dt().Text(term), app.Dd().Body(desc))
}

// roleRange says when a role holds; To is the first day it no longer does.
func roleRange(r actors.Role) string {
	switch {
	case r.From != "" && r.To != "":
		return "from " + r.From + " until " + r.To
	case r.From != "":
		return "since " + r.From
	case r.To != "":
		return "until " + r.To
	}
	return "at any time"
}

// actorName returns the name of an actor of the corpus, or its id.
func actorName(ac *analysis.Corpus, id string) string {
	if a, ok := ac.Actor(id); ok && a.Name != "" {
		return a.Name
	}
	return id
}

// verbForm returns one when n is 1, else many.
func verbForm(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
