package ui

import (
	"sync"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
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

var (
	indexOnce sync.Once
	index     *search.Index
)

// searchIndex returns the search index of the embedded corpus, built once.
func searchIndex() *search.Index {
	indexOnce.Do(func() {
		if ac, err := Analysed(); err == nil {
			index = ac.Index()
		}
	})
	return index
}

// Explorer is the start page: search the articles. Its state is the URL's
// query (q, actor, type, from, to, sort), so every view can be shared.
type Explorer struct {
	app.Compo
	state   search.State
	notices []search.Notice
}

// OnNav reads the search state from the URL; malformed values are ignored
// with a notice.
func (p *Explorer) OnNav(ctx app.Context) {
	p.state, p.notices = search.ParseState(ctx.Page().URL().Query())
	ctx.Page().SetTitle("Corpus Explorer")
}

// onInput searches while the user types; the URL follows without adding
// history entries.
func (p *Explorer) onInput(ctx app.Context, e app.Event) {
	p.state.Q = ctx.JSSrc().Get("value").String()
	u := *ctx.Page().URL()
	u.RawQuery = p.state.Encode()
	ctx.Page().ReplaceURL(&u)
}

// Render shows the search box and the matching articles.
func (p *Explorer) Render() app.UI {
	ac, err := Analysed()
	if err != nil {
		return page("/", loadError(err))
	}
	res, notes := searchIndex().Search(p.state, 100, 0)
	notes = append(append([]search.Notice(nil), p.notices...), notes...)
	items := make([]app.UI, 0, len(res.Hits))
	for _, h := range res.Hits {
		a := ac.Articles[h.Index]
		snips := make([]app.UI, 0, len(h.Snippets))
		for _, sn := range h.Snippets {
			snips = append(snips, app.P().Class("snippet").Body(highlight(sn)...))
		}
		var chips []app.UI
		for k, c := range a.Actors() {
			if k == 5 {
				break
			}
			act, _ := ac.Actor(c.ID)
			chips = append(chips, app.Li().Class("chip "+act.Type.String()).Title(act.Type.String()).Text(act.Name))
		}
		items = append(items, app.Li().Class("result").Body(
			app.H2().Body(app.A().Href(articleHref(a.ID, -1)).Text(a.Title)),
			app.P().Class("meta").Body(app.Time().DateTime(a.Date.String()).Text(a.Date.String())),
			app.Div().Body(snips...),
			app.Ul().Class("chips").Aria("label", "Main actors").Body(chips...),
		))
	}
	n := ac.Corpus.Len()
	var empty app.UI
	if res.Total == 0 {
		empty = app.P().Class("empty").ID("no-results").Textf("No article matches “%s”. Try fewer or shorter words.", p.state.Q)
	}
	return page("/",
		app.H1().Text("Articles"),
		app.Div().Class("searchbar").Role("search").Body(
			app.Label().For("q").Class("visually-hidden").Text("Search the articles"),
			app.Input().ID("q").Type("search").Placeholder("Search: poetin, \"tweede keer\", oekr…, -navo").
				Value(p.state.Q).AutoComplete(false).Spellcheck(false).OnInput(p.onInput),
		),
		app.Range(notes).Slice(func(i int) app.UI {
			return app.P().Class("notice-inline").Role("status").Text(notes[i].String())
		}),
		app.P().Class("count").ID("result-count").Aria("live", "polite").Textf("%d of %d articles", res.Total, n),
		empty,
		app.Ul().Class("results").ID("results").Body(items...),
	)
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
