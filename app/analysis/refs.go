package analysis

import (
	"slices"
	"strings"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/events"
	"corpusexplorer/app/text"
)

// RefKind tells what kind of words a Reference is.
type RefKind uint8

// Reference kinds.
const (
	// Pronoun is "hij", "hem", "zij" or "ze".
	Pronoun RefKind = iota + 1
	// Group is a number of actors named together before: "de twee",
	// "beide presidenten", "de twee leiders", "beide landen".
	Group
	// Description is a definite noun phrase: "het land", "het bedrijf",
	// "de premier", "de Russische president".
	Description
)

// String returns "pronoun", "group" or "description".
func (k RefKind) String() string {
	switch k {
	case Pronoun:
		return "pronoun"
	case Group:
		return "group"
	case Description:
		return "description"
	}
	return ""
}

// Reference is a mention of actors that names none of them: a pronoun, a
// group or a description, resolved to the actors it stands for from its
// sentence and the ones before it. The reader marks it apart from names;
// an event counts its actors among its participants.
type Reference struct {
	// Span is the words of the reference in the article text.
	Span text.Span
	// Sentence is the index of its sentence in the article's Sentences.
	Sentence int
	Kind     RefKind
	// Actors are the ids of the actors it stands for, in the order they
	// were named: one, or the members of a group.
	Actors []string
}

// entity is something a sentence names that a later reference may point
// back to: a name, a role phrase or a resolved reference.
type entity struct {
	span text.Span
	id   string      // the actor of a name
	ids  []string    // the actors of a reference, nil for a name
	typ  actors.Type // of the first id
	// clause is the index of the clause of the sentence it stands in.
	clause int
	// unnamed is set for a person the sentence opens with but does not
	// name ("De verdachte", "Een 34-jarige man"): "hij" after it is that
	// person, none of the actors.
	unnamed bool
}

// refResolver resolves the references of one article, sentence by
// sentence, keeping what each sentence named.
type refResolver struct {
	a      *Article
	actor  func(id string) (*actors.Actor, bool)
	date   string
	past   [][]entity // the entities of each sentence so far
	refs   []Reference
	titles map[string][]string // actor id → the folded words just before its names
	// unnamed is set once a sentence has brought in a person it does not
	// name ("een 34-jarige man"), whom "de man" or "de verdachte" may
	// then stand for.
	unnamed bool
}

