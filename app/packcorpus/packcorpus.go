// Package packcorpus is the explorer's model of a corpus served as a pack
// (app/packs): its catalogue as an explore.Catalog, its searches as an
// explore.Source (so that the explorer page's view is worked out by the
// same explore.View as over the corpus in memory), the cards of a page of
// hits and the view of one article, each fetched through the pack's
// reader as needed. It never imports go-app and is tested natively.
package packcorpus

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/events"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
)

// Corpus is a pack opened for the explorer. It is safe for concurrent
// use (its reader runs one search at a time).
type Corpus struct {
	r      *packs.Reader
	actors map[string]actors.Actor
	stats  corpus.Stats
	an     analyser // see Analyse
}

// Open reads the manifest and catalogue of the pack f fetches.
func Open(f packs.Fetcher) (*Corpus, error) {
	r, err := packs.Open(f)
	if err != nil {
		return nil, err
	}
	m := r.Manifest()
	c := &Corpus{r: r, actors: make(map[string]actors.Actor, len(r.Catalogue().Actors)), an: analyser{known: map[*corpus.Article]analysis.Analysed{}}}
	for _, a := range r.Catalogue().Actors {
		t, err := actors.ParseType(a.Type)
		if err != nil {
			t = actors.Other
		}
		var aliases []string
		for _, n := range a.Names {
			if n != a.Name {
				aliases = append(aliases, n)
			}
		}
		c.actors[a.ID] = actors.Actor{ID: a.ID, Name: a.Name, Type: t, Aliases: aliases}
	}
	// A pack does not say which articles are dated to the day: the date
	// boxes take days.
	c.stats = corpus.Stats{Articles: m.Articles, DayDated: m.Articles, Months: m.Months,
		First: corpus.MonthAt(m.MinMonth), Last: corpus.MonthAt(m.MinMonth + m.Months - 1)}
	return c, nil
}

// Reader returns the pack's reader.
func (c *Corpus) Reader() *packs.Reader { return c.r }

// Files lists every file of the pack (the manifest aside) with its size,
// reading the list through f.
func (c *Corpus) Files(f packs.Fetcher) ([]packs.FileInfo, error) {
	return packs.ReadFiles(f, c.r.Manifest())
}

// Actor implements explore.Catalog.
func (c *Corpus) Actor(id string) (actors.Actor, bool) {
	a, ok := c.actors[id]
	return a, ok
}

// Search implements explore.Source.
func (c *Corpus) Search(st search.State, limit, offset int) (search.Result, []search.Notice, error) {
	return c.r.Search(st, limit, offset)
}

// Stats implements explore.Source: the articles and the months they span.
func (c *Corpus) Stats() corpus.Stats { return c.stats }

// Suggest implements explore.Source: a pack holds no list of the words
// to correct a typo with, so there is no suggestion.
func (c *Corpus) Suggest(q string) string { return "" }

// Summary sums the corpus up for the header.
func (c *Corpus) Summary() string {
	return fmt.Sprintf("%s, %s to %s", text.Plural(c.stats.Articles, "article"), c.stats.First, c.stats.Last)
}

// CardActors is the number of actors named on a result card.
const CardActors = 6

// View is what the explorer page shows for a state over a pack: the view
// explore.View works out, and a card per hit shown.
type View struct {
	explore.ExplorerView
	Cards []Card
}

// Explore works out the explorer's view of st with the first shown hits,
// fetching what it needs.
func (c *Corpus) Explore(st search.State, shown int) (View, error) {
	ev, err := explore.View(c, st, shown)
	if err != nil {
		return View{}, err
	}
	cards, err := c.Cards(ev.Result, st)
	if err != nil {
		return View{}, err
	}
	return View{ExplorerView: ev, Cards: cards}, nil
}

// Card is a hit as its card shows it.
type Card struct {
	// Doc is the article's number in the pack (what the reader's link
	// carries); ID is its id.
	Doc       int
	ID, Title string
	Date      corpus.Date
	// Snippets are the hit's; Lead is the start of the lead paragraph,
	// for a hit without snippets.
	Snippets []search.Snippet
	Lead     string
	// Actors are its main actors (see explore.CardActors), More the
	// number left out.
	Actors []CardActor
	More   int
}

// CardActor is an actor named on a card or in the reader.
type CardActor struct {
	actors.Actor
	Mentions int
	Selected bool // a filter of the state
}

// Cards returns the cards of a result's hits, fetching their article
// records.
func (c *Corpus) Cards(res search.Result, st search.State) ([]Card, error) {
	if len(res.Hits) == 0 {
		return nil, nil
	}
	if cards, ok := c.hotCards(res, st); ok {
		return cards, nil
	}
	docs := make([]int, len(res.Hits))
	for i, h := range res.Hits {
		docs[i] = h.Index
	}
	arts, recs, err := c.r.Articles(docs)
	if err != nil {
		return nil, err
	}
	weight := explore.Weights(res.Facets.Actors)
	cards := make([]Card, len(res.Hits))
	for i, h := range res.Hits {
		a := arts[i]
		card := Card{Doc: h.Index, ID: a.ID, Title: a.Title, Date: a.Date, Snippets: h.Snippets}
		if len(h.Snippets) == 0 {
			card.Lead = text.Clip(lead(a), 240)
		}
		shown, more := explore.CardActors(countMentions(recs[i].Mentions), st, weight, CardActors)
		card.Actors, card.More = c.cardActors(shown, st), more
		cards[i] = card
	}
	return cards, nil
}

