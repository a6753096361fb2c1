package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"unsafe"

	"corpusexplorer/app/synth"
)

func FuzzParse(f *testing.F) {
	for _, s := range loadSeeds(f) {
		f.Add(s.Data)
	}
	for _, s := range synth.Generate(20, 7) {
		f.Add(s.Data)
	}
	for _, s := range []string{
		"", "date", "date 2021-12", "date 2021-12 a", " date 2021-02-29 x", "date 2021-12 „a. B” c. D?\n\nKop\n\nLees ook: x",
		"date 2021-12 J. Stoltenberg o.a. d.w.z. 1.000. 2. De\r\n\r\n'x' \"y\" «z» ’s ‘q’", "\uFEFFdate 2021-12 \u00a0x\u2028y\u0085z",
		"date 2021-12 - -a a- ... … ?! .\" .) (", "date 2021-12 \xff",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("f.txt", data)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "f.txt" || pe.Line < 0 || pe.Line > 1+bytes.Count(data, []byte{'\n'}) || pe.Msg == "" {
				t.Fatalf("bad error %#v", err)
			}
			return
		}
		if err := checkArticle(a, string(data)); err != nil {
			t.Fatalf("%v\ninput %q", err, data)
		}
	})
}

// TestParseOwned: an article parsed from bytes given up is the article
// Parse makes of them, its text those very bytes; and so is every error.
func TestParseOwned(t *testing.T) {
	inputs := []string{"", "date 2021-12", "date 2021-12 \xff", "date 2021-12 Een tekst.\n\nNog een alinea."}
	for _, s := range synth.Generate(20, 3) {
		inputs = append(inputs, string(s.Data))
	}
	for _, in := range inputs {
		want, wantErr := Parse("f.txt", []byte(in))
		data := []byte(in)
		got, err := ParseOwned("f.txt", data)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: ParseOwned gives %+v, %v; Parse %+v, %v", in, got, err, want, wantErr)
			continue
		}
		if got != nil && len(data) > 0 && unsafe.StringData(got.Text) != &data[0] {
			t.Errorf("%q: the text is a copy", in)
		}
	}
}
