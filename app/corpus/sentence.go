package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"corpusexplorer/app/text"
)

// Sentence splitting works on the tokens of one paragraph. A sentence ends
// after a run of final punctuation (. ? ! … and any closing quotes or
// brackets glued to it) that is followed by white space and
//
//   - for ? and !: anything but a lower-case word;
//   - for … or "...": an upper-case word or an opening quote or bracket;
//   - for a single period: an upper-case word, an opening quote or bracket,
//     or a number; unless the period closes an abbreviation that never
//     ends a sentence (bijv., dhr., o.a., ca., nr., d.w.z. …), an initial
//     (J. Stoltenberg, J.F. Kennedy) or a list number at the start of a
//     sentence or line ("1. Eerste punt"). Abbreviations that often do end
//     a sentence (enz., e.d., jl., a.s., months …) end it before an
//     upper-case word or an opening quote.
//
// It never ends inside a quotation („…” "…" '…' «…»): quotes are paired by
// family, an ambiguous mark (" ' “ ” ‘ ’) opening after white space and
// closing after a word; an opening mark that is never closed in the
// paragraph is ignored, so a stray quote cannot swallow a paragraph.
// Numbers like 1.000 and 14.000 are single tokens and never split.

// abbrevClass tells how an abbreviation followed by a period behaves.
type abbrevClass uint8

const (
	notAbbrev   abbrevClass = iota
	abbrevInner             // never ends a sentence: the period is followed by more of it
	abbrevFinal             // may end a sentence: ends it before an upper-case word
)

// abbrevs maps folded abbreviations (without the final period) to their
// class. Words written in capitals (VS., EU.) are never abbreviations.
var abbrevs = func() map[string]abbrevClass {
	m := map[string]abbrevClass{}
	for _, w := range []string{
		"o.a", "bijv", "bv", "b.v", "dhr", "hr", "mr", "mevr", "mw", "mej", "drs", "prof", "dr", "ir", "ing",
		"ca", "nr", "nrs", "d.w.z", "m.b.t", "t.a.v", "i.p.v", "i.v.m", "m.n", "o.m", "zgn", "z.g", "resp",
		"incl", "excl", "vgl", "st", "blz", "pag", "gen", "lt", "kol", "ds", "mgr", "m.m.v", "t.b.v",
		"n.a.v", "p.p", "a.d", "v.d", "c.q", "o.b.v", "m.i.v", "bijz", "evt", "ong", "tel",
	} {
		m[w] = abbrevInner
	}
	for _, w := range []string{
		"enz", "e.d", "e.a", "etc", "jl", "a.s", "e.v", "jr", "sr", "v.chr", "n.chr", "mln", "mld", "mrd",
		"jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "z.o.z", "n.v.t",
		"e.o", "o.i.d", "a.u.b", "s.v.p",
	} {
		m[w] = abbrevFinal
	}
	return m
}()

// quote roles of a punctuation token
const (
	notQuote = iota
	opener
	closer
)

// quoteFamily returns the family of a quotation mark (0 if r is none) and
// whether it always opens (+1), always closes (-1) or depends on spacing.
func quoteFamily(r rune) (fam, hint int) {
	switch r {
	case '„', '“', '”', '"', '‟':
		fam = 1
	case '‚', '‘', '’', '\'':
		fam = 2
	case '«', '»':
		fam = 3
	case '‹', '›':
		fam = 4
	default:
		return 0, 0
	}
	switch r {
	case '„', '‚', '«', '‹':
		hint = 1
	case '»', '›':
		hint = -1
	}
	return fam, hint
}

func firstRune(src string, t text.Token) rune {
	c := src[t.Start]
	if c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(src[t.Start:t.End])
	return r
}

