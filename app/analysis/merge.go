package analysis

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"corpusexplorer/app/dates"
	"corpusexplorer/app/events"
	"corpusexplorer/app/text"
)

// Happening is one happening of the corpus: the event mentions that tell
// of it, in any sentence of any article, merged.
//
// Its lists are kept with those of every other happening of the corpus
// (see happeningLists) and its strings are interned, so that a happening
// holds two pointers rather than nine: with nine, the happenings of a
// 14,000-article import were a third of what the garbage collector
// marked in the browser.
type Happening struct {
	// ID is derived from the content (best date, subtype, participants;
	// for a happening without participants, its first mention), so that it
	// stays the same when unrelated articles come and go.
	ID string
	// Date is the most precise date its mentions give (a date told in a
	// sentence before one continued, before the publication date);
	// Weekday the weekday told with a coarser date, 0 for none.
	Date    dates.Value
	Weekday int
	// When says where Date comes from (see When).
	When When

	typ, subtype, act, modality   text.FoldID
	agent, patient, place, actors idRange
	mentions                      idRange
	lists                         *happeningLists
}

// happeningLists holds the lists of the happenings of a corpus, each a
// range of one of its slices.
type happeningLists struct {
	ids  []string
	refs []MentionRef
}

// Type returns the happening's type and subtype.
func (h Happening) Type() events.Type {
	return events.Type{Type: h.typ.String(), Subtype: h.subtype.String()}
}

// Act returns the speech act of a Contact happening, "" for none.
func (h Happening) Act() string { return h.act.String() }

// Modality returns whether the happening took place as reported.
func (h Happening) Modality() events.Modality { return events.Modality(h.modality.String()) }

// Agent, Patient and Place return the union of its mentions' roles,
// sorted (an actor that is an agent anywhere is not also a patient), and
// Actors all of them, sorted. The lists are shared: read them, or copy
// before changing one.
func (h Happening) Agent() []string { return h.ids(h.agent) }

// Patient: see Agent.
func (h Happening) Patient() []string { return h.ids(h.patient) }

// Place: see Agent.
func (h Happening) Place() []string { return h.ids(h.place) }

// Actors: see Agent.
func (h Happening) Actors() []string { return h.ids(h.actors) }

func (h Happening) ids(r idRange) []string {
	if h.lists == nil {
		return nil
	}
	return h.lists.ids[r.off:r.end:r.end]
}

// Mentions returns its mentions in corpus order (by article, then text),
// shared as Agent's are.
func (h Happening) Mentions() []MentionRef {
	if h.lists == nil {
		return nil
	}
	return h.lists.refs[h.mentions.off:h.mentions.end:h.mentions.end]
}

// Told returns the happening with only its mentions from to to (indices
// into Mentions), for showing part of them.
func (h Happening) Told(from, to int) Happening {
	n := uint32(len(h.Mentions()))
	if from < 0 || to < from || uint32(to) > n {
		panic("analysis: Happening.Told out of range")
	}
	h.mentions = idRange{off: h.mentions.off + uint32(from), end: h.mentions.off + uint32(to)}
	return h
}

// add returns hp (whose ID, Date, Weekday and When it keeps) with the
// given type, act, modality and lists, the lists kept in l (sorted and
// without repeats, as Happening says, is the caller's work).
func (l *happeningLists) add(hp Happening, typ events.Type, act string, mod events.Modality, agent, patient, place, actors []string, refs []MentionRef) Happening {
	ids := func(xs []string) idRange {
		r := idRange{off: uint32(len(l.ids))}
		l.ids = append(l.ids, xs...)
		r.end = uint32(len(l.ids))
		return r
	}
	hp.typ, hp.subtype, hp.act, hp.modality = text.Intern(typ.Type), text.Intern(typ.Subtype), text.Intern(act), text.Intern(string(mod))
	hp.agent, hp.patient, hp.place, hp.actors = ids(agent), ids(patient), ids(place), ids(actors)
	hp.lists = l
	hp.mentions.off = uint32(len(l.refs))
	l.refs = append(l.refs, refs...)
	hp.mentions.end = uint32(len(l.refs))
	return hp
}

