package dates

import (
	"sort"
	"sync"
	"time"

	"corpusexplorer/app/text"
)

// Expr is one temporal expression found in a text.
type Expr struct {
	// Span is the byte span of the expression in the text given to Resolve;
	// a licensing preposition (in, op, sinds …) is not part of it.
	Span text.Span
	// Value is the resolved date.
	Value Value
	// rule and prep are interned (see Rule and Prep), so that the dates
	// of a corpus hold no pointer.
	rule, prep text.FoldID
	// Weekday is the weekday the expression names (1 Monday … 7 Sunday)
	// when Value does not pin the day down: "donderdag" in an article
	// dated to the month is a Thursday of that month (see Fits). 0 when
	// the expression names no weekday or Value is the day itself.
	Weekday int
}

// Rule names the rule that matched (see the package doc).
func (e Expr) Rule() string { return e.rule.String() }

// Prep is the folded preposition just before the expression when one
// licensed it ("in", "op", "sinds", "tot en met", "en" …), else "".
func (e Expr) Prep() string { return e.prep.String() }

// SetRule sets what Rule and Prep return.
func (e *Expr) SetRule(rule, prep string) { e.rule, e.prep = text.Intern(rule), text.Intern(prep) }

// ResolveTokens is Resolve for a caller that has already tokenized src
// with text.Tokenize (or text.AppendTokens at base 0): toks are the tokens
// of the whole text, in order, and each sentence uses those that lie
// inside its span, which saves tokenizing twice. nil toks makes it
// tokenize each sentence itself, exactly like Resolve.
func ResolveTokens(src string, toks []text.Token, sentences []text.Span, ref Ref) []Expr {
	r := pool.Get().(*resolver)
	r.reset(src, ref)
	if sentences == nil {
		r.sentence(text.Span{Start: 0, End: len(src)}, toks)
	}
	for _, s := range sentences {
		r.sentence(s, toks)
	}
	var out []Expr
	if len(r.out) > 0 {
		out = append(make([]Expr, 0, len(r.out)), r.out...)
	}
	r.src = ""
	pool.Put(r)
	return out
}

var pool = sync.Pool{New: func() any { return new(resolver) }}

// word is a token with its lexicon entry and numeric value.
type word struct {
	text.Token
	lex
	num int // value of an all-digit number token (at most 9 digits), else -1
	nd  int // number of digits of num
	ord int // day of an ordinal word (7e, 24ste, 1ste), else 0
}

// resolver holds the state of one Resolve call.
type resolver struct {
	src     string
	ref     Ref
	refV    Value
	anchor  Value
	toks    []text.Token
	ws      []word
	out     []Expr
	lastEnd int // index in ws just after the last expression of this sentence, -1 if none
}

func (r *resolver) reset(src string, ref Ref) {
	r.src, r.ref, r.refV = src, ref, ref.Value()
	r.anchor = r.refV
	r.out = r.out[:0]
}

// match is a rule's result: tokens [start, end) resolve to v.
type match struct {
	start, end int
	v          Value
	rule       string
	prep       string
	wd         int // the weekday named, when v does not fix the day
}

func (r *resolver) sentence(s text.Span, all []text.Token) {
	if s.Start < 0 || s.End > len(r.src) || s.Start >= s.End {
		return
	}
	toks := all
	if toks == nil {
		r.toks = text.AppendTokens(r.toks[:0], r.src[s.Start:s.End], s.Start)
		toks = r.toks
	} else {
		lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.Start })
		hi := lo
		for hi < len(toks) && toks[hi].End <= s.End {
			hi++
		}
		toks = toks[lo:hi]
	}
	// The words are written in place, field by field: appending a word
	// (a struct with a pointer) copies it with a bulk write barrier while
	// the collector runs, which is slow in WebAssembly.
	if cap(r.ws) < len(toks) {
		r.ws = make([]word, len(toks), len(toks)+len(toks)/4)
	}
	r.ws = r.ws[:len(toks)]
	for k, t := range toks {
		w := &r.ws[k]
		w.Token, w.lex, w.num, w.nd, w.ord = t, lex{}, -1, 0, 0
		switch t.Kind {
		case text.Word:
			w.lex = lookup(t.Fold())
			if t.Fold() != "" && t.Fold()[0] >= '0' && t.Fold()[0] <= '9' {
				w.ord = ordinal(t.Fold())
			}
		case text.Number:
			if len(t.Fold()) <= 9 {
				n := 0
				for i := 0; i < len(t.Fold()); i++ {
					c := t.Fold()[i]
					if c < '0' || c > '9' {
						n = -1
						break
					}
					n = n*10 + int(c-'0')
				}
				if n >= 0 {
					w.num, w.nd = n, len(t.Fold())
				}
			}
		}
	}
	r.lastEnd = -1
	for i := 0; i < len(r.ws); {
		if m, ok := r.at(i); ok && m.v.Precision != 0 {
			r.emit(m)
			i = m.end
			continue
		}
		i++
	}
}

// ordinal parses 7e, 7de, 24ste, 1ste as a day number (1–31), else 0.
func ordinal(f string) int {
	n, i := 0, 0
	for i < len(f) && i < 2 && f[i] >= '0' && f[i] <= '9' {
		n = n*10 + int(f[i]-'0')
		i++
	}
	switch f[i:] {
	case "e", "de", "ste":
		if n >= 1 && n <= 31 {
			return n
		}
	}
	return 0
}

func (r *resolver) emit(m match) {
	sp := text.Span{Start: r.ws[m.start].Start, End: r.ws[m.end-1].End}
	if n := len(r.out); n > 0 && r.lastEnd == m.start && r.out[n-1].Value == m.v {
		// Two names of one day side by side are one expression:
		// "op Prinsjesdag 17 september".
		r.out[n-1].Span.End = sp.End
		r.lastEnd = m.end
		return
	}
	r.out = append(r.out, Expr{Span: sp, Value: m.v, rule: text.Intern(m.rule), prep: text.Intern(m.prep), Weekday: m.wd})
	r.anchor = m.v
	r.lastEnd = m.end
}

// fold returns the folded form of token k, or "" past the sentence end.
func (r *resolver) fold(k int) string {
	if k < 0 || k >= len(r.ws) {
		return ""
	}
	return r.ws[k].Fold()
}

// contig reports whether tokens a and b touch (no space between them).
func (r *resolver) contig(a, b int) bool {
	return a >= 0 && b < len(r.ws) && r.ws[a].End == r.ws[b].Start
}

