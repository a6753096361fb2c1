package importer

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"corpusexplorer/app/corpus"
)

// TestNothingSkippedSilently: files that used to import nothing without a
// word now each give a problem naming the file and the reason.
func TestNothingSkippedSilently(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  Source
		kind Kind
		msg  string // the whole Problem.Error(); "" means imported
	}{
		{"folder's dot-file", Source{"corpus/.DS_Store", []byte("\x00\x00\x00\x01Bud1")}, Hidden, "corpus/.DS_Store: hidden file skipped"},
		{"file of a hidden folder", Source{"corpus/.git/a.txt", []byte("date 2021-12 Tekst.")}, Hidden, "corpus/.git/a.txt: hidden file skipped"},
		{"Windows path", Source{`corpus\.notes.txt`, []byte("date 2021-12 Tekst.")}, Hidden, `corpus\.notes.txt: hidden file skipped`},
		{"dot-file chosen on its own", Source{".notes.txt", []byte("date 2021-12 Tekst.")}, 0, ""},
		{"dot-file of another type chosen", Source{".DS_Store", []byte("x")}, Unsupported, ".DS_Store: unsupported file type (.ds_store): use .txt, .json or .csv"},
		{"csv header only", Source{"h.csv", []byte("id,date,text\n")}, Empty, "h.csv: no articles: no rows after the header row"},
		{"csv header and empty rows", Source{"h.csv", []byte("id,date,text\r\n,,\r\n\r\n")}, Empty, "h.csv: no articles: no rows after the header row"},
		{"empty json list", Source{"e.json", []byte(" [ ]\n")}, Empty, "e.json: no articles: the list is empty"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := Import([]Source{tt.src}, Options{})
			if tt.msg == "" {
				if len(b.Files) != 1 || len(b.Problems) != 0 {
					t.Fatalf("files %d, problems:\n%s", len(b.Files), dump(b.Problems))
				}
				return
			}
			if len(b.Files) != 0 || len(b.Problems) != 1 || b.Problems[0].Kind != tt.kind || !strings.HasPrefix(b.Problems[0].Error(), tt.msg) {
				t.Fatalf("files %d, problems:\n%s\nwant %s %q", len(b.Files), dump(b.Problems), tt.kind, tt.msg)
			}
		})
	}
	if !strings.Contains(Hidden.String(), "hidden") || Hidden.Warning() {
		t.Errorf("kind %s, warning %v", Hidden, Hidden.Warning())
	}
}

// TestGroupedProblems: more than MaxListed problems of one kind in a file
// are summed up in one problem followed by the first MaxListed.
func TestGroupedProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString("[\n")
	for i := range 100 {
		fmt.Fprintf(&b, "%d,\n", i)
	}
	for i := range 25 {
		fmt.Fprintf(&b, "{\"id\": \"t%d\", \"date\": \"2021-12\", \"text\": \"\"},\n", i)
	}
	for i := range 3 {
		fmt.Fprintf(&b, "{\"id\": \"ok%d\", \"date\": \"2021-12\", \"text\": \"Goed.\"},\n", i)
	}
	b.WriteString("{\"id\": 5, \"text\": \"x\"}\n]")
	batch := Import([]Source{{"n.json", []byte(b.String())}}, Options{})
	if len(batch.Files) != 3 {
		t.Errorf("%d files, want 3", len(batch.Files))
	}
	ps := batch.Problems
	if len(ps) != 1+MaxListed+1+MaxListed+1 {
		t.Fatalf("%d problems:\n%s", len(ps), dump(ps))
	}
	if s := ps[0]; s.Kind != Syntax || s.Count != 100 || s.Line != 0 ||
		s.Error() != "n.json: 100 elements are not objects {id, date, text}; first at line 2 (the first 20 are listed)" {
		t.Errorf("summary %d: %v", s.Count, s.Error())
	}
	for i, p := range ps[1 : 1+MaxListed] {
		if p.Count != 0 || p.Line != i+2 || p.Msg != fmt.Sprintf("element %d: want an object {\"id\", \"date\", \"text\"}", i+1) {
			t.Errorf("listed %d: %v", i, p.Error())
		}
	}
	if s := ps[1+MaxListed]; s.Kind != EmptyText || s.Count != 25 || s.Error() != "n.json: 25 elements have no text; first at line 102 (the first 20 are listed)" {
		t.Errorf("second summary: %v", s.Error())
	}
	if p := ps[len(ps)-1]; p.Kind != Syntax || p.Count != 0 || p.Line != 130 || !strings.Contains(p.Msg, `"id" must be a string`) {
		t.Errorf("last: %v", p.Error())
	}
	if strings.Count(batch.Err().Error(), "\n") != len(ps)-1 {
		t.Error("Err does not join the listed problems")
	}

	// Groups are per file: two files of 15 each are listed in full.
	few := "[" + strings.Repeat("1,", 14) + "1]"
	batch = Import([]Source{{"a.json", []byte(few)}, {"b.json", []byte(few)}}, Options{})
	if len(batch.Problems) != 30 {
		t.Errorf("%d problems for two files of 15, want 30", len(batch.Problems))
	}
}

