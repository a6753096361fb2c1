package analysis

import (
	"reflect"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/synth"
	"corpusexplorer/seeds"
)

// synthArticles analyses the synthetic corpus of n articles and returns
// the articles, their actors found, the extractor and the corpus size.
func synthArticles(b testing.TB, n int) ([]*Article, [][]actors.Actor, *actors.Extractor, int) {
	b.Helper()
	g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		b.Fatal(err)
	}
	var files []corpus.File
	size := 0
	for _, f := range synth.Generate(n, 1) {
		files = append(files, corpus.File{Name: f.Name, Data: f.Data})
		size += len(f.Data)
	}
	c, err := corpus.New(nil)
	if err != nil {
		b.Fatal(err)
	}
	if c, err = c.Add(files...); err != nil {
		b.Fatal(err)
	}
	ex := g.NewExtractor()
	arts := make([]*Article, c.Len())
	found := make([][]actors.Actor, c.Len())
	for i := range arts {
		arts[i], found[i] = AnalyseArticle(c.At(i), ex)
	}
	return arts, found, ex, size
}

// BenchmarkEvents10k measures event extraction (references, event
// mentions with their roles and dates) and merging into corpus events on
// the synthetic 10,000-article corpus, in MB/s of article text.
func BenchmarkEvents10k(b *testing.B) {
	arts, found, ex, size := synthArticles(b, 10000)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, a := range arts {
			a.References = nil
			a.SetEventMentions(nil)
			a.findEvents(ex, found[i])
		}
		MergeEvents(arts)
	}
}

// BenchmarkMerge10k measures merging alone.
func BenchmarkMerge10k(b *testing.B) {
	arts, _, _, size := synthArticles(b, 10000)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		MergeEvents(arts)
	}
}

// BenchmarkAnalyse10k measures the whole analysis of an article (actors,
// dates, events) on the synthetic corpus, merging included.
func BenchmarkAnalyse10k(b *testing.B) {
	arts, _, ex, size := synthArticles(b, 10000)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		out := make([]*Article, len(arts))
		for i, a := range arts {
			out[i], _ = AnalyseArticle(a.Article, ex)
		}
		MergeEvents(out)
	}
}

// BenchmarkFindEvents10k measures event extraction alone (references and
// event mentions), without merging.
func BenchmarkFindEvents10k(b *testing.B) {
	arts, found, ex, size := synthArticles(b, 10000)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, a := range arts {
			a.References = nil
			a.SetEventMentions(nil)
			a.findEvents(ex, found[i])
		}
	}
}

// BenchmarkSnapshot compares, on the seeds and on 1,000 synthetic
// articles, reading a snapshot (the parsed articles with their tokens and
// the whole analysis) with what reading it saves: parsing the articles
// (tokenizing, sentences, flags) and analysing them. Read the ratios of
// read to parse and to analyse of one run.
func BenchmarkSnapshot(b *testing.B) {
	for _, tt := range []struct {
		name string
		ac   *Corpus
	}{
		{"seeds", analyseSeeds(b)},
		{"synth1k", analyseSynth(b, 1000)},
	} {
		data, err := tt.ac.Snapshot("k")
		if err != nil {
			b.Fatal(err)
		}
		files := make([]corpus.File, tt.ac.Corpus.Len())
		for i, a := range tt.ac.Articles {
			files[i] = corpus.File{Name: a.File, Data: []byte(a.Text)}
		}
		size := int64(tt.ac.Corpus.Stats().Bytes)
		b.Run(tt.name+"/read", func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ReadSnapshot(data, "k"); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(tt.name+"/parse", func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, f := range files {
					if _, err := corpus.Parse(f.Name, f.Data); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
		if err != nil {
			b.Fatal(err)
		}
		ex := g.NewExtractor()
		b.Run(tt.name+"/analyse", func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				ac := Analyse(tt.ac.Corpus, ex)
				ac.Happenings()
			}
		})
	}
}

// TestMergerSteps: a merge done a few pieces at a time gives the
// happenings of MergeEvents.
func TestMergerSteps(t *testing.T) {
	arts, _, _, _ := synthArticles(t, 400)
	want := MergeEvents(arts)
	if len(want.List) < 100 {
		t.Fatalf("%d happenings: too few to test", len(want.List))
	}
	for _, n := range []int{1, 7, 1000} {
		m := NewMerger(arts)
		for !m.Step(n) {
		}
		got := m.Happenings()
		if !reflect.DeepEqual(got.List, want.List) || !reflect.DeepEqual(got.of, want.of) {
			t.Errorf("steps of %d: the happenings differ from MergeEvents's", n)
		}
	}
}
