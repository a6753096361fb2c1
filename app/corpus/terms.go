package corpus

import (
	"unicode"

	"corpusexplorer/app/text"
)

// Flag holds facts about one token, for indexing and ranking.
type Flag uint8

// Token flags.
const (
	// Stop marks a stop word (text.IsStopWord). Stop words stay in the
	// token list so phrases match, but ranking should skip them.
	Stop Flag = 1 << iota
	// Name marks a name candidate, which must never be stemmed: a word
	// that starts with a capital and is not in initial position, a word in
	// capitals (NAVO, EU), or a capitalised word in initial position whose
	// folded form is a name elsewhere in the same article (the "Biden" of
	// "Biden zei …" when "president Biden" occurs too).
	Name
	// Initial marks the first word of a sentence, of a quotation, of a
	// sentence inside a quotation or after a colon: a position where any
	// word may be written with a capital.
	Initial
)

// flag computes Flags.
func (a *Article) flag() {
	src := a.Text
	a.Flags = make([]Flag, len(a.Tokens))
	for _, s := range a.Sentences {
		r := a.Paragraphs[s.Para].Tokens
		first := true
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			t := a.Tokens[i]
			if t.Kind == text.Punct {
				switch c := firstRune(src, t); {
				case c == ':':
					first = true
				case isTerminal(c):
					// A sentence inside a quotation: „Ja. Heel graag”.
					e := runEnd(src, a.Tokens, i, s.Tokens.End)
					if e+1 < s.Tokens.End && endsSentence(src, a.Tokens, r, s.Tokens.Start, i, e) {
						first = true
					}
					i = e
				default:
					if role, _ := quoteRole(src, a.Tokens, r, i); role == opener {
						first = true
					}
				}
				continue
			}
			if first && !t.Hyphen {
				a.Flags[i] |= Initial
			}
			first = false
		}
	}
	var names []int32 // tokens that are names by position or capitals
	for i, t := range a.Tokens {
		if t.Kind != text.Word {
			continue
		}
		f := a.Flags[i]
		if text.IsStopWord(t.Fold()) {
			f |= Stop
		}
		if unicode.IsUpper(firstRune(src, t)) && (f&Initial == 0 || t.AllCaps(src)) {
			f |= Name
			names = append(names, int32(i))
		}
		a.Flags[i] = f
	}
	if len(names) == 0 {
		return
	}
	var set map[string]bool // for long texts, to stay linear
	if len(names) > 64 {
		set = make(map[string]bool, len(names))
		for _, j := range names {
			set[a.Tokens[j].Fold()] = true
		}
	}
	for i, t := range a.Tokens {
		if a.Flags[i]&(Initial|Name) != Initial || t.Kind != text.Word || !unicode.IsUpper(firstRune(src, t)) {
			continue
		}
		if set != nil {
			if set[t.Fold()] {
				a.Flags[i] |= Name
			}
			continue
		}
		for _, j := range names {
			if a.Tokens[j].Fold() == t.Fold() {
				a.Flags[i] |= Name
				break
			}
		}
	}
}

// IndexTerm returns the term under which a word is indexed: its folded
// form when flags has Name, its Dutch stem (text.Stem) otherwise. Numbers
// and punctuation are their own terms (Stem leaves them unchanged).
//
// Names are never stemmed, so a query must look a word up under both its
// folded and its stemmed form: "poetin" finds the name, "gesprekken"
// finds "gesprek". Stemming allocates; an indexer should memoise it per
// distinct folded form.
func IndexTerm(fold string, flags Flag) string {
	if flags&Name != 0 {
		return fold
	}
	return text.Stem(fold)
}

// Term returns the index term of token i (see IndexTerm).
func (a *Article) Term(i int) string {
	if a.Tokens[i].Kind != text.Word {
		return a.Tokens[i].Fold()
	}
	return IndexTerm(a.Tokens[i].Fold(), a.Flags[i])
}
