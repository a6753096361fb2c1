package ui

import (
	"strconv"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Reader shows one article: /article?id=ID. The other parameters are the
// search state of the explorer the article was opened from: the reader
// steps through that result list and leads back to it.
type Reader struct {
	app.Compo
	s       *session
	id      string
	state   search.State
	version int
	// reached is the sentence the URL's fragment (#s12) points at, marked
	// until the user goes elsewhere; -1 when none.
	reached  int
	onHash   app.Func
	scrolled string // the URL last scrolled to

	// Over a pack: the article's number (-1 when none or bad) and the
	// answers of the pack that arrived (statePack).
	doc         int
	packVersion int
}

// OnMount observes corpus replacements and follows links to a sentence
// within the page (the browser's, which go-app does not navigate).
func (p *Reader) OnMount(ctx app.Context) {
	observeCorpus(ctx, &p.version)
	if p.s.packed() {
		// The sentence a link points at is there once the article is.
		ctx.ObserveState(statePack, &p.packVersion).OnChange(func() { ctx.Dispatch(p.reach) })
	}
	p.onHash = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { p.reach(ctx) })
		return nil
	})
	app.Window().Call("addEventListener", "hashchange", p.onHash)
}

// OnDismount removes the listener added by OnMount.
func (p *Reader) OnDismount() {
	if p.onHash != nil {
		app.Window().Call("removeEventListener", "hashchange", p.onHash)
		p.onHash.Release()
		p.onHash = nil
	}
}

// reach marks the sentence the fragment points at and scrolls it into
// view once drawn. The page is drawn anew when the app takes over from
// the prerendered HTML, which loses the browser's own scroll to it and its
// :target.
func (p *Reader) reach(ctx app.Context) {
	p.reached = -1
	u := ctx.Page().URL()
	if frag := u.Fragment; len(frag) > 1 && frag[0] == 's' {
		if n, err := strconv.Atoi(frag[1:]); err == nil && n >= 0 {
			p.reached = n
		}
	}
	if p.reached < 0 || !app.IsClient {
		return
	}
	id, at := sentenceID(p.reached), u.String()
	ctx.Defer(func(app.Context) {
		if p.scrolled == at {
			return
		}
		if el := app.Window().Get("document").Call("getElementById", id); el.Truthy() {
			p.scrolled = at
			el.Call("scrollIntoView", map[string]any{"block": "center"})
		}
	})
}

// OnNav reads the article id and the search state from the URL.
func (p *Reader) OnNav(ctx app.Context) {
	q := ctx.Page().URL().Query()
	p.scrolled = ""
	p.reach(ctx)
	p.id = q.Get("id")
	if p.s.packed() {
		p.state, _ = explore.ParseState(q, nil, "id", "doc")
		p.doc = -1
		if n, err := strconv.Atoi(q.Get("doc")); err == nil && n >= 0 {
			p.doc = n
			p.s.packArticle(ctx, true, n)
		}
		ctx.Page().SetTitle("Article · Corpus Explorer")
		return
	}
	p.state, _ = explore.ParseState(q, p.s.data().Catalog(), "id")
	title := "Article not found · Corpus Explorer"
	if d := p.s.data(); d.Err == nil {
		if a, ok := d.AC.Corpus.ByID(p.id); ok {
			title = a.Title + " · Corpus Explorer"
		}
	}
	ctx.Page().SetTitle(title)
}

// Render draws the article text with its headings, actors and dates marked,
// and beside it the actors and events of the article.
func (p *Reader) Render() app.UI {
	if p.s.packed() {
		return p.renderPack()
	}
	d := p.s.data()
	if d.Err != nil {
		return page(p.s, "", loadError(d.Err))
	}
	ac := d.AC
	back := href("/", p.state.Values())
	i := ac.Corpus.Index(p.id)
	if i < 0 {
		return page(p.s, "", notFoundBody("article", p.id, back, "Back to the articles")...)
	}
	a := ac.Articles[i]
	prev, next, pos, total := p.neighbours(d, i)
	return page(p.s, "",
		app.Nav().Class("reader-nav").Aria("label", "Results").Body(
			app.A().ID("back-to-results").Href(back).Text("← Back to the results"),
			app.If(total > 0, func() app.UI {
				return app.Span().Class("muted").Textf("%d of %d", pos+1, total)
			}),
			app.Span().Class("spacer"),
			app.Span().Class("steps").Body(
				p.stepLink("prev-article", "← Previous", prev, ac),
				p.stepLink("next-article", "Next →", next, ac),
			),
		),
		app.Div().Class("reader").Body(
			app.Article().ID("article").Body(
				app.H1().Lang(textLang).Text(a.Title),
				app.P().Class("meta").Body(
					app.Time().DateTime(a.Date.String()).Text(a.Date.String()),
					app.If(d.IsImported(a.ID), func() app.UI { return app.Span().Class("badge imported").Text("imported") }),
					app.Span().Class("muted").Text(" · "+a.File),
				),
				app.Div().Class("text").Lang(textLang).Body(articleBody(ac, a, p.reached)...),
			),
			app.Aside().Class("side").Aria("label", "About this article").Body(
				app.H2().Text("Actors"),
				actorList(ac, a),
				otherNames(ac, a),
				app.H2().Text("Events"),
				articleEvents(d, i),
			),
		),
	)
}