// at tries to match an expression at token i, first as the object of a
// licensing preposition or conjunction, then on its own.
func (r *resolver) at(i int) (match, bool) {
	ws := r.ws
	w := &ws[i]
	prep, j := "", i
	switch {
	case w.Fold() == "tot" && r.fold(i+1) == "en" && r.fold(i+2) == "met":
		prep, j = "tot en met", i+3
	case w.Fold() == "t" && r.fold(i+1) == "/" && r.fold(i+2) == "m" && r.contig(i, i+1) && r.contig(i+1, i+2):
		prep, j = "t/m", i+3
	case w.cls&cPrep != 0:
		prep, j = w.Fold(), i+1
	case r.lastEnd == i && (w.Fold() == "en" || w.Fold() == "of" || w.Fold() == "-" || w.Fold() == "–" || w.Fold() == "/"):
		prep, j = w.Fold(), i+1
	case r.lastEnd == i && w.Hyphen:
		prep = "-"
	}
	if prep != "" && j < len(ws) {
		if m, ok := r.content(j, prep); ok {
			m.prep = prep
			return m, true
		}
	}
	if prep != "" && j == i {
		return match{}, false
	}
	return r.content(i, "")
}

// licenses reports whether prep allows a bare month (year false) or a bare
// year (year true) after it.
func licenses(prep string, year bool) bool {
	switch prep {
	case "in", "sinds", "sedert", "vanaf", "tot", "tot en met", "t/m", "van", "na", "voor", "rond", "rondom",
		"omstreeks", "tussen", "per", "tijdens", "tegen", "en", "of", "-", "–", "/", "part":
		return true
	case "uit", "anno":
		return year
	}
	return false
}

// content tries the rules at token i, licensed by prep ("" if none).
func (r *resolver) content(i int, prep string) (match, bool) {
	w := &r.ws[i]
	switch {
	case w.Kind == text.Number || w.ord > 0:
		if m, ok := r.numericDate(i); ok {
			return m, true
		}
		if m, ok := r.dayMonth(i, 0, prep); ok {
			return m, true
		}
		if m, ok := r.year(i, prep); ok {
			return m, true
		}
		return r.relative(i)
	case w.Fold() == "over":
		return r.over(i)
	case w.Fold() == "daags":
		return r.daags(i)
	case w.Kind != text.Word || w.cls == 0:
		return match{}, false
	}
	c := w.cls
	if c&cWeekday != 0 {
		if m, ok := r.weekdayDate(i, prep); ok {
			return m, true
		}
		return r.weekday(i, i, mNone, prep)
	}
	if c&(cMonth|cMonthAbbr) != 0 {
		return r.month(i, i, mNone, prep)
	}
	if c&cHoliday != 0 {
		return r.holiday(i, i, mNone, prep)
	}
	if c&cPart != 0 {
		if m, ok := r.part(i); ok {
			return m, true
		}
	}
	if c&cMod != 0 {
		if m, ok := r.modified(i, prep); ok {
			return m, true
		}
	}
	if c&cAna != 0 {
		if m, ok := r.anaphor(i); ok {
			return m, true
		}
	}
	if c&cDeictic != 0 {
		return r.deictic(i)
	}
	if c&cCount != 0 {
		if m, ok := r.relative(i); ok {
			return m, true
		}
	}
	if c&cUnit != 0 {
		return r.unitRule(i, prep)
	}
	if c&cSeason != 0 {
		return r.season(i, i, mNone)
	}
	if w.Fold() == "eerste" || w.Fold() == "tweede" || w.Fold() == "goede" {
		return r.holidayPhrase(i)
	}
	return match{}, false
}

// ---- direction and candidate choice ----

// dir restricts where a candidate may lie relative to the article date.
type dir uint8

const (
	dNearest   dir = iota // nearest to the article date; a tie goes to the later one
	dNotAfter             // on or before the article date (month: the article month counts)
	dNotBefore            // on or after the article date
	dBefore               // strictly before
	dAfter                // strictly after
)

// modDir maps a modifier to a direction.
func modDir(m mod) dir {
	switch m {
	case mPrev, mLast:
		return dBefore
	case mNext:
		return dAfter
	}
	return dNearest
}

// unbracket widens [a, b) to the clause around it when the expression
// stands alone in brackets: "gisteren (dinsdag)" takes the tense of the
// sentence, not of the empty bracketed clause.
func (r *resolver) unbracket(a, b int) (int, int) {
	for a > 0 && b < len(r.ws) && r.ws[a-1].Fold() == "(" && r.ws[b].Fold() == ")" {
		a, b = a-1, b+1
	}
	return a, b
}

// calendarDir is the direction for a date without a year over tokens [a, b).
func (r *resolver) calendarDir(a, b int, prep string) dir {
	a, b = r.unbracket(a, b)
	if prep == "sinds" || prep == "sedert" {
		return dNotAfter
	}
	switch r.clauseTense(a, b) {
	case tPast:
		return dNotAfter
	case tFuture:
		return dNotBefore
	}
	if isUntil(prep) {
		return dNotBefore // "het museum is dicht tot 30 september": not yet over
	}
	return dNearest
}

// weekdayDir is the direction for a bare weekday over tokens [a, b).
func (r *resolver) weekdayDir(a, b int, prep string) dir {
	a, b = r.unbracket(a, b)
	if prep == "sinds" || prep == "sedert" {
		return dNotAfter
	}
	switch r.clauseTense(a, b) {
	case tPast, tReport:
		return dNotAfter
	}
	return dNotBefore
}

// pick returns the candidate (in chronological order, zero entries
// skipped) that satisfies d and lies nearest the article date; ties go to
// the later candidate. When none satisfies d it falls back to dNearest.
func (r *resolver) pick(cands []Value, d dir) (Value, bool) {
	rf, rl := r.refV.First(), r.refV.Last()
	best, bestGap := -1, time.Duration(0)
	for i, c := range cands {
		if c.IsZero() {
			continue
		}
		cf, cl := c.First(), c.Last()
		switch d {
		case dNotAfter:
			if cf.After(rl) {
				continue
			}
		case dNotBefore:
			if cl.Before(rf) {
				continue
			}
		case dBefore:
			if !cl.Before(rf) {
				continue
			}
		case dAfter:
			if !cf.After(rl) {
				continue
			}
		}
		var gap time.Duration
		switch {
		case cl.Before(rf):
			gap = rf.Sub(cl)
		case cf.After(rl):
			gap = cf.Sub(rl)
		}
		if best < 0 || gap <= bestGap {
			best, bestGap = i, gap
		}
	}
	if best < 0 {
		if d != dNearest {
			return r.pick(cands, dNearest)
		}
		return Value{}, false
	}
	return cands[best], true
}

