package analysis

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/dates"
	"corpusexplorer/app/events"
	"corpusexplorer/app/search"
	"corpusexplorer/app/synth"
	"corpusexplorer/seeds"
)

// analyseSynth analyses the synthetic corpus of n articles.
func analyseSynth(tb testing.TB, n int) *Corpus {
	tb.Helper()
	g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		tb.Fatal(err)
	}
	var files []corpus.File
	for _, f := range synth.Generate(n, 7) {
		files = append(files, corpus.File{Name: f.Name, Data: f.Data})
	}
	c, err := corpus.New(nil)
	if err != nil {
		tb.Fatal(err)
	}
	if c, err = c.Add(files...); err != nil {
		tb.Fatal(err)
	}
	return Analyse(c, g.NewExtractor())
}

func analyseSeeds(tb testing.TB) *Corpus {
	tb.Helper()
	ac, err := Load(seeds.Articles, "*.txt", seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		tb.Fatal(err)
	}
	return ac
}

// snapshotQueries are searches whose answers must not depend on where
// the analysis came from: words, prefixes, phrases, names and aliases,
// actor, type and date filters, the sorts and a typo.
var snapshotQueries = []search.State{
	{Q: "poetin"},
	{Q: "putin"},
	{Q: "White House"},
	{Q: "oekr"},
	{Q: "gesprekken"},
	{Q: `"de Russische president"`},
	{Q: "biden -poetin"},
	{Q: "Poetn"},
	{Q: "regering"},
	{Q: "minister"},
	{Q: "pres"},
	{Q: `"van de regering"`},
	{Q: "oorlog", Sort: search.Oldest},
	{Q: "regering", Sort: search.Newest},
	{Actors: []string{"vladimir-poetin"}},
	{Type: "person"},
	{Type: "place", Q: "de"},
	{From: corpus.Date{Year: 2020, Month: 1}, To: corpus.Date{Year: 2020, Month: 6}},
	{From: corpus.Date{Year: 2021, Month: 12, Day: 7}},
	{},
}

// TestSnapshot checks that reading a snapshot gives the corpus written,
// field by field, the same analysis document byte for byte and the same
// answers to searches, on the seeds and on a synthetic corpus.
func TestSnapshot(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 100
	}
	for _, tt := range []struct {
		name string
		ac   *Corpus
	}{
		{"seeds", analyseSeeds(t)},
		{"synthetic", analyseSynth(t, n)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			live := tt.ac
			data, err := live.Snapshot("k1")
			if err != nil {
				t.Fatal(err)
			}
			again, err := live.Snapshot("k1")
			if err != nil || !bytes.Equal(data, again) {
				t.Fatalf("two snapshots of one corpus differ (err %v)", err)
			}
			snap, err := ReadSnapshot(data, "k1")
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d articles, %d bytes of text: snapshot %d bytes", live.Corpus.Len(), live.Corpus.Stats().Bytes, len(data))

			if !reflect.DeepEqual(live.Corpus.Stats(), snap.Corpus.Stats()) {
				t.Errorf("stats %+v, want %+v", snap.Corpus.Stats(), live.Corpus.Stats())
			}
			for i := range live.Articles {
				if !reflect.DeepEqual(live.Articles[i], snap.Articles[i]) {
					t.Fatalf("article %d (%s) differs", i, live.Articles[i].ID)
				}
				if snap.Corpus.At(i) != snap.Articles[i].Article {
					t.Fatalf("article %d is not the corpus's", i)
				}
			}
			if !reflect.DeepEqual(live.actors, snap.actors) || !reflect.DeepEqual(live.others, snap.others) {
				t.Error("actors differ")
			}
			lh, sh := live.Happenings(), snap.Happenings()
			if !reflect.DeepEqual(happeningViews(lh.List), happeningViews(sh.List)) || !reflect.DeepEqual(lh.of, sh.of) {
				t.Error("happenings differ")
			}

			var lj, sj bytes.Buffer
			if err := live.WriteJSON(&lj); err != nil {
				t.Fatal(err)
			}
			if err := snap.WriteJSON(&sj); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(lj.Bytes(), sj.Bytes()) {
				t.Error("the analysis documents differ")
			}

			lix, six := live.Index(), snap.Index()
			for _, st := range snapshotQueries {
				ld, ln := live.Search(lix, st, 20)
				sd, sn := snap.Search(six, st, 20)
				lb, _ := json.Marshal([]any{ld, ln})
				sb, _ := json.Marshal([]any{sd, sn})
				if !bytes.Equal(lb, sb) {
					t.Errorf("search %+v: %s, want %s", st, sb, lb)
				}
			}
		})
	}
}

func TestSnapshotStale(t *testing.T) {
	data, err := analyseSeeds(t).Snapshot("seeds-1")
	if err != nil {
		t.Fatal(err)
	}
	if k, err := SnapshotKey(data); err != nil || k != "seeds-1" {
		t.Errorf("SnapshotKey = %q, %v", k, err)
	}
	other := bytes.Clone(data)
	other[len(snapshotMagic)]++ // the format
	for _, tt := range []struct {
		name string
		data []byte
		key  string
	}{
		{"other key", data, "seeds-2"},
		{"other format", other, "seeds-1"},
		{"no snapshot", []byte("date 2021-12 text"), "seeds-1"},
		{"empty", nil, "seeds-1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ReadSnapshot(tt.data, tt.key); !errors.Is(err, ErrSnapshotStale) {
				t.Errorf("err %v, want ErrSnapshotStale", err)
			}
		})
	}
}

// TestSnapshotMalformed checks that a damaged snapshot is an error, never
// a panic nor a corpus.
func TestSnapshotMalformed(t *testing.T) {
	data, err := analyseSeeds(t).Snapshot("k")
	if err != nil {
		t.Fatal(err)
	}
	body, err := SnapshotKey(data)
	if err != nil || body != "k" {
		t.Fatal(err)
	}
	for _, cut := range []int{len(data) - 1, len(data) / 2, len(data) / 3, 12} {
		if _, err := ReadSnapshot(data[:cut], "k"); err == nil {
			t.Errorf("cut at %d of %d: no error", cut, len(data))
		}
	}
	// Flip bytes one at a time: any outcome but a panic is fine, and an
	// accepted snapshot must still be a consistent corpus.
	for i := 10; i < len(data); i += 97 {
		bad := bytes.Clone(data)
		bad[i] ^= 0x5a
		ac, err := ReadSnapshot(bad, "k")
		if err == nil {
			var buf bytes.Buffer
			ac.WriteJSON(&buf)
		}
	}
}

// SnapshotKey returns the key a snapshot was written under, or an error
// when data is no snapshot of this format.
func SnapshotKey(data []byte) (string, error) {
	d := &snapDecoder{data: data}
	if err := d.header(); err != nil {
		return "", err
	}
	return d.key, nil
}

// happeningView is what a Happening tells, field by field (its lists are
// kept in a shared store whose layout differs between a merge and a
// snapshot).
type happeningView struct {
	ID                            string
	Date                          dates.Value
	Weekday                       int
	When                          When
	Type                          events.Type
	Act                           string
	Modality                      events.Modality
	Agent, Patient, Place, Actors []string
	Mentions                      []MentionRef
}

func happeningViews(list []Happening) []happeningView {
	out := make([]happeningView, len(list))
	for i, h := range list {
		out[i] = happeningView{h.ID, h.Date, h.Weekday, h.When, h.Type(), h.Act(), h.Modality(),
			h.Agent(), h.Patient(), h.Place(), h.Actors(), h.Mentions()}
	}
	return out
}
