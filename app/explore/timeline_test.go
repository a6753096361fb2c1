package explore_test

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
	"corpusexplorer/app/timeline"
)

// TestTimelineView: the timeline's view of a query over the seeds.
func TestTimelineView(t *testing.T) {
	ac := loadSeeds(t)
	ix := ac.Index()
	all := explore.Timeline(ac, ix, explore.TimelineQuery{Articles: 40, Width: 900})
	if all.Total != 3 || all.Kept != 3 || all.Articles != 3 || len(all.Entries) != len(all.Items) || len(all.Entries) == 0 {
		t.Fatalf("all: total %d kept %d articles %d entries %d items %d", all.Total, all.Kept, all.Articles, len(all.Entries), len(all.Items))
	}
	// The call of 7 December is one entry, told by two articles, drawn in
	// both their lanes and in the lanes of both presidents.
	call := -1
	for i, e := range all.Entries {
		if e.Kind == explore.HappeningEntry && e.Date.String() == "2021-12-07" && strings.Contains(e.Label, "call") {
			if call >= 0 {
				t.Errorf("the call of 7 December twice: %q and %q", all.Entries[call].Label, e.Label)
			}
			call = i
		}
	}
	if call < 0 {
		t.Fatal("no call on 7 December")
	}
	if e, it := all.Entries[call], all.Items[call]; e.Sources != 2 || len(it.Articles) != 2 ||
		!slices.Contains(it.Actors, "joe-biden") || !slices.Contains(it.Actors, "vladimir-poetin") || !strings.Contains(e.Words, "2 sources") {
		t.Errorf("the call: %+v, item %+v", e, it)
	}
	byActor := explore.Timeline(ac, ix, explore.TimelineQuery{Articles: 40, Width: 900, ByActor: true})
	lanes := 0
	for _, m := range byActor.Chart.Layout(byActor.Chart.Fit(), timeline.ByActor).Marks {
		if m.ID == all.Entries[call].Param {
			lanes++
		}
	}
	if lanes < 2 {
		t.Errorf("the call is drawn in %d actor lanes, want at least 2", lanes)
	}
	// No happening dated only by its publication is drawn.
	for _, e := range all.Entries {
		if e.Kind == explore.HappeningEntry && e.Happening.When == analysis.Reported {
			t.Errorf("%q is dated only by the publication", e.Label)
		}
	}
	// Asked for, they are drawn at their article's date, inexact, each
	// once; the count of them stays.
	withUndated := explore.Timeline(ac, ix, explore.TimelineQuery{Articles: 40, Width: 900, Undated: true})
	if all.Undated == 0 || withUndated.Undated != all.Undated || len(withUndated.Entries) != len(all.Entries)+all.Undated {
		t.Errorf("undated: %d happenings, %d entries with them against %d without", all.Undated, len(withUndated.Entries), len(all.Entries))
	}
	for _, e := range withUndated.Entries {
		if e.Kind == explore.HappeningEntry && e.Happening.When == analysis.Reported && e.Date.Exact {
			t.Errorf("%q, dated by its publication, is drawn as exact", e.Label)
		}
	}
	second := all.Entries[1].Param
	tests := []struct {
		name     string
		q        explore.TimelineQuery
		kept     int
		selected bool
		notice   string
		lane     string // a lane label, under lanes by actor
		kinds    []string
	}{
		{"one article drawn", explore.TimelineQuery{Articles: 1, Width: 900}, 1, false, "", "", nil},
		{"the selected entry's article drawn too", explore.TimelineQuery{Articles: 1, Width: 900, Event: second}, 2, true, "", "", nil},
		{"the call's articles drawn too", explore.TimelineQuery{Articles: 1, Width: 900, Event: all.Entries[call].Param}, 2, true, "", "", nil},
		{"an unknown event", explore.TimelineQuery{Articles: 40, Width: 900, Event: "nope/3"}, 3, false, "no such event", "", nil},
		{"an actor's entries by actor", explore.TimelineQuery{State: search.State{Actors: []string{"jens-stoltenberg"}}, ByActor: true, Articles: 40, Width: 900}, 1, false, "", "Jens Stoltenberg", nil},
		{"only policy", explore.TimelineQuery{Articles: 40, Width: 900, Kinds: []string{"Policy"}}, 3, false, "", "", []string{"Policy"}},
		{"policy and publications", explore.TimelineQuery{Articles: 40, Width: 900, Kinds: []string{"Policy", "published"}}, 3, false, "", "", []string{"Policy", "published"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := explore.Timeline(ac, ix, tc.q)
			if v.Kept != tc.kept {
				t.Errorf("%d articles drawn, want %d", v.Kept, tc.kept)
			}
			if (v.Selected >= 0) != tc.selected || tc.selected && v.Entries[v.Selected].Param != tc.q.Event {
				t.Errorf("selected %d", v.Selected)
			}
			var notes []string
			for _, n := range v.Notes {
				notes = append(notes, n.String())
			}
			if got := strings.Join(notes, "; "); tc.notice != "" && !strings.Contains(got, tc.notice) || tc.notice == "" && got != "" {
				t.Errorf("notices %q, want %q", got, tc.notice)
			}
			for i, e := range v.Entries {
				if e.Label == "" || v.Items[i].ID != e.Param {
					t.Errorf("entry %d: item %+v, label %q", i, v.Items[i], e.Label)
				}
				if i > 0 && v.Entries[i-1].Date.Compare(e.Date) > 0 {
					t.Errorf("entries %d and %d out of calendar order", i-1, i)
				}
				if tc.kinds != nil && !slices.Contains(tc.kinds, e.KindKey()) {
					t.Errorf("entry %q of kind %s shown", e.Label, e.KindKey())
				}
			}
			counted := 0
			for _, k := range v.Kinds {
				counted += k.Count
				if k.Selected != slices.Contains(tc.kinds, k.Key) {
					t.Errorf("kind %s selected %v", k.Key, k.Selected)
				}
			}
			if tc.kinds == nil && counted != len(v.Entries) {
				t.Errorf("the kinds count %d entries of %d", counted, len(v.Entries))
			}
			by := timeline.ByArticle
			if tc.q.ByActor {
				by = timeline.ByActor
			}
			l := v.Chart.Layout(v.Chart.Fit(), by)
			found := tc.lane == ""
			for _, ln := range l.Lanes {
				if ln.Label == "" {
					t.Errorf("lane %q has no label", ln.Key)
				}
				found = found || ln.Label == tc.lane
			}
			if !found {
				t.Errorf("no lane %q", tc.lane)
			}
		})
	}
}

