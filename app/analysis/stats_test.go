package analysis_test

import (
	"bytes"
	"fmt"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/seeds"
)

// TestActorStatsMatchBruteForce checks every count of ActorStats on the
// seeds against a direct count over the articles' mentions.
func TestActorStatsMatchBruteForce(t *testing.T) {
	ac := loadSeeds(t)
	stats := ac.ActorStats(nil, 0)
	if len(stats) != len(ac.ActorIDs()) {
		t.Fatalf("%d stats for %d actors", len(stats), len(ac.ActorIDs()))
	}
	has := func(a *analysis.Article, id string) int {
		n := 0
		for _, m := range a.Mentions {
			if m.ActorID() == id {
				n++
			}
		}
		return n
	}
	for k, s := range stats {
		if k > 0 && stats[k-1].Articles < s.Articles {
			t.Errorf("not sorted by articles at %s", s.ID)
		}
		arts, ments := 0, 0
		for _, a := range ac.Articles {
			if n := has(a, s.ID); n > 0 {
				arts++
				ments += n
				if a.Date.Compare(s.First) < 0 || a.Date.Compare(s.Last) > 0 {
					t.Errorf("%s: article of %s outside %s..%s", s.ID, a.Date, s.First, s.Last)
				}
			}
		}
		if arts != s.Articles || ments != s.Mentions {
			t.Errorf("%s: got %d articles %d mentions, counted %d %d", s.ID, s.Articles, s.Mentions, arts, ments)
		}
		for _, w := range s.With {
			both := 0
			for _, a := range ac.Articles {
				if has(a, s.ID) > 0 && has(a, w.ID) > 0 {
					both++
				}
			}
			if both != w.Articles || w.ID == s.ID {
				t.Errorf("%s with %s: got %d, counted %d", s.ID, w.ID, w.Articles, both)
			}
			sents, ments := 0, 0
			for _, a := range ac.Articles {
				if has(a, s.ID) > 0 && has(a, w.ID) > 0 {
					ments += has(a, w.ID)
				}
				for _, sn := range a.Sentences {
					in := func(id string) bool {
						for _, m := range a.Mentions {
							if m.ActorID() == id && m.Span.Start >= sn.Span.Start && m.Span.Start < sn.Span.End {
								return true
							}
						}
						return false
					}
					if in(s.ID) && in(w.ID) {
						sents++
					}
				}
			}
			if sents != w.Sentences || ments != w.Mentions {
				t.Errorf("%s with %s: got %d sentences %d mentions, counted %d %d", s.ID, w.ID, w.Sentences, w.Mentions, sents, ments)
			}
		}
		for k := 1; k < len(s.With); k++ {
			a, b := s.With[k-1], s.With[k]
			if a.Articles < b.Articles || a.Articles == b.Articles && (a.Sentences < b.Sentences || a.Sentences == b.Sentences && a.Mentions < b.Mentions) {
				t.Errorf("%s: %+v ranked before %+v", s.ID, a, b)
			}
		}
	}
	biden, ok := ac.ActorStat("joe-biden")
	if !ok || biden.Articles != 3 || biden.First.String() != "2021-04" || biden.Last.String() != "2021-12" {
		t.Errorf("joe-biden: %+v", biden)
	}
	if len(biden.With) == 0 || biden.With[0].Articles != 3 {
		t.Errorf("joe-biden should share all 3 articles with someone: %+v", biden.With)
	}
	// Poetin shares every article and most sentences with Biden: he leads
	// Biden's companions, not an actor that sorts before him by id.
	if len(biden.With) == 0 || biden.With[0].ID != "vladimir-poetin" {
		t.Errorf("joe-biden appears most with %+v, want vladimir-poetin first", biden.With[:min(3, len(biden.With))])
	}
	if _, ok := ac.ActorStat("nobody"); ok {
		t.Error("unknown actor has stats")
	}
	if top := ac.ActorStats([]int{0}, 2); len(top) == 0 || len(top[0].With) > 2 {
		t.Errorf("maxWith not applied: %+v", top)
	}
}

