package timeline

import "time"

// DayDate returns the Day of y-m-d (normalised as time.Date does).
func DayDate(y int, m time.Month, d int) Day { return DayOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)) }
