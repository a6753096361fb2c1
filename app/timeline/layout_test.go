package timeline

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestPackingNoOverlap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 30 {
		items := randItems(r, 50+r.IntN(400))
		c := New(items, 300+float64(r.IntN(1200)), Options{})
		v := c.Fit()
		if trial%3 == 1 {
			v = c.Scale(v).Zoom(1+r.Float64()*30, r.Float64()*v.Width)
		}
		for _, by := range []LanesBy{ByArticle, ByActor} {
			l := c.Layout(v, by)
			gap := c.opt.MarkGap
			type key struct{ lane, row int }
			last := map[key]Mark{}
			rowsUsed := map[int]int{}
			for _, m := range l.Marks {
				k := key{m.Lane, m.Row}
				if p, ok := last[k]; ok && p.X+p.W+gap > m.X+1e-9 {
					t.Fatalf("trial %d by %d: overlap in lane %d row %d: %+v and %+v", trial, by, m.Lane, m.Row, p, m)
				}
				last[k] = m
				rowsUsed[m.Lane] = max(rowsUsed[m.Lane], m.Row+1)
				ln := l.Lanes[m.Lane]
				if m.Y < ln.Y || m.Y+m.H > ln.Y+ln.Height {
					t.Fatalf("mark outside its lane: %+v in %+v", m, ln)
				}
			}
			for i, ln := range l.Lanes {
				if ln.Rows != max(rowsUsed[i], 1) {
					t.Fatalf("lane %d rows %d, used %d", i, ln.Rows, rowsUsed[i])
				}
				if i > 0 && ln.Y < l.Lanes[i-1].Y+l.Lanes[i-1].Height {
					t.Fatalf("lanes overlap")
				}
			}
		}
	}
}

func TestMarksKinds(t *testing.T) {
	items := []Item{val("d", "2021-12-07"), val("m", "2021-12"), val("w", "2021-W50"), val("y", "2021")}
	items[0].Exact = false
	items[1].Published = true
	c := New(items, 1000, Options{})
	v := View{From: float64(day("2021-12-01")), To: float64(day("2022-01-01")), Width: 1000}
	l := c.Layout(v, ByArticle)
	got := map[string]Mark{}
	for _, m := range l.Marks {
		got[m.ID] = m
	}
	s := c.Scale(v)
	if m := got["d"]; m.Kind != Point || !m.Inexact || m.CX != s.X(float64(day("2021-12-07"))+0.5) {
		t.Errorf("day mark %+v", m)
	}
	if m := got["m"]; m.Kind != Bar || !m.Published || m.X != 0 || m.W < 999.999 || m.Clipped {
		t.Errorf("month mark %+v", m)
	}
	if m := got["y"]; m.Kind != Bar || !m.Clipped {
		t.Errorf("year mark %+v", m)
	}
	if m := got["w"]; m.Kind != Bar || m.X != s.X(float64(day("2021-12-13"))) {
		t.Errorf("week mark %+v", m)
	}
	// the week lies within the month and the year, as does the day: three rows.
	if len(l.Lanes) != 1 || l.Lanes[0].Rows != 3 {
		t.Errorf("lanes %+v", l.Lanes)
	}
}

func TestLanesByActor(t *testing.T) {
	items := []Item{val("a", "2021-12-07"), val("b", "2021-12-08"), val("c", "2021-11-01")}
	items[0].Actors = []string{"biden", "poetin"}
	items[1].Actors = []string{"poetin"}
	c := New(items, 600, Options{LaneLabel: strings.ToUpper})
	l := c.Layout(c.Fit(), ByActor)
	var keys []string
	for _, ln := range l.Lanes {
		keys = append(keys, ln.Key+"="+ln.Label)
	}
	if got := strings.Join(keys, ","); got != "=,biden=BIDEN,poetin=POETIN" {
		t.Errorf("lanes %s", got)
	}
	if len(l.Marks) != 4 {
		t.Errorf("%d marks, want 4", len(l.Marks))
	}
}

func labels(ts []Tick) string {
	var b []string
	for _, t := range ts {
		if t.Label != "" {
			b = append(b, t.Label)
		}
	}
	return strings.Join(b, " ")
}

