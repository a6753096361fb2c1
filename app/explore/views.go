package explore

import (
	"cmp"
	"slices"
	"strings"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/dates"
	"corpusexplorer/app/events"
	"corpusexplorer/app/search"
)

// ExplorerView is what the explorer page shows for one state: the
// matching articles and everything that derives from them.
type ExplorerView struct {
	// Result holds the first hits and the facets of the whole result.
	Result search.Result
	// Notes are the query parser's notices.
	Notes []search.Notice
	// Chips are the active filters.
	Chips []Chip
	// Bins is the month histogram of the matching articles.
	Bins []Bin
	// Stats describes the whole corpus (articles, first and last date).
	Stats corpus.Stats
	// Months are the corpus's months, latest first: what the from and to
	// boxes offer.
	Months []corpus.Date
	// Relax says, for an empty result, what removing each filter would
	// give (see Explain).
	Relax []Relaxation
	// Suggest is the query with its typos corrected, or "".
	Suggest string
}

// Explorer works out the explorer's view of st over the analysed corpus
// ac and its index: the first shown hits, the facets, the histogram, the
// active filters and, for an empty result, what emptied it.
func Explorer(ac *analysis.Corpus, ix *search.Index, st search.State, shown int) ExplorerView {
	v, _ := View(Memory{ac, ix}, st, shown) // an index in memory never fails
	return v
}

// View works out the explorer's view of st over src, as Explorer does
// over a corpus in memory: the first shown hits, the facets, the
// histogram, the active filters and, for an empty result, what emptied
// it. It fails when src cannot answer (a pack file that cannot be
// fetched).
func View(src Source, st search.State, shown int) (ExplorerView, error) {
	var v ExplorerView
	var err error
	if v.Result, v.Notes, err = src.Search(st, shown, 0); err != nil {
		return ExplorerView{}, err
	}
	v.Chips = Chips(st, src)
	v.Stats = src.Stats()
	v.Bins = Histogram(v.Result.Facets.Months, v.Stats.First, v.Stats.Last, st)
	v.Months = Months(v.Stats.First, v.Stats.Last)
	if v.Result.Total == 0 {
		c, ok := src.(Counter)
		if !ok {
			c = &counter{src: src}
		}
		v.Relax = Explain(st, src, c)
		if c, ok := c.(*counter); ok && c.err != nil {
			return ExplorerView{}, c.err
		}
	}
	v.Suggest = src.Suggest(st.Q)
	return v, nil
}

// Source is a corpus the explorer page searches: the one in memory
// (Memory) or a pack fetched as needed (app/packcorpus).
type Source interface {
	Catalog
	// Search answers st as search.Index.Search does: the total, limit
	// hits after offset, the facets of the whole result and the notices.
	Search(st search.State, limit, offset int) (search.Result, []search.Notice, error)
	// Stats describes the whole corpus: its articles and months.
	Stats() corpus.Stats
	// Suggest returns the query with its typos corrected, or "".
	Suggest(q string) string
}

// counter counts with a Source's searches, keeping the first error.
type counter struct {
	src Source
	err error
}

func (c *counter) Count(st search.State) int {
	res, _, err := c.src.Search(st, 0, 0)
	if err != nil && c.err == nil {
		c.err = err
	}
	return res.Total
}

// Memory is an analysed corpus and its index as a Source.
type Memory struct {
	AC    *analysis.Corpus
	Index *search.Index
}

// Actor implements Catalog.
func (m Memory) Actor(id string) (actors.Actor, bool) { return m.AC.Actor(id) }

// Search implements Source; it never fails.
func (m Memory) Search(st search.State, limit, offset int) (search.Result, []search.Notice, error) {
	res, notes := m.Index.Search(st, limit, offset)
	return res, notes, nil
}

// Count implements Counter.
func (m Memory) Count(st search.State) int { return m.Index.Count(st) }

// Stats implements Source.
func (m Memory) Stats() corpus.Stats { return m.AC.Corpus.Stats() }

// Suggest implements Source.
func (m Memory) Suggest(q string) string { return m.Index.Suggest(q) }

// maxMonths bounds the months Months lists (50 years).
const maxMonths = 600

// Months returns the months from last back to first, latest first, at
// most maxMonths of them; none when either date is zero.
func Months(first, last corpus.Date) []corpus.Date {
	if first.IsZero() || last.IsZero() {
		return nil
	}
	var out []corpus.Date
	stop := first.MonthDate()
	for m := last.MonthDate(); m.Compare(stop) >= 0 && len(out) < maxMonths; m = prevMonth(m) {
		out = append(out, m)
	}
	return out
}

func prevMonth(d corpus.Date) corpus.Date {
	if d.Month == 1 {
		return corpus.Date{Year: d.Year - 1, Month: 12}
	}
	return corpus.Date{Year: d.Year, Month: d.Month - 1}
}