// yearly picks among the values f(y) for the years around the article
// year. f returns the zero Value for a year that does not fit.
func (r *resolver) yearly(d dir, f func(y int) Value) (Value, bool) {
	if r.ref.Year == 0 {
		return Value{}, false
	}
	var c [3]Value
	for k := range c {
		c[k] = f(r.ref.Year - 1 + k)
	}
	v, ok := r.pick(c[:], d)
	if ok && r.ref.Month == 0 {
		v.Exact = false // a year-dated article cannot place a date without a year
	}
	return v, ok
}

// refAt returns the article date at precision p when the article is dated
// at least that finely; otherwise the article date at its own precision,
// inexact. ok is false for an undated article.
func (r *resolver) refAt(p Precision) (Value, bool, bool) {
	if r.refV.IsZero() {
		return Value{}, false, false
	}
	if r.refV.Precision > p {
		return inexact(r.refV), false, true
	}
	return coarsen(r.refV, p), true, true
}

// ---- rules ----

// numericDate: 10-01-2022, 10/1/2022, 10.01.2022, 2022-01-10.
func (r *resolver) numericDate(i int) (match, bool) {
	ws := r.ws
	w := &ws[i]
	if w.Kind != text.Number {
		return match{}, false
	}
	var p [3]int
	var nd [3]int
	end := i + 1
	switch {
	case w.num < 0:
		// one token with inner periods: 10.01.2022
		k, n, d := 0, 0, 0
		for j := 0; j <= len(w.Fold()); j++ {
			if j == len(w.Fold()) || w.Fold()[j] == '.' {
				if k > 2 || d == 0 {
					return match{}, false
				}
				p[k], nd[k] = n, d
				k, n, d = k+1, 0, 0
				continue
			}
			c := w.Fold()[j]
			if c < '0' || c > '9' {
				return match{}, false
			}
			n, d = n*10+int(c-'0'), d+1
		}
		if k != 3 {
			return match{}, false
		}
	case i+2 < len(ws) && ws[i+1].Kind == text.Number && ws[i+1].Hyphen && ws[i+2].Kind == text.Number && ws[i+2].Hyphen &&
		ws[i+1].num >= 0 && ws[i+2].num >= 0:
		p, nd = [3]int{w.num, ws[i+1].num, ws[i+2].num}, [3]int{w.nd, ws[i+1].nd, ws[i+2].nd}
		end = i + 3
	case i+4 < len(ws) && ws[i+1].Fold() == "/" && ws[i+3].Fold() == "/" && ws[i+2].num >= 0 && ws[i+4].num >= 0 &&
		r.contig(i, i+1) && r.contig(i+1, i+2) && r.contig(i+2, i+3) && r.contig(i+3, i+4):
		p, nd = [3]int{w.num, ws[i+2].num, ws[i+4].num}, [3]int{w.nd, ws[i+2].nd, ws[i+4].nd}
		end = i + 5
	default:
		return match{}, false
	}
	y, m, d := p[2], p[1], p[0]
	if nd[0] == 4 && nd[1] <= 2 && nd[2] <= 2 {
		y, d = p[0], p[2] // ISO order
	} else if nd[0] > 2 || nd[1] > 2 || nd[2] != 4 {
		return match{}, false
	}
	if y < 1900 || y > 2100 || !validDate(y, m, d) {
		return match{}, false
	}
	// A further number glued on (10-01-2022-5) is no date.
	if end < len(ws) && ws[end].Hyphen && ws[end].Kind == text.Number {
		return match{}, false
	}
	return match{start: i, end: end, v: DayValue(y, m, d), rule: "numeric"}, true
}

// dayNum returns the day number of token k (1–31 as a number of at most two
// digits or an ordinal), else 0.
func (r *resolver) dayNum(k int) int {
	if k < 0 || k >= len(r.ws) {
		return 0
	}
	w := &r.ws[k]
	if w.ord > 0 {
		return w.ord
	}
	if w.Kind == text.Number && w.num >= 1 && w.num <= 31 && w.nd <= 2 {
		return w.num
	}
	return 0
}

// yearNum returns the year of token k when it is a four-digit number in
// [lo, hi], else 0.
func (r *resolver) yearNum(k, lo, hi int) int {
	if k < 0 || k >= len(r.ws) {
		return 0
	}
	w := &r.ws[k]
	if w.Kind == text.Number && w.nd == 4 && w.num >= lo && w.num <= hi {
		return w.num
	}
	return 0
}

// monthAt returns the month named by token k (0 if none), the index after
// it (after the period of an abbreviation) and whether it is abbreviated.
func (r *resolver) monthAt(k int) (m, next int, abbr bool) {
	if k < 0 || k >= len(r.ws) {
		return 0, k, false
	}
	w := &r.ws[k]
	switch {
	case w.cls&cMonth != 0:
		return int(w.n), k + 1, false
	case w.cls&cMonthAbbr != 0:
		if r.fold(k+1) == "." && r.contig(k, k+1) {
			return int(w.n), k + 2, true
		}
		return int(w.n), k + 1, true
	}
	return 0, k, false
}

