package explore

import (
	"cmp"
	"net/url"
	"slices"
	"sort"
	"strings"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
)

// ActorSort is an order of the actor list.
type ActorSort struct {
	// Key is the value of the list's sort= URL parameter.
	Key string
	// Label is the heading of the column it sorts by.
	Label string
	// Description says the order in words ("by name, A to Z").
	Description string
	// Ascending is set when the first row has the lowest value.
	Ascending bool
	// Numeric is set when the column holds counts.
	Numeric bool
}

// ActorSorts lists the orders of the actor list. The first is the default.
func ActorSorts() []ActorSort {
	return []ActorSort{
		{"articles", "Articles", "by number of articles, most first", false, true},
		{"mentions", "Mentions", "by number of mentions, most first", false, true},
		{"name", "Name", "by name, A to Z", true, false},
		{"first", "First", "by first appearance, earliest first", true, false},
		{"last", "Last", "by last appearance, latest first", false, false},
	}
}

// ActorSortOf returns the order with key (any case), and whether there is
// one.
func ActorSortOf(key string) (ActorSort, bool) {
	for _, s := range ActorSorts() {
		if strings.EqualFold(s.Key, key) {
			return s, true
		}
	}
	return ActorSort{}, false
}

// ActorQuery is the state of the actor list: /actors?type=&q=&sort=.
type ActorQuery struct {
	// Type is an actor type name ("person", ...) or "" for every type.
	Type string
	// Q is the find box: a part of a name or alias, as typed.
	Q string
	// Sort is the Key of one of ActorSorts, or "" for the default order.
	Sort string
}

// ParseActorQuery reads the actor list's state from a URL query. An
// unknown type or sort is ignored with a notice; other parameters are
// ignored silently.
func ParseActorQuery(v url.Values) (ActorQuery, []search.Notice) {
	var q ActorQuery
	var notes []search.Notice
	q.Q = strings.TrimSpace(v.Get("q"))
	if s := v.Get("type"); s != "" {
		if t, err := actors.ParseType(s); err != nil {
			notes = append(notes, search.Notice{Param: "type", Value: s, Msg: "unknown actor type ignored (use person, organisation, place or media)"})
		} else {
			q.Type = t.String()
		}
	}
	if s := v.Get("sort"); s != "" {
		if o, ok := ActorSortOf(s); ok {
			q.Sort = o.Key
			if q.Sort == ActorSorts()[0].Key {
				q.Sort = ""
			}
		} else {
			var keys []string
			for _, o := range ActorSorts() {
				keys = append(keys, o.Key)
			}
			notes = append(notes, search.Notice{Param: "sort", Value: s, Msg: "unknown order ignored (use " + strings.Join(keys, ", ") + ")"})
		}
	}
	return q, notes
}

// Values returns the URL query of q, without default values.
func (q ActorQuery) Values() url.Values {
	v := url.Values{}
	if q.Type != "" {
		v.Set("type", q.Type)
	}
	if q.Q != "" {
		v.Set("q", q.Q)
	}
	if q.Sort != "" && q.Sort != ActorSorts()[0].Key {
		v.Set("sort", q.Sort)
	}
	return v
}

// SortKey returns the effective order of q: Sort or the default.
func (q ActorQuery) SortKey() string { return q.Order().Key }

// Order returns the effective order of q.
func (q ActorQuery) Order() ActorSort {
	if o, ok := ActorSortOf(q.Sort); ok {
		return o
	}
	return ActorSorts()[0]
}

// ActorRow is one line of the actor list: the actor and its statistics.
type ActorRow struct {
	Actor actors.Actor
	Stat  analysis.ActorStat
}

// ActorCatalog is what ActorList needs of a corpus.
type ActorCatalog interface {
	Catalog
	ActorStats(articles []int, maxWith int) []analysis.ActorStat
}

// ActorRows returns every actor of the corpus with its statistics over
// all articles, most articles first. Each row's With holds at most maxWith
// co-occurring actors (0: all).
func ActorRows(cat ActorCatalog, maxWith int) []ActorRow {
	stats := cat.ActorStats(nil, maxWith)
	rows := make([]ActorRow, 0, len(stats))
	for _, s := range stats {
		a, ok := cat.Actor(s.ID)
		if !ok {
			a = actors.Actor{ID: s.ID, Name: s.ID}
		}
		rows = append(rows, ActorRow{Actor: a, Stat: s})
	}
	return rows
}

