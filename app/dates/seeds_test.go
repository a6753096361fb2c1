package dates

import (
	"os"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/text"
)

// splitSentences is a simple splitter for the tests: a sentence ends at a
// newline or at . ? ! followed by a space and an upper-case letter or a
// quote. The corpus package has the real one.
func splitSentences(s string, from int) []text.Span {
	var out []text.Span
	start := from
	flush := func(end int) {
		for start < end && (s[start] == ' ' || s[start] == '\n') {
			start++
		}
		e := end
		for e > start && (s[e-1] == ' ' || s[e-1] == '\n') {
			e--
		}
		if e > start {
			out = append(out, text.Span{Start: start, End: e})
		}
		start = end
	}
	for i := from; i < len(s); i++ {
		switch s[i] {
		case '\n':
			flush(i)
		case '.', '?', '!':
			if i+2 < len(s) && s[i+1] == ' ' && (s[i+2] >= 'A' && s[i+2] <= 'Z' || s[i+2] == '"') {
				flush(i + 1)
			}
		}
	}
	flush(len(s))
	return out
}

// loadSeed reads a seed article: " date YYYY-MM " then the text.
func loadSeed(t testing.TB, name string) (src string, sents []text.Span, ref Ref) {
	t.Helper()
	b, err := os.ReadFile("../../seeds/" + name)
	if err != nil {
		t.Fatal(err)
	}
	src = string(b)
	const head = " date "
	if !strings.HasPrefix(src, head) {
		t.Fatalf("%s: no date header", name)
	}
	end := len(head) + strings.IndexByte(src[len(head):], ' ')
	ref, err = ParseRef(src[len(head):end])
	if err != nil {
		t.Fatal(err)
	}
	return src, splitSentences(src, end+1), ref
}

type seedWant struct {
	expr  string // text[span]
	value string
	exact bool
}

func TestSeeds(t *testing.T) {
	tests := []struct {
		file string
		want []seedWant
	}{
		{"000_6ffce1f1300ed2ce.txt", []seedWant{
			{"donderdag", "2021-12", false},             // "bellen donderdag": article dated to the month
			{"deze maand", "2021-12", true},             //
			{"7 december", "2021-12-07", true},          // "op 7 december sprak Biden"
			{"vrijdag 24 december", "2021-12-24", true}, // 24-12-2021 is a Friday
			{"Een dag later", "2021-12-25", true},       // the day after 24 December
			{"23 december", "2021-12-23", true},         // "op 23 december zei Poetin"
			{"16 december", "2021-12-16", true},         // "Op 16 december lieten EU-leiders weten"
			{"10 januari", "2022-01-10", true},          // "Op 10 januari zal … plaatsvinden": the coming January
		}},
		{"001_bf50bb1e933bb69b.txt", []seedWant{
			{"7 december", "2021-12-07", true}, // "Op 7 december spraken de twee elkaar"
			{"deze maand", "2021-12", true},    // "Moskou legde deze maand …"
			{"10 januari", "2022-01-10", true}, // "Op 10 januari bespreken …": present with future sense
		}},
		{"003_7a24964f7ba50c8d.txt", []seedWant{
			{"dinsdag", "2021-04", false}, // "meldt het Witte Huis dinsdag"
			{"januari", "2021-01", true},  // "spraken elkaar in januari voor het eerst"
			{"dinsdag", "2021-04", false}, // "hebben dinsdag … gesproken"
			{"dinsdag", "2021-04", false}, // "Rusland kreeg dinsdag ook kritiek"
			{"2014", "2014", true},        // "In 2014 annexeerde Rusland …"
			{"dat jaar", "2014", true},    // "In dat jaar ontstond een conflict"
		}},
	}
	for _, tt := range tests {
		src, sents, ref := loadSeed(t, tt.file)
		got := Resolve(src, sents, ref)
		if len(got) != len(tt.want) {
			for _, g := range got {
				t.Logf("  %q → %s (%s)", g.Span.Of(src), g.Value, g.Rule())
			}
			t.Errorf("%s: %d expressions, want %d", tt.file, len(got), len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if g.Span.Of(src) != w.expr || g.Value.String() != w.value || g.Value.Exact != w.exact {
				t.Errorf("%s #%d: %q → %s exact=%v (%s), want %q → %s exact=%v",
					tt.file, i, g.Span.Of(src), g.Value, g.Value.Exact, g.Rule(), w.expr, w.value, w.exact)
			}
		}
	}
}

// TestResolveTokens checks that pre-tokenized input gives the same result.
func TestResolveTokens(t *testing.T) {
	for _, f := range []string{"000_6ffce1f1300ed2ce.txt", "001_bf50bb1e933bb69b.txt", "003_7a24964f7ba50c8d.txt"} {
		src, sents, ref := loadSeed(t, f)
		want := Resolve(src, sents, ref)
		got := ResolveTokens(src, text.Tokenize(src), sents, ref)
		if !slices.Equal(got, want) {
			t.Errorf("%s: ResolveTokens %v, Resolve %v", f, got, want)
		}
	}
}

// benchText is the seed articles repeated to about 1 MB, with sentence
// spans.
func benchText(b *testing.B) (string, []text.Span) {
	var sb strings.Builder
	var sents []text.Span
	for sb.Len() < 1<<20 {
		for _, f := range []string{"000_6ffce1f1300ed2ce.txt", "001_bf50bb1e933bb69b.txt", "003_7a24964f7ba50c8d.txt"} {
			src, ss, _ := loadSeed(b, f)
			base := sb.Len()
			sb.WriteString(src)
			sb.WriteByte('\n')
			for _, s := range ss {
				sents = append(sents, text.Span{Start: s.Start + base, End: s.End + base})
			}
		}
	}
	return sb.String(), sents
}

// BenchmarkResolve reports MB/s of Resolve (tokenizing included) on the
// seed articles.
func BenchmarkResolve(b *testing.B) {
	src, sents := benchText(b)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Resolve(src, sents, dec2021)
	}
}

// BenchmarkResolveTokens reports MB/s of ResolveTokens on text that is
// already tokenized (tokenizing excluded).
func BenchmarkResolveTokens(b *testing.B) {
	src, sents := benchText(b)
	toks := text.Tokenize(src)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ResolveTokens(src, toks, sents, dec2021)
	}
}