// dayMonth: 7 december, 24 dec. 2021, 1e januari; in a range (7 en 8
// december, 7-9 december, 7 tot 9 december) the first day takes the month
// of the second. wd is the ISO weekday given before the date (0 if none).
func (r *resolver) dayMonth(i, wd int, prep string) (match, bool) {
	d := r.dayNum(i)
	if d == 0 {
		return match{}, false
	}
	k := i + 1
	m, next, _ := r.monthAt(k)
	end := next
	if m == 0 && wd == 0 {
		// range: the month follows the second day
		k2 := -1
		switch f := r.fold(k); {
		case f == "tot" && r.fold(k+1) == "en" && r.fold(k+2) == "met":
			k2 = k + 3
		case f == "en" || f == "tot" || f == "of" || f == "-" || f == "–":
			k2 = k + 1
		case f == "t" && r.fold(k+1) == "/" && r.fold(k+2) == "m":
			k2 = k + 3
		case k < len(r.ws) && r.ws[k].Hyphen:
			k2 = k
		}
		if k2 < 0 || r.dayNum(k2) == 0 {
			return match{}, false
		}
		m, next, _ = r.monthAt(k2 + 1)
		end = i + 1
	}
	if m == 0 {
		return match{}, false
	}
	start := i
	if wd != 0 {
		start = i - 1
		if r.fold(start) == "," {
			start--
		}
	}
	rule := "day-month"
	if wd != 0 {
		rule = "weekday-day-month"
	}
	if y := r.yearNum(next, 1000, 2100); y != 0 {
		if !validDate(y, m, d) {
			return match{}, false
		}
		v := DayValue(y, m, d)
		if wd != 0 && isoWeekday(v.First()) != wd {
			v.Exact = false
		}
		if end == next {
			end = next + 1
		}
		return match{start: start, end: end, v: v, rule: rule + "-year"}, true
	}
	dd := r.calendarDir(start, end, prep)
	f := func(y int) Value {
		if !validDate(y, m, d) {
			return Value{}
		}
		return DayValue(y, m, d)
	}
	if wd != 0 {
		if v, ok := r.yearly(dd, func(y int) Value {
			v := f(y)
			if v.IsZero() || isoWeekday(v.First()) != wd {
				return Value{}
			}
			return v
		}); ok {
			return match{start: start, end: end, v: v, rule: rule}, true
		}
		v, ok := r.yearly(dd, f)
		return match{start: start, end: end, v: inexact(v), rule: rule}, ok
	}
	if v, ok := r.rangeEnd(prep, f); ok {
		return match{start: start, end: end, v: v, rule: rule + "-range-end"}, true
	}
	v, ok := r.yearly(dd, f)
	return match{start: start, end: end, v: v, rule: rule}, ok
}

// rangeEnd resolves a date without a year that closes a range opened
// earlier in the sentence, "vanaf 1 april 2023 … tot en met 30 september":
// the first such date on or after the last one mentioned. f gives the date
// in a year (zero when it does not exist).
func (r *resolver) rangeEnd(prep string, f func(y int) Value) (Value, bool) {
	if !isUntil(prep) || r.lastEnd < 0 || r.anchor.IsZero() {
		return Value{}, false
	}
	from := r.anchor.First()
	for y := from.Year(); y <= from.Year()+1; y++ {
		if v := f(y); !v.IsZero() && !v.First().Before(from) {
			return v, true
		}
	}
	return Value{}, false
}

// isUntil reports whether a licensing preposition ends a range: tot, tot
// en met, t/m.
func isUntil(prep string) bool { return prep == "tot" || prep == "tot en met" || prep == "t/m" }

// weekdayDate: vrijdag 24 december, dinsdag 10 oktober 2000, vrijdag, 24 december.
func (r *resolver) weekdayDate(i int, prep string) (match, bool) {
	k := i + 1
	if r.fold(k) == "," {
		k++
	}
	if r.dayNum(k) == 0 {
		return match{}, false
	}
	if m, _, _ := r.monthAt(k + 1); m == 0 {
		return match{}, false
	}
	m, ok := r.dayMonth(k, int(r.ws[i].n), prep)
	if ok {
		m.start = i
	}
	return m, ok
}

// relYearAt matches "vorig jaar", "dit jaar", "volgend jaar", optionally
// after "van (het)", at token k and returns the year and the index after it.
func (r *resolver) relYearAt(k int) (y, next int, ok bool) {
	if r.fold(k) == "van" {
		k++
		if r.fold(k) == "het" {
			k++
		}
	}
	if k+1 >= len(r.ws) || r.ref.Year == 0 {
		return 0, 0, false
	}
	w, u := &r.ws[k], &r.ws[k+1]
	if w.cls&cMod == 0 || u.unit != uYear || u.plural {
		return 0, 0, false
	}
	switch w.mod {
	case mThis:
		return r.ref.Year, k + 2, true
	case mPrev, mLast:
		return r.ref.Year - 1, k + 2, true
	case mNext:
		return r.ref.Year + 1, k + 2, true
	}
	return 0, 0, false
}

// shortYear reads a year written with two digits after an apostrophe at
// token k ('99, ’05) and returns it in the century that puts it nearest the
// article year (the 1900s or 2000s without one), with the index after it;
// 0 when there is none.
func (r *resolver) shortYear(k int) (int, int) {
	if f := r.fold(k); (f != "'" && f != "’") || !r.contig(k, k+1) {
		return 0, k
	}
	w := r.ws[k+1]
	if w.Kind != text.Number || w.nd != 2 {
		return 0, k
	}
	base := r.ref.Year
	if base == 0 {
		base = 1970
	}
	y := base - base%100 + w.num
	switch {
	case y > base+50:
		y -= 100
	case y <= base-50:
		y += 100
	}
	return y, k + 2
}

// thatYearAt matches "van dat jaar", "van datzelfde jaar", "van hetzelfde
// jaar" at token k and returns the year of the last date mentioned and the
// index after it.
func (r *resolver) thatYearAt(k int) (y, next int, ok bool) {
	if r.fold(k) != "van" || r.anchor.IsZero() || k+2 >= len(r.ws) {
		return 0, 0, false
	}
	w, u := &r.ws[k+1], &r.ws[k+2]
	if w.cls&cAna == 0 || w.Fold() == "die" || w.Fold() == "dezelfde" || u.unit != uYear || u.plural {
		return 0, 0, false
	}
	return coarsen(r.anchor, Year).Year, k + 3, true
}

// month: januari 2022, jan. 2022, januari vorig jaar, and a bare month
// licensed by a preposition (in januari, sinds maart), by "maand" (de
// maand mei) or by a modifier (afgelopen januari). start is the first
// token of the expression (the modifier, if any).
func (r *resolver) month(start, i int, md mod, prep string) (match, bool) {
	m, next, abbr := r.monthAt(i)
	if y := r.yearNum(next, 1000, 2100); y != 0 {
		return match{start: start, end: next + 1, v: MonthValue(y, m), rule: "month-year"}, true
	}
	if y, end := r.shortYear(next); y != 0 {
		return match{start: start, end: end, v: MonthValue(y, m), rule: "month-year"}, true
	}
	if abbr {
		return match{}, false
	}
	if y, end, ok := r.relYearAt(next); ok {
		return match{start: start, end: end, v: MonthValue(y, m), rule: "month-relyear"}, true
	}
	if y, end, ok := r.thatYearAt(next); ok {
		return match{start: start, end: end, v: MonthValue(y, m), rule: "month-relyear"}, true
	}
	if sm, end := r.suffixMod(next); sm != mNone && md == mNone {
		// november jl., maart a.s.
		md, next = sm, end
	}
	if md == mNone && !licenses(prep, false) && r.fold(i-1) != "maand" {
		return match{}, false
	}
	d := modDir(md)
	if md == mNone {
		d = r.calendarDir(start, next, prep)
	}
	v, ok := r.yearly(d, func(y int) Value { return MonthValue(y, m) })
	return match{start: start, end: next, v: v, rule: "month"}, ok
}

