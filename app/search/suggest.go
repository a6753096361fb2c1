package search

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"corpusexplorer/app/strmap"
	"corpusexplorer/app/text"
)

// Typo tolerance of Suggest: a word finds "few" articles when at most
// FewHits do, and is then corrected only when the correction finds at
// least FewRatio times as many.
const (
	FewHits  = 2
	FewRatio = 10
)

// MaxEdits returns the edit budget of a folded word: no edit for one or
// two letters, one for three to five, two for longer words.
func MaxEdits(fold string) int {
	switch n := utf8.RuneCountInString(fold); {
	case n < 3:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

// isWord reports whether the fold f is a word worth suggesting: it has a
// letter and no digit.
func isWord(f string) bool {
	return strings.IndexFunc(f, unicode.IsLetter) >= 0 && strings.IndexFunc(f, unicode.IsDigit) < 0
}

// buildVocab gathers the vocabulary of Suggest: every folded word of the
// articles with the number of articles that have it (from the postings:
// a term's folds and, for a stem shared by several folds, the fold of each
// position), and the words of the actor names, which find at least the
// articles that mention the actor.
func (ix *Index) buildVocab() {
	// The counts by word, in a map that holds no pointer: they are worked
	// out at the end of a build, while the collector may be marking.
	var df strmap.Map[int32]
	add := func(w string, n int32) {
		have, _ := df.Get(w)
		df.Put(w, have+n)
	}
	var cnt, last []int32
	for id := range ix.Terms() {
		p := ix.postings(int32(id))
		if f := ix.foldOf(int32(id)); f != "" {
			if isWord(f) {
				add(f, int32(len(p.docs)))
			}
			continue
		}
		cnt, last = slices.Grow(cnt[:0], len(p.variants))[:len(p.variants)], slices.Grow(last[:0], len(p.variants))[:len(p.variants)]
		clear(cnt)
		clear(last)
		for k := range p.docs {
			lo, hi := int(p.offs[k]), len(p.pos)
			if k+1 < len(p.offs) {
				hi = int(p.offs[k+1])
			}
			for _, v := range p.fv[lo:hi] {
				if last[v] != int32(k+1) {
					last[v] = int32(k + 1)
					cnt[v]++
				}
			}
		}
		for v, f := range p.variants {
			if isWord(f) {
				add(f, cnt[v])
			}
		}
	}
	for key, ids := range ix.names {
		n := 0
		for _, id := range ids {
			n += len(ix.actorDoc[id])
		}
		for w := range strings.SplitSeq(key, " ") {
			if have, _ := df.Get(w); isWord(w) && int(have) < n {
				df.Put(w, int32(n))
			}
		}
	}
	order := make([]int32, df.Len())
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(df.KeyAt(int(a)), df.KeyAt(int(b))) })
	ix.vocab = new(strmap.Map[int32])
	ix.vocab.Grow(len(order))
	ix.vdf = make([]int32, len(order))
	for i, x := range order {
		w, n := df.At(int(x))
		ix.vocab.Put(w, int32(i))
		ix.vdf[i] = n
	}
}

// Vocabulary returns the number of distinct words Suggest chooses from.
func (ix *Index) Vocabulary() int { return ix.vocab.Len() }

// word returns the x-th word of the vocabulary.
func (ix *Index) word(x int) string { return ix.vocab.KeyAt(x) }

// hits returns about how many articles the folded word finds: the most
// of any index term it expands to (a prefix when prefix is set), or of
// an actor it names.
func (ix *Index) hits(fold string, prefix bool) int {
	n := 0
	for _, id := range ix.expand(fold, prefix) {
		n = max(n, len(ix.postings(id).docs))
	}
	for _, id := range ix.NameActors([]string{fold}) {
		n = max(n, len(ix.actorDoc[id]))
	}
	return n
}

// Suggest returns a correction of the query s for a "Did you mean": each
// word that finds no article, or only a few (FewHits) where a word of
// the vocabulary within its edit budget (MaxEdits) finds many more, is
// replaced by the nearest such word, most frequent first, written as in
// the articles in lower case. Everything else in s is kept as typed. It
// returns "" when no word needs correcting or none can be corrected.
func (ix *Index) Suggest(s string) string {
	q, _ := ParseQuery(s)
	prefixLast := len(q.Clauses) > 0 && q.Clauses[len(q.Clauses)-1].Prefix
	toks := text.Tokenize(s)
	lastWord := -1
	for i, t := range toks {
		if t.Kind != text.Punct {
			lastWord = i
		}
	}
	var b strings.Builder
	at, changed := 0, false
	for i, t := range toks {
		if t.Kind != text.Word || t.Fold() == "" {
			continue
		}
		budget := MaxEdits(t.Fold())
		if budget == 0 {
			continue
		}
		h := ix.hits(t.Fold(), prefixLast && i == lastWord)
		if h > FewHits {
			continue
		}
		v := ix.nearest(t.Fold(), budget)
		if v < 0 || int(ix.vdf[v]) < max(1, h*FewRatio) {
			continue
		}
		b.WriteString(s[at:t.Start])
		b.WriteString(ix.written(ix.word(v)))
		at, changed = t.End, true
	}
	if !changed {
		return ""
	}
	b.WriteString(s[at:])
	return b.String()
}

