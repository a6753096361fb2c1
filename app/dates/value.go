package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"corpusexplorer/app/text"
)

// Precision is the calendar unit a Value is known to.
type Precision uint8

// Precisions, from fine to coarse. The zero Precision marks an unset Value.
const (
	Day Precision = iota + 1
	Week
	Month
	Year
)

// String returns "day", "week", "month" or "year" ("" for the zero value).
func (p Precision) String() string {
	switch p {
	case Day:
		return "day"
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return ""
}

// Value is a resolved calendar value: a day, an ISO week, a month or a year.
//
// Which fields are set depends on Precision: Day sets Year, Month and Day;
// Week sets Year (the ISO week-numbering year) and Week; Month sets Year and
// Month; Year sets Year only. Exact is false when the value only
// approximates what the text says: a part of the unit ("eind december",
// "begin 2022"), a day the article date is too coarse for ("donderdag" in
// an article dated to the month gives the article month), a weekday that
// does not fit the date, a season or a decade (given as its first year).
type Value struct {
	Year, Month, Day, Week int
	Precision              Precision
	Exact                  bool
}

// DayValue returns the exact Value of the day y-m-d (normalised as
// time.Date does).
func DayValue(y, m, d int) Value { return dayOf(civil(y, m, d)) }

// WeekValue returns the exact Value of ISO week w of ISO year y.
func WeekValue(y, w int) Value { return Value{Year: y, Week: w, Precision: Week, Exact: true} }

// MonthValue returns the exact Value of month m of year y.
func MonthValue(y, m int) Value {
	t := civil(y, m, 1)
	return Value{Year: t.Year(), Month: int(t.Month()), Precision: Month, Exact: true}
}

// YearValue returns the exact Value of year y.
func YearValue(y int) Value { return Value{Year: y, Precision: Year, Exact: true} }

// IsZero reports whether v is the zero (unset) Value.
func (v Value) IsZero() bool { return v.Precision == 0 }

// String writes v as YYYY-MM-DD, YYYY-Www (ISO week), YYYY-MM or YYYY
// according to its precision; the zero Value gives "".
func (v Value) String() string {
	if v.Precision < Day || v.Precision > Year {
		return ""
	}
	var buf [24]byte
	return string(v.Append(buf[:0]))
}

// Append appends the text of String to b, written as fmt's %04d and %02d
// would write its numbers, without fmt (which allocates: this runs for
// every happening).
func (v Value) Append(b []byte) []byte {
	if v.Precision < Day || v.Precision > Year {
		return b
	}
	b = text.AppendPadded(b, v.Year, 4)
	switch v.Precision {
	case Day:
		b = append(b, '-')
		b = text.AppendPadded(b, v.Month, 2)
		b = append(b, '-')
		b = text.AppendPadded(b, v.Day, 2)
	case Week:
		b = append(b, '-', 'W')
		b = text.AppendPadded(b, v.Week, 2)
	case Month:
		b = append(b, '-')
		b = text.AppendPadded(b, v.Month, 2)
	}
	return b
}

// First returns the first calendar day v covers, at midnight UTC; the zero
// time for the zero Value.
func (v Value) First() time.Time {
	switch v.Precision {
	case Day:
		return civil(v.Year, v.Month, v.Day)
	case Week:
		return isoMonday(v.Year, v.Week)
	case Month:
		return civil(v.Year, v.Month, 1)
	case Year:
		return civil(v.Year, 1, 1)
	}
	return time.Time{}
}

// Last returns the last calendar day v covers, at midnight UTC; the zero
// time for the zero Value.
func (v Value) Last() time.Time {
	switch v.Precision {
	case Day:
		return v.First()
	case Week:
		return isoMonday(v.Year, v.Week).AddDate(0, 0, 6)
	case Month:
		return civil(v.Year, v.Month+1, 0)
	case Year:
		return civil(v.Year, 12, 31)
	}
	return time.Time{}
}

// Overlaps reports whether v covers at least one day of the closed range
// [first, last] (both taken as calendar days). It is the test to use when
// filtering articles by a date range.
func (v Value) Overlaps(first, last time.Time) bool {
	if v.IsZero() {
		return false
	}
	fy, fm, fd := first.Date()
	ly, lm, ld := last.Date()
	f, l := civil(fy, int(fm), fd), civil(ly, int(lm), ld)
	return !v.Last().Before(f) && !v.First().After(l)
}

// Compare orders values by their first day, then by their last day (the
// narrower value first), then exact before inexact. It returns -1, 0 or +1
// and fits slices.SortFunc.
func (v Value) Compare(o Value) int {
	if c := v.First().Compare(o.First()); c != 0 {
		return c
	}
	if c := v.Last().Compare(o.Last()); c != 0 {
		return c
	}
	switch {
	case v.Exact == o.Exact:
		return 0
	case v.Exact:
		return -1
	}
	return 1
}

// ParseValue parses the String form of a Value: YYYY, YYYY-MM, YYYY-MM-DD or
// YYYY-Www. The result is exact.
func ParseValue(s string) (Value, error) {
	bad := func() (Value, error) {
		return Value{}, fmt.Errorf("dates: cannot parse %q as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www", s)
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return bad()
	}
	y, err := strconv.Atoi(parts[0])
	if err != nil {
		return bad()
	}
	if len(parts) == 1 {
		return YearValue(y), nil
	}
	if len(parts) == 2 && len(parts[1]) == 3 && (parts[1][0] == 'W' || parts[1][0] == 'w') {
		w, err := strconv.Atoi(parts[1][1:])
		if err != nil || w < 1 || w > isoWeeks(y) {
			return bad()
		}
		return WeekValue(y, w), nil
	}
	m, err := strconv.Atoi(parts[1])
	if err != nil || len(parts[1]) != 2 || m < 1 || m > 12 {
		return bad()
	}
	if len(parts) == 2 {
		return MonthValue(y, m), nil
	}
	d, err := strconv.Atoi(parts[2])
	if err != nil || len(parts[2]) != 2 || !validDate(y, m, d) {
		return bad()
	}
	return DayValue(y, m, d), nil
}

// Weekday returns the ISO weekday of a day Value, 1 (Monday) … 7
// (Sunday); 0 for a Value of any other precision.
func (v Value) Weekday() int {
	if v.Precision != Day {
		return 0
	}
	return isoWeekday(v.First())
}

// Fits reports whether two values can be the same time: they share a day,
// and where a weekday goes with a value (1 … 7, 0 for none, as in
// Expr.Weekday) the shared days include that weekday. A day inside a
// month fits it; two different days do not; "donderdag" in a December
// (wd 4 with the month) does not fit 7 December 2021, a Tuesday.
func Fits(a Value, aw int, b Value, bw int) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	first, last := a.First(), a.Last()
	if f := b.First(); f.After(first) {
		first = f
	}
	if l := b.Last(); l.Before(last) {
		last = l
	}
	if first.After(last) {
		return false
	}
	if aw == 0 && bw == 0 {
		return true
	}
	if aw != 0 && bw != 0 && aw != bw {
		return false
	}
	wd := max(aw, bw)
	// the first day on or after first with weekday wd
	d := first.AddDate(0, 0, (wd-isoWeekday(first)+7)%7)
	return !d.After(last)
}

