// Package export writes what the explorer shows as files a user can take
// away: the articles of a result set as CSV or JSON, and the events of the
// timeline as CSV. It is pure Go (no UI) and builds for WebAssembly.
//
// # Articles
//
// One row (CSV) or object (JSON) per article, in the order given:
//
//	id, date, title, actors[, actor_names][, events]
//
// actors holds the ids of the actors the article mentions, most mentioned
// first, separated by ";" in CSV: ids are stable, contain no ";" or
// space, and are what the explorer's URLs and seeds/actors.tsv use.
// actor_names holds their canonical names in the same order (separated
// by "; " in CSV) when Options.Name is set. events, when Options.Events is
// set, holds the article's events: in CSV one per line of the cell, as
// "DATE PRECISION exact|inexact KIND: SENTENCE"; in JSON as objects like
// those of the analysis document (analysis.JSONEvent). The sentence of a
// publication event is the article's title.
//
// # Timeline
//
// One row per event, in the order given (normally analysis.Corpus
// Timeline's):
//
//	date, precision, exact, kind, article, sentence, actors[, actor_names]
//
// date is YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY by precision; exact is
// "true" or "false"; actors as for articles.
//
// # Events
//
// One row (CSV) or object (JSON) per corpus event (a happening, however
// many articles tell of it), in the order given (normally calendar
// order):
//
//	id, date, precision, exact, type, subtype, act, modality, agent, patient, place[, agent_names, patient_names, place_names], sources, articles, sentence
//
// agent, patient and place hold actor ids separated by ";"; sources is
// the number of articles that tell of it, articles their ids separated
// by ";", sentence the first sentence that does. The JSON objects are
// those of the analysis document's "events" (analysis.JSONHappening),
// with every sentence that tells of the event.
//
// # Spreadsheet safety
//
// A CSV cell that starts with = + - @, a tab or a carriage return would be
// read as a formula by spreadsheet programs (CSV injection); such a cell
// is written with a single quote in front. JSON is written as is.
package export

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"corpusexplorer/app/analysis"
)

// Options choose the optional columns.
type Options struct {
	// Events adds the events column to articles.
	Events bool
	// Name, when set, gives an actor's canonical name for the actor_names
	// column ((*analysis.Corpus).Actor fits via ActorName).
	Name func(id string) string
	// BOM starts CSV output with a UTF-8 byte-order mark, which makes
	// Microsoft Excel read the accents right.
	BOM bool
}

// ActorName returns a name lookup for Options.Name from an analysed
// corpus: the actor's canonical name, or the id when it is unknown.
func ActorName(ac *analysis.Corpus) func(id string) string {
	return func(id string) string {
		if a, ok := ac.Actor(id); ok && a.Name != "" {
			return a.Name
		}
		return id
	}
}

// Safe returns s as a CSV cell that spreadsheets do not run: with a
// single quote in front when it starts with = + - @, a tab or a carriage
// return.
func Safe(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// csvWriter writes rows of safe cells.
type csvWriter struct {
	w *csv.Writer
}

func newCSV(w io.Writer, bom bool) (*csvWriter, error) {
	if bom {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return nil, err
		}
	}
	return &csvWriter{csv.NewWriter(w)}, nil
}

func (c *csvWriter) row(cells ...string) error {
	for i, s := range cells {
		cells[i] = Safe(s)
	}
	return c.w.Write(cells)
}

func (c *csvWriter) flush() error {
	c.w.Flush()
	return c.w.Error()
}

// actorIDs returns the ids of an article's actors, most mentioned first.
func actorIDs(a *analysis.Article) []string {
	cs := a.Actors()
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return ids
}

func names(ids []string, name func(string) string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = name(id)
	}
	return out
}

// eventText returns the sentence of an event, or the title for a
// publication.
func eventText(a *analysis.Article, e *analysis.Event) string {
	if e.Sentence >= 0 && e.Sentence < len(a.Sentences) {
		return a.Sentences[e.Sentence].Of(a.Text)
	}
	return a.Title
}

// ArticlesCSV writes the articles as CSV with a header row (see the
// package documentation for the columns).
func ArticlesCSV(w io.Writer, arts []*analysis.Article, opt Options) error {
	c, err := newCSV(w, opt.BOM)
	if err != nil {
		return err
	}
	head := []string{"id", "date", "title", "actors"}
	if opt.Name != nil {
		head = append(head, "actor_names")
	}
	if opt.Events {
		head = append(head, "events")
	}
	if err := c.row(head...); err != nil {
		return err
	}
	for _, a := range arts {
		ids := actorIDs(a)
		row := []string{a.ID, a.Date.String(), a.Title, strings.Join(ids, ";")}
		if opt.Name != nil {
			row = append(row, strings.Join(names(ids, opt.Name), "; "))
		}
		if opt.Events {
			lines := make([]string, len(a.Events))
			for i := range a.Events {
				e := &a.Events[i]
				exact := "exact"
				if !e.Value.Exact {
					exact = "inexact"
				}
				lines[i] = e.Value.String() + " " + e.Value.Precision.String() + " " + exact + " " + e.Kind.String() + ": " + oneLine(eventText(a, e))
			}
			row = append(row, strings.Join(lines, "\n"))
		}
		if err := c.row(row...); err != nil {
			return err
		}
	}
	return c.flush()
}

