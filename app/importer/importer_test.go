package importer

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/corpus"
	"corpusexplorer/seeds"
)

// want is an expected problem: kind, line and a part of the message.
type want struct {
	kind Kind
	line int
	msg  string
}

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = []byte{0xFF, 0xFE}
	}
	for _, r := range s {
		if r > 0xFFFF {
			panic("test helper handles the BMP only")
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func utf16be(s string) []byte {
	b := []byte{0xFE, 0xFF}
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

func TestImport(t *testing.T) {
	dec := corpus.Date{Year: 2021, Month: 12}
	seed, err := seeds.Articles.ReadFile("000_6ffce1f1300ed2ce.txt")
	if err != nil {
		t.Fatal(err)
	}
	big := append([]byte("date 2021-12 "), bytes.Repeat([]byte("a "), corpus.MaxFileSize/2)...)
	tests := []struct {
		name     string
		src      []Source
		opt      Options
		ids      []string // ids of Batch.Files, in order
		problems []want
		text     string // a part of the first file's text, when set
	}{
		{name: "seed file", src: []Source{{"000_6ffce1f1300ed2ce.txt", seed}}, ids: []string{"000_6ffce1f1300ed2ce"}},
		{name: "day header", src: []Source{{"a.txt", []byte(" date 2021-12-07 Eerste alinea.\n\nTweede.")}}, ids: []string{"a"}},
		{name: "upper-case extension", src: []Source{{"dir/Mijn Stuk.TXT", []byte("date 2021-12 Tekst.")}}, ids: []string{"Mijn Stuk"}},
		{name: "plain text with month", src: []Source{{"p.txt", []byte("Poetin belde Biden.\n\nTweede alinea.")}}, opt: Options{Month: dec},
			ids: []string{"p"}, text: "date 2021-12 Poetin belde Biden."},
		{name: "plain text month of a day", src: []Source{{"p.txt", []byte("Tekst.")}}, opt: Options{Month: corpus.Date{Year: 2021, Month: 12, Day: 9}},
			ids: []string{"p"}, text: "date 2021-12 Tekst."},
		{name: "plain text without month", src: []Source{{"p.txt", []byte("Poetin belde Biden.")}},
			problems: []want{{NoDate, 1, "p.txt:1: no date: choose a month"}}},
		{name: "word date is not a header", src: []Source{{"p.txt", []byte("date night in Den Haag.")}},
			problems: []want{{NoDate, 1, "no date"}}},
		{name: "bad chosen month", src: []Source{{"p.txt", []byte("Tekst.")}}, opt: Options{Month: corpus.Date{Year: 2021, Month: 13}},
			problems: []want{{BadDate, 0, "not a valid month"}}},
		{name: "empty", src: []Source{{"e.txt", nil}, {"w.txt", []byte(" \n\t\n")}},
			problems: []want{{Empty, 0, "e.txt: empty file"}, {Empty, 0, "w.txt: empty file"}}},
		{name: "too large", src: []Source{{"big.txt", big}},
			problems: []want{{TooLarge, 0, "big.txt: file too large"}}},
		{name: "unsupported", src: []Source{{"a.pdf", []byte("%PDF")}, {"README", []byte("x")}},
			problems: []want{{Unsupported, 0, "a.pdf: unsupported file type (.pdf)"}, {Unsupported, 0, "no extension"}}},
		{name: "malformed date", src: []Source{{"d.txt", []byte("date 2021-1 Tekst.")}},
			problems: []want{{BadDate, 1, `d.txt:1: malformed date header: malformed date`}}},
		{name: "month out of range", src: []Source{{"d.txt", []byte("date 2021-13 Tekst.")}},
			problems: []want{{BadDate, 1, "month out of range"}}},
		{name: "nonexistent day", src: []Source{{"d.txt", []byte("date 2021-02-29 Tekst.")}},
			problems: []want{{BadDay, 1, `d.txt:1: malformed date header: day does not exist in that month: "2021-02-29"`}}},
		{name: "leap day", src: []Source{{"d.txt", []byte("date 2020-02-29 Tekst.")}}, ids: []string{"d"}},
		{name: "header only", src: []Source{{"h.txt", []byte("date 2021-12   \n\n")}},
			problems: []want{{EmptyText, 1, "h.txt:1: empty body"}}},
		{name: "invalid UTF-8 not Windows-1252", src: []Source{{"u.txt", []byte("date 2021-12 Goed.\n\nFout \x81 hier.")}},
			problems: []want{{Encoding, 3, "u.txt:3: not UTF-8: invalid byte 0x81"}}},
		{name: "Windows-1252 converted", src: []Source{{"l.txt", []byte("date 2021-12 Goed.\n\nOekra\xefne en \x93Poetin\x94.")}},
			ids: []string{"l"}, text: "Oekraïne en “Poetin”.",
			problems: []want{{Converted, 3, "l.txt:3: not UTF-8: converted from Windows-1252"}}},
		{name: "UTF-16LE with BOM", src: []Source{{"w.txt", utf16le("date 2021-12 Oekraïne.", true)}},
			ids: []string{"w"}, text: "Oekraïne.", problems: []want{{Converted, 0, "UTF-16 (little-endian)"}}},
		{name: "UTF-16BE with BOM", src: []Source{{"w.txt", utf16be("date 2021-12 Oekraïne.")}},
			ids: []string{"w"}, text: "Oekraïne.", problems: []want{{Converted, 0, "UTF-16 (big-endian)"}}},
		{name: "UTF-16LE without BOM", src: []Source{{"w.txt", utf16le("date 2021-12 Oekraïne en Rusland.", false)}},
			ids: []string{"w"}, problems: []want{{Converted, 0, "no byte-order mark"}}},
		{name: "binary", src: []Source{{"b.txt", []byte("date 2021-12 a\n\x00\x01\x02\x03 binary \xff\xfe")}},
			problems: []want{{Encoding, 2, "b.txt:2: not a text file: NUL byte"}}},
		{name: "UTF-8 BOM", src: []Source{{"bom.txt", []byte("\uFEFFdate 2021-12 Tekst.")}}, ids: []string{"bom"}},
		{name: "duplicate in batch", src: []Source{{"a.txt", []byte("date 2021-12 Een.")}, {"x/a.txt", []byte("date 2021-12 Twee.")}},
			ids: []string{"a"}, problems: []want{{DuplicateID, 0, `x/a.txt: id "a" is already earlier in this batch: replace it or keep both`}}},
		{name: "duplicate of corpus", src: []Source{{"000.txt", []byte("date 2021-12 Een.")}},
			opt:      Options{Existing: func(id string) bool { return id == "000" }},
			problems: []want{{DuplicateID, 0, `id "000" is already in the corpus`}}},
		{name: "good and bad together", src: []Source{{"a.txt", []byte("date 2021-12 Een.")}, {"b.txt", []byte("date 2021-02-30 Twee.")}, {"c.txt", []byte("date 2022-01 Drie.")}},
			ids: []string{"a", "c"}, problems: []want{{BadDay, 1, "b.txt:1:"}}},

		// JSON
		{name: "json", src: []Source{{"batch.json", []byte(`[
  {"id": "j1", "date": "2021-12-07", "text": "Biden belde Poetin.\n\nTweede alinea."},
  {"id": "j2", "date": "2022-01", "text": "Tekst.", "title": "ignored"}
]`)}}, ids: []string{"j1", "j2"}},
		{name: "json timestamp and default id", src: []Source{{"b.json", []byte(`[{"date": "2021-12-07T10:00:00Z", "text": "Tekst."}]`)}},
			ids: []string{"b-1"}, text: "date 2021-12-07 Tekst."},
		{name: "json missing date uses month", src: []Source{{"b.json", []byte(`[{"id": "x", "text": "Tekst."}]`)}}, opt: Options{Month: dec},
			ids: []string{"x"}},
		{name: "json element errors", src: []Source{{"b.json", []byte(`[
  {"id": "ok", "date": "2021-12", "text": "Goed."},
  {"id": "nd", "text": "Geen datum."},
  {"id": "bd", "date": "2021-02-30", "text": "Slechte dag."},
  {"id": "md", "date": "dec 2021", "text": "Slechte datum."},
  {"id": "et", "date": "2021-12", "text": "  "},
  {"id": 7, "date": "2021-12", "text": "Nummer."},
  "string",
  {"id": "a/b", "date": "2021-12", "text": "Pad."},
  {"id": "ok", "date": "2021-12", "text": "Dubbel."}
]`)}}, ids: []string{"ok"}, problems: []want{
			{NoDate, 3, `b.json:3: element 2 (id "nd"): no date: choose a month`},
			{BadDay, 4, `b.json:4: element 3 (id "bd"): date: day does not exist`},
			{BadDate, 5, `element 4 (id "md"): date: malformed date`},
			{EmptyText, 6, `element 5 (id "et"): no text`},
			{Syntax, 7, `b.json:7: element 6: "id" must be a string`},
			{Syntax, 8, `b.json:8: element 7: want an object`},
			{BadID, 9, `element 8 (id "a/b"): id "a/b" must not contain /`},
			{DuplicateID, 10, `b.json:10: element 9 (id "ok"): id "ok" is already earlier in this batch`},
		}},
		{name: "json syntax error", src: []Source{{"s.json", []byte("[\n {\"id\": \"a\", \"date\": \"2021-12\", \"text\": \"x\"},\n {\"id\": \"b\" \"date\"}\n]")}},
			ids: []string{"a"}, problems: []want{{Syntax, 3, "s.json:3: malformed JSON: invalid character"}}},
		{name: "json truncated", src: []Source{{"s.json", []byte("[\n {\"id\": \"a\", \"date\": \"2021-12\", \"text\": \"x\"}")}},
			ids: []string{"a"}, problems: []want{{Syntax, 2, "unexpected end of file"}}},
		{name: "json not a list", src: []Source{{"s.json", []byte(`{"id": "a"}`)}},
			problems: []want{{Syntax, 1, "s.json:1: want a list"}}},
		{name: "json trailing text", src: []Source{{"s.json", []byte("[]\n]")}},
			problems: []want{{Syntax, 2, "text after the list"}}},
		{name: "json article too large", src: []Source{{"s.json", []byte(`[{"id": "a", "date": "2021-12", "text": "` + strings.Repeat("a ", corpus.MaxFileSize/2) + `"}]`)}},
			problems: []want{{TooLarge, 1, `s.json:1: element 1 (id "a"): file too large`}}},

		// CSV
		{name: "csv", src: []Source{{"b.csv", []byte("id,date,text\nc1,2021-12-07,\"Biden belde.\n\nTweede, met komma.\"\nc2,2022-01,Tekst.\n")}},
			ids: []string{"c1", "c2"}, text: "date 2021-12-07 Biden belde.\n\nTweede, met komma."},
		{name: "csv semicolons any order extra column", src: []Source{{"b.csv", []byte("Text;Bron;ID;Date\r\nTekst één.;nos;s1;2021-12\r\n;;;\r\nTekst twee.;nos;s2;2021-11\r\n")}},
			ids: []string{"s1", "s2"}},
		{name: "csv without id column", src: []Source{{"lijst.csv", []byte("date,text\n2021-12,Een.\n2021-12,Twee.\n")}},
			ids: []string{"lijst-1", "lijst-2"}},
		{name: "csv errors", src: []Source{{"b.csv", []byte("id,date,text\nok,2021-12,Goed.\nbd,2021-04-31,Slecht.\nnd,,Geen datum.\n\"kapot,2021-12,x\n")}},
			ids: []string{"ok"}, problems: []want{
				{BadDay, 3, `b.csv:3: row 2 (id "bd"): date: day does not exist`},
				{NoDate, 4, `b.csv:4: row 3 (id "nd"): no date`},
				{Syntax, 5, `b.csv:5: malformed CSV: extraneous or missing " in quoted-field`},
			}},
		{name: "csv bare quote continues", src: []Source{{"b.csv", []byte("id,date,text\na,2021-12,x \"y\" z\nb,2021-12,Goed.\n")}},
			ids: []string{"b"}, problems: []want{{Syntax, 2, `b.csv:2: malformed CSV: bare "`}}},
		{name: "csv without text column", src: []Source{{"b.csv", []byte("id,datum,tekst\na,2021-12,x\n")}},
			problems: []want{{Syntax, 1, "b.csv:1: the header row must name the columns id, date and text (got id,datum,tekst)"}}},
		{name: "csv Windows-1252", src: []Source{{"b.csv", []byte("id;date;text\nw;2021-12;Oekra\xefne.\n")}},
			ids: []string{"w"}, text: "Oekraïne.", problems: []want{{Converted, 2, "b.csv:2: not UTF-8: converted from Windows-1252"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := Import(tt.src, tt.opt)
			var ids []string
			for _, f := range b.Files {
				a, err := corpus.Parse(f.Name, f.Data)
				if err != nil {
					t.Fatalf("file %s does not parse: %v", f.Name, err)
				}
				ids = append(ids, a.ID)
			}
			if !slices.Equal(ids, tt.ids) {
				t.Errorf("ids %q, want %q", ids, tt.ids)
			}
			if tt.text != "" && (len(b.Files) == 0 || !strings.Contains(string(b.Files[0].Data), tt.text)) {
				t.Errorf("first file does not hold %q: %q", tt.text, b.Files)
			}
			if len(b.Problems) != len(tt.problems) {
				t.Fatalf("problems:\n%s\nwant %d", dump(b.Problems), len(tt.problems))
			}
			for i, w := range tt.problems {
				p := b.Problems[i]
				if p.Kind != w.kind || p.Line != w.line || !strings.Contains(p.Error(), w.msg) {
					t.Errorf("problem %d: %s %v, want %s line %d with %q", i, p.Kind, p, w.kind, w.line, w.msg)
				}
				if (p.Kind == DuplicateID) != (p.Pending != nil) {
					t.Errorf("problem %d: Pending %v for kind %s", i, p.Pending, p.Kind)
				}
			}
		})
	}
}

func dump(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "  %s %s\n", p.Kind, p.Error())
	}
	return b.String()
}

func TestProblemError(t *testing.T) {
	for _, tt := range []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.txt", Line: 3, Msg: "bad"}, "a.txt:3: bad"},
		{Problem{File: "a.txt", Msg: "bad"}, "a.txt: bad"},
	} {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("%#v: %q, want %q", tt.p, got, tt.want)
		}
	}
	b := Batch{Problems: []Problem{{File: "a", Kind: Converted, Msg: "w"}}}
	if b.Err() != nil {
		t.Errorf("a warning is an error: %v", b.Err())
	}
	b.Problems = append(b.Problems, Problem{File: "b", Line: 2, Kind: BadDay, Msg: "x"})
	var p Problem
	if err := b.Err(); err == nil || err.Error() != "b:2: x" || !errors.As(err, &p) || p.Kind != BadDay {
		t.Errorf("Err() = %v", err)
	}
	for k := Empty; k <= Invalid; k++ {
		if k.String() == "unknown" {
			t.Errorf("kind %d has no name", k)
		}
	}
}