// Ref is the publication date of an article, the reference relative and
// incomplete expressions are resolved against. Day == 0 means the article
// is dated only to the month; Month == 0 (and Day == 0) only to the year;
// Year == 0 means no date at all, and then only expressions that carry
// their own year are resolved.
type Ref struct {
	Year, Month, Day int
}

// Value returns the reference date as a Value at its own precision (the
// zero Value when r.Year == 0).
func (r Ref) Value() Value {
	switch {
	case r.Year == 0:
		return Value{}
	case r.Month == 0:
		return YearValue(r.Year)
	case r.Day == 0:
		return MonthValue(r.Year, r.Month)
	}
	return DayValue(r.Year, r.Month, r.Day)
}

// String writes r as YYYY-MM-DD, YYYY-MM or YYYY.
func (r Ref) String() string { return r.Value().String() }

// civil returns y-m-d at midnight UTC, normalised as time.Date does.
func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDate reports whether y-m-d is a real calendar day.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return civil(y, m, d).Day() == d
}

// dayOf returns the exact day Value of t.
func dayOf(t time.Time) Value {
	return Value{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: Day, Exact: true}
}

// weekOf returns the exact ISO-week Value containing t.
func weekOf(t time.Time) Value {
	y, w := t.ISOWeek()
	return WeekValue(y, w)
}

// monthOf returns the exact month Value containing t.
func monthOf(t time.Time) Value { return MonthValue(t.Year(), int(t.Month())) }

// isoMonday returns the Monday of ISO week w of ISO year y.
func isoMonday(y, w int) time.Time {
	jan4 := civil(y, 1, 4) // always in week 1
	wd := (int(jan4.Weekday()) + 6) % 7
	return jan4.AddDate(0, 0, -wd+(w-1)*7)
}

// isoWeeks returns the number of ISO weeks (52 or 53) of ISO year y.
func isoWeeks(y int) int {
	_, w := civil(y, 12, 28).ISOWeek()
	return w
}

// isoWeekday returns 1 for Monday … 7 for Sunday.
func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// coarsen returns v at precision p (p coarser than or equal to v's), keeping
// Exact. A week becomes the month or year of its Thursday.
func coarsen(v Value, p Precision) Value {
	if v.IsZero() || p <= v.Precision {
		return v
	}
	t := v.First()
	if v.Precision == Week {
		t = t.AddDate(0, 0, 3)
	}
	var out Value
	switch p {
	case Week:
		out = weekOf(t)
	case Month:
		out = monthOf(t)
	default:
		out = YearValue(t.Year())
	}
	out.Exact = v.Exact
	return out
}

// inexact returns v with Exact cleared.
func inexact(v Value) Value {
	v.Exact = false
	return v
}
