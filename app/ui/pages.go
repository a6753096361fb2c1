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

// Timeline shows the corpus on a time axis.
type Timeline struct {
	app.Compo
}

// OnNav sets the page title.
func (p *Timeline) OnNav(ctx app.Context) { ctx.Page().SetTitle("Timeline · Corpus Explorer") }

// Render lists the articles by publication date, oldest first.
func (p *Timeline) Render() app.UI {
	c, err := Corpus()
	if err != nil {
		return page("/timeline", loadError(err))
	}
	items := make([]app.UI, 0, c.Len())
	for _, a := range c.All() {
		items = append(items, app.Li().Class("result").Body(
			app.P().Class("meta").Body(app.Time().DateTime(a.Date.String()).Text(a.Date.String()+" · published")),
			app.H2().Body(app.A().Href(href("/article", url.Values{"id": {a.ID}})).Text(a.Title)),
		))
	}
	return page("/timeline",
		app.H1().Text("Timeline"),
		app.Ol().Class("results").ID("timeline-list").Body(items...),
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

// Render draws the article text with its headings.
func (p *Reader) Render() app.UI {
	c, err := Corpus()
	if err != nil {
		return page("", loadError(err))
	}
	a, ok := c.ByID(p.id)
	if !ok {
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
	body := make([]app.UI, 0, len(a.Paragraphs))
	for _, para := range a.Paragraphs {
		t := para.Of(a.Text)
		switch para.Kind {
		case corpus.Heading:
			body = append(body, app.H2().Text(t))
		case corpus.Related:
			body = append(body, app.P().Class("meta related").Text(t))
		case corpus.Lead:
			body = append(body, app.P().Class("lead").Text(t))
		default:
			body = append(body, app.P().Text(t))
		}
	}
	return page("",
		app.P().Class("meta").Body(
			app.A().Href(href("/", nil)).Text("← All articles"),
			app.Text(" · "),
			app.Time().DateTime(a.Date.String()).Text(a.Date.String()),
		),
		app.Article().ID("article").Body(
			app.H1().Text(a.Title),
			app.Div().Body(body...),
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
