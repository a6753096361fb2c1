package analysis

import (
	"encoding/json"
	"io"
)

// JSONActor is an actor of an article in the analysis document.
type JSONActor struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Type       string `json:"type"`
	Mentions   int    `json:"mentions"`
	Discovered bool   `json:"discovered,omitempty"`
}

// JSONEvent is an event in the analysis document. Date is written as
// YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY by precision.
type JSONEvent struct {
	Date      string   `json:"date"`
	Precision string   `json:"precision"`
	Exact     bool     `json:"exact"`
	Kind      string   `json:"kind"`
	Text      string   `json:"text"`
	Actors    []string `json:"actors"`
}

// JSONArticle is one article in the analysis document.
type JSONArticle struct {
	ID     string      `json:"id"`
	Date   string      `json:"date"`
	Title  string      `json:"title"`
	Actors []JSONActor `json:"actors"`
	Events []JSONEvent `json:"events"`
}

// Document is the analysis of a corpus as data, for checking and diffing.
type Document struct {
	Articles []JSONArticle `json:"articles"`
}

// Document returns the analysis as data. Published events carry the
// article's title as their text.
func (ac *Corpus) Document() Document {
	doc := Document{Articles: make([]JSONArticle, 0, len(ac.Articles))}
	for _, a := range ac.Articles {
		ja := JSONArticle{ID: a.ID, Date: a.Date.String(), Title: a.Title, Actors: []JSONActor{}, Events: []JSONEvent{}}
		for _, c := range a.Actors() {
			act, _ := ac.Actor(c.ID)
			ja.Actors = append(ja.Actors, JSONActor{ID: c.ID, Name: act.Name, Type: act.Type.String(), Mentions: c.Mentions, Discovered: act.Discovered})
		}
		for _, e := range a.Events {
			txt := a.Title
			if e.Sentence >= 0 {
				txt = a.Sentences[e.Sentence].Of(a.Text)
			}
			ids := e.Actors
			if ids == nil {
				ids = []string{}
			}
			ja.Events = append(ja.Events, JSONEvent{
				Date: e.Value.String(), Precision: e.Value.Precision.String(), Exact: e.Value.Exact,
				Kind: e.Kind.String(), Text: txt, Actors: ids,
			})
		}
		doc.Articles = append(doc.Articles, ja)
	}
	return doc
}

// WriteJSON writes the analysis document as indented JSON.
func (ac *Corpus) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(ac.Document())
}
