package actors

import (
	"fmt"
	"hash/fnv"
	"strings"

	"corpusexplorer/app/text"
)

// Type is the kind of an actor.
type Type uint8

// Actor types. The zero Type is invalid.
const (
	Person       Type = iota + 1 // a person: Joe Biden
	Organisation                 // a government body, party, company, club: NAVO, Kremlin
	Place                        // a country, region or city: Oekraïne, Krim, Genève
	Media                        // a press agency, newspaper or broadcaster: AFP, Reuters

	// Other is a name that is no actor: an event (Olympische Spelen, Tour
	// de France), a work (a book, film or programme), a product, a law or
	// treaty, a language, or a word of nationality used as a name
	// (Amerikaanse, Belgen). CoNLL calls these MISC. Extract leaves them
	// out; ExtractAll returns them too.
	Other
)

// Types lists the actor types in order. Other is not among them: it is a
// kind of name, not of actor.
var Types = []Type{Person, Organisation, Place, Media}

// String returns the gazetteer name of t: "person", "organisation",
// "place", "media" or "other" ("unknown" for an invalid Type).
func (t Type) String() string {
	switch t {
	case Person:
		return "person"
	case Organisation:
		return "organisation"
	case Place:
		return "place"
	case Media:
		return "media"
	case Other:
		return "other"
	}
	return "unknown"
}

// ParseType parses a type name as written by String. The English spelling
// "organization" is accepted too; case is ignored.
func ParseType(s string) (Type, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "person":
		return Person, nil
	case "organisation", "organization":
		return Organisation, nil
	case "place":
		return Place, nil
	case "media":
		return Media, nil
	}
	return 0, fmt.Errorf("unknown actor type %q (want person, organisation, place or media)", s)
}

// Actor is a person, organisation, place or medium that articles mention.
type Actor struct {
	// ID is a stable ASCII slug, by default Slug(Name): joe-biden.
	ID string
	// Name is the canonical name as written in Dutch: Vladimir Poetin.
	Name string
	// Type is the kind of actor.
	Type Type
	// Affiliation is the ID of the actor this one belongs to (joe-biden →
	// verenigde-staten), or "".
	Affiliation string
	// Aliases are other names that mention the actor: Putin, Poetin.
	Aliases []string
	// Roles are phrases that refer to the actor within a date range:
	// "de Amerikaanse president" from 2021-01-20 to 2025-01-20.
	Roles []Role
	// Discovered marks an actor found in the text by the extractor rather
	// than listed in the gazetteer.
	Discovered bool
}

// Names returns the canonical name followed by the aliases.
func (a *Actor) Names() []string {
	return append([]string{a.Name}, a.Aliases...)
}

// Role is a phrase that refers to an actor while the actor holds the role:
// "de Russische president" is Vladimir Poetin from 2012-05-07 on.
type Role struct {
	// Phrase is the words of the role, matched case-insensitively on
	// folded tokens: "de Amerikaanse president".
	Phrase string
	// From is the first day of the role (YYYY, YYYY-MM or YYYY-MM-DD),
	// or "" when open.
	From string
	// To is the first day the role no longer holds (exclusive), in the
	// same forms, or "" when open.
	To string
}

// Active reports whether the role holds on date (YYYY, YYYY-MM or
// YYYY-MM-DD). A month-precision date counts as the 15th of the month and
// a year as the 1st of July, so that every date falls in exactly one of
// two adjoining ranges. A role with a bound never matches an empty or
// malformed date; a role without bounds always does.
func (r Role) Active(date string) bool {
	if r.From == "" && r.To == "" {
		return true
	}
	d, ok := normDate(date, true)
	if !ok {
		return false
	}
	if r.From != "" {
		f, _ := normDate(r.From, false)
		if d < f {
			return false
		}
	}
	if r.To != "" {
		t, _ := normDate(r.To, false)
		if d >= t {
			return false
		}
	}
	return true
}

// normDate turns YYYY, YYYY-MM or YYYY-MM-DD into YYYY-MM-DD. An article
// date (mid) of month precision becomes the 15th, of year precision the
// 1st of July; a bound becomes the first day of its month or year.
func normDate(s string, mid bool) (string, bool) {
	s = strings.TrimSpace(s)
	digits := func(x string) bool {
		for i := 0; i < len(x); i++ {
			if x[i] < '0' || x[i] > '9' {
				return false
			}
		}
		return true
	}
	switch {
	case len(s) == 4 && digits(s):
		if mid {
			return s + "-07-01", true
		}
		return s + "-01-01", true
	case len(s) == 7 && s[4] == '-' && digits(s[:4]) && digits(s[5:]) && s[5:] >= "01" && s[5:] <= "12":
		if mid {
			return s + "-15", true
		}
		return s + "-01", true
	case len(s) == 10 && s[4] == '-' && s[7] == '-' && digits(s[:4]) && digits(s[5:7]) && digits(s[8:]) &&
		s[5:7] >= "01" && s[5:7] <= "12" && s[8:] >= "01" && s[8:] <= "31":
		return s, true
	}
	return "", false
}

// Slug returns the stable ASCII id of a name: folded (lower case, no
// diacritics), every run of other characters than a-z and 0-9 turned into
// one '-', no '-' at either end. Vladimir Poetin → vladimir-poetin,
// Oekraïne → oekraine, 's-Hertogenbosch → s-hertogenbosch. A name with no
// ASCII letter or digit at all gets "x-" and a hash of the name.
func Slug(name string) string {
	f := text.Fold(name)
	var b strings.Builder
	b.Grow(len(f))
	dash := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteByte(c)
			continue
		}
		if c == '\'' && i+1 < len(f) && f[i+1] == 's' && (i+2 == len(f) || f[i+2] == ' ') && b.Len() > 0 {
			// A possessive 's is not part of the name: Poetin's → poetin.
			i++
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		h := fnv.New32a()
		h.Write([]byte(name))
		return fmt.Sprintf("x-%08x", h.Sum32())
	}
	return b.String()
}

// validSlug reports whether s is a well-formed id: a-z, 0-9 and single
// inner dashes.
func validSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}
