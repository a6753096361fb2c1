package ui

import (
	"corpusexplorer/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
	d := data()
	ac, err := d.AC, d.Err
	if err != nil {
		return page("/", loadError(err))
	}
	res, notes := d.Index.Search(p.state, 100, 0)
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

