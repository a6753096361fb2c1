package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"corpusexplorer/app/text"
)

// Roles are the participants of a mention, as byte spans of the text.
type Roles struct {
	Agent, Patient []text.Span
	// Place are the names of where it happened: the phrases after "in",
	// "te", "bij", "nabij", "op" (and for a movement "naar", "vanaf",
	// "uit") that hold a capitalised word.
	Place []text.Span
}

// phrase is a noun phrase of a clause; oblique when a preposition other
// than "met" governs it ("in de Tweede Kamer"), which makes it neither
// agent nor patient.
type phrase struct {
	span    text.Span
	oblique bool
	// by is set for the phrase after "door" (the agent of a passive).
	by bool
	// of is set for the phrase after "van" (the patient of a noun).
	of bool
	// prep is the preposition that governs the phrase, "" when none.
	prep string
	// named is set when a word of the phrase is capitalised.
	named bool
	// prepTok is the token of prep, -1 for none.
	prepTok int
	// attached is set for "met X" right after a phrase governed by
	// another preposition: it belongs to that phrase.
	attached bool
	// first and last are the phrase's first and last token.
	first, last int
	// coord is set when "en" joins the phrase to the one before it,
	// whose preposition it then shares.
	coord bool
	// amount is set for an amount of time or money ("24 uur"), which is
	// no participant.
	amount bool
}

