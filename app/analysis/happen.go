package analysis

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/dates"
	"corpusexplorer/app/events"
	"corpusexplorer/app/text"
)

// When tells where the date of an event mention comes from.
type When uint8

// Sources of an event mention's date.
const (
	// InSentence: a date expression of the mention's sentence (of its
	// clause when the sentence holds several).
	InSentence When = iota + 1
	// Continued: the date of the happening it continues ("Dat gesprek
	// duurde toen twee uur", "De president waarschuwde toen").
	Continued
	// Reported: no date is told; the publication date stands in, inexact.
	Reported
)

// String returns "sentence", "continued" or "reported".
func (w When) String() string {
	switch w {
	case InSentence:
		return "sentence"
	case Continued:
		return "continued"
	case Reported:
		return "reported"
	}
	return ""
}

// EventMention is a happening an article tells of in one sentence: who
// did what to whom, where and when, with its participants resolved to
// actor ids (names, role phrases and References inside the role phrases).
type EventMention struct {
	// Sentence is the index of its sentence in the article's Sentences.
	Sentence int
	// Trigger is the word that tells of the happening ("belden",
	// "telefoongesprek", "waarschuwde").
	Trigger  text.Span
	Type     events.Type
	Act      string // the speech act of a Contact/Broadcast, "" for none
	Modality events.Modality
	// Agent, Patient and Place are actor ids: who did it, to or with whom,
	// and where (places only).
	Agent, Patient, Place []string
	// Date is when it happened, and Weekday (1 Monday … 7 Sunday, 0 for
	// none) the weekday told with a coarser date ("donderdag" in an article
	// dated to the month). When says where the date comes from; DateExpr
	// is the expression for InSentence.
	Date     dates.Value
	Weekday  int
	When     When
	DateExpr text.Span
	// Speech is the index (in the article's EventMentions) of the saying
	// whose reported speech holds this mention, -1 for none.
	Speech int
	// Same is the index of an earlier mention of the article that tells
	// of the same happening ("dat gesprek", "het telefoongesprek"), -1
	// for none. Mentions linked this way always go to one corpus event.
	Same int
	// Earlier is set when the text marks the happening as an earlier one
	// than the news ("een eerder gesprek", "spraken elkaar ook al"): it is
	// then never one happening with another mention of its article that
	// is not so marked.
	Earlier bool

	// open is set for a meeting or call with someone no actor stands for
	// ("contact opgenomen met Europese leiders"): it is then no call of
	// named participants only.
	open bool
	// prep is the preposition that governs a noun trigger ("in het
	// gesprek"), "" for none.
	prep string
}

// mentionsIn returns the spans of the actor mentions inside span.
func (f *eventFinder) mentionsIn(span text.Span) []text.Span {
	var out []text.Span
	a := f.a
	k := sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].Span.End > span.Start })
	for ; k < len(a.Mentions) && a.Mentions[k].Span.Start < span.End; k++ {
		out = append(out, a.Mentions[k].Span)
	}
	return out
}

// titled reports whether the mention at sp is the title of the person
// named right after it ("Minister van Justitie Vincent Van
// Quickenborne"): the two are one participant (see titleOf).
func (f *eventFinder) titled(sp text.Span) bool {
	a := f.a
	k := sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].Span.Start >= sp.Start })
	return k+1 < len(a.Mentions) && a.Mentions[k].Span == sp && f.titleOf(k, k+1, " ")
}

// joined reports whether the text between two mentions joins them ("en",
// ",", "of", "&", "/") rather than leaving them side by side.
func (f *eventFinder) joined(a, b text.Span) bool {
	if b.Start < a.End {
		return true
	}
	gap := f.a.Text[a.End:b.Start]
	for _, w := range []string{" en ", ",", " of ", "&", "/", " van ", "-"} {
		if strings.Contains(" "+gap+" ", w) {
			return true
		}
	}
	return false
}

// pronoun reports whether the spans are a single pronoun or "het".
func (f *eventFinder) pronoun(spans []text.Span) bool {
	if len(spans) != 1 {
		return false
	}
	switch strings.ToLower(spans[0].Of(f.a.Text)) {
	case "het", "hij", "zij", "ze", "hem", "wij", "we", "ik", "u", "dat", "die":
		return true
	}
	return false
}

