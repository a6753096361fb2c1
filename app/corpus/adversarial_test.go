package corpus

import (
	"strings"
	"testing"
)

// adversarial returns files of nearly MaxFileSize built to make a careless
// parser quadratic.
func adversarial() []struct{ name, src string } {
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
	return tests
}

// TestAdversarialInputs checks that the adversarial files parse into valid
// articles; BenchmarkAdversarial measures how long they take.
func TestAdversarialInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, tt := range adversarial() {
		a, err := Parse("adv.txt", []byte(tt.src))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if err := checkArticle(a, tt.src); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
	}
}

func BenchmarkAdversarial(b *testing.B) {
	for _, tt := range adversarial() {
		b.Run(strings.ReplaceAll(tt.name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(tt.src)))
			for b.Loop() {
				if _, err := Parse("adv.txt", []byte(tt.src)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
