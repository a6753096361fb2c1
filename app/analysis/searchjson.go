package analysis

import (
	"encoding/json"
	"io"
	"unicode/utf8"

	"corpusexplorer/app/search"
)

// SearchSnippet is a snippet in the search document. Marks are
// [start, end) offsets into Text counted in characters (runes), not bytes.
type SearchSnippet struct {
	Text  string   `json:"text"`
	Marks [][2]int `json:"marks"`
}

// SearchResult is one hit in the search document.
type SearchResult struct {
	ID       string          `json:"id"`
	Date     string          `json:"date"`
	Title    string          `json:"title"`
	Score    float64         `json:"score"`
	Snippets []SearchSnippet `json:"snippets"`
}

// SearchActor is an actor facet: the number of matching articles that
// mention the actor.
type SearchActor struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// SearchMonth is a month facet ("YYYY-MM").
type SearchMonth struct {
	Month string `json:"month"`
	Count int    `json:"count"`
}

// SearchFacets holds the facet counts of the search document.
type SearchFacets struct {
	Actors []SearchActor `json:"actors"`
	Months []SearchMonth `json:"months"`
}

// SearchDocument is the answer to a search as data: the number of
// matching articles, the first hits with their snippets, and the facets.
type SearchDocument struct {
	Total   int            `json:"total"`
	Results []SearchResult `json:"results"`
	Facets  SearchFacets   `json:"facets"`
}

// Search runs the search st over ix, an index of ac (ac.Index()), and
// returns at most limit hits as a document, with the notices about what
// the query parser ignored.
func (ac *Corpus) Search(ix *search.Index, st search.State, limit int) (SearchDocument, []search.Notice) {
	res, notes := ix.Search(st, limit, 0)
	doc := SearchDocument{
		Total:   res.Total,
		Results: make([]SearchResult, 0, len(res.Hits)),
		Facets:  SearchFacets{Actors: make([]SearchActor, 0, len(res.Facets.Actors)), Months: make([]SearchMonth, 0, len(res.Facets.Months))},
	}
	for _, h := range res.Hits {
		a := ac.Articles[h.Index]
		r := SearchResult{ID: h.ID, Date: a.Date.String(), Title: a.Title, Score: h.Score, Snippets: make([]SearchSnippet, 0, len(h.Snippets))}
		for _, s := range h.Snippets {
			sn := SearchSnippet{Text: s.Text, Marks: make([][2]int, 0, len(s.Marks))}
			for _, m := range s.Marks {
				sn.Marks = append(sn.Marks, [2]int{runeOffset(s.Text, m.Start), runeOffset(s.Text, m.End)})
			}
			r.Snippets = append(r.Snippets, sn)
		}
		doc.Results = append(doc.Results, r)
	}
	for _, f := range res.Facets.Actors {
		act, _ := ac.Actor(f.ID)
		doc.Facets.Actors = append(doc.Facets.Actors, SearchActor{ID: f.ID, Name: act.Name, Type: f.Type, Count: f.Count})
	}
	for _, m := range res.Facets.Months {
		doc.Facets.Months = append(doc.Facets.Months, SearchMonth{Month: m.Month, Count: m.Count})
	}
	return doc, notes
}

// runeOffset converts byte offset b of s into a character offset.
func runeOffset(s string, b int) int {
	return utf8.RuneCountInString(s[:min(max(b, 0), len(s))])
}

// WriteJSON writes the search document as indented JSON.
func (d SearchDocument) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}
