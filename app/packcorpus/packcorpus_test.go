package packcorpus_test

import (
	"corpusexplorer/app/packcorpus"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/packer"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/app/synth"
	"corpusexplorer/app/text"
	"corpusexplorer/seeds"
)

// synthPack packs n synthetic articles into a folder and returns it with
// the same corpus analysed in memory.
func synthPack(t *testing.T, n int) (packs.Dir, *analysis.Corpus) {
	t.Helper()
	var files []packer.Source
	for _, f := range synth.Generate(n, 1) {
		files = append(files, packer.Source{Name: f.Name, Data: f.Data})
	}
	return pack(t, files)
}

// pack packs files with the embedded gazetteer into a folder and returns
// it with the same corpus analysed in memory.
func pack(t *testing.T, files []packer.Source) (packs.Dir, *analysis.Corpus) {
	t.Helper()
	g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	parsed, bad := packer.Parse(files, 0, true)
	if len(bad) > 0 {
		t.Fatal(bad)
	}
	grp, ac, err := packer.Run(parsed, g, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := packer.Write(grp, ac, packer.Dir(dir), packer.Sizes{}); err != nil {
		t.Fatal(err)
	}
	return packs.Dir(dir), ac
}

// TestExploreAsInMemory: the explorer's view over the pack is the view
// over the same corpus in memory (hits, totals, facets, histogram, chips,
// why a result is empty), and each card is its hit's article with the
// actors a card over the corpus in memory names.
func TestExploreAsInMemory(t *testing.T) {
	dir, ac := synthPack(t, 400)
	ix := ac.Index()
	all, _ := ix.Search(search.State{}, 0, 0)
	top := all.Facets.Actors[0]
	c, err := packcorpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		st    search.State
		shown int
	}{
		{"everything, newest first", search.State{}, 10},
		{"a word", search.State{Q: "regering"}, 10},
		{"a word, second page", search.State{Q: "regering"}, 20},
		{"a prefix and an actor", search.State{Q: "mi", Actors: []string{top.ID}}, 10},
		{"a phrase", search.State{Q: `"de minister"`}, 10},
		{"a type and a range", search.State{Type: top.Type, From: month(t, all.Facets.Months[2].Month)}, 10},
		{"nothing matches", search.State{Q: "regering zzzzqq", Actors: []string{top.ID}}, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := explore.Explorer(ac, ix, tc.st, tc.shown)
			got, err := c.Explore(tc.st, tc.shown)
			if err != nil {
				t.Fatal(err)
			}
			want.Suggest = "" // a pack makes no suggestion
			if want.Result.Total != got.Result.Total || !reflect.DeepEqual(want.Result.Facets, got.Result.Facets) ||
				!reflect.DeepEqual(want.Bins, got.Bins) || !reflect.DeepEqual(want.Chips, got.Chips) || !reflect.DeepEqual(want.Relax, got.Relax) {
				t.Errorf("view differs: total %d/%d, relax %v/%v", want.Result.Total, got.Result.Total, want.Relax, got.Relax)
			}
			if len(got.Cards) != len(want.Result.Hits) {
				t.Fatalf("%d cards, %d hits in memory", len(got.Cards), len(want.Result.Hits))
			}
			weight := explore.Weights(want.Result.Facets.Actors)
			for i, h := range want.Result.Hits {
				card := got.Cards[i]
				a := ac.Articles[h.Index]
				if card.Doc != h.Index || card.ID != h.ID || card.Title != a.Title || card.Date != a.Date {
					t.Errorf("card %d: %d %s %q, want %d %s %q", i, card.Doc, card.ID, card.Title, h.Index, h.ID, a.Title)
				}
				shown, more := explore.CardActors(a.Actors(), tc.st, weight, packcorpus.CardActors)
				var ids []string
				for _, x := range card.Actors {
					ids = append(ids, fmt.Sprintf("%s %d", x.ID, x.Mentions))
				}
				var wantIDs []string
				for _, x := range shown {
					wantIDs = append(wantIDs, fmt.Sprintf("%s %d", x.ID, x.Mentions))
				}
				if lead := ""; len(h.Snippets) == 0 {
					if i := a.Lead(); i >= 0 {
						lead = text.Clip(a.Paragraphs[i].Of(a.Text), 240)
					}
					if card.Lead != lead {
						t.Errorf("card %d lead %q, want %q", i, card.Lead, lead)
					}
				}
				if !reflect.DeepEqual(ids, wantIDs) || card.More != more {
					t.Errorf("card %d actors %v +%d, want %v +%d", i, ids, card.More, wantIDs, more)
				}
			}
		})
	}
	// The reader's article: its text, actors and events.
	res, _ := ix.Search(search.State{Q: "regering"}, 1, 0)
	d := res.Hits[0].Index
	art, err := c.Article(d)
	if err != nil {
		t.Fatal(err)
	}
	a := ac.Articles[d]
	if art.ID != a.ID || len(art.Paragraphs) != len(a.Paragraphs) || len(art.Actors) != len(a.Actors()) || art.Title != a.Title {
		t.Errorf("article %d: %s %q, %d paragraphs, %d actors; want %s %q, %d, %d",
			d, art.ID, art.Title, len(art.Paragraphs), len(art.Actors), a.ID, a.Title, len(a.Paragraphs), len(a.Actors()))
	}
	for i, p := range a.Paragraphs {
		if i >= len(art.Paragraphs) {
			break
		}
		var want []string
		for _, s := range a.Sentences[p.Sentences.Start:p.Sentences.End] {
			want = append(want, s.Of(a.Text))
		}
		got := art.Paragraphs[i]
		if !slices.Equal(got.Sentences, want) || got.First != p.Sentences.Start || got.Kind != p.Kind {
			t.Errorf("paragraph %d: %q from sentence %d, want %q from %d", i, got.Sentences, got.First, want, p.Sentences.Start)
		}
	}
	if len(art.Events) != a.NumEventMentions() {
		t.Errorf("%d events, want %d", len(art.Events), a.NumEventMentions())
	}
	for i, e := range art.Events {
		if e.Type == "" || e.Trigger == "" || e.Sentence < 0 || e.Sentence >= len(a.Sentences) {
			t.Errorf("event %+v", e)
		}
		if i < a.NumEventMentions() {
			m := a.EventMention(i)
			if want := explore.What(m.Type, m.Trigger.Of(a.Text)); e.What != want {
				t.Errorf("event %d: %q, want %q (as in memory)", i, e.What, want)
			}
		}
	}
	if !strings.Contains(c.Summary(), "400 articles") {
		t.Errorf("summary %q", c.Summary())
	}
}

