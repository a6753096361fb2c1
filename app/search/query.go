// Package search is the query engine of the explorer: an inverted index
// with positions over an analysed corpus, a small query language, BM25
// ranking with weighted title and lead, actor and date filters, facet
// counts and snippets with byte-span marks.
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"corpusexplorer/app/text"
)

// Notice reports a part of the input that was ignored or reinterpreted.
type Notice struct {
	Param string // the URL parameter concerned ("q" for the query)
	Value string // the offending value
	Msg   string // what happened, in plain English
}

// String returns a one-line description of n.
func (n Notice) String() string { return n.Param + "=" + n.Value + ": " + n.Msg }

// Clause is one part of a query: a word or a phrase, possibly negated.
type Clause struct {
	// Words are the folded words (text.FoldWord) of the clause; one word
	// for a bare term, one or more for a phrase.
	Words []string
	// Phrase reports that the words must occur at consecutive positions.
	Phrase bool
	// Negate excludes the articles that match the clause.
	Negate bool
	// Prefix lets a single word also match every index term it starts.
	Prefix bool
}

// String returns the clause in query syntax.
func (c Clause) String() string {
	s := strings.Join(c.Words, " ")
	if c.Phrase {
		s = `"` + s + `"`
	}
	if c.Negate {
		s = "-" + s
	}
	return s
}

// Query is a parsed query: its clauses are ANDed.
type Query struct {
	Clauses []Clause
}

// String returns the query in canonical query syntax (folded words).
func (q Query) String() string {
	parts := make([]string, len(q.Clauses))
	for i, c := range q.Clauses {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

// Positive reports whether q has at least one clause that is not negated.
func (q Query) Positive() bool {
	for _, c := range q.Clauses {
		if !c.Negate {
			return true
		}
	}
	return false
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '„' }

// words returns the folded words and numbers of s.
func words(s string) []string {
	var out []string
	for _, t := range text.Tokenize(s) {
		if t.Kind != text.Punct && t.Fold() != "" {
			out = append(out, t.Fold())
		}
	}
	return out
}

// ParseQuery parses a query. Terms separated by spaces are ANDed; "..."
// is an exact phrase (an unclosed quote runs to the end of the input);
// a leading "-" excludes a term or phrase; a bare term that tokenizes into
// several words (regering-Biden) becomes a phrase. The last clause, when
// it is a bare single word, also matches as a prefix. Case and diacritics
// never matter. ParseQuery never fails: whatever it cannot use is left out
// and reported in the notices.
func ParseQuery(s string) (Query, []Notice) {
	var q Query
	var notes []Notice
	note := func(v, msg string) { notes = append(notes, Notice{Param: "q", Value: v, Msg: msg}) }
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
		note(s, "invalid UTF-8 replaced")
	}
	i := 0
	lastBare := false
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		neg := false
		start := i
		if r == '-' {
			neg = true
			i += n
			if i >= len(s) {
				note("-", "a lone minus sign was ignored")
				break
			}
			r, n = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				note("-", "a lone minus sign was ignored")
				continue
			}
		}
		if isQuote(r) {
			i += n
			j := i
			closed := false
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isQuote(r2) {
					closed = true
					break
				}
				j += n2
			}
			body := s[i:j]
			if closed {
				_, n2 := utf8.DecodeRuneInString(s[j:])
				i = j + n2
			} else {
				i = j
				note(s[start:], "unclosed quote: phrase runs to the end")
			}
			ws := words(body)
			if len(ws) == 0 {
				note(s[start:i], "empty phrase ignored")
				continue
			}
			q.Clauses = append(q.Clauses, Clause{Words: ws, Phrase: true, Negate: neg})
			lastBare = false
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r2) || isQuote(r2) {
				break
			}
			j += n2
		}
		raw := s[i:j]
		i = j
		ws := words(raw)
		if len(ws) == 0 {
			note(s[start:j], "term without letters or digits ignored")
			lastBare = false
			continue
		}
		q.Clauses = append(q.Clauses, Clause{Words: ws, Phrase: len(ws) > 1, Negate: neg})
		lastBare = len(ws) == 1 && !neg
	}
	if lastBare {
		q.Clauses[len(q.Clauses)-1].Prefix = true
	}
	return q, notes
}
