package packer

import (
	"hash/crc32"
	"runtime"
	"slices"
	"strings"
	"sync"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
)

// Hot answers (see packs.Hot): which words get one, and at most how
// many. A word (the fold of a word of the corpus, or one of its first
// hotShort to hotLong letters) is a candidate when the terms it finds
// (those it starts, and its stem) hold at least hotShare of the
// documents (and hotMin): the queries whose answer would read the
// columns of much of the corpus. The words of the corpus come first,
// then the prefixes, each by the documents they find, most first, up to
// hotMax in all.
const (
	hotShare = 50 // a fiftieth
	hotMin   = 100
	hotMax   = 800
	hotShort = 2 // the shortest prefix
	hotLong  = 4 // the longest prefix of a word taken apart from the word
)

// hotAnswers works out the hot answers of the grouped corpus, on every
// core, over an index assembled from the whole group (which it does not
// change). cfg is the corpus's index configuration and sh its shape.
func hotAnswers(g *Group, cfg search.Config, sh search.Shape) ([]packs.Hot, error) {
	n := len(g.docs)
	// The articles of the hits, parsed again from their records.
	var mu sync.Mutex
	arts := map[int]*corpus.Article{}
	recs := map[int]*packs.Record{}
	article := func(d int) *corpus.Article {
		mu.Lock()
		defer mu.Unlock()
		if a, ok := arts[d]; ok {
			return a
		}
		rec, err := packs.DecodeRecord("", g.docs[d].record, crcOf(g.docs[d].record))
		if err != nil {
			return nil
		}
		a, err := corpus.Parse(rec.Name, rec.Data)
		if err != nil {
			return nil
		}
		arts[d], recs[d] = a, rec
		return a
	}
	cfg.Mentions = func(d int) []search.Mention {
		mu.Lock()
		defer mu.Unlock()
		return recs[d].Mentions
	}
	ix := search.NewPartial(sh, cfg, article)
	terms := make([]string, 0, len(g.terms))
	for t := range g.terms {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	ix.AddTerms(terms)
	df := make([]int, len(terms)+1) // df[i] = documents of terms[:i], summed
	for i, t := range terms {
		ix.SetPostings(t, g.terms[t].postings())
		df[i+1] = df[i] + len(g.terms[t].docs)
	}
	for id, a := range g.actors {
		ix.SetActorDocs(id, a.docs, a.tf)
	}
	for d, x := range g.docs {
		ix.SetDoc(d, x.cols)
	}
	// The candidate words: the folds of the terms and their short
	// prefixes, with the documents of the terms they find, summed.
	least := max(hotMin, n/hotShare)
	reach := func(w string) int {
		lo, _ := slices.BinarySearch(terms, w)
		hi := lo
		for hi < len(terms) && strings.HasPrefix(terms[hi], w) {
			hi++
		}
		r := df[hi] - df[lo]
		// The stem, when it is not among the terms w starts.
		if st := text.Stem(w); !strings.HasPrefix(st, w) {
			if k, ok := slices.BinarySearch(terms, st); ok {
				r += df[k+1] - df[k]
			}
		}
		return r
	}
	folds := map[string]bool{}
	for _, t := range terms {
		for _, f := range g.terms[t].variants {
			folds[f] = true
		}
	}
	seen := map[string]bool{}
	type cand struct {
		w      string
		prefix bool
		reach  int
	}
	var cands []cand
	for _, t := range terms {
		a := g.terms[t]
		for _, f := range a.variants {
			for k := hotShort; k <= len(f); k++ {
				if k > hotLong && k < len(f) {
					continue
				}
				w := f[:k]
				if seen[w] || !utf8Boundary(f, k) {
					continue
				}
				seen[w] = true
				if r := reach(w); r >= least {
					cands = append(cands, cand{w, !folds[w], r})
				}
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.prefix != b.prefix {
			if a.prefix {
				return 1
			}
			return -1
		}
		if a.reach != b.reach {
			return b.reach - a.reach
		}
		return strings.Compare(a.w, b.w)
	})
	cands = cands[:min(len(cands), hotMax)]
	out := make([]packs.Hot, len(cands))
	keep := make([]bool, len(cands))
	parallel(len(cands), runtime.NumCPU(), func(i int) {
		w := cands[i].w
		q, notes := search.ParseQuery(w)
		// Only a word that parses as itself, alone, as a prefix.
		if len(notes) > 0 || len(q.Clauses) != 1 || q.Clauses[0].Phrase || !q.Clauses[0].Prefix || q.Clauses[0].Words[0] != w {
			return
		}
		res := ix.Run(q, search.State{Q: w}, packs.HotPage, 0)
		for _, h := range res.Hits {
			if h.ID == "" {
				return
			}
		}
		out[i], keep[i] = packs.Hot{Key: w, Result: res}, true
	})
	var hot []packs.Hot
	for i, h := range out {
		if keep[i] {
			hot = append(hot, h)
		}
	}
	slices.SortFunc(hot, func(a, b packs.Hot) int { return strings.Compare(a.Key, b.Key) })
	return hot, nil
}

// utf8Boundary reports whether byte k of s starts a character (or is its
// end).
func utf8Boundary(s string, k int) bool { return k == len(s) || s[k]&0xc0 != 0x80 }

// crcOf returns the CRC-32 of an article record.
func crcOf(b []byte) uint32 { return crc32.ChecksumIEEE(b) }
