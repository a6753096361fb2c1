package explore_test

import (
	"strings"
	"testing"

	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
	"corpusexplorer/app/timeline"
)

// TestTimelineView: the timeline's view of a query over the seeds.
func TestTimelineView(t *testing.T) {
	ac := loadSeeds(t)
	ix := ac.Index()
	all := explore.Timeline(ac, ix, explore.TimelineQuery{Articles: 40, Width: 900})
	if all.Total != 3 || all.Kept != 3 || all.Articles != 3 || len(all.Events) != len(all.Items) || len(all.Events) == 0 {
		t.Fatalf("all: total %d kept %d articles %d events %d items %d", all.Total, all.Kept, all.Articles, len(all.Events), len(all.Items))
	}
	second := all.Events[1].Param
	tests := []struct {
		name     string
		q        explore.TimelineQuery
		kept     int
		selected bool
		notice   string
		lane     string // a lane label, under lanes by actor
	}{
		{"one article drawn", explore.TimelineQuery{Articles: 1, Width: 900}, 1, false, "", ""},
		{"the selected event's article drawn too", explore.TimelineQuery{Articles: 1, Width: 900, Event: second}, 2, true, "", ""},
		{"an unknown event", explore.TimelineQuery{Articles: 40, Width: 900, Event: "nope/3"}, 3, false, "no such event", ""},
		{"an actor's events by actor", explore.TimelineQuery{State: search.State{Actors: []string{"jens-stoltenberg"}}, ByActor: true, Articles: 40, Width: 900}, 1, false, "", "Jens Stoltenberg"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := explore.Timeline(ac, ix, tc.q)
			if v.Kept != tc.kept {
				t.Errorf("%d articles drawn, want %d", v.Kept, tc.kept)
			}
			if (v.Selected >= 0) != tc.selected || tc.selected && v.Events[v.Selected].Param != tc.q.Event {
				t.Errorf("selected %d", v.Selected)
			}
			var notes []string
			for _, n := range v.Notes {
				notes = append(notes, n.String())
			}
			if got := strings.Join(notes, "; "); tc.notice != "" && !strings.Contains(got, tc.notice) || tc.notice == "" && got != "" {
				t.Errorf("notices %q, want %q", got, tc.notice)
			}
			for i, e := range v.Events {
				if v.Items[i].Article != ac.Articles[e.Ref.Article].ID || e.Label == "" {
					t.Errorf("event %d: item %+v, label %q", i, v.Items[i], e.Label)
				}
				if i > 0 && ac.Event(v.Events[i-1].Ref).Value.Compare(ac.Event(e.Ref).Value) > 0 {
					t.Errorf("events %d and %d out of calendar order", i-1, i)
				}
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
