package corpus

import (
	"errors"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		err  error
	}{
		{"2021-12", Date{2021, 12, 0}, nil},
		{"2021-04-30", Date{2021, 4, 30}, nil},
		{"2024-02-29", Date{2024, 2, 29}, nil},
		{"2000-02-29", Date{2000, 2, 29}, nil},
		{"1900-02-29", Date{}, ErrDay},
		{"2023-02-29", Date{}, ErrDay},
		{"2021-04-31", Date{}, ErrDay},
		{"2021-04-00", Date{}, ErrDay},
		{"2021-13", Date{}, ErrMonth},
		{"2021-00", Date{}, ErrMonth},
		{"2021-1", Date{}, ErrDateSyntax},
		{"21-12", Date{}, ErrDateSyntax},
		{"2021/12", Date{}, ErrDateSyntax},
		{"2021-12-1", Date{}, ErrDateSyntax},
		{"2021-12x01", Date{}, ErrDateSyntax},
		{"0000-12", Date{}, ErrDateSyntax},
		{"", Date{}, ErrDateSyntax},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestDateMethods(t *testing.T) {
	tests := []struct {
		d     Date
		s     string
		valid bool
	}{
		{Date{2021, 12, 0}, "2021-12", true},
		{Date{2021, 4, 7}, "2021-04-07", true},
		{Date{987, 1, 0}, "0987-01", true},
		{Date{2021, 2, 29}, "2021-02-29", false},
		{Date{}, "0000-00", false},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.s {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.s)
		}
		if got := tt.d.Valid(); got != tt.valid {
			t.Errorf("%v.Valid() = %v", tt.d, got)
		}
	}
	order := []Date{{2020, 12, 31}, {2021, 1, 0}, {2021, 1, 1}, {2021, 1, 2}, {2021, 2, 0}}
	for i := range order {
		for j := range order {
			if got, want := order[i].Compare(order[j]), cmpInt(i, j); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
	d := Date{2021, 12, 24}
	if d.MonthIndex() != 2021*12+11 || MonthAt(d.MonthIndex()) != d.MonthDate() || d.MonthDate() != (Date{2021, 12, 0}) {
		t.Errorf("month helpers: %d %v %v", d.MonthIndex(), MonthAt(d.MonthIndex()), d.MonthDate())
	}
	if !(Date{}).IsZero() || d.IsZero() {
		t.Error("IsZero")
	}
}
