package timeline

import (
	"math"
	"strconv"
)

var itoa = strconv.Itoa

// View is the visible window: continuous days [From, To) drawn across Width
// px. Get one from Chart.Fit, ParseView or a Scale's Zoom and Pan.
type View struct {
	From, To float64
	Width    float64
}

// Valid reports whether v spans some time and some pixels.
func (v View) Valid() bool { return v.To > v.From && v.Width > 0 }

// Scale maps days to x in [0, Width] for one View of one Chart.
type Scale struct {
	c     *Chart
	v     View
	u0, k float64 // x = (u(d) - u0) * k
	uspan float64
}

// Scale returns the scale of view v on the chart's compressed axis.
func (c *Chart) Scale(v View) Scale {
	s := Scale{c: c, v: v}
	if !v.Valid() {
		return s
	}
	s.u0 = c.u(v.From)
	s.uspan = c.u(v.To) - s.u0
	if s.uspan > 0 {
		s.k = v.Width / s.uspan
	}
	return s
}

// View returns the view of s.
func (s Scale) View() View { return s.v }

// X returns the x of continuous day d (day n starts at n and its middle is
// n+0.5); 0 for an invalid view.
func (s Scale) X(d float64) float64 {
	if s.k == 0 {
		return 0
	}
	return (s.c.u(d) - s.u0) * s.k
}

// Day returns the continuous day at x, the inverse of X; Day(x) floored is
// the calendar day under x.
func (s Scale) Day(x float64) float64 {
	if s.k == 0 {
		return s.v.From
	}
	return s.c.day(s.u0 + x/s.k)
}

// DayAt returns the calendar day under x (for clicks).
func (s Scale) DayAt(x float64) Day { return Day(math.Floor(s.Day(x))) }

// PxPerDay returns how many px a day takes around continuous day d.
func (s Scale) PxPerDay(d float64) float64 { return s.X(d+0.5) - s.X(d-0.5) }

// Break is a compressed gap in px, to draw a break marker over [X0, X1].
type Break struct {
	X0, X1   float64
	From, To Day    // the empty days: [From, To)
	Label    string // its length: "6 years", "5 months", "40 days"
}

// Breaks returns the compressed gaps that are at least partly visible.
func (s Scale) Breaks() []Break {
	var out []Break
	if s.k == 0 {
		return nil
	}
	for _, g := range s.c.gaps {
		x0, x1 := (g.u0-s.u0)*s.k, (g.u1-s.u0)*s.k
		if x1 < 0 || x0 > s.v.Width {
			continue
		}
		from, to := Day(math.Ceil(g.from)), Day(math.Floor(g.to))
		out = append(out, Break{X0: x0, X1: x1, From: from, To: to, Label: spanLabel(int(to - from))})
	}
	return out
}

func spanLabel(days int) string {
	switch {
	case days >= 730:
		return itoa(int(math.Round(float64(days)/365.25))) + " years"
	case days >= 60:
		return itoa(int(math.Round(float64(days)/30.44))) + " months"
	case days == 1:
		return "1 day"
	}
	return itoa(days) + " days"
}