func month(t *testing.T, s string) corpus.Date {
	t.Helper()
	d, err := corpus.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// failing fetches from dir, except the files whose names start with
// broken.
type failing struct {
	packs.Dir
	broken string
}

func (f failing) Fetch(name string) ([]byte, error) {
	if strings.HasPrefix(name, f.broken) {
		return nil, errors.New("HTTP 404 Not Found")
	}
	return f.Dir.Fetch(name)
}

func (f failing) FetchRange(name string, off, n int64) ([]byte, error) {
	if strings.HasPrefix(name, f.broken) {
		return nil, errors.New("HTTP 404 Not Found")
	}
	return f.Dir.FetchRange(name, off, n)
}

// TestFailedFetchNamesTheFile: a file that cannot be fetched fails the
// view with an error that names it.
func TestFailedFetchNamesTheFile(t *testing.T) {
	dir, _ := synthPack(t, 50)
	for _, tc := range []struct {
		broken string
		open   bool // Open itself fails
		st     search.State
	}{
		{"manifest", true, search.State{}},
		{"catalogue", true, search.State{}},
		{"dict", false, search.State{Q: "regering"}},
		{"texts", false, search.State{Q: "regering"}},
	} {
		t.Run(tc.broken, func(t *testing.T) {
			c, err := packcorpus.Open(failing{dir, tc.broken})
			if err == nil && !tc.open {
				_, err = c.Explore(tc.st, 10)
			}
			if err == nil || !strings.Contains(err.Error(), tc.broken) || !strings.Contains(err.Error(), "HTTP 404") {
				t.Errorf("error %v, want one naming a %s file", err, tc.broken)
			}
		})
	}
}
