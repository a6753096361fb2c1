package timeline

import (
	"math"
	"strconv"
	"time"
)

// MonthNames are the short month names of tick labels, in the language of
// the interface (English).
var MonthNames = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// Tick is a labelled position on the axis. Draw its line at X; its label
// starts at LabelX (text-anchor start). Label may be "" when it would
// overlap another.
type Tick struct {
	X, LabelX float64
	Day       Day
	Label     string
	Major     bool // a coarser unit (month start above days, year above months) or context
}

// tickUnit is one candidate tick level.
type tickUnit struct {
	unit byte // 'd', 'm', 'y'
	step int
	days float64 // nominal length of a step
}

var tickUnits = []tickUnit{
	{'d', 1, 1}, {'d', 2, 2}, {'d', 7, 7}, {'d', 14, 14},
	{'m', 1, 30.4}, {'m', 3, 91}, {'m', 6, 182},
	{'y', 1, 365}, {'y', 2, 730}, {'y', 5, 1826}, {'y', 10, 3652}, {'y', 20, 7305}, {'y', 50, 18262}, {'y', 100, 36525},
}

const labelOffset = 3 // px from the tick line to its label

// Ticks returns, in each visible unbroken stretch, the ticks of the finest
// level whose labels do not overlap there (labels estimated at
// Options.CharWidth px per character; only labels of the same rank are
// compared), so that a dense stretch shows days while a sparse one shows
// months or years; none lies inside a break (a view lying wholly in a break
// has no ticks). Every label names its month: "15 Dec", "Mar", "Jan 2022"
// (a year tick is its first of January), and states the year where it
// changes. The first tick of each stretch carries context (day, month and
// year at day level, month and year above); any label still colliding with
// the previous one, or running into a break marker, is emptied, so labels
// never overlap.
func (s Scale) Ticks() []Tick {
	if s.k == 0 {
		return nil
	}
	lo, hi := math.Floor(s.Day(0)), math.Ceil(s.Day(s.v.Width))
	var all []Tick
	for _, seg := range s.segments(lo, hi) {
		if seg[1] <= seg[0] {
			continue
		}
		px := (s.X(seg[1]) - s.X(seg[0])) / (seg[1] - seg[0])
		var best []Tick
		for _, tu := range tickUnits {
			if tu.days*px < 2*s.c.opt.CharWidth+s.c.opt.LabelGap {
				continue
			}
			ts := s.ticksOf(tu, seg[0], seg[1])
			best = ts
			if s.fits(ts) {
				break
			}
		}
		for _, t := range best {
			if n := len(all); n == 0 || t.X > all[n-1].X {
				all = append(all, t)
			}
		}
	}
	// Labels running into a break go first, so that they empty no other.
	s.clearBreaks(all)
	s.declutter(all)
	for sayYears(all) {
		s.clearBreaks(all)
		s.declutter(all)
	}
	return all
}

// sayYears adds the year to each label that lacks it while its year is not
// the last one a label to its left stated ("Dec 2023 … Mar" would read as
// March 2023), and reports whether it changed any. A label it lengthens
// may then collide, and be emptied: the caller repeats until nothing
// changes, which ends, as no label loses its year but by being emptied.
func sayYears(ts []Tick) bool {
	changed, year := false, 0
	for i := range ts {
		if ts[i].Label == "" {
			continue
		}
		if y := statedYear(ts[i].Label); y != 0 {
			year = y
			continue
		}
		t := ts[i].Day.Time()
		if t.Year() == year {
			continue
		}
		year = t.Year()
		if ts[i].Label == MonthNames[t.Month()-1] {
			ts[i].Label += " " + strconv.Itoa(year)
		} else {
			ts[i].Label = strconv.Itoa(t.Day()) + " " + MonthNames[t.Month()-1] + " " + strconv.Itoa(year)
		}
		ts[i].Major, changed = true, true
	}
	return changed
}

// statedYear returns the year a tick label ends with ("2014", "Mar 2014",
// "15 Mar 2014"), or 0.
func statedYear(label string) int {
	if len(label) < 4 {
		return 0
	}
	y, err := strconv.Atoi(label[len(label)-4:])
	if err != nil || len(label) > 4 && label[len(label)-5] != ' ' {
		return 0
	}
	return y
}

// clearBreaks empties the labels that would run into a break marker.
func (s Scale) clearBreaks(ts []Tick) {
	brs := s.Breaks()
	for i := range ts {
		if ts[i].Label == "" {
			continue
		}
		a, b := ts[i].LabelX, ts[i].LabelX+s.LabelWidth(ts[i].Label)
		for _, br := range brs {
			if a < br.X1 && b > br.X0 {
				ts[i].Label = ""
				break
			}
		}
	}
}

// segments returns the visible unbroken stretches [a, b] in days.
func (s Scale) segments(lo, hi float64) [][2]float64 {
	var out [][2]float64
	a := lo
	for _, g := range s.c.gaps {
		if g.to <= lo || g.from >= hi {
			continue
		}
		if g.from > a {
			out = append(out, [2]float64{a, g.from})
		}
		a = max(a, g.to)
	}
	if hi > a {
		out = append(out, [2]float64{a, hi})
	}
	return out
}

func (s Scale) inGap(d float64) bool {
	for _, g := range s.c.gaps {
		if d > g.from && d < g.to {
			return true
		}
	}
	return false
}

