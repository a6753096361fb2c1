package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
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

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, b)
	}
	return rows
}

func TestArticlesCSV(t *testing.T) {
	ac := loadSeeds(t)
	for _, tt := range []struct {
		name string
		opt  Options
		head string
	}{
		{"plain", Options{}, "id,date,title,actors"},
		{"names", Options{Name: ActorName(ac)}, "id,date,title,actors,actor_names"},
		{"events", Options{Events: true}, "id,date,title,actors,events"},
		{"all", Options{Events: true, Name: ActorName(ac)}, "id,date,title,actors,actor_names,events"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := ArticlesCSV(&b, ac.Articles, tt.opt); err != nil {
				t.Fatal(err)
			}
			rows := readCSV(t, b.Bytes())
			if got := strings.Join(rows[0], ","); got != tt.head {
				t.Fatalf("header %q, want %q", got, tt.head)
			}
			if len(rows) != 1+len(ac.Articles) {
				t.Fatalf("%d rows, want %d", len(rows), 1+len(ac.Articles))
			}
			col := map[string]int{}
			for i, h := range rows[0] {
				col[h] = i
			}
			for i, a := range ac.Articles {
				row := rows[i+1]
				if row[0] != a.ID || row[1] != a.Date.String() || row[2] != a.Title {
					t.Errorf("row %d: %q", i+1, row[:3])
				}
				ids := strings.Split(row[col["actors"]], ";")
				if ids[0] != a.Actors()[0].ID || len(ids) != len(a.Actors()) {
					t.Errorf("%s: actors %q", a.ID, ids)
				}
				if j, ok := col["actor_names"]; ok {
					names := strings.Split(row[j], "; ")
					if len(names) != len(ids) {
						t.Errorf("%s: %d names for %d ids", a.ID, len(names), len(ids))
					}
				}
				if j, ok := col["events"]; ok {
					lines := strings.Split(row[j], "\n")
					if len(lines) != len(a.Events) || !strings.HasPrefix(lines[0], a.Date.String()+" month exact published: "+a.Title) {
						t.Errorf("%s: events %q", a.ID, lines)
					}
				}
			}
		})
	}
	// The seeds' first article in detail.
	var b bytes.Buffer
	ArticlesCSV(&b, ac.Articles[:1], Options{Events: true, Name: ActorName(ac)})
	row := readCSV(t, b.Bytes())[1]
	if !strings.Contains(row[3], "joe-biden") || !strings.Contains(row[3], "vladimir-poetin") ||
		!strings.Contains(row[4], "Joe Biden") || !strings.Contains(row[4], "Vladimir Poetin") {
		t.Errorf("actors %q / %q", row[3], row[4])
	}
}

func TestArticlesJSON(t *testing.T) {
	ac := loadSeeds(t)
	opt := Options{Events: true, Name: ActorName(ac)}
	var b bytes.Buffer
	if err := ArticlesJSON(&b, ac.Articles, opt); err != nil {
		t.Fatal(err)
	}
	var got []JSONArticle
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if want := Articles(ac.Articles, opt); !reflect.DeepEqual(got, want) {
		t.Errorf("JSON round trip differs:\n got %+v\nwant %+v", got, want)
	}
	// The events are those of the analysis document: each there, as is
	// or as the happening its sentence's date tells of.
	doc := ac.Document()
	for i, a := range got {
		for _, e := range a.Events {
			if !slices.ContainsFunc(doc.Articles[i].Events, func(d analysis.JSONEvent) bool {
				return reflect.DeepEqual(d, e) || d.Type != "" && d.Sentence == e.Sentence && d.Date == e.Date && d.Text == e.Text
			}) {
				t.Errorf("%s: event %+v is not in the analysis document", a.ID, e)
			}
		}
		if len(a.ActorNames) != len(a.Actors) {
			t.Errorf("%s: names %q for ids %q", a.ID, a.ActorNames, a.Actors)
		}
	}
	// Without options: no events, no names.
	b.Reset()
	ArticlesJSON(&b, ac.Articles[:1], Options{})
	if s := b.String(); strings.Contains(s, `"events"`) || strings.Contains(s, `"actor_names"`) || !strings.Contains(s, `"actors": [`) {
		t.Errorf("plain JSON:\n%s", s)
	}
}

