package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"corpusexplorer/app/text"
)

// cand is a discovered capitalised name sequence [start, end) in tokens.
type cand struct {
	start, end int
	folds      []string // folded tokens, words only
	key        string   // folds joined by spaces
	orgWord    bool     // contains an organisation word
	portfolio  bool     // a ministry named by its portfolio (see portfolioAt)
	link       int      // index of the longer cand it is a short form of, or -1
	linkActor  int      // gazetteer person it is a short form of, or -1
	group      int
}

// group is one discovered actor of an article: all cands with one key or
// linked to one full name.
type group struct {
	name  string
	key   string
	folds []string
	score [Other + 1]float64 // indexed by Type (0 unused)
	actor int                // gazetteer actor it turned out to be, or -1
	forms []string
}

// discover finds the capitalised name sequences not covered by gazetteer
// mentions, links short forms to full names, types the names and adds
// their mentions. It returns the discovered actors by group index.
func (e *Extractor) discover(st *docState) []Actor {
	var cands []cand
	n := len(st.toks)
	for i := 0; i < n; {
		if end, ok := e.portfolioAt(st, i); ok {
			c := cand{start: i, end: end, link: -1, linkActor: -1, orgWord: true, portfolio: true}
			for k := i; k < end; k++ {
				if st.toks[k].Kind == text.Word && st.upper(k) {
					c.folds = append(c.folds, st.toks[k].Fold())
				}
			}
			c.key = strings.Join(c.folds, " ")
			cands = append(cands, c)
			i = end
			continue
		}
		s, end, absorbed, ok := e.sequenceAt(st, i)
		if !ok {
			i++
			continue
		}
		c, ok := e.trim(st, s, end)
		if ok && c.start > s {
			// The sentence-initial word went: read again from the name
			// (Volgens Gerard 't Hooft).
			if s2, end2, abs2, ok2 := e.sequenceAt(st, c.start); ok2 && end2 > end {
				if c2, ok3 := e.trim(st, s2, end2); ok3 {
					c, end, absorbed = c2, end2, abs2
				}
			}
		}
		if ok {
			cands = append(cands, c)
			for _, m := range absorbed {
				if c.start <= st.ms[m].start && st.ms[m].end <= c.end {
					st.ms[m].actor, st.ms[m].group = -1, -1
				}
			}
		}
		i = end
	}
	if len(cands) == 0 {
		return nil
	}

	// Gazetteer persons named in full in the article, for short forms.
	type full struct {
		folds []string
		actor int
		cand  int
		start int
	}
	var fulls []full
	for _, m := range st.ms {
		if m.role || m.actor < 0 || e.actors[m.actor].Type != Person {
			continue
		}
		for _, f := range e.nameFolds(m.actor) {
			if len(f) >= 2 {
				fulls = append(fulls, full{folds: f, actor: m.actor, cand: -1, start: m.start})
			}
		}
	}
	for ci := range cands {
		c := &cands[ci]
		// "Frans Muller": a word of nationality that is also a first name
		// opens a full name, which "Muller" after it names again
		if len(c.folds) >= 2 && !c.orgWord && e.places[c.key] == false && (!e.lex.nonName[c.folds[0]] || e.first[c.folds[0]]) {
			fulls = append(fulls, full{folds: c.folds, actor: -1, cand: ci, start: c.start})
		}
	}
	for ci := range cands {
		c := &cands[ci]
		if len(c.folds) > 3 || c.orgWord {
			continue
		}
		best, bestDist := -1, 1<<30
		for fi, f := range fulls {
			if f.cand == ci || len(f.folds) <= len(c.folds) || !isSuffix(f.folds, c.folds) {
				continue
			}
			dist := c.start - f.start
			if dist < 0 {
				dist = 1<<20 - dist // prefer a full name before the short form
			}
			if dist < bestDist {
				best, bestDist = fi, dist
			}
		}
		if best >= 0 {
			c.link, c.linkActor = fulls[best].cand, fulls[best].actor
		}
	}

	// Group by key; short forms join their full name's group.
	var groups []group
	byKey := make(map[string]int)
	groupOf := func(ci int) int {
		c := &cands[ci]
		key := c.key
		if g, ok := byKey[key]; ok {
			return g
		}
		byKey[key] = len(groups)
		groups = append(groups, group{name: e.surface(st, c.start, c.end), key: key, folds: c.folds, actor: -1})
		return len(groups) - 1
	}
	for ci := range cands {
		c := &cands[ci]
		switch {
		case c.linkActor >= 0:
			c.group = -1
		case c.link >= 0:
			root := c.link
			for cands[root].link >= 0 && cands[root].link != root {
				root = cands[root].link
			}
			c.group = groupOf(root)
		default:
			c.group = groupOf(ci)
		}
	}
	// The static evidence comes from the longest form of each group.
	longest := make([]int, len(groups))
	for gi := range longest {
		longest[gi] = -1
	}
	for ci := range cands {
		c := &cands[ci]
		if c.group < 0 {
			continue
		}
		if l := longest[c.group]; l < 0 || len(c.folds) > len(cands[l].folds) {
			longest[c.group] = ci
		}
	}
	for gi, ci := range longest {
		if ci >= 0 {
			groups[gi].name = e.surface(st, cands[ci].start, cands[ci].end)
			e.staticScore(&groups[gi], st, &cands[ci])
		}
	}
	for ci := range cands {
		c := &cands[ci]
		if c.group < 0 {
			continue
		}
		g := &groups[c.group]
		e.contextScore(g, st, c)
		if c.link >= 0 && len(g.folds) >= 2 && !cands[c.link].orgWord && !e.places[g.key] {
			// News names a person again by the surname alone (Toni Brogno
			// ... Brogno); a company or place is seldom named by its last
			// word.
			g.score[Person] += 1.5
		}
		if f := e.surface(st, c.start, c.end); f != g.name {
			g.forms = append(g.forms, f)
		}
	}

	// Names in a list share their type: Kroto, Smalley en Curl; Hingis,
	// Seles of Clijsters. A name in a list with known or typed names gets
	// their types as extra evidence.
	typeAt := make(map[int]Type) // first token → type of the mention there
	endAt := make(map[int]Type)  // last token + 1 → type
	for _, m := range st.ms {
		if !m.role && m.actor >= 0 {
			typeAt[m.start], endAt[m.end] = e.actors[m.actor].Type, e.actors[m.actor].Type
		}
	}
	for ci := range cands {
		c := &cands[ci]
		if c.group >= 0 {
			t := bestType(&groups[c.group])
			typeAt[c.start], endAt[c.end] = t, t
		} else if c.linkActor >= 0 {
			typeAt[c.start], endAt[c.end] = Person, Person
		}
	}
	extra := make([][Other + 1]float64, len(groups))
	for ci := range cands {
		c := &cands[ci]
		if c.group < 0 {
			continue
		}
		if p := c.start - 1; p >= 1 && isListSep(st.toks[p].Fold()) {
			if t, ok := endAt[p]; ok {
				extra[c.group][norm(t)]++
			}
		}
		if n := c.end; n+1 < len(st.toks) && isListSep(st.toks[n].Fold()) {
			if t, ok := typeAt[n+1]; ok {
				extra[c.group][norm(t)]++
			}
		}
	}
	for gi := range groups {
		for t := range extra[gi] {
			groups[gi].score[t] += extra[gi][t]
		}
	}

	actors := make([]Actor, len(groups))
	for gi := range groups {
		g := &groups[gi]
		id := Slug(g.name)
		if ai, ok := e.byID[id]; ok {
			g.actor = ai
			continue
		}
		t := bestType(g)
		a := Actor{ID: id, Name: g.name, Type: t, Discovered: true}
		seen := map[string]bool{g.name: true}
		for _, f := range g.forms {
			if !seen[f] {
				seen[f] = true
				a.Aliases = append(a.Aliases, f)
			}
		}
		actors[gi] = a
	}
	for ci := range cands {
		c := &cands[ci]
		m := mention{start: c.start, end: c.end, actor: c.linkActor, group: -1}
		if c.group >= 0 {
			if ai := groups[c.group].actor; ai >= 0 {
				m.actor = ai
			} else {
				m.group = c.group
			}
		}
		idx := int32(len(st.ms))
		st.ms = append(st.ms, m)
		for k := c.start; k < c.end; k++ {
			st.cover[k] = idx
		}
	}
	return actors
}