func (s Scale) ticksOf(tu tickUnit, lo, hi float64) []Tick {
	var out []Tick
	t := Day(lo).Time()
	y, m, _ := t.Date()
	var cur time.Time
	switch tu.unit {
	case 'y':
		cur = time.Date(y-y%tu.step, 1, 1, 0, 0, 0, 0, time.UTC)
	case 'm':
		// quarters and halves start in January, April, July, October
		cur = time.Date(y, m-time.Month((int(m)-1)%tu.step), 1, 0, 0, 0, 0, time.UTC)
	default:
		cur = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	}
	prevGap := true
	for n := 0; n < 100000; n++ {
		d := DayOf(cur)
		if float64(d) > hi {
			break
		}
		next := cur
		label, major := "", false
		cy, cm, cd := cur.Date()
		switch tu.unit {
		case 'y':
			next = cur.AddDate(tu.step, 0, 0)
			label, major = MonthNames[0]+" "+strconv.Itoa(cy), true
		case 'm':
			next = cur.AddDate(0, tu.step, 0)
			if cm == 1 {
				label, major = MonthNames[0]+" "+strconv.Itoa(cy), true
			} else {
				label = MonthNames[cm-1]
			}
		case 'd':
			dim := time.Date(cy, cm+1, 0, 0, 0, 0, 0, time.UTC).Day()
			next = cur.AddDate(0, 0, tu.step)
			if nd := cd + tu.step; nd > dim || dim+1-nd < tu.step {
				next = time.Date(cy, cm+1, 1, 0, 0, 0, 0, time.UTC)
			}
			if cd == 1 {
				label, major = MonthNames[cm-1], true
			} else {
				label = strconv.Itoa(cd) + " " + MonthNames[cm-1]
			}
		}
		fd := float64(d)
		if fd >= lo && !s.inGap(fd) {
			x := s.X(fd)
			if x >= 0 && x <= s.v.Width {
				if prevGap {
					major = true
					switch {
					case tu.unit == 'd' && cd > 1:
						label = strconv.Itoa(cd) + " " + MonthNames[cm-1] + " " + strconv.Itoa(cy)
					case tu.unit != 'y':
						label = MonthNames[cm-1] + " " + strconv.Itoa(cy)
					}
				}
				out = append(out, Tick{X: x, LabelX: x + labelOffset, Day: d, Label: label, Major: major})
				prevGap = false
			}
		}
		if end, ok := s.gapEnd(fd, float64(DayOf(next))); ok {
			prevGap = true
			// Each unbroken stretch starts its own sequence, at its first
			// unit boundary, so that a short one gets a tick too.
			if restart := unitStart(tu, Day(math.Ceil(end)).Time()); restart.After(next) {
				next = restart
			}
		}
		cur = next
	}
	return out
}

// gapEnd returns the end of the last gap that begins in [a, b) or holds a.
func (s Scale) gapEnd(a, b float64) (float64, bool) {
	end, ok := 0.0, false
	for _, g := range s.c.gaps {
		if g.from >= a && g.from < b || a > g.from && a < g.to {
			end, ok = g.to, true
		}
	}
	return end, ok
}

// unitStart returns the first boundary of the tick unit at or after t:
// t's day, the first of a month, the first of January.
func unitStart(tu tickUnit, t time.Time) time.Time {
	y, m, d := t.Date()
	switch {
	case tu.unit == 'd':
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	case tu.unit == 'm' && d > 1:
		return time.Date(y, m+1, 1, 0, 0, 0, 0, time.UTC)
	case tu.unit == 'm':
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	case m > 1 || d > 1:
		return time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
}

// gapBetween reports whether a gap begins in [a, b) or holds a.
func (s Scale) gapBetween(a, b float64) bool {
	_, ok := s.gapEnd(a, b)
	return ok
}

// LabelWidth estimates the px width of a tick label.
func (s Scale) LabelWidth(label string) float64 {
	return float64(len([]rune(label))) * s.c.opt.CharWidth
}

// fits reports whether consecutive labels within unbroken stretches keep
// LabelGap apart.
func (s Scale) fits(ts []Tick) bool {
	for i := 1; i < len(ts); i++ {
		if s.gapBetween(float64(ts[i-1].Day), float64(ts[i].Day)) || ts[i-1].Major != ts[i].Major {
			continue // a major label empties a colliding minor one (declutter)
		}
		if ts[i-1].LabelX+s.LabelWidth(ts[i-1].Label)+s.c.opt.LabelGap > ts[i].LabelX {
			return false
		}
	}
	return true
}

// declutter empties labels that would overlap the last kept label or run
// past the right edge.
func (s Scale) declutter(ts []Tick) {
	end, last := math.Inf(-1), -1
	for i := range ts {
		w := s.LabelWidth(ts[i].Label)
		if ts[i].Label == "" || ts[i].LabelX+w > s.v.Width+s.c.opt.CharWidth {
			ts[i].Label = ""
			continue
		}
		if ts[i].LabelX < end {
			if !ts[i].Major || ts[last].Major {
				ts[i].Label = ""
				continue
			}
			ts[last].Label = "" // a major label wins over the minor one before it
		}
		end, last = ts[i].LabelX+w+s.c.opt.LabelGap, i
	}
}