// Resolution rules, in the order they are tried (see resolve):
//
//   - "hij", "hem": the first person named earlier in the sentence (its
//     subject, mostly; for "hem" not the subject of its own clause), else
//     the first person of the nearest of the three sentences before that
//     names one; a person a sentence brings in without a name ("een
//     34-jarige man", and after one "de verdachte") counts as a person
//     there, and "hij" that finds them first stands for no actor; "zij"
//     and "ze" before a plural verb ("zij spraken") are a group as "de
//     twee" is, else the organisation the sentence names first before
//     any person ("N-VA kondigde aan dat ze"), else a person as "hij" is.
//   - "de twee", "beide", "de beide", "de drie", with or without a noun
//     ("beide presidenten", "de twee leiders", "beide landen"): the actors
//     of the noun's type (persons when there is no noun or it names people,
//     places for "landen", organisations for "bedrijven", "partijen") named
//     in the nearest sentence (this one before it, or one of the five
//     before) that names that many; "beide landen" after two leaders are
//     the places they belong to (the gazetteer's affiliation).
//   - "het land", "de stad": the place named last before it in its
//     sentence, not in its own clause, else one of the nearest sentence
//     before that names one: the first (mostly its subject) when no
//     preposition governs the reference, else the last; "het bedrijf",
//     "het concern", "de partij", "de club": an organisation, the same
//     way.
//   - "de premier", "de president", "de Russische president" (a role
//     noun, perhaps after an adjective of nationality): the person named
//     last whose role it is, from the gazetteer's dated roles
//     (actors.Role, active on the article date) or from the words just
//     before one of their names in the article ("premier Van Dalen",
//     "de Amerikaanse president Joe Biden"). With no such person it stays
//     unresolved: a role never falls back on the nearest person.
//
// A phrase that is already an actor mention (a gazetteer role phrase) is
// left to it. Resolved references count as named for the references after
// them ("Hij ... Hij").
func (r *refResolver) sentence(si int) {
	a := r.a
	s := a.Sentences[si]
	toks := a.Tokens[s.Tokens.Start:s.Tokens.End]
	// the actor mentions of the sentence, in order
	lo, _ := slices.BinarySearchFunc(a.Mentions, s.Start, func(m actors.Mention, at int) int { return m.Span.Start - at })
	hi := lo
	for hi < len(a.Mentions) && a.Mentions[hi].Span.Start < s.End {
		hi++
	}
	mentions := a.Mentions[lo:hi]
	var ents []entity
	if len(mentions) > 0 {
		ents = make([]entity, 0, len(mentions)+2) // the names, and room for a reference or two
	}
	unnamed := r.unnamed // someone unnamed brought in: "de man" may be them
	defer func() { r.unnamed = unnamed }()
	clause := 0 // the clause of token k, counted as the loop goes
	mi := 0
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if opensClause(t) {
			clause++
		}
		// names first: the mentions that start before this token
		for mi < len(mentions) && mentions[mi].Span.Start <= t.Start {
			m := mentions[mi]
			mi++
			if act, ok := r.actor(m.ActorID()); ok {
				ents = append(ents, entity{span: m.Span, id: m.ActorID(), typ: act.Type, clause: clause})
			}
		}
		if mi > 0 && mentions[mi-1].Span.End > t.Start {
			continue // inside a name
		}
		if e, indefinite, ok := unnamedAt(toks, k, mentions[mi:], unnamed); ok {
			e.clause = clause
			ents = append(ents, e)
			unnamed = unnamed || indefinite
			continue
		}
		if t.Kind != text.Word || !refStarts.Has(t.FoldID) {
			continue
		}
		ref, end, ok := r.resolve(toks, k, ents, clause, si)
		if !ok {
			continue
		}
		if mi < len(mentions) && mentions[mi].Span.Start < ref.Span.End {
			continue // the words are a name or a role phrase already
		}
		r.refs = append(r.refs, ref)
		typ := actors.Person
		if act, ok := r.actor(ref.Actors[0]); ok {
			typ = act.Type
		}
		ents = append(ents, entity{span: ref.Span, ids: ref.Actors, typ: typ, clause: clause})
		for ; k < end; k++ {
			if opensClause(toks[k+1]) {
				clause++
			}
		}
	}
	for ; mi < len(mentions); mi++ {
		m := mentions[mi]
		if act, ok := r.actor(m.ActorID()); ok {
			ents = append(ents, entity{span: m.Span, id: m.ActorID(), typ: act.Type, clause: clause + 1})
		}
	}
	r.past = append(r.past, ents)
}

// unnamedAt returns the person a phrase at toks[k] stands for without
// naming them: a determiner and, at most two words on, a noun of one
// person ("een 34-jarige man", "de verdachte", "zijn handlanger"), no name
// among them and none after the noun. "hij" after it is that person, none
// of the actors (see person). A definite one ("de man") only after the
// article brought in someone unnamed with "een" (before is set): else it
// mostly describes a person named before ("... Ridouan T. uitgeleverd. De
// man werd in maart opgepakt"). indefinite reports an "een".
func unnamedAt(toks []text.Token, k int, next []actors.Mention, before bool) (e entity, indefinite, ok bool) {
	if !unnamedStarts.Has(toks[k].FoldID) {
		return entity{}, false, false
	}
	switch toks[k].Fold() {
	case "een":
		indefinite = true
	case "de", "zijn", "haar":
		if !before {
			return entity{}, false, false
		}
	default:
		return entity{}, false, false
	}
	for j := k + 1; j <= k+3 && j < len(toks); j++ {
		if toks[j].Kind != text.Word && toks[j].Kind != text.Number {
			return entity{}, false, false
		}
		if len(next) > 0 && next[0].Span.Start < toks[j].End {
			return entity{}, false, false // "de woordvoerder Jan Peeters": named
		}
		if !personNoun(toks[j].Fold()) {
			continue
		}
		if j+1 < len(toks) && (toks[j+1].Fold() == "van" || toks[j+1].Hyphen || len(next) > 0 && next[0].Span.Start == toks[j+1].Start) {
			return entity{}, false, false // "de advocaat van Jansen", "de Nederlander Ridouan T."
		}
		return entity{span: text.Span{Start: toks[k].Start, End: toks[j].End}, typ: actors.Person, unnamed: true}, indefinite, true
	}
	return entity{}, false, false
}