// countNext reports whether token k makes the number before it a count
// rather than a year: a counted noun, %, or a nationality adjective.
func (r *resolver) countNext(k int) bool {
	if k >= len(r.ws) {
		return false
	}
	w := &r.ws[k]
	if w.cls&cCountNoun != 0 || w.Fold() == "%" {
		return true
	}
	if w.Kind == text.Word {
		f := w.Fold()
		n := len(f)
		return n > 4 && (f[n-2:] == "se" || f[n-4:] == "sche")
	}
	return false
}

// year: a four-digit number from 1900 to 2100 after a licensing
// preposition (in 2014, sinds 2014, tot 2014), in brackets ((2014)), after
// "jaar" (het jaar 2014), or as the first of a range (2014-2016).
func (r *resolver) year(i int, prep string) (match, bool) {
	y := r.yearNum(i, 1900, 2100)
	if y == 0 || r.countNext(i+1) || i+1 < len(r.ws) && r.ws[i+1].Hyphen && r.ws[i+1].Kind == text.Word {
		// 2014 mensen, 2021-versie
		return match{}, false
	}
	ok := licenses(prep, true) || r.fold(i-1) == "jaar"
	if !ok {
		k := i + 1
		if (r.fold(k) == "/" && r.contig(i, k)) || r.fold(k) == "-" || r.fold(k) == "–" {
			k++
		} else if k < len(r.ws) && !r.ws[k].Hyphen {
			k = -1
		}
		if y2 := r.yearNum(k, 1900, 2100); k > 0 && y2 > y && y2 <= y+100 {
			ok = true
		} else if r.fold(i-1) == "(" && r.fold(i+1) == ")" {
			ok = true
		}
	}
	if !ok {
		return match{}, false
	}
	return match{start: i, end: i + 1, v: YearValue(y), rule: "year"}, true
}

// decade: (de) jaren negentig, jaren '90, jaren 90, jaren 1990 – the first
// year of the decade, inexact. Decade words and two-digit decades are taken
// in the 1900s ("jaren nul" is 2000).
func (r *resolver) decade(i int) (match, bool) {
	k := i + 1
	if r.fold(k) == "'" || r.fold(k) == "’" {
		k++
	}
	if k >= len(r.ws) {
		return match{}, false
	}
	w := &r.ws[k]
	y := 0
	switch {
	case w.cls&cDecadeWord != 0 && k == i+1:
		y = 1900 + int(w.n)
	case w.Kind == text.Number && w.nd == 2 && w.num%10 == 0:
		y = 1900 + w.num
	case w.Kind == text.Number && w.nd == 4 && w.num%10 == 0 && w.num >= 1900 && w.num <= 2090 && k == i+1:
		y = w.num
	default:
		return match{}, false
	}
	return match{start: i, end: k + 1, v: inexact(YearValue(y)), rule: "decade"}, true
}

// part: begin/eind/einde/medio/half/halverwege/midden (van) + a month, a
// year, a relative month or year, a decade, or "het jaar" (this year) – the
// same value, inexact.
func (r *resolver) part(i int) (match, bool) {
	k := i + 1
	if r.fold(k) == "van" {
		k++
	}
	// eind van het jaar, begin van de maand, halverwege de week: the
	// article's year, month or week
	if a := r.fold(k); (a == "het" || a == "de") && k+1 < len(r.ws) && !r.ws[k+1].plural {
		if p := unitPrec[r.ws[k+1].unit]; p != 0 && p != Day && (a == "het") == (p == Year) {
			v, _, ok := r.refAt(p)
			return match{start: i, end: k + 2, v: inexact(v), rule: "part-" + p.String()}, ok
		}
	}
	if r.fold(k) == "de" && r.fold(k+1) == "jaren" {
		k++
	}
	if k >= len(r.ws) {
		return match{}, false
	}
	m, ok := r.content(k, "part")
	if !ok || !partOf[m.rule] {
		return match{}, false
	}
	m.start, m.v, m.rule = i, inexact(m.v), "part-"+m.rule
	return m, true
}

// unitPrec is the precision of a unit (0 for a weekend).
var unitPrec = [...]Precision{uDay: Day, uWeek: Week, uMonth: Month, uYear: Year, uWeekend: 0}

// modStep is the step of a modifier: -1 back, 0 this, +1 ahead.
var modStep = [...]int{mThis: 0, mPrev: -1, mLast: -1, mNext: 1}

// partOf lists the rules whose result a part word may modify.
var partOf = map[string]bool{"month": true, "month-year": true, "month-relyear": true, "year": true,
	"decade": true, "relative-week": true, "relative-month": true, "relative-year": true, "season": true}

// modified: a modifier (deze, dit, vorige, afgelopen, volgende, komende …)
// before a unit, a weekday, a month, a season or a holiday.
func (r *resolver) modified(i int, prep string) (match, bool) {
	md := r.ws[i].mod
	k := i + 1
	if k >= len(r.ws) {
		return match{}, false
	}
	w := &r.ws[k]
	switch {
	case w.cls&cUnit != 0 && !w.plural:
		return r.relUnit(i, md, w.unit)
	case w.cls&cWeekday != 0:
		return r.weekday(i, k, md, prep)
	case w.cls&cMonth != 0:
		return r.month(i, k, md, prep)
	case w.cls&cSeason != 0:
		return r.season(i, k, md)
	case w.cls&cHoliday != 0:
		return r.holiday(i, k, md, prep)
	}
	return match{}, false
}

