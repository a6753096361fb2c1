package actors

import (
	"strings"
	"testing"
)

// TestSingleSpaced: singleSpaced gives what strings.Fields and Join give.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{
		"", " ", "Joe Biden", "Joe  Biden", " Joe", "Joe ", "Joe\nBiden", "Joe\tBiden",
		"Joe\u00a0Biden", "Joe\u2009Biden", "Yeşilgöz-Zegerius", "a\u0085b", "\xffx y", "Witte Huis ",
		"Jan\r\nPeter", "Ö", "x\u3000", "de  ", "A B C D",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := singleSpaced(s); got != want {
			t.Errorf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}
