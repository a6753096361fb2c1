package timeline

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// seeds are the events of the three seed articles: two year-long 2014
// bars, months in 2021 and the dense stretch of December 2021 to
// 10 January 2022.
func seeds() []Item {
	items := []Item{val("y1", "2014"), val("y2", "2014"), val("jan", "2021-01"), val("apr1", "2021-04"),
		val("apr2", "2021-04"), val("dec1", "2021-12"), val("dec2", "2021-12"), val("d7", "2021-12-07"),
		val("d16", "2021-12-16"), val("d23", "2021-12-23"), val("d24", "2021-12-24"), val("d25", "2021-12-25"),
		val("j10", "2022-01-10")}
	for i := range items {
		items[i].Article = []string{"a", "b", "c"}[i%3]
	}
	return items
}

// TestFitShowsTheDenseStretch: issue #9, at the fitted view the dense
// stretch takes at least 40 % of the width, whatever the long periods.
func TestFitShowsTheDenseStretch(t *testing.T) {
	yearOverDays := []Item{val("y", "2021"), val("d1", "2021-12-02"), val("d2", "2021-12-20"), val("d3", "2022-01-05")}
	decade := Item{ID: "dec", Article: "a", First: day("2010-01-01"), Last: day("2019-12-31"), Exact: true}
	decadeOverDays := []Item{val("y", "2014"), decade, val("d1", "2021-12-02"), val("d2", "2021-12-20"), val("d3", "2022-01-05"), val("m", "2021-12")}
	tests := []struct {
		name     string
		items    []Item
		from, to string // the dense stretch
	}{
		{"seeds", seeds(), "2021-12-01", "2022-01-11"},
		{"a year over the days", yearOverDays, "2021-12-02", "2022-01-06"},
		{"a decade and a year", decadeOverDays, "2021-12-01", "2022-01-06"},
	}
	for _, tt := range tests {
		for _, w := range []float64{1246, 341} {
			c := New(tt.items, w, Options{})
			s := c.Scale(c.Fit())
			got := s.X(float64(day(tt.to))) - s.X(float64(day(tt.from)))
			if got < 0.4*w {
				t.Errorf("%s at %.0f px: the dense stretch spans %.0f px, want ≥ 40%%", tt.name, w, got)
			}
			// Every event is at least partly in view.
			l := c.Layout(c.Fit(), ByArticle)
			if len(l.Marks) != len(tt.items) {
				t.Errorf("%s at %.0f px: %d marks for %d items", tt.name, w, len(l.Marks), len(tt.items))
			}
		}
	}
	// The year 2021 over its December is clipped at the left edge.
	c := New(yearOverDays, 1000, Options{})
	l := c.Layout(c.Fit(), ByArticle)
	for _, m := range l.Marks {
		if (m.ID == "y") != (m.Clipped && m.ClipLeft && !m.ClipRight) {
			t.Errorf("mark %s: clipped %v left %v right %v", m.ID, m.Clipped, m.ClipLeft, m.ClipRight)
		}
	}
}

// TestTicksPerStretch: a sparse stretch does not coarsen the ticks of a
// dense one; every label names its month.
func TestTicksPerStretch(t *testing.T) {
	c := New(seeds(), 1246, Options{})
	s := c.Scale(c.Fit())
	got := labels(s.Ticks())
	for _, want := range []string{"2014", "Dec 2021", "15 Dec", "Jan 2022"} {
		if !strings.Contains(got, want) {
			t.Errorf("ticks %q lack %q", got, want)
		}
	}
	checkTicks(t, "seeds", s, s.Ticks())
}