// quoteRole returns whether token i of paragraph range r opens or closes a
// quotation, and the quote family.
func quoteRole(src string, toks []text.Token, r Range, i int) (role, fam int) {
	t := toks[i]
	if t.Kind != text.Punct {
		return notQuote, 0
	}
	fam, hint := quoteFamily(firstRune(src, t))
	if fam == 0 {
		return notQuote, 0
	}
	spaceAfter := i+1 == r.End || toks[i+1].Start > t.End
	switch hint {
	case 1:
		if spaceAfter {
			return notQuote, 0
		}
		return opener, fam
	case -1:
		return closer, fam
	}
	spaceBefore := i == r.Start || toks[i-1].End < t.Start
	if !spaceBefore && toks[i-1].Kind == text.Punct {
		switch firstRune(src, toks[i-1]) {
		case '(', '[', '„', '‚', '«', '‹', '“', '‘':
			spaceBefore = true
		}
	}
	if spaceBefore {
		if spaceAfter {
			return notQuote, 0
		}
		return opener, fam
	}
	return closer, fam
}

// maxQuoteDepth is how many open quotations a closing mark looks through
// for its opening mark.
const maxQuoteDepth = 8

// quoted is the token range [open, close] of an outermost quotation.
type quoted struct{ open, close int }

// splitter holds scratch space reused for the paragraphs of an article.
type splitter struct {
	stack  []quoted // open quotes: open index, family in close
	quotes []quoted // outermost quotations of the paragraph, in order
}

// findQuotes fills s.quotes with the outermost matched quotations of the
// tokens in r.
func (s *splitter) findQuotes(src string, toks []text.Token, r Range) {
	s.stack, s.quotes = s.stack[:0], s.quotes[:0]
	for i := r.Start; i < r.End; i++ {
		if toks[i].Kind != text.Punct {
			continue
		}
		role, fam := quoteRole(src, toks, r, i)
		switch role {
		case opener:
			s.stack = append(s.stack, quoted{i, fam})
		case closer:
			// Quotations nest shallowly; looking deeper would only make
			// stray marks cost quadratic time.
			for d := len(s.stack) - 1; d >= 0 && d >= len(s.stack)-maxQuoteDepth; d-- {
				if s.stack[d].close != fam {
					continue
				}
				o := s.stack[d].open
				s.stack = s.stack[:d]
				for len(s.quotes) > 0 && s.quotes[len(s.quotes)-1].open > o {
					s.quotes = s.quotes[:len(s.quotes)-1]
				}
				s.quotes = append(s.quotes, quoted{o, i})
				break
			}
		}
	}
}

// isTerminal reports whether r is final punctuation that may end a
// sentence.
func isTerminal(r rune) bool { return r == '.' || r == '?' || r == '!' || r == '…' }

// isTrailer reports whether r may follow final punctuation inside the same
// sentence: more final punctuation, a closing quote or bracket.
func isTrailer(r rune) bool {
	switch r {
	case '.', '?', '!', '…', '"', '”', '\'', '’', '»', '›', ')', ']':
		return true
	}
	return false
}

// runEnd returns the index of the last token of the run of final
// punctuation that starts at toks[i]: the trailers glued to it, up to end.
func runEnd(src string, toks []text.Token, i, end int) int {
	for i+1 < end && toks[i+1].Start == toks[i].End && toks[i+1].Kind == text.Punct && isTrailer(firstRune(src, toks[i+1])) {
		i++
	}
	return i
}

// appendSentences splits the tokens r of paragraph para into sentences and
// appends them to dst.
func (s *splitter) appendSentences(dst []Sentence, src string, toks []text.Token, r Range, para int) []Sentence {
	s.quotes = s.quotes[:0]
	hasQuote := false
	for i := r.Start; i < r.End; i++ {
		if toks[i].Kind == text.Punct {
			if fam, _ := quoteFamily(firstRune(src, toks[i])); fam != 0 {
				hasQuote = true
				break
			}
		}
	}
	if hasQuote {
		s.findQuotes(src, toks, r)
	}
	q := 0
	start := r.Start
	for i := r.Start; i < r.End; i++ {
		if toks[i].Kind != text.Punct || !isTerminal(firstRune(src, toks[i])) {
			continue
		}
		e := runEnd(src, toks, i, r.End)
		if e+1 >= r.End {
			break
		}
		for q < len(s.quotes) && s.quotes[q].close <= e {
			q++
		}
		inQuote := q < len(s.quotes) && s.quotes[q].open < e
		if !inQuote && endsSentence(src, toks, r, start, i, e) {
			dst = append(dst, Sentence{Span: text.Span{Start: toks[start].Start, End: toks[e].End}, Para: para, Tokens: Range{start, e + 1}})
			start = e + 1
		}
		i = e
	}
	if start < r.End {
		dst = append(dst, Sentence{Span: text.Span{Start: toks[start].Start, End: toks[r.End-1].End}, Para: para, Tokens: Range{start, r.End}})
	}
	return dst
}

