package timeline

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"corpusexplorer/app/dates"
)

// LanesBy chooses what a lane is.
type LanesBy uint8

// Lane groupings: one lane per article, or one per actor (an event with
// several actors is drawn in each of their lanes).
const (
	ByArticle LanesBy = iota
	ByActor
)

// MarkKind is the shape of a mark.
type MarkKind uint8

// Mark shapes: a Point (<circle>) for a day, a Bar (<rect>) for a week,
// month or year.
const (
	Point MarkKind = iota
	Bar
)

// Lane is a horizontal band of marks: draw Label at (0, LabelY), the band
// over [Y, Y+Height].
type Lane struct {
	Key, Label string
	Y, Height  float64
	LabelY     float64
	Rows       int // sub-rows, at least 1
}

// Mark is one item drawn in one lane. Bars: <rect x=X y=Y width=W
// height=H>; points: <circle cx=CX cy=CY r=R> (X, Y, W, H is then its
// bounding box).
type Mark struct {
	Item       int    // index into the items given to New
	ID         string // the item's ID
	Lane, Row  int
	Kind       MarkKind
	X, Y, W, H float64
	CX, CY, R  float64
	Inexact    bool
	Published  bool
	Clipped    bool // a bar cut at the left or right edge of the view
	// ClipLeft and ClipRight tell which edge cut it: draw a "continues"
	// marker there.
	ClipLeft, ClipRight bool
	// Label is the mark's text label, "" when there is no room; draw it
	// at (LabelX, LabelY) (baseline, text-anchor start). Options.MarkText
	// supplies the words.
	Label          string
	LabelX, LabelY float64
	LabelInside    bool // the label lies inside its bar
}

// Layout is everything the timeline component draws, in px, in a
// Width × Height SVG: ticks run over the whole height, breaks too.
type Layout struct {
	Width, Height float64
	AxisY         float64 // baseline of tick labels; lanes start below AxisHeight
	// BreakLabelY is the baseline of the break labels, in a band below the
	// lanes (included in Height when a break is visible).
	BreakLabelY float64
	Lanes       []Lane
	Marks       []Mark // lane by lane, row by row, left to right
	Ticks       []Tick
	Breaks      []Break
}