// TestHugeListsAreLinear checks a list of 400,000 numbers, which took 171 s
// when every element's line was counted from the start of the file: its
// problems are one group, with the first element's line. How the time
// grows with the list is BenchmarkImportJSON's to show.
func TestHugeListsAreLinear(t *testing.T) {
	data := numbersJSON(400_000)
	start := time.Now()
	b := Import([]Source{{"n.json", data}}, Options{})
	took := time.Since(start)
	if len(b.Problems) != MaxListed+1 || b.Problems[0].Count != 400_000 ||
		b.Problems[0].Msg != "400,000 elements are not objects {id, date, text}; first at line 2 (the first 20 are listed)" {
		t.Fatalf("problems:\n%s", dump(b.Problems[:min(3, len(b.Problems))]))
	}
	// Its speed is BenchmarkImportJSON's to measure; the time is logged.
	t.Logf("400,000 numbers checked in %v", took)
}

// numbersJSON returns a list of n numbers, one a line.
func numbersJSON(n int) []byte {
	var b strings.Builder
	b.WriteString("[\n")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, "%d", i)
	}
	b.WriteString("\n]\n")
	return []byte(b.String())
}

// articlesJSON returns a list of n small articles, pretty-printed over
// several lines each.
func articlesJSON(n int) []byte {
	var b strings.Builder
	b.WriteString("[\n")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, "  {\n    \"id\": \"a%d\",\n    \"date\": \"2021-12-%02d\",\n    \"text\": \"Biden belde Poetin over Oekraïne, bericht %d.\\n\\nDe NAVO is bezorgd.\"\n  }", i, i%28+1, i)
	}
	b.WriteString("\n]\n")
	return []byte(b.String())
}

// BenchmarkImportJSON imports lists of 10,000 and 100,000 elements:
// numbers (every one a problem) and articles. The time per list should
// grow ten times from 10k to 100k, not a hundred times.
func BenchmarkImportJSON(b *testing.B) {
	for _, kind := range []struct {
		name string
		gen  func(int) []byte
	}{{"numbers", numbersJSON}, {"articles", articlesJSON}} {
		for _, n := range []int{10_000, 100_000} {
			data := kind.gen(n)
			b.Run(fmt.Sprintf("%s-%dk", kind.name, n/1000), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					Import([]Source{{"list.json", data}}, Options{})
				}
			})
		}
	}
}

