package actors

import (
	"os"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"corpusexplorer/app/text"
)

// splitSentences is the tests' own simple sentence splitter: a sentence
// ends at a line break, or at . ! ? followed by a space and a capital,
// digit or quote, unless the period follows an initial or abbreviation.
func splitSentences(s string, toks []text.Token) []text.Span {
	var out []text.Span
	start := -1
	for i, t := range toks {
		if start < 0 {
			start = t.Start
		}
		end := false
		if i+1 == len(toks) {
			end = true
		} else if strings.Contains(s[t.End:toks[i+1].Start], "\n") {
			end = true
		} else if t.Kind == text.Punct && (t.Fold() == "." || t.Fold() == "!" || t.Fold() == "?") {
			prevInitial := i > 0 && toks[i-1].End == t.Start && utf8.RuneCountInString(toks[i-1].Fold()) == 1
			r, _ := utf8.DecodeRuneInString(s[toks[i+1].Start:])
			if !prevInitial && toks[i+1].Start > t.End && (unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"„“'", r)) {
				end = true
			}
		}
		if end {
			out = append(out, text.Span{Start: start, End: t.End})
			start = -1
		}
	}
	return out
}

func mkDoc(s, date string) Doc {
	toks := text.Tokenize(s)
	return Doc{Text: s, Tokens: toks, Sentences: splitSentences(s, toks), Date: date}
}

var (
	gzOnce sync.Once
	gz     *Gazetteer
	gzErr  error
)

// seedGazetteer parses seeds/actors.tsv once.
func seedGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	gzOnce.Do(func() {
		data, err := os.ReadFile("../../seeds/actors.tsv")
		if err != nil {
			gzErr = err
			return
		}
		gz, gzErr = ParseGazetteer("actors.tsv", data)
	})
	if gzErr != nil {
		t.Fatal(gzErr)
	}
	return gz
}

var (
	exOnce sync.Once
	ex     *Extractor
)

func seedExtractor(t testing.TB) *Extractor {
	g := seedGazetteer(t)
	exOnce.Do(func() { ex = g.NewExtractor() })
	return ex
}

// readSeed returns the text and date of a seed article: the file starts
// with " date YYYY-MM " and the first paragraph follows on that line.
func readSeed(t testing.TB, name string) (string, string) {
	t.Helper()
	b, err := os.ReadFile("../../seeds/" + name)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	s = strings.TrimLeft(s, " ")
	if !strings.HasPrefix(s, "date ") {
		t.Fatalf("%s: no date header", name)
	}
	date := s[5:12]
	return strings.TrimLeft(s[12:], " "), date
}
