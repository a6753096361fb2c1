package timeline

import (
	"fmt"
	"time"
)

// Day is a calendar day counted from 1970-01-01 (day 0). As a continuous
// coordinate, day d covers [d, d+1).
type Day int

// DayOf returns the calendar day of t (its date in t's location).
func DayOf(t time.Time) Day {
	y, m, d := t.Date()
	return Day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Time returns d at midnight UTC.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// String writes d as YYYY-MM-DD.
func (d Day) String() string {
	y, m, dd := d.Time().Date()
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), dd)
}
