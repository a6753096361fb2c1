package workspace

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/records"
	"corpusexplorer/app/search"
)

const testArticle = "date 2000-09-01 Gisteren sprak president Vladimir Poetin in Moskou met minister Kees Vliegenthart over de ramp met de onderzeeboot Koersk.\n\nDe Russische president beloofde Vliegenthart volledige openheid.\n"

// koersk is an imported article that names a known actor (Poetin) and a
// discovered one (Vliegenthart).
var koersk = corpus.File{Name: "koersk.txt", Data: []byte(testArticle)}

func mentions(t *testing.T, d *Data, id, actor string) int {
	t.Helper()
	i := d.AC.Corpus.Index(id)
	if i < 0 {
		t.Fatalf("no article %s", id)
	}
	n := 0
	for _, m := range d.AC.Articles[i].Mentions {
		if m.ActorID() == actor {
			n++
		}
	}
	return n
}

// build runs the job of w's files plus added and installs its outcome.
func build(t *testing.T, w *Workspace, added ...corpus.File) Built {
	t.Helper()
	j := w.Start(added...)
	b := w.Build(j, nil)
	if b.Data == nil || b.Data.Err != nil {
		t.Fatalf("build: %+v", b)
	}
	if !w.Install(b) {
		t.Fatal("the latest build was not installed")
	}
	return b
}

func TestBuildImportsReplacesAndEdits(t *testing.T) {
	w := New(nil)
	emb, err := w.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	seed := emb.Corpus.At(0).ID
	for _, f := range []corpus.File{
		koersk,
		{Name: seed + ".txt", Data: []byte("date 2021-12 Een vervangen artikel over de walvisbaai.\n")},
		{Name: "broken.txt", Data: []byte("date 2021-13 Geen maand.\n")},
	} {
		w.Put(f)
	}
	b := build(t, w)
	d := w.Current()
	if d != b.Data || d.Version != 2 {
		t.Fatalf("current %p version %d, want the build's (%p) at version 2", d, d.Version, b.Data)
	}
	if p := w.Problems(); len(p) != 1 || !strings.Contains(p[0], "broken") {
		t.Errorf("problems %q, want one naming broken.txt", p)
	}
	if got, want := d.AC.Corpus.Len(), emb.Corpus.Len()+1; got != want {
		t.Errorf("%d articles, want %d (one new, one replaced)", got, want)
	}
	if !d.IsImported("koersk") || !d.IsImported(seed) || d.IsImported("broken") {
		t.Errorf("imported %v", importedIDs(d))
	}
	if a, _ := d.AC.Corpus.ByID(seed); !strings.Contains(a.Text, "walvisbaai") {
		t.Error("the embedded article was not replaced")
	}
	if idx, _ := d.Matching(search.State{Q: "koersk"}); len(idx) != 1 {
		t.Errorf("search koersk: %d hits", len(idx))
	}
	from := "kees-vliegenthart"
	if _, ok := w.Base().Actor(from); !ok {
		t.Fatalf("%s was not discovered", from)
	}
	poetin := mentions(t, d, "koersk", "vladimir-poetin") + mentions(t, d, "koersk", from)

	// A merge of the discovered actor into Poetin applies to the article;
	// an edit naming nobody is refused and changes nothing.
	if err := w.Edit(edits.Hide{ID: "no-such-actor"}); err == nil {
		t.Error("hiding an unknown actor was accepted")
	}
	if err := w.Edit(edits.Merge{From: from, Into: "vladimir-poetin"}); err != nil {
		t.Fatal(err)
	}
	build(t, w)
	d = w.Current()
	if n := mentions(t, d, "koersk", from); n != 0 {
		t.Errorf("%d mentions of the merged actor", n)
	}
	if got := mentions(t, d, "koersk", "vladimir-poetin"); got != poetin {
		t.Errorf("Poetin has %d mentions after the merge, want %d", got, poetin)
	}
	if into, ok := w.Result().MergedInto(from); !ok || into != "vladimir-poetin" {
		t.Errorf("MergedInto(%s) = %q, %v", from, into, ok)
	}

	// Removing the article leaves the merge inactive, kept; importing the
	// article again makes it apply again.
	w.Remove("koersk")
	build(t, w)
	if len(w.Edits()) != 1 || !w.Inactive(0) {
		t.Fatalf("edits %v, inactive %v: want the merge kept, inactive", w.Edits(), w.Inactive(0))
	}
	w.Put(koersk)
	build(t, w)
	if w.Inactive(0) || mentions(t, w.Current(), "koersk", from) != 0 {
		t.Error("the merge does not apply again once its article is back")
	}
}