// oneLine joins the lines of s with spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// JSONArticle is one article of ArticlesJSON.
type JSONArticle struct {
	ID         string               `json:"id"`
	Date       string               `json:"date"`
	Title      string               `json:"title"`
	Actors     []string             `json:"actors"`
	ActorNames []string             `json:"actor_names,omitempty"`
	Events     []analysis.JSONEvent `json:"events,omitempty"`
}

// Articles returns the articles as data, the form ArticlesJSON writes.
func Articles(arts []*analysis.Article, opt Options) []JSONArticle {
	out := make([]JSONArticle, 0, len(arts))
	for _, a := range arts {
		ja := JSONArticle{ID: a.ID, Date: a.Date.String(), Title: a.Title, Actors: actorIDs(a)}
		if opt.Name != nil {
			ja.ActorNames = names(ja.Actors, opt.Name)
		}
		if opt.Events {
			ja.Events = make([]analysis.JSONEvent, 0, len(a.Events))
			for i := range a.Events {
				ja.Events = append(ja.Events, jsonEvent(a, &a.Events[i]))
			}
		}
		out = append(out, ja)
	}
	return out
}

func jsonEvent(a *analysis.Article, e *analysis.Event) analysis.JSONEvent {
	return a.EventJSON(e)
}

// ArticlesJSON writes the articles as an indented JSON list (see the
// package documentation).
func ArticlesJSON(w io.Writer, arts []*analysis.Article, opt Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(Articles(arts, opt))
}

// TimelineCSV writes the events refs points at as CSV with a header row:
// date, precision, exact, kind, article, sentence, actors (and
// actor_names when opt.Name is set). opt.Events is not used.
func TimelineCSV(w io.Writer, ac *analysis.Corpus, refs []analysis.EventRef, opt Options) error {
	c, err := newCSV(w, opt.BOM)
	if err != nil {
		return err
	}
	head := []string{"date", "precision", "exact", "kind", "article", "sentence", "actors"}
	if opt.Name != nil {
		head = append(head, "actor_names")
	}
	if err := c.row(head...); err != nil {
		return err
	}
	for _, r := range refs {
		if r.Article < 0 || r.Article >= len(ac.Articles) || r.Event < 0 || r.Event >= len(ac.Articles[r.Article].Events) {
			continue
		}
		a := ac.Articles[r.Article]
		e := &a.Events[r.Event]
		row := []string{e.Value.String(), e.Value.Precision.String(), strconv.FormatBool(e.Value.Exact), e.Kind.String(),
			a.ID, eventText(a, e), strings.Join(e.Actors(), ";")}
		if opt.Name != nil {
			row = append(row, strings.Join(names(e.Actors(), opt.Name), "; "))
		}
		if err := c.row(row...); err != nil {
			return err
		}
	}
	return c.flush()
}

// EventsCSV writes corpus events as CSV with a header row (see the
// package documentation for the columns).
func EventsCSV(w io.Writer, ac *analysis.Corpus, hs []*analysis.Happening, opt Options) error {
	c, err := newCSV(w, opt.BOM)
	if err != nil {
		return err
	}
	head := []string{"id", "date", "precision", "exact", "type", "subtype", "act", "modality", "agent", "patient", "place"}
	if opt.Name != nil {
		head = append(head, "agent_names", "patient_names", "place_names")
	}
	head = append(head, "sources", "articles", "sentence")
	if err := c.row(head...); err != nil {
		return err
	}
	for _, h := range hs {
		row := []string{h.ID, h.Date.String(), h.Date.Precision.String(), strconv.FormatBool(h.Date.Exact),
			h.Type().Type, h.Type().Subtype, h.Act(), string(h.Modality()),
			strings.Join(h.Agent(), ";"), strings.Join(h.Patient(), ";"), strings.Join(h.Place(), ";")}
		if opt.Name != nil {
			row = append(row, strings.Join(names(h.Agent(), opt.Name), "; "), strings.Join(names(h.Patient(), opt.Name), "; "), strings.Join(names(h.Place(), opt.Name), "; "))
		}
		var arts []string
		for _, m := range h.Mentions() {
			if id := ac.Articles[m.Article].ID; len(arts) == 0 || arts[len(arts)-1] != id {
				arts = append(arts, id)
			}
		}
		sentence := ""
		if len(h.Mentions()) > 0 {
			a := ac.Articles[h.Mentions()[0].Article]
			sentence = oneLine(a.Sentences[a.EventMention(h.Mentions()[0].Mention).Sentence].Of(a.Text))
		}
		row = append(row, strconv.Itoa(len(arts)), strings.Join(arts, ";"), sentence)
		if err := c.row(row...); err != nil {
			return err
		}
	}
	return c.flush()
}

// EventsJSON writes corpus events as a JSON list of the analysis
// document's events.
func EventsJSON(w io.Writer, ac *analysis.Corpus, hs []*analysis.Happening) error {
	out := make([]analysis.JSONHappening, len(hs))
	for i, h := range hs {
		out[i] = ac.HappeningJSON(h)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
