package analysis_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/search"
	"corpusexplorer/seeds"
)

func loadSeeds(t *testing.T) *analysis.Corpus {
	t.Helper()
	ac, err := analysis.Load(seeds.Articles, "*.txt", seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	return ac
}

// TestSeedEvents lists the events of the seeds with the dates checked by
// reading the articles (000 and 001 are of 2021-12, 003 of 2021-04).
func TestSeedEvents(t *testing.T) {
	want := map[string][]string{
		"000_6ffce1f1300ed2ce": {
			"2021-12 published",
			"2021-12 mentioned inexact", // donderdag
			"2021-12 mentioned",         // deze maand
			"2021-12-07 mentioned",      // op 7 december
			"2021-12-24 mentioned",      // op vrijdag 24 december
			"2021-12-25 mentioned",      // Een dag later
			"2021-12-23 mentioned",      // op 23 december
			"2021-12-16 mentioned",      // Op 16 december
			"2022-01-10 mentioned",      // Op 10 januari (future: zal)
		},
		"001_bf50bb1e933bb69b": {
			"2021-12 published",
			"2021-12-07 mentioned", // Op 7 december
			"2021-12 mentioned",    // deze maand
			"2022-01-10 mentioned", // Op 10 januari bespreken
		},
		"003_7a24964f7ba50c8d": {
			"2021-04 published",
			"2021-04 mentioned inexact", // dinsdag
			"2021-01 mentioned",         // in januari
			"2021-04 mentioned inexact", // dinsdag
			"2021-04 mentioned inexact", // dinsdag
			"2014 mentioned",            // In 2014
			"2014 mentioned",            // In dat jaar
		},
	}
	ac := loadSeeds(t)
	for _, a := range ac.Articles {
		var got []string
		for _, e := range a.Events {
			s := e.Value.String() + " " + e.Kind.String()
			if !e.Value.Exact {
				s += " inexact"
			}
			got = append(got, s)
			if e.Kind == analysis.Mentioned {
				sent := a.Sentences[e.Sentence].Span
				if !sent.Contains(e.Expr) {
					t.Errorf("%s: expression %v outside its sentence %v", a.ID, e.Expr, sent)
				}
				for _, id := range e.Actors() {
					found := false
					for _, m := range a.Mentions {
						found = found || (m.ActorID() == id && sent.Contains(m.Span))
					}
					if !found {
						t.Errorf("%s: event actor %s is not mentioned in its sentence", a.ID, id)
					}
				}
			}
		}
		if !slices.Equal(got, want[a.ID]) {
			t.Errorf("%s events:\n got %q\nwant %q", a.ID, got, want[a.ID])
		}
	}
}

func TestEventActors(t *testing.T) {
	ac := loadSeeds(t)
	for _, a := range ac.Articles {
		if a.ID != "000_6ffce1f1300ed2ce" {
			continue
		}
		// "Op 10 januari zal een bilateraal veiligheidsoverleg tussen Rusland
		// en de Verenigde Staten plaatsvinden."
		last := a.Events[len(a.Events)-1]
		if want := []string{"rusland", "verenigde-staten"}; !slices.Equal(last.Actors(), want) {
			t.Errorf("actors of the 10 January event = %v, want %v", last.Actors(), want)
		}
	}
}

func TestDocumentJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := loadSeeds(t).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Articles []struct {
			ID, Date, Title string
			Actors          []struct {
				ID, Name, Type string
				Mentions       int
			}
			Events []struct {
				Date, Precision, Text string
				Exact                 bool
				Actors                []string
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 3 {
		t.Fatalf("%d articles, want 3", len(doc.Articles))
	}
	for _, a := range doc.Articles {
		if a.Title == "" || len(a.Actors) == 0 || len(a.Events) == 0 {
			t.Errorf("%s: empty title, actors or events", a.ID)
		}
		for _, e := range a.Events {
			if e.Text == "" || e.Actors == nil || !slices.Contains([]string{"day", "week", "month", "year"}, e.Precision) {
				t.Errorf("%s: bad event %+v", a.ID, e)
			}
		}
	}
}

func TestSegmentsCoverEveryByteOnce(t *testing.T) {
	ac := loadSeeds(t)
	for _, a := range ac.Articles {
		for _, p := range a.Paragraphs {
			segs := a.Segments(p.Span)
			at := p.Start
			marks := 0
			for _, s := range segs {
				if s.Start != at || s.End <= s.Start {
					t.Fatalf("%s: segment %v does not follow %d", a.ID, s.Span, at)
				}
				if s.Mark != nil {
					marks++
				}
				at = s.End
			}
			if at != p.End {
				t.Fatalf("%s: segments end at %d, paragraph at %d", a.ID, at, p.End)
			}
		}
	}
}

func TestSegmentsMarkActorsAndDates(t *testing.T) {
	ac := loadSeeds(t)
	a := ac.Articles[0] // 003, 2021-04
	var got []string
	for _, s := range a.Segments(a.Paragraphs[len(a.Paragraphs)-2].Span) {
		if s.Mark == nil {
			continue
		}
		switch s.Mark.Kind {
		case analysis.ActorMark:
			got = append(got, s.Of(a.Text)+"="+s.Mark.ActorID)
		case analysis.DateMark:
			got = append(got, s.Of(a.Text)+"="+s.Mark.Value.String())
		}
	}
	want := []string{"2014=2014", "Rusland=rusland", "Krim=krim", "dat jaar=2014", "Oekraïne=oekraine"}
	if !slices.Equal(got, want) {
		t.Errorf("marks of the 2014 paragraph:\n got %q\nwant %q", got, want)
	}
}

func TestTimelineIsInCalendarOrder(t *testing.T) {
	ac := loadSeeds(t)
	refs := ac.Timeline(nil)
	n := 0
	for _, a := range ac.Articles {
		n += len(a.Events)
	}
	if len(refs) != n || len(refs) == 0 {
		t.Fatalf("timeline has %d events of %d", len(refs), n)
	}
	if ac.Summary().Events != len(ac.Happenings().List) {
		t.Errorf("the summary counts %d events, the corpus has %d happenings", ac.Summary().Events, len(ac.Happenings().List))
	}
	for i := 1; i < len(refs); i++ {
		if ac.Event(refs[i-1]).Value.First().After(ac.Event(refs[i]).Value.First()) {
			t.Errorf("event %d (%v) before %d (%v)", i-1, ac.Event(refs[i-1]).Value, i, ac.Event(refs[i]).Value)
		}
	}
	if first := ac.Event(refs[0]).Value.String(); first != "2014" {
		t.Errorf("first event %s, want 2014", first)
	}
}

func TestIndexFindsActorsByAlias(t *testing.T) {
	ix := loadSeeds(t).Index()
	for _, tt := range []struct {
		q    string
		want int
	}{
		{"putin", 3}, {"poetin", 3}, {"oekr", 3}, {"stoltenberg", 1}, {`"tweede keer"`, 2}, {"poetin -stoltenberg", 2},
	} {
		res, _ := ix.Search(search.State{Q: tt.q}, 10, 0)
		if res.Total != tt.want {
			t.Errorf("search %q: %d results, want %d", tt.q, res.Total, tt.want)
		}
	}
}

// TestActorCounts: the counts worked out when an article is analysed, or
// anew by WithMentions, are the mentions counted per actor, most mentioned
// first.
func TestActorCounts(t *testing.T) {
	ac := loadSeeds(t)
	for _, a := range ac.Articles {
		want := map[string]int{}
		for _, m := range a.Mentions {
			want[m.ActorID()]++
		}
		got := a.Actors()
		if len(got) != len(want) {
			t.Errorf("%s: %d actors counted, want %d", a.ID, len(got), len(want))
		}
		for i, c := range got {
			if c.Mentions != want[c.ID] {
				t.Errorf("%s: %s counted %d times, want %d", a.ID, c.ID, c.Mentions, want[c.ID])
			}
			if i > 0 && (got[i-1].Mentions < c.Mentions || got[i-1].Mentions == c.Mentions && got[i-1].ID > c.ID) {
				t.Errorf("%s: %v before %v", a.ID, got[i-1], c)
			}
		}
		// Dropping the first actor's mentions drops it from the counts.
		first := got[0].ID
		var rest []actors.Mention
		for _, m := range a.Mentions {
			if m.ActorID() != first {
				rest = append(rest, m)
			}
		}
		b := a.WithMentions(rest, a.Events)
		if len(b.Actors()) != len(got)-1 || slices.ContainsFunc(b.Actors(), func(c analysis.ActorCount) bool { return c.ID == first }) {
			t.Errorf("%s: without %s the counts are %v", a.ID, first, b.Actors())
		}
		if a.Actors()[0].ID != first {
			t.Errorf("%s: WithMentions changed the original", a.ID)
		}
	}
}
