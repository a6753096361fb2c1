package ui

import (
	"net/url"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// corpusView is an analysed corpus as the lists of events, the timeline
// and the actor pages draw it: its data, and where the reader shows its
// articles.
type corpusView struct {
	*Data
	// docs gives, over a pack, each article's document number (the
	// reader finds a pack's articles by number, and keeps the explorer's
	// state for its way back); nil for the corpus in memory.
	docs  []int
	state search.State
}

// articleHref links to the reader at article i of the corpus, at its
// sentence unless that is negative.
func (v corpusView) articleHref(i, sentence int) string {
	if v.docs == nil {
		return articleHref(v.AC.Articles[i].ID, sentence)
	}
	h := packReaderHref(v.docs[i], v.state)
	if sentence >= 0 {
		h += "#" + sentenceID(sentence)
	}
	return h
}

// entryList says how entryItems lists timeline entries (happenings, dated
// sentences, publications): the timeline's list marks the selected entry
// and links each to its mark; the reader's is compact.
type entryList struct {
	// selected is the URL form of the selected entry, "" for none.
	selected string
	// show returns the "Show on the timeline" link of an entry; nil when
	// the entries are not on a timeline.
	show func(e *explore.TimelineEntry) app.UI
	// compact lists only the date (a link to the sentence) and what
	// happened, as beside an article; article is the index of that
	// article.
	compact bool
	article int
}

// shownSources is how many sentences of a happening are listed before
// "N more"; foldedSources is how many of those a list of events holds
// (a happening of a large corpus may have thousands: the selected event
// on the timeline lists them all).
const (
	shownSources  = 3
	foldedSources = 20
)

// entryItems renders entries of v's corpus as list items, in the order
// given: the one renderer of events outside the timeline's chart.
func entryItems(v corpusView, entries []explore.TimelineEntry, l entryList) []app.UI {
	items := make([]app.UI, 0, len(entries))
	for i := range entries {
		e := &entries[i]
		if l.compact {
			items = append(items, compactEntry(v, e, l.article))
			continue
		}
		var show app.UI
		if l.show != nil {
			show = l.show(e)
		}
		cls := "event " + kindClass(e) + " " + e.Date.Precision.String()
		if !e.Date.Exact {
			cls += " inexact"
		}
		li := app.Li().Class(cls)
		if l.selected != "" && l.selected == e.Param {
			li = li.Class("selected").Aria("current", "true")
		}
		items = append(items, li.DataSet("event", e.Param).Body(entryBody(v, e, show)...))
	}
	return items
}

// kindClass is the class of an entry's kind and, for a happening, of its
// modality: "happening planned", "mentioned", "published".
func kindClass(e *explore.TimelineEntry) string {
	switch e.Kind {
	case explore.HappeningEntry:
		return "happening " + string(e.Happening.Modality())
	case explore.PublishedEntry:
		return "published"
	}
	return "mentioned"
}

// entryMeta is the line above an entry: its date, precision, what kind of
// happening, its modality and number of sources.
func entryMeta(v corpusView, e *explore.TimelineEntry) app.UI {
	imported := false
	var kind, modality app.UI
	sources := e.Sources
	switch e.Kind {
	case explore.HappeningEntry:
		h := e.Happening
		imported = v.ImportedHappening(h)
		kind = app.Span().Class("badge type").Title(h.Type().String()).Text(h.Type().Type + " · " + explore.SubtypeName(h.Type()))
		if n := explore.ModalityNote(h.Modality()); n != "" {
			modality = app.Span().Class("badge modality " + string(h.Modality())).Text(n)
		}
	default:
		imported = v.IsImported(v.AC.Articles[e.Ref.Article].ID)
	}
	return app.P().Class("meta").Body(
		app.Time().DateTime(e.Date.String()).Text(e.Date.String()),
		app.Span().Class("badge").Text(e.Date.Precision.String()),
		app.If(!e.Date.Exact, func() app.UI { return app.Span().Class("badge inexact").Text("inexact") }),
		kind, modality,
		app.If(sources > 1, func() app.UI { return app.Span().Class("badge sources").Text(text.Plural(sources, "source")) }),
		app.If(imported, func() app.UI { return app.Span().Class("badge imported").Text("imported") }),
	)
}

// entryBody is what an entry shows: for a happening, what happened, who
// took part and every sentence that tells of it; for a dated sentence,
// the sentence; for a publication, the article.
func entryBody(v corpusView, e *explore.TimelineEntry, show app.UI) []app.UI {
	ac := v.AC
	switch e.Kind {
	case explore.HappeningEntry:
		h := e.Happening
		return []app.UI{
			entryMeta(v, e),
			app.P().Class("what").Body(app.Strong().Text(explore.HappeningWhat(ac, h)), app.Text(" "), show),
			participants(ac, h),
			sourceList(v, h, e.Param),
		}
	case explore.PublishedEntry:
		a := ac.Articles[e.Ref.Article]
		return []app.UI{entryMeta(v, e), app.P().Body(app.Text("Published: "), app.A().Href(v.articleHref(e.Ref.Article, -1)).Lang(textLang).Text(a.Title), app.Text(" "), show)}
	}
	a, ev := ac.Articles[e.Ref.Article], ac.Event(e.Ref)
	return []app.UI{entryMeta(v, e), app.P().Body(
		app.Span().Lang(textLang).Body(marked(ac, a, a.Sentences[ev.Sentence].Span)...),
		app.Text(" "),
		app.A().Class("more").Href(v.articleHref(e.Ref.Article, ev.Sentence)).Aria("label", "Read in the article: "+a.Title).Text("Read in the article →"),
		app.Text(" "),
		show,
	)}
}

// participants lists who did it, to or with whom and where, each a link
// to the actor's page.
func participants(ac *analysis.Corpus, h *analysis.Happening) app.UI {
	var parts []app.UI
	role := func(label string, ids []string) {
		if len(ids) == 0 {
			return
		}
		links := []app.UI{app.Span().Class("role").Text(label + " ")}
		for i, id := range ids {
			if i > 0 {
				links = append(links, app.Text(", "))
			}
			name, typ := id, ""
			if a, ok := ac.Actor(id); ok {
				name, typ = a.Name, a.Type.String()
			}
			links = append(links, app.A().Class("participant "+typ).Href(href("/actor", url.Values{"id": {id}})).Lang(textLang).Text(name))
		}
		parts = append(parts, app.Span().Class("roles-part").Body(links...))
	}
	role("By", h.Agent())
	role("To or with", h.Patient())
	role("In", h.Place())
	if len(parts) == 0 {
		return nil
	}
	return app.P().Class("roles").Body(parts...)
}

// sourceList lists the sentences that tell of a happening in a list of
// events, each with a link to it: the first shownSources, the others
// folded (see moreSources). With event (the happening's parameter) no
// more than foldedSources are folded, then a link to the event on the
// timeline, which lists them all.
func sourceList(v corpusView, h *analysis.Happening, event string) app.UI {
	n := min(shownSources, len(h.Mentions()))
	first := make([]app.UI, 0, n)
	for _, r := range h.Mentions()[:n] {
		first = append(first, sourceItem(v, r))
	}
	return app.Div().Class("sources").Body(
		app.Ul().Class("source-list").Body(first...),
		app.If(len(h.Mentions()) > n, func() app.UI {
			return &moreSources{D: v, H: h, Event: event}
		}),
	)
}

// allSources lists every sentence that tells of h, each with a link to it
// (the panel of the selected event, which bounds them itself).
func allSources(v corpusView, h *analysis.Happening) app.UI {
	items := make([]app.UI, len(h.Mentions()))
	for i, r := range h.Mentions() {
		items[i] = sourceItem(v, r)
	}
	return app.Ul().Class("source-list").Body(items...)
}

// sourceItem is a sentence that tells of a happening, with a link to it
// in its article.
func sourceItem(v corpusView, r analysis.MentionRef) app.UI {
	a := v.AC.Articles[r.Article]
	s := a.EventMention(r.Mention).Sentence
	return app.Li().Body(
		app.Span().Lang(textLang).Body(marked(v.AC, a, a.Sentences[s].Span)...),
		app.Text(" "),
		app.A().Class("more").Href(v.articleHref(r.Article, s)).Title(a.Title).Body(
			app.Text("In "), app.Span().Lang(textLang).Text("“"+text.Clip(a.Title, 60)+"”"), app.Text(" →"),
		),
	)
}

// moreSources is "N more sentences" of a happening, under the first
// shownSources: a disclosure whose sentences are drawn only once it is
// opened. Drawn closed, the hidden sentences of a list of 100 events were
// most of the timeline page's 11,000 elements (0.5 s to mount in wasm).
// In a list of events (Event set) it holds foldedSources of them, then a
// link to the event on the timeline, which lists them all.
type moreSources struct {
	app.Compo
	D     corpusView
	H     *analysis.Happening
	Event string

	// opened is the happening whose sentences the reader opened, nil
	// when closed: a list drawn again may give this component another.
	opened *analysis.Happening
}

func (c *moreSources) Render() app.UI {
	h := c.H
	open := c.opened == h
	rest := len(h.Mentions()) - shownSources
	return app.Details().Open(open).OnToggle(c.onToggle).Body(
		app.Summary().Text(text.Plural(rest, "more sentence")),
		app.If(open, func() app.UI {
			var items []app.UI
			for i, r := range h.Mentions()[shownSources:] {
				if c.Event != "" && i == foldedSources {
					items = append(items, app.Li().Class("muted").Body(
						app.Text(text.Plural(rest-i, "more sentence")+": "),
						app.A().Href(href("/timeline", url.Values{"event": {c.Event}})).Text("see them all with the event on the timeline"),
					))
					break
				}
				items = append(items, sourceItem(c.D, r))
			}
			return app.Ul().Class("source-list").Body(items...)
		}),
	)
}

// onToggle draws the sentences when the disclosure opens (and forgets
// them when it closes).
func (c *moreSources) onToggle(ctx app.Context, e app.Event) {
	c.opened = nil
	if ctx.JSSrc().Get("open").Bool() {
		c.opened = c.H
	}
}

// compactEntry is an entry beside an article: its date, a link to the
// article's sentence that tells of it, and what happened.
func compactEntry(v corpusView, e *explore.TimelineEntry, article int) app.UI {
	ac := v.AC
	inexact := app.If(!e.Date.Exact, func() app.UI { return app.Span().Class("badge inexact").Text("inexact") })
	if e.Kind != explore.HappeningEntry {
		a, ev := ac.Articles[e.Ref.Article], ac.Event(e.Ref)
		return app.Li().Body(
			app.A().Href("#"+sentenceID(ev.Sentence)).Body(app.Time().DateTime(e.Date.String()).Text(e.Date.String())),
			app.Span().Class("muted").Lang(textLang).Text(" "+ev.Expr.Of(a.Text)),
			inexact,
		)
	}
	h := e.Happening
	sentence := explore.SentenceIn(ac, h, article)
	var modality app.UI
	if n := explore.ModalityNote(h.Modality()); n != "" {
		modality = app.Span().Class("badge modality " + string(h.Modality())).Text(n)
	}
	return app.Li().Class("happening").Body(
		app.A().Href("#"+sentenceID(sentence)).Body(app.Time().DateTime(e.Date.String()).Text(e.Date.String())),
		app.Text(" "),
		app.Span().Class("what").Text(explore.HappeningWhat(ac, h)),
		inexact, modality,
		app.If(e.Sources > 1, func() app.UI { return app.Span().Class("badge sources").Text(text.Plural(e.Sources, "source")) }),
	)
}