// endsSentence decides whether the run of final punctuation toks[i..e],
// which is followed by token e+1 of the same paragraph, ends the sentence
// that starts at token start.
func endsSentence(src string, toks []text.Token, r Range, start, i, e int) bool {
	n := toks[e+1]
	if n.Start == toks[e].End {
		return false // o.a., nos.nl, "Ja."Nee
	}
	nr := firstRune(src, n)
	upper := n.Kind == text.Word && (unicode.IsUpper(nr) || nr == '\'' || nr == '’')
	lower := n.Kind == text.Word && !upper && unicode.IsLower(nr)
	open := n.Kind == text.Punct && (nr == '(' || nr == '[')
	if !open {
		if role, _ := quoteRole(src, toks, r, e+1); role == opener {
			open = true
		}
	}
	digit := unicode.IsDigit(nr)

	periods := 0
	for k := i; k <= e; k++ {
		switch firstRune(src, toks[k]) {
		case '?', '!':
			return !lower
		case '…':
			periods += 2
		case '.':
			periods++
		}
	}
	if periods > 1 { // ellipsis
		return upper || open
	}
	if p := i - 1; p >= start && toks[p].Kind == text.Number && toks[p].End == toks[i].Start &&
		(p == start || strings.IndexByte(src[toks[p-1].End:toks[p].Start], '\n') >= 0) {
		return false // a list number: "1. Eerste punt"
	}
	switch abbrevBefore(src, toks, r, i) {
	case abbrevInner:
		return false
	case abbrevFinal:
		return upper || open
	}
	return upper || open || digit
}

// abbrevBefore classifies the word glued to the period toks[i].
func abbrevBefore(src string, toks []text.Token, r Range, i int) abbrevClass {
	p := i - 1
	if p < r.Start || toks[p].Kind != text.Word || toks[p].End != toks[i].Start {
		return notAbbrev
	}
	// Walk back over a dotted chain like d.w.z or J.F.
	k := p
	singles, upperSingles := 0, 0
	for {
		t := toks[k]
		if utf8.RuneCountInString(src[t.Start:t.End]) == 1 {
			singles++
			if unicode.IsUpper(firstRune(src, t)) {
				upperSingles++
			}
		}
		if k-2 < r.Start || toks[k-1].Kind != text.Punct || src[toks[k-1].Start] != '.' ||
			toks[k-1].Start != toks[k-2].End || toks[k].Start != toks[k-1].End || toks[k-2].Kind != text.Word {
			break
		}
		k -= 2
	}
	parts := (p-k)/2 + 1
	if parts == 1 && toks[p].AllCaps(src) {
		return notAbbrev // VS., EU., NAVO.
	}
	var key string
	if parts == 1 {
		key = toks[p].Fold()
	} else {
		var buf [32]byte
		b := buf[:0]
		for j := k; j <= p; j += 2 {
			if j > k {
				b = append(b, '.')
			}
			b = append(b, toks[j].Fold()...)
		}
		if c, ok := abbrevs[string(b)]; ok {
			return c
		}
	}
	if c, ok := abbrevs[key]; ok {
		return c
	}
	if singles == parts {
		if upperSingles == parts {
			return abbrevInner // initials: J. Stoltenberg, J.F. Kennedy
		}
		return abbrevFinal // an unknown dotted abbreviation: a.u.b.
	}
	return notAbbrev
}
