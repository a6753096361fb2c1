package ui

import (
	"corpusexplorer/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Reader shows one article: /article?id=ID.
type Reader struct {
	app.Compo
	id string
}

// OnNav reads the article id from the URL.
func (p *Reader) OnNav(ctx app.Context) {
	p.id = ctx.Page().URL().Query().Get("id")
	title := "Article · Corpus Explorer"
	if d := data(); d.Err == nil {
		if a, ok := d.AC.Corpus.ByID(p.id); ok {
			title = a.Title + " · Corpus Explorer"
		}
	}
	ctx.Page().SetTitle(title)
}

// Render draws the article text with its headings, actors and dates marked,
// and beside it the actors it mentions.
func (p *Reader) Render() app.UI {
	d := data()
	ac, err := d.AC, d.Err
	if err != nil {
		return page("", loadError(err))
	}
	i := ac.Corpus.Index(p.id)
	if i < 0 {
		msg := "No article was asked for."
		if p.id != "" {
			msg = "There is no article with the id “" + p.id + "” in this corpus."
		}
		return page("",
			app.H1().Text("Article not found"),
			app.P().Class("empty").ID("not-found").Body(
				app.Text(msg+" "),
				app.A().Href(href("/", nil)).Text("Back to all articles"),
			),
		)
	}
	a := ac.Articles[i]
	body := make([]app.UI, 0, len(a.Paragraphs))
	for _, para := range a.Paragraphs {
		var sents []app.UI
		for j := para.Sentences.Start; j < para.Sentences.End; j++ {
			if j > para.Sentences.Start {
				sents = append(sents, app.Text(" "))
			}
			sents = append(sents, app.Span().ID(sentenceID(j)).Class("sentence").Body(marked(ac, a, a.Sentences[j].Span)...))
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
	counts := a.Actors()
	actorItems := make([]app.UI, 0, len(counts))
	for _, c := range counts {
		act, _ := ac.Actor(c.ID)
		actorItems = append(actorItems, app.Li().Body(
			app.Span().Class("chip "+act.Type.String()).Text(act.Name),
			app.Span().Class("n").Textf("%d", c.Mentions),
		))
	}
	return page("",
		app.P().Class("meta").Body(
			app.A().Href(href("/", nil)).Text("← All articles"),
			app.Text(" · "),
			app.Time().DateTime(a.Date.String()).Text(a.Date.String()),
		),
		app.Div().Class("reader").Body(
			app.Article().ID("article").Body(
				app.H1().Text(a.Title),
				app.Div().Class("text").Body(body...),
			),
			app.Aside().Class("side").Aria("label", "Actors in this article").Body(
				app.H2().Text("Actors"),
				app.Ul().Class("actor-list").Body(actorItems...),
			),
		),
	)
}

