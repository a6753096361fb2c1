package explore

import (
	"cmp"
	"net/url"
	"slices"
	"strings"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/dates"
	"corpusexplorer/app/events"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
	"corpusexplorer/app/timeline"
)

// TimelineQuery is what the timeline page asks for: the explorer's
// filters, the lanes, the kinds of entry shown, the selected entry, how
// many of the matching articles to draw and the width to lay the chart
// out in.
type TimelineQuery struct {
	State   search.State
	ByActor bool
	// Kinds are the kinds of entry shown (see EntryKinds: an event type,
	// "dated" or "published"); none means all.
	Kinds []string
	// Event is the URL form of the selected entry (TimelineEntry.Param),
	// "" for none.
	Event string
	// Articles is how many matching articles are drawn, in the state's
	// order; the selected entry's articles are drawn too.
	Articles int
	Width    float64
	// Undated draws the happenings dated only by their article's
	// publication too, at that date (inexact).
	Undated bool
}

// EntryKind tells what a timeline entry is.
type EntryKind uint8

// Entry kinds.
const (
	// HappeningEntry is a happening, however many sentences and articles
	// tell of it (analysis.Happening).
	HappeningEntry EntryKind = iota + 1
	// DatedEntry is a sentence with a date that tells of no happening
	// found.
	DatedEntry
	// PublishedEntry is an article's publication.
	PublishedEntry
)

// The kinds of entry that are no event type, in TimelineQuery.Kinds.
const (
	KindDated     = "dated"
	KindPublished = "published"
)

// TimelineEntry is one mark of the timeline.
type TimelineEntry struct {
	Kind EntryKind
	// Happening is the happening of a HappeningEntry.
	Happening *analysis.Happening
	// Ref is the event of a DatedEntry or PublishedEntry.
	Ref analysis.EventRef
	// Param is its URL form: the happening's id, or the event's
	// ARTICLEID/INDEX (analysis.Corpus.EventParam).
	Param string
	// Date is when it happened.
	Date dates.Value
	// Label names it for people: who did what ("Biden – Poetin · phone
	// call"), or the article.
	Label string
	// Words are the few words drawn beside its mark.
	Words string
	// Sources is the number of articles that tell of it.
	Sources int
}

// KindKey returns the key of an entry's kind in TimelineQuery.Kinds: its
// event type, "dated" or "published".
func (e *TimelineEntry) KindKey() string {
	switch e.Kind {
	case HappeningEntry:
		return e.Happening.Type().Type
	case DatedEntry:
		return KindDated
	}
	return KindPublished
}

// EntryKindCount is a kind of entry with the number of entries of the
// timeline of that kind.
type EntryKindCount struct {
	Key, Label string
	Count      int
	// Selected is set when the query shows it (explicitly).
	Selected bool
}

// TimelineView is what the timeline page shows for a query.
type TimelineView struct {
	// Notes are the query parser's notices and the selected entry's.
	Notes []search.Notice
	// Total is the number of matching articles, Kept the number drawn.
	Total, Kept int
	// Entries and Items are the entries drawn, in calendar order:
	// Items[i] is the chart's item of Entries[i].
	Entries []TimelineEntry
	Items   []timeline.Item
	// Kinds counts the entries of the drawn articles by kind, the kinds
	// not shown included, in inventory order.
	Kinds []EntryKindCount
	// Articles is the number of articles the entries come from.
	Articles int
	// Undated is the number of happenings of the drawn articles dated
	// only by their publication, which are drawn only when the query
	// asks for them (TimelineQuery.Undated).
	Undated int
	// Selected is the index of the selected entry, -1 for none.
	Selected int
	Chart    *timeline.Chart
	Chips    []Chip
}

// Count says what the timeline draws, by kind of entry: "17 happenings,
// 1 dated sentence and 3 publications from 3 articles"; "No events" when
// it draws none.
func (v *TimelineView) Count() string {
	var n [PublishedEntry + 1]int
	for i := range v.Entries {
		n[v.Entries[i].Kind]++
	}
	var parts []string
	for _, k := range []struct {
		kind EntryKind
		unit string
	}{{HappeningEntry, "happening"}, {DatedEntry, "dated sentence"}, {PublishedEntry, "publication"}} {
		if n[k.kind] > 0 {
			parts = append(parts, text.Plural(n[k.kind], k.unit))
		}
	}
	if len(parts) == 0 {
		return "No events"
	}
	list := parts[0]
	if len(parts) > 1 {
		list = strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	}
	return list + " from " + text.Plural(v.Articles, "article")
}