func TestMarkLabels(t *testing.T) {
	text := func(i int) string { return "Poetin spreekt met Biden over Oekraïne" }
	c := New(seeds(), 1246, Options{MarkText: text})
	l := c.Layout(c.Fit(), ByArticle)
	checkMarkLabels(t, "seeds", l, c.opt.CharWidth)
	n := 0
	for _, m := range l.Marks {
		if m.Label != "" {
			n++
		}
	}
	if n < len(l.Marks)/2 {
		t.Errorf("only %d of %d marks labelled at 1246 px", n, len(l.Marks))
	}
	if !slices.ContainsFunc(l.Marks, func(m Mark) bool { return m.Label == "7 Dec Poetin spreekt met Biden…" }) {
		t.Errorf("no full label for 7 Dec: %+v", l.Marks)
	}
	// At the right edge a label goes to the left of its mark.
	c = New(seeds(), 1246, Options{MarkText: text})
	v, err := ParseView("2022-01-03..2022-01-10", 1246)
	if err != nil {
		t.Fatal(err)
	}
	l = c.Layout(c.Clamp(v), ByArticle)
	checkMarkLabels(t, "edge", l, c.opt.CharWidth)
	for _, m := range l.Marks {
		if m.ID == "j10" && (m.Label == "" || m.LabelX >= m.X) {
			t.Errorf("10 Jan at the right edge: label %q at %.0f, mark at %.0f", m.Label, m.LabelX, m.X)
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	for range 30 {
		items := randItems(r, 10+r.IntN(80))
		w := 300 + float64(r.IntN(1200))
		c := New(items, w, Options{MarkText: text})
		v := c.Fit()
		for range r.IntN(6) {
			v = c.Scale(v).Zoom(1+r.Float64()*3, r.Float64()*w)
		}
		checkMarkLabels(t, v.String(), c.Layout(v, ByActor), c.opt.CharWidth)
	}
}

// checkMarkLabels: labels inside the width, clear of breaks, and of every
// other mark and label in their row.
func checkMarkLabels(t *testing.T, name string, l Layout, cw float64) {
	t.Helper()
	type box struct{ a, b float64 }
	rows := map[[2]int][]box{}
	texts := map[[2]int][]box{}
	for _, m := range l.Marks {
		rows[[2]int{m.Lane, m.Row}] = append(rows[[2]int{m.Lane, m.Row}], box{m.X, m.X + m.W})
		if m.Label != "" {
			texts[[2]int{m.Lane, m.Row}] = append(texts[[2]int{m.Lane, m.Row}], box{m.LabelX, m.LabelX + float64(len([]rune(m.Label)))*cw})
		}
	}
	for _, m := range l.Marks {
		if m.Label == "" {
			continue
		}
		a, b := m.LabelX, m.LabelX+float64(len([]rune(m.Label)))*cw
		if a < 0 || b > l.Width {
			t.Errorf("%s: label %q at [%.0f, %.0f] outside the width %.0f", name, m.Label, a, b, l.Width)
		}
		for _, br := range l.Breaks {
			if a < br.X1 && b > br.X0 {
				t.Errorf("%s: label %q runs into a break", name, m.Label)
			}
		}
		inside := m.Kind == Bar && a >= m.X && b <= m.X+m.W
		for _, o := range rows[[2]int{m.Lane, m.Row}] {
			self := o.a == m.X && o.b == m.X+m.W
			if !(self && inside) && a < o.b && b > o.a {
				t.Errorf("%s: label %q [%.0f, %.0f] covers a mark [%.0f, %.0f]", name, m.Label, a, b, o.a, o.b)
			}
		}
		for _, o := range texts[[2]int{m.Lane, m.Row}] {
			if !(o.a == a && o.b == b) && a < o.b && b > o.a {
				t.Errorf("%s: label %q [%.0f, %.0f] overlaps another [%.0f, %.0f]", name, m.Label, a, b, o.a, o.b)
			}
		}
		if inside != m.LabelInside {
			t.Errorf("%s: label %q inside %v, LabelInside %v", name, m.Label, inside, m.LabelInside)
		}
	}
}

// TestZoomOnKeepsTheEvent: issue #10, zooming with an event selected
// keeps it in view, from anywhere.
func TestZoomOnKeepsTheEvent(t *testing.T) {
	c := New(seeds(), 1246, Options{})
	v := c.Fit()
	j10 := day("2022-01-10")
	for i := range 3 {
		v = c.Scale(v).ZoomOn(2, j10, j10)
		if x := c.Scale(v).X(float64(j10) + 0.5); x < 0 || x > v.Width {
			t.Fatalf("after %d presses 10 Jan is at %.0f px of %.0f (view %s)", i+1, x, v.Width, v)
		}
	}
	if !strings.HasPrefix(v.String(), "2021-12") && !strings.HasPrefix(v.String(), "2022-01") {
		t.Errorf("view %s", v)
	}
	r := rand.New(rand.NewPCG(9, 10))
	for range 200 {
		items := randItems(r, 5+r.IntN(40))
		w := 300 + float64(r.IntN(1200))
		c := New(items, w, Options{})
		v := c.Fit()
		for range r.IntN(5) {
			v = c.Scale(v).Zoom(1+r.Float64()*6, r.Float64()*w)
		}
		it := items[r.IntN(len(items))]
		f := 0.25 + r.Float64()*6
		nv := c.Scale(v).ZoomOn(f, it.First, it.Last)
		s := c.Scale(nv)
		if s.X(float64(it.Last+1)) < 0 || s.X(float64(it.First)) > w {
			t.Errorf("zoom %.2f from %s on %s..%s: view %s misses it", f, v, it.First, it.Last, nv)
		}
	}
	// Out of view, "+" brings the event into view.
	v = c.Fit()
	for range 4 {
		v = c.Scale(v).Zoom(2, 10) // into 2014
	}
	v2, _ := c.Scale(v).KeyOn("+", j10, j10)
	if x := c.Scale(v2).X(float64(j10) + 0.5); x < 0 || x > v2.Width {
		t.Errorf("from %s, + on 10 Jan gave %s", v, v2)
	}
}

func TestGist(t *testing.T) {
	tests := []struct {
		sentence, date string
		want           string
	}{
		{"In 2014 annexeerde Rusland het Oekraïense schiereiland de Krim.", "2014", "annexeerde Rusland het Oekraïense…"},
		{"Op 10 januari zal een bilateraal veiligheidsoverleg plaatsvinden.", "10 januari", "zal een bilateraal veiligheidsoverleg…"},
		{"Het Kremlin bevestigde op vrijdag 24 december dat het troepen verplaatst.", "vrijdag 24 december", "Het Kremlin bevestigde dat…"},
		{"Beide presidenten spraken elkaar in januari.", "januari", "Beide presidenten spraken elkaar"},
		{"On 7 December, talks.", "7 December", "talks"},
		{"No date here at all today", "", "No date here at…"},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.date)
		if tt.date == "" {
			i = -1
		}
		if got := Gist(tt.sentence, i, i+len(tt.date), 4); got != tt.want {
			t.Errorf("Gist(%q, %q) = %q, want %q", tt.sentence, tt.date, got, tt.want)
		}
	}
}

func TestShortLabels(t *testing.T) {
	titles := []string{
		"De Amerikaanse president Joe Biden is bezorgd om de toename van Russische…",
		"De Amerikaanse president Joe Biden en zijn Russische ambtgenoot Vladimir Poetin…",
		"Voor de tweede keer in korte tijd hebben de Amerikaanse president Biden en…",
		"Kort",
		"Kort",
	}
	got := ShortLabels(titles, 32)
	want := []string{"…Biden is bezorgd om de toename…", "…Biden en zijn Russische…", "Voor de tweede keer in korte…", "Kort", "Kort (2)"}
	if !slices.Equal(got, want) {
		t.Errorf("ShortLabels = %q, want %q", got, want)
	}
	for _, l := range got {
		if n := len([]rune(l)); n > 32+len(" (2)") {
			t.Errorf("%q is %d characters", l, n)
		}
	}
}

func TestDateLabel(t *testing.T) {
	inexact := val("m", "2021-04")
	inexact.Exact = false
	for _, tt := range []struct {
		it   Item
		want string
	}{
		{val("d", "2021-12-07"), "7 Dec"},
		{val("w", "2022-W03"), "week of 17 Jan"},
		{val("m", "2021-12"), "Dec 2021"},
		{val("y", "2014"), "2014"},
		{inexact, "≈Apr 2021"},
	} {
		if got := DateLabel(tt.it); got != tt.want {
			t.Errorf("DateLabel(%s) = %q, want %q", tt.it.ID, got, tt.want)
		}
	}
}