// roles finds the participants of the trigger at toks[i] in its clause
// [start, end], from Dutch word order alone (no parser):
//   - the subject is the first phrase of the clause that no preposition
//     governs, the object the next one; phrases joined by "en" fill one
//     role together; "met X" right after a phrase governed by another
//     preposition belongs to that phrase ("voor het gesprek met Poetin");
//   - the subject is the agent, the object the patient; but the subject
//     is the patient of a passive ("werd gearresteerd door de politie":
//     the phrase after "door" is then the agent) and, when it has no
//     object, of the happenings that befall it (dying, being injured,
//     moving, leaving office, going bankrupt);
//   - a saying's "tegen X" is its patient ("zei tegen persbureau AFP");
//     "volgens X" has X as its agent and nothing else;
//   - a noun trigger takes the phrase right after it with "van", "met" or
//     "tegen" as its patient ("de arrestatie van X", "een gesprek met X",
//     "sancties tegen X"), and "door X" or "tussen X en Y" as its agents;
//     a noun of saying takes "van X" as its agent ("kritiek van X") and the
//     subject of "kreeg" as its patient. Without those, a noun inside "in",
//     "tijdens" or "bij" takes the clause's subject as its agent ("In het
//     gesprek waarschuwde Biden"), and a noun that is no preposition's
//     the subject before it ("X had een ontmoeting met Y").
//
// part is the first and last token of a phrasal verb's particle or
// phrase ({-1, -1} for none), which is no participant.
func roles(src string, toks []text.Token, ty Type, i, start, end int, part [2]int) Roles {
	var r Roles
	coordinated := i > 0 && (toks[i-1].Fold() == "en" || toks[i-1].Fold() == "maar")
	and := i - 1 // the "en" of a coordinated clause
	if coordinated {
		start = i // "en zei dat": a clause of its own, its subject the one before
	} else if start > 0 && start < i && (toks[start-1].Fold() == "en" || toks[start-1].Fold() == "maar") && verbsOnly(toks, start, i) {
		// "werd herkozen en liet weten dat": the clause "en" opened with
		// a verb before the trigger
		coordinated, and = true, start-1
	}
	passive, got, perfect, be := false, false, false, false
	for k := start; k <= end; k++ {
		switch toks[k].Fold() {
		case "werd", "werden", "wordt", "worden":
			passive = true
		case "kreeg", "kregen", "krijgt", "krijgen", "gekregen":
			got = true
		case "heeft", "hebben", "had", "hadden":
			perfect = true
		case "is", "was", "waren":
			be = true
		case "zijn":
			be = be || !possessiveZijn(src, toks, k)
		}
	}
	det := determiner(src, toks, i)
	noun := det != NoDeterminer || nounTrigger(toks, i) || possessed(src, toks, i) || i > 0 && isPrepositionTok(toks[i-1])
	if toks[start].Fold() == "sinds" && !noun && start < i {
		start++ // "Sinds Rusland troepen heeft samengetrokken": a conjunction
	}
	var buf [24]phrase
	ps := phrases(buf[:0], src, toks, start, end, skip{i, part[0], part[1]})
	// "is gearresteerd", "zijn geëxecuteerd": a participle with zijn and
	// without hebben is a passive too, but for what one does with another
	// ("zijn gefuseerd", "is gescheiden") or says, unless "door" names who
	// did it ("is in Berlijn ontvangen door Scholz")
	if be && !perfect && participle(toks[i].Fold()) && !passive {
		passive = !mutual(ty)
		for _, p := range ps {
			passive = passive || p.by && p.first > i
		}
	}
	// The subject of a relative clause is what "die" stands for, unless a
	// name in it is ("de garanties die Rusland eist"): "de man die zijn
	// ex-vriendin zou hebben doodgestoken".
	var antecedent []text.Span
	// "Hoekstra, die namens de EU onderhandelde": after a comma the
	// relative "die" opens the clause
	relEnd := -1 // the last token of what "die" stands for
	switch {
	case start >= 2 && toks[start-1].Fold() == "die":
		relEnd = start - 2
	case start >= 2 && toks[start].Fold() == "die" && toks[start-1].Fold() == "," && start < i:
		relEnd = start - 2
	}
	if relEnd >= 0 && !noun && !coordinated {
		var pbuf [8]phrase
		for _, p := range phrases(pbuf[:0], src, toks, max(0, relEnd-8), relEnd, skip{-1, -1, -1}) {
			if p.last == relEnd && !p.oblique {
				antecedent = []text.Span{p.span}
			}
		}
		for _, p := range ps {
			if !p.oblique && p.first < i && p.named {
				antecedent = nil
			}
		}
	}
	if toks[i].Fold() == "volgens" {
		for _, p := range ps {
			if p.first > i {
				r.Agent = []text.Span{p.span}
				break
			}
		}
		return r
	}
	// Phrases joined by "en" fill one role together ("Zweden en Finland
	// tekenden", "tussen Rusland en de VS"). The slots are kept on the stack; their spans share one array, each
	// slot its own part of it (a second phrase joined by "en" makes it a
	// copy of its own).
	var coreBuf, byBuf, betweenBuf [8]slot
	core, by, between := coreBuf[:0], byBuf[:0], betweenBuf[:0]
	// betweenNext: the first "tussen" phrase follows the trigger ("een
	// akkoord tussen Kiev en Moskou"), not a word after it ("een akkoord
	// over de samenwerking tussen de politiediensten")
	betweenNext := false
	var against, of, with []text.Span // right after the trigger: van, tegen, met
	lastNext := false
	spans := make([]text.Span, 0, len(ps))
	chain := i // the last token of the phrases that follow the trigger one after another
	for _, p := range ps {
		if p.amount {
			continue
		}
		next := p.prepTok == i+1 || p.coord && lastNext
		chained := p.prepTok == chain+1 || p.coord && p.first == chain+2
		if chained {
			chain = p.last
		}
		if noun && next && target(ty, toks[i].Fold(), p.prep) {
			// "de aanval op een raffinaderij", "een inval in Oekraïne":
			// what is attacked; a place "op" is also where
			against = append(against, p.span)
			lastNext = next
			if p.prep != "op" {
				continue
			}
		}
		if p.place(ty) && (!noun || chain == p.last || !governedBy(toks, i, "*")) {
			// a noun inside a phrase has its place after it: "behoefte aan
			// een gesprek voor de top in Genève"
			r.Place = append(r.Place, p.span)
		}
		lastNext = next
		switch {
		case p.by && noun && !next && !chained && p.prepTok > i:
			// "De overname moet nog worden goedgekeurd door de Commissie":
			// the agent of the verb, not of the noun before it
		case p.by:
			by = addSlot(by, &spans, p)
		case p.prep == "tussen":
			betweenNext = betweenNext || len(between) == 0 && next
			between = addSlot(between, &spans, p)
		case p.prep == "van" && next:
			of = append(of, p.span)
		case p.prep == "tegen" && (next || ty.Subtype == "Broadcast" && p.first > i):
			against = append(against, p.span)
		case p.prep == "met" && next && !p.attached:
			with = append(with, p.span)
			if !noun {
				core = addSlot(core, &spans, p)
			}
		case !p.oblique:
			core = addSlot(core, &spans, p)
		}
	}
	first := func(list []slot, before int) []text.Span {
		for _, s := range list {
			if s.first < before {
				return s.spans
			}
		}
		return nil
	}
	switch {
	case part[0] > i && copula(toks[i].Fold()):
		// "Karin Mulder wordt de nieuwe burgemeester van Deventer": who
		// takes the post, and whose post it is
		if len(core) > 0 && core[0].first < i {
			r.Patient = core[0].spans
		}
		for _, p := range ps {
			if p.first > part[1] && p.prep == "van" {
				r.Agent = []text.Span{p.span}
				break
			}
		}
	case noun:
		broadcast := ty.Subtype == "Broadcast"
		byOf := broadcast || doerOf(ty)
		switch {
		case len(of) > 0 && !byOf:
			r.Patient = of
		case len(with) > 0:
			r.Patient = with
		case len(against) > 0:
			r.Patient = against
		case broadcast && got:
			r.Patient = first(core, len(toks))
		}
		switch {
		case len(by) > 0:
			r.Agent = by[0].spans
		case possessed(src, toks, i):
			p, _ := possessive(src, toks, i)
			r.Agent = []text.Span{toks[p].Span} // "Poetins oproep"
		case len(between) > 0 && (betweenNext || first(core, i) == nil || governedBy(toks, i, "*")):
			r.Agent = between[0].spans
		case byOf && len(of) > 0:
			r.Agent = of // "kritiek van X", "een onderzoek van de Inspectie"
		case got:
		case feared(toks, start, i):
			// "de VS vreest een inval": who fears it does not do it
		case governedBy(toks, i, "in", "tijdens", "bij") && ty.Type == "Contact":
			r.Agent = first(core, len(toks)) // "in het gesprek waarschuwde Biden"
		case governedBy(toks, i, "met") && progressive(toks, start, i):
			r.Agent = first(core, i) // "Rusland was bezig met het opbouwen van troepen"
		case (det == Definite || det == Demonstrative) && !possessed(src, toks, i) && !lightVerbIn(toks, start, end):
			// "Biden noemde het akkoord een belangrijke stap": a happening
			// known before, which who judges or defends it did not do
		case !governedBy(toks, i, "*"):
			r.Agent = first(core, i)
		}
		if r.Agent != nil && r.Patient != nil && r.Agent[0] == r.Patient[0] {
			r.Agent = nil
		}
	case antecedent != nil && (passive || undergoer(ty) && len(core) == 0):
		r.Patient = antecedent // "drie mannen die waren veroordeeld"
		if len(by) > 0 {
			r.Agent = by[0].spans
		}
	case antecedent != nil:
		r.Agent = antecedent
		if len(core) > 0 {
			r.Patient = core[0].spans
		}
	case passive:
		if len(by) > 0 {
			r.Agent = by[0].spans
		}
		if len(core) > 0 {
			r.Patient = core[0].spans
		}
	case undergoer(ty) && len(core) == 1:
		r.Patient = core[0].spans
	case coordinated && len(core) > 0 && core[0].first > i+1:
		// "maar zei niet wat ...": a verb after "en" or "maar" whose
		// subject went before; what follows is no subject
	case coordinated && !(len(core) > 0 && subjectPronoun(src, toks, core[0].first)):
		// "heeft Skyline op een zwarte lijst gezet en bevriest zijn
		// tegoeden": the subject of the clause before, and the object
		// after the verb (but "en riep hij Poetin op")
		if len(core) > 0 {
			r.Patient = core[0].spans
		}
		if s := subjectBefore(src, toks, and); s != nil && !undergoer(ty) {
			r.Agent = s
		}
	default:
		if len(core) > 0 {
			r.Agent = core[0].spans
		}
		if len(core) > 1 {
			r.Patient = core[1].spans
		}
		if len(against) > 0 && ty.Subtype == "Broadcast" {
			r.Patient = against
		}
	}
	if !noun && !coordinated && antecedent == nil && verbFirst(toks, start, i) {
		// "De Croo, wiens partij zwaar verloor, kondigde zijn vertrek
		// aan": the subject stands before the clause put between commas
		if s := interposedSubject(src, toks, start); s != nil {
			switch {
			case passive:
				r.Patient = s
			case undergoer(ty) && len(core) == 0:
				r.Agent, r.Patient = nil, s
			default:
				r.Agent, r.Patient = s, nil
				if len(core) > 0 {
					r.Patient = core[0].spans
				}
			}
		}
	}
	return r
}