// Participants returns the ids of the agents and patients, sorted,
// without repeats.
func (m *EventMention) Participants() []string {
	ids := slices.Concat(m.Agent, m.Patient)
	slices.Sort(ids)
	return slices.Compact(ids)
}

// defaultLexicon returns the trigger lexicon every analysis uses, built
// on first use: not at every start of a program that reads a snapshot
// and analyses nothing.
var defaultLexicon = sync.OnceValue(events.NewLexicon)

// Prepare builds the trigger lexicon of the events, which the first
// analysis would otherwise build: tens of milliseconds in the browser,
// which a page can give a step of its own.
func Prepare() { defaultLexicon() }

// eventFinder works out the event mentions of one article.
type eventFinder struct {
	a     *Article
	lex   *events.Lexicon
	actor func(string) (*actors.Actor, bool)
	// nationality gives the country of a folded adjective of nationality
	// (actors.Extractor.Nationality).
	nationality func(string) (string, bool)
	pub         dates.Value
	// ems are the mentions found so far, given to the article at the end.
	ems []EventMention
	// first is the first mention of each family ("Contact" for meetings,
	// calls and contact; the subtype otherwise): what "het gesprek"
	// points at.
	first map[string]int
}

// findEvents fills f.ems.
func (f *eventFinder) findEvents() {
	a := f.a
	// The triggers of every sentence first, so that EventMentions is
	// allocated once at its size: most sentences tell of nothing.
	found := make([][]events.Mention, len(a.Sentences))
	total := 0
	for si, s := range a.Sentences {
		if a.Paragraphs[s.Para].Kind == corpus.Related {
			continue // "Lees ook: ...": another article's title
		}
		found[si] = f.lex.FindTokens(a.Text, a.Tokens[s.Tokens.Start:s.Tokens.End])
		total += len(found[si])
	}
	f.ems = make([]EventMention, 0, total)
	defer func() { a.SetEventMentions(f.ems) }()
	if total > 0 {
		f.first = map[string]int{}
	}
	for si, s := range a.Sentences {
		ms := found[si]
		if len(ms) == 0 {
			continue
		}
		toks := a.Tokens[s.Tokens.Start:s.Tokens.End]
		base := len(f.ems)
		for _, m := range ms {
			// "zeven Iraanse militairen kwamen om": the dead are no
			// country, nor is their country where they died
			nations := m.Type.Type != "Life"
			em := EventMention{
				Sentence: si, Trigger: m.Trigger, Type: m.Type, Act: m.Act, Modality: m.Modality,
				Agent: f.ids(m.Roles.Agent, 0, nations), Patient: f.ids(m.Roles.Patient, 0, nations), Place: f.ids(m.Roles.Place, actors.Place, false),
				Speech: -1, Same: -1, Earlier: m.Earlier,
			}
			if m.Speech >= 0 {
				em.Speech = base + m.Speech
			}
			if len(em.Patient) == 0 && len(m.Roles.Agent) == 1 {
				// "dat de VS Oekraïne steunt": two names side by side are
				// subject and object
				if ms := f.mentionsIn(m.Roles.Agent[0]); len(ms) > 1 && !f.joined(ms[0], ms[1]) && !f.titled(ms[0]) {
					em.Agent, em.Patient = f.ids([]text.Span{ms[0]}, 0, nations), f.ids(ms[1:], 0, nations)
				}
			}
			if reciprocal(toks, m.Clause) {
				em.Agent, em.Patient = sortInPlace(slices.Concat(em.Agent, em.Patient)), nil // "spraken elkaar": all are agents
			}
			if len(em.Agent) == 0 && m.Token > 0 && (toks[m.Token-1].Fold() == "en" || toks[m.Token-1].Fold() == "maar") {
				// "bevestigde dat ... en zei dat": a verb after "en" or
				// "maar" shares the subject of the verb before
				for j := len(f.ems) - 1; j >= base; j-- {
					if len(f.ems[j].Agent) > 0 {
						em.Agent = f.ems[j].Agent
						break
					}
				}
			}
			if len(em.Agent) == 0 && m.Det != events.NoDeterminer && m.Token > 0 && (em.Type.Subtype == "Attack" || em.Type.Subtype == "Annex") && f.nationality != nil {
				// "een Israëlische luchtaanval", "de Russische invasie":
				// the adjective names who does it (but "de Russische
				// sancties" are those against Russia)
				if t := toks[m.Token-1]; t.Kind == text.Word && t.Upper(a.Text) {
					if id, ok := f.nationality(t.Fold()); ok {
						em.Agent = []string{id}
						em.Patient = slices.DeleteFunc(em.Patient, func(p string) bool { return p == id })
					}
				}
			}
			em.Agent = f.states(em.Type, em.Agent)
			if em.Type.Type == "Life" {
				// places do not die, marry or get hurt: "In Amsterdam,
				// Diemen en Den Haag vielen doden" tells where
				em.Agent, em.Patient, em.Place = f.placesOut(em.Agent, em.Patient, em.Place)
			}
			em.prep = m.Prep
			em.open = m.Type.Type == "Contact" && m.Type.Subtype != "Broadcast" && len(m.Roles.Patient) > 0 && len(em.Patient) == 0 && !f.pronoun(m.Roles.Patient)
			em.Patient = slices.DeleteFunc(em.Patient, func(id string) bool { return slices.Contains(em.Agent, id) })
			f.date(&em, m, ms, toks, s.Span)
			idx := len(f.ems)
			f.ems = append(f.ems, em)
			f.link(idx, m, toks)
			f.future(&f.ems[idx])
			if _, ok := f.first[family(em.Type)]; !ok && f.ems[idx].Same < 0 {
				f.first[family(em.Type)] = idx
			}
		}
	}
}

