package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"corpusexplorer/app/text"
)

// checkArticle verifies every structural invariant of a parsed article.
func checkArticle(a *Article, src string) error {
	if a.Text != src {
		return errors.New("Text is not the original content")
	}
	if a.Body < 0 || a.Body > len(a.Text) {
		return fmt.Errorf("Body %d out of range", a.Body)
	}
	if len(a.Flags) != len(a.Tokens) {
		return fmt.Errorf("%d flags for %d tokens", len(a.Flags), len(a.Tokens))
	}
	if !utf8.ValidString(a.Title) || a.Title == "" {
		return fmt.Errorf("bad title %q", a.Title)
	}
	prevTok := a.Body
	for i, tk := range a.Tokens {
		if tk.Start < prevTok || tk.End <= tk.Start || tk.End > len(a.Text) {
			return fmt.Errorf("token %d %v out of order or range", i, tk.Span)
		}
		prevTok = tk.End
	}
	leads, prev, nextTok, nextSent, line := 0, a.Body, 0, 0, 1+strings.Count(a.Text[:a.Body], "\n")
	for pi, p := range a.Paragraphs {
		if p.Start < prev || p.End <= p.Start || p.End > len(a.Text) {
			return fmt.Errorf("paragraph %d %v out of order or range", pi, p.Span)
		}
		line += strings.Count(a.Text[prev:p.Start], "\n")
		prev = p.End
		if want := line; p.Line != want {
			return fmt.Errorf("paragraph %d: line %d, want %d", pi, p.Line, want)
		}
		line += strings.Count(p.Of(a.Text), "\n")
		if p.Kind == Lead {
			leads++
		}
		if p.Tokens.Start != nextTok || p.Tokens.End <= p.Tokens.Start || p.Sentences.Start != nextSent || p.Sentences.End <= p.Sentences.Start {
			return fmt.Errorf("paragraph %d: token range %v, sentence range %v", pi, p.Tokens, p.Sentences)
		}
		nextTok, nextSent = p.Tokens.End, p.Sentences.End
		for _, tk := range a.Tokens[p.Tokens.Start:p.Tokens.End] {
			if !p.Contains(tk.Span) {
				return fmt.Errorf("token %v outside paragraph %d %v", tk.Span, pi, p.Span)
			}
		}
		st := p.Tokens.Start
		for si := p.Sentences.Start; si < p.Sentences.End; si++ {
			s := a.Sentences[si]
			if s.Para != pi || !p.Contains(s.Span) {
				return fmt.Errorf("sentence %d %v not inside paragraph %d %v", si, s.Span, pi, p.Span)
			}
			if s.Tokens.Start != st || s.Tokens.End <= s.Tokens.Start || s.Tokens.End > p.Tokens.End {
				return fmt.Errorf("sentence %d: token range %v", si, s.Tokens)
			}
			st = s.Tokens.End
			if s.Start != a.Tokens[s.Tokens.Start].Start || s.End != a.Tokens[s.Tokens.End-1].End {
				return fmt.Errorf("sentence %d: span %v does not match its tokens", si, s.Span)
			}
			if si > 0 && s.Start < a.Sentences[si-1].End {
				return fmt.Errorf("sentence %d overlaps the previous one", si)
			}
		}
		if st != p.Tokens.End {
			return fmt.Errorf("paragraph %d: sentences do not cover its tokens", pi)
		}
	}
	if nextTok != len(a.Tokens) || nextSent != len(a.Sentences) {
		return errors.New("paragraphs do not cover all tokens and sentences")
	}
	if leads != 1 {
		return fmt.Errorf("%d leads", leads)
	}
	return nil
}