// Layout lays out the items visible in view v in lanes grouped by by.
// Lanes are ordered by their earliest item, then by key; lanes with no
// visible mark keep one empty row unless Options.HideEmptyLanes. Within a
// lane, marks are packed into sub-rows greedily: taken by left edge (then
// wider first, then item order), each goes to the topmost row (row 0 is on
// top) whose last mark ends MarkGap px before it; this uses as many rows as
// marks overlap at one x, the fewest possible. No items or an invalid view
// give an empty Layout.
func (c *Chart) Layout(v View, by LanesBy) Layout {
	o := c.opt
	out := Layout{Width: v.Width}
	if c.Empty() || !v.Valid() {
		return out
	}
	s := c.Scale(v)
	// lanes
	first := map[string]Day{}
	keys := func(it *Item) []string {
		if by == ByArticle {
			if len(it.Articles) > 0 {
				return it.Articles
			}
			return []string{it.Article}
		}
		if len(it.Actors) == 0 {
			return []string{""}
		}
		return it.Actors
	}
	for i := range c.items {
		it := &c.items[i]
		for _, k := range keys(it) {
			if f, ok := first[k]; !ok || it.First < f {
				first[k] = it.First
			}
		}
	}
	lanes := make([]string, 0, len(first))
	for k := range first {
		lanes = append(lanes, k)
	}
	slices.SortFunc(lanes, func(a, b string) int {
		if first[a] != first[b] {
			return int(first[a] - first[b])
		}
		return strings.Compare(a, b)
	})
	laneOf := make(map[string]int, len(lanes))
	for i, k := range lanes {
		laneOf[k] = i
	}
	// marks
	type ext struct{ a, b float64 }
	marks := make([]Mark, 0, len(c.items))
	exts := make([]ext, 0, len(c.items))
	for i := range c.items {
		it := &c.items[i]
		f, l := it.First, it.Last
		if l < f {
			f, l = l, f
		}
		m := Mark{Item: i, ID: it.ID, Inexact: !it.Exact, Published: it.Published}
		var e ext
		if it.Precision == dates.Day || it.Precision == 0 && f == l {
			m.Kind, m.R = Point, o.PointRadius
			m.CX = s.X(float64(f) + 0.5)
			e = ext{m.CX - m.R, m.CX + m.R}
			m.X, m.W = e.a, e.b-e.a
		} else {
			m.Kind = Bar
			x0, x1 := s.X(float64(f)), s.X(float64(l+1))
			if x1-x0 < o.MinBarWidth {
				mid := (x0 + x1) / 2
				x0, x1 = mid-o.MinBarWidth/2, mid+o.MinBarWidth/2
			}
			if x0 < 0 {
				x0, m.Clipped, m.ClipLeft = 0, true, true
			}
			if x1 > v.Width {
				x1, m.Clipped, m.ClipRight = v.Width, true, true
			}
			e = ext{x0, x1}
			m.X, m.W = x0, x1-x0
		}
		if e.b < 0 || e.a > v.Width || math.IsNaN(e.a) {
			continue
		}
		for _, k := range keys(it) {
			m.Lane = laneOf[k]
			marks = append(marks, m)
			exts = append(exts, e)
		}
	}
	order := make([]int, len(marks))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		ma, mb := &marks[a], &marks[b]
		switch {
		case ma.Lane != mb.Lane:
			return ma.Lane - mb.Lane
		case exts[a].a != exts[b].a:
			return cmpF(exts[a].a, exts[b].a)
		case exts[a].b != exts[b].b:
			return cmpF(exts[b].b, exts[a].b)
		}
		return ma.Item - mb.Item
	})
	rows := make([]int, len(lanes))
	var ends []float64
	for k, i := range order {
		if k == 0 || marks[i].Lane != marks[order[k-1]].Lane {
			ends = ends[:0]
		}
		r := 0
		for r < len(ends) && ends[r]+o.MarkGap > exts[i].a {
			r++
		}
		if r == len(ends) {
			ends = append(ends, 0)
		}
		ends[r] = exts[i].b
		marks[i].Row = r
		rows[marks[i].Lane] = max(rows[marks[i].Lane], r+1)
	}
	// y positions
	label := o.LaneLabel
	if label == nil {
		label = func(k string) string {
			if k == "" {
				return "—"
			}
			return k
		}
	}
	laneIdx := make([]int, len(lanes)) // old lane index to output index, -1 hidden
	y := o.AxisHeight
	for i, k := range lanes {
		if rows[i] == 0 && o.HideEmptyLanes {
			laneIdx[i] = -1
			continue
		}
		n := max(rows[i], 1)
		h := o.LaneTitle + 2*o.LanePad + float64(n)*o.RowHeight
		laneIdx[i] = len(out.Lanes)
		out.Lanes = append(out.Lanes, Lane{Key: k, Label: label(k), Y: y, Height: h, LabelY: y + o.LaneTitle - 3, Rows: n})
		y += h
	}
	out.Height = y
	out.AxisY = o.AxisHeight - 10
	slices.SortFunc(order, func(a, b int) int {
		ma, mb := &marks[a], &marks[b]
		switch {
		case ma.Lane != mb.Lane:
			return ma.Lane - mb.Lane
		case ma.Row != mb.Row:
			return ma.Row - mb.Row
		case exts[a].a != exts[b].a:
			return cmpF(exts[a].a, exts[b].a)
		}
		return ma.Item - mb.Item
	})
	out.Marks = make([]Mark, 0, len(marks))
	for _, i := range order {
		m := marks[i]
		ln := out.Lanes[laneIdx[m.Lane]]
		m.Lane = laneIdx[m.Lane]
		cy := ln.Y + o.LaneTitle + o.LanePad + (float64(m.Row)+0.5)*o.RowHeight
		if m.Kind == Point {
			m.CY, m.Y, m.H = cy, cy-m.R, 2*m.R
		} else {
			m.Y, m.H = cy-o.BarHeight/2, o.BarHeight
		}
		out.Marks = append(out.Marks, m)
	}
	out.Ticks = s.Ticks()
	out.Breaks = s.Breaks()
	out.BreakLabelY = out.Height
	if len(out.Breaks) > 0 {
		out.BreakLabelY = out.Height + o.BreakBand - 4
		out.Height += o.BreakBand
	}
	if o.MarkText != nil {
		c.labelMarks(&out)
	}
	return out
}

