package actors

import (
	"slices"
	"strings"
	"unicode/utf8"

	"corpusexplorer/app/text"
)

// This file holds the rules that decide where one name ends and the next
// begins: particles inside place names (Bergen op Zoom) and surnames
// (Royce de Vries), adjacent names (treft Feyenoord NEC), descriptors
// before a known name (Vakbond FNV) and inhabitant nouns of places
// (Rotterdammers), and the name shapes of streets (Lange
// Leidsedwarsstraat).

// placeJoin reports whether the name [start, end) goes on over the
// lower-case particles at end, and returns the index of the capitalised
// word after them. It does when
//
//   - the whole is a listed place: Alphen aan den Rijn, Bergen op Zoom;
//   - the last particle is an old dative (ten, ter, den, German am, im),
//     which before a capitalised word is always part of a name: Huis ten
//     Bosch, Huis ter Heide, Capelle aan den IJssel, Frankfurt am Main;
//   - a single word after a place cue (in, naar, uit, te...) is joined by
//     aan (de), op or bij to a single capitalised word: naar Egmond aan
//     Zee, in Ouderkerk aan de Amstel, in Bergen op Zoom, in Wijk bij
//     Duurstede. After op and bij the second word must not be a known
//     place, and after bij it must look like a place name (-stede, -dam,
//     -burg): in Maranello bij Modena is near Modena.
func (e *Extractor) placeJoin(st *docState, start, end int) (int, bool) {
	j, k := end, end
	for k < len(st.toks) && k-j < 2 && st.adjacent(k) && st.cover[k] < 0 && !st.upper(k) && e.lex.placePart[st.toks[k].Fold()] {
		k++
	}
	if k == j || k >= len(st.toks) || !st.adjacent(k) || !st.capWord(k) || st.toks[k].Hyphen {
		return 0, false
	}
	if f := st.toks[k].Fold(); e.lex.title[f] || e.lex.nonName[f] || e.isNationalAdj(st, k) {
		return 0, false
	}
	for s := start; s < end; s++ {
		if e.places[joinFolds(st, s, k+1)] {
			return k, true
		}
	}
	if e.lex.dative[st.toks[k-1].Fold()] {
		return k, true
	}
	last := st.toks[k].Fold()
	switch st.toks[j].Fold() {
	case "aan":
		// Ouderkerk aan de Amstel, Egmond aan Zee: a place on a river or sea.
		if k-j == 2 && !e.lex.article[st.toks[j+1].Fold()] {
			return 0, false
		}
	case "op":
		// Bergen op Zoom, but not Herbert op de Nürburgring or "in Brussel
		// op Zaventem".
		if k-j != 1 || e.places[last] {
			return 0, false
		}
	case "bij":
		// Wijk bij Duurstede, but not "in Maranello bij Modena" (near
		// Modena): the second part looks like a place name, yet is none by
		// itself.
		if k-j != 1 || e.places[last] || !e.lex.placeShape(last) {
			return 0, false
		}
	default:
		return 0, false
	}
	if end-start != 1 || st.toks[start].AllCaps(st.src) || st.toks[k].AllCaps(st.src) ||
		k+1 < len(st.toks) && st.adjacent(k+1) && st.upper(k+1) {
		return 0, false
	}
	return k, e.places[st.toks[start].Fold()] || e.placeCueBefore(st, start)
}

// placeCueBefore reports whether a place cue stands before the name at
// start, directly (in Wijk) or before a list of names it is the last of
// (in Capelle aan den IJssel en Wijk).
func (e *Extractor) placeCueBefore(st *docState, start int) bool {
	p := start - 1
	if p < 0 || st.seg[p] != st.seg[start] {
		return false
	}
	if isPlaceCue(st.toks[p].Fold()) {
		return true
	}
	if f := st.toks[p].Fold(); f != "en" && f != "of" {
		return false
	}
	for k := p - 1; k >= 0 && p-k <= 6 && st.seg[k] == st.seg[start]; k-- {
		f := st.toks[k].Fold()
		switch {
		case isPlaceCue(f) && !st.upper(k):
			return st.upper(k + 1)
		case st.upper(k) || e.lex.placePart[f] || st.toks[k].Hyphen:
		default:
			return false
		}
	}
	return false
}