func TestTicks(t *testing.T) {
	mixed := []Item{val("d", "2021-12-07"), val("m", "2021-12"), val("j", "2022-01-10")}
	tests := []struct {
		name  string
		items []Item
		view  string
		width float64
		want  string // a substring of the labels
	}{
		{"one month, days", mixed, "2021-12", 1200, "Dec 2021 3 Dec 5 Dec 7 Dec"},
		{"one month narrow", mixed, "2021-12", 400, "Dec 2021 8 Dec 15 Dec 22 Dec"},
		{"three months", mixed, "2021-11-15..2022-02-14", 1000, "15 Nov 2021 Dec 8 Dec"},
		{"decade", decade(), "", 1000, "2014"},
		{"decade wide", decade(), "", 2000, "Apr"},
		{"mid month context", mixed, "2021-12-10..2021-12-20", 800, "10 Dec 2021 12 Dec 13 Dec"},
	}
	for _, tt := range tests {
		c := New(tt.items, tt.width, Options{})
		v := c.Fit()
		if tt.view != "" {
			var err error
			if v, err = ParseView(tt.view, tt.width); err != nil {
				t.Fatal(err)
			}
		}
		s := c.Scale(v)
		ts := s.Ticks()
		got := labels(ts)
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: labels %q, want %q in them", tt.name, got, tt.want)
		}
		checkTicks(t, tt.name, s, ts)
	}
}

// checkTicks: ordered, inside the view, labels never overlap.
func checkTicks(t *testing.T, name string, s Scale, ts []Tick) {
	t.Helper()
	end := -1e18
	for i, tk := range ts {
		if tk.X < 0 || tk.X > s.v.Width || i > 0 && tk.X <= ts[i-1].X {
			t.Errorf("%s: tick %d at %v", name, i, tk.X)
		}
		if tk.Label == "" {
			continue
		}
		if !slices.ContainsFunc(MonthNames[:], func(m string) bool { return strings.Contains(tk.Label, m) }) {
			t.Errorf("%s: label %q names no month", name, tk.Label)
		}
		if tk.LabelX < end {
			t.Errorf("%s: label %q overlaps the one before", name, tk.Label)
		}
		end = tk.LabelX + s.LabelWidth(tk.Label) + s.c.opt.LabelGap
	}
}

func TestTicksNeverOverlapRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 40 {
		items := randItems(r, 30+r.IntN(100))
		w := 200 + float64(r.IntN(1500))
		c := New(items, w, Options{})
		v := c.Fit()
		for range r.IntN(12) {
			v = c.Scale(v).Zoom(1+r.Float64()*3, r.Float64()*w)
		}
		s := c.Scale(v)
		ts := s.Ticks()
		if len(ts) == 0 && len(s.segments(v.From, v.To)) > 0 {
			t.Errorf("no ticks for %v", v)
		}
		checkTicks(t, v.String(), s, ts)
	}
}

func TestViewURL(t *testing.T) {
	good := []struct{ in, out string }{
		{"2021-12-01..2022-01-31", "2021-12-01..2022-01-31"},
		{"2014..2022", "2014-01-01..2022-12-31"},
		{"2021-12", "2021-12-01..2021-12-31"},
		{"2022-W01..2022-W02", "2022-01-03..2022-01-16"},
		{"2021-12-07", "2021-12-07..2021-12-07"},
	}
	for _, tt := range good {
		v, err := ParseView(tt.in, 800)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if got := v.String(); got != tt.out {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.out)
		}
		if v2, err := ParseView(v.String(), 800); err != nil || v2 != v {
			t.Errorf("%q: round trip %v %v", tt.in, v2, err)
		}
	}
	for _, bad := range []string{"", "..", "2021-13-01..2022-01-01", "2022-01-31..2021-12-01", "abc", "2021-12-01..",
		"2021-12-01...2022-01-01", "21-12-01..22-01-01", "2021-12-01..2022-01-01..2022-02-01", "2021-02-30"} {
		if v, err := ParseView(bad, 800); err == nil {
			t.Errorf("%q parsed as %v", bad, v)
		}
	}
	if _, err := ParseView("2021", 0); err == nil {
		t.Error("zero width accepted")
	}
	if (View{}).String() != "" {
		t.Error("invalid view encoded")
	}
	// a zoomed view survives the URL and Clamp.
	c := New(decade(), 1000, Options{})
	v := c.Scale(c.Fit()).Zoom(40, 800)
	p, err := ParseView(v.String(), 1000)
	if err != nil {
		t.Fatal(err)
	}
	if cv := c.Clamp(p); cv.String() != p.String() {
		t.Errorf("clamp changed %v to %v", p, cv)
	}
}