// verbsOnly reports whether toks[start:i] are finite verbs or auxiliaries:
// "liet" of "liet weten".
func verbsOnly(toks []text.Token, start, i int) bool {
	for k := start; k < i; k++ {
		if f := toks[k].Fold(); classOf(f)&wFinite == 0 && !verbCluster(f) {
			return false
		}
	}
	return true
}

// verbFirst reports whether the verb at toks[i] opens its clause, which
// starts at start, but for adverbs: "kondigde ook aan", ", overleed".
func verbFirst(toks []text.Token, start, i int) bool {
	for k := start; k < i; k++ {
		switch f := toks[k].Fold(); {
		case f == "ook" || f == "nog" || f == "toen" || f == "daarna" || f == "vervolgens" || f == "uiteindelijk" || f == "intussen" || f == "inmiddels":
		case isFunction(f) && !isDeterminer(f) && classOf(f)&wClauseBreak == 0 && f != "en" && f != "of" && f != "die":
			// "werd donderdag veroordeeld": a verb of the cluster, a day
		default:
			return false
		}
	}
	return true
}

// interposedSubject returns the subject before a relative clause or an
// apposition put between commas just before the clause that starts at
// toks[start] ("De Croo, wiens partij verloor, kondigde", "De
// bestuurder, een vrouw uit Coevorden, overleed"), nil when there is
// none.
func interposedSubject(src string, toks []text.Token, start int) []text.Span {
	if start < 3 || toks[start-1].Fold() != "," {
		return nil
	}
	c := start - 2
	for c > 0 && start-c < 16 && toks[c].Fold() != "," {
		if toks[c].Kind == text.Punct && toks[c].Fold() != "-" {
			return nil
		}
		c--
	}
	if c <= 0 || toks[c].Fold() != "," || c+1 >= start-1 {
		return nil
	}
	switch f := toks[c+1].Fold(); {
	case f == "die" || f == "dat" || f == "wiens" || f == "wier" || f == "waarvan" || f == "waarin" || f == "waar" || f == "welke":
	case f == "een" || f == "de" || f == "het" || toks[c+1].Kind == text.Number:
		// an apposition: a noun phrase, no verb of its own
	default:
		return nil
	}
	for k := 0; k < c; k++ {
		if toks[k].Kind == text.Punct && toks[k].Fold() != "-" && toks[k].Fold() != "'" && toks[k].Fold() != "." {
			return nil // the subject runs from the start of the sentence ("Kevin D.")
		}
	}
	return subjectBefore(src, toks, c)
}