// placesOut moves the places among agent and patient to place.
func (f *eventFinder) placesOut(agent, patient, place []string) ([]string, []string, []string) {
	isPlace := func(id string) bool {
		act, ok := f.actor(id)
		if ok && act.Type == actors.Place {
			if !slices.Contains(place, id) {
				place = append(place, id)
			}
			return true
		}
		return false
	}
	agent = slices.DeleteFunc(agent, isPlace)
	patient = slices.DeleteFunc(patient, isPlace)
	return agent, patient, place
}

// statesDo reports the acts of a state or its forces: attacks,
// sanctions, annexations.
func statesDo(ty events.Type) bool {
	switch ty.Subtype {
	case "Attack", "Sanction", "Annex":
		return true
	}
	return false
}

// states adds to the agents of an act only a state does (an attack or
// invasion, sanctions, an annexation) the country each person among them
// belongs to: "Poetin valt Oekraïne binnen" is Rusland's invasion too.
func (f *eventFinder) states(ty events.Type, agent []string) []string {
	if !statesDo(ty) {
		return agent
	}
	out := agent
	for _, id := range agent {
		act, ok := f.actor(id)
		if !ok || act.Type != actors.Person || act.Affiliation == "" || slices.Contains(out, act.Affiliation) {
			continue
		}
		if c, ok := f.actor(act.Affiliation); ok && c.Type == actors.Place {
			if len(out) == len(agent) {
				out = slices.Clone(agent)
			}
			out = append(out, act.Affiliation)
		}
	}
	return out
}

// reciprocal reports whether the clause holds "elkaar".
func reciprocal(toks []text.Token, c [2]int) bool {
	for k := c[0]; k <= c[1] && k < len(toks); k++ {
		if toks[k].Fold() == "elkaar" {
			return true
		}
	}
	return false
}