// isPlaceCue reports whether a folded word before a name marks a place.
func isPlaceCue(f string) bool {
	switch f {
	case "in", "naar", "uit", "te", "vanuit", "nabij", "richting":
		return true
	}
	return false
}

// joinFolds returns the folded words of tokens [start, end) joined by
// single spaces, as the place keys are.
func joinFolds(st *docState, start, end int) string {
	var b strings.Builder
	for k := start; k < end; k++ {
		if st.toks[k].Kind == text.Punct {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(st.toks[k].Fold())
	}
	return b.String()
}

// demonym reports whether a folded word is the plural inhabitant noun of a
// known place, made from the place name with a Dutch suffix:
// Rotterdammers, Utrechters, Groningers, Nijmegenaren, Hagenaars,
// Brabanders, Bruggelingen; or of a country or region with the suffixes
// of foreign names: Kongolezen, Oegandees, Texaan, Italianen. Like
// Amerikanen, such a word is no actor.
func (e *Extractor) demonym(f string) bool {
	for _, s := range []string{"ers", "aars", "aren", "lingen"} {
		if !strings.HasSuffix(f, s) || len(f)-len(s) < 4 {
			continue
		}
		b := strings.TrimSuffix(f, s)
		for _, p := range placeBases(b) {
			if utf8.RuneCountInString(p) >= 4 && e.places[p] {
				return true
			}
		}
	}
	for _, d := range foreignDemonyms {
		b, ok := strings.CutSuffix(f, d.suffix)
		if !ok || len(b) < 3 {
			continue
		}
		for _, end := range d.place {
			if p := b + end; utf8.RuneCountInString(p) >= 4 && e.places[p] && !e.lex.geo[p] {
				return true
			}
		}
	}
	return false
}

// foreignDemonyms are the suffixes of inhabitant nouns of foreign places
// and the endings the place name has instead: Kongo-lezen, Oegand-ezen
// (Oeganda), Tex-aan (Texas), Itali-anen (Italië), Chin-ees (China).
var foreignDemonyms = []struct {
	suffix string
	place  []string
}{
	{"lezen", []string{""}}, {"lees", []string{""}},
	{"ezen", []string{"a", ""}}, {"ees", []string{"a", ""}},
	{"anen", []string{"a", "as", "e"}}, {"aan", []string{"a", "as", "e"}},
}

// placeBases returns the place names a demonym stem b may come from:
// b itself (Utrecht-ers, Nijmegen-aren, Brugge-lingen), b + en or e
// (Groning-ers), b with a doubled final consonant undone (Rotterdamm-ers),
// a final d for t (Braband-ers), -en dropped and the vowel doubled
// (Hagen-aars → Haag), and each with den before it (Den Haag).
func placeBases(b string) []string {
	out := []string{b, b + "en", b + "e"}
	if n := len(b); n >= 2 && b[n-1] == b[n-2] && !isVowel(b[n-1]) {
		out = append(out, b[:n-1])
	}
	if strings.HasSuffix(b, "d") {
		out = append(out, b[:len(b)-1]+"t")
	}
	if s, ok := strings.CutSuffix(b, "en"); ok {
		out = append(out, s)
		if n := len(s); n >= 2 && isVowel(s[n-2]) && !isVowel(s[n-1]) {
			out = append(out, s[:n-1]+s[n-2:])
		}
	}
	for _, p := range out {
		out = append(out, "den "+p)
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// memberNoun reports whether a folded word names members of a party or
// group after its name: VVD'ers, PvdA'er, D66'ers, SP'ster. Like
// Rotterdammers, it is no actor.
func memberNoun(f string) bool {
	for _, s := range []string{"'ers", "'er", "'sters", "'ster"} {
		if len(f) > len(s) && strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}

// particleScore adds the evidence of the particles in a name. A name
// particle after a first name or a name-like word marks a person (Jan van
// der Berg, Guusje ter Horst), one after a common word a place or building
// (Huis ten Bosch), and aan, op or bij a place (Bergen op Zoom). A leading
// particle marks a person (Van Rompuy), weakly when it is also an article
// (De Gucht, but De Kuip, De Telegraaf).
func (e *Extractor) particleScore(g *group, c *cand) {
	f := c.folds
	for k := 1; k < len(f)-1; k++ {
		w := f[k]
		if !e.lex.particle[w] && !e.lex.placePart[w] {
			continue
		}
		prev := f[k-1]
		switch {
		case c.orgWord:
			if e.lex.particle[w] {
				g.score[Person] += 2
			}
		case !e.lex.particle[w]:
			g.score[Place] += 3
		case e.lex.article[f[0]]:
			// De Baai van Heist: no person name starts with an article and
			// goes on with a particle.
		case e.first[prev] || utf8.RuneCountInString(prev) == 1 || !e.lex.common[prev] && !e.lex.commonStem[text.Stem(prev)]:
			g.score[Person] += 2
		default:
			g.score[Place] += 2
		}
		break
	}
	if len(f) >= 2 && e.lex.particle[f[0]] {
		if e.lex.article[f[0]] {
			g.score[Person]++
		} else {
			g.score[Person] += 2
		}
	}
}

// descriptor reports whether token j is a noun for a kind of organisation
// (Vakbond, Omroep, Supermarktketen, Voetbalclub) or an adjective of place
// (Dendermondse), which before a known organisation describes it rather
// than being part of its name: Vakbond FNV is FNV, as Minister Rutte is
// Rutte.
func (e *Extractor) descriptor(st *docState, j int) bool {
	f := st.toks[j].Fold()
	if st.toks[j].AllCaps(st.src) || e.first[f] {
		return false
	}
	return e.orgNoun(f) || e.orgSuffix(f) || isAdjShape(f)
}

// separateName reports whether the capitalised words [a, b) beside the
// one-word name of a known organisation at token known are a name of their
// own (treft Feyenoord NEC) rather than the rest of a longer name. They
// must hold no organisation word (KBC Securities, Philips Electronics), no
// place (Shell Pernis), no common word (VRT Nieuws) and no particle, and
// read as a name by themselves: an acronym (NEC), a first name and a
// surname, or a name the article also writes apart from the known one.
// Without that evidence (Philips Stadion) the whole is one name.
func (e *Extractor) separateName(st *docState, a, b, known int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		f := st.toks[k].Fold()
		if e.lex.orgWord[f] || e.orgSuffix(f) || e.orgNoun(f) || e.places[f] || e.lex.isCommonWord(f) || e.lex.particle[f] {
			return false
		}
	}
	switch t := st.toks[a]; {
	case t.AllCaps(st.src) && utf8.RuneCountInString(t.Fold()) >= 2:
		return true
	case b-a >= 2 && e.first[t.Fold()]:
		return true
	}
	return e.standsApart(st, a, known)
}

// standsApart reports whether the article writes the word at token a
// capitalised elsewhere, not next to the word at token known.
func (e *Extractor) standsApart(st *docState, a, known int) bool {
	f, kf := st.toks[a].Fold(), st.toks[known].Fold()
	for k := range st.toks {
		if k == a || st.toks[k].Fold() != f || !st.upper(k) {
			continue
		}
		if k > 0 && st.toks[k-1].Fold() == kf || k+1 < len(st.toks) && st.toks[k+1].Fold() == kf {
			continue
		}
		return true
	}
	return false
}

// nameRunAfter returns the end of the run of name-like capitalised words
// starting at token j (at most three).
func (e *Extractor) nameRunAfter(st *docState, j int) int {
	k := j
	for k < len(st.toks) && k-j < 3 && (k == j || st.adjacent(k)) && !st.toks[k].Hyphen && st.cover[k] < 0 && e.nameLike(st, k) {
		k++
	}
	if k < len(st.toks) && st.adjacent(k) && (st.upper(k) || st.toks[k].Hyphen) {
		return j // the run goes on: no clean name
	}
	return k
}

// nameRunBefore returns the start of a single name-like capitalised word
// ending at token j (NEC Feyenoord), or j+1 when there is none: a longer
// capitalised run before a known name is more often one name with it
// (Royal Dutch Shell).
func (e *Extractor) nameRunBefore(st *docState, j int) int {
	if j < 0 || st.cover[j] >= 0 || st.toks[j].Hyphen || !e.nameLike(st, j) {
		return j + 1
	}
	if j > 0 && st.adjacent(j) && st.upper(j-1) {
		return j + 1
	}
	return j
}

// orgMentionAt reports whether a gazetteer mention of an organisation or
// medium starts at token j, directly after the previous word.
func (e *Extractor) orgMentionAt(st *docState, j int) bool {
	if j >= len(st.toks) || !st.adjacent(j) || st.toks[j].Hyphen {
		return false
	}
	t, ok := e.knownAt(st, j)
	return ok && (t == Organisation || t == Media)
}

// knownAt returns the type of the actor whose gazetteer name (not a role
// phrase) is mentioned from token k on.
func (e *Extractor) knownAt(st *docState, k int) (Type, bool) {
	if k >= len(st.toks) || st.cover[k] < 0 {
		return 0, false
	}
	m := st.ms[st.cover[k]]
	if m.start != k || m.role || m.actor < 0 {
		return 0, false
	}
	return e.actors[m.actor].Type, true
}

// opponent reports whether the name c, standing after van or tegen, is a
// team rather than a player: the sentence gives a match score (won met 2-1
// van Go Ahead Eagles, 1-1 tegen Heracles Almelo) and the name of several
// words has no first name, initial or particle that marks a person.
func (e *Extractor) opponent(st *docState, c *cand) bool {
	f := c.folds
	if len(f) < 2 || e.first[f[0]] || utf8.RuneCountInString(f[0]) == 1 {
		return false
	}
	for _, w := range f {
		if e.lex.particle[w] {
			return false
		}
	}
	return hasScore(st, c.start)
}

// hasScore reports whether the segment of token i holds a match score:
// two small numbers joined by a hyphen or dash (2-1, 1–0).
func hasScore(st *docState, i int) bool {
	lo, hi := i, i
	for lo > 0 && st.seg[lo-1] == st.seg[i] {
		lo--
	}
	for hi+1 < len(st.toks) && st.seg[hi+1] == st.seg[i] {
		hi++
	}
	small := func(k int) bool { return st.toks[k].Kind == text.Number && len(st.toks[k].Fold()) <= 2 }
	for k := lo + 1; k <= hi; k++ {
		a, b := st.toks[k-1], st.toks[k]
		if !small(k - 1) {
			continue
		}
		if small(k) && b.Hyphen {
			return true
		}
		if b.Kind == text.Punct && (b.Fold() == "-" || b.Fold() == "–") && b.Start == a.End && k+1 <= hi &&
			small(k+1) && st.toks[k+1].Start == b.End {
			return true
		}
	}
	return false
}

// streetName reports whether the folded words of a name of several words
// name a street or square: the last word is a street word or ends in one
// (Lange Leidsedwarsstraat, Van Baerlestraat, Grote Markt), or the first
// gives the street's length (Lange Voorhout). A name with a first name is
// a person's, and so is a bare street word after a particle (Van Dijk,
// Van der Laan). A dike ends too many surnames to count after a first
// name the lexicon does not know (Renee Soutendijk).
func (e *Extractor) streetName(f []string) bool {
	if len(f) < 2 || e.first[f[0]] {
		return false
	}
	if streetPrefix(f[0]) {
		return true
	}
	last := f[len(f)-1]
	switch {
	case strings.HasSuffix(last, "dijk"):
		return false
	case slices.Contains(streetWords, last):
		return !e.lex.particle[f[len(f)-2]]
	}
	return streetShape(last)
}

// surnameRuns are the particle runs that begin a Dutch surname after a
// first name: Royce de Vries, Anouk van der Meer, Guusje ter Horst.
// Van alone is left out: after a single word it more often links a thing
// or person to its owner (McDonald's van Millau, woordvoerder Verstraete
// van Sidmar, Orfeo van Gluck).
var surnameRuns = [][]string{{"van", "der"}, {"van", "den"}, {"van", "de"}, {"de"}, {"ter"}, {"ten"}}

// surnameParticles reports whether the lower-case particles at token j
// begin the surname of a person whose first name the lexicon does not
// know: the name so far is one capitalised word at start, maybe followed
// by initials (Royce de Vries, Royce R. de Vries). Mid-sentence such a
// word, de, van de, van der, van den, ter or ten and one capitalised word
// that ends the name are a Dutch person's name (sentence-initially not
// with van de: Leden van de Raad; van alone only after initials or when
// the article also writes Van and the last word), unless the first word is a
// place, an organisation or event word, a title, a common word or the
// short form of a name of the article (Jansen van Unilever after Piet
// Jansen), or the last word is a place, a first name or an organisation
// word (Universiteit van Amsterdam, Koning van Spanje, Tour de France,
// Santiago de Chile).
func (e *Extractor) surnameParticles(st *docState, start, j int) bool {
	if j >= len(st.toks) || st.upper(j) || !e.lex.particle[st.toks[j].Fold()] {
		return false
	}
	for k := start + 1; k < j; k++ {
		if f := st.toks[k].Fold(); f != "." && (utf8.RuneCountInString(f) != 1 || !st.upper(k)) {
			return false
		}
	}
	k := e.surnameRunEnd(st, j)
	if k < 0 && st.toks[j].Fold() == "van" && (j > start+1 || j+1 < len(st.toks) && st.partCap[st.toks[j+1].Fold()]) {
		// Van alone is a particle after initials (Yusuf B. van Leeuwen) or
		// before a word the article also writes after a capitalised Van
		// (Karien van Gennip ... Van Gennip).
		k = j + 1
	}
	if k < 0 || k >= len(st.toks) || !st.adjacent(k) || !st.capWord(k) || st.toks[k].Hyphen || st.toks[k].AllCaps(st.src) {
		return false
	}
	if st.weak[start] && k-j == 2 && st.toks[j+1].Fold() == "de" {
		// Sentence-initially van de follows a noun as often: Leden van de
		// Raad.
		return false
	}
	if y := st.toks[k].Fold(); e.lex.title[y] || e.lex.nonName[y] || e.isNationalAdj(st, k) || e.places[y] ||
		e.first[y] || e.lex.orgWord[y] || e.orgSuffix(y) || e.lex.particle[y] {
		return false
	}
	// The name ends there (or goes on with a hyphen part: de Vries-Jansen).
	if k+1 < len(st.toks) && st.adjacent(k+1) && !st.toks[k+1].Hyphen && st.upper(k+1) {
		return false
	}
	x := st.toks[start]
	f := x.Fold()
	return !x.Hyphen && !x.AllCaps(st.src) && !e.places[f] && !e.lex.orgWord[f] && !e.orgSuffix(f) &&
		!e.lex.event[f] && !e.lex.particle[f] && st.lower[f] == 0 && !e.lex.isCommonWord(f) &&
		!(st.weak[start] && e.isCommon(st, start)) && !e.surnameElsewhere(st, start)
}

// surnameElsewhere reports whether the article writes the word at token
// start elsewhere as the last word of a longer name (Piet Jansen ...
// Jansen van Unilever): a surname, not a first name.
func (e *Extractor) surnameElsewhere(st *docState, start int) bool {
	f := st.toks[start].Fold()
	if !st.lastName[f] {
		return false
	}
	for k := 1; k < len(st.toks); k++ {
		if k == start || st.toks[k].Fold() != f || !st.adjacent(k) || st.toks[k].Hyphen || !st.upper(k) || st.weak[k] {
			continue
		}
		if p := st.toks[k-1].Fold(); st.upper(k-1) && !e.lex.title[p] && !e.lex.nonName[p] && !e.isNationalAdj(st, k-1) &&
			!(st.weak[k-1] && e.isCommon(st, k-1)) {
			return true
		}
	}
	return false
}

// surnameRunEnd returns the index of the token after the surname particle
// run at j (see surnameRuns), or -1.
func (e *Extractor) surnameRunEnd(st *docState, j int) int {
	for _, run := range surnameRuns {
		k := j
		for _, p := range run {
			if k >= len(st.toks) || !st.adjacent(k) || st.toks[k].Fold() != p || st.upper(k) {
				k = -1
				break
			}
			k++
		}
		if k >= 0 && k < len(st.toks) && st.adjacent(k) {
			return k
		}
	}
	return -1
}
