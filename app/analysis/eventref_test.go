package analysis

import (
	"testing"

	"corpusexplorer/app/text"
	"corpusexplorer/seeds"
)

func TestEventParam(t *testing.T) {
	ac, err := Load(seeds.Articles, "*.txt", seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ac.Timeline(nil) {
		p := ac.EventParam(r)
		if got, ok := ac.ParseEventParam(p); !ok || got != r {
			t.Errorf("%q parses to %v %v, want %v", p, got, ok, r)
		}
	}
	id := ac.Articles[0].ID
	for _, bad := range []string{"", "x", id, id + "/", id + "/-1", id + "/99", id + "/01", id + "/1x", "nope/1", "/1"} {
		if r, ok := ac.ParseEventParam(bad); ok {
			t.Errorf("%q parses to %v", bad, r)
		}
	}
}

// TestSegmentsMarkOtherNames: names that are no actors are marked apart
// from actors, and counted per article.
func TestSegmentsMarkOtherNames(t *testing.T) {
	ac, err := Load(seeds.Articles, "*.txt", seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range ac.Articles {
		for _, s := range a.Segments(text.Span{Start: 0, End: len(a.Text)}) {
			if s.Mark == nil || s.Mark.Kind != OtherMark {
				continue
			}
			n++
			if _, ok := ac.Other(s.Mark.ActorID); !ok {
				t.Errorf("%s: other mark %q names no other name", a.ID, s.Of(a.Text))
			}
			if _, ok := ac.Actor(s.Mark.ActorID); ok {
				t.Errorf("%s: other mark %q is an actor", a.ID, s.Of(a.Text))
			}
		}
		total := 0
		for _, c := range a.OtherCounts() {
			total += c.Mentions
		}
		if total != len(a.Others) {
			t.Errorf("%s: counts add up to %d of %d", a.ID, total, len(a.Others))
		}
	}
	if n == 0 {
		t.Error("no other name marked in the seeds (Russische, Oekraïense …)")
	}
}