// nearest returns the vocabulary entry other than w within k edits of w
// (optimal string alignment distance over bytes: insertions, deletions,
// substitutions and swaps of neighbours), the closest first, then the
// most frequent, then the first in order; -1 when there is none. Two
// edits are only looked for among the words with w's first letter, as
// spell checkers commonly do (one edit anywhere), which keeps the search
// short on a large vocabulary.
func (ix *Index) nearest(w string, k int) int {
	best, bd := ix.walk(w, min(k, 1), 0, ix.Vocabulary())
	if k < 2 || w == "" {
		return best
	}
	lo := sort.Search(ix.Vocabulary(), func(x int) bool { return ix.word(x) >= w[:1] })
	hi := lo + ix.prefixLen(lo, w[:1])
	if b2, d2 := ix.walk(w, k, lo, hi); b2 >= 0 && (best < 0 || d2 < bd || (d2 == bd && ix.vdf[b2] > ix.vdf[best])) {
		best = b2
	}
	return best
}

// prefixLen returns how many vocabulary entries from x on start with p
// (word(x) being the first that may).
func (ix *Index) prefixLen(x int, p string) int {
	return sort.Search(ix.Vocabulary()-x, func(i int) bool {
		e := ix.word(x + i)
		return !strings.HasPrefix(e, p) && e >= p
	})
}

// walk returns the best of the words lo to hi-1 within k edits of w and
// its distance, as nearest ranks them (-1 when there is none). It walks the
// sorted entries like a trie: the distance rows of a prefix are shared
// by the words that follow with the same prefix, and the words under a
// prefix already too far are skipped with a binary search.
func (ix *Index) walk(w string, k, lo, hi int) (int, int) {
	n := len(w)
	maxLen := n + k + 1
	rows := make([][]int, maxLen+1)
	for j := range rows {
		rows[j] = make([]int, n+1)
	}
	for i := range rows[0] {
		rows[0][i] = i
	}
	best, bestD := -1, k+1
	prev, have := "", 0 // rows[0..have] are those of prev[:have]
	for x := lo; x < hi; {
		v := ix.word(x)
		j := 0
		for j < have && j < len(v) && v[j] == prev[j] {
			j++
		}
		pruned := false
		for ; j < len(v); j++ {
			if j+1 > maxLen {
				pruned = true
				break
			}
			r, p := rows[j+1], rows[j]
			r[0] = j + 1
			rmin := r[0]
			c := v[j]
			for i := 1; i <= n; i++ {
				cost := 1
				if w[i-1] == c {
					cost = 0
				}
				d := min(p[i]+1, r[i-1]+1, p[i-1]+cost)
				if i > 1 && j > 0 && w[i-1] == v[j-1] && w[i-2] == c {
					d = min(d, rows[j-1][i-2]+1)
				}
				r[i] = d
				rmin = min(rmin, d)
			}
			// Every longer word under v[:j+1] is too far once this row
			// and the one before it (for a swap) are.
			if rmin > k && (j == 0 || slices.Min(p) >= k) {
				pruned = true
				break
			}
		}
		if pruned {
			// Skip every word that starts with v[:j+1].
			x += max(ix.prefixLen(x, v[:j+1]), 1)
			prev, have = v, j
			continue
		}
		if d := rows[len(v)][n]; d <= k && v != w {
			if d < bestD || (d == bestD && ix.vdf[x] > ix.vdf[best]) {
				best, bestD = x, d
			}
		}
		prev, have = v, len(v)
		x++
	}
	return best, bestD
}

// written returns how the articles write the folded word f, in lower
// case: the most common form among its first occurrences (Oekraïne for
// oekraine), else as an actor name writes it, else f.
func (ix *Index) written(f string) string {
	forms := map[string]int{}
	seen := 0
	for _, t := range []string{f, text.Stem(f)} {
		id, ok := ix.lookup(t)
		if !ok {
			continue
		}
		p := ix.postings(id)
		if g := ix.foldOf(id); g != "" && g != f {
			continue
		}
		want := int32(-1)
		if ix.fold[id] == 0 {
			if want = int32(slices.Index(p.variants, f)); want < 0 {
				continue
			}
		}
		for k := 0; k < len(p.docs) && seen < 16; k++ {
			a := ix.c.At(int(p.docs[k]))
			lo, hi := int(p.offs[k]), len(p.pos)
			if k+1 < len(p.offs) {
				hi = int(p.offs[k+1])
			}
			for x := lo; x < hi; x++ {
				if want >= 0 && p.fv[x] != want {
					continue
				}
				tok := a.Tokens[p.pos[x]]
				if form := strings.ToLower(a.Text[tok.Start:tok.End]); text.Fold(form) == f {
					forms[form]++
				}
				seen++
			}
		}
	}
	best, bn := "", 0
	for form, c := range forms {
		if c > bn || (c == bn && form < best) {
			best, bn = form, c
		}
	}
	if best != "" {
		return best
	}
	if s, ok := ix.nameShow[f]; ok {
		return s
	}
	return f
}

// EditDistance returns the optimal string alignment distance between a
// and b, over runes: the fewest insertions, deletions, substitutions and
// swaps of neighbouring runes that turn a into b, no substring edited
// twice (Damerau–Levenshtein as spell checkers use it).
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := len(rb)
	p2, p, r := make([]int, n+1), make([]int, n+1), make([]int, n+1)
	for i := range p {
		p[i] = i
	}
	for j := 1; j <= len(ra); j++ {
		r[0] = j
		for i := 1; i <= n; i++ {
			cost := 1
			if ra[j-1] == rb[i-1] {
				cost = 0
			}
			r[i] = min(p[i]+1, r[i-1]+1, p[i-1]+cost)
			if i > 1 && j > 1 && ra[j-1] == rb[i-2] && ra[j-2] == rb[i-1] {
				r[i] = min(r[i], p2[i-2]+1)
			}
		}
		p2, p, r = p, r, p2
	}
	return p[n]
}
