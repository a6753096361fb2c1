package timeline

import (
	"fmt"
	"math"
	"strings"

	"corpusexplorer/app/dates"
)

// String encodes v for a URL as its first and last visible calendar days,
// "2021-12-01..2022-01-31"; "" for an invalid view.
func (v View) String() string {
	if !v.Valid() {
		return ""
	}
	from := Day(math.Floor(v.From))
	to := Day(math.Ceil(v.To)) - 1
	if to < from {
		to = from
	}
	return from.String() + ".." + to.String()
}

// ParseView decodes a view of width px from String's form FROM..TO, each
// end YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www (FROM's first day to TO's last,
// inclusive), or from a single such value ("2021-12"). It fails on anything
// else and when TO is before FROM. Pass the result through Chart.Clamp.
func ParseView(s string, width float64) (View, error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		b = a
	}
	fv, err := dates.ParseValue(a)
	if err != nil {
		return View{}, fmt.Errorf("timeline: bad view %q: %w", s, err)
	}
	tv, err := dates.ParseValue(b)
	if err != nil {
		return View{}, fmt.Errorf("timeline: bad view %q: %w", s, err)
	}
	from, to := DayOf(fv.First()), DayOf(tv.Last())+1
	if to <= from {
		return View{}, fmt.Errorf("timeline: bad view %q: end before start", s)
	}
	if width <= 0 {
		return View{}, fmt.Errorf("timeline: bad view width %v", width)
	}
	return View{From: float64(from), To: float64(to), Width: width}, nil
}
