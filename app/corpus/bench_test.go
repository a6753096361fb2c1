package corpus

import (
	"testing"

	"corpusexplorer/app/synth"
)

// BenchmarkParse measures parsing throughput (MB/s) over the seeds and
// over synthetic corpora of 1,000 and 10,000 articles.
func BenchmarkParse(b *testing.B) {
	seeds := loadSeeds(b)
	sets := []struct {
		name  string
		files []File
	}{
		{"seeds", seeds},
		{"synth1k", synthFiles(1000)},
		{"synth10k", synthFiles(10000)},
	}
	for _, set := range sets {
		b.Run(set.name, func(b *testing.B) {
			size := 0
			for _, f := range set.files {
				size += len(f.Data)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, f := range set.files {
					if _, err := Parse(f.Name, f.Data); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkNew measures building a corpus of 10,000 parsed articles.
func BenchmarkNew(b *testing.B) {
	files := synthFiles(10000)
	articles := make([]*Article, len(files))
	for i, f := range files {
		a, err := Parse(f.Name, f.Data)
		if err != nil {
			b.Fatal(err)
		}
		articles[i] = a
	}
	for b.Loop() {
		if _, err := New(articles); err != nil {
			b.Fatal(err)
		}
	}
}

func synthFiles(n int) []File {
	gen := synth.Generate(n, 1)
	files := make([]File, len(gen))
	for i, g := range gen {
		files[i] = File{Name: g.Name, Data: g.Data}
	}
	return files
}
