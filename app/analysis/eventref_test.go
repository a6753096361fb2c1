package analysis

import (
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
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

// TestHappenedFilter: the explorer finds articles by when what they tell
// of happened, not only by when they were published: the two December
// articles announce the talks of 10 January 2022.
func TestHappenedFilter(t *testing.T) {
	ac, err := Load(seeds.Articles, "*.txt", seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	ix := ac.Index()
	d := func(y, m int) corpus.Date { return corpus.Date{Year: y, Month: m} }
	tests := []struct {
		st   search.State
		want int
	}{
		{search.State{From: d(2022, 1)}, 0},
		{search.State{EFrom: d(2022, 1)}, 2},
		{search.State{EFrom: d(2014, 1), ETo: d(2014, 12)}, 1},
		{search.State{EFrom: d(2021, 12), ETo: d(2021, 12)}, 2},
		{search.State{EFrom: d(2023, 1)}, 0},
		{search.State{Q: "genève", EFrom: d(2022, 1)}, 1},
	}
	for _, tc := range tests {
		if n := ix.Count(tc.st); n != tc.want {
			t.Errorf("%s: %d articles, want %d", tc.st.Encode(), n, tc.want)
		}
	}
}

// TestSegmentsMarkReferences: words that stand for actors ("de twee")
// are marked apart, with the actors they stand for.
func TestSegmentsMarkReferences(t *testing.T) {
	ac, err := Load(seeds.Articles, "*.txt", seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range ac.Articles {
		for _, s := range a.Segments(text.Span{Start: 0, End: len(a.Text)}) {
			if s.Mark == nil || s.Mark.Kind != RefMark {
				continue
			}
			if len(s.Mark.Actors) == 0 {
				t.Errorf("%s: reference %q stands for nobody", a.ID, s.Of(a.Text))
			}
			if strings.EqualFold(s.Of(a.Text), "de twee") && slices.Equal(s.Mark.Actors, []string{"joe-biden", "vladimir-poetin"}) {
				found = true
			}
		}
	}
	if !found {
		t.Error("no \"de twee\" marked as Biden and Poetin")
	}
}
