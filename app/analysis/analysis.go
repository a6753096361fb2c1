// Package analysis runs the extractors over a corpus: for each article the
// actors it mentions (app/actors), the date expressions it holds
// (app/dates), and the events that follow from them. It is the one place
// where article files become what the explorer shows, at build time and
// in the browser alike.
package analysis

import (
	"io/fs"
	"iter"
	"slices"
	"sort"
	"strings"
	"sync"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/dates"
	"corpusexplorer/app/text"
)

// EventKind tells where an event comes from.
type EventKind uint8

// Event kinds.
const (
	// Mentioned is a sentence that holds a resolved date expression.
	Mentioned EventKind = iota
	// Published is the article's own publication date.
	Published
)

// String returns "mentioned" or "published".
func (k EventKind) String() string {
	if k == Published {
		return "published"
	}
	return "mentioned"
}

// Event is a dated happening: a sentence with a date, or a publication.
type Event struct {
	Kind  EventKind
	Value dates.Value
	// Expr is the date expression in the article text (zero for Published).
	Expr text.Span
	// Sentence is the index of the sentence in the article's Sentences, or
	// -1 for Published.
	Sentence int
	// actors are the ids of the actors mentioned in the sentence (for
	// Published: in the lead), sorted, without repeats: the list interned
	// as one string (see actorList), 0 when the event was given none, so
	// that an event holds no pointer and events with the same actors
	// share their list. The trade-off: text's vocabulary keeps every list
	// any corpus of the process had (one string each, never freed), as it
	// keeps every word; a corpus of 100,000 articles adds at most one a
	// distinct list, fewer than the words of its text.
	actors text.FoldID
}

// actorList encodes a list of actor ids as one string to intern: a mark,
// then each id after a NUL (ids never hold one), so that an empty list
// ("\x01") and a list of one empty id ("\x01\x00") stay apart.
func actorList(ids []string) string {
	var b strings.Builder
	n := 1
	for _, id := range ids {
		n += 1 + len(id)
	}
	b.Grow(n)
	b.WriteByte(1)
	for _, id := range ids {
		b.WriteByte(0)
		b.WriteString(id)
	}
	return b.String()
}

// actorIDs yields the ids of a list actorList encoded.
func actorIDs(list string) iter.Seq[string] {
	return func(yield func(string) bool) {
		if len(list) < 2 {
			return
		}
		for id := range strings.SplitSeq(list[2:], "\x00") {
			if !yield(id) {
				return
			}
		}
	}
}

// Actors returns the ids of the actors mentioned in the event's sentence
// (for Published: in the lead), sorted, without repeats: a new list, nil
// when the event was given none.
func (e Event) Actors() []string {
	if e.actors == 0 {
		return nil
	}
	list := e.actors.String()
	out := make([]string, 0, strings.Count(list, "\x00"))
	for id := range actorIDs(list) {
		out = append(out, id)
	}
	return out
}

// HasActor reports whether id is among the event's actors.
func (e Event) HasActor(id string) bool {
	for a := range actorIDs(e.actors.String()) {
		if a == id {
			return true
		}
	}
	return false
}

// SetActors gives the event the actors ids (see Actors).
func (e *Event) SetActors(ids []string) {
	e.actors = 0
	if ids != nil {
		e.actors = text.Intern(actorList(ids))
	}
}

// Article is an article with what the extractors found in it.
type Article struct {
	*corpus.Article
	// Mentions are the actor mentions, in text order.
	Mentions []actors.Mention
	// Others are the mentions of names that are no actors (type
	// actors.Other: events, works, products, laws, languages, words of
	// nationality), in text order; Corpus.Other gives their names. They are
	// not among the article's actors.
	Others []actors.Mention
	// Dates are the resolved date expressions, in text order.
	Dates []dates.Expr
	// Events are the article's events: its publication first, then one per
	// date expression in text order.
	Events []Event
	// References are the pronouns, groups and descriptions that stand for
	// actors ("hij", "de twee", "het land", "de premier"), in text order.
	References []Reference
	// events are the happenings the article tells of (see EventMentions).
	events eventMentions

	counts []actorCount // Mentions counted per actor, see Actors
}

