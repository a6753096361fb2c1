// Package synth generates a synthetic news corpus in the article file
// format of package corpus, for tests and benchmarks. Its vocabulary is
// built from the seed articles (their names, places, date expressions and
// phrases) plus invented Dutch-looking names. Generation is deterministic:
// the same seed gives byte-identical files on every platform and Go
// release, and file i does not depend on how many files are generated.
package synth

import (
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// File is a generated article file.
type File struct {
	Name string // base name: "syn000042_<16 hex digits>.txt"
	Data []byte
}

// Generate returns n synthetic article files. Dates range over 2014..2024,
// a fifth of them with a day; articles have a lead on the date line, 3 to
// 8 body paragraphs, sometimes headings and a closing "Lees ook:" link,
// and occasionally CRLF line ends, extra blank lines or trailing spaces.
func Generate(n int, seed uint64) []File {
	files := make([]File, max(n, 0))
	var b strings.Builder
	for i := range files {
		r := rng{state: seed ^ mix(uint64(i)+0x9e3779b97f4a7c15)}
		b.Reset()
		id := r.next()
		article(&b, &r)
		files[i] = File{
			Name: fmt.Sprintf("syn%06d_%016x.txt", i, id),
			Data: []byte(b.String()),
		}
	}
	return files
}

// WriteDir writes files into dir, creating it if needed.
func WriteDir(dir string, files []File) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// article writes one article file.
func article(b *strings.Builder, r *rng) {
	nl := "\n"
	if r.intn(10) == 0 {
		nl = "\r\n"
	}
	year, month := 2014+r.intn(11), 1+r.intn(12)
	if r.intn(10) != 0 {
		b.WriteByte(' ')
	}
	if r.intn(5) == 0 {
		fmt.Fprintf(b, "date %04d-%02d-%02d ", year, month, 1+r.intn(daysIn(year, month)))
	} else {
		fmt.Fprintf(b, "date %04d-%02d ", year, month)
	}
	b.WriteString(capitalise(expand(r, pick(r, leads))))
	b.WriteByte(' ')
	paragraph(b, r, 1+r.intn(2))
	paras := 3 + r.intn(6)
	for p := 0; p < paras; p++ {
		if p > 0 && r.intn(4) == 0 {
			blank(b, r, nl)
			b.WriteString(capitalise(expand(r, "{kop}")))
		}
		blank(b, r, nl)
		paragraph(b, r, 1+r.intn(4))
	}
	if r.intn(3) == 0 {
		blank(b, r, nl)
		b.WriteString("Lees ook: ")
		b.WriteString(capitalise(expand(r, pick(r, related))))
	}
	if r.intn(2) == 0 {
		b.WriteString(nl)
	}
}

// blank ends a paragraph: a line end, sometimes trailing spaces, and one or
// (rarely) more blank lines.
func blank(b *strings.Builder, r *rng, nl string) {
	if r.intn(20) == 0 {
		b.WriteString("  ")
	}
	b.WriteString(nl)
	b.WriteString(nl)
	if r.intn(15) == 0 {
		b.WriteString(nl)
	}
}

// paragraph writes n sentences separated by spaces.
func paragraph(b *strings.Builder, r *rng, n int) {
	for s := 0; s < n; s++ {
		if s > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(capitalise(expand(r, pick(r, sentences))))
	}
}

// expand replaces every {slot} of t by a random choice, recursively. A
// slot that occurs twice in t gets two different choices when it can.
func expand(r *rng, t string) string {
	if !strings.Contains(t, "{") {
		return t
	}
	var b strings.Builder
	var used []string // slot, choice pairs
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			panic("synth: unclosed slot in " + t)
		}
		b.WriteString(t[:i])
		name := t[i+1 : i+j]
		choices, ok := slots[name]
		if !ok {
			panic("synth: unknown slot " + t[i:i+j+1])
		}
		c := pick(r, choices)
		for k := 0; k < len(used); k += 2 {
			if used[k] == name && used[k+1] == c {
				c = choices[(r.intn(len(choices)-1)+1+index(choices, c))%len(choices)]
			}
		}
		used = append(used, name, c)
		b.WriteString(expand(r, c))
		t = t[i+j+1:]
	}
}

func index(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return 0
}

// capitalise upper-cases the first letter of s, after any opening quote.
func capitalise(s string) string {
	for i, c := range s {
		if unicode.IsLetter(c) {
			if unicode.IsUpper(c) {
				return s
			}
			return s[:i] + string(unicode.ToUpper(c)) + s[i+utf8.RuneLen(c):]
		}
		if !strings.ContainsRune("„\"'“", c) {
			return s
		}
	}
	return s
}

func pick(r *rng, list []string) string { return list[r.intn(len(list))] }

func daysIn(year, month int) int {
	switch month {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// rng is SplitMix64: small, fast and fixed forever, so that output never
// changes with the Go release (math/rand/v2 does not promise that).
type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	return mix(r.state)
}

func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// intn returns a number in [0, n), n > 0 (multiply-shift; the bias is
// negligible for the small n used here).
func (r *rng) intn(n int) int {
	hi, _ := bits.Mul64(r.next(), uint64(n))
	return int(hi)
}
