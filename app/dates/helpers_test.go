package dates

import (
	"corpusexplorer/app/text"
	"fmt"
	"strings"
)

// Resolve (for tests) finds the temporal expressions in each sentence of an article and
// resolves them against the publication date ref. sentences are byte spans
// into src, in text order; nil means that src is one sentence. Expressions
// are returned in text order. Anaphoric and narrative expressions ("in dat
// jaar", "een dag later") are resolved against the last date mentioned
// earlier in the same call, which starts as ref.
func Resolve(src string, sentences []text.Span, ref Ref) []Expr {
	return ResolveTokens(src, nil, sentences, ref)
}

// ResolveSentence resolves a single sentence (or any text taken as one
// sentence) against ref. It is Resolve(s, nil, ref).
func ResolveSentence(s string, ref Ref) []Expr { return Resolve(s, nil, ref) }

// ParseRef parses YYYY, YYYY-MM or YYYY-MM-DD into a Ref.
func ParseRef(s string) (Ref, error) {
	v, err := ParseValue(strings.TrimSpace(s))
	if err != nil || v.Precision == Week {
		return Ref{}, fmt.Errorf("dates: cannot parse %q as YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	return Ref{Year: v.Year, Month: v.Month, Day: v.Day}, nil
}
