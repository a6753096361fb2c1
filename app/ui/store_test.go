package ui

import (
	"strings"
	"testing"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
	"corpusexplorer/app/workspace"
)

const testArticle = "date 2000-09-01 Gisteren sprak president Vladimir Poetin in Moskou met minister Kees Vliegenthart over de ramp met de onderzeeboot Koersk.\n\nDe Russische president beloofde Vliegenthart volledige openheid.\n"

func TestExportHelpers(t *testing.T) {
	w := workspace.New(nil)
	w.Put(corpus.File{Name: "koersk.txt", Data: []byte(testArticle)})
	if !w.Install(w.Build(w.Start(), nil)) {
		t.Fatal("not installed")
	}
	useWorkspace(t, w)
	st := search.State{Q: "koersk"}
	csv, err := ExportArticlesCSV(st, true)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.TrimPrefix(string(csv), "\ufeff")
	if !strings.HasPrefix(s, "id,date,title,actors") || !strings.Contains(s, "koersk,2000-09-01,") || strings.Count(s, "\n") < 2 {
		t.Errorf("articles CSV:\n%s", s)
	}
	js, err := ExportArticlesJSON(st, false)
	if err != nil || !strings.Contains(string(js), `"id": "koersk"`) {
		t.Errorf("articles JSON %v:\n%s", err, js)
	}
	tl, err := ExportTimelineCSV(st)
	if err != nil || !strings.Contains(string(tl), "2000-08-31,day,true") || strings.Contains(string(tl), "2021-") {
		t.Errorf("timeline CSV %v:\n%s", err, tl)
	}
	if err := DownloadResult(st, "xml", false); err == nil {
		t.Error("an unknown format gives no error")
	}
}
