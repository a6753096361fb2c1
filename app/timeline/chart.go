package timeline

import (
	"math"
	"slices"
	"sort"
)

// Options tune a Chart; a zero field takes the default given.
type Options struct {
	MinGap          float64                 // days: shorter gaps stay linear (60)
	GapShare        float64                 // gaps longer than this share of the whole span are compressed too (0.05)
	MinClusterShare float64                 // each of n clusters gets at least this/n of the clusters' width (0.4)
	MinClusterDays  float64                 // a shorter cluster is widened around its middle (7)
	MinFitDays      float64                 // a single cluster shorter than this is widened (31)
	MinSpan         float64                 // days: the narrowest view (7)
	BreakWidth      float64                 // px of a break at the fitted view (24)
	Pad             float64                 // px left and right of the data at the fitted view (12)
	RowHeight       float64                 // px per sub-row (16)
	LanePad         float64                 // px above and below a lane's rows (4)
	LaneTitle       float64                 // px above a lane's rows for its label (14)
	AxisHeight      float64                 // px above the first lane, for ticks (28)
	PointRadius     float64                 // px (4)
	BarHeight       float64                 // px (8)
	MinBarWidth     float64                 // px (3)
	MarkGap         float64                 // px between marks in one sub-row (2)
	CharWidth       float64                 // estimated px per label character (7)
	LabelGap        float64                 // px between tick labels (8)
	BreakBand       float64                 // px below the lanes for break labels (14)
	LaneLabel       func(key string) string // lane key to label (default: the key, "—" for "")
	MarkText        func(item int) string   // a few words of what happened, for mark labels (none if nil)
	HideEmptyLanes  bool                    // leave out lanes with no visible mark
}

func (o Options) withDefaults() Options {
	def := func(p *float64, v float64) {
		if *p <= 0 {
			*p = v
		}
	}
	def(&o.MinGap, 60)
	def(&o.GapShare, 0.05)
	def(&o.MinClusterShare, 0.4)
	def(&o.MinClusterDays, 7)
	def(&o.MinFitDays, 31)
	def(&o.MinSpan, 7)
	def(&o.BreakWidth, 24)
	def(&o.Pad, 12)
	def(&o.RowHeight, 16)
	def(&o.LanePad, 4)
	def(&o.LaneTitle, 14)
	def(&o.AxisHeight, 28)
	def(&o.PointRadius, 4)
	def(&o.BarHeight, 8)
	def(&o.MinBarWidth, 3)
	def(&o.MarkGap, 2)
	def(&o.CharWidth, 7)
	def(&o.LabelGap, 8)
	def(&o.BreakBand, 14)
	if o.MinClusterShare >= 1 {
		o.MinClusterShare = 0.9
	}
	return o
}

// gap is a compressed stretch of time: days [from, to) drawn in warped
// units [u0, u1).
type gap struct{ from, to, u0, u1 float64 }

// Chart holds the items and the compressed time axis built from them. It is
// immutable; build a new one when the items or the width change.
type Chart struct {
	items []Item
	opt   Options
	width float64
	// knots of the warp: day ks[i] maps to u us[i]; linear in between and
	// with the edge slopes outside. Units u are px at the fitted view.
	ks, us   []float64
	slo, shi float64
	gaps     []gap
}

