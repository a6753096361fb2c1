package ui

import (
	"bytes"
	"errors"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/export"
	"corpusexplorer/app/search"
)

// Export of what the explorer shows: the articles matching a search state
// (as the URL's filters give it) and their timeline events. The functions
// return the file's bytes; Download saves them in the browser.

// ResultArticles returns the analysed articles of the current corpus that
// match st, in the state's order.
func ResultArticles(st search.State) ([]*analysis.Article, error) {
	d := data()
	if d.Err != nil {
		return nil, d.Err
	}
	if d.AC == nil {
		return nil, errors.New("no corpus")
	}
	idx, _ := d.Matching(st)
	arts := make([]*analysis.Article, len(idx))
	for i, j := range idx {
		arts[i] = d.AC.Articles[j]
	}
	return arts, nil
}

func exportOptions(events bool) export.Options {
	return export.Options{Events: events, Name: export.ActorName(data().AC), BOM: true}
}

// ExportArticlesCSV returns the articles matching st as CSV (id, date,
// title, actors, actor_names and, with events, their events).
func ExportArticlesCSV(st search.State, events bool) ([]byte, error) {
	arts, err := ResultArticles(st)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = export.ArticlesCSV(&b, arts, exportOptions(events))
	return b.Bytes(), err
}

// ExportArticlesJSON returns the articles matching st as JSON.
func ExportArticlesJSON(st search.State, events bool) ([]byte, error) {
	arts, err := ResultArticles(st)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	opt := exportOptions(events)
	opt.BOM = false
	err = export.ArticlesJSON(&b, arts, opt)
	return b.Bytes(), err
}

// ExportTimelineCSV returns the timeline events of the articles matching
// st as CSV, in calendar order.
func ExportTimelineCSV(st search.State) ([]byte, error) {
	d := data()
	arts, err := ResultArticles(st)
	if err != nil {
		return nil, err
	}
	keep := make(map[*analysis.Article]bool, len(arts))
	for _, a := range arts {
		keep[a] = true
	}
	refs := d.AC.Timeline(func(a *analysis.Article) bool { return keep[a] })
	var b bytes.Buffer
	err = export.TimelineCSV(&b, d.AC, refs, exportOptions(false))
	return b.Bytes(), err
}

// DownloadResult saves the articles matching st in the browser as
// "articles.csv" (format "csv") or "articles.json" (format "json"), or the
// timeline's events as "timeline.csv" (format "timeline").
func DownloadResult(st search.State, format string, events bool) error {
	var (
		b         []byte
		err       error
		name, typ string
	)
	switch format {
	case "csv":
		b, err = ExportArticlesCSV(st, events)
		name, typ = "articles.csv", "text/csv;charset=utf-8"
	case "json":
		b, err = ExportArticlesJSON(st, events)
		name, typ = "articles.json", "application/json"
	case "timeline":
		b, err = ExportTimelineCSV(st)
		name, typ = "timeline.csv", "text/csv;charset=utf-8"
	default:
		return errors.New("unknown export format " + format)
	}
	if err != nil {
		return err
	}
	return Download(name, typ, b)
}
