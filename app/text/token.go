package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with inner apostrophes: Poetin's, zo'n
	Number             // digits, possibly with inner . , : separators: 14.000, 2,5, 10:30
	Punct              // any other single non-space rune
)

func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	}
	return "punct"
}

// Token is one word, number or punctuation mark of a text.
//
// A token holds no pointer (its fold is an id in the vocabulary) and takes
// 24 bytes: corpora hold millions, and the garbage collector does not look
// inside them.
type Token struct {
	Span
	// FoldID is the search normal form (FoldWord) of a word or number, and
	// the rune itself for punctuation; Fold returns it as a string.
	FoldID FoldID
	Kind   Kind
	// Hyphen reports that the token is joined to the previous word by a
	// hyphen with no space around it (the "Biden" of regering-Biden). The
	// hyphen itself is not a token.
	Hyphen bool
}

// Fold returns the token's search normal form (FoldWord) for a word or
// number, and the rune itself for punctuation.
func (t Token) Fold() string { return t.FoldID.String() }

// Upper reports whether the token starts with an upper-case letter.
func (t Token) Upper(src string) bool {
	if c := src[t.Start]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(src[t.Start:])
	return unicode.IsUpper(r)
}

// AllCaps reports whether every letter of the token is upper case and it
// has at least two letters (NAVO, EU, AFP).
func (t Token) AllCaps(src string) bool {
	n := 0
	for _, r := range src[t.Start:t.End] {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// punctFold returns the fold of a punctuation token: the character as
// written (raw, the bytes of the text), unless it is not valid UTF-8.
func punctFold(raw string, r rune) FoldID {
	if r == utf8.RuneError {
		return Intern(string(r))
	}
	return Intern(raw)
}

// foldID returns the id of Fold(s), folding in a buffer on the stack.
func foldID(s string) FoldID {
	var buf [64]byte
	return internBytes(appendFold(buf[:0], s))
}

// wordFoldID returns the id of FoldWord(s).
func wordFoldID(s string) FoldID {
	var buf [64]byte
	return internBytes(appendFoldWord(buf[:0], s))
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// Tokenize splits s into tokens with exact byte offsets. Words keep inner
// apostrophes (Poetin's, zo'n); hyphenated compounds are split into their
// parts, the later parts marked Hyphen; numbers keep inner separators
// (100.000, 2,5, 10:30) but a trailing period is punctuation.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	return AppendTokens(toks, s, 0)
}

// AppendTokens tokenizes s, adds base to every offset and appends the
// tokens to dst. It lets a caller tokenize a part of a larger text.
func AppendTokens(dst []Token, s string, base int) []Token {
	i := 0
	hyphen := false
	for i < len(s) {
		if c := s[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
			// the commonest case first: ASCII space, as unicode.IsSpace
			hyphen = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			hyphen = false
			i += n
		case unicode.IsDigit(r):
			start := i
			i += n
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if unicode.IsDigit(r) {
					i += n
					continue
				}
				if (r == '.' || r == ',' || r == ':') && i+n < len(s) {
					r2, _ := utf8.DecodeRuneInString(s[i+n:])
					if unicode.IsDigit(r2) {
						i += n
						continue
					}
				}
				break
			}
			// A number glued to letters (3e, 2021-versie is split by the hyphen) stays one word.
			kind := Number
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsLetter(r) {
					break
				}
				kind = Word
				i += n
			}
			tok := s[start:i]
			dst = append(dst, Token{Span: Span{base + start, base + i}, Kind: kind, FoldID: foldID(tok), Hyphen: hyphen})
			hyphen = false
		case isWordRune(r):
			start := i
			i += n
			for i < len(s) {
				if c := s[i]; c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
					i++ // the common case, without decoding
					continue
				}
				r, n := utf8.DecodeRuneInString(s[i:])
				if isWordRune(r) {
					i += n
					continue
				}
				if isApostrophe(r) && i+n < len(s) {
					r2, _ := utf8.DecodeRuneInString(s[i+n:])
					if unicode.IsLetter(r2) {
						i += n
						continue
					}
				}
				break
			}
			dst = append(dst, Token{Span: Span{base + start, base + i}, Kind: Word, FoldID: wordFoldID(s[start:i]), Hyphen: hyphen})
			hyphen = false
		case isHyphen(r) && len(dst) > 0 && dst[len(dst)-1].End == base+i && dst[len(dst)-1].Kind != Punct && i+n < len(s):
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if isWordRune(r2) {
				hyphen = true
				i += n
				continue
			}
			dst = append(dst, Token{Span: Span{base + i, base + i + n}, Kind: Punct, FoldID: Intern(s[i : i+n])})
			i += n
		default:
			// An apostrophe that opens a word ('s avonds, 't) belongs to it.
			if isApostrophe(r) && i+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[i+n:])
				if unicode.IsLetter(r2) && (len(dst) == 0 || dst[len(dst)-1].End < base+i) {
					j := i + n
					for j < len(s) {
						r3, n3 := utf8.DecodeRuneInString(s[j:])
						if !unicode.IsLetter(r3) {
							break
						}
						j += n3
					}
					if w := Fold(s[i+n : j]); w == "s" || w == "t" || w == "n" {
						dst = append(dst, Token{Span: Span{base + i, base + j}, Kind: Word, FoldID: Intern("'" + w)})
						i = j
						hyphen = false
						continue
					}
				}
			}
			dst = append(dst, Token{Span: Span{base + i, base + i + n}, Kind: Punct, FoldID: punctFold(s[i:i+n], r)})
			hyphen = false
			i += n
		}
	}
	return dst
}

// IsQuote reports whether the fold of a punctuation token is a quotation
// mark: straight, curly, low-9 or guillemet.
func IsQuote(fold string) bool {
	switch fold {
	case "\"", "'", "„", "“", "”", "‘", "’", "«", "»", "‚":
		return true
	}
	return false
}
