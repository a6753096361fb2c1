package workspace

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/records"
	"corpusexplorer/app/search"
	"corpusexplorer/app/synth"
)

// synthFiles returns n synthetic article files, named with prefix.
func synthFiles(n int, seed uint64, prefix string) []corpus.File {
	var out []corpus.File
	for _, f := range synth.Generate(n, seed) {
		out = append(out, corpus.File{Name: prefix + f.Name, Data: f.Data})
	}
	return out
}

// document returns the analyse JSON document of d's corpus.
func document(t *testing.T, d *Data) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := d.AC.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestIncrementalBuild: a build that reuses what earlier builds of the
// workspace parsed and analysed gives the corpus a build from scratch
// gives (the same analyse document, actors, search results and
// problems), after each of a series of imports, replacements, removals
// and edits.
func TestIncrementalBuild(t *testing.T) {
	first, more := synthFiles(40, 3, "a-"), synthFiles(30, 4, "b-")
	changed := corpus.File{Name: first[5].Name, Data: []byte("date 2021-12 Vladimir Poetin sprak donderdag met Joe Biden over Oekraïne.\n")}
	for _, tc := range []struct {
		name  string
		steps []func(t *testing.T, w *Workspace)
	}{
		{"imports", []func(*testing.T, *Workspace){
			put(first...), put(more...),
		}},
		{"replace and remove", []func(*testing.T, *Workspace){
			put(first...), put(changed), remove(first[7].Name), put(first[5]),
		}},
		{"an embedded article replaced", []func(*testing.T, *Workspace){
			put(first...), replaceSeed, put(more...),
		}},
		{"edits", []func(*testing.T, *Workspace){
			put(first...), edit(edits.Hide{ID: "navo"}), put(more...), edit(edits.Rename{ID: "vladimir-poetin", Name: "Poetin"}),
			remove(more[0].Name), undo,
		}},
		{"an edit of a discovered actor", []func(*testing.T, *Workspace){
			put(koersk), edit(edits.Merge{From: "kees-vliegenthart", Into: "vladimir-poetin"}), put(first...),
			remove("koersk.txt"), put(koersk),
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := New(nil)
			for i, step := range tc.steps {
				step(t, w)
				job := w.Start()
				inc := w.Build(job, nil)
				if !w.Install(inc) {
					t.Fatalf("step %d: not installed", i)
				}
				scratch := New(nil).Build(job, nil)
				if a, b := document(t, inc.Data), document(t, scratch.Data); !bytes.Equal(a, b) {
					t.Fatalf("step %d: the incremental build's document differs from a build from scratch (%d and %d bytes)", i, len(a), len(b))
				}
				if a, b := fmt.Sprint(inc.Data.AC.ActorIDs(), inc.Problems, importedIDs(inc.Data)), fmt.Sprint(scratch.Data.AC.ActorIDs(), scratch.Problems, importedIDs(scratch.Data)); a != b {
					t.Fatalf("step %d: actors, problems, imported\n%s\nfrom scratch\n%s", i, a, b)
				}
				for _, q := range []string{"poetin", "minister", `"de regering"`} {
					st := search.State{Q: q}
					x, _ := inc.Data.Matching(st)
					y, _ := scratch.Data.Matching(st)
					if fmt.Sprint(x) != fmt.Sprint(y) {
						t.Fatalf("step %d: search %s: %v, from scratch %v", i, q, x, y)
					}
				}
			}
		})
	}
}

func put(fs ...corpus.File) func(*testing.T, *Workspace) {
	return func(t *testing.T, w *Workspace) {
		for _, f := range fs {
			w.Put(f)
		}
	}
}

func remove(name string) func(*testing.T, *Workspace) {
	return func(t *testing.T, w *Workspace) { w.Remove(corpus.IDOf(name)) }
}

func edit(e edits.Edit) func(*testing.T, *Workspace) {
	return func(t *testing.T, w *Workspace) {
		if err := w.Edit(e); err != nil {
			t.Fatal(err)
		}
	}
}

func undo(t *testing.T, w *Workspace) {
	if _, ok := w.Undo(); !ok {
		t.Fatal("nothing to undo")
	}
}

// replaceSeed imports an article with the id of an embedded one.
func replaceSeed(t *testing.T, w *Workspace) {
	emb, err := w.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	w.Put(corpus.File{Name: emb.Corpus.At(1).ID + ".txt", Data: []byte("date 2021-12-03 De NAVO vergaderde in Brussel met Joe Biden.\n")})
}