// MentionRef points at one event mention of an analysed corpus.
type MentionRef struct {
	Article int // index into the articles given to MergeEvents (Corpus.Articles)
	Mention int // index into that article's EventMentions
}

// Happenings are the happenings of a corpus.
type Happenings struct {
	// List holds every happening in calendar order (by Date, then ID).
	List []Happening
	of   [][]int32 // article → mention → index into List

	byIDOnce sync.Once
	byID     map[string]int
}

// Of returns the happening of the mention of article art (an index into
// the articles merged) with index mention in its EventMentions.
func (h *Happenings) Of(art, mention int) (*Happening, bool) {
	if art < 0 || art >= len(h.of) || mention < 0 || mention >= len(h.of[art]) {
		return nil, false
	}
	return &h.List[h.of[art][mention]], true
}

// ByID returns the happening with the given id.
func (h *Happenings) ByID(id string) (*Happening, bool) {
	h.byIDOnce.Do(func() {
		h.byID = make(map[string]int, len(h.List))
		for i := range h.List {
			h.byID[h.List[i].ID] = i
		}
	})
	i, ok := h.byID[id]
	if !ok {
		return nil, false
	}
	return &h.List[i], true
}

// unit is the mentions of one article that are one happening by the
// article's own links (EventMention.Same).
type unit struct {
	art      int
	mentions []int
	fam      string
	sub      string // the most specific subtype
	act      string
	mod      events.Modality
	parts    []string // participants, sorted
	earlier  bool
	open     bool
	// back is set for a movement back ("terugsturen", "trekt terug"),
	// which is never the movement there ("samengetrokken").
	back bool
	date dates.Value
	wd   int
	when When
	// days are date and wd as days, for the comparisons of a merge.
	days dateWd
}

// rank orders the units to merge: precise dates first (days, weeks,
// months with a weekday, months, years), told dates before reported ones.
func (u *unit) rank() int {
	r := int(u.date.Precision) * 2
	if u.wd != 0 {
		r--
	}
	if u.when == Reported {
		r += 10
	}
	return r
}

// cluster is a happening being merged.
type cluster struct {
	units []int
	fam   string
	sub   string
	act   string
	back  bool
	mod   events.Modality
	parts []string
	dates []dateWd
	// earlier and later are set when a unit marked earlier, and one not
	// so marked, joined it: only then may a unit clash with one of its
	// article (see score).
	earlier, later bool
}

// dateWd is a date as the days it covers (days since 1970-01-01, both
// ends included) with the weekday told with it (0 for none), for cheap
// comparisons.
type dateWd struct {
	first, last int32
	wd          int8
}

func newDateWd(v dates.Value, wd int) dateWd {
	return dateWd{int32(v.First().Unix() / 86400), int32(v.Last().Unix() / 86400), int8(wd)}
}

// fits is dates.Fits on days: they share a day, one with the weekday
// told.
func (a dateWd) fits(b dateWd) bool {
	first, last := max(a.first, b.first), min(a.last, b.last)
	if first > last {
		return false
	}
	if a.wd == 0 && b.wd == 0 {
		return true
	}
	if a.wd != 0 && b.wd != 0 && a.wd != b.wd {
		return false
	}
	wd := int32(max(a.wd, b.wd))
	isoWeekday := (first+3)%7 + 1 // 1970-01-01 was a Thursday
	return first+(wd-isoWeekday+7)%7 <= last
}

