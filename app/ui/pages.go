package ui

import (
	"net/url"
	"sync"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/seeds"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var (
	corpusOnce sync.Once
	loaded     *analysis.Corpus
	loadErr    error
)

// Analysed returns the embedded corpus, parsed and analysed once and
// shared by every page.
func Analysed() (*analysis.Corpus, error) {
	corpusOnce.Do(func() {
		loaded, loadErr = analysis.Load(seeds.Articles, "*.txt", seeds.GazetteerFile, seeds.Gazetteer)
	})
	return loaded, loadErr
}

// Corpus returns the parsed articles of the embedded corpus.
func Corpus() (*corpus.Corpus, error) {
	ac, err := Analysed()
	if err != nil {
		return nil, err
	}
	return ac.Corpus, nil
}

// page wraps a page's content with the header and the main landmark.
func page(active string, content ...app.UI) app.UI {
	return app.Div().Class("page").Body(
		&Header{Active: active},
		app.Main().ID("main").Body(content...),
	)
}

func loadError(err error) app.UI {
	return app.Div().Class("error").Role("alert").Body(
		app.Strong().Text("The corpus could not be loaded. "),
		app.Text(err.Error()),
	)
}

// Explorer is the start page: the articles of the corpus.
type Explorer struct {
	app.Compo
}

// OnNav sets the page title.
func (p *Explorer) OnNav(ctx app.Context) { ctx.Page().SetTitle("Corpus Explorer") }

// Render lists the articles, newest first.
func (p *Explorer) Render() app.UI {
	c, err := Corpus()
	if err != nil {
		return page("/", loadError(err))
	}
	n := c.Len()
	items := make([]app.UI, 0, n)
	for i := n - 1; i >= 0; i-- {
		a := c.At(i)
		items = append(items, app.Li().Class("result").Body(
			app.H2().Body(app.A().Href(href("/article", url.Values{"id": {a.ID}})).Text(a.Title)),
			app.P().Class("meta").Body(app.Time().DateTime(a.Date.String()).Text(a.Date.String())),
			app.P().Class("lead").Text(lead(a)),
		))
	}
	return page("/",
		app.H1().Text("Articles"),
		app.P().Class("count").ID("result-count").Textf("%d of %d articles", n, n),
		app.Ul().Class("results").ID("results").Body(items...),
	)
}

// Timeline shows the events of the corpus in calendar order.
type Timeline struct {
	app.Compo
}

// OnNav sets the page title.
func (p *Timeline) OnNav(ctx app.Context) { ctx.Page().SetTitle("Timeline · Corpus Explorer") }

// Render lists every event: the dated sentences and the publications.
func (p *Timeline) Render() app.UI {
	ac, err := Analysed()
	if err != nil {
		return page("/timeline", loadError(err))
	}
	refs := ac.Timeline(nil)
	items := make([]app.UI, 0, len(refs))
	for _, r := range refs {
		a := ac.Articles[r.Article]
		e := ac.Event(r)
		cls := "event " + e.Kind.String() + " " + e.Value.Precision.String()
		if !e.Value.Exact {
			cls += " inexact"
		}
		var body app.UI
		if e.Kind == analysis.Published {
			body = app.P().Body(app.Text("Published: "), app.A().Href(articleHref(a.ID, -1)).Text(a.Title))
		} else {
			body = app.P().Body(
				app.Span().Body(marked(ac, a, a.Sentences[e.Sentence].Span)...),
				app.Text(" "),
				app.A().Class("more").Href(articleHref(a.ID, e.Sentence)).Aria("label", "Read in the article: "+a.Title).Text("Read in the article →"),
			)
		}
		items = append(items, app.Li().Class(cls).Body(
			app.P().Class("meta").Body(
				app.Time().DateTime(e.Value.String()).Text(e.Value.String()),
				app.Span().Class("badge").Text(e.Value.Precision.String()),
				app.If(!e.Value.Exact, func() app.UI { return app.Span().Class("badge inexact").Text("inexact") }),
			),
			body,
		))
	}
	sum := ac.Summary()
	return page("/timeline",
		app.H1().Text("Timeline"),
		app.P().Class("count").Textf("%d events from %d articles, in calendar order", len(refs), sum.Articles),
		app.Ol().Class("events").ID("timeline-list").Body(items...),
	)
}

// Reader shows one article: /article?id=ID.
type Reader struct {
	app.Compo
	id string
}

// OnNav reads the article id from the URL.
func (p *Reader) OnNav(ctx app.Context) {
	p.id = ctx.Page().URL().Query().Get("id")
	title := "Article · Corpus Explorer"
	if c, err := Corpus(); err == nil {
		if a, ok := c.ByID(p.id); ok {
			title = a.Title + " · Corpus Explorer"
		}
	}
	ctx.Page().SetTitle(title)
}

// Render draws the article text with its headings, actors and dates marked,
// and beside it the actors it mentions.
func (p *Reader) Render() app.UI {
	ac, err := Analysed()
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

// lead returns the text of an article's lead paragraph.
func lead(a *corpus.Article) string {
	if i := a.Lead(); i >= 0 {
		return a.Paragraphs[i].Of(a.Text)
	}
	return ""
}
