package dates

import (
	"strings"

	"corpusexplorer/app/text"
)

// tense is the grammatical time of the clause around an expression, as far
// as cheap cues can tell (see the package doc).
type tense uint8

const (
	tPresent tense = iota // no cue: present tense or no verb found
	tReport               // present-tense reporting verb: meldt, zegt, laat weten …
	tPast                 // simple past, (plu)perfect, or a past adverb (toen, destijds …)
	tFuture               // zal, zullen …
)

// isBoundaryPunct reports whether a punctuation token ends a clause.
func isBoundaryPunct(w *word) bool {
	if w.Kind != text.Punct {
		return false
	}
	switch w.Fold() {
	case ",", ";", ":", "(", ")", "\"", "“", "”", "„", "«", "»", "-", "–", "—", "?", "!", "'", "‘", "’":
		return true
	}
	return false
}

// opensClause reports whether ws[i] opens a subordinate or coordinate
// clause. "dat"/"die" before a time unit (dat jaar, die dag) do not.
func (r *resolver) opensClause(i int) bool {
	w := &r.ws[i]
	if w.cls&cBoundary == 0 {
		return false
	}
	if (w.Fold() == "dat" || w.Fold() == "die") && i+1 < len(r.ws) && r.ws[i+1].cls&(cUnit|cMonth) != 0 {
		return false
	}
	return true
}

// clauseTense classifies the clause that holds the tokens [a, b) of the
// current sentence. The clause runs from the nearest boundary before a (a
// punctuation mark or a clause-opening conjunction, which is included) to
// the nearest boundary after b.
func (r *resolver) clauseTense(a, b int) tense {
	ws := r.ws
	lo := a
	for lo > 0 {
		if isBoundaryPunct(&ws[lo-1]) {
			break
		}
		lo--
		if r.opensClause(lo) {
			break
		}
	}
	hi := b
	for hi < len(ws) && !isBoundaryPunct(&ws[hi]) && !r.opensClause(hi) {
		hi++
	}
	var past, report, aux, auxNotZijn, part, going, want bool
	partT := -1 // the last participle in -t, see isParticipleT
	last := -1  // the clause's last word outside [a, b)
	for i := lo; i < hi; i++ {
		if i >= a && i < b {
			continue
		}
		w := &ws[i]
		if w.Kind != text.Word {
			continue
		}
		last = i
		switch w.Fold() {
		case "ga", "gaat", "gaan":
			going = true
		case "wil", "wilt", "willen":
			want = true
		}
		switch {
		case w.cls&cFuture != 0:
			return tFuture
		case w.cls&cPast != 0 || strongPastPrefixed(w.Fold()) || r.weakPast(i):
			past = true
		case w.cls&cReport != 0:
			report = true
		}
		if w.cls&cAux != 0 {
			aux = true
			auxNotZijn = auxNotZijn || w.Fold() != "zijn"
		}
		if !part && isParticiple(w.Fold()) {
			part = true
		}
		if isParticipleT(w.Fold()) {
			partT = i // the last one
		}
	}
	switch {
	case past || aux && part || auxNotZijn && partT >= 0 && (partT == last || r.prepAfter(partT, hi)):
		// a participle in -t only as the clause's last word or before a
		// phrase put after it: "hebben een akkoord bereikt (over ...)",
		// not "heeft een afspraak en vertrekt hij"
		return tPast
	case want || going && r.infinitiveAt(last):
		// Hij gaat in juni verhuizen; de minister wil in juni een wet.
		return tFuture
	case report:
		return tReport
	}
	return tPresent
}

// prepAfter reports whether a preposition follows ws[i] within the clause
// that ends before hi: "een akkoord bereikt over de verdeling".
func (r *resolver) prepAfter(i, hi int) bool {
	if i+1 >= hi {
		return false
	}
	switch r.ws[i+1].Fold() {
	case "over", "met", "in", "op", "aan", "voor", "na", "bij", "tegen", "tot", "van", "naar", "door", "tijdens", "rond":
		return true
	}
	return false
}