// personNoun reports the nouns of one person that news opens a sentence
// with when it does not name them.
func personNoun(w string) bool {
	switch w {
	case "man", "vrouw", "jongen", "meisje", "jongeman", "tiener", "kind", "baby", "verdachte", "dader", "slachtoffer",
		"bestuurder", "chauffeur", "eigenaar", "getuige", "vader", "moeder", "zoon", "dochter", "advocaat", "advocate",
		"woordvoerder", "woordvoerster", "student", "studente", "leraar", "lerares", "arts", "piloot", "patient", "bewoner",
		"bewoonster", "buurman", "buurvrouw", "fietser", "fietsster", "voetganger", "automobilist", "motorrijder", "handlanger",
		"overvaller", "schutter", "aanvaller", "beklaagde", "beschuldigde", "gedetineerde", "gevangene", "inzittende",
		"agent", "agente", "politieagent", "brandweerman", "militair", "soldaat", "klokkenluider", "medewerker", "medewerkster":
		return true
	}
	return false
}

// firstOrganisation returns the organisation the sentence named first
// before the reference, when it named no person before it; "" otherwise.
func firstOrganisation(ents []entity) string {
	for i := range ents {
		switch {
		case ents[i].typ == actors.Person:
			return ""
		case ents[i].typ == actors.Organisation && ents[i].single() != "":
			return ents[i].single()
		}
	}
	return ""
}

// single returns the one actor the entity stands for, "" for a group.
func (e *entity) single() string {
	if e.ids == nil {
		return e.id
	}
	if len(e.ids) == 1 {
		return e.ids[0]
	}
	return ""
}

// all returns the actors the entity stands for.
func (e *entity) all() []string {
	if e.ids == nil {
		return []string{e.id}
	}
	return e.ids
}

// clauseOpeners are the tokens that start a new clause of a sentence: a
// comma, a colon, a semicolon, a quote, a dash or a word that opens a
// clause (dat, omdat, maar, terwijl, als, toen).
var clauseOpeners = text.NewFoldSet(",", ";", ":", "\"", "(", ")", "-", "–", "dat", "omdat", "maar", "terwijl", "nadat", "zodat", "hoewel", "als", "toen")

// opensClause reports whether t starts a new clause (see clauseOpeners).
func opensClause(t text.Token) bool { return clauseOpeners.Has(t.FoldID) }

// refStarts are the words a reference can start with.
var refStarts = text.NewFoldSet("hij", "hem", "zij", "ze", "de", "het", "beide")

// unnamedStarts are the words an unnamed person's phrase starts with (see
// unnamedAt).
var unnamedStarts = text.NewFoldSet("een", "de", "zijn", "haar")