// ids returns the ids of the actors named or referred to inside spans,
// in text order, without repeats; of type typ only when typ is not 0; with
// nations, also the countries whose forces or government a span names
// ("Russische troepen").
func (f *eventFinder) ids(spans []text.Span, typ actors.Type, nations bool) (out []string) {
	add := func(id string) {
		if slices.Contains(out, id) {
			return
		}
		if typ != 0 {
			if act, ok := f.actor(id); !ok || act.Type != typ {
				return
			}
		}
		out = append(out, id)
	}
	a := f.a
	defer func() {
		// "president Poetin van Rusland": the place a person belongs to
		// only says who they are
		var drop []string
		for _, id := range out {
			if act, ok := f.actor(id); ok && act.Type == actors.Person && act.Affiliation != "" {
				drop = append(drop, act.Affiliation)
			}
		}
		if drop != nil {
			out = slices.DeleteFunc(out, func(id string) bool { return slices.Contains(drop, id) })
		}
	}()
	for _, sp := range spans {
		k := sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].Span.End > sp.Start })
		for ; k < len(a.Mentions) && a.Mentions[k].Span.Start < sp.End; k++ {
			if k+1 < len(a.Mentions) && a.Mentions[k+1].Span.Start < sp.End && f.titleOf(k, k+1, " ") ||
				k > 0 && a.Mentions[k-1].Span.End > sp.Start && f.titleOf(k, k-1, " van ") {
				continue
			}
			add(a.Mentions[k].ActorID())
		}
		// "Russische troepen", "het Amerikaanse leger", "de Duitse
		// regering": the forces or the government of a country act for it
		if f.nationality != nil && nations {
			f.nationalForces(sp, add)
		}
		k = sort.Search(len(a.References), func(i int) bool { return a.References[i].Span.End > sp.Start })
		for ; k < len(a.References) && a.References[k].Span.Start < sp.End; k++ {
			for _, id := range a.References[k].Actors {
				add(id)
			}
		}
	}
	return out
}

// inClause returns the mention of the same subtype told earlier in the
// clause of the mention at idx, or -1: a verb and its noun ("ondertekenden
// een akkoord", "het pact wordt ondertekend") tell of one happening.
// Sayings are left to the rules of link.
func (f *eventFinder) inClause(idx int, m events.Mention, toks []text.Token) int {
	em := &f.ems[idx]
	if family(em.Type) == "Broadcast" {
		return -1
	}
	cs, ce := toks[m.Clause[0]].Start, toks[m.Clause[1]].End
	for j := idx - 1; j >= 0 && f.ems[j].Sentence == em.Sentence; j-- {
		o := &f.ems[j]
		if o.Type == em.Type && o.Trigger.Start >= cs && o.Trigger.End <= ce {
			return j
		}
	}
	return -1
}

// nationalForces calls add with the country of each adjective of
// nationality in sp that a noun of forces follows ("Russische troepen").
// Such adjectives are capitalised: only those words are looked up, by
// their tokens' folds.
func (f *eventFinder) nationalForces(sp text.Span, add func(string)) {
	a := f.a
	k := sort.Search(len(a.Tokens), func(i int) bool { return a.Tokens[i].Start >= sp.Start })
	for ; k+1 < len(a.Tokens) && a.Tokens[k+1].End <= sp.End; k++ {
		t := a.Tokens[k]
		if c := a.Text[t.Start]; t.Kind != text.Word || c < 'A' || c > 'Z' {
			continue
		}
		if id, ok := f.nationality(t.Fold()); ok && forces(a.Tokens[k+1].Fold()) {
			add(id)
		}
	}
}