// bestType returns the type with the highest score; ties go to Person,
// then Organisation, then Place.
func bestType(g *group) Type {
	t := Person
	best := g.score[Person]
	for _, ty := range []Type{Organisation, Place, Other} {
		if g.score[ty] > best {
			t, best = ty, g.score[ty]
		}
	}
	return t
}

// signature reports whether the discovered name [start, end) is the
// initials of a journalist in brackets: one word of two to four capitals
// before ")", after a "(" that stands where a sentence starts (... laatste
// zin. (KS)) or after a comma inside brackets (gisteren op de
// persconferentie, TS), but not after an age (Jan Peeters (52, VLD)).
func (e *Extractor) signature(st *docState, start, end int) bool {
	n := utf8.RuneCountInString(st.toks[start].Fold())
	if end-start != 1 || n < 2 || n > 4 || !st.toks[start].AllCaps(st.src) || end >= len(st.toks) || st.toks[end].Fold() != ")" {
		return false
	}
	p := start - 1
	if p < 0 || st.seg[p] != st.seg[start] {
		return false
	}
	switch st.toks[p].Fold() {
	case "(":
		return p == 0 || st.seg[p-1] != st.seg[p] || isSentenceEnd(st.toks[p-1].Fold())
	case ",":
		for k := p - 1; k >= 0 && k >= p-15 && st.seg[k] == st.seg[p]; k-- {
			switch st.toks[k].Fold() {
			case ")":
				return false
			case "(":
				return k+1 < p && st.toks[k+1].Kind != text.Number // (52, VLD) is an age and a party
			}
		}
	}
	return false
}

func isSentenceEnd(f string) bool {
	switch f {
	case ".", "!", "?", "\"", "”", "'", "’":
		return true
	}
	return false
}

// locative reports whether a folded word is a preposition of place that
// puts what follows its article in a place: in de Dolomieten, op de
// Kouter, aan de Rijselpoort, naar het Eilandje.
func locative(f string) bool {
	switch f {
	case "in", "op", "aan", "naar", "uit", "over", "langs", "vanuit", "nabij", "richting", "rond", "tussen", "achter", "onder", "boven", "bovenop":
		return true
	}
	return false
}

// norm maps Media to Organisation for list evidence.
func norm(t Type) Type {
	if t == Media {
		return Organisation
	}
	return t
}

func isListSep(f string) bool { return f == "," || f == "en" || f == "of" || f == "&" || f == "/" }

// wordFolds returns the folded word tokens of s.
func wordFolds(s string) []string {
	var out []string
	for _, t := range text.Tokenize(s) {
		if t.Kind != text.Punct {
			out = append(out, t.Fold())
		}
	}
	return out
}

// isSuffix reports whether short is a proper suffix of long, allowing a
// possessive -s on the last word of short.
func isSuffix(long, short []string) bool {
	off := len(long) - len(short)
	if off <= 0 {
		return false
	}
	for k, s := range short {
		l := long[off+k]
		if s == l {
			continue
		}
		if k == len(short)-1 && len(l) >= 3 && s == l+"s" {
			continue
		}
		return false
	}
	return true
}

// surface returns the name as written by tokens [start, end), with runs of
// space made single and a possessive 's dropped.
func (e *Extractor) surface(st *docState, start, end int) string {
	s := singleSpaced(st.src[st.toks[start].Start:st.toks[end-1].End])
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, p) && len(s) > len(p) {
			s = s[:len(s)-len(p)]
		}
	}
	return s
}