// lightVerbIn reports whether the clause toks[start..end] holds a verb
// whose subject does what its object names: "sloten het akkoord", "had
// een ontmoeting", "voerde het gesprek", "pleegde de aanslag".
func lightVerbIn(toks []text.Token, start, end int) bool {
	for k := start; k <= end && k < len(toks); k++ {
		switch toks[k].Fold() {
		case "sluit", "sloot", "sloten", "sluiten", "gesloten", "bereikt", "bereikte", "bereikten", "bereiken",
			"tekent", "tekende", "tekenden", "tekenen", "getekend", "ondertekent", "ondertekende", "ondertekenden", "ondertekend",
			"voert", "voerde", "voerden", "gevoerd", "houdt", "hield", "hielden", "gehouden",
			"pleegt", "pleegde", "pleegden", "gepleegd", "leidt", "leidde", "leidden", "geleid", "begint", "begon", "begonnen",
			"start", "startte", "startten", "gestart", "zet", "zette", "zetten", "gezet", "legt", "legde", "legden", "gelegd",
			"kondigt", "kondigde", "kondigden", "aangekondigd", "voltooit", "voltooide", "afgerond", "rondt", "rondde",
			"biedt", "bood", "boden", "bieden", "aangeboden", "dient", "diende", "dienden", "ingediend", "indienen":
			return true
		}
	}
	return false
}

// copula reports the forms of zijn and worden.
func copula(w string) bool {
	switch w {
	case "is", "was", "zijn", "waren", "ben", "geweest", "wordt", "word", "worden", "werd", "werden", "geworden":
		return true
	}
	return false
}

// subjectPronoun reports whether toks[k] is a pronoun that is only ever
// a subject: "hij", "zij", "we".
func subjectPronoun(src string, toks []text.Token, k int) bool {
	switch toks[k].Fold() {
	case "hij", "zij", "ze", "wij", "we", "ik", "jij":
		return true
	}
	return false
}

// participle reports whether the folded word has the shape of a past
// participle: ge- (after a particle: aangehouden, doodgeschoten) or be-,
// ver-, ont- with -d, -t or -en at its end.
func participle(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "d") && !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "en") {
		return false
	}
	if k := strings.Index(w, "ge"); k >= 0 && k <= 5 {
		return true
	}
	for _, p := range []string{"be", "ver", "ont", "her"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// mutual reports the types whose participle goes with zijn without being
// a passive: what two do together or one says.
func mutual(t Type) bool {
	switch t.Subtype {
	case "Merge-Org", "Marry", "Divorce", "Meet", "Contact", "Correspondence", "Agreement", "Demonstrate", "Broadcast":
		return true
	}
	return false
}

// doerOf reports the types of noun whose "van X" is who does it: "een
// onderzoek van de Inspectie", "het beroep van de topman", "het protest
// van de boeren", "het bezoek van de koning"; for others X undergoes it
// ("de arrestatie van X").
func doerOf(t Type) bool {
	switch t.Subtype {
	case "Investigate", "Appeal", "Demonstrate", "Sue", "Meet", "Contact", "Correspondence":
		return true
	}
	return false
}

// subjectBefore returns the subject of the clause that ends at toks[k]
// (the first phrase no preposition governs), nil for none.
func subjectBefore(src string, toks []text.Token, k int) []text.Span {
	if k < 1 {
		return nil
	}
	start, _ := clause(src, toks, k-1)
	var buf [12]phrase
	for _, p := range phrases(buf[:0], src, toks, start, k-1, skip{-1, -1, -1}) {
		if !p.oblique && !p.by {
			return []text.Span{p.span}
		}
	}
	return nil
}

// target reports whether a phrase after a noun trigger of type ty (the
// folded word w) with the preposition prep names what it is aimed at: an
// attack "op" someone or something, an invasion "in" a country.
func target(ty Type, w, prep string) bool {
	if ty.Subtype == "Meet" {
		return prep == "aan" && strings.Contains(w, "bezoek") // "een staatsbezoek aan Zweden"
	}
	if ty.Subtype != "Attack" {
		return false
	}
	return prep == "op" || prep == "in" && (strings.HasPrefix(w, "inval") || strings.HasPrefix(w, "invasie"))
}

// feared reports whether a word of fearing comes before toks[i] in its
// clause, which starts at start.
func feared(toks []text.Token, start, i int) bool {
	for k := start; k < i; k++ {
		if fear(toks[k].Fold()) {
			return true
		}
	}
	return false
}

// progressive reports whether the clause before toks[i] says its subject
// is busy with, starts or stops what the noun at toks[i] names: "bezig met
// het opbouwen van troepen", "begon met de evacuatie".
func progressive(toks []text.Token, start, i int) bool {
	for k := start; k < i; k++ {
		switch toks[k].Fold() {
		case "bezig", "begon", "begonnen", "begint", "beginnen", "startte", "startten", "start", "gestart",
			"stopt", "stopte", "stopten", "gestopt", "gaat", "ging", "doorgaan":
			return true
		}
	}
	return false
}

// slot is the phrases that fill one role: one, or several joined by "en".
type slot struct {
	spans []text.Span
	first int // the first token of the first phrase
}

// addSlot adds the phrase p to the slots of a role: a slot of its own, or
// the last one's when "en" joins it to that; spans holds the slots'
// spans.
func addSlot(list []slot, spans *[]text.Span, p phrase) []slot {
	if p.coord && len(list) > 0 {
		list[len(list)-1].spans = append(list[len(list)-1].spans, p.span)
		return list
	}
	n := len(*spans)
	*spans = append(*spans, p.span)
	return append(list, slot{(*spans)[n : n+1 : n+1], p.first})
}

// possessed reports whether a possessive name stands before the noun at
// toks[i].
func possessed(src string, toks []text.Token, i int) bool {
	_, ok := possessive(src, toks, i)
	return ok
}

// governedBy reports whether a preposition governs the word at toks[i]
// (across a determiner and two adjectives): one of preps, or any for "*".
func governedBy(toks []text.Token, i int, preps ...string) bool {
	g := governor(toks, i)
	return g != "" && (preps[0] == "*" || slices.Contains(preps, g))
}

// governor returns the preposition that governs the word at toks[i]
// (across a determiner and two adjectives), "" for none.
func governor(toks []text.Token, i int) string {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k].Fold()
		if IsPreposition(w) {
			return w
		}
		if text.IsQuote(w) {
			continue // sprak van "een laffe aanslag"
		}
		if toks[k].Kind != text.Word || !isDeterminer(w) && w != "dat" && w != "die" && !strings.HasSuffix(w, "e") && w != "eerder" && w != "vorig" && !(k > 0 && toks[k-1].Fold() == "een" && bareAdjective(w)) {
			return ""
		}
	}
	return ""
}

