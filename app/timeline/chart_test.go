package timeline

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"corpusexplorer/app/dates"
)

func day(s string) Day {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return DayOf(t)
}

func val(id, s string) Item {
	v, err := dates.ParseValue(s)
	if err != nil {
		panic(err)
	}
	it, _ := NewItem(id, v, false)
	it.Article = "a"
	return it
}

func TestDayRoundTrip(t *testing.T) {
	for _, s := range []string{"1970-01-01", "1969-12-31", "2014-03-18", "2022-02-24", "2000-02-29"} {
		if got := day(s).String(); got != s {
			t.Errorf("%s: got %s", s, got)
		}
	}
	if DayDate(1970, 1, 2) != 1 {
		t.Error("DayDate(1970-01-02) != 1")
	}
}

func TestNewItem(t *testing.T) {
	tests := []struct {
		v           string
		first, last string
	}{
		{"2021-12-07", "2021-12-07", "2021-12-07"},
		{"2021-12", "2021-12-01", "2021-12-31"},
		{"2022-W01", "2022-01-03", "2022-01-09"},
		{"2014", "2014-01-01", "2014-12-31"},
	}
	for _, tt := range tests {
		it := val("x", tt.v)
		if it.First.String() != tt.first || it.Last.String() != tt.last {
			t.Errorf("%s: got %s..%s", tt.v, it.First, it.Last)
		}
	}
	if _, ok := NewItem("z", dates.Value{}, false); ok {
		t.Error("zero value gave an item")
	}
}

// decade: events only in 2014 and 2021-2022.
func decade() []Item {
	return []Item{
		val("crimea", "2014-03-18"), val("y2014", "2014"), val("mh17", "2014-07-17"),
		val("call1", "2021-12-07"), val("call2", "2021-12-30"), val("dec", "2021-12"),
		val("talks", "2022-01-10"), val("w", "2022-W03"), val("inv", "2022-02-24"),
		val("nov", "2021-11"),
	}
}

func TestDecadeGapCompressed(t *testing.T) {
	const w = 1000
	c := New(decade(), w, Options{})
	v := c.Fit()
	s := c.Scale(v)
	br := s.Breaks()
	if len(br) != 1 {
		t.Fatalf("breaks = %+v, want 1", br)
	}
	// The year 2014 is coarse next to the dated days of 2014: the break
	// starts after the last of them, and the year's bar runs into it.
	if br[0].From != day("2014-07-18") || br[0].To != day("2021-11-01") || br[0].X1-br[0].X0 > 25 {
		t.Errorf("break = %+v", br[0])
	}
	a := s.X(float64(day("2014-07-18"))) - s.X(float64(day("2014-03-18")))
	b := s.X(float64(day("2022-02-25"))) - s.X(float64(day("2021-11-01")))
	if a < 0.25*w || b < 0.25*w {
		t.Errorf("cluster widths %.0f and %.0f px, want each ≥ 25%% of %d", a, b, w)
	}
	if x := s.X(v.From); math.Abs(x) > 1e-9 {
		t.Errorf("X(From) = %v", x)
	}
	if x := s.X(v.To); math.Abs(x-w) > 1e-6 {
		t.Errorf("X(To) = %v", x)
	}
	l := c.Layout(v, ByArticle)
	if len(l.Breaks) != 1 || len(l.Marks) != len(decade()) {
		t.Errorf("layout: %d breaks, %d marks", len(l.Breaks), len(l.Marks))
	}
}

func TestInverse(t *testing.T) {
	c := New(decade(), 800, Options{})
	views := []View{c.Fit(), {From: float64(day("2021-12-01")), To: float64(day("2022-01-01")), Width: 800}}
	for _, v := range views {
		s := c.Scale(v)
		for d := day("2013-12-01"); d < day("2022-04-01"); d += 3 {
			if got := s.Day(s.X(float64(d))); math.Abs(got-float64(d)) > 1e-6 {
				t.Fatalf("Day(X(%s)) = %v", d, got)
			}
			if got := s.DayAt(s.X(float64(d) + 0.5)); got != d {
				t.Fatalf("DayAt(X(%s+½)) = %s", d, got)
			}
		}
	}
}