// labelMarks gives each mark the longest of its candidate labels
// (markLabels) that fits in its row: inside a bar wide enough (the bar then
// takes the row's height, to hold the text), else just right of the mark,
// else just left of it; clear of the neighbouring marks and labels in the
// row, of the breaks and of the edges. Labels never overlap: in one row each
// lies between the previous mark or label and the next mark.
func (c *Chart) labelMarks(l *Layout) {
	o := c.opt
	prevEnd := math.Inf(-1)
	for i := range l.Marks {
		m := &l.Marks[i]
		if i == 0 || l.Marks[i-1].Lane != m.Lane || l.Marks[i-1].Row != m.Row {
			prevEnd = math.Inf(-1)
		}
		lo, hi := max(0, prevEnd+o.MarkGap), l.Width
		if i+1 < len(l.Marks) && l.Marks[i+1].Lane == m.Lane && l.Marks[i+1].Row == m.Row {
			hi = min(hi, l.Marks[i+1].X-o.MarkGap)
		}
		free := func(x, w float64) bool {
			return x >= lo && x+w <= hi && !slices.ContainsFunc(l.Breaks, func(b Break) bool { return x < b.X1 && x+w > b.X0 })
		}
	cands:
		for _, cand := range markLabels(c.items[m.Item], o.MarkText(m.Item)) {
			w := float64(len([]rune(cand))) * o.CharWidth
			inside := m.Kind == Bar && m.W >= w+2*labelOffset+clipMarker(m)
			xs := []float64{m.X + m.W + labelOffset, m.X - labelOffset - w}
			if inside {
				x := m.X + labelOffset
				if m.ClipLeft {
					x += clipMarker(m)
				}
				xs = []float64{x}
			}
			for _, x := range xs {
				if !free(x, w) {
					continue
				}
				cy := m.Y + m.H/2
				if inside {
					// the bar grows to the row's height, to hold the text
					m.Y, m.H = cy-(o.RowHeight-2)/2, o.RowHeight-2
				}
				m.Label, m.LabelX, m.LabelY, m.LabelInside = cand, x, cy+4, inside
				break cands
			}
		}
		prevEnd = m.X + m.W
		if m.Label != "" {
			prevEnd = max(prevEnd, m.LabelX+float64(len([]rune(m.Label)))*o.CharWidth)
		}
	}
}

// clipMarker is the px a clipped bar's "continues" marker takes.
func clipMarker(m *Mark) float64 {
	if m.Clipped {
		return 8
	}
	return 0
}

// markLabels returns the candidate labels of an item, longest first: its
// date (DateLabel) followed by up to four, then two words of text, then
// the date alone.
func markLabels(it Item, text string) []string {
	date := DateLabel(it)
	words := strings.Fields(text)
	var out []string
	for _, n := range []int{4, 2} {
		if len(words) == 0 {
			break
		}
		k := min(n, len(words))
		s := date + " " + strings.Join(words[:k], " ")
		if k < len(words) {
			s = strings.TrimRight(s, ",;:.") + "…"
		}
		if len(out) == 0 || out[len(out)-1] != s {
			out = append(out, s)
		}
	}
	return append(out, date)
}

// DateLabel writes an item's date briefly for a mark label: "7 Dec",
// "week of 6 Dec", "Dec 2021", "2014", or the first and last day of an
// interval of no single unit ("7 Dec–9 Jan"); "≈" marks an inexact one.
func DateLabel(it Item) string {
	f, l := it.First, it.Last
	if l < f {
		f, l = l, f
	}
	ft, lt := f.Time(), l.Time()
	dm := func(t time.Time) string { return strconv.Itoa(t.Day()) + " " + MonthNames[t.Month()-1] }
	var s string
	switch {
	case it.Precision == dates.Day || f == l:
		s = dm(ft)
	case it.Precision == dates.Week:
		s = "week of " + dm(ft)
	case it.Precision == dates.Month:
		s = MonthNames[ft.Month()-1] + " " + strconv.Itoa(ft.Year())
	case it.Precision == dates.Year:
		s = strconv.Itoa(ft.Year())
	default:
		s = dm(ft) + "–" + dm(lt)
	}
	if !it.Exact {
		s = "≈" + s
	}
	return s
}

func cmpF(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Slack around marks: a mark takes clicks a little beyond its shape, and
// the drawing leaves room below the last lane for that.
const (
	hitPad    = 4 // px above and below a bar
	hitMinW   = 8 // px: the narrowest bar's click area
	hitRadius = 5 // px beyond a point's radius
	viewPad   = 6 // px below the layout's height
)

// HitBox is the area that takes a bar's clicks: its box, hitPad px higher
// and lower, at least hitMinW px wide.
func (m Mark) HitBox() (x, y, w, h float64) {
	return m.X, m.Y - hitPad, max(m.W, hitMinW), m.H + 2*hitPad
}

// HitRadius is the radius of the circle that takes a point's clicks.
func (m Mark) HitRadius() float64 { return m.R + hitRadius }

// Square is the box of a point drawn as a square (a publication): the
// square around its circle.
func (m Mark) Square() (x, y, side float64) { return m.CX - m.R, m.CY - m.R, 2 * m.R }

// MidY is the middle of a bar's height, where "continues" markers point.
func (m Mark) MidY() float64 { return m.Y + m.H/2 }

// MidX is the middle of a break, where its label goes.
func (b Break) MidX() float64 { return (b.X0 + b.X1) / 2 }

// ViewHeight is the height of the drawing: the layout's and room for the
// click areas of the last row.
func (l Layout) ViewHeight() float64 { return l.Height + viewPad }

// PlotWidth is the width to lay a chart out in, from the measured width
// of its container: whole pixels, never below MinPlotWidth.
func PlotWidth(px float64) float64 { return max(math.Floor(px), MinPlotWidth) }

// MinPlotWidth is the narrowest chart, in px.
const MinPlotWidth = 200
