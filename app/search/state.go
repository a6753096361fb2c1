package search

import (
	"net/url"
	"slices"
	"strings"
	"time"

	"corpusexplorer/app/corpus"
)

// Sort is the order of the hits.
type Sort uint8

// Sort orders. Relevance is the default; for a query without positive
// terms it falls back to newest first.
const (
	Relevance Sort = iota
	Newest
	Oldest
)

// Sorts lists the orders, the default first.
func Sorts() []Sort { return []Sort{Relevance, Newest, Oldest} }

// ParseSort returns the order whose URL form is s ("" is Relevance) and
// whether there is one.
func ParseSort(s string) (Sort, bool) {
	if s == "" {
		return Relevance, true
	}
	for _, o := range Sorts() {
		if o.String() == s {
			return o, true
		}
	}
	return Relevance, false
}

// Label names s for a menu: "Most relevant", "Newest first", "Oldest first".
func (s Sort) Label() string {
	switch s {
	case Newest:
		return "Newest first"
	case Oldest:
		return "Oldest first"
	}
	return "Most relevant"
}

// String returns the URL form of s.
func (s Sort) String() string {
	switch s {
	case Newest:
		return "newest"
	case Oldest:
		return "oldest"
	}
	return "relevance"
}

// State is the complete filter state of a search, with one canonical URL
// form (see Values).
type State struct {
	Q      string      // the query text, trimmed
	Actors []string    // actor ids that must all be mentioned, sorted, unique
	Type   string      // an actor type at least one mentioned actor must have
	From   corpus.Date // first day or month included; zero when open
	To     corpus.Date // last day or month included; zero when open
	// EFrom and ETo bound when it happened: an article matches when a
	// happening it tells of overlaps them (see Config.Happened).
	EFrom, ETo corpus.Date
	Sort       Sort
}

// ParseState reads a state from URL values. Unknown parameters, repeated
// single-valued parameters, malformed dates, an empty actor, an unknown
// sort and a to-date before the from-date are ignored, each reported in a
// Notice.
func ParseState(v url.Values) (State, []Notice) {
	var st State
	var notes []Notice
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	single := func(k string) (string, bool) {
		vals := v[k]
		for _, extra := range vals[1:] {
			notes = append(notes, Notice{k, extra, "repeated parameter ignored"})
		}
		if len(vals) == 0 {
			return "", false
		}
		return strings.TrimSpace(vals[0]), true
	}
	date := func(k string) corpus.Date {
		s, ok := single(k)
		if !ok || s == "" {
			return corpus.Date{}
		}
		d, err := corpus.ParseDate(s)
		if err != nil {
			notes = append(notes, Notice{k, s, "ignored: " + err.Error()})
			return corpus.Date{}
		}
		return d
	}
	for _, k := range keys {
		switch k {
		case "q":
			st.Q, _ = single(k)
		case "actor":
			for _, a := range v[k] {
				a = strings.TrimSpace(a)
				if a == "" {
					notes = append(notes, Notice{k, a, "empty actor ignored"})
					continue
				}
				st.Actors = append(st.Actors, a)
			}
		case "type":
			st.Type, _ = single(k)
		case "from":
			st.From = date(k)
		case "to":
			st.To = date(k)
		case "efrom":
			st.EFrom = date(k)
		case "eto":
			st.ETo = date(k)
		case "sort":
			s, _ := single(k)
			if o, ok := ParseSort(s); ok {
				st.Sort = o
			} else {
				notes = append(notes, Notice{k, s, "unknown sort ignored"})
			}
		default:
			for _, val := range v[k] {
				notes = append(notes, Notice{k, val, "unknown parameter ignored"})
			}
		}
	}
	slices.Sort(st.Actors)
	st.Actors = slices.Compact(st.Actors)
	if len(st.Actors) == 0 {
		st.Actors = nil
	}
	if !st.From.IsZero() && !st.To.IsZero() && dayKey(st.To, true) < dayKey(st.From, false) {
		notes = append(notes, Notice{"to", st.To.String(), "ignored: before from=" + st.From.String()})
		st.To = corpus.Date{}
	}
	if !st.EFrom.IsZero() && !st.ETo.IsZero() && dayKey(st.ETo, true) < dayKey(st.EFrom, false) {
		notes = append(notes, Notice{"eto", st.ETo.String(), "ignored: before efrom=" + st.EFrom.String()})
		st.ETo = corpus.Date{}
	}
	return st, notes
}

// Values returns the canonical URL form of st: q, actor (repeated, in
// sorted order), type, from, to and sort, each only when set; sort is
// omitted for relevance.
func (st State) Values() url.Values {
	v := url.Values{}
	if q := strings.TrimSpace(st.Q); q != "" {
		v.Set("q", q)
	}
	acts := slices.Clone(st.Actors)
	slices.Sort(acts)
	for _, a := range slices.Compact(acts) {
		if a != "" {
			v.Add("actor", a)
		}
	}
	if st.Type != "" {
		v.Set("type", st.Type)
	}
	if !st.From.IsZero() {
		v.Set("from", st.From.String())
	}
	if !st.To.IsZero() {
		v.Set("to", st.To.String())
	}
	if !st.EFrom.IsZero() {
		v.Set("efrom", st.EFrom.String())
	}
	if !st.ETo.IsZero() {
		v.Set("eto", st.ETo.String())
	}
	if st.Sort != Relevance {
		v.Set("sort", st.Sort.String())
	}
	return v
}

// Order returns the order the hits of st come in: its Sort, except that
// relevance without a positive query term (nothing to rank by) is newest
// first.
func (st State) Order() Sort {
	if st.Sort == Relevance {
		if q, _ := ParseQuery(st.Q); !q.Positive() {
			return Newest
		}
	}
	return st.Sort
}

// Describe returns the order of st in words: "most relevant first",
// "newest first" or "oldest first".
func (s Sort) Describe() string {
	switch s {
	case Newest:
		return "newest first"
	case Oldest:
		return "oldest first"
	}
	return "most relevant first"
}

// Encode returns the canonical URL query string of st (keys sorted).
func (st State) Encode() string { return st.Values().Encode() }

// DayKey returns a comparable number for a day: YYYYMMDD.
func DayKey(t time.Time) int { return t.Year()*10000 + int(t.Month())*100 + t.Day() }

// dayKey returns a comparable number for d: YYYYMMDD. A month-precision
// date gives its first day, or its last day when last is set.
func dayKey(d corpus.Date, last bool) int {
	day := d.Day
	if day == 0 {
		day = 1
		if last {
			day = 31
		}
	}
	return d.Year*10000 + d.Month*100 + day
}

// HasActor reports whether the actor with the given id is in the filter.
func (s State) HasActor(id string) bool {
	return slices.Contains(s.Actors, id)
}