// MergeEvents merges the event mentions of the analysed articles into
// the happenings of the corpus. Mentions an article links itself (Same)
// are one happening; beyond that, happenings merge when
//   - their subtypes agree (a meeting, a call or unspecified contact with
//     unspecified contact; a saying with a saying of the same act or none);
//   - their modalities agree (asserted and planned go together;
//     hypothetical and negated each only with their own kind);
//   - their dates fit (dates.Fits: a day inside a month does, two days do
//     not, nor two years, nor an April call and a December one, nor a
//     Thursday and a Tuesday);
//   - the participants of one are all participants of the other, and
//     there is at least one (a happening without participants never
//     merges);
//   - within one article, both or neither are marked earlier
//     (EventMention.Earlier).
//
// The most precisely dated go first, and each joins the happening it
// shares most participants with. The work grows with the number of
// mentions times the happenings of the same month and participant.
func MergeEvents(arts []*Article) *Happenings {
	m := NewMerger(arts)
	for !m.Step(math.MaxInt) {
	}
	return m.h
}

// Merger merges the event mentions of analysed articles into happenings a
// step at a time, so that a browser can repaint in between; the result is
// MergeEvents's.
type Merger struct {
	arts  []*Article
	phase int // what Step does next: see Step
	next  int // where in its phase
	total int // the event mentions of arts

	units []unit
	order []int
	cls   []cluster
	index map[mergeKey][]int32 // the clusters by family, participant and month
	names map[string]int32     // interned families and participants
	seen  []int                // the unit that last looked at each cluster, plus one
	keys  []string             // the id keys of the happenings (see finish)
	ids   map[string][]int     // the happenings by id, before numbering
	h     *Happenings
	// sorter puts them in calendar order (phase mergeSort).
	sorter *calendarSort
	// done, when set, is given the happenings once merged.
	done func(*Happenings)
	// lists keeps the happenings' lists, scratch is where happening
	// works them out.
	lists   *happeningLists
	scratch happeningScratch
}

// mergeKey is a key of Merger.index.
type mergeKey struct {
	fam, id int32 // interned
	month   int32 // year*12 + month - 1
}

// The phases of a merge.
const (
	mergeUnits    = iota // the units of each article
	mergeOrder           // the units ordered by rank
	mergeClusters        // each unit joins a cluster or starts one
	mergeList            // a happening per cluster
	mergeKeys            // the happenings' ids
	mergeSort            // the happenings in calendar order
	mergeDone
)

// NewMerger prepares the merge of the event mentions of arts.
func NewMerger(arts []*Article) *Merger {
	total := 0
	for _, a := range arts {
		total += a.NumEventMentions()
	}
	return &Merger{
		arts:  arts,
		total: total,
		units: make([]unit, 0, total),
		index: map[mergeKey][]int32{},
		names: map[string]int32{},
		h:     &Happenings{of: make([][]int32, len(arts))},
		// every mention is in one happening; the ids list is never nil,
		// so that no list of a happening is
		lists: &happeningLists{ids: make([]string, 0, total), refs: make([]MentionRef, 0, total)},
	}
}

// Step does about n pieces of work (an article, a unit of mentions, a
// happening; ordering is one piece per unit) and reports whether the
// merge is done.
func (m *Merger) Step(n int) bool {
	for n > 0 && m.phase < mergeDone {
		k := m.step(n)
		n -= max(k, 1)
	}
	return m.phase == mergeDone
}

// Progress returns how far the merge is, as work done of about how much.
func (m *Merger) Progress() (done, total int) {
	arts, units := len(m.arts), m.total
	switch m.phase {
	case mergeUnits:
		return m.next, arts + 3*units
	case mergeOrder:
		return arts, arts + 3*units
	case mergeClusters:
		return arts + m.next, arts + 3*units
	case mergeList, mergeKeys:
		return arts + units + m.next*units/max(len(m.cls), 1), arts + 3*units
	}
	return arts + 3*units, arts + 3*units
}

// Happenings finishes the merge and returns the happenings.
func (m *Merger) Happenings() *Happenings {
	for !m.Step(math.MaxInt) {
	}
	return m.h
}