// singleSpaced returns s with its runs of white space made one space and
// none at either end: strings.Join(strings.Fields(s), " "), with no
// allocation when s is so already (a name is seldom written otherwise).
func singleSpaced(s string) string {
	space := true // the byte before i is a space, or i is 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			sp := c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
			if sp && (c != ' ' || space) {
				return strings.Join(strings.Fields(s), " ")
			}
			space = sp
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		space = false
		i += n
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// capWord reports whether token j is a capitalised word not covered by a
// mention.
func (st *docState) capWord(j int) bool {
	return j < len(st.toks) && st.cover[j] < 0 && st.upper(j)
}

// sequenceAt returns the raw capitalised sequence starting at token i:
// capitalised words, capitalised hyphen parts (Jean-Luc, Sint-Truiden),
// initials (J.), lower-case particles after a first name, initial or
// capitalised particle (Jan van der Berg, Peter R. de Vries, Van den
// Bossche) or before a surname (Royce de Vries, see surnameParticles),
// connectors inside an organisation name (Commissie voor Onrechtmatige
// Bedingen, Universiteit van Gent, Lernout & Hauspie; not in before a
// known place) and adjectives of nationality between two capitalised
// words (Koninklijke Belgische Voetbalbond). It also returns the gazetteer
// mentions that an organisation name swallowed (the Gent of Universiteit
// van Gent).
func (e *Extractor) sequenceAt(st *docState, i int) (int, int, []int32, bool) {
	if !st.capWord(i) {
		return 0, 0, nil, false
	}
	f := st.toks[i].Fold()
	if e.lex.isTitle(f) && !(st.weak[i] && e.first[f]) {
		return 0, 0, nil, false
	}
	if (e.lex.nonName[f] || e.isNationalAdj(st, i)) && !(e.first[f] && i+1 < len(st.toks) && st.adjacent(i+1) && st.capWord(i+1)) {
		// Frans Timmermans is a name, Frans alone a language.
		return 0, 0, nil, false
	}
	if e.truncated(st, i) {
		return 0, 0, nil, false
	}
	if e.lex.placePrefix[f] && i+1 < len(st.toks) && st.toks[i+1].Hyphen && st.upper(i+1) && e.isNationalAdj(st, i+1) {
		// Oost-Europese: one adjective, no name.
		return 0, 0, nil, false
	}
	start := i
	if e.lex.particle[f] {
		// A capitalised particle starts a name only before a capitalised word.
		k := i + 1
		for k < len(st.toks) && st.adjacent(k) && st.cover[k] < 0 && e.lex.particle[st.toks[k].Fold()] {
			k++
		}
		if k >= len(st.toks) || !st.adjacent(k) || !st.capWord(k) || e.lex.particle[st.toks[k].Fold()] {
			return 0, 0, nil, false
		}
	}
	isOrg := func(j int) bool { return e.lex.orgWord[st.toks[j].Fold()] || e.orgSuffix(st.toks[j].Fold()) }
	orgMode := isOrg(i)
	personal := e.first[f] || e.lex.particle[f] || utf8.RuneCountInString(f) == 1
	var absorbed []int32
	end := i + 1
	for j := i + 1; j < len(st.toks); {
		if !st.adjacent(j) {
			break
		}
		if c := st.cover[j]; c >= 0 {
			// An organisation name goes on over a known name after a
			// connector: Universiteit van Gent.
			m := st.ms[c]
			if orgMode && m.start == j && !m.role && j > end && !e.personAt(st, j) {
				absorbed = append(absorbed, c)
				end = m.end
				j = m.end
				continue
			}
			break
		}
		t := st.toks[j]
		if t.Hyphen {
			// A hyphen part that is an adjective goes on only before an
			// institution's word: Rooms-Katholieke Kerk.
			if st.upper(j) && (!e.isNationalAdj(st, j) || e.canContinue(st, j) && e.institutionAt(st, j+1)) {
				end = j + 1
				personal = personal && e.first[t.Fold()]
				j++
				continue
			}
			break
		}
		if t.Kind == text.Punct {
			// An initial: J. Peeters, Peter R. de Vries.
			if t.Fold() == "." && t.Start == st.toks[j-1].End && utf8.RuneCountInString(st.toks[j-1].Fold()) == 1 &&
				st.upper(j-1) && j+1 < len(st.toks) && st.adjacent(j+1) && (st.capWord(j+1) ||
				(personal || e.surnameParticles(st, start, j+1)) && e.lex.particle[st.toks[j+1].Fold()] && !st.upper(j+1)) {
				j++
				continue
			}
			// Lernout & Hauspie.
			if t.Fold() == "&" && j == end && j+1 < len(st.toks) && st.adjacent(j+1) && st.capWord(j+1) {
				j++
				continue
			}
			break
		}
		if st.upper(j) {
			if e.lex.particle[st.toks[j-1].Fold()] && st.upper(j-1) && j == end {
				// After a capitalised particle anything goes: De Prins, De Koning.
				orgMode = orgMode || isOrg(j)
				end = j + 1
				j++
				continue
			}
			if !e.canContinue(st, j) || e.truncated(st, j) {
				break
			}
			orgMode = orgMode || isOrg(j)
			personal = personal && (e.first[t.Fold()] || e.lex.particle[t.Fold()] || utf8.RuneCountInString(t.Fold()) == 1)
			end = j + 1
			j++
			continue
		}
		join := orgMode && e.lex.connector[t.Fold()] || personal && e.lex.particle[t.Fold()] || e.surnameParticles(st, start, j)
		if join {
			k := j
			for k < len(st.toks) && st.adjacent(k) && st.cover[k] < 0 && !st.upper(k) &&
				(orgMode && e.lex.connector[st.toks[k].Fold()] || e.lex.particle[st.toks[k].Fold()]) && k-j < 3 {
				k++
			}
			if (t.Fold() == "en" || t.Fold() == "and" || t.Fold() == "et") && k > j+1 {
				break // Ministerie van Onderwijs en de Kredietbank: two names
			}
			if (t.Fold() == "en" || t.Fold() == "and" || t.Fold() == "et") && !e.connectorBefore(st, start, j) {
				// Kredietbank en Cera, Air Littoral en Air Liberté: two
				// names; "en" joins only the parts of a name that a
				// connector opened (Commissie voor Monumenten en
				// Landschappen, Ministerie van Onderwijs en Wetenschappen).
				break
			}
			if t.Fold() == "in" && e.placeAt(st, k) {
				break // Bank of England in Bergen op Zoom: where the bank is
			}
			if orgMode && e.personAt(st, k) {
				break // Europese Volkspartij van Ursula von der Leyen: the leader
			}
			if k < len(st.toks) && st.adjacent(k) && !e.lex.particle[st.toks[k].Fold()] {
				if st.capWord(k) && !e.lex.title[st.toks[k].Fold()] && (e.canContinue(st, k) || personal || orgMode) {
					end = k + 1
					j = k + 1
					personal = false
					orgMode = orgMode || isOrg(k)
					continue
				}
				if c := st.cover[k]; orgMode && c >= 0 && st.ms[c].start == k && !st.ms[c].role {
					absorbed = append(absorbed, c)
					end = st.ms[c].end
					j = end
					continue
				}
			}
		}
		if j == end {
			if k, ok := e.placeJoin(st, start, end); ok {
				// Bergen op Zoom, Huis ten Bosch.
				end, j = k+1, k+1
				personal = false
				continue
			}
		}
		break
	}
	if e.lex.channel[st.toks[end-1].Fold()] && end < len(st.toks) && st.adjacent(end) && st.toks[end].Kind == text.Number {
		if channelNumberAt(st, end) {
			end++ // Radio 1, Kanaal 2
		} else if end-start == 1 && end+1 < len(st.toks) && st.toks[end+1].Hyphen {
			return 0, 0, nil, false // TV 1-serie: a word, no name
		}
	}
	return start, end, absorbed, true
}

// channelEnd reports whether the name [start, end) ends in the number of
// a channel: Radio 1, Kanaal 2.
func (e *Extractor) channelEnd(st *docState, start, end int) bool {
	return end-start >= 2 && channelNumberAt(st, end-1) && e.lex.channel[st.toks[end-2].Fold()]
}

// channelNumberAt reports whether token j is the number of a channel after
// the name of a broadcaster: one digit after a space (Radio 1, BBC 2, TV 1
// 17.30), not the first part of a compound (TV 1-serie, Radio 1-programma).
func channelNumberAt(st *docState, j int) bool {
	if j >= len(st.toks) || !st.adjacent(j) || st.toks[j].Hyphen {
		return false
	}
	t := st.toks[j]
	if t.Kind != text.Number || len(t.Fold()) != 1 || t.Fold() == "0" || t.Start == st.toks[j-1].End {
		return false
	}
	return j+1 >= len(st.toks) || !st.toks[j+1].Hyphen
}

// personAt reports whether a person's name starts at token k: the
// mention of a gazetteer person, or a known first name followed by a
// surname (a capitalised word, an initial or particles and a capitalised
// word). A connector inside an organisation name does not join such a
// name: the party of its leader (Europese Volkspartij van Ursula von der
// Leyen) is two actors, Universiteit van Amsterdam one.
func (e *Extractor) personAt(st *docState, k int) bool {
	if k >= len(st.toks) || !st.adjacent(k) {
		return false
	}
	if st.cover[k] >= 0 {
		t, ok := e.knownAt(st, k)
		return ok && t == Person
	}
	f := st.toks[k].Fold()
	if !st.capWord(k) || !e.first[f] || e.places[f] || e.lex.orgWord[f] || e.lex.title[f] {
		return false
	}
	j := k + 1
	if j < len(st.toks) && st.toks[j].Hyphen && st.upper(j) {
		j++ // Jean-Luc
	}
	if j < len(st.toks) && st.toks[j].Fold() == "." && st.toks[j].Start == st.toks[j-1].End &&
		utf8.RuneCountInString(f) == 1 {
		j++
	}
	for n := 0; n < 3 && j < len(st.toks) && st.adjacent(j) && !st.upper(j) && e.lex.particle[st.toks[j].Fold()]; n++ {
		j++ // von der Leyen
	}
	return j < len(st.toks) && st.adjacent(j) && st.upper(j) && !st.toks[j].Hyphen &&
		(st.cover[j] < 0 || st.ms[st.cover[j]].start == j) && !e.lex.orgWord[st.toks[j].Fold()] && !e.lex.title[st.toks[j].Fold()]
}

// portfolioAt returns the end of a ministry named by its portfolio after
// "minister van", "ministerie van", "schepen van"...: Binnenlandse Zaken,
// Landbouw en KMO, also when the minister's name stands between (minister
// Dilan Yeşilgöz-Zegerius van Justitie en Veiligheid). The ministry is an
// organisation.
func (e *Extractor) portfolioAt(st *docState, i int) (int, bool) {
	if i < 2 || !st.capWord(i) || st.toks[i-1].Fold() != "van" || !st.adjacent(i) || !st.adjacent(i-1) {
		return 0, false
	}
	if !isPortfolioCue(st.toks[i-2].Fold()) && !isPortfolioCue(st.toks[e.nameStart(st, i-2)-1].Fold()) {
		return 0, false
	}
	if f := st.toks[i].Fold(); !e.lex.nonName[f] && !e.isNationalAdj(st, i) && !e.lex.isCommonWord(f) &&
		(e.places[f] || st.cover[i] >= 0 || e.first[f]) {
		return 0, false // a place or a name: schepen van Gent, minister Van Dijk van Rotterdam
	}
	end := i + 1
	for j := i + 1; j < len(st.toks) && st.adjacent(j); j++ {
		t := st.toks[j]
		if e.lex.title[t.Fold()] {
			break // Buitenlandse Handel, Minister Micky Adriaansens van ...
		}
		if st.capWord(j) && (e.lex.nonName[t.Fold()] || e.isNationalAdj(st, j) || e.lex.isCommonWord(t.Fold()) || t.AllCaps(st.src)) {
			end = j + 1
			continue
		}
		if (t.Fold() == "en" || t.Fold() == ",") && j+1 < len(st.toks) && st.adjacent(j+1) && st.capWord(j+1) &&
			!e.lex.title[st.toks[j+1].Fold()] &&
			(e.lex.nonName[st.toks[j+1].Fold()] || st.toks[j+1].AllCaps(st.src) || e.lex.isCommonWord(st.toks[j+1].Fold())) {
			continue
		}
		break
	}
	return end, true
}

// placeAt reports whether token k starts a known place: a listed place
// or the mention of a gazetteer place.
func (e *Extractor) placeAt(st *docState, k int) bool {
	if k >= len(st.toks) {
		return false
	}
	if st.cover[k] >= 0 {
		t, ok := e.knownAt(st, k)
		return ok && t == Place
	}
	return e.places[st.toks[k].Fold()]
}

// isPortfolioCue reports whether a folded word before "van" and a
// portfolio names a ministry or its holder.
func isPortfolioCue(f string) bool {
	switch f {
	case "minister", "ministerie", "ministers", "schepen", "staatssecretaris", "departement", "inspecteur",
		"inspecteurs", "inspectie", "administratie", "commissaris", "eurocommissaris", "directie", "dienst":
		return true
	}
	return false
}

// nameStart returns the first token of the person's name that ends at
// token j: capitalised words, hyphen parts, initials and particles, at
// most six tokens (Dilan Yeşilgöz-Zegerius, Peter R. de Vries). A title
// is no part of the name, even capitalised at the start of a sentence
// (Minister Liesje Schreinemacher). It returns j+1 when token j is no
// capitalised word, and never 0, so that the token before the name can be
// read.
func (e *Extractor) nameStart(st *docState, j int) int {
	if j < 1 || !st.upper(j) {
		return j + 1
	}
	s := j
	for k := j - 1; k >= 1 && j-k < 6 && st.adjacent(k+1); k-- {
		switch f := st.toks[k].Fold(); {
		case e.lex.title[f]:
			return s
		case st.upper(k):
			s = k
		case f == "." || e.lex.particle[f]:
		default:
			return s
		}
	}
	return s
}

// truncated reports whether token j is the first part of an elliptic
// compound (Oost- en Centraal-Europa): a word directly followed by a lone
// hyphen.
func (e *Extractor) truncated(st *docState, j int) bool {
	if j+1 >= len(st.toks) {
		return false
	}
	n := st.toks[j+1]
	return n.Kind == text.Punct && n.Start == st.toks[j].End && (n.Fold() == "-" || n.Fold() == "–") &&
		(j+2 >= len(st.toks) || st.toks[j+2].Start > n.End)
}

// commonCompound reports whether a single capitalised word is a compound
// of a name and a common word (Sovjetlanden, Kosovocrisis): a common noun,
// not a name.
func (e *Extractor) commonCompound(f string) bool {
	for i := 3; i+4 <= len(f); i++ {
		head, tail := f[:i], f[i:]
		if !e.lex.common[tail] || text.IsStopWord(tail) {
			continue
		}
		if e.lex.nonName[head] || e.places[head] || e.lex.title[head] || e.gzName[head] {
			return true
		}
	}
	return false
}

// canContinue reports whether capitalised token j can continue a name.
func (e *Extractor) canContinue(st *docState, j int) bool {
	f := st.toks[j].Fold()
	if e.lex.title[f] {
		return false
	}
	if e.lex.nonName[f] || e.isNationalAdj(st, j) {
		// Only between two capitalised words: Koninklijke Belgische Voetbalbond.
		return j+1 < len(st.toks) && st.adjacent(j+1) && st.capWord(j+1) && !e.lex.nonName[st.toks[j+1].Fold()] &&
			!e.isNationalAdj(st, j+1) && !e.lex.title[st.toks[j+1].Fold()]
	}
	return true
}

// trim applies the sentence-initial rules to a raw sequence and returns
// the candidate, if any is left.
func (e *Extractor) trim(st *docState, start, end int) (cand, bool) {
	for start < end && st.weak[start] {
		f := st.toks[start].Fold()
		if e.lex.particle[f] && end-start >= 2 {
			// De Gucht / De Standaard vs De Amerikaanse: an article unless the
			// article itself shows "De X" capitalised mid-sentence.
			if e.lex.article[f] && !st.partCap[st.toks[start+1].Fold()] {
				start++
				// A title in title case (Het Leven): the word after the
				// article is as weak as the article.
				if start < end && e.lex.common[st.toks[start].Fold()] && !e.lex.orgWord[st.toks[start].Fold()] {
					start++
				}
				continue
			}
			break
		}
		if end-start >= 2 && (st.toks[start+1].Hyphen || (e.first[f] || e.lex.eventFirst[f]) && st.upper(start+1)) {
			break // Jan Peeters, Storm Eunice
		}
		if e.isCommon(st, start) || end-start >= 2 && e.agentNoun(f) && !e.first[f] {
			// Zaakvoerster Christiane Vandenbussche
			start++
			continue
		}
		break
	}
	// What the article left: De Amerikaanse president.
	for start < end && st.upper(start) && (e.lex.nonName[st.toks[start].Fold()] || e.isNationalAdj(st, start) || e.lex.title[st.toks[start].Fold()]) &&
		!(e.first[st.toks[start].Fold()] && end-start >= 2) {
		start++
	}
	// A word before a first name is a job or description, not part of the
	// name: Triatleet Luc Van Lierde, Braziliaan Jean Magalhaes.
	for k := start + 1; k+1 < end; k++ {
		t := st.toks[k]
		if t.Hyphen || !e.first[t.Fold()] || !st.upper(k) || !st.upper(k+1) {
			continue
		}
		p := st.toks[k-1].Fold()
		if e.first[p] || e.lex.particle[p] || utf8.RuneCountInString(p) == 1 || p == "." || st.toks[k].Hyphen {
			continue
		}
		start = k
		break
	}
	// Oost-Europese is an adjective: its compass word is no name.
	if end > start && end < len(st.toks) && st.toks[end].Hyphen && st.upper(end) && e.isNationalAdj(st, end) &&
		e.lex.placePrefix[st.toks[end-1].Fold()] {
		end--
	}
	// Drop particles and periods left at either end.
	for start < end && (!st.upper(start) || e.lex.particle[st.toks[start].Fold()] && end-start == 1) {
		start++
	}
	for end > start && (st.toks[end-1].Kind == text.Punct || !st.upper(end-1)) && !e.channelEnd(st, start, end) {
		end--
	}
	if start >= end {
		return cand{}, false
	}
	if n := end; n < len(st.toks) && st.adjacent(n) && !st.toks[n].Hyphen && st.upper(n) && st.cover[n] < 0 &&
		(e.lex.nonName[st.toks[n].Fold()] || e.isNationalAdj(st, n)) && !e.lex.first[st.toks[n].Fold()] {
		// Part of an adjective or event: New Yorkse, Sierra Leonese,
		// Tweede Wereldoorlog.
		return cand{}, false
	}
	if end-start == 1 && st.weak[start] && !e.keepWeakSingle(st, start) {
		return cand{}, false
	}
	if end-start == 1 && e.descriptor(st, start) && e.orgMentionAt(st, end) {
		// Vakbond FNV: the descriptor of a known organisation.
		return cand{}, false
	}
	if end-start == 1 && e.commonCompound(st.toks[start].Fold()) {
		return cand{}, false
	}
	c := cand{start: start, end: end, link: -1, linkActor: -1}
	for k := start; k < end; k++ {
		t := st.toks[k]
		if t.Kind == text.Punct {
			continue
		}
		c.folds = append(c.folds, t.Fold())
		if e.lex.orgWord[t.Fold()] || e.orgSuffix(t.Fold()) {
			c.orgWord = true
		}
	}
	c.key = strings.Join(c.folds, " ")
	if c.orgWord && start > 0 && st.adjacent(start) && st.cover[start-1] < 0 && st.upper(start-1) && e.isNationalAdj(st, start-1) &&
		!foreignName(c.folds) {
		// Belgische Voetbalbond: the adjective belongs to the name; not
		// to a name in English (Amerikaanse National Security Agency).
		c.start--
		c.folds = append([]string{st.toks[start-1].Fold()}, c.folds...)
		c.key = strings.Join(c.folds, " ")
	}
	return c, true
}

// connectorBefore reports whether a lower-case connector (van, voor, de …)
// stands inside the name between tokens start and j.
func (e *Extractor) connectorBefore(st *docState, start, j int) bool {
	for k := start + 1; k < j; k++ {
		if f := st.toks[k].Fold(); !st.upper(k) && e.lex.connector[f] && f != "en" && f != "and" && f != "et" {
			return true
		}
	}
	return false
}

// foreignName reports whether an organisation's name is English: it holds
// an English word for a kind of organisation or a function word.
func foreignName(folds []string) bool {
	for _, f := range folds {
		switch f {
		case "agency", "council", "committee", "company", "corporation", "association", "foundation", "university",
			"institute", "service", "services", "headquarter", "headquarters", "board", "office", "department",
			"national", "international", "general", "of", "the", "and", "for":
			return true
		}
	}
	return false
}

// isCommon reports whether token j, standing sentence-initially, is a
// common word rather than a name: the article writes it lower case
// elsewhere, or the lexicon knows it (directly, by stem or as the last
// part of a compound), unless it is a known first name or place, or the
// article capitalises it mid-sentence.
func (e *Extractor) isCommon(st *docState, j int) bool {
	f := st.toks[j].Fold()
	if st.toks[j].AllCaps(st.src) && utf8.RuneCountInString(f) <= 5 {
		return false
	}
	if st.capMid[f] > 0 && st.capMid[f] >= st.lower[f] {
		return false
	}
	if st.lastName[f] || len(f) > 3 && f[len(f)-1] == 's' && st.lastName[f[:len(f)-1]] {
		return false // Karel Vermeulen ... Vermeulen(s)
	}
	if st.lower[f] > 0 || e.lex.common[f] || text.IsStopWord(f) {
		return true
	}
	if e.first[f] || e.places[f] {
		return false
	}
	return e.lex.isCommonWord(f)
}

// keepWeakSingle decides on a lone capitalised word standing
// sentence-initially that no rule made common.
func (e *Extractor) keepWeakSingle(st *docState, j int) bool {
	f := st.toks[j].Fold()
	if e.first[f] || e.places[f] || st.capMid[f] > 0 || st.toks[j].AllCaps(st.src) || e.countryCodeAfter(st, j+1) ||
		st.lastName[f] || len(f) > 3 && f[len(f)-1] == 's' && st.lastName[f[:len(f)-1]] {
		return true
	}
	if e.lex.commonShape(f) {
		return false
	}
	return false
}

// isNationalAdj reports whether token j is a capitalised adjective or
// inhabitant name of nationality, region or town (Russische, Amerikaanse,
// Oekraïners, Rotterdammers), or a language (Nederlands): never a name by
// itself.
func (e *Extractor) isNationalAdj(st *docState, j int) bool {
	t := st.toks[j]
	if t.Kind != text.Word || !t.Upper(st.src) {
		return false
	}
	f := t.Fold()
	if e.lex.nonName[f] || memberNoun(f) {
		return true
	}
	if e.first[f] || e.places[f] {
		return false
	}
	// A word after a first name is a surname: Bjarte Engese, Jan Essers.
	afterFirst := j > 0 && st.adjacent(j) && !t.Hyphen && st.upper(j-1) && e.first[st.toks[j-1].Fold()]
	if !e.gzName[f] && e.demonym(f) {
		return !afterFirst
	}
	if !isAdjShape(f) {
		return false
	}
	// Flemish surnames look like adjectives: Vandenbussche, Delecluse,
	// Vanthemsche.
	for _, p := range []string{"vande", "van", "de", "ver"} {
		if strings.HasPrefix(f, p) && len(f) > len(p)+4 {
			return false
		}
	}
	return !afterFirst
}

// isAdjShape reports whether a folded word has the shape of a Dutch
// adjective of place: Russische, Amerikaanse, Oekraiense, Chinese,
// Brusselse, Vlaamse.
func isAdjShape(f string) bool {
	if len(f) < 5 {
		return false
	}
	for _, s := range []string{"ische", "sche", "aanse", "aense", "iense", "eense", "ense", "ese", "ase", "ise", "ijnse", "andse", "erse", "else", "ulse", "amse", "aamse", "oelse", "urse", "ooise", "oise", "aise"} {
		if strings.HasSuffix(f, s) {
			return true
		}
	}
	return strings.HasSuffix(f, "se") && len(f) >= 5
}

// orgSuffix reports whether a folded word ends in a word that marks an
// organisation: Voetbalbond, Spoorwegmaatschappij, Volksunie.
func (e *Extractor) orgSuffix(f string) bool {
	for _, s := range e.lex.orgSuffixes {
		if len(f) > len(s)+2 && strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}

// staticScore adds the type evidence of the name itself.
func (e *Extractor) staticScore(g *group, st *docState, c *cand) {
	f := c.folds
	last := f[len(f)-1]
	switch {
	case e.places[c.key] && e.lex.geo[c.key]:
		g.score[Place] += 3 // a GeoNames place: other evidence may outweigh it
	case e.places[c.key]:
		g.score[Place] += 5
	case len(f) >= 2 && e.places[last] && e.lex.placePrefix[f[0]]:
		g.score[Place] += 4 // Noord-Ierland, Zuid-Afrika
	case len(f) >= 3 && e.lex.placeHead[f[0]] && e.lex.particle[f[1]]:
		g.score[Place] += 4 // Kasteel de Merode, Col de Vars
	}
	switch {
	case c.portfolio:
		g.score[Organisation] += 8 // minister van Volkshuisvesting (not a vesting, a fortress)
	case e.buildingName(f):
		g.score[Place] += 4 // Koninklijk Paleis, Kasteel Groeneveld
	case c.orgWord:
		g.score[Organisation] += 5
	}
	if e.channelEnd(st, c.start, c.end) {
		g.score[Organisation] += 6 // Radio 1, Kanaal 2: a broadcaster's channel
	}
	if e.eventName(f) {
		g.score[Other] += 6 // Davis Cup, Memorial Van Damme, Wet Bibob
	}
	if len(f) >= 2 && (e.first[f[0]] || utf8.RuneCountInString(f[0]) == 1) {
		g.score[Person] += 4
	}
	if len(f) == 1 && e.first[f[0]] {
		g.score[Person]++
	}
	e.particleScore(g, c)
	if len(f) == 1 {
		if st.toks[c.start].AllCaps(st.src) {
			g.score[Organisation] += 2
		}
		if e.lex.placeShape(last) {
			g.score[Place] += 2
		}
		if e.lex.surnameShape(last) {
			g.score[Person]++
		}
	}
	if len(f) >= 2 && !c.orgWord {
		g.score[Person] += 0.5
	}
	if e.streetName(f) {
		g.score[Place] += 3 // Lange Leidsedwarsstraat, Grote Markt
	}
	if len(f) >= 2 {
		for k := c.start; k < c.end; k++ {
			if st.toks[k].AllCaps(st.src) && utf8.RuneCountInString(st.toks[k].Fold()) >= 2 && !e.places[st.toks[k].Fold()] {
				g.score[Organisation] += 2 // KBC Securities, Roda JC
				break
			}
		}
		if f[0] == "the" {
			g.score[Organisation] += 3 // The Black Crowes
		}
	}
	if len(f) == 1 {
		// News introduces a person with a first name or a title; a lone
		// word that is not the short form of such a name is more often an
		// organisation (a company, club or party).
		g.score[Person] += 0.5
	}
	if len(f) == 1 && strings.HasPrefix(last, "rijks") && len(last) > 8 {
		g.score[Organisation] += 2 // Rijkswaterstaat, Rijksmuseum: a body of the state
	}
	if len(f) >= 2 && !e.first[f[0]] && e.places[last] && !e.lex.geo[last] && !e.places[c.key] {
		// Company and subsidiary: AMP België, Ford Genk.
		g.score[Organisation] += 3
	}
}

// eventName reports whether the folded words of a name make the name of an
// event, a prize, a law or a treaty: an [eventhead] word as the last word
// or its last compound part after at least three letters (Davis Cup,
// Australian Open, Gouden Spelen, Marshallplan, Dutroux-affaire), or as
// the first word before more words (Memorial Van Damme, Wet Bibob).
func (e *Extractor) eventName(f []string) bool {
	last := f[len(f)-1]
	if e.lex.eventHead[last] && len(f) >= 2 || len(f) >= 2 && e.lex.eventFirst[f[0]] {
		return true
	}
	for i := 3; i+4 <= len(last); i++ {
		if e.lex.eventHead[last[i:]] {
			return true
		}
	}
	return false
}

// buildingName reports whether the folded words of a name make a building
// or venue: a building word as the head, the last word (Koninklijk Paleis,
// Philips Stadion, Koningspaleis) or the first before more words (Paleis
// Noordeinde, Station Brussel-Zuid), and no organisation word besides it
// (Stichting Kasteel Groeneveld stays an organisation). A name that
// starts with a first name is a person's, and a short word before a name
// too (Hal Foster); a lone word counts only when it is long enough not to
// be a surname (Stadion, but not Toren).
func (e *Extractor) buildingName(f []string) bool {
	var head int
	switch last := f[len(f)-1]; {
	case len(f) == 1 && e.lex.buildingWord(last) && len(last) >= 6:
		head = 0
	case len(f) >= 2 && e.lex.buildingWord(last) && !e.first[f[0]]:
		head = len(f) - 1
	case len(f) >= 2 && e.lex.building[f[0]] && len(f[0]) >= 4 && !e.first[f[0]]:
		head = 0
	default:
		return false
	}
	for k, w := range f {
		if k != head && (e.lex.orgWord[w] || e.orgSuffix(w)) {
			return false
		}
	}
	return !e.church(f, head)
}

// institutionAt reports whether token j is a capitalised word for a kind
// of institution or building: Kerk, Unie, Partij, Raad.
func (e *Extractor) institutionAt(st *docState, j int) bool {
	if j >= len(st.toks) || !st.upper(j) {
		return false
	}
	f := st.toks[j].Fold()
	return e.lex.orgWord[f] || e.lex.building[f]
}

// church reports whether the name f with its head at index head names a
// church as an institution: a church adjective before Kerk (Protestantse
// Kerk, Rooms-Katholieke Kerk, Oekraïens-Orthodoxe Kerk).
func (e *Extractor) church(f []string, head int) bool {
	if head == 0 || !strings.HasSuffix(f[head], "kerk") {
		return false
	}
	for _, a := range e.lex.faith {
		if strings.HasSuffix(f[head-1], a) {
			return true
		}
	}
	return false
}

// orgNoun reports whether a lower-case word names a kind of organisation
// by its last part: technoband, beurshuis, regeringspartij.
func (e *Extractor) orgNoun(f string) bool {
	for _, s := range []string{"band", "groep", "krant", "club", "partij", "bedrijf", "firma", "concern", "huis",
		"zender", "omroep", "keten", "fabrikant", "maatschappij", "bank", "ploeg", "team", "vennootschap", "blad",
		"dagblad", "weekblad", "magazine", "uitgeverij", "uitgever", "organisatie", "beweging", "vereniging",
		"federatie", "winkel", "merk", "label", "producent", "leverancier", "verzekeraar", "operator", "studio",
		"specialist", "dienstverlener", "provider", "reus", "gigant", "maker", "distributeur", "bureau", "agentschap",
		"instituut", "autoriteit", "toezichthouder", "waakhond", "fonds", "ziekenhuis", "universiteit", "hogeschool",
		"constructeur", "vervoerder", "exploitant", "brouwerij", "rederij", "busbouwer", "autobouwer", "scheepsbouwer",
		"vliegtuigbouwer", "woningbouwer", "treinbouwer", "machinebouwer", "wagenbouwer"} {
		if strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}

// workNoun reports whether a lower-case word names a kind of work, event
// or product by its last part: film, roman, debuutalbum, tv-serie,
// wetsvoorstel, tentoonstelling.
func (e *Extractor) workNoun(f string) bool {
	for _, s := range []string{"film", "boek", "roman", "album", "single", "serie", "reeks", "programma",
		"musical", "voorstelling", "toneelstuk", "opera", "lied", "song", "plaat", "cd", "dvd", "game",
		"tentoonstelling", "festival", "wedstrijd", "operatie", "wet", "wetsvoorstel", "verdrag", "model",
		"besturingssysteem", "software", "vaccin", "medicijn", "titel", "bestseller", "documentaire"} {
		if strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}

// agentNoun reports whether a lower-case word that the lexicon does not
// know has the shape of a noun for a person: filmster, ontvoerder,
// leermeester, violist.
func (e *Extractor) agentNoun(f string) bool {
	if len(f) < 6 || e.lex.common[f] || text.IsStopWord(f) {
		return false
	}
	for _, s := range []string{"er", "aar", "ster", "ist", "eur", "loog", "trice", "ier", "ant", "man", "vrouw", "genoot", "tje"} {
		if strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}

// orgPlural reports whether a folded word is the plural of a word for an
// organisation: bedrijven, banken, muziekdiensten, clubs.
func (e *Extractor) orgPlural(f string) bool {
	for _, suf := range []string{"en", "s"} {
		if one, ok := strings.CutSuffix(f, suf); ok && len(one) >= 3 {
			if e.lex.orgWord[one] || e.orgSuffix(one) || e.orgNoun(one) {
				return true
			}
			if strings.HasSuffix(one, "v") && e.orgNoun(one[:len(one)-1]+"f") { // bedrijven: bedrijf
				return true
			}
		}
	}
	return false
}

// contextScore adds the type evidence of the words around one occurrence.
func (e *Extractor) contextScore(g *group, st *docState, c *cand) {
	if p := c.start - 1; p >= 0 && st.seg[p] == st.seg[c.start] {
		pf := st.toks[p].Fold()
		switch {
		case e.lex.isTitle(pf):
			g.score[Person] += 3
		case pf == "de" || pf == "het" || pf == "des" || pf == "der":
			// An article: no person, and a thing of another kind (a
			// product, service, event or work) as often as an
			// organisation; other evidence decides (de Weglooplijn, de
			// Previa, but de Persgroep in business news).
			g.score[Organisation] += 1.5
			g.score[Place]++
			g.score[Other] += 1.75
			g.score[Person] -= 2
			if p > 0 && st.seg[p-1] == st.seg[p] && locative(st.toks[p-1].Fold()) {
				// in de Dolomieten, op de Kouter, aan de Ketelvest
				g.score[Place] += 2
			}
		case pf == "te":
			g.score[Place] += 3
		case pf == "in" || pf == "naar" || pf == "nabij" || pf == "vanuit" || pf == "richting":
			g.score[Place] += 2
		case pf == "uit" || pf == "rond" || pf == "tussen":
			g.score[Place]++
		case pf == "bij":
			g.score[Organisation]++
		case (pf == "van" || pf == "tegen") && e.opponent(st, c):
			g.score[Organisation] += 2
		case (pf == "als" || pf == "zoals") && p > 0 && e.orgPlural(st.toks[p-1].Fold()):
			g.score[Organisation] += 3 // muziekdiensten als Spotify, banken zoals ING
		}
		// the word before, lower case or capitalised only as the first
		// of its sentence ("Milieuorganisatie Milieudefensie heeft")
		if st.toks[p].Kind == text.Word && (!st.upper(p) || st.weak[p] && e.lex.isCommonWord(pf)) && !e.lex.title[pf] {
			switch {
			case e.lex.orgWord[pf] || e.orgSuffix(pf) || e.orgNoun(pf):
				// de Hongaarse krant X, amateurclub X, regeringspartij X
				g.score[Organisation] += 3
			case e.agentNoun(pf):
				// filmster X, ontvoerder X, leermeester X
				g.score[Person] += 2
			case e.workNoun(pf):
				// de film X, het boek X, de operatie X
				g.score[Other] += 3
			}
		}
		if e.signature(st, c.start, c.end) {
			// Initials signing an article or a note: ... laatste zin. (KS),
			// (gisteren op de persconferentie, TS)
			g.score[Person] += 5
		}
		if pf == "familie" || pf == "families" || pf == "gezin" {
			g.score[Person] += 6 // de familie Baert
		}
		if p >= 1 && st.toks[p].Kind == text.Word && e.lex.title[st.toks[p-1].Fold()] && (e.isNationalAdj(st, p) || e.lex.nonName[pf]) {
			g.score[Person] += 2
		}
	}
	if nx := c.end; nx+2 < len(st.toks) && st.toks[nx].Fold() == "(" && st.toks[nx+2].Fold() == ")" {
		switch in := st.toks[nx+1]; {
		case in.Kind == text.Number:
			g.score[Person] += 3
		case in.AllCaps(st.src):
			g.score[Person] += 2
		}
	}
	if nx := c.end; nx < len(st.toks) && st.seg[nx] == st.seg[c.start] && e.lex.sayVerb[st.toks[nx].Fold()] {
		g.score[Person]++
	}
	e.evidenceScore(g, st, c)
}
