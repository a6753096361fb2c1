package analysis

import (
	"encoding/json"
	"io"
	"slices"

	"corpusexplorer/app/text"
)

// JSONActor is an actor of an article in the analysis document.
type JSONActor struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Type       string `json:"type"`
	Mentions   int    `json:"mentions"`
	Discovered bool   `json:"discovered,omitempty"`
}

// JSONEvent is an event of an article in the analysis document: its
// publication, a sentence with a date expression, or a happening the
// article tells of. Date is written as YYYY-MM-DD, YYYY-Www, YYYY-MM or
// YYYY by precision.
type JSONEvent struct {
	Date      string `json:"date"`
	Precision string `json:"precision"`
	Exact     bool   `json:"exact"`
	// Kind is "published", "mentioned" (dated by an expression of its
	// sentence) or "reported" (a happening whose sentence holds no date:
	// dated by the happening it continues or by the publication).
	Kind string `json:"kind"`
	Text string `json:"text"`
	// Actors are the actors named in the sentence (for a happening, with
	// its participants).
	Actors []string `json:"actors"`
	// Type, Subtype, Act and Modality describe the happening; empty for a
	// publication or a dated sentence that tells of none.
	Type     string `json:"type"`
	Subtype  string `json:"subtype"`
	Act      string `json:"act"`
	Modality string `json:"modality"`
	// Sentence is the index of the sentence (from 0), -1 for the
	// publication.
	Sentence int       `json:"sentence"`
	Roles    JSONRoles `json:"roles"`
	// Event is the id of the corpus event of a happening, "" otherwise.
	Event string `json:"event"`
}

// JSONRoles are the participants of a happening, as actor ids.
type JSONRoles struct {
	Agent   []string `json:"agent"`
	Patient []string `json:"patient"`
	Place   []string `json:"place"`
}

// JSONReference is a pronoun, group or description and the actors it
// stands for.
type JSONReference struct {
	Text     string   `json:"text"`
	Kind     string   `json:"kind"`
	Sentence int      `json:"sentence"`
	Actors   []string `json:"actors"`
}

// JSONOther is a name of an article that is no actor: an event, a work,
// a law, a product, a language, a word of nationality used as a name.
type JSONOther struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Mentions int    `json:"mentions"`
}

// JSONArticle is one article in the analysis document.
type JSONArticle struct {
	ID         string          `json:"id"`
	Date       string          `json:"date"`
	Title      string          `json:"title"`
	Actors     []JSONActor     `json:"actors"`
	Others     []JSONOther     `json:"others"`
	Events     []JSONEvent     `json:"events"`
	References []JSONReference `json:"references"`
}

// JSONHappening is a corpus event: one happening with every sentence of
// every article that tells of it.
type JSONHappening struct {
	ID        string        `json:"id"`
	Date      string        `json:"date"`
	Precision string        `json:"precision"`
	Exact     bool          `json:"exact"`
	Type      string        `json:"type"`
	Subtype   string        `json:"subtype"`
	Act       string        `json:"act"`
	Modality  string        `json:"modality"`
	Actors    []string      `json:"actors"`
	Roles     JSONRoles     `json:"roles"`
	Mentions  []JSONMention `json:"mentions"`
}

// JSONMention is one sentence that tells of a corpus event.
type JSONMention struct {
	Article  string `json:"article"`
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
}

// Document is the analysis of a corpus as data, for checking and diffing.
type Document struct {
	Articles []JSONArticle `json:"articles"`
	// Events are the corpus events, in calendar order.
	Events []JSONHappening `json:"events"`
}

// roles returns ids as JSON roles, never null.
func jsonRoles(agent, patient, place []string) JSONRoles {
	return JSONRoles{Agent: orEmpty(agent), Patient: orEmpty(patient), Place: orEmpty(place)}
}

func orEmpty(ids []string) []string {
	if ids == nil {
		return []string{}
	}
	return ids
}

// EventJSON returns an event of the article (its publication or a dated
// sentence) as the analysis document writes one that tells of no
// happening: the title as the text of the publication, an empty type and
// empty roles.
func (a *Article) EventJSON(e *Event) JSONEvent {
	txt := a.Title
	if e.Sentence >= 0 {
		txt = a.Sentences[e.Sentence].Of(a.Text)
	}
	return JSONEvent{
		Date: e.Value.String(), Precision: e.Value.Precision.String(), Exact: e.Value.Exact,
		Kind: e.Kind.String(), Text: txt, Actors: orEmpty(e.Actors()),
		Sentence: e.Sentence, Roles: jsonRoles(nil, nil, nil),
	}
}

