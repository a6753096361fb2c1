package eval

import "testing"

func TestScore(t *testing.T) {
	for _, tt := range []struct {
		s       Score
		p, r, f float64
	}{
		{Score{TP: 3, FP: 1, FN: 3}, 0.75, 0.5, 0.6},
		{Score{}, 0, 0, 0},
		{Score{FP: 2}, 0, 0, 0},
	} {
		if tt.s.Precision() != tt.p || tt.s.Recall() != tt.r || tt.s.F1() != tt.f {
			t.Errorf("%+v: P %v R %v F1 %v", tt.s, tt.s.Precision(), tt.s.Recall(), tt.s.F1())
		}
	}
	s := Score{TP: 1}
	s.Add(Score{TP: 1, FP: 2, FN: 3})
	if s != (Score{TP: 2, FP: 2, FN: 3}) {
		t.Errorf("Add: %+v", s)
	}
}
