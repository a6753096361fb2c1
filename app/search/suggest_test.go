package search

import (
	"slices"
	"testing"
)

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "abc", 0},
		{"", "abc", 3},
		{"poetn", "poetin", 1},            // insertion
		{"stoltenburg", "stoltenberg", 1}, // substitution
		{"oekriane", "oekraine", 1},       // swap
		{"oekraïne", "oekraine", 1},       // runes, not bytes
		{"ca", "abc", 3},                  // optimal string alignment, not full Damerau
		{"navo", "nato", 1},
		{"kitten", "sitting", 3},
	} {
		if got := EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := EditDistance(tt.b, tt.a); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestMaxEdits(t *testing.T) {
	for w, want := range map[string]int{"eu": 0, "vs": 0, "nav": 1, "poetn": 1, "oekrai": 2, "stoltenburg": 2} {
		if got := MaxEdits(w); got != want {
			t.Errorf("MaxEdits(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestSuggest(t *testing.T) {
	ix := buildNamed(t)
	for _, tt := range []struct{ q, want string }{
		{"Poetn", "poetin"},
		{"Oekriane", "oekraïne"}, // written as the articles mostly do
		{"oekrane", "oekraïne"},
		{"Stoltenburg", "stoltenberg"},    // a name the text never uses
		{"Stoltenbreg", "stoltenberg"},    // a swap
		{"Stoltnburg", "stoltenberg"},     // two edits in a long word
		{"brand Poetn", "brand poetin"},   // only the typo changes
		{`"Poetn moet"`, `"poetin moet"`}, // quotes and all stay
		{"-Poetn Oekraine", "-poetin Oekraine"},
		{"Whte House", "white House"},
		// Nothing to correct.
		{"poetin", ""},
		{"Poetin", ""},
		{"oekr", ""},   // a prefix of a word
		{"stolt", ""},  // a prefix of a name word
		{"white", ""},  // a word of a name
		{"pot", ""},    // no word one edit away
		{"xq", ""},     // too short to correct
		{"zzzzqx", ""}, // nothing near
		{"2024", ""},
		{"", ""},
	} {
		if got := ix.Suggest(tt.q); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestSuggestFewHits(t *testing.T) {
	ix := buildNamed(t)
	// "oekraine" without diaeresis is one article's spelling; the fold is
	// the same word, so it finds every article and needs no correction.
	if got := ix.Suggest("oekraine"); got != "" {
		t.Errorf("oekraine: %q", got)
	}
	// A word of one article next to a word of one article: no correction,
	// the alternative is not much more frequent.
	if got := ix.Suggest("wit"); got != "" {
		t.Errorf("wit: %q", got)
	}
}

// TestNearestMatchesEditDistance checks the trie walk against the plain
// distance over the whole vocabulary.
func TestNearestMatchesEditDistance(t *testing.T) {
	ix := buildNamed(t)
	for _, w := range []string{"poetn", "oekriane", "stoltenburg", "huys", "whte", "regring", "blj", "steunt", "a", "zzzzzz", "toltenberg", "xtoltenberg", "eoekraine"} {
		for k := 0; k <= 2; k++ {
			want, wd := -1, k+1
			for i, v := range slices.Collect(ix.vocab.Keys()) {
				d := EditDistance(w, v)
				if d == 2 && v[0] != w[0] {
					continue // two edits only with the same first letter
				}
				if d <= k && v != w && (d < wd || (d == wd && ix.vdf[i] > ix.vdf[want])) {
					want, wd = i, d
				}
			}
			if got := ix.nearest(w, k); got != want {
				g, x := "-", "-"
				if got >= 0 {
					g = ix.word(got)
				}
				if want >= 0 {
					x = ix.word(want)
				}
				t.Errorf("nearest(%q, %d) = %s, want %s", w, k, g, x)
			}
		}
	}
}