// resolve tries the rules at toks[k] and returns the reference, the last
// token it covers, and whether one was found and resolved.
func (r *refResolver) resolve(toks []text.Token, k int, ents []entity, clause, si int) (Reference, int, bool) {
	f := toks[k].Fold()
	fold := func(j int) string {
		if j < len(toks) {
			return toks[j].Fold()
		}
		return ""
	}
	ref := func(kind RefKind, end int, ids []string) (Reference, int, bool) {
		if len(ids) == 0 {
			return Reference{}, 0, false
		}
		return Reference{Span: text.Span{Start: toks[k].Start, End: toks[end].End}, Sentence: si, Kind: kind, Actors: ids}, end, true
	}
	switch f {
	case "hij":
		return ref(Pronoun, k, r.person(ents, -1))
	case "hem":
		// an object is not the subject of its own clause: "De Croo
		// noemde hem" is someone else
		return ref(Pronoun, k, r.person(ents, clause))
	case "zij", "ze":
		if v := fold(k + 1); strings.HasSuffix(v, "en") || v == "zijn" {
			return ref(Pronoun, k, r.group(ents, actors.Person, 2))
		}
		if id := firstOrganisation(ents); id != "" {
			// "Oppositiepartij N-VA kondigde aan dat ze ...": a party or a
			// company is "ze" too
			return ref(Pronoun, k, []string{id})
		}
		return ref(Pronoun, k, r.person(ents, -1))
	case "de", "beide":
		n, j := 0, k+1
		switch {
		case f == "beide":
			n, j = 2, k+1
		case fold(k+1) == "beide" || fold(k+1) == "twee":
			n, j = 2, k+2
		case fold(k+1) == "drie":
			n, j = 3, k+2
		}
		if n > 0 {
			typ, end := actors.Person, j-1
			if noun, ok := groupNoun(fold(j)); ok {
				typ, end = noun, j
			} else if j < len(toks) && toks[j].Kind == text.Word && !isVerbish(fold(j)) {
				return Reference{}, 0, false // "de twee partijen" of some other kind
			}
			return ref(Group, end, r.group(ents, typ, n))
		}
	}
	if f != "de" && f != "het" {
		return Reference{}, 0, false
	}
	// a description: de/het, perhaps an adjective of nationality, a noun
	j, adj := k+1, ""
	if j < len(toks) && toks[j].Upper(r.a.Text) && strings.HasSuffix(toks[j].Fold(), "e") {
		adj, j = toks[j].Fold(), j+1
	}
	if j >= len(toks) || j+1 < len(toks) && toks[j+1].Hyphen {
		return Reference{}, 0, false
	}
	noun := toks[j].Fold()
	if j+1 < len(toks) && (toks[j+1].Upper(r.a.Text) && toks[j+1].Kind == text.Word || fold(j+1) == "van") {
		return Reference{}, 0, false // "de premier Van Dalen", "de president van Rusland": named there
	}
	// a description no preposition governs is mostly a subject, and
	// stands for the subject of the sentence before ("Dat maakte het
	// bedrijf bekend"); after one, for what was named last ("te groot
	// wordt in het land")
	subject := k == 0 || !events.IsPreposition(fold(k-1))
	switch noun {
	case "land", "stad", "hoofdstad":
		// "het land", "de stad", "de hoofdstad": a country is no city
		if adj == "" && (f == "het") == (noun == "land") {
			country := noun == "land"
			return ref(Description, j, r.last(ents, actors.Place, clause, subject, func(id string) bool { return r.country(id) == country }))
		}
	case "bedrijf", "concern", "onderneming", "bank":
		// a company is no public body: "De Europese Commissie legde Apple
		// een boete op. Het bedrijf ..." is Apple
		if adj == "" {
			return ref(Description, j, r.last(ents, actors.Organisation, clause, subject, func(id string) bool { return !r.publicBody(id) }))
		}
	case "organisatie", "partij", "club", "bond", "vakbond", "ploeg":
		if adj == "" {
			return ref(Description, j, r.last(ents, actors.Organisation, clause, subject, nil))
		}
	}
	if f == "de" && roleNoun(noun) {
		return ref(Description, j, r.role(ents, noun, adj))
	}
	return Reference{}, 0, false
}

// isVerbish reports a word that may follow "de twee" as a verb or adverb
// rather than a noun of the group.
func isVerbish(w string) bool {
	switch w {
	case "hebben", "hadden", "zijn", "waren", "spraken", "zullen", "zouden", "kunnen", "willen", "wilden", "elkaar", "ook", "al", "nog", "er", "niet", "zich", "die", "en", "van", "in", "op", "met":
		return true
	}
	return strings.HasSuffix(w, "den") || strings.HasSuffix(w, "ten")
}