// hotCards returns the cards of res's hits from st's hot answer (see
// packs.HotCard), when res is its first page: no article record is
// fetched.
func (c *Corpus) hotCards(res search.Result, st search.State) ([]Card, bool) {
	docs := make([]int, len(res.Hits))
	for i, h := range res.Hits {
		docs[i] = h.Index
	}
	hcs, ok := c.r.HotCards(st, docs)
	if !ok {
		return nil, false
	}
	cards := make([]Card, len(res.Hits))
	ids := c.r.Catalogue().Actors
	for i, h := range res.Hits {
		hc := hcs[i]
		counts := make([]analysis.ActorCount, len(hc.Actors))
		for k, a := range hc.Actors {
			counts[k] = analysis.ActorCount{ID: ids[a.Actor].ID, Mentions: a.Mentions}
		}
		cards[i] = Card{Doc: h.Index, ID: h.ID, Title: hc.Title, Date: hc.Date, Snippets: h.Snippets, Lead: hc.Lead,
			Actors: c.cardActors(counts, st), More: hc.More}
	}
	return cards, true
}

// HotCards returns what packs.HotCard keeps of cards: the builder's side
// of hotCards, the actors numbered in the catalogue.
func (c *Corpus) HotCards(cards []Card) ([]packs.HotCard, error) {
	ids := c.r.Catalogue().Actors
	out := make([]packs.HotCard, len(cards))
	for i, card := range cards {
		hc := packs.HotCard{Title: card.Title, Lead: card.Lead, Date: card.Date, More: card.More}
		for _, a := range card.Actors {
			k, ok := slices.BinarySearchFunc(ids, a.ID, func(x packs.Actor, id string) int { return strings.Compare(x.ID, id) })
			if !ok {
				return nil, fmt.Errorf("card of %s: actor %q is not in the catalogue", card.ID, a.ID)
			}
			hc.Actors = append(hc.Actors, packs.HotActor{Actor: k, Mentions: a.Mentions})
		}
		out[i] = hc
	}
	return out, nil
}

func (c *Corpus) cardActors(counts []analysis.ActorCount, st search.State) []CardActor {
	out := make([]CardActor, 0, len(counts))
	for _, n := range counts {
		a, ok := c.actors[n.ID]
		if !ok {
			a = actors.Actor{ID: n.ID, Name: n.ID, Type: actors.Other}
		}
		out = append(out, CardActor{Actor: a, Mentions: n.Mentions, Selected: st.HasActor(n.ID)})
	}
	return out
}

// countMentions counts the mentions of each actor, most mentioned first,
// then by id (as analysis.Article.Actors does).
func countMentions(ms []search.Mention) []analysis.ActorCount {
	var out []analysis.ActorCount
	for _, m := range ms {
		if i := slices.IndexFunc(out, func(c analysis.ActorCount) bool { return c.ID == m.ActorID }); i >= 0 {
			out[i].Mentions++
		} else {
			out = append(out, analysis.ActorCount{ID: m.ActorID, Mentions: 1})
		}
	}
	slices.SortFunc(out, func(a, b analysis.ActorCount) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), strings.Compare(a.ID, b.ID))
	})
	return out
}

// lead returns the text of an article's lead paragraph.
func lead(a *corpus.Article) string {
	if i := a.Lead(); i >= 0 {
		return a.Paragraphs[i].Of(a.Text)
	}
	return ""
}

// Article is what the reader shows of an article of a pack.
type Article struct {
	Doc             int
	ID, Title, File string
	Date            corpus.Date
	Paragraphs      []Paragraph
	// Actors are the actors it mentions, most mentioned first.
	Actors []CardActor
	// Events are its event mentions in text order.
	Events []Event
}

// Paragraph is a paragraph of an article: its kind and the text of each
// of its sentences (numbered from First in the article, as links to a
// sentence and event mentions number them).
type Paragraph struct {
	Kind      corpus.ParaKind
	First     int
	Sentences []string
}

// Event is an event mention as the reader lists it: its sentence (the
// paragraph's text holds it), its type and the word that tells of it.
type Event struct {
	Sentence      int
	Type, Trigger string
	// What names the happening in a few words ("phone call",
	// "meeting"), as the reader over the corpus in memory does.
	What string
}

// Article returns the article with number doc, fetching its record.
func (c *Corpus) Article(doc int) (Article, error) {
	arts, recs, err := c.r.Articles([]int{doc})
	if err != nil {
		return Article{}, err
	}
	a, rec := arts[0], recs[0]
	out := Article{Doc: doc, ID: a.ID, Title: a.Title, File: a.File, Date: a.Date}
	for _, p := range a.Paragraphs {
		para := Paragraph{Kind: p.Kind, First: p.Sentences.Start}
		for _, s := range a.Sentences[p.Sentences.Start:p.Sentences.End] {
			para.Sentences = append(para.Sentences, s.Of(a.Text))
		}
		out.Paragraphs = append(out.Paragraphs, para)
	}
	out.Actors = c.cardActors(countMentions(rec.Mentions), search.State{})
	for _, e := range rec.Events {
		tr := ""
		if e.Trigger.Start >= 0 && e.Trigger.End <= len(a.Text) && e.Trigger.Start <= e.Trigger.End {
			tr = e.Trigger.Of(a.Text)
		}
		ty, sub, _ := strings.Cut(e.Type, "/")
		out.Events = append(out.Events, Event{Sentence: e.Sentence, Type: e.Type, Trigger: tr, What: explore.What(events.Type{Type: ty, Subtype: sub}, tr)})
	}
	return out, nil
}

// Documents returns the number of articles of the pack.
func (c *Corpus) Documents() int { return c.stats.Articles }