// openingAdjective reports a word in -e that opens the sentence before a
// plural noun: capitalised only as the first word, an adjective of the
// noun after it ("Gewapende mannen openden het vuur").
func openingAdjective(src string, toks []text.Token, k int) bool {
	if k != 0 || k+1 >= len(toks) || !strings.HasSuffix(toks[k].Fold(), "e") || len(toks[k].Fold()) < 5 {
		return false
	}
	n := toks[k+1]
	f := n.Fold()
	// a plural noun after it, which a name ("Rutte vindt") does not have
	return n.Kind == text.Word && !n.Upper(src) && len(f) > 3 && (strings.HasSuffix(f, "en") || strings.HasSuffix(f, "s")) &&
		!isFunction(f) && !IsPreposition(f) && !isVerbLike(f)
}

// place reports whether the phrase names where a happening of type ty
// took place.
func (p phrase) place(ty Type) bool {
	if !p.named || p.attached {
		return false
	}
	switch p.prep {
	case "in", "te", "bij", "nabij", "op":
		return true
	case "naar", "vanaf", "vanuit", "uit":
		return ty.Type == "Movement"
	}
	return false
}

// sentencePlaces works out the places named anywhere in a sentence once,
// for the mentions whose own clause names none.
type sentencePlaces struct {
	src   string
	toks  []text.Token
	done  bool
	spans []text.Span
}

// get returns the places of the sentence, for a mention of any type but
// a movement (whose "naar" and "uit" are its own).
func (sp *sentencePlaces) get() []text.Span {
	if !sp.done {
		sp.done = true
		if !mayPlace(sp.src, sp.toks) {
			return nil
		}
		var buf [24]phrase
		for _, p := range phrases(buf[:0], sp.src, sp.toks, 0, len(sp.toks)-1, skip{-1, -1, -1}) {
			if p.place(Type{}) {
				sp.spans = append(sp.spans, p.span)
			}
		}
	}
	return sp.spans
}

// mayPlace reports whether a sentence may name a place: a capitalised
// word follows "in", "bij", "nabij" or "op" somewhere (see phrase.place).
// Most sentences do not, and need no chunking for it.
func mayPlace(src string, toks []text.Token) bool {
	prep := false
	for _, t := range toks {
		switch t.Fold() {
		case "in", "te", "bij", "nabij", "op":
			prep = true
		default:
			if prep && capitalised(src, t) {
				return true
			}
		}
	}
	return false
}

// undergoer reports the types whose subject undergoes the happening.
func undergoer(t Type) bool {
	switch t.Subtype {
	case "Die", "Injure", "Be-Born", "Transport-Person", "End-Position", "Declare-Bankruptcy", "End-Org", "Release-Parole":
		return true
	}
	return false
}

