package text

import "testing"

func TestFoldSet(t *testing.T) {
	s := NewFoldSet("dat", ",", "omdat")
	for _, tc := range []struct {
		fold string
		want bool
	}{
		{"dat", true}, {",", true}, {"omdat", true},
		{"data", false}, {"", false}, {"een-woord-dat-nog-niemand-zag", false},
	} {
		if got := s.Has(Intern(tc.fold)); got != tc.want {
			t.Errorf("Has(%q) = %v, want %v", tc.fold, got, tc.want)
		}
	}
	if (FoldSet{}).Has(Intern("dat")) {
		t.Error("the empty set has a fold")
	}
}

func TestFoldTable(t *testing.T) {
	var tab FoldTable[int]
	tab.Put("vier", 4)
	tab.Put("twee", 2)
	for _, tc := range []struct {
		fold string
		want int
	}{{"vier", 4}, {"twee", 2}, {"drie", 0}} {
		if got := tab.At(Intern(tc.fold)); got != tc.want {
			t.Errorf("At(%q) = %d, want %d", tc.fold, got, tc.want)
		}
	}
}