// forces reports the nouns of the forces, the government and the
// services of a state, which act for their country: troepen, leger,
// regering, grenstroepen, inlichtingendienst.
func forces(w string) bool {
	switch w {
	case "troepen", "leger", "legers", "militairen", "soldaten", "strijdkrachten", "luchtmacht", "marine", "troepenmacht",
		"regering", "autoriteiten", "overheid", "kabinet", "justitie", "politie", "diplomaten", "diplomatie",
		"ministerie", "ambassade", "delegatie", "onderhandelaars", "defensie", "grenswacht", "kustwacht":
		return true
	}
	for _, s := range []string{"troepen", "leger", "regering", "dienst", "diensten", "militairen"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// titleOf reports whether mention k only says who the person of mention
// p is, with only gap between them: a space for the title before a name
// ("Minister van Binnenlandse Zaken Jan Jambon"; a hyphenated word may
// come first: "NAVO-chef Stoltenberg"), " van " for one after it
// ("Minister Hoekstra van Buitenlandse Zaken"). The ministry or alliance
// did nothing.
func (f *eventFinder) titleOf(k, p int, gap string) bool {
	a := f.a
	m, person := a.Mentions[k], a.Mentions[p]
	if act, ok := f.actor(m.ActorID()); !ok || act.Type == actors.Person {
		return false
	}
	if act, ok := f.actor(person.ActorID()); !ok || act.Type != actors.Person {
		return false
	}
	if p < k {
		return a.Text[person.Span.End:m.Span.Start] == gap
	}
	between := a.Text[m.Span.End:person.Span.Start]
	if rest, ok := strings.CutPrefix(between, "-"); ok {
		between = strings.TrimLeftFunc(rest, unicode.IsLetter)
	}
	return between == gap
}

// date gives em its date: a date expression of its clause, else (unless
// it is reported speech, which tells of another time) the expression of
// its sentence nearest to the trigger; not one after a noun trigger that
// follows it (ms are the sentence's mentions). Without one, link gives it
// the date of the happening it continues, or the publication date.
func (f *eventFinder) date(em *EventMention, m events.Mention, ms []events.Mention, toks []text.Token, sent text.Span) {
	a := f.a
	if em.Type.Subtype == "Broadcast" && (m.Det == events.Definite || m.Det == events.Demonstrative) {
		return // "die Russische eisen", "Poetins oproep": said before
	}
	if em.Type.Subtype == "Broadcast" && toks[m.Token].Fold() == "volgens" {
		return // "Volgens het parket gaat het om inbraken sinds januari": said now, of another time
	}
	lo := sort.Search(len(a.Dates), func(i int) bool { return a.Dates[i].Span.Start >= sent.Start })
	best, dist := -1, 0
	cs, ce := toks[m.Clause[0]].Start, toks[m.Clause[1]].End
	// What a clause is about ("sprak op 7 december zijn zorgen uit over de
	// troepenopbouw") happens when it does, not when it is talked about:
	// only a date after it is its own ("over de aanval van 3 mei").
	// The same holds for the cause or the reason of what the sentence
	// tells ("woensdag veroordeeld voor een overval", "opgepakt wegens
	// de moord", "waarschuwde op 7 december voor een inval").
	about := m.Det != events.NoDeterminer && (m.Prep == "over" || m.Prep == "voor" || m.Prep == "wegens" || m.Prep == "vanwege")
	for k := lo; k < len(a.Dates) && a.Dates[k].Span.End <= sent.End; k++ {
		d := a.Dates[k]
		inClause := d.Span.Start >= cs && d.Span.End <= ce
		if !inClause && m.Speech >= 0 || about && d.Span.Start < m.Trigger.Start {
			continue
		}
		if !inClause && em.Type.Subtype == "Broadcast" && d.Span.Start > max(m.Trigger.End, m.Particle.End) {
			continue // "maakte bekend dat de huldiging dinsdag plaatsvindt": what is said has it
		}
		if nounBetween(ms, m.Trigger.End, d.Span.Start) {
			continue // "schuldig verklaard aan de moord op zijn ex-partner in 2019": the murder's
		}
		gap := abs(d.Span.Start - m.Trigger.Start)
		if inClause {
			gap -= 1 << 20 // the clause's own first
		}
		if best < 0 || gap < dist {
			best, dist = k, gap
		}
	}
	if best < 0 {
		return
	}
	d := a.Dates[best]
	em.Date, em.Weekday, em.When, em.DateExpr = d.Value, d.Weekday, InSentence, d.Span
	if announced(a.Text, ms, m, d.Span) {
		em.Date = f.comingYear(em.Date, d.Span)
	}
}

// announced reports whether the mention m is what a saying of its
// sentence announces, dated after it: "Vakbonden kondigden een betoging
// aan op 9 november" (not "Op 7 december kondigde hij sancties aan").
func announced(src string, ms []events.Mention, m events.Mention, date text.Span) bool {
	if m.Type.Subtype == "Broadcast" || m.Det == events.NoDeterminer || date.Start < m.Trigger.End {
		return false
	}
	for i := range ms {
		o := &ms[i]
		if o.Type.Subtype != "Broadcast" || o.Trigger.Start > m.Trigger.Start {
			continue
		}
		if w := strings.ToLower(o.Trigger.Of(src)); strings.HasPrefix(w, "kondig") || strings.HasPrefix(w, "aangekondig") || strings.HasPrefix(w, "aankondig") {
			return true
		}
	}
	return false
}

// hasYear reports whether an expression writes a year: four digits in a
// row.
func hasYear(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			if n++; n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// comingYear moves a day or month the text gives without its year ("op
// 9 november") into the year after when the resolver put it before the
// publication: an announced happening is still to come.
func (f *eventFinder) comingYear(v dates.Value, expr text.Span) dates.Value {
	if v.Precision != dates.Day && v.Precision != dates.Month || !v.Last().Before(f.pub.First()) {
		return v
	}
	if hasYear(expr.Of(f.a.Text)) {
		return v // the year is told: "op 9 november 2021"
	}
	next := v
	next.Year++
	if !next.First().After(f.pub.Last().AddDate(1, 0, 0)) {
		return next
	}
	return v
}

// nounBetween reports whether a noun trigger of ms lies between the
// offsets from and to: a date after it is its own.
func nounBetween(ms []events.Mention, from, to int) bool {
	for i := range ms {
		if o := &ms[i]; o.Det != events.NoDeterminer && o.Trigger.Start >= from && o.Trigger.End <= to {
			return true
		}
	}
	return false
}

// future makes an asserted mention dated after its article's publication
// planned: "Op 10 januari bespreken ...", told in December.
func (f *eventFinder) future(em *EventMention) {
	if em.Modality == events.Asserted && em.When != Reported && !em.Date.IsZero() && em.Date.First().After(f.pub.Last()) {
		em.Modality = events.Planned
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// family groups the subtypes that may tell of one happening: a meeting,
// a call and unspecified contact are "Contact"; each other subtype is its
// own family.
func family(t events.Type) string {
	switch t.Subtype {
	case "Meet", "Correspondence", "Contact":
		return "Contact"
	}
	return t.Subtype
}

// link decides which earlier mention of the article the mention at idx
// tells of again (Same), and gives a mention without a date of its own
// the date of the happening it continues:
//   - a noun after a demonstrative ("dat gesprek", "die aanval") is the
//     last happening of its family told before;
//   - a definite noun after "vorige" or "eerdere" ("het vorige gesprek")
//     is the last one before that is not the article's first;
//   - another definite noun ("het telefoongesprek", "in het gesprek") is
//     the first happening of its family in the article (its news);
//   - a noun with no participants and no date ("een goed gesprek") is the
//     last happening of its family told before;
//   - a saying without a date, by a speaker who said something in one of
//     the two sentences before, goes on with that saying;
//
// each only when the participants and dates do not clash. A mention that
// is none of these but shares its sentence with one that is, or whose
// clause says "toen" or "daarbij", takes the date of that happening (or
// of the last dated mention before); the rest take the publication date,
// inexact (Reported).
func (f *eventFinder) link(idx int, m events.Mention, toks []text.Token) {
	em := &f.ems[idx]
	fam := family(em.Type)
	noun := m.Det != events.NoDeterminer
	last := func(skipFirst bool) int {
		for j := idx - 1; j >= 0; j-- {
			o := &f.ems[j]
			if family(o.Type) != fam || j == idx || fam == "Broadcast" && o.Act != em.Act {
				continue
			}
			if skipFirst && f.root(j) == f.first[fam] {
				continue
			}
			return j
		}
		return -1
	}
	same := -1
	switch {
	case fam == "Broadcast" && !noun && em.When == 0:
		for j := idx - 1; j >= 0 && f.ems[j].Sentence >= em.Sentence-2; j-- {
			o := &f.ems[j]
			if family(o.Type) == fam && len(em.Agent) > 0 && overlaps(o.Agent, em.Agent) &&
				f.actFits(j, em.Act) && modClass(o.Modality) == modClass(em.Modality) {
				same = j
				break
			}
		}
	case !noun:
	case m.Det == events.Demonstrative:
		same = last(false)
	case m.Det == events.Definite && m.Earlier:
		same = last(true)
	case m.Det == events.Definite && fam == "Broadcast":
		same = last(false) // "Poetins oproep": the last appeal told
	case m.Det == events.Definite:
		if j, ok := f.first[fam]; ok {
			same = j
		}
	case len(em.Agent)+len(em.Patient) == 0 && em.When == 0:
		same = last(false)
	}
	if j := f.inClause(idx, m, toks); j >= 0 && (same < 0 || !f.fits(idx, same)) {
		same = j
	}
	if same >= 0 && f.fits(idx, same) {
		em.Same = same
		em.Earlier = em.Earlier || f.ems[f.root(same)].Earlier
		if em.When == 0 {
			r := &f.ems[f.root(same)]
			em.Date, em.Weekday, em.When = r.Date, r.Weekday, Continued
			if r.When == Reported {
				em.When = Reported
			}
		}
		return
	}
	if em.When != 0 {
		return
	}
	// continues the happening its sentence sets it in ("In het vorige
	// gesprek waarschuwde Biden"), or the last dated one
	for j := idx - 1; j >= 0 && f.ems[j].Sentence == em.Sentence; j-- {
		if o := &f.ems[j]; o.Same >= 0 && (o.prep == "in" || o.prep == "tijdens" || o.prep == "bij") {
			em.Date, em.Weekday, em.When = o.Date, o.Weekday, Continued
			if o.When == Reported {
				em.When = Reported
			}
			return
		}
	}
	if then(toks, m.Clause) {
		for j := idx - 1; j >= 0; j-- {
			if o := &f.ems[j]; o.When == InSentence || o.When == Continued {
				em.Date, em.Weekday, em.When = o.Date, o.Weekday, Continued
				return
			}
		}
	}
	em.Date, em.When = f.pub, Reported
	em.Date.Exact = false
}

// then reports whether the clause says "toen" or "daarbij".
func then(toks []text.Token, c [2]int) bool {
	for k := c[0]; k <= c[1] && k < len(toks); k++ {
		switch toks[k].Fold() {
		case "toen", "daarbij", "destijds":
			return true
		}
	}
	return false
}

// actFits reports whether a saying with act may go on with the
// happening of mention j: no act, or the act of its sayings so far.
func (f *eventFinder) actFits(j int, act string) bool {
	if act == "" {
		return true
	}
	r := f.root(j)
	for k := r; k < len(f.ems); k++ {
		if k == r || f.ems[k].Same >= 0 && f.root(k) == r {
			if a := f.ems[k].Act; a != "" && a != act {
				return false
			}
		}
	}
	return true
}

// root follows Same links to the first mention of a happening.
func (f *eventFinder) root(j int) int {
	for f.ems[j].Same >= 0 {
		j = f.ems[j].Same
	}
	return j
}

// fits reports whether mention i may be the same happening as mention j:
// their participants do not clash (one side names none, or they share
// one) and neither do their own dates.
func (f *eventFinder) fits(i, j int) bool {
	a, b := &f.ems[i], &f.ems[f.root(j)]
	if ma, mb := modClass(a.Modality), modClass(b.Modality); ma != mb && !(ma == events.Hypothetical && mb == events.Asserted) {
		// An agreement signed is not the one only threatened or refused
		// before, nor is one threatened the one refused; but a happening
		// that only might have been is often one told before in other
		// words ("had behoefte aan een vervolggesprek").
		return false
	}
	pa, pb := a.Participants(), b.Participants()
	if len(pa) > 0 && len(pb) > 0 && !overlaps(pa, pb) {
		return false
	}
	if a.When == InSentence && b.When == InSentence && !dates.Fits(a.Date, a.Weekday, b.Date, b.Weekday) {
		return false
	}
	return true
}

// overlaps reports whether two id lists share an id.
func overlaps(a, b []string) bool {
	for _, id := range a {
		if slices.Contains(b, id) {
			return true
		}
	}
	return false
}