// neighbours returns the previous and next article of the result list
// (-1 when none), the position of article i in it and its length (0 when
// the article is not in the list).
func (p *Reader) neighbours(d *Data, i int) (prev, next, pos, total int) {
	list, _ := d.Matching(p.state)
	prev, next, pos = explore.Neighbours(list, i)
	if pos < 0 {
		return -1, -1, 0, 0
	}
	return prev, next, pos, len(list)
}

func (p *Reader) stepLink(id, label string, i int, ac *analysis.Corpus) app.UI {
	if i < 0 {
		return app.Span().ID(id).Class("step disabled").Aria("disabled", "true").Text(label)
	}
	a := ac.Articles[i]
	return app.A().ID(id).Class("step").Href(readerHref(a.ID, -1, p.state)).Title(a.Title).Text(label)
}

// articleBody renders the paragraphs of an article, each sentence with an
// id for links; sentence reached is marked (-1 for none).
func articleBody(ac *analysis.Corpus, a *analysis.Article, reached int) []app.UI {
	body := make([]app.UI, 0, len(a.Paragraphs))
	for _, para := range a.Paragraphs {
		var sents []app.UI
		for j := para.Sentences.Start; j < para.Sentences.End; j++ {
			if j > para.Sentences.Start {
				sents = append(sents, app.Text(" "))
			}
			cls := "sentence"
			if j == reached {
				cls = "sentence reached"
			}
			sents = append(sents, app.Span().ID(sentenceID(j)).Class(cls).Body(marked(ac, a, a.Sentences[j].Span)...))
		}
		switch para.Kind {
		case corpus.Heading:
			body = append(body, app.H2().Body(sents...))
		case corpus.Related:
			body = append(body, app.P().Class("related").Body(sents...))
		case corpus.Lead:
			body = append(body, app.P().Class("lead").Body(sents...))
		default:
			body = append(body, app.P().Body(sents...))
		}
	}
	return body
}

// actorList lists an article's actors with their mention counts; each
// links to the explorer filtered by it.
func actorList(ac *analysis.Corpus, a *analysis.Article) app.UI {
	counts := a.Actors()
	items := make([]app.UI, 0, len(counts))
	for _, c := range counts {
		act, _ := ac.Actor(c.ID)
		items = append(items, app.Li().Body(
			app.A().Class("chip "+act.Type.String()).Href(href("/actor", map[string][]string{"id": {act.ID}})).
				Title(act.Type.String()).Lang(textLang).Body(
				app.Text(act.Name),
				discoveredBadge(act),
			),
			app.Span().Class("n").Aria("label", text.Plural(c.Mentions, "mention")).Text(strconv.Itoa(c.Mentions)),
		))
	}
	if len(items) == 0 {
		return app.P().Class("muted").Text("No actor found.")
	}
	return app.Ul().Class("actor-list").Body(items...)
}

// otherNames lists an article's other names (events, works, laws,
// nationalities: see analysis.Article.Others) with their mention counts,
// folded away at first: they are many, and no filter.
func otherNames(ac *analysis.Corpus, a *analysis.Article) app.UI {
	counts := a.OtherCounts()
	if len(counts) == 0 {
		return nil
	}
	items := make([]app.UI, 0, len(counts))
	for _, c := range counts {
		name := c.ID
		if o, ok := ac.Other(c.ID); ok {
			name = o.Name
		}
		items = append(items, app.Li().Body(
			app.Span().Class("other-name").Lang(textLang).Text(name),
			app.Text(" "),
			app.Span().Class("n").Aria("label", text.Plural(c.Mentions, "mention")).Text(strconv.Itoa(c.Mentions)),
		))
	}
	return app.Details().Class("other-names").ID("other-names").Body(
		app.Summary().Textf("Other names (%d)", len(counts)),
		app.P().Class("hint").Text("Events, works, laws, products, languages and nationalities named in the text: not actors."),
		app.Ul().Class("other-list").Body(items...),
	)
}

// articleEvents lists what article i tells of, in text order: each
// happening once and each dated sentence that tells of none, each a link
// to its sentence.
func articleEvents(d *Data, i int) app.UI {
	entries := explore.ArticleEntries(d.AC, i)
	if len(entries) == 0 {
		return app.P().Class("muted").Text("No dated events.")
	}
	return app.Ol().Class("event-list").Body(entryItems(corpusView{Data: d}, entries, entryList{compact: true, article: i})...)
}
