package explore

import (
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/dates"
	"corpusexplorer/app/search"
	"corpusexplorer/app/timeline"
)

// TimelineQuery is what the timeline page asks for: the explorer's
// filters, the lanes, the selected event, how many of the matching
// articles to draw and the width to lay the chart out in.
type TimelineQuery struct {
	State   search.State
	ByActor bool
	// Event is the URL form of the selected event (see
	// analysis.Corpus.EventParam), "" for none.
	Event string
	// Articles is how many matching articles are drawn, in the state's
	// order; the selected event's article is drawn too.
	Articles int
	Width    float64
}

// TimelineEvent is one event of a timeline.
type TimelineEvent struct {
	Ref analysis.EventRef
	// Param is its URL form.
	Param string
	// Label names it for people: its date and article.
	Label string
}

// TimelineView is what the timeline page shows for a query.
type TimelineView struct {
	// Notes are the query parser's notices and the selected event's.
	Notes []search.Notice
	// Total is the number of matching articles, Kept the number drawn.
	Total, Kept int
	// Events and Items are the events drawn, in calendar order: Items[i]
	// is the chart's item of Events[i].
	Events []TimelineEvent
	Items  []timeline.Item
	// Articles is the number of articles the events come from.
	Articles int
	// Selected is the index of the selected event, -1 for none.
	Selected int
	Chart    *timeline.Chart
	Chips    []Chip
}

// Timeline works out the timeline of the articles of ac that match q's
// state: the events of the first q.Articles of them in calendar order,
// laid out in lanes by article (short distinct titles) or by actor, each
// mark labelled with a few words of what happened.
func Timeline(ac *analysis.Corpus, ix *search.Index, q TimelineQuery) TimelineView {
	idx, notes := ix.Matches(q.State)
	v := TimelineView{Notes: notes, Total: len(idx), Selected: -1}
	sel, hasSel := analysis.EventRef{}, false
	if q.Event != "" {
		sel, hasSel = ac.ParseEventParam(q.Event)
	}
	keep := make(map[*analysis.Article]bool, min(len(idx), q.Articles))
	for k, i := range idx {
		if k < q.Articles || hasSel && i == sel.Article {
			keep[ac.Articles[i]] = true
		}
	}
	v.Kept = len(keep)
	var refs []analysis.EventRef
	for _, r := range ac.Timeline(func(a *analysis.Article) bool { return keep[a] }) {
		if !ac.Event(r).Value.IsZero() {
			refs = append(refs, r)
		}
	}
	v.Items = timeline.FromCorpus(ac, refs)
	v.Events = make([]TimelineEvent, len(refs))
	arts := map[int]bool{}
	for i, r := range refs {
		v.Events[i] = TimelineEvent{Ref: r, Param: ac.EventParam(r), Label: eventLabel(ac, r)}
		arts[r.Article] = true
		if hasSel && r == sel {
			v.Selected = i
		}
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
		seen := map[string]bool{}
		for _, r := range refs {
			if a := ac.Articles[r.Article]; !seen[a.ID] {
				seen[a.ID] = true
				ids, titles = append(ids, a.ID), append(titles, a.Title)
			}
		}
		short := map[string]string{}
		for i, l := range timeline.ShortLabels(titles, laneLabelChars(q.Width)) {
			short[ids[i]] = l
		}
		opt.LaneLabel = func(k string) string { return short[k] }
	}
	opt.MarkText = func(i int) string { return markText(ac, refs[i]) }
	v.Chart = timeline.New(v.Items, q.Width, opt)
	v.Chips = Chips(q.State, ac)
	return v
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