// step does up to n pieces of the current phase and returns how many.
func (m *Merger) step(n int) int {
	switch m.phase {
	case mergeUnits:
		end := min(m.next+n, len(m.arts))
		for ai := m.next; ai < end; ai++ {
			m.addUnits(ai)
		}
		done := end - m.next
		if m.next = end; end == len(m.arts) {
			m.phase, m.next = mergeOrder, 0
		}
		return done
	case mergeOrder:
		m.order = orderUnits(m.units)
		// A unit makes at most one cluster, and most make one: sized at
		// once, the clusters of 100,000 articles are not copied as they
		// grow (a copy of tens of megabytes each time, at the merge's
		// peak of memory).
		m.cls = make([]cluster, 0, len(m.units))
		m.seen = make([]int, 0, len(m.units))
		m.phase = mergeClusters
		return len(m.units)
	case mergeClusters:
		end := min(m.next+n, len(m.order))
		for _, ui := range m.order[m.next:end] {
			m.cluster(ui)
		}
		done := end - m.next
		if m.next = end; end == len(m.order) {
			m.phase, m.next = mergeList, 0
			m.h.List = make([]Happening, 0, len(m.cls))
			m.index, m.names, m.seen = nil, nil, nil
		}
		return done
	case mergeList:
		end := min(m.next+n, len(m.cls))
		for _, c := range m.cls[m.next:end] {
			hp := c.happening(m.units, m.arts, &m.scratch, m.lists)
			for _, r := range hp.Mentions() {
				m.h.of[r.Article][r.Mention] = int32(len(m.h.List))
			}
			m.h.List = append(m.h.List, hp)
		}
		done := end - m.next
		if m.next = end; end == len(m.cls) {
			m.phase, m.next = mergeKeys, 0
			m.cls, m.units, m.order = nil, nil, nil
			m.keys, m.ids = make([]string, len(m.h.List)), map[string][]int{}
		}
		return done
	case mergeKeys:
		end := min(m.next+n, len(m.h.List))
		m.h.identify(m.arts, m.keys, m.ids, m.next, end)
		done := end - m.next
		if m.next = end; end == len(m.h.List) {
			m.phase, m.next = mergeSort, 0
		}
		return done
	case mergeSort:
		if m.sorter == nil {
			m.h.number(m.keys, m.ids)
			m.keys, m.ids = nil, nil
			m.sorter = newCalendarSort(m.h)
			return len(m.h.List)
		}
		if !m.sorter.step(n) {
			return n
		}
		m.sorter = nil
		m.phase = mergeDone
		if m.done != nil {
			m.done(m.h)
		}
		return n
	}
	return 0
}

// addUnits adds the units of article ai: its mentions, those it links
// (EventMention.Same) in one unit.
func (m *Merger) addUnits(ai int) {
	a := m.arts[ai]
	m.h.of[ai] = make([]int32, a.NumEventMentions())
	first := len(m.units)
	for mi := range a.NumEventMentions() {
		r := mi
		for a.events.same(r) >= 0 {
			r = a.events.same(r)
		}
		ui := -1
		if r != mi {
			// the unit of the root: roots come before their links
			for k := first; k < len(m.units); k++ {
				if m.units[k].mentions[0] == r {
					ui = k
					break
				}
			}
		}
		if ui < 0 {
			ui = len(m.units)
			m.units = append(m.units, unit{art: ai})
		}
		m.units[ui].add(a, mi)
	}
}

