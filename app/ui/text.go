package ui

import (
	"fmt"
	"net/url"
	"strings"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// marked renders span of an article's text with its actor mentions and date
// expressions marked. Text is always rendered as text, never as HTML.
func marked(ac *analysis.Corpus, a *analysis.Article, span text.Span) []app.UI {
	segs := a.Segments(span)
	out := make([]app.UI, 0, len(segs))
	for _, s := range segs {
		t := s.Of(a.Text)
		switch {
		case s.Mark == nil:
			out = append(out, app.Text(t))
		case s.Mark.Kind == analysis.ActorMark:
			act, _ := ac.Actor(s.Mark.ActorID)
			typ := act.Type.String()
			title := act.Name + " · " + typ
			if act.Discovered {
				title += " · discovered in the text"
			}
			out = append(out, app.A().Class("actor-link").
				Href(href("/", url.Values{"actor": {act.ID}})).
				Title(title+" · show the articles that mention it").
				Body(app.Mark().Class("actor "+typ).DataSet("actor", act.ID).Text(t)))
		case s.Mark.Kind == analysis.RefMark:
			names := make([]string, len(s.Mark.Actors))
			for i, id := range s.Mark.Actors {
				names[i] = id
				if a, ok := ac.Actor(id); ok {
					names[i] = a.Name
				}
			}
			out = append(out, app.Mark().Class("ref").DataSet("actors", strings.Join(s.Mark.Actors, " ")).
				Title("“"+t+"” stands for "+strings.Join(names, " and ")).Text(t))
		case s.Mark.Kind == analysis.OtherMark:
			title := "Other name"
			if o, ok := ac.Other(s.Mark.ActorID); ok {
				title += ": " + o.Name
			}
			out = append(out, app.Mark().Class("other").DataSet("other", s.Mark.ActorID).
				Title(title+" (an event, work, law, product, language or nationality; not an actor)").Text(t))
		default:
			out = append(out, app.Time().
				Class("date").
				DateTime(s.Mark.Value.String()).
				DataSet("resolved", explore.DescribeDate(s.Mark.Value)).
				TabIndex(0).
				Aria("label", t+": "+explore.DescribeDate(s.Mark.Value)).
				Text(t))
		}
	}
	return out
}

// sentenceID is the element id of a sentence in the reader, for links.
func sentenceID(i int) string { return fmt.Sprintf("s%d", i) }

// articleHref links to an article, optionally to one of its sentences.
func articleHref(id string, sentence int) string {
	h := href("/article", url.Values{"id": {id}})
	if sentence >= 0 {
		h += "#" + sentenceID(sentence)
	}
	return h
}

// textLang is the language of the articles, marked on every element that
// shows their text (titles, snippets, sentences, actor names), so that
// screen readers read it as Dutch inside the English interface.
const textLang = "nl"