// groupNoun returns the type of the actors a plural noun of a group
// names: landen are places, bedrijven organisations, leiders persons.
func groupNoun(w string) (actors.Type, bool) {
	switch w {
	case "landen", "staten", "steden", "naties":
		return actors.Place, true
	case "bedrijven", "partijen", "organisaties", "clubs", "ploegen", "banken", "concerns", "bonden":
		return actors.Organisation, true
	case "presidenten", "leiders", "ministers", "premiers", "mannen", "vrouwen", "politici", "staatshoofden", "regeringsleiders", "wereldleiders", "spelers", "broers", "zussen", "verdachten", "kandidaten":
		return actors.Person, true
	}
	return 0, false
}

// roleNoun reports the nouns of an office a person holds.
func roleNoun(w string) bool {
	switch w {
	case "president", "premier", "minister", "minister-president", "leider", "bondskanselier", "kanselier",
		"koning", "koningin", "burgemeester", "staatshoofd", "voorzitter", "secretaris-generaal", "paus",
		"vicepresident", "gouverneur", "topman", "topvrouw", "ceo", "directeur", "trainer", "coach", "bondscoach":
		return true
	}
	return false
}

// person returns the first person named in the sentence before the
// reference, else the first person of the nearest of the three sentences
// before. The first person of clause notSubjectOf (-1 for none) is
// passed over: the subject of the clause of an object pronoun.
func (r *refResolver) person(ents []entity, notSubjectOf int) []string {
	subject := true // the first person of clause notSubjectOf is yet to come
	for i := range ents {
		if ents[i].unnamed {
			if ents[i].clause == notSubjectOf && subject {
				subject = false
				continue
			}
			return nil // "De verdachte ... of hij": that person
		}
		if id := ents[i].single(); ents[i].typ == actors.Person && id != "" {
			if ents[i].clause == notSubjectOf && subject {
				subject = false
				continue
			}
			return []string{id}
		}
	}
	for back := 1; back <= 3 && back <= len(r.past); back++ {
		es := r.past[len(r.past)-back]
		for i := range es {
			if es[i].unnamed {
				return nil // "De man werd opgepakt. Hij ...": that man
			}
			if id := es[i].single(); es[i].typ == actors.Person && id != "" {
				return []string{id}
			}
		}
	}
	return nil
}

// group returns n actors of type typ named together: in the sentence
// before the reference, or in the nearest of the five sentences before
// that names n of them. For places, n persons who belong to n different
// places stand for those places, when they are named nearer.
func (r *refResolver) group(ents []entity, typ actors.Type, n int) []string {
	try := func(ents []entity) []string {
		var ids, places []string
		for i := range ents {
			for _, id := range ents[i].all() {
				act, ok := r.actor(id)
				if !ok {
					continue
				}
				if act.Type == typ && !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
				if typ == actors.Place && act.Type == actors.Person && act.Affiliation != "" {
					if aff, ok := r.actor(act.Affiliation); ok && aff.Type == actors.Place && !slices.Contains(places, aff.ID) {
						places = append(places, aff.ID)
					}
				}
			}
		}
		switch {
		case len(places) >= n:
			return places[:n]
		case len(ids) >= n:
			return ids[:n]
		}
		return nil
	}
	if ids := try(ents); ids != nil {
		return ids
	}
	for back := 1; back <= 5 && back <= len(r.past); back++ {
		if ids := try(r.past[len(r.past)-back]); ids != nil {
			return ids
		}
	}
	return nil
}