// infinitiveAt reports whether ws[i], the last word of a clause, looks like
// the infinitive that ends a clause with gaan: lower case, ending in -en,
// and not after an article, a preposition or another determiner (gaat
// stemmen, gaan de werken beginnen; not: gaat het om de verkiezingen).
func (r *resolver) infinitiveAt(i int) bool {
	if i < 1 {
		return false
	}
	w := &r.ws[i]
	f := w.Fold()
	if len(f) < 4 || !strings.HasSuffix(f, "en") || w.Upper(r.src) || w.cls&(cCountNoun|cNotVerb|cDet|cBoundary) != 0 {
		return false
	}
	return r.ws[i-1].cls&cDet == 0
}

var verbPrefixes = []string{"be", "ver", "ont", "her", "over", "onder", "op", "aan", "af", "uit", "toe",
	"mee", "door", "in", "weg", "terug", "voor", "na", "bij", "vast", "los", "neer", "tegen"}

// strongPastPrefixed reports a prefixed strong past form: ontstond,
// vertrok, besloot, overleed (prefix + a listed past form).
func strongPastPrefixed(f string) bool {
	for _, p := range verbPrefixes {
		if len(f) >= len(p)+3 && strings.HasPrefix(f, p) {
			if lookup(f[len(p):]).cls&cPast != 0 {
				return true
			}
		}
	}
	return false
}

var separable = []string{"op", "aan", "af", "uit", "in", "mee", "toe", "terug", "samen", "door", "over",
	"om", "voor", "na", "weg", "bij", "vast", "los", "neer", "binnen", "buiten", "voort", "tegen",
	"achter", "thuis", "bekend", "plaats", "tot", "teweeg",
	"plat", "goed", "vrij", "open", "dicht", "stil", "kapot", "schoon", "klaar", "stop", "lam",
	"dood", "stuk", "leeg", "vol", "mis"}

// notParticiple lists ge- words that are nouns, adjectives, infinitives or
// present forms.
var notParticiple = map[string]bool{
	"gebied": true, "gebieden": true, "gevecht": true, "gevechten": true, "gezicht": true, "gewicht": true,
	"gedicht": true, "gevolgen": true, "gesprekken": true, "gebouwen": true, "geluiden": true,
	"gevangenen": true, "gezinnen": true, "getuigen": true, "geruchten": true, "geweren": true,
	"geven": true, "gelden": true, "geloven": true, "gebeuren": true, "gebruiken": true, "genieten": true,
	"gebeurt": true, "gelooft": true, "gezondheid": true, "gemiddeld": true, "geschiedenis": true,
	"gemeenten": true, "gedachten": true, "gewest": true, "gezant": true, "gezanten": true,
	"gevoelens": true, "geheimen": true, "gebaren": true, "geboorten": true, "geraden": true,
	// nouns in be-/ver-/ont-/her- … -d/-t
	"bericht": true, "besluit": true, "bezit": true, "verzet": true, "verbod": true, "verband": true,
	"bestand": true, "verstand": true, "verhoudt": true,
}

// strongParticiples are participles without ge- that the rules below miss.
var strongParticiples = map[string]bool{
	"besproken": true, "begonnen": true, "verloren": true, "vertrokken": true, "verschenen": true,
	"ontstaan": true, "overleden": true, "bevolen": true, "besloten": true, "verboden": true,
	"vergeleken": true, "verkozen": true, "verdwenen": true, "verzonden": true, "ontkomen": true,
	"bevroren": true, "bedrogen": true, "verbonden": true, "ontvangen": true, "verkregen": true,
	"verschoven": true, "ontslagen": true, "ontboden": true,
}

// isParticiple reports a likely past participle: (separable prefix +) ge…d/t/en
// (gesproken, opgelopen, aangekondigd), or be-/ver-/ont-/her-…d (bevestigd).
func isParticiple(f string) bool {
	if len(f) < 6 || notParticiple[f] {
		return false
	}
	rest := f
	if !strings.HasPrefix(f, "ge") {
		for _, p := range separable {
			if strings.HasPrefix(f, p) && strings.HasPrefix(f[len(p):], "ge") {
				rest = f[len(p):]
				break
			}
		}
	}
	if strings.HasPrefix(rest, "ge") && len(rest) >= 5 {
		c := rest[len(rest)-1]
		return c == 'd' || c == 't' || c == 'n' // gezegd, gemeld, gesproken, gegaan, gezien
	}
	if strongParticiples[f] {
		return true
	}
	return strings.HasSuffix(f, "d") && !strings.HasSuffix(f, "heid") && inseparablePrefix(f)
}