// relUnit: deze/vorige/volgende week, deze/vorige/volgende maand,
// dit/vorig/volgend jaar, afgelopen/komend weekend, de volgende dag;
// "vorige week dinsdag" gives that weekday of the week.
func (r *resolver) relUnit(i int, md mod, u unit) (match, bool) {
	end := i + 2
	switch u {
	case uDay:
		// narrative: de volgende dag, de vorige dag
		switch md {
		case mNext:
			return match{start: i, end: end, v: shift(r.anchor, uDay, 1), rule: "next-day"}, !r.anchor.IsZero()
		case mPrev:
			return match{start: i, end: end, v: shift(r.anchor, uDay, -1), rule: "previous-day"}, !r.anchor.IsZero()
		}
		return match{}, false
	case uWeek, uWeekend:
		ref, fine, ok := r.refAt(Day)
		if !ok {
			return match{}, false
		}
		t := ref.First()
		if u == uWeek && end < len(r.ws) && r.ws[end].cls&cWeekday != 0 {
			// vorige week dinsdag
			if !fine {
				return match{start: i, end: end + 1, v: ref, rule: "week-weekday"}, true
			}
			return match{start: i, end: end + 1, v: dayOfWeek(t, modStep[md], int(r.ws[end].n)), rule: "week-weekday"}, true
		}
		if !fine {
			return match{start: i, end: end, v: ref, rule: "relative-week"}, true
		}
		var v Value
		if u == uWeek {
			switch md {
			case mThis:
				v = weekOf(t)
			case mPrev:
				v = weekOf(t.AddDate(0, 0, -7))
			case mLast:
				v = inexact(weekOf(t.AddDate(0, 0, -7)))
			case mNext:
				v = weekOf(t.AddDate(0, 0, 7))
			}
			return match{start: i, end: end, v: v, rule: "relative-week"}, true
		}
		// weekends are given as their ISO week, inexact
		wd := isoWeekday(t)
		switch md {
		case mThis:
			v = weekOf(t)
		case mPrev, mLast: // the weekend whose Sunday is before the article day
			v = weekOf(t.AddDate(0, 0, -wd))
		case mNext: // the weekend whose Saturday is after the article day
			if wd >= 6 {
				v = weekOf(t.AddDate(0, 0, 7))
			} else {
				v = weekOf(t)
			}
		}
		return match{start: i, end: end, v: inexact(v), rule: "relative-weekend"}, true
	case uMonth:
		ref, fine, ok := r.refAt(Month)
		if !ok {
			return match{}, false
		}
		if !fine {
			return match{start: i, end: end, v: ref, rule: "relative-month"}, true
		}
		n := modStep[md]
		v := MonthValue(ref.Year, ref.Month+n)
		if md == mLast {
			v.Exact = false
		}
		return match{start: i, end: end, v: v, rule: "relative-month"}, true
	case uYear:
		if r.ref.Year == 0 {
			return match{}, false
		}
		n := modStep[md]
		if m, next, abbr := r.monthAt(end); m != 0 && !abbr {
			// vorig jaar november: the month of that year
			return match{start: i, end: next, v: MonthValue(r.ref.Year+n, m), rule: "month-relyear"}, true
		}
		v := YearValue(r.ref.Year + n)
		if md == mLast {
			v.Exact = false
		}
		return match{start: i, end: end, v: v, rule: "relative-year"}, true
	}
	return match{}, false
}

// suffixMod reads "jl." (jongstleden) or "a.s." (aanstaande) at token k
// and returns the modifier it gives and the index after it; mNone and k
// when there is none.
func (r *resolver) suffixMod(k int) (mod, int) {
	switch {
	case r.fold(k) == "jl" || r.fold(k) == "j" && r.fold(k+1) == "." && r.fold(k+2) == "l":
		if r.fold(k) == "jl" {
			k++
		} else {
			k += 3
		}
		if r.fold(k) == "." && r.contig(k-1, k) {
			k++
		}
		return mLast, k
	case r.fold(k) == "a" && r.fold(k+1) == "." && r.fold(k+2) == "s" && r.contig(k, k+1) && r.contig(k+1, k+2):
		k += 3
		if r.fold(k) == "." && r.contig(k-1, k) {
			k++
		}
		return mNext, k
	}
	return mNone, k
}

// weekAfter reads "(van) vorige/deze/volgende week" at token k, after a
// weekday (dinsdag vorige week, dinsdag van volgende week), and returns
// its modifier and the index after it.
func (r *resolver) weekAfter(k int) (mod, int, bool) {
	if r.fold(k) == "van" {
		k++
	}
	if k+1 >= len(r.ws) {
		return mNone, 0, false
	}
	w, u := &r.ws[k], &r.ws[k+1]
	if w.cls&cMod == 0 || w.mod == mNone || u.unit != uWeek || u.plural {
		return mNone, 0, false
	}
	return w.mod, k + 2, true
}

// dayOfWeek returns weekday wd (1 Monday … 7 Sunday) of the ISO week of t
// moved by step weeks.
func dayOfWeek(t time.Time, step, wd int) Value {
	mon := t.AddDate(0, 0, 7*step-isoWeekday(t)+1)
	return dayOf(mon.AddDate(0, 0, wd-1))
}

// deicticNear returns the day named by a deictic word (gisteren, vandaag,
// morgen …) in apposition to the weekday over tokens [start, end): just
// before it or just after it, with at most a comma or a bracket between
// (gisteren (dinsdag), dinsdag, gisteren,). ok is false when there is none.
func (r *resolver) deicticNear(start, end int, ref Value) (Value, bool) {
	if n := len(r.out); n > 0 && r.lastEnd >= 0 && r.out[n-1].Rule() == "deictic" && r.out[n-1].Value.Precision == Day {
		gap := start - r.lastEnd
		if gap == 0 || gap == 1 && (r.fold(start-1) == "," || r.fold(start-1) == "(") {
			return r.out[n-1].Value, true
		}
	}
	k := end
	if f := r.fold(k); f == "," || f == "(" {
		k++
	}
	if k < len(r.ws) && r.ws[k].cls&cDeictic != 0 && r.ws[k].Fold() != "morgen" {
		return dayOf(ref.First().AddDate(0, 0, int(r.ws[k].n))), true
	}
	return Value{}, false
}