// TestInstallLatestOnly: a build is installed only when no job started
// after its own, and a cancelled one never.
func TestInstallLatestOnly(t *testing.T) {
	w := New(nil)
	old := w.Start()
	w.Put(koersk)
	cur := w.Start()
	if w.Latest(old) || !w.Latest(cur) {
		t.Fatal("Latest")
	}
	if w.Install(w.Build(old, nil)) {
		t.Error("an older build was installed over a newer job")
	}
	if w.Current().Version != 1 {
		t.Errorf("version %d after a refused install", w.Current().Version)
	}
	stop := w.Build(cur, func(string, int, int) bool { return false })
	if !stop.Cancelled || w.Install(stop) {
		t.Errorf("a stopped build: cancelled %v, installed", stop.Cancelled)
	}
	if !w.Install(w.Build(cur, nil)) || !w.Current().IsImported("koersk") {
		t.Error("the latest build was not installed")
	}

	// An import cancelled right after an installed build needs no
	// rebuild; one that set another job aside, or that another job
	// followed, does.
	if j := w.Start(koersk); w.Abandon(j) {
		t.Error("a cancelled import after an installed build asks for a rebuild")
	}
	w.Start() // a rebuild for another tab's articles, set aside
	if j := w.Start(koersk); !w.Abandon(j) {
		t.Error("a cancelled import that set a rebuild aside asks for none")
	}
	j := w.Start(koersk)
	w.Start()
	if !w.Abandon(j) {
		t.Error("a cancelled import followed by another job asks for no rebuild")
	}
}

func TestPutRemoveUndo(t *testing.T) {
	w := New(nil)
	w.Put(corpus.File{Name: "a.txt", Data: []byte("1")})
	w.Put(corpus.File{Name: "b.txt"})
	w.Put(corpus.File{Name: "a.txt", Data: []byte("2")})
	if fs := w.Files(); len(fs) != 2 || string(fs[0].Data) != "2" || !w.Has("b") {
		t.Fatalf("files %v", fs)
	}
	if !w.Taken("b") || !w.Taken(w.Current().AC.Corpus.At(0).ID) || w.Taken("c") {
		t.Error("Taken")
	}
	w.Remove("a")
	if len(w.Files()) != 1 || w.Has("a") || !w.Has("b") {
		t.Fatalf("after remove: %v", w.Files())
	}
	w.Remove("")
	if len(w.Files()) != 0 || w.Has("b") {
		t.Fatal("remove all left files")
	}

	if err := w.Edit(edits.Rename{ID: "joe-biden", Name: "Joseph Biden"}); err != nil {
		t.Fatal(err)
	}
	if !w.CanUndo() || w.CanRedo() {
		t.Fatal("after an edit: nothing to undo")
	}
	if e, ok := w.Undo(); !ok || e != (edits.Rename{ID: "joe-biden", Name: "Joseph Biden"}) || len(w.Edits()) != 0 || !w.CanRedo() {
		t.Fatalf("undo: %v %v, edits %v", e, ok, w.Edits())
	}
	if _, ok := w.Redo(); !ok || len(w.Edits()) != 1 {
		t.Fatal("redo")
	}
	n, errs := w.ImportEdits([]edits.Edit{edits.Hide{ID: "navo"}, edits.Hide{ID: "nobody"}, edits.AddAlias{ID: "navo", Alias: "Noord-Atlantische Verdragsorganisatie"}})
	if n != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "nobody") {
		t.Errorf("ImportEdits: %d, %v", n, errs)
	}
	if e, ok := w.DeleteEdit(0); !ok || e != (edits.Rename{ID: "joe-biden", Name: "Joseph Biden"}) || len(w.Edits()) != 2 {
		t.Errorf("DeleteEdit: %v %v, edits %v", e, ok, w.Edits())
	}
}