// isParticipleT reports a participle in be-/ver-/ont-/her- … -t
// (bereikt, ontmoet, verkocht), which is also a present form (hij
// bereikt, begint): one only as the last word of a clause whose finite
// verb is an auxiliary other than "zijn" (also a possessive: "aan zijn
// consultaties").
func isParticipleT(f string) bool {
	// one short stem after the prefix (be+reik+t, ver+koch+t), not a
	// compound noun (bedrijfsresultaat)
	return len(f) >= 6 && len(f) <= 10 && !notParticiple[f] && strings.HasSuffix(f, "t") && inseparablePrefix(f)
}

// inseparablePrefix reports a word that starts with be-, ver-, ont- or
// her-.
func inseparablePrefix(f string) bool {
	for _, p := range []string{"be", "ver", "ont", "her"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// weakPast reports whether ws[i] looks like a weak (regular) past form:
// -de/-te (meldde, bevestigde, annexeerde), or -den/-ten after a consonant
// stem (betwijfelden, maakten); not a present participle (-ende), not a
// superlative or ordinal (-ste, tweede), not a listed noun or adjective,
// not after a determiner or preposition (de Verenigde Staten, met harde
// maatregelen) or an inflected adjective or number, and not capitalised
// inside the sentence.
func (r *resolver) weakPast(i int) bool {
	w := &r.ws[i]
	f := w.Fold()
	n := len(f)
	if n < 6 || w.cls&cNotVerb != 0 {
		return false
	}
	var stem string
	plural := false
	switch {
	case strings.HasSuffix(f, "de") || strings.HasSuffix(f, "te"):
		stem = f[:n-2]
	case strings.HasSuffix(f, "den") || strings.HasSuffix(f, "ten"):
		stem, plural = f[:n-3], true
	default:
		return false
	}
	last := stem[len(stem)-1]
	switch {
	case strings.HasSuffix(stem, "en") || strings.HasSuffix(stem, "aan") || strings.HasSuffix(stem, "oen") ||
		strings.HasSuffix(stem, "ien") || strings.HasSuffix(stem, "s") && f[n-2] == 't' && !plural:
		// present participles (-ende, bestaande, doende, ziende) and
		// superlatives or ordinals (-ste)
		return false
	case strings.ContainsRune("aeiouyj", rune(last)):
		return false
	case plural && f[n-3] == 't' && !strings.ContainsRune("kpf", rune(last)):
		// 't kofschip: -ten only after a voiceless stem (maakten, hoopten)
		return false
	case plural && f[n-3] == 'd' && (len(stem) < 4 || !strings.ContainsRune("gmwlrvzbd", rune(last))):
		// -den after a voiced stem (betwijfelden, stuurden, zorgden); not
		// the present plural of a d-stem (worden, melden, gelden)
		return false
	}
	if i > 0 {
		p := &r.ws[i-1]
		// A sentence that opens with "Dat" or "Dit" and a verb reports
		// (Dat meldde de NOS): there it is a pronoun, not a determiner,
		// unless an adjectival participle follows (Dat geplande bezoek).
		pronoun := i == 1 && (p.Fold() == "dat" || p.Fold() == "dit") && !strings.HasPrefix(f, "ge")
		if p.cls&cDet != 0 && !pronoun || p.Kind == text.Number || p.Kind == text.Word && strings.HasSuffix(p.Fold(), "e") {
			return false
		}
		if w.Upper(r.src) {
			return false
		}
		// "zouden vervroegde verkiezingen plaatsvinden": after a verb and
		// before a noun, an adjective
		if i+1 < len(r.ws) && afterVerb(p.Fold()) {
			n := &r.ws[i+1]
			if n.Kind == text.Word && !n.Upper(r.src) && n.cls&(cDet|cBoundary|cAux|cFuture|cPast|cReport) == 0 {
				return false
			}
		}
	}
	return true
}

// afterVerb reports the auxiliaries and modal verbs after which a word in
// -de or -te opens the subject or object rather than being a verb.
func afterVerb(f string) bool {
	switch f {
	case "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "wordt", "worden", "werd", "werden",
		"zijn", "is", "waren", "was", "heeft", "hebben", "had", "hadden", "zal", "zullen":
		return true
	}
	return false
}