func TestParseErrors(t *testing.T) {
	big := append([]byte("date 2021-12 "), strings.Repeat("a ", MaxFileSize/2)...)
	tests := []struct {
		name string
		in   string
		line int
		msg  string // substring of the message
	}{
		{"empty file", "", 1, "missing date header"},
		{"no header", "Biden belt Poetin.\n", 1, "missing date header"},
		{"header on second line", "\ndate 2021-12 Tekst.", 1, "missing date header"},
		{"date without value", "date\nTekst.", 1, "malformed date header"},
		{"date glued", "date2021-12 Tekst.", 1, "malformed date header"},
		{"short month", "date 2021-1 Tekst.", 1, "malformed date"},
		{"slash", "date 2021/12 Tekst.", 1, "malformed date"},
		{"text glued to date", "date 2021-12„Tekst.", 1, "malformed date"},
		{"upper case", "DATE 2021-12-05 Tekst.", 1, `malformed date header: write "date" in lower case`},
		{"minus", "date -2021-01 Tekst.", 1, `malformed date header: malformed date`},
		{"full-width digits", "date ２０２１-１２ Tekst.", 1, `malformed date header: use the digits 0-9`},
		{"word date", "date night in Den Haag.", 1, "missing date header"},
		{"word Date", "Date night in Den Haag.", 1, "missing date header"},
		{"month 13", "date 2021-13 Tekst.", 1, "month out of range"},
		{"month 0", "date 2021-00 Tekst.", 1, "month out of range"},
		{"day 31 april", " date 2021-04-31 Tekst.", 1, "day does not exist"},
		{"29 february", "date 2023-02-29 Tekst.", 1, "day does not exist"},
		{"invalid UTF-8", "date 2021-12 Tekst.\n\nMeer\ntekst \xff.", 4, "not UTF-8: invalid byte 0xff at byte 32"},
		{"invalid UTF-8 in header", "date 2021-1\xc3", 1, "not UTF-8"},
		{"NUL byte", "date 2021-12 Tekst.\n\x00", 2, "not a text file: NUL byte at byte 20"},
		{"empty body", "date 2021-12", 1, "empty body"},
		{"blank body", " date 2021-12  \r\n\r\n \t\n", 1, "empty body"},
		{"only related", "date 2021-12 Lees ook: iets anders.", 1, "empty body"},
		{"too large", string(big), 0, "file too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("dir/x.txt", []byte(tt.in))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse = %v, %v; want a *ParseError", a, err)
			}
			if pe.File != "dir/x.txt" || pe.Line != tt.line || !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("error %q (line %d), want line %d and %q", err, pe.Line, tt.line, tt.msg)
			}
		})
	}
}

// TestParseHeaderClasses: plain text wraps ErrNoHeader, a bad header
// ErrHeader (and the date's error).
func TestParseHeaderClasses(t *testing.T) {
	for in, want := range map[string][]error{
		"Gewone tekst.":          {ErrNoHeader},
		"date night.":            {ErrNoHeader},
		"DATE 2021-12 Tekst.":    {ErrHeader},
		"date2021-12 Tekst.":     {ErrHeader},
		"date 2021-13 Tekst.":    {ErrHeader, ErrMonth},
		"date 2021-02-30 Tekst.": {ErrHeader, ErrDay},
	} {
		_, _, err := ParseHeader("x.txt", []byte(in))
		for _, w := range want {
			if !errors.Is(err, w) {
				t.Errorf("%q: %v is not %v", in, err, w)
			}
		}
	}
	d, body, err := ParseHeader("x.txt", []byte("\uFEFF date 2021-12-07 Tekst."))
	if err != nil || d != (Date{2021, 12, 7}) || body != len("\uFEFF date 2021-12-07") {
		t.Errorf("good header: %v %d %v", d, body, err)
	}
}

func TestParseErrorString(t *testing.T) {
	if got := (&ParseError{File: "a.txt", Line: 3, Msg: "kapot"}).Error(); got != "a.txt:3: kapot" {
		t.Errorf("got %q", got)
	}
	if got := (&ParseError{File: "a.txt", Msg: "te groot"}).Error(); got != "a.txt: te groot" {
		t.Errorf("got %q", got)
	}
}

type wantPara struct {
	kind ParaKind
	line int
	text string
}