func TestMixedPrecisionZoomsToDays(t *testing.T) {
	// issue #9: with day- and month-dated events the timeline still zooms to days.
	items := []Item{val("m1", "2021-12"), val("m2", "2022-01"), val("d1", "2021-12-07"), val("d2", "2021-12-30")}
	c := New(items, 1000, Options{})
	v := c.Fit()
	for range 10 {
		v = c.Scale(v).Zoom(2, 300)
	}
	s := c.Scale(v)
	if ppd := s.PxPerDay(float64(day("2021-12-15"))); ppd < 100 {
		t.Errorf("max zoom gives %.1f px per day", ppd)
	}
	if got := labels(s.Ticks()); !strings.Contains(got, "Dec 2021") {
		t.Errorf("ticks %q", got)
	}
}

func BenchmarkLayout10k(b *testing.B) {
	items := randItems(rand.New(rand.NewPCG(5, 6)), 10000)
	c := New(items, 1200, Options{})
	v := c.Fit()
	b.ResetTimer()
	for b.Loop() {
		c.Layout(v, ByActor)
	}
}

func BenchmarkNewAndLayout10k(b *testing.B) {
	items := randItems(rand.New(rand.NewPCG(5, 6)), 10000)
	for b.Loop() {
		c := New(items, 1200, Options{})
		c.Layout(c.Fit(), ByArticle)
	}
}

func TestTickLabelsClearOfBreaks(t *testing.T) {
	threeClusters := append(decade(), val("a", "2019-03-01"), val("b", "2019-04-20"))
	tests := []struct {
		name  string
		items []Item
		width float64
		zoom  float64 // zoom factor around the middle, 1 for the fitted view
	}{
		{"decade 1000", decade(), 1000, 1},
		{"decade 1138", decade(), 1138, 1},
		{"decade 340", decade(), 340, 1},
		{"three clusters 900", threeClusters, 900, 1},
		{"three clusters zoomed", threeClusters, 900, 1.7},
		{"decade zoomed", decade(), 1200, 1.3},
	}
	for _, tt := range tests {
		c := New(tt.items, tt.width, Options{})
		v := c.Fit()
		if tt.zoom != 1 {
			v = c.Scale(v).Zoom(tt.zoom, tt.width/2)
		}
		s := c.Scale(v)
		brs := s.Breaks()
		if len(brs) == 0 {
			t.Fatalf("%s: no breaks", tt.name)
		}
		labelled := 0
		for _, tk := range s.Ticks() {
			if tk.Label == "" {
				continue
			}
			labelled++
			a, b := tk.LabelX, tk.LabelX+s.LabelWidth(tk.Label)
			for _, br := range brs {
				if a < br.X1 && b > br.X0 {
					t.Errorf("%s: label %q [%.0f, %.0f] runs into the break [%.0f, %.0f]", tt.name, tk.Label, a, b, br.X0, br.X1)
				}
			}
		}
		if labelled == 0 {
			t.Errorf("%s: no labels left", tt.name)
		}
	}
}

// TestTickLabelsSayTheYear: reading the labels from the left, the year of
// every labelled tick is the last year a label stated, so that "Mar" after
// "Dec" is never read in the wrong year.
func TestTickLabelsSayTheYear(t *testing.T) {
	spread := []Item{val("a", "2021-04"), val("b", "2021-12-07"), val("c", "2021-12"), val("d", "2023-07"),
		val("e", "2023-11-22"), val("f", "2024-02"), val("g", "2024-03-13"), val("h", "2024-04-21"), val("i", "2014")}
	sets := map[string][]Item{"decade": decade(), "spread": spread,
		"mixed": {val("d", "2021-12-07"), val("m", "2021-12"), val("j", "2022-01-10")}}
	for name, items := range sets {
		for _, width := range []float64{340, 600, 1000, 1200, 2000} {
			c := New(items, width, Options{})
			for _, zoom := range []float64{1, 1.5, 3, 8, 30} {
				for _, at := range []float64{0.2, 0.5, 0.8} {
					v := c.Fit()
					if zoom != 1 {
						v = c.Scale(v).Zoom(zoom, width*at)
					}
					year := 0
					for _, tk := range c.Scale(v).Ticks() {
						if tk.Label == "" {
							continue
						}
						for _, f := range strings.Fields(tk.Label) {
							if len(f) == 4 && f[0] >= '1' && f[0] <= '2' {
								year, _ = strconv.Atoi(f)
							}
						}
						if want := tk.Day.Time().Year(); year != want {
							t.Errorf("%s, %.0f px, zoom %.1f at %.1f: label %q of %v reads as year %d", name, width, zoom, at, tk.Label, tk.Day.Time().Format("2006-01-02"), year)
							break
						}
					}
				}
			}
		}
	}
}