// Document returns the analysis as data. Published events carry the
// article's title as their text. An article's events are its publication,
// then in text order each happening it tells of and each dated sentence
// that tells of none (as before happenings were found, with an empty
// type).
func (ac *Corpus) Document() Document {
	h := ac.Happenings()
	doc := Document{Articles: make([]JSONArticle, 0, len(ac.Articles)), Events: make([]JSONHappening, 0, len(h.List))}
	for ai, a := range ac.Articles {
		ja := JSONArticle{ID: a.ID, Date: a.Date.String(), Title: a.Title, Actors: []JSONActor{}, Others: []JSONOther{}, Events: []JSONEvent{}, References: []JSONReference{}}
		for _, c := range a.Actors() {
			act, _ := ac.Actor(c.ID)
			ja.Actors = append(ja.Actors, JSONActor{ID: c.ID, Name: act.Name, Type: act.Type.String(), Mentions: c.Mentions, Discovered: act.Discovered})
		}
		for _, c := range a.OtherCounts() {
			o, _ := ac.Other(c.ID)
			ja.Others = append(ja.Others, JSONOther{ID: c.ID, Name: o.Name, Mentions: c.Mentions})
		}
		type entry struct {
			at int // text offset, for the order
			e  JSONEvent
		}
		var entries []entry
		told := map[text.Span]bool{} // the date expressions that date a happening
		for mi := range a.NumEventMentions() {
			m := a.EventMention(mi)
			kind := "reported"
			if m.When == InSentence {
				kind = "mentioned"
				told[m.DateExpr] = true
			}
			id := ""
			if hp, ok := h.Of(ai, mi); ok {
				id = hp.ID
			}
			entries = append(entries, entry{m.Trigger.Start, JSONEvent{
				Date: m.Date.String(), Precision: m.Date.Precision.String(), Exact: m.Date.Exact,
				Kind: kind, Text: a.Sentences[m.Sentence].Of(a.Text),
				Actors: sortInPlace(slices.Concat(a.actorsIn(a.Sentences[m.Sentence].Span), m.Agent, m.Patient, m.Place)),
				Type:   m.Type.Type, Subtype: m.Type.Subtype, Act: m.Act, Modality: string(m.Modality),
				Sentence: m.Sentence, Roles: jsonRoles(m.Agent, m.Patient, m.Place), Event: id,
			}})
		}
		for i := range a.Events {
			e := &a.Events[i]
			if e.Kind == Mentioned && told[e.Expr] {
				continue
			}
			at := -1
			if e.Sentence >= 0 {
				at = e.Expr.Start
			}
			entries = append(entries, entry{at, a.EventJSON(e)})
		}
		slices.SortStableFunc(entries, func(x, y entry) int { return x.at - y.at })
		for _, en := range entries {
			ja.Events = append(ja.Events, en.e)
		}
		for _, r := range a.References {
			ja.References = append(ja.References, JSONReference{Text: r.Span.Of(a.Text), Kind: r.Kind.String(), Sentence: r.Sentence, Actors: r.Actors})
		}
		doc.Articles = append(doc.Articles, ja)
	}
	for i := range h.List {
		doc.Events = append(doc.Events, ac.HappeningJSON(&h.List[i]))
	}
	return doc
}

// HappeningJSON returns a corpus event as the analysis document writes
// it, with each sentence that tells of it once.
func (ac *Corpus) HappeningJSON(hp *Happening) JSONHappening {
	jh := JSONHappening{
		ID: hp.ID, Date: hp.Date.String(), Precision: hp.Date.Precision.String(), Exact: hp.Date.Exact,
		Type: hp.Type().Type, Subtype: hp.Type().Subtype, Act: hp.Act(), Modality: string(hp.Modality()),
		Actors: orEmpty(hp.Actors()), Roles: jsonRoles(hp.Agent(), hp.Patient(), hp.Place()),
		Mentions: []JSONMention{},
	}
	for _, r := range hp.Mentions() {
		a := ac.Articles[r.Article]
		si := a.EventMention(r.Mention).Sentence
		jm := JSONMention{Article: a.ID, Sentence: si, Text: a.Sentences[si].Of(a.Text)}
		if n := len(jh.Mentions); n > 0 && jh.Mentions[n-1] == jm {
			continue // two mentions in one sentence
		}
		jh.Mentions = append(jh.Mentions, jm)
	}
	return jh
}

// WriteJSON writes the analysis document as indented JSON.
func (ac *Corpus) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(ac.Document())
}