// TestChangesOfDirtyFiles: after a write, Changes compares only the files
// changed since, and finds what comparing every file finds, through puts
// of new, changed and unchanged files, replacements under another name,
// removals and writes at random.
func TestChangesOfDirtyFiles(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	w := New(nil)
	gen := int64(1)
	for step := range 400 {
		switch k := rng.IntN(10); {
		case k < 4:
			n := rng.IntN(30)
			w.Put(corpus.File{Name: fmt.Sprintf("f%02d.txt", n), Data: []byte(fmt.Sprintf("date 2021-12 Tekst %d.\n", rng.IntN(3)))})
		case k < 5:
			n := rng.IntN(30)
			w.Put(corpus.File{Name: fmt.Sprintf("map/f%02d.txt", n), Data: []byte("date 2021-12 Elders.\n")})
		case k < 7:
			w.Remove(fmt.Sprintf("f%02d", rng.IntN(30)))
		default:
			c, v := w.Changes()
			full, _ := records.Changes(v.files, w.fileRecords())
			if got, want := keysOf(c.PutFiles), keysOf(full); got != want {
				t.Fatalf("step %d: puts %s, comparing every file %s", step, got, want)
			}
			gen++
			w.Wrote(v, gen)
			if w.Unsaved() {
				t.Fatalf("step %d: unsaved right after a write", step)
			}
			if !w.rec.fileBase.Equal(records.Base{}.Apply(w.fileRecords(), nil)) {
				t.Fatalf("step %d: the view is not what was written", step)
			}
		}
	}
}

func keysOf(rs []records.Record) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Key)
	}
	slices.Sort(out)
	return fmt.Sprint(out)
}

// TestChangesInBatches: saves of at most a few files each end with the
// store holding what one save of every change writes, the files placed in
// their order, whatever the workspace held before.
func TestChangesInBatches(t *testing.T) {
	file := func(i int, text string) corpus.File {
		return corpus.File{Name: fmt.Sprintf("b%03d.txt", i), Data: []byte("date 2021-12 " + text + ".\n")}
	}
	for _, tc := range []struct {
		name   string
		before func(w *Workspace) // what was saved before the batch
		batch  int
	}{
		{"empty store, batches of 7", func(*Workspace) {}, 7},
		{"empty store, batches of 1", func(*Workspace) {}, 1},
		{"some saved, batches of 5", func(w *Workspace) {
			for i := range 10 {
				w.Put(file(i, "oud"))
			}
		}, 5},
		{"some saved then removed, batches of 3", func(w *Workspace) {
			for i := range 10 {
				w.Put(file(i+100, "weg"))
			}
		}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := records.Base{}
			seqs := map[string]int64{}
			w := New(nil)
			tc.before(w)
			save := func(max int) {
				for gen := int64(2); w.Unsaved(); gen++ {
					c, v := w.ChangesUpTo(max)
					if max > 0 && len(c.PutFiles)+len(c.DelFiles) > max {
						t.Fatalf("%d changes in a batch of %d", len(c.PutFiles)+len(c.DelFiles), max)
					}
					for _, r := range c.PutFiles {
						store.Put(r.Key, r.Sum())
						seqs[r.Key] = r.Seq
					}
					for _, k := range c.DelFiles {
						store.Delete(k)
					}
					w.Wrote(v, gen)
					if gen > 1000 {
						t.Fatal("no end to the saves")
					}
				}
			}
			save(0)
			w.Remove("") // what was saved before goes, or is changed
			for i := range 40 {
				w.Put(file(i, fmt.Sprint("tekst ", i)))
			}
			save(tc.batch)
			if !store.Equal(records.Base{}.Apply(w.fileRecords(), nil)) {
				t.Fatalf("the store holds %d records, not the %d files", store.Len(), len(w.Files()))
			}
			for i, f := range w.Files()[1:] {
				if prev := w.Files()[i]; seqs[prev.Name] >= seqs[f.Name] {
					t.Fatalf("%s is stored before %s", f.Name, prev.Name)
				}
			}
		})
	}
}