// TestRecordsTwoTabs: two workspaces sharing one store (as two tabs do)
// each write only their changes and take in the other's, so that both
// end with everything from both.
func TestRecordsTwoTabs(t *testing.T) {
	store := map[string]map[string][]byte{"files": {}, "edits": {}}
	type tab struct{ w *Workspace }
	var read func(tb *tab, v View)
	write := func(tb *tab) {
		c, v := tb.w.Changes()
		for _, r := range c.PutFiles {
			store["files"][r.Key] = r.Data
		}
		for _, r := range c.PutEdits {
			store["edits"][r.Key] = r.Data
		}
		for _, k := range c.DelFiles {
			delete(store["files"], k)
		}
		for _, k := range c.DelEdits {
			delete(store["edits"], k)
		}
		read(tb, v)
	}
	read = func(tb *tab, v View) {
		var fs, es []records.Record
		for k, d := range store["files"] {
			fs = append(fs, records.Record{Key: k, Data: d})
		}
		for k, d := range store["edits"] {
			es = append(es, records.Record{Key: k, Data: d})
		}
		tb.w.TakeIn(v, Read{All: true, Files: records.Delta{Put: sorted(fs)}, Edits: records.Delta{Put: sorted(es)}})
	}
	a, b := &tab{w: New(nil)}, &tab{w: New(nil)}
	a.w.Put(corpus.File{Name: "a.txt", Data: []byte("A")})
	if err := a.w.Edit(edits.Hide{ID: "navo"}); err != nil {
		t.Fatal(err)
	}
	write(a)
	b.w.Put(corpus.File{Name: "b.txt", Data: []byte("B")})
	if err := b.w.Edit(edits.Hide{ID: "kremlin"}); err != nil {
		t.Fatal(err)
	}
	write(b) // b takes in a's as it writes its own
	read(a, a.w.View())
	for _, tb := range []*tab{a, b} {
		var names []string
		for _, f := range tb.w.Files() {
			names = append(names, f.Name)
		}
		slices.Sort(names)
		if !slices.Equal(names, []string{"a.txt", "b.txt"}) || len(tb.w.Edits()) != 2 {
			t.Errorf("files %v, edits %v: want both tabs' files and both edits", names, tb.w.Edits())
		}
		if c, _ := tb.w.Changes(); !c.Empty() {
			t.Errorf("left to write: %+v", c)
		}
	}
	if len(store["edits"]) != 2 || len(store["files"]) != 2 {
		t.Errorf("store holds %d files, %d edits: want 2 and 2", len(store["files"]), len(store["edits"]))
	}
	// A removal in one tab reaches the other and is not undone by it.
	a.w.Remove("b")
	write(a)
	read(b, b.w.View())
	if b.w.Has("b") {
		t.Error("a removal in one tab did not reach the other")
	}
	write(b)
	if _, ok := store["files"]["b.txt"]; ok {
		t.Error("the other tab wrote the removed article back")
	}
	// A stored edit this version cannot read is kept as it is.
	store["edits"]["zz.1"] = []byte(`{"bad`)
	read(b, b.w.View())
	if p := b.w.Problems(); len(p) == 0 || !strings.Contains(p[len(p)-1], "zz.1") {
		t.Errorf("problems %q, want the unreadable edit named", p)
	}
	write(b)
	if _, ok := store["edits"]["zz.1"]; !ok {
		t.Error("an unreadable stored edit was deleted")
	}
}

// TestBuildCancelled: a step that says stop ends the build at that phase,
// marked cancelled and with nothing built; a step that never stops sees
// every phase and builds.
func TestBuildCancelled(t *testing.T) {
	w := New(nil)
	w.Put(koersk)
	for _, stopAt := range []string{"Parsing", "Analysing", "Indexing", "Merging events", "Showing", ""} {
		var seen []string
		b := w.Build(w.Start(), func(phase string, done, total int) bool {
			if len(seen) == 0 || seen[len(seen)-1] != phase {
				seen = append(seen, phase)
			}
			return phase != stopAt
		})
		if stopAt == "" {
			if b.Cancelled || b.Data == nil || b.Data.Err != nil {
				t.Errorf("no stop: cancelled %v, data %v", b.Cancelled, b.Data)
			}
			if got := strings.Join(seen, " "); got != "Parsing Analysing Indexing Merging events Showing" {
				t.Errorf("phases %q", got)
			}
			continue
		}
		if !b.Cancelled || b.Data != nil || seen[len(seen)-1] != stopAt {
			t.Errorf("stop at %s: cancelled %v, data %v, phases %v", stopAt, b.Cancelled, b.Data, seen)
		}
	}
}

func TestSummary(t *testing.T) {
	d := New(nil).Current()
	if s := d.Summary(); !strings.HasPrefix(s, "3 articles · ") || !strings.Contains(s, " actors · ") {
		t.Errorf("summary %q", s)
	}
	if s := (&Data{Err: errTest}).Summary(); s != "Corpus failed to load" {
		t.Errorf("summary of a failed load %q", s)
	}
}

var errTest = errors.New("test")

func sorted(rs []records.Record) []records.Record {
	slices.SortFunc(rs, func(a, b records.Record) int { return strings.Compare(a.Key, b.Key) })
	return rs
}
