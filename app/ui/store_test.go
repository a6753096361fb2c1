package ui

import (
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/search"
)

const testArticle = "date 2000-09-01 Gisteren sprak president Vladimir Poetin in Moskou met minister Kees Vliegenthart over de ramp met de onderzeeboot Koersk.\n\nDe Russische president beloofde Vliegenthart volledige openheid.\n"

func mentions(t *testing.T, b built, id, actor string) int {
	t.Helper()
	i := b.data.AC.Corpus.Index(id)
	if i < 0 {
		t.Fatalf("no article %s", id)
	}
	n := 0
	for _, m := range b.data.AC.Articles[i].Mentions {
		if m.ActorID == actor {
			n++
		}
	}
	return n
}

func TestBuildImportsReplacesAndEdits(t *testing.T) {
	emb, err := Analysed()
	if err != nil {
		t.Fatal(err)
	}
	seed := emb.Corpus.At(0).ID
	files := []corpus.File{
		{Name: "koersk.txt", Data: []byte(testArticle)},
		{Name: seed + ".txt", Data: []byte("date 2021-12 Een vervangen artikel over de walvisbaai.\n")},
		{Name: "broken.txt", Data: []byte("date 2021-13 Geen maand.\n")},
	}
	b := build(files, nil, nil)
	if b.data.Err != nil {
		t.Fatal(b.data.Err)
	}
	if len(b.errs) != 1 || !strings.Contains(b.errs[0], "broken") {
		t.Errorf("errs %q, want one naming broken.txt", b.errs)
	}
	if got, want := b.data.AC.Corpus.Len(), emb.Corpus.Len()+1; got != want {
		t.Errorf("%d articles, want %d (one new, one replaced)", got, want)
	}
	if !b.data.Imported["koersk"] || !b.data.Imported[seed] || b.data.Imported["broken"] {
		t.Errorf("imported %v", b.data.Imported)
	}
	if a, _ := b.data.AC.Corpus.ByID(seed); !strings.Contains(a.Text, "walvisbaai") {
		t.Error("the embedded article was not replaced")
	}
	res, _ := b.data.Index.Search(search.State{Q: "koersk"}, 10, 0)
	if res.Total != 1 {
		t.Errorf("search koersk: %d hits", res.Total)
	}
	if mentions(t, b, "koersk", "vladimir-poetin") == 0 {
		t.Error("Poetin is not found in the imported article")
	}
	from := "kees-vliegenthart"
	if _, ok := b.base.Actor(from); !ok {
		t.Fatalf("%s was not discovered", from)
	}

	// A merge of the discovered actor into Poetin applies to the article.
	es := []edits.Edit{edits.Merge{From: from, Into: "vladimir-poetin"}, edits.Hide{ID: "no-such-actor"}}
	m := build(files, es, nil)
	if len(m.kept) != 1 || len(m.errs) != 2 {
		t.Errorf("kept %v, errs %q: want the merge kept and the unknown hide reported", m.kept, m.errs)
	}
	if n := mentions(t, m, "koersk", from); n != 0 {
		t.Errorf("%d mentions of the merged actor", n)
	}
	if got, want := mentions(t, m, "koersk", "vladimir-poetin"), mentions(t, b, "koersk", "vladimir-poetin")+mentions(t, b, "koersk", from); got != want {
		t.Errorf("Poetin has %d mentions after the merge, want %d", got, want)
	}
}

func TestUserDataPutRemove(t *testing.T) {
	var u userData
	u.put(corpus.File{Name: "a.txt", Data: []byte("1")})
	u.put(corpus.File{Name: "b.txt"})
	u.put(corpus.File{Name: "a.txt", Data: []byte("2")})
	if len(u.files) != 2 || string(u.files[0].Data) != "2" || !u.has("b") {
		t.Fatalf("files %v", u.files)
	}
	u.remove("a")
	if len(u.files) != 1 || u.has("a") {
		t.Fatalf("after remove: %v", u.files)
	}
	u.log.Push(edits.Hide{ID: "x"})
	u.log.Push(edits.Rename{ID: "y", Name: "Y"})
	u.log.Push(edits.Hide{ID: "x"})
	fr, er := u.fileRecords(), u.editRecords()
	if len(er) != 3 || er[0].Key == er[2].Key {
		t.Fatalf("edit records %v: the same edit twice needs two keys", er)
	}
	var v userData
	if err := v.setRecords(fr, er); err != nil || v.log.Len() != 3 || len(v.files) != 1 || v.log.Edits()[1] != (edits.Rename{ID: "y", Name: "Y"}) {
		t.Fatalf("records round trip: %v, %d edits %v, files %v", err, v.log.Len(), v.log.Edits(), v.files)
	}
	if got := v.editRecords(); !slices.Equal(recordKeys(got), recordKeys(er)) {
		t.Errorf("keys after the round trip %v, want %v", recordKeys(got), recordKeys(er))
	}
	u.remove("")
	if len(u.files) != 0 {
		t.Fatal("remove all left files")
	}
}

func TestExportHelpers(t *testing.T) {
	b := build([]corpus.File{{Name: "koersk.txt", Data: []byte(testArticle)}}, nil, nil)
	old := current.Load()
	current.Store(b.data)
	t.Cleanup(func() { current.Store(old) })
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

// TestBuildCancelled: a step that says stop ends the build at that phase,
// marked cancelled and with nothing built; a step that never stops sees
// every phase and builds.
func TestBuildCancelled(t *testing.T) {
	files := []corpus.File{{Name: "koersk.txt", Data: []byte(testArticle)}}
	for _, stopAt := range []string{"Parsing", "Analysing", "Indexing", "Showing", ""} {
		var seen []string
		b := build(files, nil, func(phase string, done, total int) bool {
			if len(seen) == 0 || seen[len(seen)-1] != phase {
				seen = append(seen, phase)
			}
			return phase != stopAt
		})
		if stopAt == "" {
			if b.cancelled || b.data == nil || b.data.Err != nil {
				t.Errorf("no stop: cancelled %v, data %v", b.cancelled, b.data)
			}
			if got := strings.Join(seen, " "); got != "Parsing Analysing Indexing Showing" {
				t.Errorf("phases %q", got)
			}
			continue
		}
		if !b.cancelled || b.data != nil || seen[len(seen)-1] != stopAt {
			t.Errorf("stop at %s: cancelled %v, data %v, phases %v", stopAt, b.cancelled, b.data, seen)
		}
	}
}
