package corpus

import (
	"fmt"
	"testing"
)

// TestAssembleInPieces: a corpus put together a piece at a time, in pieces
// of any size, is the corpus New or With makes, errors included.
func TestAssembleInPieces(t *testing.T) {
	parse := func(id, date string) *Article {
		a, err := Parse(id+".txt", []byte("date "+date+" Tekst van "+id+".\n"))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	var many []*Article
	for i := range 1500 {
		many = append(many, parse(fmt.Sprintf("a%04d", (i*7919)%1500), fmt.Sprintf("20%02d-%02d", 10+i%5, 1+i%12)))
	}
	base, err := New([]*Article{parse("b1", "2021-12"), parse("b2", "2020-01")})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		base     *Corpus
		articles []*Article
	}{
		{"none", nil, nil},
		{"many", nil, many},
		{"many on a base", base, many},
		{"a duplicate of the base", base, []*Article{parse("b1", "2019-03"), parse("c", "2019-03")}},
		{"duplicates and nil", nil, []*Article{parse("x", "2021-01"), nil, parse("x", "2021-02"), parse("y", "2021-01")}},
		{"nothing new", base, []*Article{parse("b2", "2022-02")}},
	} {
		want, wantErr := New(tc.articles)
		if tc.base != nil {
			want, wantErr = tc.base.With(tc.articles...)
		}
		for _, piece := range []int{1, 13, 1 << 30} {
			x := Assemble(tc.base, tc.articles)
			for steps := 0; !x.Step(piece); steps++ {
				if steps > 100000 {
					t.Fatalf("%s: no end to the steps", tc.name)
				}
			}
			got, err := x.Corpus()
			if fmt.Sprint(err) != fmt.Sprint(wantErr) {
				t.Errorf("%s, pieces of %d: error %v, want %v", tc.name, piece, err, wantErr)
			}
			if got.Len() != want.Len() || got.Stats() != want.Stats() || (tc.base != nil && (got == tc.base) != (want == tc.base)) {
				t.Fatalf("%s, pieces of %d: %d articles %+v, want %d %+v", tc.name, piece, got.Len(), got.Stats(), want.Len(), want.Stats())
			}
			for i := range got.Len() {
				if i > 0 && compareArticles(got.At(i-1), got.At(i)) >= 0 {
					t.Fatalf("%s, pieces of %d: %s before %s", tc.name, piece, got.At(i-1).ID, got.At(i).ID)
				}
				if got.At(i) != want.At(i) || got.Index(got.At(i).ID) != i {
					t.Fatalf("%s, pieces of %d: article %d is %s, want %s", tc.name, piece, i, got.At(i).ID, want.At(i).ID)
				}
			}
		}
	}
}
