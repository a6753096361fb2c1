package edits

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
)

const testGazetteer = "rusland\tplace\tRusland\t-\tRussia\n" +
	"russische-federatie\tplace\tRussische Federatie\n" +
	"kremlin\torganisation\tKremlin\trusland\n" +
	"vladimir-poetin\tperson\tVladimir Poetin\trusland\tPoetin|Putin\tde Russische president [2012-05-07..]\n" +
	"joe-biden\tperson\tJoe Biden\t-\tBiden\n"

// discovered are the actors the test corpus "discovered".
var discovered = map[string]actors.Actor{
	"karel-pietersen": {ID: "karel-pietersen", Name: "Karel Pietersen", Type: actors.Person, Discovered: true},
	"kp":              {ID: "kp", Name: "KP", Type: actors.Organisation, Discovered: true},
}

func known(id string) (actors.Actor, bool) { a, ok := discovered[id]; return a, ok }

func testBase(t *testing.T) *actors.Gazetteer {
	t.Helper()
	g, err := actors.ParseGazetteer("test.tsv", []byte(testGazetteer))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// entry writes an actor as one line: id type name affiliation aliases roles.
func entry(a actors.Actor) string {
	var roles []string
	for _, r := range a.Roles {
		roles = append(roles, fmt.Sprintf("%s [%s..%s]", r.Phrase, r.From, r.To))
	}
	return strings.Join([]string{a.ID, a.Type.String(), a.Name, a.Affiliation, strings.Join(a.Aliases, "|"), strings.Join(roles, "|")}, " / ")
}

// remapped describes Remap(id): "target" or "target hidden".
func remapped(r *Result, id string) string {
	to, hidden := r.Remap(id)
	if hidden {
		return to + " hidden"
	}
	return to
}

func TestApply(t *testing.T) {
	tests := []struct {
		name    string
		edits   []Edit
		entries map[string]string // id → entry; "" means not in the gazetteer
		remap   map[string]string // id → remapped(id)
		err     string
	}{
		{name: "no edits", remap: map[string]string{"kremlin": "kremlin", "kp": "kp"},
			entries: map[string]string{"kremlin": "kremlin / organisation / Kremlin / rusland /  / ", "kp": ""}},
		{name: "rename", edits: []Edit{Rename{"vladimir-poetin", "Wladimir Poetin"}},
			entries: map[string]string{"vladimir-poetin": "vladimir-poetin / person / Wladimir Poetin / rusland / Poetin|Putin|Vladimir Poetin / de Russische president [2012-05-07..]"}},
		{name: "rename to an alias", edits: []Edit{Rename{"vladimir-poetin", "Poetin"}},
			entries: map[string]string{"vladimir-poetin": "vladimir-poetin / person / Poetin / rusland / Putin|Vladimir Poetin / de Russische president [2012-05-07..]"}},
		{name: "rename to the same name", edits: []Edit{Rename{"joe-biden", "Joe Biden"}},
			entries: map[string]string{"joe-biden": "joe-biden / person / Joe Biden /  / Biden / "}},
		{name: "rename discovered promotes it", edits: []Edit{Rename{"karel-pietersen", "Karel P. Pietersen"}},
			entries: map[string]string{"karel-pietersen": "karel-pietersen / person / Karel P. Pietersen /  / Karel Pietersen / "},
			remap:   map[string]string{"karel-pietersen": "karel-pietersen"}},
		{name: "alias", edits: []Edit{AddAlias{"joe-biden", "Sleepy Joe"}, AddAlias{"joe-biden", "BIDEN"}},
			entries: map[string]string{"joe-biden": "joe-biden / person / Joe Biden /  / Biden|Sleepy Joe / "}},
		{name: "alias of discovered", edits: []Edit{AddAlias{"kp", "Karels Partij"}},
			entries: map[string]string{"kp": "kp / organisation / KP /  / Karels Partij / "}},
		{name: "hide", edits: []Edit{Hide{"kremlin"}, Hide{"kp"}},
			entries: map[string]string{"kremlin": "kremlin / organisation / Kremlin / rusland /  / ", "kp": ""},
			remap:   map[string]string{"kremlin": "kremlin hidden", "kp": "kp hidden", "rusland": "rusland"}},
		{name: "hide then unhide", edits: []Edit{Hide{"kremlin"}, Hide{"kremlin"}, Unhide{"kremlin"}},
			remap: map[string]string{"kremlin": "kremlin"}},
		{name: "merge discovered into curated", edits: []Edit{Merge{"karel-pietersen", "joe-biden"}},
			entries: map[string]string{"joe-biden": "joe-biden / person / Joe Biden /  / Biden|Karel Pietersen / ", "karel-pietersen": ""},
			remap:   map[string]string{"karel-pietersen": "joe-biden", "joe-biden": "joe-biden"}},
		{name: "merge curated moves affiliations", edits: []Edit{Merge{"rusland", "russische-federatie"}},
			entries: map[string]string{
				"rusland":             "",
				"russische-federatie": "russische-federatie / place / Russische Federatie /  / Rusland|Russia / ",
				"kremlin":             "kremlin / organisation / Kremlin / russische-federatie /  / ",
				"vladimir-poetin":     "vladimir-poetin / person / Vladimir Poetin / russische-federatie / Poetin|Putin / de Russische president [2012-05-07..]",
			},
			remap: map[string]string{"rusland": "russische-federatie"}},
		{name: "merge into own affiliation", edits: []Edit{Merge{"kremlin", "rusland"}},
			entries: map[string]string{"rusland": "rusland / place / Rusland /  / Russia|Kremlin / ", "kremlin": ""}},
		{name: "merge the affiliation into its member", edits: []Edit{Merge{"rusland", "kremlin"}},
			entries: map[string]string{"kremlin": "kremlin / organisation / Kremlin /  / Rusland|Russia / ",
				"vladimir-poetin": "vladimir-poetin / person / Vladimir Poetin / kremlin / Poetin|Putin / de Russische president [2012-05-07..]"}},
		{name: "merge moves roles", edits: []Edit{Merge{"vladimir-poetin", "joe-biden"}},
			entries: map[string]string{"joe-biden": "joe-biden / person / Joe Biden /  / Biden|Vladimir Poetin|Poetin|Putin / de Russische president [2012-05-07..]"}},
		{name: "merge then rename the target", edits: []Edit{Merge{"karel-pietersen", "joe-biden"}, Rename{"joe-biden", "Joseph Biden"}},
			entries: map[string]string{"joe-biden": "joe-biden / person / Joseph Biden /  / Biden|Karel Pietersen|Joe Biden / "},
			remap:   map[string]string{"karel-pietersen": "joe-biden"}},
		{name: "merge chain", edits: []Edit{Merge{"karel-pietersen", "kp"}, Merge{"kp", "joe-biden"}},
			entries: map[string]string{"joe-biden": "joe-biden / person / Joe Biden /  / Biden|KP|Karel Pietersen / ", "kp": ""},
			remap:   map[string]string{"karel-pietersen": "joe-biden", "kp": "joe-biden"}},
		{name: "merge into a merged actor", edits: []Edit{Merge{"kp", "joe-biden"}, Merge{"karel-pietersen", "kp"}},
			entries: map[string]string{"joe-biden": "joe-biden / person / Joe Biden /  / Biden|KP|Karel Pietersen / "},
			remap:   map[string]string{"karel-pietersen": "joe-biden", "kp": "joe-biden"}},
		{name: "merge into a hidden actor", edits: []Edit{Hide{"joe-biden"}, Merge{"kp", "joe-biden"}},
			remap: map[string]string{"kp": "joe-biden hidden", "joe-biden": "joe-biden hidden"}},
		{name: "merge a hidden actor", edits: []Edit{Hide{"kp"}, Merge{"kp", "joe-biden"}},
			remap: map[string]string{"kp": "joe-biden"}},
		{name: "put", edits: []Edit{Put{actors.Actor{Name: "Jan Jansen", Type: actors.Person, Affiliation: "rusland"}}},
			entries: map[string]string{"jan-jansen": "jan-jansen / person / Jan Jansen / rusland /  / "}},

		{name: "self-merge", edits: []Edit{Merge{"joe-biden", "joe-biden"}},
			err: "edit 1 (merge joe-biden into joe-biden): cannot merge an actor into itself"},
		{name: "self-merge through a chain", edits: []Edit{Merge{"kp", "joe-biden"}, Merge{"joe-biden", "kp"}},
			err: "edit 2 (merge joe-biden into kp): cannot merge an actor into itself (kp was merged into joe-biden)"},
		{name: "merge twice", edits: []Edit{Merge{"kp", "joe-biden"}, Merge{"kp", "rusland"}},
			err: "edit 2 (merge kp into rusland): actor kp was merged into joe-biden"},
		{name: "rename merged", edits: []Edit{Merge{"kp", "joe-biden"}, Merge{"joe-biden", "rusland"}, Rename{"kp", "X"}},
			err: "edit 3 (rename kp to \"X\"): actor kp was merged into rusland"},
		{name: "unknown id", edits: []Edit{Hide{"nobody"}}, err: `edit 1 (hide nobody): unknown actor "nobody"`},
		{name: "unknown target", edits: []Edit{Merge{"kp", "nobody"}}, err: `edit 1 (merge kp into nobody): unknown actor "nobody"`},
		{name: "unknown alias target", edits: []Edit{AddAlias{"nobody", "X"}}, err: `edit 1 (add alias "X" to nobody): unknown actor`},
		{name: "unhide not hidden", edits: []Edit{Unhide{"kremlin"}}, err: "edit 1 (unhide kremlin): actor kremlin is not hidden"},
		{name: "bad name", edits: []Edit{Rename{"kremlin", "a|b"}}, err: `edit 1 (rename kremlin to "a|b"): actor kremlin: name "a|b" must not contain`},
		{name: "empty alias", edits: []Edit{AddAlias{"kremlin", " "}}, err: "edit 1 (add alias \" \" to kremlin): empty alias"},
		{name: "put over merged", edits: []Edit{Merge{"kp", "joe-biden"}, Put{actors.Actor{ID: "kp", Name: "KP", Type: actors.Organisation}}},
			err: "edit 2 (put kp): actor kp was merged into joe-biden"},
		{name: "put bad affiliation", edits: []Edit{Put{actors.Actor{Name: "X", Type: actors.Person, Affiliation: "nobody"}}},
			err: `edit 1 (put x): actor x: unknown affiliation "nobody"`},
	}
	base := testBase(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Apply(base, known, tt.edits)
			if tt.err != "" {
				var ee *Error
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) || !errors.As(err, &ee) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for id, want := range tt.entries {
				got := ""
				if a, ok := r.Gazetteer.Actor(id); ok {
					got = entry(a)
				}
				if got != want {
					t.Errorf("entry %s:\n got %q\nwant %q", id, got, want)
				}
			}
			for id, want := range tt.remap {
				if got := remapped(r, id); got != want {
					t.Errorf("Remap(%s) = %q, want %q", id, got, want)
				}
			}
			if base.Len() != 5 {
				t.Error("Apply changed the base gazetteer")
			}
			if _, err := actors.ParseGazetteer("x", r.Gazetteer.Format()); err != nil {
				t.Errorf("effective gazetteer does not parse back: %v", err)
			}
		})
	}
}