// Timeline works out the timeline of the articles of ac that match q's
// state: the happenings the first q.Articles of them tell of (each once,
// however many sentences and articles tell of it), the dated sentences
// that tell of none and the publications, in calendar order, laid out in
// lanes by article (short distinct titles; a happening in the lane of
// each article that tells of it) or by actor (a happening in the lane of
// each participant), each mark labelled. A happening dated only by its
// article's publication is drawn only when q.Undated asks for it: that
// date says when it was told, not when it happened.
func Timeline(ac *analysis.Corpus, ix *search.Index, q TimelineQuery) TimelineView {
	idx, notes := ix.Matches(q.State)
	return TimelineOf(ac, idx, len(idx), notes, q)
}

// TimelineOf is Timeline over the articles idx of ac (positions in
// ac.Articles, in the order of q's state), the first of total matching
// articles that a search elsewhere found with notes: over a pack, the
// page analyses only the matching articles it draws.
func TimelineOf(ac *analysis.Corpus, idx []int, total int, notes []search.Notice, q TimelineQuery) TimelineView {
	v := TimelineView{Notes: notes, Total: total, Selected: -1}
	hs := ac.Happenings()
	keep := make(map[int]bool, min(len(idx), q.Articles))
	for k, i := range idx {
		if k < q.Articles {
			keep[i] = true
		}
	}
	// The selected entry's articles are drawn too.
	if q.Event != "" {
		if h, ok := hs.ByID(q.Event); ok {
			for _, m := range h.Mentions() {
				if slices.Contains(idx, m.Article) {
					keep[m.Article] = true
				}
			}
		} else if r, ok := ac.ParseEventParam(q.Event); ok && slices.Contains(idx, r.Article) {
			keep[r.Article] = true
		}
	}
	v.Kept = len(keep)
	all, undated := timelineEntries(ac, hs, keep, q.Undated)
	v.Undated = undated
	shown := func(e *TimelineEntry) bool {
		return len(q.Kinds) == 0 || slices.Contains(q.Kinds, e.KindKey())
	}
	v.Kinds = entryKinds(all, q.Kinds)
	arts := map[int]bool{}
	for i := range all {
		e := &all[i]
		if !shown(e) && e.Param != q.Event {
			continue
		}
		it, ok := timeline.NewItem(e.Param, e.Date, e.Kind == PublishedEntry)
		if !ok {
			continue
		}
		switch e.Kind {
		case HappeningEntry:
			var ids []string
			for _, m := range e.Happening.Mentions() {
				if keep[m.Article] {
					arts[m.Article] = true
					if id := ac.Articles[m.Article].ID; !slices.Contains(ids, id) {
						ids = append(ids, id)
					}
				}
			}
			it.Article, it.Articles, it.Actors = ids[0], ids, e.Happening.Actors()
		default:
			arts[e.Ref.Article] = true
			it.Article, it.Actors = ac.Articles[e.Ref.Article].ID, ac.Event(e.Ref).Actors()
		}
		if e.Param == q.Event {
			v.Selected = len(v.Entries)
		}
		v.Entries = append(v.Entries, *e)
		v.Items = append(v.Items, it)
	}
	v.Articles = len(arts)
	if q.Event != "" && v.Selected < 0 {
		v.Notes = append(v.Notes, search.Notice{Param: "event", Value: q.Event, Msg: "no such event among the matching ones; nothing selected"})
	}
	var opt timeline.Options
	if q.ByActor {
		opt.LaneLabel = func(k string) string {
			if k == "" {
				return "No actor"
			}
			if a, ok := ac.Actor(k); ok {
				return a.Name
			}
			return k
		}
	} else {
		var ids, titles []string
		for i, a := range ac.Articles {
			if arts[i] {
				ids, titles = append(ids, a.ID), append(titles, a.Title)
			}
		}
		short := map[string]string{}
		for i, l := range timeline.ShortLabels(titles, laneLabelChars(q.Width)) {
			short[ids[i]] = l
		}
		opt.LaneLabel = func(k string) string { return short[k] }
	}
	entries := v.Entries
	opt.MarkText = func(i int) string { return entries[i].Words }
	v.Chart = timeline.New(v.Items, q.Width, opt)
	v.Chips = Chips(q.State, ac)
	return v
}

