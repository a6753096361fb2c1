package workspace

import (
	"bytes"
	"errors"
	"fmt"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/export"
	"corpusexplorer/app/search"
)

// A File is an export: a file name, its media type and its bytes.
type File struct {
	Name, MIME string
	Data       []byte
}

// The export formats of Export.
const (
	ExportCSV      = "csv"      // the matching articles as CSV
	ExportJSON     = "json"     // the matching articles as JSON
	ExportTimeline = "timeline" // the timeline events of the matching articles as CSV
	ExportEvents   = "events"   // the corpus events the matching articles tell of, as CSV
	ExportEventsJS = "events-json"
)

// Export returns what the explorer shows for st as a file: the matching
// articles as "articles.csv" (format ExportCSV) or "articles.json"
// (ExportJSON), with their events when events is set; the timeline
// events of those articles in calendar order as "timeline.csv"
// (ExportTimeline); or the corpus events they tell of (each once,
// however many articles tell of it) as "events.csv" (ExportEvents) or
// "events.json" (ExportEventsJS).
func (d *Data) Export(format string, st search.State, events bool) (File, error) {
	if d.Err != nil {
		return File{}, d.Err
	}
	if d.AC == nil {
		return File{}, errors.New("no corpus")
	}
	idx, _ := d.Matching(st)
	arts := make([]*analysis.Article, len(idx))
	for i, j := range idx {
		arts[i] = d.AC.Articles[j]
	}
	opt := export.Options{Events: events, Name: export.ActorName(d.AC), BOM: true}
	var b bytes.Buffer
	var f File
	var err error
	switch format {
	case ExportCSV:
		f = File{Name: "articles.csv", MIME: "text/csv;charset=utf-8"}
		err = export.ArticlesCSV(&b, arts, opt)
	case ExportJSON:
		f = File{Name: "articles.json", MIME: "application/json"}
		opt.BOM = false
		err = export.ArticlesJSON(&b, arts, opt)
	case ExportTimeline:
		f = File{Name: "timeline.csv", MIME: "text/csv;charset=utf-8"}
		keep := make(map[*analysis.Article]bool, len(arts))
		for _, a := range arts {
			keep[a] = true
		}
		refs := d.AC.Timeline(func(a *analysis.Article) bool { return keep[a] })
		opt.Events = false
		err = export.TimelineCSV(&b, d.AC, refs, opt)
	case ExportEvents, ExportEventsJS:
		hs := d.happenings(idx)
		if format == ExportEvents {
			f = File{Name: "events.csv", MIME: "text/csv;charset=utf-8"}
			err = export.EventsCSV(&b, d.AC, hs, opt)
		} else {
			f = File{Name: "events.json", MIME: "application/json"}
			err = export.EventsJSON(&b, d.AC, hs)
		}
	default:
		return File{}, fmt.Errorf("unknown export format %q", format)
	}
	f.Data = b.Bytes()
	return f, err
}

// ImportedHappening reports whether an article the user imported tells
// of h.
func (d *Data) ImportedHappening(h *analysis.Happening) bool {
	for _, m := range h.Mentions() {
		if d.IsImported(d.AC.Articles[m.Article].ID) {
			return true
		}
	}
	return false
}

// happenings returns the happenings that the articles idx (corpus
// positions) tell of, each once, in calendar order.
func (d *Data) happenings(idx []int) []*analysis.Happening {
	in := make(map[int]bool, len(idx))
	for _, i := range idx {
		in[i] = true
	}
	var out []*analysis.Happening
	hs := d.AC.Happenings()
	for i := range hs.List {
		h := &hs.List[i]
		for _, m := range h.Mentions() {
			if in[m.Article] {
				out = append(out, h)
				break
			}
		}
	}
	return out
}
