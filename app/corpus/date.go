package corpus

import (
	"errors"
	"fmt"

	"corpusexplorer/app/text"
)

// Date is the publication date of an article. Day is 0 when the article is
// dated to the month only (the usual " date YYYY-MM " header).
type Date struct {
	Year, Month, Day int
}

// String returns "YYYY-MM", or "YYYY-MM-DD" when the day is known.
func (d Date) String() string {
	var buf [24]byte
	b := text.AppendPadded(buf[:0], d.Year, 4)
	b = append(b, '-')
	b = text.AppendPadded(b, d.Month, 2)
	if d.Day != 0 {
		b = append(b, '-')
		b = text.AppendPadded(b, d.Day, 2)
	}
	return string(b)
}

// IsZero reports whether d is the zero Date (no date at all).
func (d Date) IsZero() bool { return d == Date{} }

// Compare returns -1, 0 or +1 as d is before, equal to or after e. A date
// of month precision sorts before every day of that month.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(d.Month, e.Month)
	}
	return cmpInt(d.Day, e.Day)
}

func cmpInt(a, b int) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// MonthIndex returns the number of months since January of year 0
// (Year*12 + Month - 1), handy for histograms and month arithmetic.
// MonthAt is its inverse.
func (d Date) MonthIndex() int { return d.Year*12 + d.Month - 1 }

// MonthAt returns the month-precision Date whose MonthIndex is i.
func MonthAt(i int) Date { return Date{Year: i / 12, Month: i%12 + 1} }

// MonthDate returns d with the day dropped (month precision).
func (d Date) MonthDate() Date { return Date{Year: d.Year, Month: d.Month} }

// Valid reports whether d is a real date: year 1..9999, month 1..12 and a
// day that is 0 (month precision) or exists in that month.
func (d Date) Valid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= 1 && d.Month <= 12 &&
		d.Day >= 0 && d.Day <= DaysIn(d.Year, d.Month)
}

// DaysIn returns the number of days of a month (1..12) in the Gregorian
// calendar, or 0 for a month out of range.
func DaysIn(year, month int) int {
	switch month {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 0
}

// Date parsing errors, wrapped by ParseDate; a ParseError carries their
// message.
var (
	ErrDateSyntax = errors.New("malformed date, want YYYY-MM or YYYY-MM-DD")
	ErrMonth      = errors.New("month out of range 1..12")
	ErrDay        = errors.New("day does not exist in that month")
)

// ParseDate parses "YYYY-MM" or "YYYY-MM-DD" (exactly four, two and two
// digits). The year must be at least 1.
func ParseDate(s string) (Date, error) {
	var d Date
	if (len(s) != 7 && len(s) != 10) || s[4] != '-' {
		return d, fmt.Errorf("%w: %q", ErrDateSyntax, s)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	if !ok1 || !ok2 || y == 0 {
		return d, fmt.Errorf("%w: %q", ErrDateSyntax, s)
	}
	d.Year, d.Month = y, m
	if len(s) == 10 {
		day, ok := digits(s[8:10])
		if s[7] != '-' || !ok {
			return Date{}, fmt.Errorf("%w: %q", ErrDateSyntax, s)
		}
		d.Day = day
	}
	if m < 1 || m > 12 {
		return Date{}, fmt.Errorf("%w: %q", ErrMonth, s)
	}
	if len(s) == 10 && (d.Day < 1 || d.Day > DaysIn(y, m)) {
		return Date{}, fmt.Errorf("%w: %q", ErrDay, s)
	}
	return d, nil
}

// digits parses a string of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}