// actorCount is an actor of an article, as the mention that names it
// first (an index into Mentions), and its number of mentions: an
// ActorCount without a string, so that the counts of 100,000 articles
// hold no pointer for the garbage collector to follow.
type actorCount struct{ first, n int32 }

// ActorCount is an actor of an article with its number of mentions.
type ActorCount struct {
	ID       string
	Mentions int
}

// Actors returns the article's actors with their mention counts, most
// mentioned first, then by id. The counts are worked out once, when the
// article is analysed; each call returns a new slice.
func (a *Article) Actors() []ActorCount {
	if a.counts == nil {
		if len(a.Mentions) > 0 {
			return countActors(a.Mentions) // an Article built by hand
		}
		return nil
	}
	return actorCounts(a.Mentions, a.counts)
}

// actorCounts returns counts as ActorCounts.
func actorCounts(mentions []actors.Mention, counts []actorCount) []ActorCount {
	out := make([]ActorCount, len(counts))
	for i, c := range counts {
		out[i] = ActorCount{ID: mentions[c.first].ActorID(), Mentions: int(c.n)}
	}
	return out
}

// OtherCounts returns the article's other names (see Others) with their
// mention counts, most mentioned first, then by id.
func (a *Article) OtherCounts() []ActorCount { return countActors(a.Others) }

// WithMentions returns a copy of a with other mentions and events, its
// actor counts worked out anew. The copy shares the parsed article and the
// dates; a is not changed.
func (a *Article) WithMentions(mentions []actors.Mention, events []Event) *Article {
	out := *a
	out.Mentions, out.Events = mentions, events
	out.counts = countRefs(mentions)
	return &out
}

func countActors(mentions []actors.Mention) []ActorCount {
	return actorCounts(mentions, countRefs(mentions))
}

// countRefs counts the mentions of each actor, most mentioned first, then
// by id.
func countRefs(mentions []actors.Mention) []actorCount {
	// An article names few actors: they are found by a linear search, a
	// map serves only an article of many (hashing strings is slow in
	// WebAssembly).
	out := make([]actorCount, 0, min(len(mentions), 16))
	var idx map[string]int
	for j, m := range mentions {
		i := -1
		if idx != nil {
			if k, ok := idx[m.ActorID()]; ok {
				i = k
			}
		} else {
			for k := range out {
				if mentions[out[k].first].ActorID() == m.ActorID() {
					i = k
					break
				}
			}
		}
		if i < 0 {
			i = len(out)
			out = append(out, actorCount{first: int32(j)})
			if idx != nil {
				idx[m.ActorID()] = i
			} else if len(out) > 32 {
				idx = make(map[string]int, 2*len(out))
				for k, c := range out {
					idx[mentions[c.first].ActorID()] = k
				}
			}
		}
		out[i].n++
	}
	slices.SortFunc(out, func(a, b actorCount) int {
		if a.n != b.n {
			return int(b.n - a.n)
		}
		return strings.Compare(mentions[a.first].ActorID(), mentions[b.first].ActorID())
	})
	return out
}

// Corpus is an analysed corpus: the articles in the corpus's order, and
// every actor they mention, curated or discovered. It is immutable.
type Corpus struct {
	Corpus   *corpus.Corpus
	Articles []*Article
	actors   map[string]actors.Actor
	others   map[string]actors.Actor // names of type actors.Other

	happenOnce sync.Once
	happenings *Happenings
}

// Happenings returns the happenings of the corpus (MergeEvents of its
// articles), merged on the first call and kept. Articles must not change
// after that call.
func (ac *Corpus) Happenings() *Happenings {
	ac.happenOnce.Do(func() { ac.happenings = MergeEvents(ac.Articles) })
	return ac.happenings
}

// Merger returns a Merger of the corpus's event mentions whose outcome,
// once done, is what Happenings returns: a build can merge a step at a
// time, then publish the corpus.
func (ac *Corpus) Merger() *Merger {
	m := NewMerger(ac.Articles)
	m.done = func(h *Happenings) { ac.happenOnce.Do(func() { ac.happenings = h }) }
	return m
}

// Analyse analyses every article of c with the extractor.
func Analyse(c *corpus.Corpus, ex *actors.Extractor) *Corpus {
	an := NewAnalyser(c, ex)
	an.Step(c.Len())
	return an.Corpus()
}