func TestTimelineCSV(t *testing.T) {
	ac := loadSeeds(t)
	refs := ac.Timeline(nil)
	var b bytes.Buffer
	if err := TimelineCSV(&b, ac, refs, Options{Name: ActorName(ac)}); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, b.Bytes())
	if got := strings.Join(rows[0], ","); got != "date,precision,exact,kind,article,sentence,actors,actor_names" {
		t.Errorf("header %q", got)
	}
	if len(rows) != 1+len(refs) {
		t.Fatalf("%d rows for %d events", len(rows), len(refs))
	}
	sawDay := false
	for i, r := range refs {
		row := rows[i+1]
		a := ac.Articles[r.Article]
		e := ac.Event(r)
		if row[0] != e.Value.String() || row[1] != e.Value.Precision.String() || row[3] != e.Kind.String() || row[4] != a.ID {
			t.Errorf("row %d: %q", i+1, row)
		}
		if e.Sentence >= 0 && row[5] != Safe(a.Sentences[e.Sentence].Of(a.Text)) {
			t.Errorf("row %d: sentence %q", i+1, row[5])
		}
		if row[6] != strings.Join(e.Actors(), ";") {
			t.Errorf("row %d: actors %q", i+1, row[6])
		}
		if row[0] == "2022-01-10" && row[2] == "true" && row[3] == "mentioned" {
			sawDay = true
		}
	}
	if !sawDay {
		t.Error("no exact 2022-01-10 event (Op 10 januari)")
	}
	// A stale reference is skipped.
	b.Reset()
	TimelineCSV(&b, ac, []analysis.EventRef{{Article: 99}, {Article: 0, Event: 99}, refs[0]}, Options{})
	if n := len(readCSV(t, b.Bytes())); n != 2 {
		t.Errorf("%d rows with stale references, want 2", n)
	}
}

func TestSafe(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"+31 6", "'+31 6"},
		{"-2", "'-2"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=x", "'\t=x"},
		{"\r=x", "'\r=x"},
		{"", ""},
		{"2021-12", "2021-12"},
		{"a=b", "a=b"},
		{"'quoted", "'quoted"},
	} {
		if got := Safe(tt.in); got != tt.want {
			t.Errorf("Safe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestInjection exports an article whose title and sentences start with
// formula characters.
func TestInjection(t *testing.T) {
	src := "date 2021-12 =HYPERLINK(\"http://x.example\",\"klik\")\n\n" +
		"+Op 7 december belde Joe Biden.\n\n" +
		"-Op 8 december belde Poetin.\n\n" +
		"@Op 9 december zweeg iedereen."
	a, err := corpus.Parse("=evil.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := corpus.New([]*corpus.Article{a})
	ac := analysis.Analyse(c, g.NewExtractor())
	check := func(what string, b []byte) {
		t.Helper()
		for _, row := range readCSV(t, b) {
			for _, cell := range row {
				if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
					t.Errorf("%s: unsafe cell %q", what, cell)
				}
			}
		}
	}
	var b bytes.Buffer
	if err := ArticlesCSV(&b, ac.Articles, Options{Events: true, Name: ActorName(ac)}); err != nil {
		t.Fatal(err)
	}
	check("articles", b.Bytes())
	if !strings.Contains(b.String(), `'=evil`) || !strings.Contains(b.String(), `'=HYPERLINK`) {
		t.Errorf("articles:\n%s", b.String())
	}
	b.Reset()
	if err := TimelineCSV(&b, ac, ac.Timeline(nil), Options{}); err != nil {
		t.Fatal(err)
	}
	check("timeline", b.Bytes())
	for _, want := range []string{"'+Op 7 december", "'-Op 8 december", "'@Op 9 december"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("timeline lacks %q:\n%s", want, b.String())
		}
	}
}

func TestBOM(t *testing.T) {
	var b bytes.Buffer
	ArticlesCSV(&b, nil, Options{BOM: true})
	if b.String() != "\uFEFFid,date,title,actors\n" {
		t.Errorf("BOM output %q", b.String())
	}
}
