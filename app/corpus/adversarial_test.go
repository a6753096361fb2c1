package corpus

import (
	"strings"
	"testing"
	"time"
)

// TestAdversarialInputs parses files of nearly MaxFileSize built to make a
// careless parser quadratic; each must parse in well under a second.
func TestAdversarialInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	fill := func(unit string) string {
		return "date 2021-12 " + strings.Repeat(unit, (MaxFileSize-20)/len(unit))
	}
	tests := []struct{ name, src string }{
		{"openers then closers", "date 2021-12 " + strings.Repeat("„a ", MaxFileSize/12) + strings.Repeat("b’ ", MaxFileSize/12)},
		{"capitalised initials", fill("Aap. Noot Mies. ")},
		{"dotted chain", fill("a.") + " Einde."},
		{"many sentences", fill("Dit is een zin. ")},
		{"one long word", fill("x")},
		{"only punctuation", fill(".!? ")},
		{"blank lines", fill("a\n\n")},
	}
	for _, tt := range tests {
		start := time.Now()
		a, err := Parse("adv.txt", []byte(tt.src))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if err := checkArticle(a, tt.src); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %v", tt.name, d)
		}
		t.Logf("%s: %v", tt.name, time.Since(start))
	}
}
