// Package explore holds the view logic of the explorer pages that is not
// drawing: reading a page's URL into a validated search state, grouping
// the actor facet by type with a find box, the month histogram, the active
// filter chips, and explaining an empty result. The go-app components in
// app/ui only render what it returns.
package explore

import (
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
)

// Catalog tells the explorer about the actors of the loaded corpus.
type Catalog interface {
	// Actor returns the actor with the given id, if the corpus has it.
	Actor(id string) (actors.Actor, bool)
}

// Remapper is a Catalog that also knows the user's actor edits (as
// edits.Result does): Remap returns the id the mentions of id are shown
// under (its merge target, or id) and whether that actor is hidden.
type Remapper interface {
	Remap(id string) (to string, hidden bool)
}

// ParseState reads the search state of a page URL. Page parameters named
// in extra (lanes, view, id, …) are left to the page; an actor id that the
// catalog does not know and an unknown actor type are ignored with a
// notice, like every malformed value search.ParseState reports. When the
// catalog is a Remapper, the id of a merged actor (a link saved before the
// merge) follows the merge, and a hidden actor is dropped, each with a
// notice.
func ParseState(v url.Values, cat Catalog, extra ...string) (search.State, []search.Notice) {
	rest := url.Values{}
	for k, vals := range v {
		if !slices.Contains(extra, k) {
			rest[k] = vals
		}
	}
	st, notes := search.ParseState(rest)
	if cat != nil {
		known := st.Actors[:0:0]
		rm, _ := cat.(Remapper)
		for _, id := range st.Actors {
			if rm != nil {
				to, hidden := rm.Remap(id)
				if hidden {
					notes = append(notes, search.Notice{Param: "actor", Value: id, Msg: "this actor is hidden by your edits; ignored"})
					continue
				}
				if to != id {
					notes = append(notes, search.Notice{Param: "actor", Value: id, Msg: "merged into " + to + " by your edits; the filter follows the merge"})
					id = to
					if slices.Contains(known, id) || slices.Contains(st.Actors, id) {
						continue
					}
				}
			}
			if _, ok := cat.Actor(id); ok {
				known = append(known, id)
			} else {
				notes = append(notes, search.Notice{Param: "actor", Value: id, Msg: "no actor with this id in the corpus; ignored"})
			}
		}
		if len(known) == 0 {
			known = nil
		}
		st.Actors = known
	}
	if st.Type != "" {
		if t, err := actors.ParseType(st.Type); err != nil {
			notes = append(notes, search.Notice{Param: "type", Value: st.Type, Msg: "unknown actor type ignored"})
			st.Type = ""
		} else {
			st.Type = t.String()
		}
	}
	return st, notes
}

// TypeLabel returns the plural English heading of an actor type.
func TypeLabel(t actors.Type) string {
	switch t {
	case actors.Person:
		return "People"
	case actors.Organisation:
		return "Organisations"
	case actors.Place:
		return "Places"
	case actors.Media:
		return "Media"
	}
	return "Other"
}

// FacetItem is one actor of the actor facet.
type FacetItem struct {
	ID, Name   string
	Type       actors.Type
	Count      int  // matching articles that mention the actor
	Selected   bool // the actor is a filter of the state
	Discovered bool // found in the text, not in the gazetteer
}

// FacetGroup is the actors of one type in the actor facet.
type FacetGroup struct {
	Type  actors.Type
	Label string
	Items []FacetItem
	// More is the number of matching actors left out by the limit.
	More int
}