// phrases returns the noun phrases of toks[from..to] other than the
// trigger at toks[skip], in order: a run of capitalised words (name
// particles and hyphenated parts inside it), or a determiner or number
// and the words after it up to a function word. It is a rough chunker,
// enough to place participants.
func phrases(out []phrase, src string, toks []text.Token, from, to int, sk skip) []phrase {
	prep, prepTok := "", -1
	skip := sk.trigger
	for k := from; k <= to && k < len(toks); k++ {
		t := toks[k]
		if k == skip {
			prep = ""
			continue
		}
		if sk.part(k) {
			prep = "" // the particle of a phrasal verb: "legde ... op tafel"
			continue
		}
		if t.Kind != text.Word && t.Kind != text.Number {
			continue
		}
		if isPrepositionTok(t) {
			prep, prepTok = t.Fold(), k
			continue
		}
		// A phrase starts at a determiner, a number, a name, a pronoun, and
		// at a plain word right after a verb trigger or after "en" that
		// ends a phrase ("bespreken hoge vertegenwoordigers en militaire
		// deskundigen").
		plain := t.Kind == text.Word && !isFunctionTok(t) && !isVerbLikeTok(t) &&
			(k == skip+1 && k > from && determiner(src, toks, skip) == NoDeterminer && !nounTrigger(toks, skip) || k >= 2 && toks[k-1].Fold() == "en" && len(out) > 0 && out[len(out)-1].last == k-2 && prep == "")
		det := isDeterminerTok(t) && (t.Fold() != "zijn" || possessiveZijn(src, toks, k))
		starts := det || t.Kind == text.Number || isQuantityTok(t) || capitalised(src, t) && !isFunctionTok(t) || plain
		if isPronounTok(t) {
			out = append(out, phrase{span: t.Span, oblique: prep != "" && prep != "met" && prep != "door" && prep != "van",
				by: prep == "door", of: prep == "van", prep: prep, prepTok: prepTok, first: k, last: k})
			prep = ""
			continue
		}
		if !starts {
			if isFunctionTok(t) || isVerbLikeTok(t) {
				prep = ""
			}
			continue
		}
		// A phrase opened by a determiner or a number runs on over its
		// adjectives (words in -e, "Amerikaanse") to one head word, then
		// only over a name in apposition ("de Amerikaanse president Joe
		// Biden", "het schiereiland de Krim"); a name stops at the first
		// lowercase word ("Philips ontslaat").
		head := capitalised(src, t) && !isDeterminerTok(t) && !adjective(src, t) && !isQuantityTok(t) && !openingAdjective(src, toks, k)
		if t.Kind == text.Word && !capitalised(src, t) && !isDeterminerTok(t) && !isQuantityTok(t) && !adjective(src, t) {
			head = true // a plain word that opens a phrase is its head
		}
		e := k
		if t.Kind == text.Number {
			// "16 december", "4000 werknemers", "twaalf jaar": a number and
			// its noun
			// ("21 Russische diplomaten": across an adjective)
			for e+1 <= to && e+1 != skip && !sk.part(e+1) && e-k < 2 && toks[e+1].Kind == text.Word && (!capitalised(src, toks[e+1]) || adjective(src, toks[e+1])) &&
				!isFunctionTok(toks[e+1]) && !isPrepositionTok(toks[e+1]) && !isVerbLikeTok(toks[e+1]) {
				e++
			}
			head = true
		}
		for e+1 <= to && e+1 != skip && !sk.part(e+1) && e-k < 7 && t.Kind != text.Number {
			n := toks[e+1]
			switch {
			case n.Hyphen:
			case capitalised(src, n) && !isFunctionTok(n):
				head = head || !adjective(src, n)
			case isParticleTok(n) && e+2 <= to && e+2 != skip && capitalised(src, toks[e+2]) && head:
			case n.Kind == text.Word && !head && (!isFunctionTok(n) || adjective(src, n) && n.Fold() != "deze") && !isPrepositionTok(n) && !isVerbLikeTok(n):
				head = !adjective(src, n) && !(toks[e].Fold() == "een" && bareAdjective(n.Fold())) || e+2 > to || e+2 == skip || toks[e+2].Kind != text.Word || isFunctionTok(toks[e+2]) || isPrepositionTok(toks[e+2])
			case n.Kind == text.Number && !head:
			default:
				e = -e - 1 // stop
			}
			if e < 0 {
				e = -e - 1
				break
			}
			e++
		}
		if (e+1 == skip || e == k && isDeterminerTok(t)) && own(src, toks[k:e+1]) {
			// "de Oekraïense aanvallen", "een enkelband": the trigger's own
			// determiner and adjectives
			prep = ""
			k = e
			continue
		}
		amount := measure(toks[k : e+1])
		named := false
		for j := k; j <= e; j++ {
			if capitalised(src, toks[j]) && !isFunctionTok(toks[j]) && !isDeterminerTok(toks[j]) {
				named = true
			}
		}
		coord, attached := false, false
		if n := len(out); n > 0 && prep == "" && k >= 2 && (toks[k-1].Fold() == "en" || toks[k-1].Fold() == "," && nameList(src, toks, k-1)) && out[n-1].last == k-2 {
			prep, coord = out[n-1].prep, true
		}
		if n := len(out); n > 0 && k >= 2 && out[n-1].last == k-2 {
			switch {
			case prep == "met" && out[n-1].oblique:
				// "voor het gesprek met Poetin": with the phrase before
				attached = true
			case prep == "van" && out[n-1].oblique && k-2 != skip:
				// "voor de deur van zijn woning", "na een onderzoek van de
				// Inspectie": part of the phrase before
				attached = true
			case (prep == "in" || prep == "op") && k-2 != skip && (out[n-1].prep == "over" || out[n-1].prep == "om" || out[n-1].prep == "tegen" || out[n-1].prep == "rond"):
				// "over de situatie in Oekraïne": what it was about, not
				// where it happened
				attached = true
			case prep == "van" && !out[n-1].oblique && !out[n-1].of && k-2 != skip:
				// "de piloten van KLM": part of the phrase before, with
				// what "en" joins to it
				out[n-1].span.End = toks[e].End
				out[n-1].last = e
				out[n-1].named = out[n-1].named || named
				for e+2 <= to && toks[e+1].Fold() == "en" && e+2 != skip {
					next, ok := phraseAt(src, toks, e+2, to, sk)
					if !ok {
						break
					}
					e = next.last
					out[n-1].span.End = toks[e].End
					out[n-1].last = e
				}
				prep = ""
				k = e
				continue
			}
		}
		out = append(out, phrase{
			span:     text.Span{Start: t.Start, End: toks[e].End},
			oblique:  attached || prep != "" && prep != "met" && prep != "door" && prep != "van" || amount,
			amount:   amount,
			by:       prep == "door",
			of:       prep == "van",
			prep:     prep,
			prepTok:  prepTok,
			named:    named,
			first:    k,
			last:     e,
			coord:    coord,
			attached: attached,
		})
		prep = ""
		k = e
	}
	return out
}

