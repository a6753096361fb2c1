package analysis

import (
	"cmp"
	"slices"
	"sort"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
)

// ActorStat is what a corpus says about one actor: in how many articles
// and how often it is mentioned, the first and last publication date of
// those articles, and the actors that appear with it.
type ActorStat struct {
	ID          string
	Articles    int
	Mentions    int
	First, Last corpus.Date
	// With lists the actors mentioned in the same articles, strongest
	// first: most shared articles, then most shared sentences, then most
	// mentions in the shared articles, then by id.
	With []CoCount
}

// CoCount is what an actor shares with another: the articles and the
// sentences that mention both, and its own mentions in those articles.
type CoCount struct {
	ID        string
	Articles  int
	Sentences int
	Mentions  int
}

// compareCo orders co-occurring actors strongest first (see ActorStat.With).
func compareCo(a, b CoCount) int {
	if c := cmp.Compare(b.Articles, a.Articles); c != 0 {
		return c
	}
	if c := cmp.Compare(b.Sentences, a.Sentences); c != 0 {
		return c
	}
	if c := cmp.Compare(b.Mentions, a.Mentions); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// sentenceActors returns, for each sentence of a that mentions two actors
// or more, the ids of the actors it mentions, each once.
func sentenceActors(a *Article) [][]string {
	var out [][]string
	var cur []string
	j := 0 // the sentence of the mentions being gathered
	flush := func() {
		if len(cur) > 1 {
			out = append(out, cur)
		}
		cur = nil
	}
	for _, m := range a.Mentions {
		for j < len(a.Sentences) && a.Sentences[j].Span.End <= m.Span.Start {
			j++
			flush()
		}
		if !slices.Contains(cur, m.ActorID()) {
			cur = append(cur, m.ActorID())
		}
	}
	flush()
	return out
}

// ActorStats returns the statistics of every actor over the articles at
// the given corpus indexes (nil means every article), sorted by number of
// articles, then mentions, most first, then by id. With holds at most
// maxWith actors (0 means all).
func (ac *Corpus) ActorStats(articles []int, maxWith int) []ActorStat {
	if articles == nil {
		articles = make([]int, len(ac.Articles))
		for i := range articles {
			articles[i] = i
		}
	}
	byID := map[string]*ActorStat{}
	co := map[string]map[string]*CoCount{}
	for _, i := range articles {
		a := ac.Articles[i]
		counts := a.Actors()
		for _, c := range counts {
			s := byID[c.ID]
			if s == nil {
				s = &ActorStat{ID: c.ID, First: a.Date, Last: a.Date}
				byID[c.ID] = s
				co[c.ID] = map[string]*CoCount{}
			}
			s.Articles++
			s.Mentions += c.Mentions
			if a.Date.Compare(s.First) < 0 {
				s.First = a.Date
			}
			if a.Date.Compare(s.Last) > 0 {
				s.Last = a.Date
			}
			for _, o := range counts {
				if o.ID != c.ID {
					w := co[c.ID][o.ID]
					if w == nil {
						w = &CoCount{ID: o.ID}
						co[c.ID][o.ID] = w
					}
					w.Articles++
					w.Mentions += o.Mentions
				}
			}
		}
		for _, ids := range sentenceActors(a) {
			for _, x := range ids {
				for _, y := range ids {
					if x != y {
						co[x][y].Sentences++
					}
				}
			}
		}
	}
	out := make([]ActorStat, 0, len(byID))
	for id, s := range byID {
		for _, w := range co[id] {
			s.With = append(s.With, *w)
		}
		// sort.Slice, not slices.SortFunc, which would compile a sort
		// of its own for CoCount (and one for ActorStat below) into the
		// wasm; ids are unique, so the order is the same.
		sort.Slice(s.With, func(i, j int) bool { return compareCo(s.With[i], s.With[j]) < 0 })
		if maxWith > 0 && len(s.With) > maxWith {
			s.With = s.With[:maxWith]
		}
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.ID < b.ID
	})
	return out
}

// ActorStat returns the statistics of one actor over the whole corpus, with
// every co-occurring actor; ok is false when no article mentions it.
func (ac *Corpus) ActorStat(id string) (ActorStat, bool) {
	var idx []int
	for i, a := range ac.Articles {
		if slices.ContainsFunc(a.Mentions, func(m actors.Mention) bool { return m.ActorID() == id }) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return ActorStat{}, false
	}
	for _, s := range ac.ActorStats(idx, 0) {
		if s.ID == id {
			return s, true
		}
	}
	return ActorStat{}, false
}
