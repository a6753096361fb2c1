package events

import "testing"

// TestClassOf: every word of a class list has its class (and those of the
// other lists it is in), and words of no list have none.
func TestClassOf(t *testing.T) {
	want := map[string]wordClass{}
	for _, l := range classWords() {
		for _, w := range l.words {
			want[w] |= l.class
		}
	}
	for w, c := range want {
		if got := classOf(w); got != c {
			t.Errorf("classOf(%q) = %b, want %b", w, got, c)
		}
	}
	for _, tt := range []struct {
		w    string
		want wordClass
	}{
		{"zijn", wDeterminer | wFunction},
		{"van", wParticle | wPreposition},
		{"dat", wFunction | wClauseBreak},
		{"formeel", wFunction | wBareAdjective},
		{"staken", wFinite}, {"kondigde", wFinite}, {"open", wBareAdjective}, {"namen", 0}, {"stap", 0},
		{"", 0}, {"d", 0}, {"poetin", 0}, {"gesprek", 0}, {"dee", 0}, {"vann", 0}, {"Van", 0}, {"zijnn", 0},
	} {
		if got := classOf(tt.w); got != tt.want {
			t.Errorf("classOf(%q) = %b, want %b", tt.w, got, tt.want)
		}
	}
}
