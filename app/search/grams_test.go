package search

import (
	"fmt"
	"slices"
	"testing"

	"corpusexplorer/app/corpus"
)

func TestDocGrams(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // each gram's phrase with its positions, in order of first occurrence
	}{
		{"De minister sprak in de Kamer.", []string{"de minister [0]", "sprak in [2]", "in de [3]", "de kamer [4]", "in de kamer [3]"}},
		{"Witte Huis, Oval Office.", nil},
		{"Regering, de regering en de regering.", []string{"de regering [2 5]", "regering en [3]", "en de [4]", "en de regering [4]"}},
		{"Van de, regering van de van de.", []string{"van de [0 4 6]", "regering van [3]", "de van [5]"}},
	} {
		a, err := corpus.Parse("x.txt", []byte("date 2021-12-01 "+tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, g := range DocGrams(a) {
			if !IsGram(g.Term) || int(g.TF) != len(g.Pos) || len(g.Folds) != len(g.Pos) {
				t.Errorf("%q: term %q, TF %v, %d folds for %d positions", tc.text, g.Term, g.TF, len(g.Folds), len(g.Pos))
			}
			got = append(got, fmt.Sprintf("%s %v", GramPhrase(g.Term), g.Pos))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: grams\n%q\nwant\n%q", tc.text, got, tc.want)
		}
	}
}