// TestOnePathWithNative runs each header and encoding case through the
// import page's path (Import of a .txt file) and the native one
// (corpus.Load, as the check and analyse commands read files) and
// requires the same outcome: the same error text, or the same article.
func TestOnePathWithNative(t *testing.T) {
	for _, tt := range []struct {
		name string
		data string
		kind Kind   // the import's problem kind; 0: imported
		msg  string // the error both give; "" when imported
		text string // a part of the article text, when imported
	}{
		{"minus before the year", "date -2021-01 Tekst.", BadDate, `x.txt:1: malformed date header: malformed date, want YYYY-MM or YYYY-MM-DD: "-2021-01"`, ""},
		{"upper case", "DATE 2021-12-05 Tekst.", BadDate, `x.txt:1: malformed date header: write "date" in lower case, got "DATE"`, ""},
		{"capitalised", "Date 2021-12 Tekst.", BadDate, `x.txt:1: malformed date header: write "date" in lower case, got "Date"`, ""},
		{"no space", "date2021-12 Tekst.", BadDate, `x.txt:1: malformed date header: want a space after "date", got "date2021-12"`, ""},
		{"full-width digits", "date ２０２１-１２ Tekst.", BadDate, `x.txt:1: malformed date header: use the digits 0-9, got "２０２１-１２"`, ""},
		{"full-width glued", "date２０２１-１２ Tekst.", BadDate, `x.txt:1: malformed date header: want a space after "date", got "date２０２１-１２"`, ""},
		{"date alone", "date\nTekst.", BadDate, `x.txt:1: malformed date header: want "date YYYY-MM" or "date YYYY-MM-DD"`, ""},
		{"month 13", "date 2021-13 Tekst.", BadDate, `x.txt:1: malformed date header: month out of range 1..12: "2021-13"`, ""},
		{"day 31 April", "date 2021-04-31 Tekst.", BadDay, `x.txt:1: malformed date header: day does not exist in that month: "2021-04-31"`, ""},
		{"slash", "date 2021/12 Tekst.", BadDate, `x.txt:1: malformed date header: malformed date, want YYYY-MM or YYYY-MM-DD: "2021/12"`, ""},
		{"good", "date 2021-12 Tekst.", 0, "", "Tekst."},
		{"good with BOM and spaces", "\uFEFF \tdate 2021-12-07 Tekst.", 0, "", "Tekst."},
		{"Windows-1252", "date 2021-12 Oekra\xefne en \x93Poetin\x94.", 0, "", "Oekraïne en “Poetin”."},
		{"Windows-1252 no-break space", "date\xa02021-12 Tekst.", BadDate, `x.txt:1: malformed date header: want a space after "date", got "date\u00a02021-12"`, ""},
		{"invalid, not Windows-1252", "date 2021-12 Goed.\n\nFout \x81.", Encoding, `x.txt:3: not UTF-8: invalid byte 0x81 at byte 25; save the file as UTF-8`, ""},
		{"NUL byte", "date 2021-12 Goed.\n\nNUL \x00 hier.", Encoding, `x.txt:3: not a text file: NUL byte at byte 24`, ""},
		{"NUL and Windows-1252", "date 2021-12 Caf\xe9\x00.", Encoding, `x.txt:1: not a text file: NUL byte at byte 17`, ""},
		{"UTF-16", string(utf16le("date 2021-12 Oekraïne.", true)), 0, "", "Oekraïne."},
		{"UTF-16 with NUL", string(utf16le("date 2021-12 a\x00b.", true)), Encoding, `x.txt:1: not a text file: NUL character after conversion from UTF-16`, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := Import([]Source{{"x.txt", []byte(tt.data)}}, Options{})
			c, lerr := corpus.Load(fstest.MapFS{"x.txt": {Data: []byte(tt.data)}}, "*.txt")
			var rejected []Problem
			for _, p := range b.Problems {
				if !p.Kind.Warning() {
					rejected = append(rejected, p)
				}
			}
			if tt.kind == 0 {
				if len(rejected) != 0 || len(b.Files) != 1 || lerr != nil || c.Len() != 1 {
					t.Fatalf("import: %d files, problems %s; native: %v", len(b.Files), dump(b.Problems), lerr)
				}
				a, err := corpus.Parse(b.Files[0].Name, b.Files[0].Data)
				if err != nil || a.Text != c.At(0).Text || a.Date != c.At(0).Date || a.Title != c.At(0).Title || !strings.Contains(a.Text, tt.text) {
					t.Errorf("import %q, native %q (%v)", a.Text, c.At(0).Text, err)
				}
				return
			}
			if len(rejected) != 1 || len(b.Files) != 0 || lerr == nil || c.Len() != 0 {
				t.Fatalf("import: %d files, problems %s; native: %v", len(b.Files), dump(b.Problems), lerr)
			}
			var pe *corpus.ParseError
			if !errors.As(lerr, &pe) {
				t.Fatalf("native error %v is not a *ParseError", lerr)
			}
			p := rejected[0]
			if p.Kind != tt.kind || p.Error() != lerr.Error() || (tt.msg != "" && p.Error() != tt.msg) {
				t.Errorf("import:  %s %s\nnative:  %s\nwant:    %s", p.Kind, p.Error(), lerr, tt.msg)
			}
		})
	}
}