// TestEveryStretchLabelled: each unbroken stretch of the axis wide enough
// for a label holds one, so no cluster of marks is left without a date.
func TestEveryStretchLabelled(t *testing.T) {
	spread := []Item{val("a", "2021-04"), val("b", "2021-12-07"), val("c", "2021-12"), val("d", "2023-07"),
		val("e", "2023-11-22"), val("f", "2024-02"), val("g", "2024-03-13"), val("h", "2024-04-21"), val("i", "2014")}
	for name, items := range map[string][]Item{"decade": decade(), "spread": spread} {
		for _, width := range []float64{800, 1000, 1140, 1400} {
			c := New(items, width, Options{})
			s := c.Scale(c.Fit())
			ts := s.Ticks()
			for _, seg := range s.segments(math.Floor(s.Day(0)), math.Ceil(s.Day(width))) {
				x0, x1 := s.X(seg[0]), s.X(seg[1])
				if x1-x0 < 120 {
					continue
				}
				if !slices.ContainsFunc(ts, func(tk Tick) bool { return tk.Label != "" && tk.X >= x0 && tk.X < x1 }) {
					t.Errorf("%s, %.0f px: no label in the stretch %s..%s (%.0f px wide)", name, width,
						Day(seg[0]).Time().Format("2006-01-02"), Day(seg[1]).Time().Format("2006-01-02"), x1-x0)
				}
			}
		}
	}
}

func TestMarkGeometry(t *testing.T) {
	bar := Mark{Kind: Bar, X: 10, Y: 20, W: 3, H: 8}
	if x, y, w, h := bar.HitBox(); x != 10 || y != 16 || w != 8 || h != 16 {
		t.Errorf("hit box of a narrow bar: %v %v %v %v", x, y, w, h)
	}
	if y := bar.MidY(); y != 24 {
		t.Errorf("mid of a bar: %v", y)
	}
	pt := Mark{Kind: Point, CX: 50, CY: 30, R: 4}
	if r := pt.HitRadius(); r != 9 {
		t.Errorf("hit radius %v", r)
	}
	if x, y, s := pt.Square(); x != 46 || y != 26 || s != 8 {
		t.Errorf("square %v %v %v", x, y, s)
	}
	if m := (Break{X0: 10, X1: 34}).MidX(); m != 22 {
		t.Errorf("break mid %v", m)
	}
	for _, tc := range []struct{ in, want float64 }{{900.7, 900}, {150, 200}, {0, 200}} {
		if got := PlotWidth(tc.in); got != tc.want {
			t.Errorf("PlotWidth(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestShowsCentreZoomAtPointer(t *testing.T) {
	items := []Item{val("a", "2021-12-07"), val("b", "2021-12-20")}
	c := New(items, 1000, Options{})
	v := View{From: float64(day("2021-12-01")), To: float64(day("2021-12-11")), Width: 1000}
	s := c.Scale(v)
	tests := []struct {
		first, last string
		shows       bool
	}{
		{"2021-12-07", "2021-12-07", true},
		{"2021-11-20", "2021-12-01", true},
		{"2021-11-20", "2021-11-29", false},
		{"2021-12-20", "2021-12-20", false},
	}
	for _, tc := range tests {
		f, l := day(tc.first), day(tc.last)
		if got := s.Shows(f, l); got != tc.shows {
			t.Errorf("Shows(%s, %s) = %v", tc.first, tc.last, got)
		}
		cv := s.Centre(f, l)
		cs := c.Scale(cv)
		if !cs.Shows(f, l) {
			t.Errorf("after Centre(%s, %s) the days are not shown: %v", tc.first, tc.last, cv)
		}
	}
	// Zooming at the pointer keeps the day under it: a chart drawn at
	// half its width, pointer at 100 px, is the anchor 200.
	z := s.ZoomAtPointer(2, 100, 500)
	if want := s.Zoom(2, 200); !z.Same(want) {
		t.Errorf("ZoomAtPointer = %v, want %v", z, want)
	}
	if z.Same(v) || !v.Same(v) {
		t.Error("Same is wrong")
	}
}
