package workspace

import (
	"strings"
	"testing"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
)

func TestExport(t *testing.T) {
	w := New(nil)
	w.Put(koersk)
	// A second article that tells of a meeting (the first tells of no
	// happening the lexicon knows).
	w.Put(corpus.File{Name: "ontmoeting.txt", Data: []byte("date 2000-09-02 Gisteren ontmoette president Vladimir Poetin in Moskou minister Kees Vliegenthart over de Koersk.\n")})
	if !w.Install(w.Build(w.Start(), nil)) {
		t.Fatal("not installed")
	}
	d := w.Current()
	st := search.State{Q: "koersk"}
	if n := d.Index.Count(st); n != 2 {
		t.Fatalf("%d articles match koersk", n)
	}
	for _, tc := range []struct {
		format, name string
		events       bool
		has          []string
		hasNot       []string
	}{
		{ExportCSV, "articles.csv", true, []string{"\ufeffid,date,title,actors", "koersk,2000-09-01,"}, nil},
		{ExportJSON, "articles.json", false, []string{`"id": "koersk"`}, []string{"\ufeff"}},
		{ExportTimeline, "timeline.csv", false, []string{"2000-08-31,day,true", "2000-09-01,day,true"}, []string{"2021-"}},
		{ExportEvents, "events.csv", false, []string{"\ufeffid,date,precision,exact,type,subtype,act,modality,agent,patient,place,agent_names", ",ontmoeting,", "ev-2000-09-01-", "Meet"}, []string{"2021-"}},
		{ExportEventsJS, "events.json", false, []string{`"id": "ev-2000-09-01-`, `"article": "ontmoeting"`, `"mentions": [`}, []string{"2021-"}},
	} {
		f, err := d.Export(tc.format, st, tc.events)
		if err != nil {
			t.Fatalf("%s: %v", tc.format, err)
		}
		if f.Name != tc.name || f.MIME == "" {
			t.Errorf("%s: file %q (%s)", tc.format, f.Name, f.MIME)
		}
		s := string(f.Data)
		for _, h := range tc.has {
			if !strings.Contains(s, h) {
				t.Errorf("%s: no %q in\n%s", tc.format, h, s)
			}
		}
		for _, h := range tc.hasNot {
			if strings.Contains(s, h) {
				t.Errorf("%s: %q in\n%s", tc.format, h, s)
			}
		}
	}
	if strings.Count(func() string { f, _ := d.Export(ExportCSV, st, true); return string(f.Data) }(), "\n") < 2 {
		t.Error("the articles CSV has no row")
	}
	for i := range d.AC.Happenings().List {
		h := &d.AC.Happenings().List[i]
		imported := d.ImportedHappening(h)
		if a := d.AC.Articles[h.Mentions()[0].Article]; imported != (a.ID == "ontmoeting" || a.ID == "koersk") {
			t.Errorf("%s told in %s: imported %v", h.ID, a.ID, imported)
		}
	}
	if ids := w.ImportedIDs(); ids.Len() != 2 || !ids.Has("koersk") || !ids.Has("ontmoeting") {
		t.Errorf("imported ids %v", ids)
	}
	if _, err := d.Export("xml", st, false); err == nil {
		t.Error("an unknown format gives no error")
	}
}
