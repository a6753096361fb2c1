// Package eval holds what the extraction evaluations share: counts of
// true positives, false positives and false negatives, and the precision,
// recall and F1 they give.
package eval

// Score counts the matches of one measure.
type Score struct {
	TP, FP, FN int
}

// Precision returns TP / (TP + FP), or 0.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall returns TP / (TP + FN), or 0.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 returns the harmonic mean of precision and recall, or 0.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add adds the counts of o to s.
func (s *Score) Add(o Score) { s.TP += o.TP; s.FP += o.FP; s.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
