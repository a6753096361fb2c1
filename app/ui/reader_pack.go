package ui

import (
	"strconv"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/packcorpus"
	"corpusexplorer/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderPack draws an article of a pack (see packcorpus.Article): its
// text, its actors (each a link to the explorer filtered by it) and its
// event mentions. While the article is fetched it shows the progress; a
// failed fetch, what failed and a retry.
func (p *Reader) renderPack() app.UI {
	back := href("/", p.state.Values())
	nav := app.Nav().Class("reader-nav").Aria("label", "Results").Body(
		app.A().ID("back-to-results").Href(back).Text("← Back to the results"),
	)
	if p.doc < 0 {
		return page(p.s, "", append([]app.UI{nav}, notFoundBody("article", "", back, "Back to the articles")...)...)
	}
	x := p.s.packArticle(app.Context{}, false, p.doc)
	switch {
	case x == nil:
		return page(p.s, "", nav, &packStatus{s: p.s, Loading: true})
	case x.err != nil:
		return page(p.s, "", nav, packError(x.err, p.onRetry))
	}
	a := x.art
	// Previous and next among the results the explorer showed.
	prev, next, pos, total := p.s.packNeighbours(p.state, p.doc)
	nav = app.Nav().Class("reader-nav").Aria("label", "Results").Body(
		app.A().ID("back-to-results").Href(back).Text("← Back to the results"),
		app.If(total > 0, func() app.UI {
			return app.Span().Class("muted").Textf("%d of %d", pos+1, total)
		}),
		app.Span().Class("spacer"),
		app.Span().Class("steps").Body(
			p.packStep("prev-article", "← Previous", prev),
			p.packStep("next-article", "Next →", next),
		),
	)
	return page(p.s, "", nav,
		&packStatus{s: p.s},
		app.Div().Class("reader").Body(
			app.Article().ID("article").Body(
				app.H1().Lang(textLang).Text(a.Title),
				app.P().Class("meta").Body(
					app.Time().DateTime(a.Date.String()).Text(a.Date.String()),
					app.Span().Class("muted").Text(" · "+a.File),
				),
				app.Div().Class("text").Lang(textLang).Body(packParagraphs(a.Paragraphs, p.reached)...),
			),
			app.Aside().Class("side").Aria("label", "About this article").Body(
				app.H2().Text("Actors"),
				packActorList(a.Actors),
				app.H2().Text("Events"),
				packEventList(a.Events),
			),
		),
	)
}

// packStep links to the card's article, or shows the step disabled.
func (p *Reader) packStep(id, label string, c *packcorpus.Card) app.UI {
	if c == nil {
		return app.Span().ID(id).Class("step disabled").Aria("disabled", "true").Text(label)
	}
	return app.A().ID(id).Class("step").Href(packReaderHref(c.Doc, p.state)).Title(c.Title).Text(label)
}

// onRetry asks again for the article that could not be fetched.
func (p *Reader) onRetry(ctx app.Context, e app.Event) {
	p.s.retryPack()
	p.s.packArticle(ctx, true, p.doc)
}

// packParagraphs renders an article's paragraphs as text.
func packParagraphs(ps []packcorpus.Paragraph, reached int) []app.UI {
	body := make([]app.UI, 0, len(ps))
	for _, para := range ps {
		// Each sentence has its id, for the links to it (see reach).
		sents := make([]app.UI, 0, 2*len(para.Sentences))
		for k, s := range para.Sentences {
			if k > 0 {
				sents = append(sents, app.Text(" "))
			}
			j, cls := para.First+k, "sentence"
			if j == reached {
				cls = "sentence reached"
			}
			sents = append(sents, app.Span().ID(sentenceID(j)).Class(cls).Text(s))
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

// packActorList lists an article's actors with their mention counts, each
// a link to the explorer filtered by it.
func packActorList(as []packcorpus.CardActor) app.UI {
	if len(as) == 0 {
		return app.P().Class("muted").Text("No actor found.")
	}
	items := make([]app.UI, 0, len(as))
	for _, a := range as {
		items = append(items, app.Li().Body(
			app.A().Class("chip "+a.Type.String()).Href(actorFilterHref(a.ID)).
				Title("Articles that mention "+a.Name).Lang(textLang).Text(a.Name),
			app.Span().Class("n").Aria("label", text.Plural(a.Mentions, "mention")).Text(strconv.Itoa(a.Mentions)),
		))
	}
	return app.Ul().Class("actor-list").Body(items...)
}

// packEventList lists an article's event mentions: the type and the word
// that tells of it, a link to its sentence.
func packEventList(es []packcorpus.Event) app.UI {
	if len(es) == 0 {
		return app.P().Class("muted").Text("No event found.")
	}
	items := make([]app.UI, 0, len(es))
	for _, e := range es {
		items = append(items, app.Li().Body(
			app.Span().Class("what").Title(e.Type).Text(e.What),
			app.Text(" "),
			app.A().Href("#"+sentenceID(e.Sentence)).Title("Read the sentence").Body(app.Q().Lang(textLang).Text(e.Trigger)),
		))
	}
	return app.Ol().Class("event-list").Body(items...)
}
