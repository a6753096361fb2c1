package analysis_test

import (
	"fmt"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
	"corpusexplorer/seeds"
)

// checkNames checks that, for every actor of ac, each name and alias, bare
// or quoted, in any case, finds at least the articles that mention the
// actor. It returns how many names and discovered actors it checked.
func checkNames(t *testing.T, ac *analysis.Corpus) (names, discovered int) {
	t.Helper()
	ix := ac.Index()
	for _, id := range ac.ActorIDs() {
		a, _ := ac.Actor(id)
		if a.Discovered {
			discovered++
		}
		want, _ := ix.Matches(search.State{Actors: []string{id}})
		for _, n := range a.Names() {
			names++
			for _, q := range []string{n, `"` + n + `"`, strings.ToLower(n), strings.ToUpper(n)} {
				got, _ := ix.Matches(search.State{Q: q})
				in := map[int]bool{}
				for _, d := range got {
					in[d] = true
				}
				for _, d := range want {
					if !in[d] {
						t.Errorf("q=%s (%s): misses article %d of the actor", q, id, d)
						break
					}
				}
			}
		}
	}
	return names, discovered
}

// TestEveryNameFindsItsActor checks every name of the seeds' actors.
func TestEveryNameFindsItsActor(t *testing.T) {
	if names, _ := checkNames(t, loadSeeds(t)); names < 20 {
		t.Errorf("only %d names: the test checks too little", names)
	}
}

// TestDiscoveredNamesFindTheirActor checks the names of actors found in
// the text, as imported articles have them.
func TestDiscoveredNamesFindTheirActor(t *testing.T) {
	g, err := actors.ParseGazetteer("g", seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	var arts []*corpus.Article
	for i, txt := range []string{
		" date 2021-01 Marieke van Dalen opent de Haagse Kunstweek.\n\nVan Dalen sprak kort.\n",
		" date 2021-02 Het Haagse Kunstweek-bestuur en Marieke van Dalen zijn het oneens.\n",
		" date 2021-03 De gemeente steunt Van Dalen niet.\n",
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
	if _, discovered := checkNames(t, analysis.Analyse(c, g.NewExtractor())); discovered == 0 {
		t.Error("no discovered actor: the test checks nothing")
	}
}