// skip is what phrases leaves out: the trigger (-1 for none) and the
// particle of a phrasal verb, from and to (-1 for none).
type skip struct {
	trigger, from, to int
}

// part reports whether toks[k] is part of the particle.
func (sk skip) part(k int) bool { return k >= sk.from && k <= sk.to }

// possessiveZijn reports whether "zijn" at toks[k] is the possessive
// ("zijn vrouw", "zijn Russische ambtgenoot") rather than the verb ("zijn
// drie migranten omgekomen", "zijn dinsdag", "zijn gescheiden"): a noun
// or an adjective follows, not a number, a function word, a name or a
// participle.
func possessiveZijn(src string, toks []text.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	w := n.Fold()
	switch {
	case n.Kind != text.Word, isFunction(w), isQuantity(w), isDeterminer(w), IsPreposition(w), isPronoun(w), w == "het":
		return false
	case capitalised(src, n):
		return adjective(src, n) // "zijn Russische ambtgenoot", not "zijn Jan en Piet"
	case len(w) > 6 && strings.HasPrefix(w, "ge") && (strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")):
		return false // a participle: "zijn gescheiden", "zijn gearresteerd"
	}
	return true
}

// own reports whether the words are only determiners, numbers of
// quantity and adjectives: before a noun trigger, its own.
func own(src string, ws []text.Token) bool {
	if n := len(ws); n > 1 && classOf(ws[n-1].Fold())&wNominal != 0 {
		return false // "De verdachte verschijnt": a noun of its own
	}
	for _, t := range ws {
		if !isDeterminerTok(t) && !isQuantityTok(t) && !adjective(src, t) {
			return false
		}
	}
	return true
}

// measure reports whether a phrase is an amount of time or money ("24
// uur", "zes maanden", "acht miljoen euro"): no participant.
func measure(ws []text.Token) bool {
	if len(ws) < 2 || ws[0].Kind != text.Number && !isQuantityTok(ws[0]) {
		return false
	}
	switch ws[len(ws)-1].Fold() {
	case "uur", "uren", "minuten", "seconden", "dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren",
		"euro", "dollar", "miljoen", "miljard", "procent", "kilometer", "meter", "keer":
		return true
	}
	return false
}

// isTime reports the words of a part of a day ("dinsdagavond",
// "vanochtend", "gisteravond"), which end a phrase and start none.
func isTime(w string) bool {
	if len(w) < 5 {
		return false
	}
	var p string
	switch w[len(w)-1] {
	case 'd':
		switch {
		case strings.HasSuffix(w, "avond"):
			p = w[:len(w)-5]
		case strings.HasSuffix(w, "ochtend"):
			p = w[:len(w)-7]
		default:
			return false
		}
	case 'g':
		if !strings.HasSuffix(w, "middag") {
			return false
		}
		p = w[:len(w)-6]
	case 't':
		if !strings.HasSuffix(w, "nacht") {
			return false
		}
		p = w[:len(w)-5]
	case 'n':
		if w == "eergisteren" {
			return true
		}
		if !strings.HasSuffix(w, "morgen") {
			return false
		}
		p = w[:len(w)-6]
	default:
		return false
	}
	switch p {
	case "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "van", "gister", "gisteren", "deze", "":
		return true
	}
	return false
}

// phraseAt returns the phrase that starts at toks[k], if one does.
func phraseAt(src string, toks []text.Token, k, to int, skip skip) (phrase, bool) {
	var buf [1]phrase
	ps := phrases(buf[:0], src, toks, k, min(to, k+8), skip)
	if len(ps) == 0 || ps[0].first != k {
		return phrase{}, false
	}
	return ps[0], true
}

func capitalised(src string, t text.Token) bool {
	if t.Kind != text.Word {
		return false
	}
	if c := src[t.Start]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(src[t.Start:t.End])
	return unicode.IsUpper(r)
}

func isDeterminer(w string) bool { return classOf(w)&wDeterminer != 0 }

// isDeterminerTok is isDeterminer of a token's fold.
func isDeterminerTok(t text.Token) bool { return classOfToken(t)&wDeterminer != 0 }

// adjective reports whether a word has the shape of an inflected
// adjective: it ends in -e ("vorige", "34-jarige") or is a participle in
// ge-…-en ("gespannen"), or, capitalised, ends in -se or -sche
// ("Amerikaanse", "Russische"; not "Unie"). In a phrase it is taken as
// the head when no word follows it.
func adjective(src string, t text.Token) bool {
	if t.Kind != text.Word || len(t.Fold()) <= 3 {
		return false
	}
	if capitalised(src, t) {
		return strings.HasSuffix(t.Fold(), "se") || strings.HasSuffix(t.Fold(), "che")
	}
	// a participle as adjective: "de gespannen situatie"
	return strings.HasSuffix(t.Fold(), "e") || strings.HasPrefix(t.Fold(), "ge") && strings.HasSuffix(t.Fold(), "en") && len(t.Fold()) > 5
}

// isPronoun reports the personal pronouns that stand for a participant.
func isPronoun(w string) bool { return classOf(w)&wPronoun != 0 }

// isPronounTok is isPronoun of a token's fold.
func isPronounTok(t text.Token) bool { return classOfToken(t)&wPronoun != 0 }

func isQuantity(w string) bool { return classOf(w)&wQuantity != 0 || numberWord(w) }

// isQuantityTok is isQuantity of a token's fold.
func isQuantityTok(t text.Token) bool {
	return classOfToken(t)&wQuantity != 0 || numberWord(t.Fold())
}

// numberMorphemes are the parts Dutch number words are made of, longest
// first where one begins another.
var numberMorphemes = [...]string{"dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
	"twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "honderd", "duizend",
	"twaalf", "zeven", "negen", "twee", "drie", "vier", "vijf", "acht", "tien", "elf", "zes", "een", "en"}

// numberStarts holds the morphemes of numberMorphemes by their first
// byte, in the same order: a word is matched against those it can start
// with.
var numberStarts = func() (t [256][]string) {
	for _, m := range numberMorphemes {
		t[m[0]] = append(t[m[0]], m)
	}
	return t
}()

// numberWord reports whether w is a Dutch number written as a word of
// more than one part or above ten: elf, vijftig, honderdvijftig,
// vijfentwintig, tweeduizend (not "een", the article).
func numberWord(w string) bool {
	if len(w) < 3 || w == "een" {
		return false
	}
	for len(w) > 0 {
		found := false
		for _, m := range numberStarts[w[0]] {
			if strings.HasPrefix(w, m) && (m != "en" || len(w) > 2) { // "en" only joins: vijf-en-twintig
				w, found = w[len(m):], true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// isParticleTok reports the particles of a name ("van", "de", "der") by a
// token's fold.
func isParticleTok(t text.Token) bool { return classOfToken(t)&wParticle != 0 }

// IsPreposition reports the Dutch prepositions that govern a phrase.
func IsPreposition(w string) bool { return classOf(w)&wPreposition != 0 }

// isPrepositionTok is IsPreposition of a token's fold.
func isPrepositionTok(t text.Token) bool { return classOfToken(t)&wPreposition != 0 }

// isFunction reports the words that end a phrase and start none: verbs of
// being and helping, conjunctions, pronouns that stand for no one here,
// adverbs of time and degree.
func isFunction(w string) bool { return classOf(w)&wFunction != 0 || timeWord(w) }

// isFunctionTok is isFunction of a token's fold.
func isFunctionTok(t text.Token) bool {
	return classOfToken(t)&wFunction != 0 || timeWord(t.Fold())
}

// timeWord reports the adverbs of time that isFunction counts beyond its
// word list (see isTime).
func timeWord(w string) bool {
	if n := len(w); n >= 5 {
		switch w[n-1] {
		case 'd', 'g', 't', 'n':
			return isTime(w)
		}
	}
	return false
}

// isVerbLike reports a few verbs that often follow a subject and end it.
func isVerbLike(w string) bool { return classOf(w)&wVerbLike != 0 }

// isVerbLikeTok is isVerbLike of a token's fold.
func isVerbLikeTok(t text.Token) bool { return classOfToken(t)&wVerbLike != 0 }