// timelineEntries returns the entries of the articles keep holds, in
// calendar order: their happenings (each once; those dated only by their
// publication when withUndated is set), their dated sentences that tell
// of none and their publications. undated counts the happenings dated
// only by their publication.
func timelineEntries(ac *analysis.Corpus, hs *analysis.Happenings, keep map[int]bool, withUndated bool) (out []TimelineEntry, undated int) {
	seen := map[string]bool{}
	for ai, a := range ac.Articles {
		if !keep[ai] {
			continue
		}
		told := map[text.Span]bool{} // the date expressions that date a happening
		for mi := range a.NumEventMentions() {
			m := a.EventMention(mi)
			if m.When == analysis.InSentence {
				told[m.DateExpr] = true
			}
			h, ok := hs.Of(ai, mi)
			if !ok || seen[h.ID] {
				continue
			}
			seen[h.ID] = true
			if h.When == analysis.Reported {
				undated++
				if !withUndated {
					continue
				}
			}
			out = append(out, happeningEntry(ac, h))
		}
		for ei := range a.Events {
			e := &a.Events[ei]
			if e.Kind == analysis.Mentioned && told[e.Expr] {
				continue
			}
			out = append(out, eventEntry(ac, analysis.EventRef{Article: ai, Event: ei}))
		}
	}
	slices.SortStableFunc(out, func(a, b TimelineEntry) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Kind, b.Kind))
	})
	return out, undated
}

// entryKinds counts entries by kind: the event types in inventory order,
// then dated sentences and publications; kinds with no entry are left out
// unless selected.
func entryKinds(entries []TimelineEntry, selected []string) []EntryKindCount {
	n := map[string]int{}
	for i := range entries {
		n[entries[i].KindKey()]++
	}
	var keys []string
	for _, t := range events.Types() {
		if !slices.Contains(keys, t.Type) {
			keys = append(keys, t.Type)
		}
	}
	keys = append(keys, KindDated, KindPublished)
	var out []EntryKindCount
	for _, k := range keys {
		sel := slices.Contains(selected, k)
		if n[k] == 0 && !sel {
			continue
		}
		out = append(out, EntryKindCount{Key: k, Label: KindLabel(k), Count: n[k], Selected: sel})
	}
	return out
}

// KindLabel names a kind of timeline entry: an event type
// ("Contact"), "Other dated sentences" or "Publications".
func KindLabel(k string) string {
	switch k {
	case KindDated:
		return "Other dated sentences"
	case KindPublished:
		return "Publications"
	}
	return k
}

// ParseKinds reads the kinds of entry of a timeline URL (the repeated
// "kind" parameter); an unknown one is ignored with a notice.
func ParseKinds(v url.Values) ([]string, []search.Notice) {
	var out []string
	var notes []search.Notice
	for _, k := range v["kind"] {
		k = strings.TrimSpace(k)
		known := k == KindDated || k == KindPublished
		for _, t := range events.Types() {
			known = known || t.Type == k
		}
		if !known {
			notes = append(notes, search.Notice{Param: "kind", Value: k, Msg: "unknown kind of event (an event type such as Contact, or dated or published); ignored"})
			continue
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out, notes
}

// ToggleKind returns kinds with k added, or removed when it is there.
func ToggleKind(kinds []string, k string) []string {
	if i := slices.Index(kinds, k); i >= 0 {
		return slices.Delete(slices.Clone(kinds), i, i+1)
	}
	out := append(slices.Clone(kinds), k)
	slices.Sort(out)
	return out
}

// laneLabelChars is how long a lane's title may be on a chart of width px:
// about a seventh of it at 7 px a character, between 16 and 40.
func laneLabelChars(width float64) int { return min(40, max(16, int(width/14))) }

// eventLabel names an event for people: its date and article.
func eventLabel(ac *analysis.Corpus, r analysis.EventRef) string {
	e, a := ac.Event(r), ac.Articles[r.Article]
	kind := "mentioned in"
	if e.Kind == analysis.Published {
		kind = "publication of"
	}
	return DescribeDate(e.Value) + ", " + kind + " “" + a.Title + "”"
}

// markText is the few words of a mark's label: what its sentence says
// happened, or that the article was published.
func markText(ac *analysis.Corpus, r analysis.EventRef) string {
	a, e := ac.Articles[r.Article], ac.Event(r)
	if e.Kind == analysis.Published || e.Sentence < 0 || e.Sentence >= len(a.Sentences) {
		return "published"
	}
	sp := a.Sentences[e.Sentence].Span
	if sp.Start < 0 || sp.End > len(a.Text) || sp.Start > sp.End {
		return ""
	}
	return timeline.Gist(a.Text[sp.Start:sp.End], e.Expr.Start-sp.Start, e.Expr.End-sp.Start, 4)
}

// DescribeDate says what a resolved date is, for people: "2021-12-07
// (day)", "2021-12 (month, inexact)".
func DescribeDate(v dates.Value) string {
	s := v.String() + " (" + v.Precision.String()
	if !v.Exact {
		s += ", inexact"
	}
	return s + ")"
}
