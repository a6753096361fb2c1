// Package text holds the language primitives shared by every part of the
// explorer: byte spans, a tokenizer that keeps exact offsets, the search
// normal form (case and diacritics folding), the Dutch Snowball stemmer and
// the Dutch stop-word list.
//
// All offsets in this package are byte offsets into the UTF-8 text they were
// computed on, so that text[span.Start:span.End] is always the exact source.
package text

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Span is a half-open byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Len returns the number of bytes covered by s.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Of returns the part of t that s covers.
func (s Span) Of(t string) string { return t[s.Start:s.End] }

// foldExtra maps letters that Unicode does not decompose into a base letter
// plus combining marks.
var foldExtra = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d",
	'þ': "th", 'ı': "i", 'ĳ': "ij",
}

// Fold returns the search normal form of s: lower case, diacritics removed
// (Oekraïne → oekraine), typographic apostrophes and dashes made plain.
// It does not stem and does not drop possessives; see FoldWord for that.
func Fold(s string) string {
	// A lower-case ASCII word is its own fold; any other is folded by
	// appendFold in a single allocation.
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			b := appendFold(make([]byte, 0, len(s)), s)
			return unsafe.String(unsafe.SliceData(b), len(b))
		}
	}
	return s
}

// appendFold appends Fold(s) to dst.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// folding goes rune by rune, and s[:i] is ASCII
			return appendFoldUnicode(dst, s[i:])
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// appendFoldUnicode appends the fold of s, rune by rune, to dst.
func appendFoldUnicode(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			dst = append(dst, byte(unicode.ToLower(r)))
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '´':
			dst = append(dst, '\'')
		case r == '‐' || r == '‑' || r == '–' || r == '—':
			dst = append(dst, '-')
		default:
			lr := unicode.ToLower(r)
			if x, ok := foldExtra[lr]; ok {
				dst = append(dst, x...)
				continue
			}
			dst = append(dst, stripMarks(lr)...)
		}
	}
	return dst
}

// appendFoldWord appends FoldWord(w) to dst.
func appendFoldWord(dst []byte, w string) []byte {
	n := len(dst)
	dst = appendFold(dst, w)
	if f := dst[n:]; len(f) > 2 && f[len(f)-2] == '\'' && f[len(f)-1] == 's' {
		dst = dst[:len(dst)-2]
	}
	return dst
}

//go:generate go run gen_marks.go

// stripMarks decomposes r and drops its combining marks (ï → i, Å → A),
// as golang.org/x/text's NFD, then NFC without the marks, would: from the
// table that gen_marks.go writes with it, so that the wasm does not carry
// the normalisation tables.
func stripMarks(r rune) string {
	i, ok := slices.BinarySearch(markRunes[:], r)
	if !ok {
		return string(r)
	}
	start := 0
	if i > 0 {
		start = int(markEnds[i-1])
	}
	return markData[start:markEnds[i]]
}

// FoldWord folds a single word and drops a possessive or plural "'s":
// Poetin's → poetin, regio’s → regio. Other apostrophes stay (zo'n).
func FoldWord(w string) string {
	f := Fold(w)
	if strings.HasSuffix(f, "'s") && len(f) > 2 {
		f = f[:len(f)-2]
	}
	return f
}

// Clip shortens s to at most n bytes, cut after a whole word when one ends
// in the second half of the limit, else after a whole character, and marks
// the cut with " …". A string that fits is returned as it is. Clip never
// cuts a UTF-8 character in half.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	cut := i
	for j := i; j > n/2; j-- {
		if s[j] == ' ' {
			cut = j
			break
		}
	}
	return strings.TrimRight(s[:cut], " ") + " …"
}

// AppendPadded appends n in decimal, padded with zeros to width, as fmt's
// %0*d does, without fmt (which allocates: dates are written for every
// article and happening). A minus sign counts in the width.
func AppendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		return AppendPadded(append(b, '-'), -n, width-1)
	}
	var d [20]byte
	s := strconv.AppendInt(d[:0], int64(n), 10)
	for k := len(s); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Plural returns n followed by unit, with an "s" unless n is 1: "1 article",
// "3 articles".
func Plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}