// ActorFacet groups the actor counts of a result by type, in the order of
// actors.Types. Selected actors always come first in their group, also
// when no matching article mentions them. When find is not empty only the
// actors whose name or an alias matches it are kept (see FindRank: case
// and diacritics folded, one typo forgiven), the better matches first.
// Each group holds at most limit items (0 means all), selected ones
// aside, except the groups of the types listed in full; the group's More
// counts the actors left out. Without find, actors past the limit are
// only counted, so a short facet of a large result is quick to make: a
// count whose Type is set (a search's counts are) is taken to name an
// actor of cat of that type, and is not looked up once its group is full.
func ActorFacet(counts []search.ActorCount, st search.State, cat Catalog, find string, limit int, full ...actors.Type) []FacetGroup {
	f := text.Fold(strings.TrimSpace(find))
	byType := map[actors.Type][]FacetItem{}
	more := map[actors.Type]int{}
	rank := map[string]int{}
	add := func(id string, n int, sel bool) {
		a, ok := cat.Actor(id)
		if !ok {
			return
		}
		if f != "" && !sel {
			r := FindRank(a, f)
			if r == NoMatch {
				return
			}
			rank[id] = r
		}
		items := byType[a.Type]
		if f == "" && !sel && limit > 0 && len(items) >= limit && !slices.Contains(full, a.Type) {
			more[a.Type]++
			return
		}
		byType[a.Type] = append(items, FacetItem{ID: id, Name: a.Name, Type: a.Type, Count: n, Selected: sel, Discovered: a.Discovered})
	}
	for i, id := range st.Actors {
		if slices.Contains(st.Actors[:i], id) {
			continue
		}
		n := 0
		for _, c := range counts {
			if c.ID == id {
				n = c.Count
			}
		}
		add(id, n, true)
	}
	for _, c := range counts {
		if slices.Contains(st.Actors, c.ID) {
			continue
		}
		// An actor past a full group is only counted: by the type its
		// count names, when it names one, without looking it up (a
		// facet of a broad result names thousands of actors).
		if t, ok := typeNamed(c.Type); ok && f == "" && limit > 0 && len(byType[t]) >= limit && !slices.Contains(full, t) {
			more[t]++
			continue
		}
		add(c.ID, c.Count, false)
	}
	if f != "" {
		// Selected first, then the better matches, each in count order;
		// then the limit.
		for t, items := range byType {
			// sort.SliceStable, not slices.SortStableFunc, which would
			// compile a sort of its own for FacetItem into the wasm.
			sort.SliceStable(items, func(i, j int) bool {
				a, b := items[i], items[j]
				if a.Selected != b.Selected {
					return a.Selected
				}
				return rank[a.ID] < rank[b.ID]
			})
			if limit > 0 && !slices.Contains(full, t) {
				keep := limit
				for keep < len(items) && items[keep].Selected {
					keep++
				}
				if keep < len(items) {
					more[t] = len(items) - keep
					byType[t] = items[:keep]
				}
			}
		}
	}
	var groups []FacetGroup
	for _, t := range actors.Types {
		if items := byType[t]; len(items) > 0 {
			groups = append(groups, FacetGroup{Type: t, Label: TypeLabel(t), Items: items, More: more[t]})
		}
	}
	return groups
}

// typeNamed returns the actor type whose name is s ("person", ...), or
// false; it allocates nothing (see actors.ParseType for what people
// type).
func typeNamed(s string) (actors.Type, bool) {
	for _, t := range actors.Types {
		if t.String() == s {
			return t, true
		}
	}
	return 0, false
}

// How an actor matches a find text, best first (see FindRank).
const (
	ExactMatch  = iota // a name or alias is the text
	PrefixMatch        // a name or alias, or one of its words, starts with it
	InnerMatch         // a name, an alias or the id contains it
	TypoMatch          // as PrefixMatch, with one typo (see FindTypos)
	NoMatch
)

// FindTypos is the shortest find text, in runes, that is matched with a
// typo: shorter ones would match too much.
const FindTypos = 4

// FindRank tells how well an actor matches the folded find text f: one
// of ExactMatch, PrefixMatch, InnerMatch, TypoMatch or NoMatch. A typo is
// one edit (search.EditDistance) between f and the start of a name or of
// one of its words, of about f's length: Stoltenburg finds Jens
// Stoltenberg, Poetn Vladimir Poetin.
func FindRank(a actors.Actor, f string) int {
	if f == "" {
		return ExactMatch
	}
	best := NoMatch
	names := a.Names()
	folded := make([]string, len(names))
	for i, n := range names {
		fn := text.Fold(n)
		folded[i] = fn
		switch {
		case fn == f:
			return ExactMatch
		case strings.HasPrefix(fn, f) || strings.Contains(fn, " "+f) || strings.Contains(fn, "-"+f):
			best = min(best, PrefixMatch)
		case strings.Contains(fn, f):
			best = min(best, InnerMatch)
		}
	}
	if best == NoMatch && strings.Contains(a.ID, f) {
		best = InnerMatch
	}
	if best < NoMatch || utf8.RuneCountInString(f) < FindTypos {
		return best
	}
	for _, fn := range folded {
		if typoPrefix(fn, f) {
			return TypoMatch
		}
	}
	return NoMatch
}

// typoPrefix reports whether the start of name, or of one of its words,
// is one edit from f.
func typoPrefix(name, f string) bool {
	rn, n := []rune(name), utf8.RuneCountInString(f)
	for s := range rn {
		if s > 0 && rn[s-1] != ' ' && rn[s-1] != '-' {
			continue
		}
		for l := n - 1; l <= n+1; l++ {
			if l > 0 && s+l <= len(rn) && search.EditDistance(string(rn[s:s+l]), f) <= 1 {
				return true
			}
		}
	}
	return false
}

