package corpus

import (
	"fmt"
	"testing"
)

// TestDateString: String writes what fmt's %04d and %02d write.
func TestDateString(t *testing.T) {
	for _, d := range []Date{
		{2021, 12, 0}, {2021, 12, 7}, {2000, 9, 1}, {7, 1, 0}, {12345, 10, 31}, {-3, -2, 0}, {0, 0, 0},
	} {
		want := fmt.Sprintf("%04d-%02d", d.Year, d.Month)
		if d.Day != 0 {
			want = fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
		}
		if got := d.String(); got != want {
			t.Errorf("%+v: String() = %q, want %q", d, got, want)
		}
	}
}