// Analyser analyses a corpus a few articles at a time, so that a browser
// can repaint between steps. The result is the same as Analyse's.
type Analyser struct {
	c     *corpus.Corpus
	ex    *actors.Extractor
	ac    *Corpus
	votes map[string]map[actors.Type]int
	known func(*corpus.Article) (Analysed, bool) // see ReuseFunc; nil for none
	found [][]actors.Actor                       // by article done: the actors discovered in it
}

// Analysed is an article's analysis and the actors discovered in it: what
// an Analyser needs to take the article in again without analysing it
// (see Reuse).
type Analysed struct {
	Article *Article
	Found   []actors.Actor
}

// NewAnalyser prepares the analysis of c with the extractor.
func NewAnalyser(c *corpus.Corpus, ex *actors.Extractor) *Analyser {
	return &Analyser{
		c: c, ex: ex,
		ac: &Corpus{Corpus: c, Articles: make([]*Article, 0, c.Len()), actors: map[string]actors.Actor{},
			others: map[string]actors.Actor{}},
		votes: map[string]map[actors.Type]int{},
		found: make([][]actors.Actor, 0, c.Len()),
	}
}

// Reuse makes the analyser take the analyses in known, by parsed article,
// as they are rather than analyse those articles again. They must come
// from an extractor of the same gazetteer (an article's analysis depends
// on nothing else: see actors.Extractor), for instance from Analysed of
// an earlier analysis. Call it before Step.
func (an *Analyser) Reuse(known map[*corpus.Article]Analysed) {
	an.known = func(a *corpus.Article) (Analysed, bool) {
		x, ok := known[a]
		return x, ok
	}
}

// ReuseFunc is Reuse with the analyses looked up by known, which reports
// false for an article it does not know: for a caller that keeps them in
// a form of its own.
func (an *Analyser) ReuseFunc(known func(*corpus.Article) (Analysed, bool)) { an.known = known }

// reusedCost is what taking in a known article costs in Step's count,
// where analysing one costs reusedCost too: a known article is nearly
// free.
const reusedCost = 64

// Step analyses the next n articles (at least one; known articles count
// for little, see Reuse) and reports whether every article is done.
func (an *Analyser) Step(n int) bool {
	budget := max(n, 1) * reusedCost
	for budget > 0 && len(an.ac.Articles) < an.c.Len() {
		a := an.c.At(len(an.ac.Articles))
		var x Analysed
		ok := false
		if an.known != nil {
			x, ok = an.known(a)
		}
		if ok {
			budget--
		} else {
			x.Article, x.Found = AnalyseArticle(a, an.ex)
			budget -= reusedCost
		}
		an.ac.Articles = append(an.ac.Articles, x.Article)
		an.found = append(an.found, x.Found)
		an.ac.addActors(an.ex, x.Article, x.Found)
		for _, d := range x.Found {
			if d.Type == actors.Other {
				continue
			}
			if an.votes[d.ID] == nil {
				an.votes[d.ID] = map[actors.Type]int{}
			}
			an.votes[d.ID][d.Type]++
		}
	}
	return len(an.ac.Articles) == an.c.Len()
}

// At returns the analysis of the article at position i of the corpus,
// once Step has done it (i below the first number of Progress).
func (an *Analyser) At(i int) Analysed { return Analysed{an.ac.Articles[i], an.found[i]} }

// Progress returns how many articles are analysed, of how many.
func (an *Analyser) Progress() (done, total int) { return len(an.ac.Articles), an.c.Len() }

// Corpus finishes the analysis (analysing what Step has not) and returns
// the analysed corpus.
func (an *Analyser) Corpus() *Corpus {
	for !an.Step(an.c.Len()) {
	}
	an.ac.settleTypes(an.votes)
	return an.ac
}

// settleTypes gives each discovered actor the type that most articles
// found for it (ties go to the earlier type of actors.Types), so that one
// article's weak cue does not decide for the whole corpus.
func (ac *Corpus) settleTypes(votes map[string]map[actors.Type]int) {
	for id, v := range votes {
		a, ok := ac.actors[id]
		if !ok || !a.Discovered || len(v) < 2 {
			continue
		}
		best := a.Type
		for _, t := range actors.Types {
			if v[t] > v[best] {
				best = t
			}
		}
		a.Type = best
		ac.actors[id] = a
	}
}