func TestDuplicates(t *testing.T) {
	c, err := corpus.Load(seeds.Articles, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	taken := func(id string) bool { _, ok := c.ByID(id); return ok }
	b := Import([]Source{
		{"000_6ffce1f1300ed2ce.txt", []byte("date 2022-02 Nieuwe versie.")},
		{"nieuw.txt", []byte("date 2022-02 Nieuw.")},
	}, Options{Existing: taken})
	if len(b.Files) != 1 || len(b.Problems) != 1 || b.Problems[0].Kind != DuplicateID {
		t.Fatalf("batch %v", b)
	}
	p := b.Problems[0]

	// Keep both: the new article gets id-2.
	f, err := KeepBoth(p, taken)
	if err != nil {
		t.Fatal(err)
	}
	c2, err := c.Add(append(b.Files, f)...)
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := c2.ByID("000_6ffce1f1300ed2ce-2"); !ok || a.Date.String() != "2022-02" {
		t.Errorf("kept copy: %v %v", a, ok)
	}
	if c2.Len() != c.Len()+2 {
		t.Errorf("%d articles after keep-both, want %d", c2.Len(), c.Len()+2)
	}

	// Replace: the old article goes.
	c3, err := Replace(c, p)
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := c3.ByID("000_6ffce1f1300ed2ce"); !ok || a.Date.String() != "2022-02" || c3.Len() != c.Len() {
		t.Errorf("replaced: %v %v, %d articles", a, ok, c3.Len())
	}
	if a, _ := c.ByID("000_6ffce1f1300ed2ce"); a.Date.String() != "2021-12" {
		t.Error("Replace changed the old corpus")
	}
	if _, err := KeepBoth(Problem{File: "x"}, nil); err == nil {
		t.Error("KeepBoth without pending article")
	}
	if _, err := Replace(c, Problem{File: "x"}); err == nil {
		t.Error("Replace without pending article")
	}
}

func TestFreshID(t *testing.T) {
	taken := map[string]bool{"a": true, "a-2": true, "a-3": true}
	for _, tt := range []struct {
		id, want string
		taken    func(string) bool
	}{
		{"a", "a-4", func(s string) bool { return taken[s] }},
		{"b", "b-2", func(s string) bool { return taken[s] }},
		{"a", "a-2", nil},
	} {
		if got := FreshID(tt.id, tt.taken); got != tt.want {
			t.Errorf("FreshID(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

func FuzzImport(f *testing.F) {
	seed, _ := seeds.Articles.ReadFile("001_bf50bb1e933bb69b.txt")
	for _, s := range []struct{ name, data string }{
		{"a.txt", string(seed)}, {"a.txt", "Plain."}, {"a.txt", "date 2021-02-29 x"}, {"a.txt", "\xff\xfed\x00"},
		{"b.json", `[{"id":"a","date":"2021-12","text":"x"},{"id":1}]`}, {"b.json", `[{"text":"\u0000"}`},
		{"c.csv", "id,date,text\na,2021-12,x\n\"b"}, {"c.csv", "text;date\nx;2021-12-07T00"}, {"d.txt", "date 2021-12 \x93x\x94"},
	} {
		f.Add(s.name, []byte(s.data), true)
	}
	f.Fuzz(func(t *testing.T, name string, data []byte, month bool) {
		opt := Options{Existing: func(id string) bool { return id == "a" }}
		if month {
			opt.Month = corpus.Date{Year: 2021, Month: 12}
		}
		b := Import([]Source{{name, data}, {name, data}}, opt)
		seen := map[string]bool{}
		for _, f := range b.Files {
			a, err := corpus.Parse(f.Name, f.Data)
			if err != nil {
				t.Fatalf("imported file does not parse: %v", err)
			}
			if seen[a.ID] || a.ID == "a" {
				t.Fatalf("duplicate id %q imported", a.ID)
			}
			seen[a.ID] = true
		}
		for _, p := range b.Problems {
			if p.Kind.String() == "unknown" || p.Msg == "" || p.File != name || p.Line < 0 {
				t.Fatalf("bad problem %#v", p)
			}
		}
	})
}

// TestImportSteps: Step is called before every source and every article
// of a list, and stopping keeps what came before.
func TestImportSteps(t *testing.T) {
	list := `[{"id":"a","date":"2021-12","text":"Een."},{"id":"b","date":"2021-12","text":"Twee."},{"id":"c","date":"2021-12","text":"Drie."}]`
	csv := "id,date,text\nd,2021-12,Vier.\ne,2021-12,Vijf.\n"
	src := []Source{{Name: "l.json", Data: []byte(list)}, {Name: "t.csv", Data: []byte(csv)}, {Name: "x.txt", Data: []byte("date 2021-12 Zes.")}}
	tests := []struct {
		stopAt int // the call of Step that returns false (0: none)
		files  int
	}{
		{0, 6}, {1, 0}, {2, 0}, {3, 1}, {5, 3}, {8, 5}, {9, 5}, {10, 6},
	}
	for _, tc := range tests {
		calls := 0
		b := Import(src, Options{Step: func() bool { calls++; return calls != tc.stopAt }})
		if len(b.Files) != tc.files {
			t.Errorf("stopping at call %d: %d files, want %d", tc.stopAt, len(b.Files), tc.files)
		}
		if tc.stopAt == 0 && calls != 9 {
			t.Errorf("%d calls of Step, want 9 (3 sources, 3 elements, 2 rows, 1 end of the CSV)", calls)
		}
	}
}

func TestWithoutAndRejected(t *testing.T) {
	ps := []Problem{{Kind: NoDate}, {Kind: Converted}, {Kind: BadDate}, {Kind: NoDate}}
	tests := []struct {
		k    Kind
		want int
	}{{NoDate, 2}, {Converted, 3}, {Empty, 4}}
	for _, tc := range tests {
		got := Without(ps, tc.k)
		if len(got) != tc.want {
			t.Errorf("Without(%v): %d problems, want %d", tc.k, len(got), tc.want)
		}
		for _, p := range got {
			if p.Kind == tc.k {
				t.Errorf("Without(%v) keeps one", tc.k)
			}
		}
	}
	if n := Rejected(ps); n != 3 {
		t.Errorf("Rejected = %d, want 3 (a conversion is a warning)", n)
	}
}

// Replace returns a corpus holding the articles of c, except the one with
// the pending article's id, and the pending article of a DuplicateID
// problem in its place. c is not changed.
func Replace(c *corpus.Corpus, p Problem) (*corpus.Corpus, error) {
	if p.Pending == nil {
		return c, errors.New(p.Error() + ": nothing pending")
	}
	a, err := corpus.Parse(p.Pending.Name, p.Pending.Data)
	if err != nil {
		return c, err
	}
	keep := make([]*corpus.Article, 0, c.Len()+1)
	for _, old := range c.All() {
		if old.ID != a.ID {
			keep = append(keep, old)
		}
	}
	return corpus.New(append(keep, a))
}
