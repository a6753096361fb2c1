package corpus

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadSeeds(t *testing.T) {
	c, err := Load(os.DirFS("../../seeds"), "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 3 {
		t.Fatalf("Len = %d", c.Len())
	}
	var ids []string
	for _, a := range c.All() {
		ids = append(ids, a.ID)
	}
	want := "003_7a24964f7ba50c8d 000_6ffce1f1300ed2ce 001_bf50bb1e933bb69b" // by date, then id
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("order %s, want %s", got, want)
	}
	st := c.Stats()
	if st.Articles != 3 || st.First != (Date{2021, 4, 0}) || st.Last != (Date{2021, 12, 0}) || st.Months != 9 || st.Sentences != 27+24+25 || st.DayDated != 0 {
		t.Errorf("Stats = %+v", st)
	}
	if first, last, ok := c.Months(); !ok || first != st.First || last != st.Last {
		t.Errorf("Months = %v %v %v", first, last, ok)
	}
	a, ok := c.ByID("001_bf50bb1e933bb69b")
	if !ok || a.File != "001_bf50bb1e933bb69b.txt" || c.Index(a.ID) != 2 || c.At(2) != a {
		t.Errorf("ByID/Index/At disagree: %v %v %d", a, ok, c.Index("001_bf50bb1e933bb69b"))
	}
	if _, ok := c.ByID("nope"); ok || c.Index("nope") != -1 {
		t.Error("found a missing id")
	}
}

func TestLoadReportsEveryBadFile(t *testing.T) {
	fsys := fstest.MapFS{
		"a/goed.txt":     {Data: []byte("date 2021-01 Goed.")},
		"a/maand.txt":    {Data: []byte("date 2021-13 Fout.")},
		"a/leeg.txt":     {Data: []byte("date 2021-01\n")},
		"a/utf.txt":      {Data: []byte("date 2021-01 Goed.\n\n\x81")}, // not Windows-1252 either
		"a/groot.txt":    {Data: make([]byte, MaxFileSize+1)},
		"b/goed.txt":     {Data: []byte("date 2020-01 Dubbel.")},
		"a/ander.txt":    {Data: []byte("date 2019-05-03 Ook goed.")},
		"a/niet-dit.md":  {Data: []byte("geen artikel")},
		"a/dir.txt/x.md": {Data: []byte("x")},
	}
	c, err := Load(fsys, "*/*.txt")
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	for _, want := range []string{
		"a/maand.txt:1: malformed date header: month out of range",
		"a/leeg.txt:1: empty body",
		"a/utf.txt:3: not UTF-8: invalid byte 0x81",
		"a/groot.txt: file too large",
		`b/goed.txt: duplicate id "goed", also in a/goed.txt`,
		"a/dir.txt: is a directory",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q:\n%s", want, msg)
		}
	}
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Error("no *ParseError in the joined error")
	}
	if c == nil || c.Len() != 2 || c.At(0).ID != "ander" || c.At(1).File != "a/goed.txt" {
		t.Errorf("corpus of the good files is wrong: %+v", c)
	}
}

func TestNewAndAdd(t *testing.T) {
	parse := func(name, src string) *Article {
		a, err := Parse(name, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	c, err := New([]*Article{
		parse("b.txt", "date 2021-03 B."),
		parse("a.txt", "date 2021-03 A."),
		nil,
		parse("c.txt", "date 2020-11-05 C."),
		parse("x/a.txt", "date 2019-01 Dubbel."),
	})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != "x/a.txt" || !strings.Contains(pe.Msg, "a.txt") {
		t.Fatalf("New error = %v", err)
	}
	if got := ids(c); got != "c a b" {
		t.Fatalf("order %q", got)
	}

	d, err := c.Add(
		File{Name: "d.txt", Data: []byte("date 2022-02 D.")},
		File{Name: "e.txt", Data: []byte("date 2022-13 E.")},
		File{Name: "b.txt", Data: []byte("date 2023-01 Weer b.")},
		File{Name: "f.txt", Data: []byte(" date 2020-11 F.")},
	)
	if err == nil || !strings.Contains(err.Error(), "e.txt:1: malformed date header: month out of range") ||
		!strings.Contains(err.Error(), `b.txt: duplicate id "b", also in b.txt`) {
		t.Errorf("Add error = %v", err)
	}
	if got := ids(d); got != "f c a b d" {
		t.Errorf("new corpus %q", got)
	}
	if got := ids(c); got != "c a b" || c.Stats().Articles != 3 {
		t.Errorf("old corpus changed: %q", got)
	}
	if i := d.Index("d"); i != 4 || d.At(i).ID != "d" {
		t.Errorf("Index(d) = %d", i)
	}
	if st := d.Stats(); st.First != (Date{2020, 11, 0}) || st.Last != (Date{2022, 2, 0}) || st.Months != 16 || st.DayDated != 1 {
		t.Errorf("Stats = %+v", st)
	}

	same, err := d.Add(File{Name: "bad.txt", Data: []byte("geen datum")})
	if same != d || err == nil {
		t.Errorf("Add of only bad files: %p %v", same, err)
	}

	empty, err := New(nil)
	if err != nil || empty.Len() != 0 || empty.Stats() != (Stats{}) {
		t.Errorf("empty corpus: %v %+v", err, empty.Stats())
	}
	if _, _, ok := empty.Months(); ok {
		t.Error("empty corpus covers months")
	}
	one, err := empty.With(parse("z.txt", "date 2000-02 Z."))
	if err != nil || ids(one) != "z" {
		t.Errorf("With: %v %q", err, ids(one))
	}
}

func ids(c *Corpus) string {
	var s []string
	for _, a := range c.All() {
		s = append(s, a.ID)
	}
	return strings.Join(s, " ")
}