// weekday: donderdag, zaterdagavond, afgelopen maandag, komende vrijdag,
// dinsdag jl., dinsdag a.s., dinsdag vorige week. start is the first token
// (the modifier, if any), i the weekday. In an article dated to the day it
// is one day: the one of the week named, the one a deictic word beside it
// names (gisteren (dinsdag)), or the nearest in the direction of the
// modifier or of the clause.
func (r *resolver) weekday(start, i int, md mod, prep string) (match, bool) {
	switch r.fold(start - 1) {
	case "elke", "iedere", "ieder", "alle":
		return match{}, false
	}
	end := i + 1
	if sm, k := r.suffixMod(end); sm != mNone {
		md, end = sm, k
	}
	wmd, wend, week := mNone, 0, false
	if md == mNone {
		wmd, wend, week = r.weekAfter(end)
	}
	ref, fine, ok := r.refAt(Day)
	if !ok {
		return match{}, false
	}
	wd := int(r.ws[i].n)
	if week {
		// dinsdag vorige week: that weekday of that week
		if !fine {
			return match{start: start, end: wend, v: ref, rule: "week-weekday"}, true
		}
		return match{start: start, end: wend, v: dayOfWeek(ref.First(), modStep[wmd], wd), rule: "week-weekday"}, true
	}
	if !fine {
		return match{start: start, end: end, v: ref, rule: "weekday", wd: int(r.ws[i].n)}, true
	}
	t := ref.First()
	d := modDir(md)
	if md == mThis {
		d = dNotBefore
	} else if md == mNone {
		if v, ok := r.deicticNear(start, end, ref); ok {
			if isoWeekday(v.First()) == wd {
				return match{start: start, end: end, v: v, rule: "weekday"}, true
			}
			// The weekday does not fit the deictic: the nearest such day
			// on the deictic's side of the article day.
			d = dNotBefore
			if v.First().Before(t) {
				d = dNotAfter
			}
		} else {
			d = r.weekdayDir(start, end, prep)
		}
	}
	off := wd - isoWeekday(t) // -6 … 6
	var c [5]Value
	for k := range c {
		c[k] = dayOf(t.AddDate(0, 0, off+7*(k-2)))
	}
	v, ok := r.pick(c[:], d)
	return match{start: start, end: end, v: v, rule: "weekday"}, ok
}

// deictic: vandaag, gisteren, eergisteren, morgen, overmorgen, vanavond,
// vanochtend, vanmorgen, vannacht, gisteravond … relative to the article
// day. Not "vandaag de dag" (nowadays) nor the noun "morgen" (de morgen).
func (r *resolver) deictic(i int) (match, bool) {
	w := &r.ws[i]
	if w.Fold() == "vandaag" && r.fold(i+1) == "de" && r.fold(i+2) == "dag" {
		return match{}, false
	}
	if w.Fold() == "morgen" && i > 0 {
		p := &r.ws[i-1]
		if p.cls&(cDet|cWeekday|cMod) != 0 || p.Fold() == "goede" || p.Fold() == "volgende" {
			return match{}, false
		}
	}
	ref, fine, ok := r.refAt(Day)
	if !ok {
		return match{}, false
	}
	if fine {
		ref = dayOf(ref.First().AddDate(0, 0, int(w.n)))
	}
	return match{start: i, end: i + 1, v: ref, rule: "deictic"}, true
}

// anaphor: (in) dat jaar, die dag, diezelfde week, dezelfde maand – the
// last mentioned date at the unit's precision.
func (r *resolver) anaphor(i int) (match, bool) {
	k := i + 1
	if k >= len(r.ws) || r.ws[k].cls&cUnit == 0 || r.ws[k].plural || r.ws[k].unit == uWeekend || r.anchor.IsZero() {
		return match{}, false
	}
	p := unitPrec[r.ws[k].unit]
	v := r.anchor
	if v.Precision > p {
		v = inexact(v)
	} else {
		v = coarsen(v, p)
	}
	return match{start: i, end: k + 1, v: v, rule: "anaphor"}, true
}

// count returns the count of token i (number word or a number 1–99).
func (r *resolver) count(i int) int {
	if i < 0 || i >= len(r.ws) {
		return 0
	}
	w := &r.ws[i]
	if w.cls&cCount != 0 {
		return int(w.n)
	}
	if w.Kind == text.Number && w.num >= 1 && w.num <= 99 && w.nd <= 2 {
		return w.num
	}
	return 0
}

// relative: een dag later, twee dagen eerder, drie weken daarna (from the
// last date); twee jaar geleden (from the article date).
func (r *resolver) relative(i int) (match, bool) {
	n := r.count(i)
	k := i + 1
	if n == 0 || k+1 >= len(r.ws) || r.ws[k].cls&cUnit == 0 || r.ws[k].unit == uWeekend {
		return match{}, false
	}
	u := r.ws[k].unit
	next := &r.ws[k+1]
	switch {
	case next.cls&cLater != 0 && !r.anchor.IsZero():
		return match{start: i, end: k + 2, v: shift(r.anchor, u, n), rule: "anchor-later"}, true
	case next.cls&cEarlier != 0 && !r.anchor.IsZero():
		return match{start: i, end: k + 2, v: shift(r.anchor, u, -n), rule: "anchor-earlier"}, true
	case next.Fold() == "geleden" && !r.refV.IsZero():
		return match{start: i, end: k + 2, v: shift(r.refV, u, -n), rule: "ago"}, true
	}
	return match{}, false
}

// over: over twee weken, over een maand – from the article date.
func (r *resolver) over(i int) (match, bool) {
	n := r.count(i + 1)
	k := i + 2
	if n == 0 || k >= len(r.ws) || r.ws[k].cls&cUnit == 0 || r.ws[k].unit == uWeekend || r.refV.IsZero() {
		return match{}, false
	}
	// "over een week of twee" and similar vague counts still resolve roughly
	return match{start: i, end: k + 1, v: shift(r.refV, r.ws[k].unit, n), rule: "in-time"}, true
}

// daags: daags erna/daarna/nadien (+1 day from the last date), daags
// ervoor/daarvoor (−1).
func (r *resolver) daags(i int) (match, bool) {
	if i+1 >= len(r.ws) || r.anchor.IsZero() {
		return match{}, false
	}
	switch c := r.ws[i+1].cls; {
	case c&cLater != 0:
		return match{start: i, end: i + 2, v: shift(r.anchor, uDay, 1), rule: "anchor-later"}, true
	case c&cEarlier != 0:
		return match{start: i, end: i + 2, v: shift(r.anchor, uDay, -1), rule: "anchor-earlier"}, true
	}
	return match{}, false
}