// Toggle returns st with the actor added to or removed from the filters.
func Toggle(st search.State, id string) search.State {
	acts := slices.Clone(st.Actors)
	if i := slices.Index(acts, id); i >= 0 {
		acts = slices.Delete(acts, i, i+1)
	} else {
		acts = append(acts, id)
		slices.Sort(acts)
	}
	if len(acts) == 0 {
		acts = nil
	}
	st.Actors = acts
	return st
}

// Bin is one month of the date histogram.
type Bin struct {
	Month   corpus.Date // month precision
	Count   int         // matching articles of the month, date filter aside
	InRange bool        // the month is inside the state's from–to range
	// Height is Count relative to the largest bin, in [0, 1].
	Height float64
}

// Histogram returns one bin per month from first to last (both month
// precision; months without articles get a zero bin), with the counts of
// a result's month facet. A range too long to draw month by month is
// still returned whole; callers draw it at any width.
func Histogram(months []search.MonthCount, first, last corpus.Date, st search.State) []Bin {
	if first.IsZero() || last.IsZero() || last.Compare(first) < 0 {
		return nil
	}
	lo, hi := first.MonthIndex(), last.MonthIndex()
	bins := make([]Bin, hi-lo+1)
	for i := range bins {
		m := corpus.MonthAt(lo + i)
		bins[i] = Bin{Month: m, InRange: inRange(m, st)}
	}
	top := 0
	for _, mc := range months {
		d, err := corpus.ParseDate(mc.Month)
		if err != nil {
			continue
		}
		if i := d.MonthIndex() - lo; i >= 0 && i < len(bins) {
			bins[i].Count = mc.Count
			top = max(top, mc.Count)
		}
	}
	if top > 0 {
		for i := range bins {
			bins[i].Height = float64(bins[i].Count) / float64(top)
		}
	}
	return bins
}

// BarsPath returns SVG path data that draws the histogram bins i for
// which keep(i) is true as bars in a w×h box: bin i has the slot from
// i·w/n to (i+1)·w/n, and its bar fills the middle 80 % of the slot, from
// the bottom up to Height·(h−4), at least 3 high when the bin has
// articles. Bins without articles draw nothing. One path per kind of bar
// keeps a long histogram to a few elements.
func BarsPath(bins []Bin, w, h float64, keep func(i int) bool) string {
	if len(bins) == 0 {
		return ""
	}
	slot := w / float64(len(bins))
	var b []byte
	for i, bin := range bins {
		if bin.Count == 0 || !keep(i) {
			continue
		}
		bh := max(bin.Height*(h-4), 3)
		x := float64(i)*slot + slot*0.1
		b = append(b, 'M')
		b = appendNum(b, x)
		b = append(b, ' ')
		b = appendNum(b, h)
		b = append(b, 'V')
		b = appendNum(b, h-bh)
		b = append(b, 'H')
		b = appendNum(b, x+slot*0.8)
		b = append(b, 'V')
		b = appendNum(b, h)
		b = append(b, 'Z')
	}
	return string(b)
}

// appendNum appends v with at most two decimals, without trailing zeros.
func appendNum(b []byte, v float64) []byte {
	b = strconv.AppendFloat(b, v, 'f', 2, 64)
	for b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	if b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return b
}

// inRange reports whether month m overlaps the state's date range.
func inRange(m corpus.Date, st search.State) bool {
	if !st.From.IsZero() && m.Compare(st.From.MonthDate()) < 0 {
		return false
	}
	if !st.To.IsZero() && m.Compare(st.To.MonthDate()) > 0 {
		return false
	}
	return true
}

// WithRange returns st with the date range set to the months a and b, in
// either order (a drag may go right to left).
func WithRange(st search.State, a, b corpus.Date) search.State {
	if b.Compare(a) < 0 {
		a, b = b, a
	}
	st.From, st.To = a.MonthDate(), b.MonthDate()
	return st
}

// PickMonths is WithRange for a click or drag over the histogram: picking
// again the one month that is the whole range clears the range.
func PickMonths(st search.State, a, b corpus.Date) search.State {
	if a.MonthDate() == b.MonthDate() && st.From.MonthDate() == a.MonthDate() && st.To.MonthDate() == a.MonthDate() {
		st.From, st.To = corpus.Date{}, corpus.Date{}
		return st
	}
	return WithRange(st, a, b)
}

// WithBound returns st with its from date (or, with to, its to date) set
// to d, the zero Date removing it; a range that then runs backwards is
// turned round.
func WithBound(st search.State, d corpus.Date, to bool) search.State {
	setBound(&st.From, &st.To, d, to)
	return st
}