// FilterActors returns the rows that q keeps (type, and name or alias
// matching the find text, case and diacritics folded, one typo forgiven:
// see FindRank), without changing all. With a find text the better
// matches come first (exact, prefix, inside, typo); otherwise, and within
// each, rows are in q's order. Orders: articles and mentions most first,
// name A to Z (folded), first appearance earliest first, last appearance
// latest first; ties by articles, mentions, name, then id.
func FilterActors(all []ActorRow, q ActorQuery) []ActorRow {
	find := text.Fold(strings.TrimSpace(q.Q))
	rows := make([]ActorRow, 0, len(all))
	rank := map[string]int{}
	for _, r := range all {
		if q.Type != "" && r.Actor.Type.String() != q.Type {
			continue
		}
		if find != "" {
			k := FindRank(r.Actor, find)
			if k == NoMatch {
				continue
			}
			rank[r.Actor.ID] = k
		}
		rows = append(rows, r)
	}
	byName := func(a, b ActorRow) int {
		if c := cmp.Compare(text.Fold(a.Actor.Name), text.Fold(b.Actor.Name)); c != 0 {
			return c
		}
		return cmp.Compare(a.Actor.ID, b.Actor.ID)
	}
	byArticles := func(a, b ActorRow) int {
		if c := cmp.Compare(b.Stat.Articles, a.Stat.Articles); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Stat.Mentions, a.Stat.Mentions); c != 0 {
			return c
		}
		return byName(a, b)
	}
	var order func(a, b ActorRow) int
	switch q.SortKey() {
	case "name":
		order = byName
	case "mentions":
		order = func(a, b ActorRow) int {
			if c := cmp.Compare(b.Stat.Mentions, a.Stat.Mentions); c != 0 {
				return c
			}
			return byArticles(a, b)
		}
	case "first":
		order = func(a, b ActorRow) int {
			if c := a.Stat.First.Compare(b.Stat.First); c != 0 {
				return c
			}
			return byArticles(a, b)
		}
	case "last":
		order = func(a, b ActorRow) int {
			if c := b.Stat.Last.Compare(a.Stat.Last); c != 0 {
				return c
			}
			return byArticles(a, b)
		}
	default:
		order = byArticles
	}
	// sort.SliceStable, not slices.SortStableFunc, which would compile a
	// sort of its own for ActorRow into the wasm; a stable sort's order is
	// the same whatever the algorithm.
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if c := cmp.Compare(rank[a.Actor.ID], rank[b.Actor.ID]); c != 0 {
			return c < 0
		}
		return order(a, b) < 0
	})
	return rows
}

// TypeCounts returns how many of the rows are of each type.
func TypeCounts(rows []ActorRow) map[actors.Type]int {
	out := map[actors.Type]int{}
	for _, r := range rows {
		out[r.Actor.Type]++
	}
	return out
}

// Weights returns the number of matching articles of each actor of a
// result's actor facet: what CardActors ranks ties by. Work it out once
// per result, not once per card.
func Weights(inResult []search.ActorCount) map[string]int {
	w := make(map[string]int, len(inResult))
	for _, c := range inResult {
		w[c.ID] = c.Count
	}
	return w
}

// CardActors returns the actors to show on a result card, at most limit,
// and how many more the article mentions. The actors of the filter come
// first, so a card never hides why it matched; then the most mentioned in
// the article; ties go to the actor in more of the matching articles
// (weight, the result's actor facet: see Weights), then by id.
func CardActors(counts []analysis.ActorCount, st search.State, weight map[string]int, limit int) (shown []analysis.ActorCount, more int) {
	out := slices.Clone(counts)
	// sort.SliceStable: see FilterActors.
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if sa, sb := st.HasActor(a.ID), st.HasActor(b.ID); sa != sb {
			return sa
		}
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(weight[b.ID], weight[a.ID]), strings.Compare(a.ID, b.ID)) < 0
	})
	if limit > 0 && len(out) > limit {
		return out[:limit], len(out) - limit
	}
	return out, 0
}
