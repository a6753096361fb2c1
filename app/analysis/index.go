package analysis

import (
	"strings"

	"corpusexplorer/app/dates"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
)

// Index builds the search index of the analysed corpus: the actors of each
// article for filters and facets, their mentions for snippets, the
// actors' one-word names and aliases so that a query for one finds the
// others (putin finds Poetin), and every name and alias of every actor,
// gazetteer or discovered, so that a query spelling one finds the articles
// that mention the actor (White House finds the Witte Huis).
func (ac *Corpus) Index() *search.Index { return ac.IndexBuilder().Index() }

// IndexBuilder prepares the index that Index builds, to be built a few
// articles at a time.
func (ac *Corpus) IndexBuilder() *search.Builder {
	return search.NewBuilder(ac.Corpus, ac.IndexConfig())
}

// IndexConfig returns the configuration of the index that Index builds:
// what a pack of the corpus (app/packs) indexes each article with.
func (ac *Corpus) IndexConfig() search.Config {
	types := make(map[string]string, len(ac.actors))
	names := make(map[string][]string, len(ac.actors))
	for id, a := range ac.actors {
		types[id] = a.Type.String()
		names[id] = a.Names()
	}
	return search.Config{
		// Worked out as each article is indexed (the builder asks once
		// per article), not for every article before the first is.
		Actors:   func(i int) []string { return ac.Articles[i].ActorIDs() },
		Types:    types,
		Mentions: func(i int) []search.Mention { return ac.Articles[i].SearchMentions() },
		Alias:    ac.aliases(),
		Names:    names,
		Happened: func(i int) [][2]int { return ac.Articles[i].Happened() },
	}
}

// ActorIDs returns the ids of the article's actors, most mentioned first
// (see Actors): what IndexConfig's Actors gives for the article.
func (a *Article) ActorIDs() []string {
	var ids []string
	for _, c := range a.Actors() {
		ids = append(ids, c.ID)
	}
	return ids
}

// SearchMentions returns the article's actor mentions as the index takes
// them (IndexConfig's Mentions).
func (a *Article) SearchMentions() []search.Mention {
	out := make([]search.Mention, len(a.Mentions))
	for j, m := range a.Mentions {
		out[j] = search.Mention{Span: m.Span, ActorID: m.ActorID()}
	}
	return out
}

// Happened returns the days the happenings the article tells of cover,
// as search.DayKey pairs (first, last): every date expression of its
// sentences and every event mention dated by its text (one dated only by
// the publication is left out: it says when it was told, not when it
// happened).
func (a *Article) Happened() [][2]int {
	var out [][2]int
	add := func(v dates.Value) {
		if !v.IsZero() {
			out = append(out, [2]int{search.DayKey(v.First()), search.DayKey(v.Last())})
		}
	}
	for _, e := range a.Events {
		if e.Kind == Mentioned {
			add(e.Value)
		}
	}
	for mi := range a.NumEventMentions() {
		if m := a.EventMention(mi); m.When != Reported {
			add(m.Date)
		}
	}
	return out
}

// aliases returns the expansion of a folded query word into the other
// one-word names of the same actor.
func (ac *Corpus) aliases() func(string) []string {
	words := ac.Aliases()
	return func(fold string) []string { return words[fold] }
}

// Aliases maps each folded one-word name of an actor to the other
// one-word names of the same actor: the expansion of a query word that
// Config.Alias of IndexConfig gives.
func (ac *Corpus) Aliases() map[string][]string {
	words := map[string][]string{}
	for _, a := range ac.actors {
		var names []string
		for _, n := range a.Names() {
			if f := text.FoldWord(n); f != "" && !strings.ContainsAny(f, " -") {
				names = append(names, f)
			}
		}
		// The last word of a person's full name: Vladimir Poetin → poetin.
		if a.Type.String() == "person" {
			if f := strings.Fields(text.Fold(a.Name)); len(f) > 1 {
				names = append(names, f[len(f)-1])
			}
		}
		for _, n := range names {
			for _, o := range names {
				if o != n && !contains(words[n], o) {
					words[n] = append(words[n], o)
				}
			}
		}
	}
	return words
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
