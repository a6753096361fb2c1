package text

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Oekraïne", "oekraine"},
		{"Genève", "geneve"},
		{"NAVO", "navo"},
		{"méér", "meer"},
		{"regio’s", "regio's"},
		{"Straße", "strasse"},
		{"Øresund", "oresund"},
		{"Łódź", "lodz"},
		{"ĲSSEL", "ijssel"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Poetin's", "poetin"},
		{"regio’s", "regio"},
		{"Oekraïne", "oekraine"},
		{"zo'n", "zo'n"},
	}
	for _, tt := range tests {
		if got := FoldWord(tt.in); got != tt.want {
			t.Errorf("FoldWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

type tok struct {
	text   string
	kind   Kind
	fold   string
	hyphen bool
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []tok
	}{
		{"Poetin's oproep.", []tok{{"Poetin's", Word, "poetin", false}, {"oproep", Word, "oproep", false}, {".", Punct, ".", false}}},
		{"de regering-Biden", []tok{{"de", Word, "de", false}, {"regering", Word, "regering", false}, {"Biden", Word, "biden", true}}},
		{"Witte Huis-functionaris", []tok{{"Witte", Word, "witte", false}, {"Huis", Word, "huis", false}, {"functionaris", Word, "functionaris", true}}},
		{"zo'n 100.000 militairen.", []tok{{"zo'n", Word, "zo'n", false}, {"100.000", Number, "100.000", false}, {"militairen", Word, "militairen", false}, {".", Punct, ".", false}}},
		{"in 2014.", []tok{{"in", Word, "in", false}, {"2014", Number, "2014", false}, {".", Punct, ".", false}}},
		{"„derde land”", []tok{{"„", Punct, "„", false}, {"derde", Word, "derde", false}, {"land", Word, "land", false}, {"”", Punct, "”", false}}},
		{"Oost- en Centraal-Europa", []tok{{"Oost", Word, "oost", false}, {"-", Punct, "-", false}, {"en", Word, "en", false}, {"Centraal", Word, "centraal", false}, {"Europa", Word, "europa", true}}},
		{"10-01-2022", []tok{{"10", Number, "10", false}, {"01", Number, "01", true}, {"2022", Number, "2022", true}}},
		{"'s avonds", []tok{{"'s", Word, "'s", false}, {"avonds", Word, "avonds", false}}},
		{"Biden - Poetin", []tok{{"Biden", Word, "biden", false}, {"-", Punct, "-", false}, {"Poetin", Word, "poetin", false}}},
	}
	for _, tt := range tests {
		got := Tokenize(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Tokenize(%q): %d tokens %v, want %d", tt.in, len(got), got, len(tt.want))
			continue
		}
		for i, g := range got {
			w := tt.want[i]
			if g.Of(tt.in) != w.text || g.Kind != w.kind || g.Fold() != w.fold || g.Hyphen != w.hyphen {
				t.Errorf("Tokenize(%q)[%d] = {%q %v %q %v}, want %+v", tt.in, i, g.Of(tt.in), g.Kind, g.Fold(), g.Hyphen, w)
			}
		}
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"gesprekken", "gesprek"},
		{"gesprek", "gesprek"},
		{"militairen", "militair"},
		{"2014", "2014"},
		{"eu", "eu"},
	}
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStopWords(t *testing.T) {
	for _, w := range []string{"de", "het", "een", "van", "zo'n"} {
		if !IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = false", w)
		}
	}
	for _, w := range []string{"poetin", "oekraine", "gesprek"} {
		if IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = true", w)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Poetin's oproep.", "„derde land”", "10-01-2022", "'s avonds", "a-", "-a", "’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokenize(s) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad span %v in %q", tk.Span, s)
			}
			prev = tk.End
		}
	})
}

func TestClip(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"kort", 10, "kort"},
		{"de situatie in Oekraïne", 23, "de situatie in …"},
		{"Oekraïne", 6, "Oekra …"}, // "ï" is bytes 5 and 6: never cut inside it
		{"Oekraïne", 7, "Oekraï …"},
		{"ééééé", 3, "é …"},
		{"zoen 😀😀 daar", 7, "zoen …"},
		{"😀😀😀", 5, "😀 …"},
		{"", 0, ""},
	} {
		got := Clip(tc.s, tc.n)
		if got != tc.want || !utf8.ValidString(got) {
			t.Errorf("Clip(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestAppendPadded(t *testing.T) {
	for _, tt := range []struct {
		n, width int
		want     string
	}{
		{7, 2, "07"}, {2021, 4, "2021"}, {12345, 4, "12345"}, {0, 2, "00"}, {-1, 4, "-001"}, {5, 0, "5"},
	} {
		if got := string(AppendPadded([]byte("x"), tt.n, tt.width)); got != "x"+tt.want {
			t.Errorf("AppendPadded(%d, %d) = %q, want x%q", tt.n, tt.width, got, tt.want)
		}
		if got := fmt.Sprintf("x%0*d", tt.width, tt.n); got != "x"+tt.want {
			t.Errorf("fmt gives %q for %d, %d: the table is wrong", got, tt.n, tt.width)
		}
	}
}