func TestTimelineCount(t *testing.T) {
	e := func(k explore.EntryKind) explore.TimelineEntry { return explore.TimelineEntry{Kind: k} }
	h, d, p := explore.HappeningEntry, explore.DatedEntry, explore.PublishedEntry
	for _, tt := range []struct {
		entries  []explore.TimelineEntry
		articles int
		want     string
	}{
		{nil, 0, "No events"},
		{[]explore.TimelineEntry{e(p)}, 1, "1 publication from 1 article"},
		{[]explore.TimelineEntry{e(h), e(p), e(h)}, 1, "2 happenings and 1 publication from 1 article"},
		{[]explore.TimelineEntry{e(h), e(d), e(p), e(p), e(p)}, 3, "1 happening, 1 dated sentence and 3 publications from 3 articles"},
	} {
		v := explore.TimelineView{Entries: tt.entries, Articles: tt.articles}
		if got := v.Count(); got != tt.want {
			t.Errorf("%d entries: %q, want %q", len(tt.entries), got, tt.want)
		}
	}
}

func TestParseKinds(t *testing.T) {
	v, _ := url.ParseQuery("kind=Policy&kind=nope&kind=dated&kind=Policy&kind=Contact")
	kinds, notes := explore.ParseKinds(v)
	if !slices.Equal(kinds, []string{"Contact", "Policy", "dated"}) || len(notes) != 1 || notes[0].Value != "nope" {
		t.Errorf("kinds %q, notices %v", kinds, notes)
	}
	if got := explore.ToggleKind(kinds, "Policy"); !slices.Equal(got, []string{"Contact", "dated"}) {
		t.Errorf("toggle off: %q", got)
	}
	if got := explore.ToggleKind(kinds, "Life"); !slices.Equal(got, []string{"Contact", "Life", "Policy", "dated"}) || len(kinds) != 3 {
		t.Errorf("toggle on: %q (kinds %q)", got, kinds)
	}
}