// TestDiscoveredTypeByMajority: a discovered name typed differently by
// different articles takes the type most articles give it, not the first.
func TestDiscoveredTypeByMajority(t *testing.T) {
	g, err := actors.ParseGazetteer("g", seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	var arts []*corpus.Article
	for i, txt := range []string{
		" date 2021-01 De ploeg trainde in Wolfsberg.\n",
		" date 2021-02 Het bedrijf Wolfsberg zei dinsdag dat het stopt.\n",
		" date 2021-03 Het bedrijf Wolfsberg zei woensdag dat het doorgaat.\n",
	} {
		a, err := corpus.Parse(fmt.Sprintf("a%d.txt", i), []byte(txt))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	c, err := corpus.New(arts)
	if err != nil {
		t.Fatal(err)
	}
	ac := analysis.Analyse(c, g.NewExtractor())
	w, ok := ac.Actor("wolfsberg")
	if !ok || !w.Discovered || w.Type != actors.Organisation {
		t.Errorf("wolfsberg: %+v, want a discovered organisation", w)
	}
}

// TestAnalyserInStepsEqualsAnalyse: analysing a few articles at a time
// gives the same result as one call.
func TestAnalyserInStepsEqualsAnalyse(t *testing.T) {
	g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(seeds.Articles, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := analysis.Analyse(c, g.NewExtractor())
	an := analysis.NewAnalyser(c, g.NewExtractor())
	steps := 0
	for !an.Step(1) {
		steps++
		if done, total := an.Progress(); done != steps || total != c.Len() {
			t.Fatalf("progress %d of %d after %d steps", done, total, steps)
		}
	}
	got := an.Corpus()
	var a, b bytes.Buffer
	if err := want.WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	if err := got.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() || steps != c.Len()-1 {
		t.Errorf("stepwise analysis differs (%d steps)", steps)
	}
}

// TestOtherNamesAreNoActors: names of type Other (words of nationality,
// events, laws) are kept apart from the actors: in Article.Others and
// Corpus.Other, never in Mentions, Actors or ActorIDs.
func TestOtherNamesAreNoActors(t *testing.T) {
	g, err := actors.ParseGazetteer("g", seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	a, err := corpus.Parse("a.txt", []byte(" date 2000-09 De Belgische ploeg reist naar de Olympische Spelen in Sydney, zegt Jan Peeters.\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New([]*corpus.Article{a})
	if err != nil {
		t.Fatal(err)
	}
	ac := analysis.Analyse(c, g.NewExtractor())
	art := ac.Articles[0]
	var others, mentions []string
	for _, m := range art.Others {
		o, ok := ac.Other(m.ActorID())
		if !ok || o.Type != actors.Other {
			t.Errorf("other mention %s: %+v", m.ActorID(), o)
		}
		others = append(others, m.Span.Of(art.Text))
	}
	for _, m := range art.Mentions {
		mentions = append(mentions, m.Span.Of(art.Text))
		if _, ok := ac.Actor(m.ActorID()); !ok {
			t.Errorf("mention of %s has no actor", m.ActorID())
		}
	}
	if got := fmt.Sprint(others); got != "[Belgische Olympische Spelen]" {
		t.Errorf("others %s", got)
	}
	if got := fmt.Sprint(mentions); got != "[Sydney Jan Peeters]" {
		t.Errorf("mentions %s", got)
	}
	for _, id := range ac.ActorIDs() {
		if a, _ := ac.Actor(id); a.Type == actors.Other {
			t.Errorf("actor %s is of type other", id)
		}
	}
	var doc []string
	for _, o := range ac.Document().Articles[0].Others {
		doc = append(doc, fmt.Sprintf("%s=%s×%d", o.ID, o.Name, o.Mentions))
	}
	if got := fmt.Sprint(doc); got != "[belgische=Belgische×1 olympische-spelen=Olympische Spelen×1]" {
		t.Errorf("the document's others %s", got)
	}
	if got := fmt.Sprint(ac.OtherIDs()); got != "[belgische olympische-spelen]" {
		t.Errorf("OtherIDs %s", got)
	}
}