// setBound sets *from (or, with isTo, *to) to d, and turns a range that
// then runs backwards round.
func setBound(from, to *corpus.Date, d corpus.Date, isTo bool) {
	if isTo {
		*to = d
	} else {
		*from = d
	}
	if !from.IsZero() && !to.IsZero() && to.Compare(*from) < 0 {
		*from, *to = *to, *from
	}
}

// WithHappened returns st with d as the first (to false) or last (to
// true) day or month of when it happened; a range given backwards is
// turned round.
func WithHappened(st search.State, d corpus.Date, to bool) search.State {
	setBound(&st.EFrom, &st.ETo, d, to)
	return st
}

// Total returns the number of articles of the bins.
func Total(bins []Bin) int {
	n := 0
	for _, b := range bins {
		n += b.Count
	}
	return n
}

// Chip is an active filter, with the state that removes it.
type Chip struct {
	Kind   string // "q", "actor", "type", "from", "to", "sort"
	Label  string
	Remove search.State
}

// QueryLabel is how a chip shows a query: in curly quotes, or with its
// own quoted phrases in curly quotes when it has some (“10 januari”, not
// “"10 januari"”).
func QueryLabel(q string) string {
	if strings.Count(q, `"`) == 0 {
		return "“" + q + "”"
	}
	var b strings.Builder
	open := true
	for _, r := range q {
		if r == '"' {
			if open {
				b.WriteString("“")
			} else {
				b.WriteString("”")
			}
			open = !open
			continue
		}
		b.WriteRune(r)
	}
	if !open {
		b.WriteString("”")
	}
	return b.String()
}

// Chips lists the active filters of st in URL order: the query, each
// actor, the actor type and the date range. Sorting is not a filter.
func Chips(st search.State, cat Catalog) []Chip {
	var out []Chip
	if st.Q != "" {
		r := st
		r.Q = ""
		out = append(out, Chip{"q", QueryLabel(st.Q), r})
	}
	for _, id := range st.Actors {
		name := id
		if a, ok := cat.Actor(id); ok {
			name = a.Name
		}
		out = append(out, Chip{"actor", name, Toggle(st, id)})
	}
	if st.Type != "" {
		r := st
		r.Type = ""
		label := st.Type
		if t, err := actors.ParseType(st.Type); err == nil {
			label = TypeLabel(t)
		}
		out = append(out, Chip{"type", "Only " + strings.ToLower(label), r})
	}
	if !st.From.IsZero() {
		r := st
		r.From = corpus.Date{}
		out = append(out, Chip{"from", "From " + st.From.String(), r})
	}
	if !st.To.IsZero() {
		r := st
		r.To = corpus.Date{}
		out = append(out, Chip{"to", "To " + st.To.String(), r})
	}
	if !st.EFrom.IsZero() {
		r := st
		r.EFrom = corpus.Date{}
		out = append(out, Chip{"efrom", "Happened from " + st.EFrom.String(), r})
	}
	if !st.ETo.IsZero() {
		r := st
		r.ETo = corpus.Date{}
		out = append(out, Chip{"eto", "Happened to " + st.ETo.String(), r})
	}
	return out
}

// Clear returns st without any filter, keeping the sort order.
func Clear(st search.State) search.State { return search.State{Sort: st.Sort} }

// Counter counts the articles that match a state.
type Counter interface {
	Count(st search.State) int
}

// Relaxation is a filter whose removal would bring results back.
type Relaxation struct {
	Chip
	Total int // matching articles without this filter
}

// Explain tells which filters emptied a result: for each active filter,
// how many articles match when only that one is removed. Filters whose
// removal still gives nothing are left out; when no single removal helps,
// the result is empty and only clearing several filters does.
func Explain(st search.State, cat Catalog, c Counter) []Relaxation {
	var out []Relaxation
	for _, ch := range Chips(st, cat) {
		if n := c.Count(ch.Remove); n > 0 {
			out = append(out, Relaxation{ch, n})
		}
	}
	return out
}

// Neighbours returns the entries before and after item in list (-1 when
// there is none) and its position; pos is -1 when item is not in list.
func Neighbours(list []int, item int) (prev, next, pos int) {
	pos = slices.Index(list, item)
	prev, next = -1, -1
	if pos < 0 {
		return prev, next, pos
	}
	if pos > 0 {
		prev = list[pos-1]
	}
	if pos+1 < len(list) {
		next = list[pos+1]
	}
	return prev, next, pos
}

// BinAt returns the histogram bin under x for n bins drawn across width,
// clamped to the bins (0 when width is not positive).
func BinAt(x, width float64, n int) int {
	if width <= 0 || n <= 0 {
		return 0
	}
	return min(max(int(x/width*float64(n)), 0), n-1)
}