// unitRule handles expressions that start with a unit word: jaren + decade,
// week + number (week 12), dag/week/maand/jaar + erna/ervoor (de dag erna).
func (r *resolver) unitRule(i int, prep string) (match, bool) {
	w := &r.ws[i]
	if w.unit == uYear && w.plural {
		return r.decade(i)
	}
	if w.plural || i+1 >= len(r.ws) {
		return match{}, false
	}
	next := &r.ws[i+1]
	if w.unit == uWeek && next.Kind == text.Number && next.num >= 1 && next.num <= 53 && next.nd <= 2 {
		wk := next.num
		if y := r.yearNum(i+2, 1900, 2100); y != 0 {
			if wk > isoWeeks(y) {
				return match{}, false
			}
			return match{start: i, end: i + 3, v: WeekValue(y, wk), rule: "week-number"}, true
		}
		if !licenses(prep, false) {
			return match{}, false
		}
		v, ok := r.yearly(r.calendarDir(i, i+2, prep), func(y int) Value {
			if wk > isoWeeks(y) {
				return Value{}
			}
			return WeekValue(y, wk)
		})
		return match{start: i, end: i + 2, v: v, rule: "week-number"}, ok
	}
	if r.anchor.IsZero() || w.unit == uWeekend {
		return match{}, false
	}
	switch {
	case next.cls&cLater != 0 && next.Fold() != "later":
		return match{start: i, end: i + 2, v: shift(r.anchor, w.unit, 1), rule: "anchor-later"}, true
	case next.cls&cEarlier != 0 && next.Fold() != "eerder":
		return match{start: i, end: i + 2, v: shift(r.anchor, w.unit, -1), rule: "anchor-earlier"}, true
	}
	return match{}, false
}

// shift moves base by n units. Days and weeks keep day precision on a day
// (a week precision for weeks on a week); a base too coarse for the unit is
// returned unchanged, inexact. Months give month precision, years year
// precision.
func shift(base Value, u unit, n int) Value {
	switch u {
	case uDay, uWeek:
		days := n
		if u == uWeek {
			days = 7 * n
		}
		switch {
		case base.Precision == Day:
			v := dayOf(base.First().AddDate(0, 0, days))
			v.Exact = base.Exact
			return v
		case base.Precision == Week && u == uWeek:
			v := weekOf(base.First().AddDate(0, 0, days))
			v.Exact = base.Exact
			return v
		}
		return inexact(base)
	case uMonth:
		if base.Precision == Year {
			return inexact(base)
		}
		m := coarsen(base, Month)
		v := MonthValue(m.Year, m.Month+n)
		v.Exact = base.Exact
		return v
	case uYear:
		y := coarsen(base, Year)
		v := YearValue(y.Year + n)
		v.Exact = base.Exact
		return v
	}
	return base
}

// season: (de) zomer van 2019, zomer 2019, deze zomer, afgelopen winter,
// volgend voorjaar – the year, inexact. A bare season is not resolved.
func (r *resolver) season(start, i int, md mod) (match, bool) {
	first := int(r.ws[i].n)
	k := i + 1
	if r.fold(k) == "van" {
		k++
	}
	if y := r.yearNum(k, 1900, 2100); y != 0 {
		return match{start: start, end: k + 1, v: inexact(YearValue(y)), rule: "season"}, true
	}
	if y, end, ok := r.relYearAt(i + 1); ok {
		return match{start: start, end: end, v: inexact(YearValue(y)), rule: "season"}, true
	}
	if md == mNone || r.ref.Year == 0 {
		return match{}, false
	}
	y := r.ref.Year
	if m := r.ref.Month; m != 0 {
		// Seasons are named by the year of their first month (the winter of
		// 2021 runs from December 2021 to February 2022). Work in absolute
		// month numbers: season of year L covers [L*12+first-1, +2].
		now := y*12 + m - 1
		label := func(L int) (lo, hi int) { return L*12 + first - 1, L*12 + first + 1 }
		switch md {
		case mThis: // the season we are in, else the next one
			y = y - 1
			for _, hi := label(y); hi < now; _, hi = label(y) {
				y++
			}
		case mPrev, mLast: // the last one that ended before the article month
			y = y + 1
			for _, hi := label(y); hi >= now; _, hi = label(y) {
				y--
			}
		case mNext: // the first one that starts after the article month
			y = y - 1
			for lo, _ := label(y); lo <= now; lo, _ = label(y) {
				y++
			}
		}
	} else if md == mPrev || md == mLast {
		y--
	} else if md == mNext {
		y++
	}
	return match{start: start, end: i + 1, v: inexact(YearValue(y)), rule: "season"}, true
}

// holidayDate returns the date of holiday h in year y.
func holidayDate(h holiday, y int) Value {
	switch {
	case h.easter:
		return dayOf(easter(y).AddDate(0, 0, h.day))
	case h.prinsjes:
		t := civil(y, 9, 1)
		off := (2 - isoWeekday(t) + 7) % 7 // first Tuesday
		return dayOf(t.AddDate(0, 0, off+14))
	}
	return DayValue(y, h.month, h.day)
}

// easter returns Easter Sunday of year y (Gregorian, anonymous algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civil(y, month, day)
}

// holiday: Kerstmis, Pasen, Koningsdag … after a preposition (met Kerstmis,
// rond Pasen, op Koningsdag), a modifier (afgelopen Pasen) or before a year
// (Pasen 2022).
func (r *resolver) holiday(start, i int, md mod, prep string) (match, bool) {
	return r.holidayAt(start, i, i+1, holidays[r.ws[i].hol], md, prep != "" || md != mNone, prep)
}

func (r *resolver) holidayAt(start, i, next int, h holiday, md mod, licensed bool, prep string) (match, bool) {
	if y := r.yearNum(next, 1900, 2100); y != 0 {
		return match{start: start, end: next + 1, v: holidayDate(h, y), rule: "holiday"}, true
	}
	if !licensed {
		return match{}, false
	}
	d := modDir(md)
	if md == mNone {
		d = r.calendarDir(start, next, prep)
	}
	v, ok := r.yearly(d, func(y int) Value { return holidayDate(h, y) })
	return match{start: start, end: next, v: v, rule: "holiday"}, ok
}

// holidayPhrase: eerste/tweede kerstdag, eerste/tweede paasdag, eerste/
// tweede pinksterdag, goede vrijdag.
func (r *resolver) holidayPhrase(i int) (match, bool) {
	var h int
	switch r.fold(i) + " " + r.fold(i+1) {
	case "eerste kerstdag":
		h = 1
	case "tweede kerstdag":
		h = 14
	case "eerste paasdag":
		h = 9
	case "tweede paasdag":
		h = 15
	case "eerste pinksterdag":
		h = 11
	case "tweede pinksterdag":
		h = 17
	case "goede vrijdag":
		h = 16
	default:
		return match{}, false
	}
	return r.holidayAt(i, i+1, i+2, holidays[h], mNone, true, "")
}