// last returns the actor of type typ named last before the reference,
// outside its own clause, in the sentence; else one named in the nearest
// of the three sentences before that names one (and fits, when fits is
// not nil): for a subject the first
// (mostly that sentence's subject: "ASML neemt Berliner Glas over. Dat
// maakte het bedrijf bekend" is ASML), else the last.
func (r *refResolver) last(ents []entity, typ actors.Type, clause int, subject bool, fits func(id string) bool) []string {
	ok := func(e *entity) (string, bool) {
		id := e.single()
		return id, e.typ == typ && id != "" && (fits == nil || fits(id))
	}
	for i := len(ents) - 1; i >= 0; i-- {
		if id, yes := ok(&ents[i]); yes && ents[i].clause != clause {
			return []string{id}
		}
	}
	for back := 1; back <= 3 && back <= len(r.past); back++ {
		es := r.past[len(r.past)-back]
		for n := range es {
			i := len(es) - 1 - n
			if subject {
				i = n
			}
			if id, yes := ok(&es[i]); yes {
				return []string{id}
			}
		}
	}
	return nil
}

// publicBody reports whether the organisation id is a body of a state or
// union by its name: a commission, ministry, council, parliament,
// chamber, court, government, police, army, union or alliance.
func (r *refResolver) publicBody(id string) bool {
	act, ok := r.actor(id)
	if !ok {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(act.Name)) {
		for _, b := range []string{"commissie", "ministerie", "raad", "parlement", "kamer", "rechtbank", "hof", "regering", "kabinet", "politie", "leger", "unie", "navo", "naties", "gemeente", "provincie", "senaat", "congres", "kremlin", "huis"} {
			if strings.HasSuffix(w, b) {
				return true
			}
		}
	}
	switch act.Name {
	case "EU", "VN", "NAVO", "NATO", "OM", "IMF", "WHO":
		return true
	}
	return false
}

// country reports whether the place id is a country or world region: one
// of its names is (see actors.Country).
func (r *refResolver) country(id string) bool {
	act, ok := r.actor(id)
	if !ok {
		return false
	}
	return slices.ContainsFunc(act.Names(), actors.Country)
}

// role returns the person named last (in the sentence or the article
// before it) who holds the role noun, with the adjective when one is
// given: by a gazetteer role active on the article date, or by the words
// just before one of their names in the article.
func (r *refResolver) role(ents []entity, noun, adj string) []string {
	holds := func(id string) bool {
		act, ok := r.actor(id)
		if !ok || act.Type != actors.Person {
			return false
		}
		for _, ro := range act.Roles {
			words := strings.Fields(strings.ToLower(ro.Phrase))
			if slices.Contains(words, noun) && (adj == "" || slices.ContainsFunc(words, func(w string) bool { return foldWord(w) == adj })) && ro.Active(r.date) {
				return true
			}
		}
		t := r.titleWords(id)
		return slices.Contains(t, noun) && (adj == "" || slices.Contains(t, adj))
	}
	for i := len(ents) - 1; i >= 0; i-- {
		if id := ents[i].single(); id != "" && holds(id) {
			return []string{id}
		}
	}
	for back := 1; back <= len(r.past); back++ {
		es := r.past[len(r.past)-back]
		for i := len(es) - 1; i >= 0; i-- {
			if id := es[i].single(); id != "" && holds(id) {
				return []string{id}
			}
		}
	}
	return nil
}

// titleWords returns the folded words that stand just before the names of
// the actor in the article (up to three, back to a determiner): "premier"
// for "premier Van Dalen", "amerikaanse president" for "de Amerikaanse
// president Joe Biden".
func (r *refResolver) titleWords(id string) []string {
	if r.titles == nil {
		r.titles = map[string][]string{}
		a := r.a
		for _, m := range a.Mentions {
			if m.Role {
				continue
			}
			k, _ := slices.BinarySearchFunc(a.Tokens, m.Span.Start, func(t text.Token, at int) int { return t.Start - at })
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				t := a.Tokens[j]
				if t.Kind != text.Word || isArticle(t.Fold()) {
					break
				}
				r.titles[m.ActorID()] = append(r.titles[m.ActorID()], t.Fold())
			}
		}
	}
	return r.titles[id]
}

func isArticle(w string) bool { return w == "de" || w == "het" || w == "een" }

// foldWord folds one word as the tokenizer does.
func foldWord(w string) string {
	toks := text.Tokenize(w)
	if len(toks) == 0 {
		return w
	}
	return toks[0].Fold()
}