// TestParsedIsReused: a build takes the articles the importer parsed
// (Parsed) instead of parsing their files again, also when told of a
// copy of the file's content, and gives the corpus a build from scratch
// gives; an article given for other content than the file's is not
// taken.
func TestParsedIsReused(t *testing.T) {
	files := synthFiles(20, 5, "p-")
	for _, tc := range []struct {
		name   string
		data   func(f corpus.File) []byte // the content Parsed is told of
		reused bool
	}{
		{"same content", func(f corpus.File) []byte { return f.Data }, true},
		{"a copy of the content", func(f corpus.File) []byte { return append([]byte(nil), f.Data...) }, true},
		{"other content", func(f corpus.File) []byte { return append(append([]byte(nil), f.Data...), "\n\nNog een alinea.\n"...) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := New(nil)
			given := map[*corpus.Article]bool{}
			for _, f := range files {
				told := corpus.File{Name: f.Name, Data: tc.data(f)}
				a, err := corpus.Parse(told.Name, told.Data)
				if err != nil {
					t.Fatal(err)
				}
				w.Parsed(told, a)
				given[a] = true
				w.Put(f)
			}
			job := w.Start()
			inc := w.Build(job, nil)
			scratch := New(nil).Build(job, nil)
			if a, b := document(t, inc.Data), document(t, scratch.Data); !bytes.Equal(a, b) {
				t.Fatalf("the document differs from a build from scratch (%d and %d bytes)", len(a), len(b))
			}
			n := 0
			for _, a := range inc.Data.AC.Articles {
				if given[a.Article] {
					n++
				}
			}
			if want := map[bool]int{true: len(files), false: 0}[tc.reused]; n != want {
				t.Errorf("%d of the given articles in the build, want %d", n, want)
			}
		})
	}
}

// TestAnalysesAreReused: a build after another import takes the analyses
// of the articles the last build analysed as they are (the very same
// analysed articles), with the curated gazetteer and with that of the
// user's edits, and analyses only the new ones.
func TestAnalysesAreReused(t *testing.T) {
	first, more := synthFiles(30, 6, "r-"), synthFiles(10, 7, "s-")
	for _, tc := range []struct {
		name string
		edit edits.Edit
	}{
		{"no edits", nil},
		{"an edit", edits.Rename{ID: "vladimir-poetin", Name: "Poetin"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := New(nil)
			put(first...)(t, w)
			if tc.edit != nil {
				edit(tc.edit)(t, w)
			}
			b1 := w.Build(w.Start(), nil)
			if !w.Install(b1) {
				t.Fatal("first build not installed")
			}
			before := map[string]*analysis.Article{}
			for _, a := range b1.Data.AC.Articles {
				before[a.ID] = a
			}
			put(more...)(t, w)
			b2 := w.Build(w.Start(), nil)
			same, fresh := 0, 0
			for _, a := range b2.Data.AC.Articles {
				if old, ok := before[a.ID]; ok && old == a {
					same++
				} else if !ok {
					fresh++
				}
			}
			if same != len(before) || fresh != len(more) {
				t.Errorf("%d of %d analyses taken as they were, %d new articles of %d", same, len(before), fresh, len(more))
			}
		})
	}
}

// importedIDs returns the ids of d's imported articles, sorted.
func importedIDs(d *Data) []string { return slices.Sorted(d.imported.Keys()) }

// TestPrepareEdits: the edits' records worked out a few at a time are
// those worked out at once, and a change of the edits half-way drops the
// work under way rather than mixing two logs.
func TestPrepareEdits(t *testing.T) {
	es := make([]edits.Edit, 0, 50)
	for i := range 50 {
		es = append(es, edits.AddAlias{ID: "navo", Alias: fmt.Sprint("Alias ", i%40)}) // some twice
	}
	at := New(nil)
	if n, errs := at.ImportEdits(es); n != len(es) {
		t.Fatalf("%d of %d edits imported: %v", n, len(es), errs)
	}
	want := recordKeys(at.editRecords())

	w := New(nil)
	w.ImportEdits(es[:30])
	steps := 0
	for !w.PrepareEdits(7) {
		steps++
		if steps == 2 {
			w.ImportEdits(es[30:]) // the log changes under the work
		}
	}
	if got := recordKeys(w.editRecords()); !slices.Equal(got, want) {
		t.Fatalf("records %q, want %q", got, want)
	}
	if steps < 50/7 {
		t.Errorf("%d steps of 7 for 50 edits", steps)
	}
	if !w.PrepareEdits(1) {
		t.Error("worked out again with no change")
	}
}