func TestParseStructure(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		id    string
		date  Date
		title string
		paras []wantPara
	}{
		{
			name: "seed layout", in: " date 2021-12 Eerste zin van de lead. Tweede zin.\n\nBody tekst.\n\nKop zonder punt\n\nMeer tekst.\n\nLees ook: Wat nu?",
			id: "x", date: Date{2021, 12, 0}, title: "Eerste zin van de lead",
			paras: []wantPara{{Lead, 1, "Eerste zin van de lead. Tweede zin."}, {Body, 3, "Body tekst."}, {Heading, 5, "Kop zonder punt"}, {Body, 7, "Meer tekst."}, {Related, 9, "Lees ook: Wat nu?"}},
		},
		{
			name: "CRLF, day, blank lines, trailing space", in: "date 2021-12-07 Eerste alinea.\r\n\r\n\r\nTweede alinea.  \r\n\r\nKop hier\t\r\n\r\nDerde.\r\n",
			id: "x", date: Date{2021, 12, 7}, title: "Eerste alinea",
			paras: []wantPara{{Lead, 1, "Eerste alinea."}, {Body, 4, "Tweede alinea."}, {Heading, 6, "Kop hier"}, {Body, 8, "Derde."}},
		},
		{
			name: "BOM and a heading before the lead gives the title", in: "\uFEFF date 2022-01\n\nBiden belt Poetin\n\nDe president belde.\nHet ging goed.",
			id: "x", date: Date{2022, 1, 0}, title: "Biden belt Poetin",
			paras: []wantPara{{Heading, 3, "Biden belt Poetin"}, {Lead, 5, "De president belde.\nHet ging goed."}},
		},
		{
			name: "only a short line", in: "date 2022-01 Kort bericht",
			id: "x", date: Date{2022, 1, 0}, title: "Kort bericht",
			paras: []wantPara{{Lead, 1, "Kort bericht"}},
		},
		{
			name: "long heading-like line is body", in: "date 2022-01 Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien",
			id: "x", date: Date{2022, 1, 0}, title: "Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien",
			paras: []wantPara{{Lead, 1, "Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien"}},
		},
		{
			name: "heading-like lines with final punctuation", in: "date 2022-01 Tekst.\n\nKop met dubbele punt:\n\nZei hij „ja”",
			id: "x", date: Date{2022, 1, 0}, title: "Tekst",
			paras: []wantPara{{Lead, 1, "Tekst."}, {Body, 3, "Kop met dubbele punt:"}, {Body, 5, "Zei hij „ja”"}},
		},
		{
			name: "related in other case", in: "date 2022-01 Tekst.\n\nlees ook : meer",
			id: "x", date: Date{2022, 1, 0}, title: "Tekst",
			paras: []wantPara{{Lead, 1, "Tekst."}, {Related, 3, "lees ook : meer"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("some/dir/x.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if err := checkArticle(a, tt.in); err != nil {
				t.Fatal(err)
			}
			if a.ID != tt.id || a.File != "some/dir/x.txt" || a.Date != tt.date || a.Title != tt.title {
				t.Errorf("got id %q file %q date %v title %q; want %q %v %q", a.ID, a.File, a.Date, a.Title, tt.id, tt.date, tt.title)
			}
			if len(a.Paragraphs) != len(tt.paras) {
				t.Fatalf("%d paragraphs, want %d", len(a.Paragraphs), len(tt.paras))
			}
			for i, p := range a.Paragraphs {
				w := tt.paras[i]
				if p.Kind != w.kind || p.Line != w.line || p.Of(a.Text) != w.text {
					t.Errorf("paragraph %d = {%v %d %q}, want %+v", i, p.Kind, p.Line, p.Of(a.Text), w)
				}
			}
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct{ lead, want string }{
		{"Kort.", "Kort"},
		{"Wat nu?", "Wat nu?"},
		{"De Amerikaanse president Joe Biden en zijn Russische ambtgenoot Vladimir Poetin bellen donderdag voor de tweede keer.",
			"De Amerikaanse president Joe Biden en zijn Russische ambtgenoot Vladimir Poetin…"},
		{"Oekraïne, Rusland, Wit-Rusland, Polen, Duitsland, Frankrijk, België, Nederland, Genève, coördinatie.",
			"Oekraïne, Rusland, Wit-Rusland, Polen, Duitsland, Frankrijk, België, Nederland…"},
		{strings.Repeat("é", 100), strings.Repeat("é", 80) + "…"},
	}
	for _, tt := range tests {
		a, err := Parse("t.txt", []byte("date 2021-01 "+tt.lead))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tt.want {
			t.Errorf("title of %q = %q, want %q", tt.lead, a.Title, tt.want)
		}
		if n := utf8.RuneCountInString(a.Title); n > TitleMaxRunes+1 {
			t.Errorf("title %q has %d runes", a.Title, n)
		}
	}
}

func loadSeeds(t testing.TB) []File {
	t.Helper()
	names, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var files []File
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, File{Name: filepath.Base(n), Data: data})
	}
	return files
}

func TestSeeds(t *testing.T) {
	want := map[string]struct {
		date                               Date
		paras, headings, related, sentence int
	}{
		"000_6ffce1f1300ed2ce": {Date{2021, 12, 0}, 14, 3, 0, 27},
		"001_bf50bb1e933bb69b": {Date{2021, 12, 0}, 10, 1, 0, 24},
		"003_7a24964f7ba50c8d": {Date{2021, 4, 0}, 8, 1, 1, 25},
	}
	for _, f := range loadSeeds(t) {
		a, err := Parse(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkArticle(a, string(f.Data)); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		w, ok := want[a.ID]
		if !ok {
			continue
		}
		h, r := 0, 0
		for _, p := range a.Paragraphs {
			switch p.Kind {
			case Heading:
				h++
			case Related:
				r++
			}
		}
		if a.Date != w.date || len(a.Paragraphs) != w.paras || h != w.headings || r != w.related || len(a.Sentences) != w.sentence {
			t.Errorf("%s: date %v, %d paragraphs, %d headings, %d related, %d sentences; want %+v",
				a.ID, a.Date, len(a.Paragraphs), h, r, len(a.Sentences), w)
		}
		if a.Paragraphs[0].Kind != Lead || a.Paragraphs[0].Line != 1 {
			t.Errorf("%s: first paragraph %v on line %d", a.ID, a.Paragraphs[0].Kind, a.Paragraphs[0].Line)
		}
		// Offsets are exact on diacritics and quotes.
		for _, tk := range a.Tokens {
			s := tk.Of(a.Text)
			if tk.Kind == text.Word && text.FoldWord(s) != tk.Fold() {
				t.Errorf("%s: token %q has fold %q", a.ID, s, tk.Fold())
			}
			switch tk.Fold() {
			case "oekraine":
				if s != "Oekraïne" {
					t.Errorf("%s: oekraine token is %q", a.ID, s)
				}
			case "„", "”":
				if len(s) != 3 {
					t.Errorf("%s: quote token is %q", a.ID, s)
				}
			}
		}
	}
}

func TestFlags(t *testing.T) {
	src := "date 2021-12 Biden belt Poetin vandaag. Poetin zegt dat Biden gelijk heeft. Het Kremlin zwijgt. De NAVO ook.\n\n" +
		"Gesprekken lopen vast. Zei hij: \"Gesprekken zijn zinloos.\" Rusland antwoordt niet. De regering-Biden wacht.\n\nLees ook: Wat nu?"
	a, err := Parse("t.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// word#n is the n-th occurrence of word.
	want := map[string]struct {
		flags Flag
		term  string
	}{
		"Biden#1":      {Name | Initial, "biden"}, // a name elsewhere in the article
		"belt#1":       {0, text.Stem("belt")},
		"Poetin#1":     {Name, "poetin"},
		"Poetin#2":     {Name | Initial, "poetin"},
		"dat#1":        {Stop, "dat"},
		"Biden#2":      {Name, "biden"},
		"Het#1":        {Stop | Initial, "het"},
		"Kremlin#1":    {Name, "kremlin"},
		"De#1":         {Stop | Initial, "de"},
		"NAVO#1":       {Name, "navo"},
		"Gesprekken#1": {Initial, "gesprek"},
		"Zei#1":        {Initial, text.Stem("zei")},
		"Gesprekken#2": {Initial, "gesprek"}, // opens a quotation
		"Rusland#1":    {Initial, text.Stem("rusland")},
		"regering#1":   {0, text.Stem("regering")},
		"Biden#3":      {Name, "biden"},
		"Wat#1":        {Stop | Initial, "wat"}, // after a colon
	}
	seen := map[string]int{}
	checked := 0
	for i, tk := range a.Tokens {
		w := tk.Of(a.Text)
		seen[w]++
		key := fmt.Sprintf("%s#%d", w, seen[w])
		x, ok := want[key]
		if !ok {
			continue
		}
		checked++
		if a.Flags[i] != x.flags || a.Term(i) != x.term {
			t.Errorf("%s: flags %03b term %q, want %03b %q", key, a.Flags[i], a.Term(i), x.flags, x.term)
		}
	}
	if checked != len(want) {
		t.Errorf("checked %d tokens, want %d", checked, len(want))
	}
	if a.Lead() != 0 {
		t.Errorf("Lead() = %d", a.Lead())
	}
}