func TestZoomKeepsAnchor(t *testing.T) {
	c := New(decade(), 1000, Options{})
	month := View{From: float64(day("2021-12-01")), To: float64(day("2022-01-10")), Width: 1000}
	tests := []struct {
		name    string
		v       View
		factor  float64
		anchorX float64
	}{
		{"in at fit", c.Fit(), 2, 700},
		{"in month", month, 1.5, 300},
		{"out month", month, 0.7, 500},
		{"wheel", month, WheelFactor(-120), 820},
		{"in 2014", c.Fit(), 3, 150},
	}
	for _, tt := range tests {
		s := c.Scale(tt.v)
		d := s.Day(tt.anchorX)
		nv := s.Zoom(tt.factor, tt.anchorX)
		ns := c.Scale(nv)
		if got := ns.Day(tt.anchorX); math.Abs(got-d) > 1e-6 {
			t.Errorf("%s: day under anchor %v, was %v", tt.name, got, d)
		}
		if got, want := ns.uspan, s.uspan/tt.factor; math.Abs(got-want) > 1e-6 {
			t.Errorf("%s: span %v, want %v", tt.name, got, want)
		}
	}
}

func TestZoomLimits(t *testing.T) {
	c := New(decade(), 1000, Options{})
	fit := c.Fit()
	v := fit
	for range 40 {
		v = c.Scale(v).Zoom(2, 900)
	}
	if span := v.To - v.From; span < 7-1e-6 || span > 8 {
		t.Errorf("max zoom shows %v days, want 7", span)
	}
	for range 40 {
		v = c.Scale(v).Zoom(0.5, 100)
	}
	if math.Abs(v.From-fit.From) > 1e-6 || math.Abs(v.To-fit.To) > 1e-6 {
		t.Errorf("zoomed out to %v, want fit %v", v, fit)
	}
}

func TestPan(t *testing.T) {
	c := New(decade(), 1000, Options{})
	v := View{From: float64(day("2021-12-01")), To: float64(day("2022-01-01")), Width: 1000}
	s := c.Scale(v)
	d := s.Day(400)
	nv := s.Pan(100)
	if got := c.Scale(nv).Day(500); math.Abs(got-d) > 1e-6 {
		t.Errorf("after Pan(100) day at 500 = %v, want %v", got, d)
	}
	if nv.From >= v.From {
		t.Errorf("Pan right should show earlier days: %v", nv)
	}
	back := c.Scale(nv).Pan(-100)
	if math.Abs(back.From-v.From) > 1e-6 || math.Abs(back.To-v.To) > 1e-6 {
		t.Errorf("pan back = %v, want %v", back, v)
	}
	far := c.Scale(v).Pan(-1e9)
	fit := c.Fit()
	if math.Abs(far.To-fit.To) > 1e-6 {
		t.Errorf("pan far right: %v, want To = %v", far, fit.To)
	}
	if k, ok := c.Scale(v).Key("ArrowLeft"); !ok || k.From >= v.From {
		t.Errorf("ArrowLeft: %v %v", k, ok)
	}
	if _, ok := c.Scale(v).Key("x"); ok {
		t.Error("Key(x) handled")
	}
}

func TestEmpty(t *testing.T) {
	c := New(nil, 800, Options{})
	v := c.Fit()
	l := c.Layout(v, ByActor)
	if len(l.Lanes)+len(l.Marks)+len(l.Ticks)+len(l.Breaks) != 0 {
		t.Errorf("empty layout: %+v", l)
	}
	s := c.Scale(v)
	_ = s.X(3)
	_ = s.Day(3)
	_ = s.Zoom(2, 10)
	_ = s.Pan(10)
	_ = s.Ticks()
	_ = c.Clamp(View{From: 1, To: 100, Width: 800})
	l = c.Layout(View{From: 1, To: 100, Width: 800}, ByArticle)
	if len(l.Marks) != 0 {
		t.Error("marks without items")
	}
	// items but a zero-width view
	c = New(decade(), 0, Options{})
	_ = c.Layout(c.Fit(), ByArticle)
	_ = New(decade(), 800, Options{}).Layout(View{}, ByArticle)
}

func randItems(r *rand.Rand, n int) []Item {
	base := day("2014-01-01")
	precs := []dates.Precision{dates.Day, dates.Day, dates.Day, dates.Week, dates.Month, dates.Year}
	actors := []string{"biden", "poetin", "zelensky", "nato", "eu"}
	items := make([]Item, n)
	for i := range items {
		f := base + Day(r.IntN(9*365))
		if r.IntN(3) == 0 {
			f = base + Day(7*365+r.IntN(60))
		}
		p := precs[r.IntN(len(precs))]
		l := f
		switch p {
		case dates.Week:
			l = f + 6
		case dates.Month:
			l = f + 29
		case dates.Year:
			l = f + 364
		}
		var acts []string
		for range r.IntN(3) {
			acts = append(acts, actors[r.IntN(len(actors))])
		}
		items[i] = Item{ID: itoa(i), Article: "art" + itoa(r.IntN(8)), Actors: acts, First: f, Last: l,
			Precision: p, Exact: r.IntN(4) > 0, Published: r.IntN(10) == 0}
	}
	return items
}