func TestResultAccessors(t *testing.T) {
	r, err := Apply(testBase(t), known, []Edit{Merge{"karel-pietersen", "kp"}, Hide{"kremlin"}, Merge{"kp", "joe-biden"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Touched(); !slices.Equal(got, []string{"karel-pietersen", "kp", "kremlin", "joe-biden"}) {
		t.Errorf("Touched %q", got)
	}
	if got := r.Hidden(); !slices.Equal(got, []string{"kremlin"}) {
		t.Errorf("Hidden %q", got)
	}
	if into, ok := r.MergedInto("karel-pietersen"); !ok || into != "joe-biden" {
		t.Errorf("MergedInto = %q %v", into, ok)
	}
	if _, ok := r.MergedInto("joe-biden"); ok {
		t.Error("joe-biden merged")
	}
	if r.Empty() {
		t.Error("Empty with merges")
	}
	if r, _ := Apply(nil, nil, []Edit{Put{actors.Actor{Name: "A", Type: actors.Place}}}); !r.Empty() || r.Gazetteer.Len() != 1 {
		t.Error("Apply on a nil gazetteer")
	}
}

func TestLog(t *testing.T) {
	var l Log
	if _, ok := l.Undo(); ok {
		t.Error("undo of an empty log")
	}
	if _, ok := l.Redo(); ok {
		t.Error("redo of an empty log")
	}
	m := Merge{"kp", "joe-biden"}
	l.Push(m)
	l.Push(Hide{"kremlin"})
	if e, ok := l.Undo(); !ok || e != (Hide{"kremlin"}) || l.Len() != 1 || !l.CanRedo() {
		t.Errorf("undo: %v %v", e, ok)
	}
	if e, ok := l.Redo(); !ok || e != (Hide{"kremlin"}) || l.Len() != 2 || l.CanRedo() {
		t.Errorf("redo: %v %v", e, ok)
	}
	l.Undo()
	l.Push(Rename{"kp", "K.P."})
	if l.CanRedo() {
		t.Error("redo after a push")
	}

	// Merge then undo: the merged actor is back.
	base := testBase(t)
	l = Log{}
	l.Push(m)
	r, _ := Apply(base, known, l.Edits())
	if remapped(r, "kp") != "joe-biden" {
		t.Fatal("merge not applied")
	}
	if e, _ := l.Undo(); e != m {
		t.Errorf("undid %v", e)
	}
	r, _ = Apply(base, known, l.Edits())
	if a, _ := r.Gazetteer.Actor("joe-biden"); remapped(r, "kp") != "kp" || slices.Contains(a.Aliases, "KP") {
		t.Errorf("merge not undone: %s %v", remapped(r, "kp"), a.Aliases)
	}

	// Try keeps the log unchanged when the edit fails.
	check := func(es []Edit) error { _, err := Apply(base, known, es); return err }
	if err := l.Try(Merge{"kremlin", "kremlin"}, check); err == nil || l.Len() != 0 || !l.CanRedo() {
		t.Errorf("Try of a bad edit: %v, %d edits", err, l.Len())
	}
	if err := l.Try(Hide{"kremlin"}, check); err != nil || l.Len() != 1 {
		t.Errorf("Try of a good edit: %v", err)
	}
}

func TestJSON(t *testing.T) {
	var l Log
	for _, e := range []Edit{
		Rename{"vladimir-poetin", "Wladimir Poetin"},
		Merge{"karel-pietersen", "joe-biden"},
		Hide{"kremlin"},
		Unhide{"kremlin"},
		AddAlias{"kp", "Karels Partij"},
		Put{actors.Actor{ID: "jan", Name: "Jan", Type: actors.Person, Affiliation: "rusland", Aliases: []string{"J."},
			Roles: []actors.Role{{Phrase: "de baas", From: "2020", To: "2021-02"}}}},
	} {
		l.Push(e)
	}
	data, err := json.Marshal(&l)
	if err != nil {
		t.Fatal(err)
	}
	var back Log
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprintf("%#v", back.Edits()) != fmt.Sprintf("%#v", l.Edits()) {
		t.Errorf("round trip:\n got %#v\nwant %#v", back.Edits(), l.Edits())
	}
	if !strings.HasPrefix(string(data), `{"version":1,"edits":[{"op":"rename","id":"vladimir-poetin","name":"Wladimir Poetin"},{"op":"merge","from":"karel-pietersen","into":"joe-biden"}`) {
		t.Errorf("stored form %s", data)
	}
	for _, tt := range []struct{ in, err string }{
		{`{"version":2,"edits":[]}`, "edits: unknown version 2 (this program reads version 1)"},
		{`{"edits":[]}`, "edits: no version"},
		{`{"version":1,"edits":[{"op":"hide","id":"a"},{"op":"split","id":"b"}]}`, `edits: edit 2: unknown op "split"`},
		{`{"version":1,"edits":[{"op":"merge","from":"a"}]}`, "edits: edit 1: merge without into"},
		{`{"version":1,"edits":[{"op":"rename"}]}`, "edits: edit 1: rename without id\nrename without name"},
		{`{"version":1,"edits":[{"op":"put"}]}`, "edits: edit 1: put without actor"},
		{`{"version":1,"edits":[{"op":"put","actor":{"id":"a","type":"alien","name":"A"}}]}`, `edits: edit 1: put a: unknown actor type "alien"`},
		{`[1]`, "edits: json: cannot unmarshal"},
	} {
		l2 := back
		err := json.Unmarshal([]byte(tt.in), &l2)
		if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
			t.Errorf("%s: error %v, want %q", tt.in, err, tt.err)
		}
		if l2.Len() != back.Len() {
			t.Errorf("%s: failed unmarshal changed the log", tt.in)
		}
	}
}

func TestExportImport(t *testing.T) {
	base := testBase(t)
	ids := []string{"rusland", "russische-federatie", "kremlin", "vladimir-poetin", "joe-biden", "karel-pietersen", "kp"}
	for _, tt := range []struct {
		name  string
		edits []Edit
		lines []string // lines the export must hold
	}{
		{"rename", []Edit{Rename{"vladimir-poetin", "Wladimir Poetin"}},
			[]string{"vladimir-poetin\tperson\tWladimir Poetin\trusland\tPoetin|Putin|Vladimir Poetin\tde Russische president [2012-05-07..]", "rusland\tplace\tRusland\t-\tRussia\t-"}},
		{"promote discovered", []Edit{AddAlias{"kp", "Karels Partij"}}, []string{"kp\torganisation\tKP\t-\tKarels Partij\t-"}},
		{"merge discovered", []Edit{Merge{"karel-pietersen", "joe-biden"}},
			[]string{"#! merge karel-pietersen joe-biden", "joe-biden\tperson\tJoe Biden\t-\tBiden|Karel Pietersen\t-"}},
		{"merge curated and chain", []Edit{Merge{"rusland", "russische-federatie"}, Merge{"kp", "rusland"}, Rename{"russische-federatie", "Rusland"}},
			[]string{"#! merge rusland russische-federatie", "#! merge kp russische-federatie", "russische-federatie\tplace\tRusland\t-\tRussia|KP|Russische Federatie\t-"}},
		{"hide", []Edit{Hide{"kremlin"}, Hide{"kp"}, Hide{"joe-biden"}, Unhide{"joe-biden"}},
			[]string{"#! hide kp", "#! hide kremlin", "kremlin\torganisation\tKremlin\trusland\t-\t-", "joe-biden\tperson\tJoe Biden\t-\tBiden\t-"}},
		{"everything", []Edit{Merge{"kp", "kremlin"}, Hide{"kremlin"}, AddAlias{"karel-pietersen", "KP-leider"}, Rename{"joe-biden", "Joseph R. Biden"}}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r1, err := Apply(base, known, tt.edits)
			if err != nil {
				t.Fatal(err)
			}
			file := r1.Export()
			if _, err := actors.ParseGazetteer("export.tsv", file); err != nil {
				t.Fatalf("export does not parse: %v\n%s", err, file)
			}
			for _, l := range tt.lines {
				if !strings.Contains(string(file), "\n"+l+"\n") {
					t.Errorf("export lacks line %q:\n%s", l, file)
				}
			}
			imported, err := Import("export.tsv", file)
			if err != nil {
				t.Fatal(err)
			}
			r2, err := Apply(base, known, imported)
			if err != nil {
				t.Fatalf("imported edits %v: %v", imported, err)
			}
			for _, id := range ids {
				if a, b := remapped(r1, id), remapped(r2, id); a != b {
					t.Errorf("Remap(%s): %q after export and import, %q before", id, b, a)
				}
				a1, ok1 := r1.Gazetteer.Actor(id)
				a2, ok2 := r2.Gazetteer.Actor(id)
				if ok1 != ok2 || entry(a1) != entry(a2) {
					t.Errorf("entry %s: %q after export and import, %q before", id, entry(a2), entry(a1))
				}
			}
		})
	}
}

func TestImportErrors(t *testing.T) {
	for _, tt := range []struct{ in, err string }{
		{"#! split a b\n", `e.tsv:1: unknown directive "#! split a b"`},
		{"a\tperson\tA\n#! merge a\n", `e.tsv:2: unknown directive`},
		{"a\talien\tA\n", `e.tsv:1: unknown actor type`},
	} {
		if _, err := Import("e.tsv", []byte(tt.in)); err == nil || !strings.HasPrefix(err.Error(), tt.err) {
			t.Errorf("%q: error %v, want %q", tt.in, err, tt.err)
		}
	}
	// Affiliations come first, whatever the file order.
	es, err := Import("e.tsv", []byte("b\tperson\tB\ta\na\tplace\tA\n#! hide b\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(es); got != "[put a put b hide b]" {
		t.Errorf("edits %s", got)
	}
	if _, err := Apply(nil, nil, es); err != nil {
		t.Error(err)
	}
}

// TestImporterSteps: an import a line and an entry at a time gives what
// an import at once gives, in the same order, or the same first error.
func TestImporterSteps(t *testing.T) {
	seeds, err := os.ReadFile("../../seeds/actors.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, in, want, err string }{
		{"seeds", string(seeds), "", ""},
		{"a chain in reverse file order", "c\tperson\tC\tb\nb\tperson\tB\ta\na\tplace\tA\n#! merge c a\n", "[put a put b put c merge c into a]", ""},
		{"a cycle keeps file order", "x\tperson\tX\tb\nb\tperson\tB\ta\na\tperson\tA\tb\n", "[put x put b put a]", ""},
		{"directives with a BOM and CRLF", "\ufeff#! hide a\r\na\tplace\tA\r\n#! merge b a\r\n", "[put a merge b into a hide a]", ""},
		{"no entries", "", "[]", ""},
		{"a bad directive after many lines", strings.Repeat("a\tplace\tA\n", 1) + strings.Repeat("# c\n", 2500) + "#! split\n", "", `e.tsv:2502: unknown directive "#! split"`},
		{"a bad entry", "a\tplace\tA\nb\tband\tB\n", "", "e.tsv:2: unknown actor type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			whole, werr := Import("e.tsv", []byte(tt.in))
			im := NewImporter("e.tsv", []byte(tt.in))
			for !im.Step(1) {
			}
			stepped, serr := im.Edits()
			if fmt.Sprint(werr) != fmt.Sprint(serr) || fmt.Sprint(whole) != fmt.Sprint(stepped) {
				t.Fatalf("at once %v %v, a step at a time %v %v", whole, werr, stepped, serr)
			}
			if tt.want != "" && fmt.Sprint(stepped) != tt.want {
				t.Errorf("edits %v, want %s", stepped, tt.want)
			}
			if (serr == nil) != (tt.err == "") || (serr != nil && !strings.HasPrefix(serr.Error(), tt.err)) {
				t.Errorf("error %v, want %q", serr, tt.err)
			}
		})
	}
	if _, err := NewImporter("e.tsv", nil).Edits(); err == nil {
		t.Error("an importer gives edits before it is done")
	}
}

func TestPrune(t *testing.T) {
	edits := []Edit{Hide{"kremlin"}, Merge{"gone", "joe-biden"}, Merge{"kp", "joe-biden"}, Rename{"kp", "X"}, AddAlias{"joe-biden", "JB"}}
	kept, r, errs := Prune(testBase(t), known, edits)
	if got := fmt.Sprint(kept); got != "[hide kremlin merge kp into joe-biden add alias \"JB\" to joe-biden]" {
		t.Errorf("kept %s", got)
	}
	if len(errs) != 2 || !strings.HasPrefix(errs[0].Error(), `edit 2 (merge gone into joe-biden): unknown actor "gone"`) ||
		!strings.HasPrefix(errs[1].Error(), "edit 4 (rename kp to \"X\"): actor kp was merged") {
		t.Errorf("errors %v", errs)
	}
	if remapped(r, "kp") != "joe-biden" || remapped(r, "kremlin") != "kremlin hidden" {
		t.Error("result of the kept edits")
	}
	// A Log marshals as a value too.
	var l Log
	l.Push(Hide{"a"})
	if b, _ := json.Marshal(l); string(b) != `{"version":1,"edits":[{"op":"hide","id":"a"}]}` {
		t.Errorf("value marshal %s", b)
	}
}

func TestLogRemove(t *testing.T) {
	var l Log
	for _, id := range []string{"a", "b", "c"} {
		l.Push(Hide{ID: id})
	}
	l.Undo()
	for _, tc := range []struct {
		i    int
		ok   bool
		left int
	}{{5, false, 2}, {-1, false, 2}, {0, true, 1}, {0, true, 0}, {0, false, 0}} {
		_, ok := l.Remove(tc.i)
		if ok != tc.ok || l.Len() != tc.left {
			t.Errorf("Remove(%d): ok %v, %d left; want %v, %d", tc.i, ok, l.Len(), tc.ok, tc.left)
		}
	}
	if l.CanRedo() {
		t.Error("Remove keeps the edits to redo")
	}
}

// TestPrunerSteps: checking the edits a few at a time keeps and drops
// what Prune does.
func TestPrunerSteps(t *testing.T) {
	edits := []Edit{Hide{"kremlin"}, Merge{"gone", "joe-biden"}, Merge{"kp", "joe-biden"}, Rename{"kp", "X"}, AddAlias{"joe-biden", "JB"}}
	wantKept, _, wantErrs := Prune(testBase(t), known, edits)
	for _, n := range []int{1, 2, 5} {
		p := NewPruner(testBase(t), known, edits)
		steps := 0
		for !p.Step(n) {
			steps++
		}
		if done, total := p.Progress(); done != total || total != len(edits) {
			t.Errorf("step %d: progress %d of %d", n, done, total)
		}
		kept, r, errs := p.Result()
		if fmt.Sprint(kept) != fmt.Sprint(wantKept) || fmt.Sprint(errs) != fmt.Sprint(wantErrs) {
			t.Errorf("step %d: kept %v, errors %v; Prune kept %v, %v", n, kept, errs, wantKept, wantErrs)
		}
		if remapped(r, "kp") != "joe-biden" {
			t.Errorf("step %d: result of the kept edits", n)
		}
		if steps < (len(edits)+n-1)/n-1 {
			t.Errorf("step %d: done in %d steps", n, steps+1)
		}
	}
}