// ActorProfile is what an actor's page shows.
type ActorProfile struct {
	Actor actors.Actor
	Stat  analysis.ActorStat
	// Affiliation is the actor it belongs to, when the corpus has it
	// (AffiliationKnown); else Actor.Affiliation is only a name.
	Affiliation      actors.Actor
	AffiliationKnown bool
	// Articles are the articles that mention the actor, in corpus order,
	// each with its number of mentions.
	Articles []ArticleMentions
	// Entries are what it takes part in, in calendar order (see
	// ActorEntries).
	Entries []TimelineEntry
	// Counterparts are the actors it takes part in happenings with, most
	// shared happenings first, then by name; happenings with no other
	// participant are counted under a Counterpart with no actor id.
	Counterparts []Counterpart
	// Types are the event types of its happenings, in inventory order:
	// the columns of the counterpart table.
	Types []string
	// With are the actors that share articles with it, strongest first
	// (see analysis.ActorStat.With), each with its actor.
	With []Companion
}

// ArticleMentions is an article and how often it mentions an actor.
type ArticleMentions struct {
	Article  *analysis.Article
	Mentions int
}

// Companion is an actor that appears with another, and how often.
type Companion struct {
	Actor actors.Actor
	analysis.CoCount
}

// Profile returns the profile of actor id in ac, and false when ac has no
// such actor.
func Profile(ac *analysis.Corpus, id string) (ActorProfile, bool) {
	a, ok := ac.Actor(id)
	if !ok || id == "" {
		return ActorProfile{}, false
	}
	p := ActorProfile{Actor: a}
	p.Stat, _ = ac.ActorStat(id)
	if a.Affiliation != "" {
		p.Affiliation, p.AffiliationKnown = ac.Actor(a.Affiliation)
	}
	for _, art := range ac.Articles {
		n := 0
		for _, m := range art.Mentions {
			if m.ActorID() == id {
				n++
			}
		}
		if n > 0 {
			p.Articles = append(p.Articles, ArticleMentions{art, n})
		}
	}
	p.Entries = ActorEntries(ac, id)
	p.Counterparts, p.Types = counterparts(ac, id)
	for _, w := range p.Stat.With {
		o, ok := ac.Actor(w.ID)
		if !ok {
			o = actors.Actor{ID: w.ID, Name: w.ID}
		}
		p.With = append(p.With, Companion{o, w})
	}
	return p, true
}

// Counterpart is an actor that takes part in happenings with the one
// profiled: who it did what with or to, and who did what to it.
type Counterpart struct {
	// Actor is the counterpart; its ID is "" for the happenings with no
	// other participant.
	Actor actors.Actor
	// ByType counts the shared happenings by event type; Total all.
	ByType map[string]int
	Total  int
	// AsAgent counts those where the profiled actor is an agent (it did
	// it), AsPatient those where it is a patient (it was done to it).
	AsAgent, AsPatient int
	// First and Last are the dates of the first and last of them.
	First, Last dates.Value
}

// counterparts returns the counterparts of actor id in the happenings of
// ac, and the event types that occur.
func counterparts(ac *analysis.Corpus, id string) ([]Counterpart, []string) {
	byID := map[string]*Counterpart{}
	types := map[string]bool{}
	for i := range ac.Happenings().List {
		h := &ac.Happenings().List[i]
		agent, patient := slices.Contains(h.Agent(), id), slices.Contains(h.Patient(), id)
		if !agent && !patient {
			continue
		}
		others := slices.DeleteFunc(slices.Concat(h.Agent(), h.Patient()), func(o string) bool { return o == id })
		slices.Sort(others)
		others = slices.Compact(others)
		if len(others) == 0 {
			others = []string{""}
		}
		types[h.Type().Type] = true
		for _, o := range others {
			c := byID[o]
			if c == nil {
				c = &Counterpart{ByType: map[string]int{}, First: h.Date, Last: h.Date}
				if o != "" {
					c.Actor, _ = ac.Actor(o)
					c.Actor.ID = o
				}
				byID[o] = c
			}
			c.ByType[h.Type().Type]++
			c.Total++
			if agent {
				c.AsAgent++
			}
			if patient {
				c.AsPatient++
			}
			if h.Date.Compare(c.First) < 0 {
				c.First = h.Date
			}
			if h.Date.Compare(c.Last) > 0 {
				c.Last = h.Date
			}
		}
	}
	out := make([]Counterpart, 0, len(byID))
	for _, c := range byID {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b Counterpart) int {
		if (a.Actor.ID == "") != (b.Actor.ID == "") {
			if a.Actor.ID == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(b.Total-a.Total, strings.Compare(a.Actor.Name, b.Actor.Name))
	})
	var cols []string
	for _, t := range events.Types() {
		if types[t.Type] && !slices.Contains(cols, t.Type) {
			cols = append(cols, t.Type)
		}
	}
	return out, cols
}
