package dates

import (
	"fmt"
	"testing"
)

// TestValueString: String writes what fmt's %04d and %02d write, for
// every precision and for years and fields out of the usual range.
func TestValueString(t *testing.T) {
	for _, v := range []Value{
		{},
		{Year: 2021, Month: 12, Day: 7, Precision: Day},
		{Year: 2022, Month: 1, Day: 10, Precision: Day},
		{Year: 2021, Week: 49, Precision: Week},
		{Year: 2021, Week: 3, Precision: Week},
		{Year: 2021, Month: 4, Precision: Month},
		{Year: 1999, Precision: Year},
		{Year: 7, Month: 123, Day: 0, Precision: Day},
		{Year: 12345, Month: 1, Precision: Month},
		{Year: -5, Month: -1, Precision: Month},
		{Year: 2021, Precision: Precision(9)},
	} {
		var want string
		switch v.Precision {
		case Day:
			want = fmt.Sprintf("%04d-%02d-%02d", v.Year, v.Month, v.Day)
		case Week:
			want = fmt.Sprintf("%04d-W%02d", v.Year, v.Week)
		case Month:
			want = fmt.Sprintf("%04d-%02d", v.Year, v.Month)
		case Year:
			want = fmt.Sprintf("%04d", v.Year)
		}
		if got := v.String(); got != want {
			t.Errorf("%+v: String() = %q, want %q", v, got, want)
		}
	}
}

// TestLookup: lookup finds every word of the lexicon and nothing else.
func TestLookup(t *testing.T) {
	for w, e := range lexicon {
		if got := lookup(w); got != e {
			t.Errorf("lookup(%q) = %+v, want %+v", w, got, e)
		}
	}
	for _, w := range []string{"", "poetin", "gesprek", "x", "decembers", "maandagen"} {
		if _, ok := lexicon[w]; !ok && lookup(w) != (lex{}) {
			t.Errorf("lookup(%q) found an entry", w)
		}
	}
}
