package packer

import (
	"errors"
	"slices"
	"strings"
	"sync"

	"corpusexplorer/app/packcorpus"
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
	// hotPhrases is at most how many phrases of common grams (two words
	// one of which is a stop word, "in de", "de minister", or two stop
	// words and a word, "aan de grens") get a hot answer, the commonest
	// first, when they are in at least hotShare of the documents: the
	// columns of their documents are what a search of them reads.
	hotPhrases = 200
)

// hotReaderBytes is how much a reader that works out hot answers fetches
// before Write lets it go for a fresh one: what bounds the memory the hot
// answers take.
const hotReaderBytes = 256 << 20

// hotAnswers works out the hot answers of a pack of n documents written
// but for them (its manifest without hot answers served by f), on
// workers goroutines, each reading the pack as a browser would: the
// answers are the reader's, which are the in-memory engine's. terms are
// the pack's terms in order, with the documents each is in and the folds
// of its words; cat is the pack's catalogue, whose actors' names people
// type: another name of an actor as a query word ("putin" finds "poetin"
// too), a name of several words as a phrase ("witte huis").
func hotAnswers(f packs.Fetcher, n int, terms []string, dfs []int, variants [][]string, cat *packs.Catalogue, pairs map[string]int, workers int) ([]packs.Hot, error) {
	df := make([]int, len(terms)+1) // df[i] = documents of terms[:i], summed
	for i := range terms {
		df[i+1] = df[i] + dfs[i]
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
	for _, vs := range variants {
		for _, f := range vs {
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
	for _, vs := range variants {
		for _, f := range vs {
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
	// The names of actors typed as query words, which find the actor's
	// other names too: their reach adds the documents of those names.
	for w, others := range cat.Aliases {
		if seen[w] {
			continue
		}
		seen[w] = true
		r := reach(w)
		for _, o := range others {
			if k, ok := slices.BinarySearch(terms, o); ok {
				r += dfs[k]
			}
		}
		if r >= least {
			cands = append(cands, cand{w, false, r})
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
	// The phrases, commonest first.
	var phrases []cand
	for p, k := range pairs {
		if k >= least {
			seen[`"`+p+`"`] = true
			phrases = append(phrases, cand{w: `"` + p + `"`, reach: k})
		}
	}
	// The names of several words of the actors in that many documents,
	// typed as phrases: the documents that name the actor stand for the
	// phrase's.
	for _, a := range cat.Actors {
		if a.DF < least {
			continue
		}
		for _, name := range a.Names {
			if f := text.Fold(name); strings.Contains(f, " ") && !seen[`"`+f+`"`] {
				seen[`"`+f+`"`] = true
				phrases = append(phrases, cand{w: `"` + f + `"`, reach: a.DF})
			}
		}
	}
	slices.SortFunc(phrases, func(a, b cand) int {
		if a.reach != b.reach {
			return b.reach - a.reach
		}
		return strings.Compare(a.w, b.w)
	})
	cands = append(cands, phrases[:min(len(phrases), hotPhrases)]...)
	out := make([]packs.Hot, len(cands))
	keep := make([]bool, len(cands))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			var r *packcorpus.Corpus
			for i := w; i < len(cands); i += workers {
				word := cands[i].w
				q, notes := search.ParseQuery(word)
				// Only a word that parses as itself, alone, as a prefix, or
				// a phrase that does.
				if len(notes) > 0 || len(q.Clauses) != 1 || !packs.HotClause(q.Clauses[0]) || q.Clauses[0].String() != word {
					continue
				}
				if r == nil || r.Reader().Stats().Bytes > hotReaderBytes {
					var err error
					if r, err = packcorpus.Open(f); err != nil {
						errs[w] = err
						return
					}
				}
				st := search.State{Q: word}
				res, _, err := r.Search(st, packs.HotPage, 0)
				if err != nil {
					errs[w] = err
					return
				}
				ok := true
				for _, h := range res.Hits {
					ok = ok && h.ID != ""
				}
				// The cards of its hits, as the explorer shows them.
				var hc []packs.HotCard
				if ok {
					cards, err := r.Cards(res, st)
					if err == nil {
						hc, err = r.HotCards(cards)
					}
					if err != nil {
						errs[w] = err
						return
					}
				}
				// The documents of the hits after the page, for a timeline.
				var more []int
				if ok && res.Total > len(res.Hits) {
					docs, err := r.Reader().Ranked(st, packs.HotRanked)
					if err != nil {
						errs[w] = err
						return
					}
					if len(docs) > len(res.Hits) {
						more = docs[len(res.Hits):]
					}
				}
				h := packs.Hot{Key: word, Result: res, Cards: hc, More: more}
				// A word's first page sorted by date, each way.
				if ok && !q.Clauses[0].Phrase && res.Total > 0 {
					for _, sp := range []struct {
						sort search.Sort
						page *packs.HotSorted
					}{{search.Newest, &h.Newest}, {search.Oldest, &h.Oldest}} {
						sst := search.State{Q: word, Sort: sp.sort}
						sres, _, err := r.Search(sst, packs.HotPage, 0)
						var cards []packcorpus.Card
						if err == nil {
							cards, err = r.Cards(sres, sst)
						}
						if err == nil {
							sp.page.Cards, err = r.HotCards(cards)
						}
						if err != nil {
							errs[w] = err
							return
						}
						sp.page.Hits = sres.Hits
					}
				}
				out[i], keep[i] = h, ok
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
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