// orderUnits returns the indexes of units, stably ordered by rank: a
// counting sort, as ranks are few.
func orderUnits(units []unit) []int {
	order := make([]int, len(units))
	if len(units) == 0 {
		return order
	}
	lo, hi := units[0].rank(), units[0].rank()
	ranks := make([]int, len(units))
	for i := range units {
		r := units[i].rank()
		ranks[i] = r
		lo, hi = min(lo, r), max(hi, r)
	}
	start := make([]int, hi-lo+2)
	for _, r := range ranks {
		start[r-lo+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	for i, r := range ranks {
		order[start[r-lo]] = i
		start[r-lo]++
	}
	return order
}

// intern returns the number of s among the merge's strings.
func (m *Merger) intern(s string) int32 {
	n, ok := m.names[s]
	if !ok {
		n = int32(len(m.names))
		m.names[s] = n
	}
	return n
}

// months returns the months a date covers, as year*12 + month - 1.
func months(v dates.Value) (lo, hi int32) {
	f, l := v.First(), v.Last()
	return int32(f.Year()*12 + int(f.Month()) - 1), int32(l.Year()*12 + int(l.Month()) - 1)
}

// cluster makes unit ui join the cluster it fits best, or start one.
func (m *Merger) cluster(ui int) {
	u := &m.units[ui]
	best, bestScore := -1, 0
	lo, hi := months(u.date)
	fam := m.intern(u.fam)
	ids := make([]int32, len(u.parts))
	for i, id := range u.parts {
		ids[i] = m.intern(id)
	}
	// a saying nobody dates takes no other, nor joins one (see score)
	if len(u.parts) > 0 && !(u.fam == "Broadcast" && u.when == Reported) {
		for mo := lo; mo <= hi; mo++ {
			for _, id := range ids {
				for _, ci := range m.index[mergeKey{fam, id, mo}] {
					if m.seen[ci] == ui+1 {
						continue
					}
					m.seen[ci] = ui + 1
					if s := m.cls[ci].score(u, m.units); s > bestScore {
						best, bestScore = int(ci), s
					}
				}
			}
		}
	}
	if best < 0 {
		best = len(m.cls)
		m.cls = append(m.cls, cluster{fam: u.fam, sub: u.sub, act: u.act, mod: u.mod, back: u.back})
		m.seen = append(m.seen, 0)
		// a saying nobody dates takes no other (see score)
		if !(u.fam == "Broadcast" && u.when == Reported) {
			for mo := lo; mo <= hi; mo++ {
				for _, id := range ids {
					k := mergeKey{fam, id, mo}
					m.index[k] = append(m.index[k], int32(best))
				}
			}
		}
	}
	m.cls[best].join(u, ui)
}

// add puts mention mi of article a into the unit.
func (u *unit) add(a *Article, mi int) {
	m := a.EventMention(mi)
	if len(u.mentions) == 0 {
		u.fam, u.sub, u.mod, u.earlier = family(m.Type), m.Type.Subtype, m.Modality, m.Earlier
		u.days = newDateWd(u.date, u.wd)
	}
	u.mentions = append(u.mentions, mi)
	u.open = u.open || m.open
	if m.Type.Type == "Movement" {
		// the particle of "stuurde ... terug" is not in the trigger: a
		// word of its sentence says it
		u.back = u.back || strings.Contains(strings.ToLower(a.Sentences[m.Sentence].Of(a.Text)), "terug")
	}
	if u.sub == "Contact" && family(m.Type) == "Contact" {
		u.sub = m.Type.Subtype
	}
	if u.act == "" {
		u.act = m.Act
	}
	if m.Modality == events.Asserted || m.Modality == events.Planned && u.mod != events.Asserted {
		u.mod = m.Modality
	}
	n := len(u.parts)
	for _, ids := range [2][]string{m.Agent, m.Patient} {
		for _, id := range ids {
			if !slices.Contains(u.parts, id) {
				u.parts = append(u.parts, id)
			}
		}
	}
	if len(u.parts) > n {
		slices.Sort(u.parts)
	}
	if better(m.Date, m.Weekday, m.When, u.date, u.wd, u.when) {
		u.date, u.wd, u.when = m.Date, m.Weekday, m.When
		u.days = newDateWd(u.date, u.wd)
	}
}

// better reports whether date a (with weekday and source) is a better
// date for a happening than b: told before continued before reported,
// then finer, then exact.
func better(a dates.Value, aw int, aw2 When, b dates.Value, bw int, bw2 When) bool {
	switch {
	case b.IsZero():
		return !a.IsZero()
	case a.IsZero():
		return false
	case aw2 != bw2:
		return aw2 < bw2
	case a.Precision != b.Precision:
		return a.Precision < b.Precision
	case (aw != 0) != (bw != 0):
		return aw != 0
	}
	return a.Exact && !b.Exact
}

// modClass groups the modalities that may be one happening.
func modClass(m events.Modality) events.Modality {
	if m == events.Planned {
		return events.Asserted
	}
	return m
}

// score returns how well unit u fits the cluster: 0 when it may not join
// it, else the number of participants they share.
func (c *cluster) score(u *unit, units []unit) int {
	if c.fam != u.fam || modClass(c.mod) != modClass(u.mod) || c.back != u.back {
		return 0
	}
	if c.sub != u.sub && c.sub != "Contact" && u.sub != "Contact" {
		return 0
	}
	if c.act != "" && u.act != "" && c.act != u.act {
		return 0
	}
	if u.fam == "Broadcast" && u.when == Reported {
		return 0 // a saying nobody dates is one saying
	}
	ud := u.days
	for _, d := range c.dates {
		if !ud.fits(d) {
			return 0
		}
	}
	small, large := u.parts, c.parts
	if len(small) > len(large) || u.open && len(small) < len(large) {
		// one that talked with someone unnamed names all of the other's
		small, large = large, small
	}
	for _, id := range small {
		if !slices.Contains(large, id) {
			return 0
		}
	}
	if u.earlier && c.later || !u.earlier && c.earlier {
		for _, vi := range c.units {
			if v := &units[vi]; v.art == u.art && v.earlier != u.earlier {
				return 0
			}
		}
	}
	return len(small)
}

// join adds unit u (index ui) to the cluster.
func (c *cluster) join(u *unit, ui int) {
	c.units = append(c.units, ui)
	c.earlier, c.later = c.earlier || u.earlier, c.later || !u.earlier
	if c.sub == "Contact" {
		c.sub = u.sub
	}
	if c.act == "" {
		c.act = u.act
	}
	for _, id := range u.parts {
		if !slices.Contains(c.parts, id) {
			c.parts = append(c.parts, id)
		}
	}
	d := u.days
	if !slices.Contains(c.dates, d) {
		c.dates = append(c.dates, d)
	}
}

// happening builds the corpus event of a merged cluster.
func (c *cluster) happening(units []unit, arts []*Article, sc *happeningScratch, lists *happeningLists) Happening {
	var hp Happening
	var typ events.Type
	var act string
	refs := sc.refs[:0]
	agent, patient, place := sc.agent[:0], sc.patient[:0], sc.place[:0]
	mod := events.Modality("")
	for _, ui := range c.units {
		u := &units[ui]
		for _, mi := range u.mentions {
			refs = append(refs, MentionRef{Article: u.art, Mention: mi})
			m := arts[u.art].EventMention(mi)
			agent = append(agent, m.Agent...)
			patient = append(patient, m.Patient...)
			place = append(place, m.Place...)
			if better(m.Date, m.Weekday, m.When, hp.Date, hp.Weekday, hp.When) {
				hp.Date, hp.Weekday, hp.When = m.Date, m.Weekday, m.When
			}
			if typ.Type == "" || typ.Subtype == "Contact" && m.Type.Subtype != "Contact" {
				typ = m.Type
			}
			if act == "" {
				act = m.Act
			}
			switch {
			case mod == "", m.Modality == events.Asserted, m.Modality == events.Planned && mod != events.Asserted:
				mod = m.Modality
			}
		}
	}
	// sort.Slice, not slices.SortFunc, which would compile a sort of its
	// own for MentionRef into the wasm; the refs are unique, so the order
	// is the same.
	if len(refs) > 1 {
		sort.Slice(refs, func(i, j int) bool {
			if refs[i].Article != refs[j].Article {
				return refs[i].Article < refs[j].Article
			}
			return refs[i].Mention < refs[j].Mention
		})
	}
	agent = sortInPlace(agent)
	patient = slices.DeleteFunc(sortInPlace(patient), func(id string) bool { return slices.Contains(agent, id) })
	place = sortInPlace(place)
	all := sortInPlace(append(append(append(sc.all[:0], agent...), patient...), place...))
	sc.refs, sc.agent, sc.patient, sc.place, sc.all = refs, agent, patient, place, all
	return lists.add(hp, typ, act, mod, agent, patient, place, all, refs)
}

// happeningScratch is where happening gathers a happening's lists before
// they are kept.
type happeningScratch struct {
	refs                       []MentionRef
	agent, patient, place, all []string
}

// sortInPlace sorts ids and drops repeats, in place (pass a list of your
// own); never nil.
func sortInPlace(ids []string) []string {
	if ids == nil {
		return []string{}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// identify works out the ids of the happenings from to to: keys[i] is
// the key of happening i, and ids gathers the happenings by id, to be
// numbered where two share one (see number).
func (h *Happenings) identify(arts []*Article, keys []string, ids map[string][]int, from, to int) {
	var b, all []byte
	ends := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		hp := &h.List[i]
		b = hp.Date.Append(b[:0])
		b = append(b, '|')
		b = append(b, hp.Type().Type...)
		b = append(b, '/')
		b = append(b, hp.Type().Subtype...)
		b = append(b, '|')
		for k, id := range hp.Agent() {
			if k > 0 {
				b = append(b, ',')
			}
			b = append(b, id...)
		}
		b = append(b, ",/,"...)
		for k, id := range hp.Patient() {
			if k > 0 {
				b = append(b, ',')
			}
			b = append(b, id...)
		}
		if len(hp.Agent())+len(hp.Patient()) == 0 || hp.When == Reported {
			// no date or no participants to tell it apart: where it is told
			r := hp.Mentions()[0]
			b = append(b, '|')
			b = append(b, arts[r.Article].ID...)
			b = append(b, '#')
			b = strconv.AppendInt(b, int64(arts[r.Article].EventMention(r.Mention).Sentence), 10)
		}
		keys[i] = string(b)
		// "ev-", the date, "-" and 12 hex digits of the key's 64-bit
		// FNV-1a hash.
		all = append(all, "ev-"...)
		all = hp.Date.Append(all)
		all = append(all, '-')
		all = appendHex12(all, fnv1a(b))
		ends = append(ends, len(all))
	}
	// One string holds the ids of them all: one object, not one each.
	joined, start := string(all), 0
	for k, end := range ends {
		hp := &h.List[from+k]
		hp.ID, start = joined[start:end], end
		ids[hp.ID] = append(ids[hp.ID], from+k)
	}
}

// fnv1a returns the 64-bit FNV-1a hash of b, as hash/fnv's New64a.
func fnv1a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// appendHex12 appends the low 48 bits of h as 12 lower-case hex digits.
func appendHex12(b []byte, h uint64) []byte {
	const digits = "0123456789abcdef"
	for shift := 44; shift >= 0; shift -= 4 {
		b = append(b, digits[h>>uint(shift)&15])
	}
	return b
}

// number numbers the happenings that share an id, in the order of their
// keys, then of their first mentions.
func (h *Happenings) number(keys []string, ids map[string][]int) {
	for id, same := range ids {
		if len(same) < 2 {
			continue
		}
		slices.SortStableFunc(same, func(i, j int) int { return strings.Compare(keys[i], keys[j]) })
		for n, i := range same[1:] {
			h.List[i].ID = id + "-" + strconv.Itoa(n+2)
		}
	}
}