// New builds the Chart of items for a plot of width px. With no items the
// Chart is empty: Fit gives an empty View and Layout an empty Layout.
func New(items []Item, width float64, opt Options) *Chart {
	c := &Chart{items: items, opt: opt.withDefaults(), width: width, slo: 1, shi: 1}
	if len(items) == 0 || width <= 0 {
		return c
	}
	type iv struct{ a, b float64 }
	ivs := make([]iv, len(items))
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, it := range items {
		f, l := it.First, it.Last
		if l < f {
			f, l = l, f
		}
		ivs[i] = iv{float64(f), float64(l + 1)}
		lo, hi = min(lo, ivs[i].a), max(hi, ivs[i].b)
	}
	o := c.opt
	thr := max(o.MinGap, o.GapShare*(hi-lo))
	// Detail items (no longer than the gap threshold) make the clusters.
	// A coarse item (a year, a season) that overlaps or nears a cluster
	// adds nothing to it: it is drawn across the breaks or clipped at the
	// edge, so that it never stretches the axis the detail needs. Coarse
	// items away from any detail make clusters of their own.
	merge := func(vs []iv) []iv {
		sort.Slice(vs, func(i, j int) bool { return vs[i].a < vs[j].a })
		var out []iv
		for _, v := range vs {
			if n := len(out); n > 0 && v.a-out[n-1].b <= thr {
				out[n-1].b = max(out[n-1].b, v.b)
				continue
			}
			out = append(out, v)
		}
		return out
	}
	var detail, coarse []iv
	for _, v := range ivs {
		if v.b-v.a > thr {
			coarse = append(coarse, v)
		} else {
			detail = append(detail, v)
		}
	}
	cl := merge(detail)
	kept := append([]iv(nil), cl...)
	for _, v := range coarse {
		if !slices.ContainsFunc(cl, func(d iv) bool { return v.a-d.b <= thr && d.a-v.b <= thr }) {
			kept = append(kept, v)
		}
	}
	cl = merge(kept)
	widen := func(v iv, d float64) iv {
		if s := v.b - v.a; s < d {
			m := (v.a + v.b) / 2
			return iv{m - d/2, m + d/2}
		}
		return v
	}
	minDays := o.MinClusterDays
	if len(cl) == 1 {
		minDays = max(minDays, o.MinFitDays)
	}
	merged := cl[:0:0]
	for _, v := range cl {
		v = widen(v, minDays)
		if n := len(merged); n > 0 && v.a <= merged[n-1].b {
			merged[n-1].b = max(merged[n-1].b, v.b)
			continue
		}
		merged = append(merged, v)
	}
	cl = merged
	n := len(cl)
	bw := 0.0
	if n > 1 {
		bw = min(o.BreakWidth, 0.2*width/float64(n-1))
	}
	pad := min(o.Pad, 0.05*width)
	avail := width - 2*pad - bw*float64(n-1)
	// Each cluster's length follows the detail it holds: its span in units
	// of its finest item (days for day events, one for a lone year), so a
	// stretch of dated days outweighs a long imprecise period.
	unit := make([]float64, n)
	for _, v := range ivs {
		i := sort.Search(n, func(i int) bool { return cl[i].b > v.a })
		if i == n || v.a < cl[i].a-1e-9 || v.b > cl[i].b+1e-9 {
			continue // a coarse item drawn across breaks
		}
		if l := v.b - v.a; unit[i] == 0 || l < unit[i] {
			unit[i] = l
		}
	}
	need := make([]float64, n)
	for i, v := range cl {
		need[i] = (v.b - v.a) / max(unit[i], 1)
	}
	lens := shares(need, avail, o.MinClusterShare/float64(n), func(x float64) float64 { return x })
	u := pad
	for i, v := range cl {
		if i > 0 {
			c.gaps = append(c.gaps, gap{cl[i-1].b, v.a, u, u + bw})
			u += bw
		}
		c.ks = append(c.ks, v.a, v.b)
		c.us = append(c.us, u, u+lens[i])
		u += lens[i]
	}
	c.slo = lens[0] / (cl[0].b - cl[0].a)
	c.shi = lens[n-1] / (cl[n-1].b - cl[n-1].a)
	return c
}

// shares gives each cluster a length proportional to its span with a
// minimum of q*total, the lengths summing to total (water filling).
func shares[T any](cl []T, total, q float64, span func(T) float64) []float64 {
	n := len(cl)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if sa, sb := span(cl[a]), span(cl[b]); sa < sb {
			return -1
		} else if sa > sb {
			return 1
		}
		return 0
	})
	big := 0.0
	for _, v := range cl {
		big += span(v)
	}
	fixed := 0 // idx[:fixed] get the minimum
	for fixed < n {
		f := (total - float64(fixed)*q*total) / big
		if span(cl[idx[fixed]])*f >= q*total {
			break
		}
		big -= span(cl[idx[fixed]])
		fixed++
	}
	lens := make([]float64, n)
	f := 0.0
	if big > 0 {
		f = (total - float64(fixed)*q*total) / big
	}
	for k, i := range idx {
		if k < fixed {
			lens[i] = q * total
		} else {
			lens[i] = span(cl[i]) * f
		}
	}
	return lens
}

// Empty reports whether the chart has nothing to draw.
func (c *Chart) Empty() bool { return len(c.ks) == 0 }

// Width returns the reference width the chart was built for.
func (c *Chart) Width() float64 { return c.width }

// u maps a continuous day to warped units.
func (c *Chart) u(d float64) float64 {
	ks, us := c.ks, c.us
	n := len(ks)
	if n == 0 {
		return d
	}
	if d <= ks[0] {
		return us[0] + (d-ks[0])*c.slo
	}
	if d >= ks[n-1] {
		return us[n-1] + (d-ks[n-1])*c.shi
	}
	i := sort.SearchFloat64s(ks, d) // ks[i-1] < d <= ks[i]
	if ks[i] == ks[i-1] {
		return us[i]
	}
	return us[i-1] + (d-ks[i-1])*(us[i]-us[i-1])/(ks[i]-ks[i-1])
}

// day is the inverse of u.
func (c *Chart) day(u float64) float64 {
	ks, us := c.ks, c.us
	n := len(ks)
	if n == 0 {
		return u
	}
	if u <= us[0] {
		return ks[0] + (u-us[0])/c.slo
	}
	if u >= us[n-1] {
		return ks[n-1] + (u-us[n-1])/c.shi
	}
	i := sort.SearchFloat64s(us, u)
	if us[i] == us[i-1] {
		return ks[i]
	}
	return ks[i-1] + (u-us[i-1])*(ks[i]-ks[i-1])/(us[i]-us[i-1])
}

// Fit returns the view that shows every item across the chart's width.
func (c *Chart) Fit() View {
	if c.Empty() {
		return View{Width: c.width}
	}
	return View{From: c.day(0), To: c.day(c.width), Width: c.width}
}
