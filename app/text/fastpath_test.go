package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFoldASCII: Fold of an ASCII string is strings.ToLower's, and a
// string with a letter beyond ASCII after capitals is folded whole.
func TestFoldASCII(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""}, {"poetin", "poetin"}, {"Poetin", "poetin"}, {"NAVO", "navo"}, {"zo'n", "zo'n"},
		{"Poetin's", "poetin's"}, {"a`B", "a`b"}, {"Z@[", "z@["}, {"100.000", "100.000"},
		{"Oekraïne", "oekraine"}, {"OEKRAÏNE", "oekraine"}, {"Déjà", "deja"}, {"X’s", "x's"},
	} {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		ascii := true
		for i := 0; i < len(tt.in); i++ {
			ascii = ascii && tt.in[i] < utf8.RuneSelf
		}
		if ascii && Fold(tt.in) != strings.ToLower(tt.in) {
			t.Errorf("Fold(%q) differs from strings.ToLower", tt.in)
		}
	}
}

// TestStopWordSet: IsStopWord finds every stop word and no other word.
func TestStopWordSet(t *testing.T) {
	words := strings.Fields(`aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door
dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is
ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons
ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie wil
worden wordt zal ze zelf zich zij zijn zo zonder zou 's 't 'n zo'n`)
	for _, w := range words {
		if !IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = false", w)
		}
	}
	for _, w := range []string{"", "poetin", "gesprek", "aa", "dee", "zijnn", "De", "'", "s", "zo'"} {
		if IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = true", w)
		}
	}
}