// addActors records the actors that art mentions; found are the actors the
// extractor discovered in it. A discovered actor keeps the first record
// seen for its id.
func (ac *Corpus) addActors(ex *actors.Extractor, art *Article, found []actors.Actor) {
	for _, d := range found {
		m := ac.actors
		if d.Type == actors.Other {
			m = ac.others
		}
		if _, ok := m[d.ID]; !ok {
			m[d.ID] = d
		}
	}
	for _, o := range art.Others {
		if _, ok := ac.others[o.ActorID()]; ok {
			continue
		}
		if a, ok := ex.Actor(o.ActorID()); ok {
			ac.others[o.ActorID()] = a
		}
	}
	for _, m := range art.Mentions {
		if _, ok := ac.actors[m.ActorID()]; ok {
			continue
		}
		if a, ok := ex.Actor(m.ActorID()); ok {
			ac.actors[m.ActorID()] = a
		}
	}
}

// Other returns the name of type actors.Other with the given id (an
// event, a work, a law, a word of nationality …), if an article mentions
// it. Such names are not actors: Actor and ActorIDs do not know them.
func (ac *Corpus) Other(id string) (actors.Actor, bool) {
	a, ok := ac.others[id]
	return a, ok
}

// OtherIDs returns the ids of every name of type actors.Other that an
// article mentions, sorted.
func (ac *Corpus) OtherIDs() []string {
	ids := make([]string, 0, len(ac.others))
	for id := range ac.others {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// Actor returns the actor with the given id, if an article mentions it.
func (ac *Corpus) Actor(id string) (actors.Actor, bool) {
	a, ok := ac.actors[id]
	return a, ok
}

// ActorIDs returns the ids of every mentioned actor, sorted.
func (ac *Corpus) ActorIDs() []string {
	ids := make([]string, 0, len(ac.actors))
	for id := range ac.actors {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// Ref returns the reference date for resolving an article's expressions.
func Ref(d corpus.Date) dates.Ref { return dates.Ref{Year: d.Year, Month: d.Month, Day: d.Day} }

// AnalyseArticle runs the extractors over one article. It returns the
// analysed article and the actors discovered in it.
func AnalyseArticle(a *corpus.Article, ex *actors.Extractor) (*Article, []actors.Actor) {
	sents := make([]text.Span, len(a.Sentences))
	for i, s := range a.Sentences {
		sents[i] = s.Span
	}
	all, found := ex.ExtractAll(actors.Doc{Text: a.Text, Tokens: a.Tokens, Sentences: sents, Date: a.Date.String()})
	mentions, others := splitOthers(ex, all, found)
	byCountry(a.Text, mentions, ex)
	art := &Article{
		Article:  a,
		Mentions: mentions,
		Others:   others,
		Dates:    dates.ResolveTokens(a.Text, a.Tokens, sents, Ref(a.Date)),
		counts:   countRefs(mentions),
	}
	art.findEvents(ex, found)
	art.Events = make([]Event, 0, len(art.Dates)+1)
	// Events with the same actors share the list (several dates in a
	// sentence, a lead of one sentence): fewer pointers for the collector.
	var lists [][]string
	actorsIn := func(sp text.Span) []string {
		ids := art.actorsIn(sp)
		for _, l := range lists {
			if slices.Equal(l, ids) {
				return l
			}
		}
		lists = append(lists, ids)
		return ids
	}
	pub := Event{Kind: Published, Value: publication(a.Date), Sentence: -1}
	if lead := a.Lead(); lead >= 0 {
		pub.SetActors(actorsIn(a.Paragraphs[lead].Span))
	}
	art.Events = append(art.Events, pub)
	for _, d := range art.Dates {
		i := sort.Search(len(sents), func(i int) bool { return sents[i].End > d.Span.Start })
		if i == len(sents) {
			continue
		}
		e := Event{Kind: Mentioned, Value: d.Value, Expr: d.Span, Sentence: i}
		e.SetActors(actorsIn(sents[i]))
		art.Events = append(art.Events, e)
	}
	return art, found
}

// byCountry gives a name several gazetteer actors share ("Kamer", "PvdA")
// to the one of the country the article is about: the country most of its
// other actors belong to, when at least two do and twice as many as to
// any other. A name that only one actor has is left as it is.
func byCountry(src string, mentions []actors.Mention, ex *actors.Extractor) {
	var shared []int
	votes := map[string]int{}
	for i, m := range mentions {
		if ex.SharesName(m.ActorID()) && len(ex.Sharing(m.Span.Of(src))) > 1 {
			shared = append(shared, i)
			continue
		}
		if c := ex.CountryOf(m.ActorID()); c != "" {
			votes[c]++
		}
	}
	if len(shared) == 0 {
		return
	}
	best, n, second := "", 0, 0
	for c, v := range votes {
		switch {
		case v > n || v == n && c < best:
			best, n, second = c, v, max(n, second)
		case v > second:
			second = v
		}
	}
	if n < 2 || n < 2*second {
		return
	}
	for _, i := range shared {
		m := &mentions[i]
		if ex.CountryOf(m.ActorID()) == best {
			continue
		}
		for _, id := range ex.Sharing(m.Span.Of(src)) {
			if ex.CountryOf(id) == best {
				m.SetActorID(id)
				break
			}
		}
	}
}

// splitOthers splits the mentions ExtractAll returned into those of actors
// and those of names of type actors.Other. found are the names discovered
// in the article.
func splitOthers(ex *actors.Extractor, all []actors.Mention, found []actors.Actor) (mentions, others []actors.Mention) {
	// other reports whether id is a name found in the article of type
	// actors.Other: found is short, a search beats hashing.
	other := func(id string) bool {
		for i := range found {
			if found[i].Type == actors.Other && found[i].ID == id {
				return true
			}
		}
		return false
	}
	mentions = all[:0:0] // nil when all is
	if len(all) > 0 {
		mentions = make([]actors.Mention, 0, len(all))
	}
	for _, m := range all {
		if !other(m.ActorID()) {
			if t, ok := ex.TypeOf(m.ActorID()); !ok || t != actors.Other {
				mentions = append(mentions, m)
				continue
			}
		}
		others = append(others, m)
	}
	return mentions, others
}

// findEvents resolves the article's references and finds its event
// mentions (References, EventMentions), with the actors of the extractor
// and those discovered in the article.
func (a *Article) findEvents(ex *actors.Extractor, found []actors.Actor) {
	actor := func(id string) (*actors.Actor, bool) {
		for i := range found {
			if found[i].ID == id {
				return &found[i], true
			}
		}
		return ex.Lookup(id)
	}
	rr := refResolver{a: a, actor: actor, date: a.Date.String(), past: make([][]entity, 0, len(a.Sentences))}
	for i := range a.Sentences {
		rr.sentence(i)
	}
	a.References = rr.refs
	ef := eventFinder{a: a, lex: defaultLexicon(), actor: actor, nationality: ex.Nationality, pub: publication(a.Date)}
	ef.findEvents()
}

// actorsIn returns the ids of the actors mentioned inside span.
func (a *Article) actorsIn(span text.Span) []string {
	var ids []string
	for _, m := range a.Mentions {
		if span.Contains(m.Span) && !slices.Contains(ids, m.ActorID()) {
			ids = append(ids, m.ActorID())
		}
	}
	sort.Strings(ids)
	return ids
}

// publication returns an article date as an exact date value.
func publication(d corpus.Date) dates.Value {
	if d.Day > 0 {
		return dates.DayValue(d.Year, d.Month, d.Day)
	}
	return dates.MonthValue(d.Year, d.Month)
}

// Load parses the gazetteer and every article file of fsys that matches
// pattern, and analyses them. Any bad file is an error (every one is
// listed, each naming its file and line), as a build must fail on it.
func Load(fsys fs.FS, pattern, gazetteerName string, gazetteer []byte) (*Corpus, error) {
	g, err := actors.ParseGazetteer(gazetteerName, gazetteer)
	if err != nil {
		return nil, err
	}
	c, err := corpus.Load(fsys, pattern)
	if err != nil {
		return nil, err
	}
	return Analyse(c, g.NewExtractor()), nil
}
