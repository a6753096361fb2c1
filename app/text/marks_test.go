package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// stripMarksXText is stripMarks as it was written with golang.org/x/text,
// before its table: the reference the table must equal.
func stripMarksXText(r rune) string {
	isMark := func(r rune) bool { return unicode.Is(unicode.Mn, r) }
	d := norm.NFD.String(string(r))
	if len(d) == utf8.RuneLen(r) && !strings.ContainsFunc(d, isMark) {
		return d
	}
	out, _, err := transform.String(runes.Remove(runes.In(unicode.Mn)), d)
	if err != nil {
		return string(r)
	}
	return norm.NFC.String(out)
}

// TestStripMarksTable checks the generated table against x/text for every
// rune (run go generate ./app/text when it fails after an x/text update).
func TestStripMarksTable(t *testing.T) {
	if testing.Short() {
		t.Skip("every rune: not in -short")
	}
	bad := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := stripMarks(r), stripMarksXText(r); got != want {
			if bad++; bad <= 10 {
				t.Errorf("stripMarks(%U) = %q, x/text gives %q", r, got, want)
			}
		}
	}
	if bad > 10 {
		t.Errorf("... %d runes differ in all", bad)
	}
}

func TestStripMarks(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		want string
	}{
		{'ï', "i"}, {'é', "e"}, {'Å', "A"}, {'ç', "c"}, {'ñ', "n"}, {'a', "a"}, {'ß', "ß"},
		{'ǅ', "ǅ"}, {'Ω', "Ω"}, {'\u2126', "Ω"}, {'한', "한"}, {'ự', "u"}, {utf8.RuneError, "\uFFFD"},
	} {
		if got := stripMarks(tt.r); got != tt.want {
			t.Errorf("stripMarks(%q) = %q, want %q", tt.r, got, tt.want)
		}
	}
}
