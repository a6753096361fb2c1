package actors

import "corpusexplorer/app/text"

// This file holds type evidence from the words around a name that the
// basic rules of contextScore do not read: a kind of place before it (de
// rivier, de gemeente, burgemeester van), an apposition after it (Arinso,
// de informaticaspecialist), a country code after it in a result list
// (Zabel (Dui)) or before it (Wüst (Dui / Festina): the team), and the
// business words of its sentence.

// placeNoun reports whether a lower-case word names a kind of place, so
// that a name right after it (de rivier Schelde, de gemeente Zwevegem, het
// eiland Texel) or after it and "van" (de burgemeester van Antwerpen, de
// hoofdstad van Peru) is a place.
func placeNoun(f string) bool {
	switch f {
	case "rivier", "stad", "hoofdstad", "gemeente", "deelgemeente", "provincie", "regio", "dorp", "dorpje",
		"gehucht", "deelstaat", "staat", "eiland", "eilanden", "berg", "meer", "zee", "baai", "kust", "vallei",
		"streek", "wijk", "stadsdeel", "buurt", "haven", "havenstad", "grensstad", "kustplaats", "badplaats",
		"plaats", "woonplaats", "geboortestad", "geboortedorp", "inwoners", "burgemeester", "burgemeesters",
		"gouverneur", "bisschop", "aartsbisschop", "koning", "koningin", "emir", "sultan", "sjah", "regio's",
		"omgeving", "omstreken", "rand", "centrum", "noorden", "zuiden", "oosten", "westen", "grens", "land",
		"republiek", "emiraat", "kanton", "county", "district", "departement", "prefectuur", "oblast":
		return true
	}
	return false
}

// ruler reports whether a place noun is a title of the person who governs
// the place: such a word before "van" marks a place (de burgemeester van
// Antwerpen), right before a name a person (burgemeester Janssens).
func ruler(f string) bool {
	switch f {
	case "burgemeester", "burgemeesters", "gouverneur", "bisschop", "aartsbisschop", "koning", "koningin", "emir",
		"sultan", "sjah", "inwoners":
		return true
	}
	return false
}

// placeNounBefore reports whether a kind of place stands before the name
// at start: "de rivier X", "het eiland X", or "de burgemeester van X",
// "de hoofdstad van X". Kinds of place that double as organisations
// (gemeente, provincie) count only directly before the name.
func (e *Extractor) placeNounBefore(st *docState, start int) bool {
	p := start - 1
	if p < 0 || st.seg[p] != st.seg[start] {
		return false
	}
	if f := st.toks[p].Fold(); placeNoun(f) && !st.upper(p) {
		// A title before a name is the person's: burgemeester Foubert
		// (van Sint-Niklaas).
		return !(f == "centrum" || f == "land" || f == "staat" || f == "grens" || f == "rand" || f == "plaats" || ruler(f))
	}
	if st.toks[p].Fold() != "van" || p < 1 || st.upper(p-1) {
		return false
	}
	switch f := st.toks[p-1].Fold(); f {
	case "gemeente", "provincie", "departement", "district":
		return false // de gemeente van Zwevegem is rare; "provincie van" is often the body
	default:
		return placeNoun(f)
	}
}

// appositionNoun returns the head noun of an apposition after the name
// ending at end: "Arinso, de informaticaspecialist voor personeelsbeheer"
// gives informaticaspecialist, "Eupen, een stadje in ..." stadje. It reads
// a comma, an article and at most two lower-case words, and returns the
// last of them before anything else; "" when there is none.
func appositionNoun(st *docState, end int) string {
	n := len(st.toks)
	if end+2 >= n || st.toks[end].Fold() != "," || st.seg[end] != st.seg[end-1] {
		return ""
	}
	k := end + 1
	switch st.toks[k].Fold() {
	case "de", "het", "een":
		k++
	default:
		return ""
	}
	head := ""
	for c := 0; c < 3 && k < n && st.seg[k] == st.seg[end]; c, k = c+1, k+1 {
		t := st.toks[k]
		if t.Kind != text.Word || st.upper(k) || text.IsStopWord(t.Fold()) {
			break
		}
		head = t.Fold()
	}
	return head
}

// kindScore adds the evidence of a lower-case noun that says what the
// name is: a kind of organisation, place, work or person.
func (e *Extractor) kindScore(g *group, f string, w float64) {
	switch {
	case placeNoun(f) && !e.lex.title[f]:
		g.score[Place] += w
	case e.lex.orgWord[f] || e.orgSuffix(f) || e.orgNoun(f):
		g.score[Organisation] += w
	case e.workNoun(f):
		g.score[Other] += w
	case e.agentNoun(f):
		g.score[Person] += w
	}
}

// countryCodeAfter reports whether the name ending at end is followed by a
// country code in brackets, as in result lists: Zabel (Dui), Sidot (Fra),
// Coetzer (ZAf / 9).
func (e *Extractor) countryCodeAfter(st *docState, end int) bool {
	n := len(st.toks)
	return end+2 < n && st.toks[end].Fold() == "(" && e.countryCodeAt(st, end+1) &&
		(st.toks[end+2].Fold() == ")" || st.toks[end+2].Fold() == "/")
}

// countryCodeAt reports whether token j is the code of a country written
// in a result list: the first three letters of the Dutch name of a country
// with a capital (Ita, Dui, Ned, Zwi), or its ISO 3166 code in capitals
// (ITA, NED, VS).
func (e *Extractor) countryCodeAt(st *docState, j int) bool {
	t := st.toks[j]
	if t.Kind != text.Word || !st.upper(j) {
		return false
	}
	raw := st.src[t.Start:t.End]
	switch len(raw) {
	case 2:
		return raw == "VS" || raw == "GB" || raw == "VK"
	case 3:
		if t.AllCaps(st.src) {
			return e.lex.iso3[t.Fold()]
		}
		// Title case, or mixed as in ZAf: a prefix of a country name.
		return e.lex.countryPrefix[t.Fold()]
	}
	return false
}

// inBracketsAfterName reports whether the single token j stands in
// brackets right after a name: Zabel (Dui).
func (st *docState) inBracketsAfterName(j int) bool {
	return j >= 2 && j+1 < len(st.toks) && st.toks[j-1].Fold() == "(" && (st.toks[j+1].Fold() == ")" || st.toks[j+1].Fold() == "/") &&
		st.upper(j-2)
}

// businessWords are words that put a sentence in business news: a lone
// name in such a sentence is more often a company than a person.
var businessWords = map[string]bool{
	"aandeel": true, "aandelen": true, "aandeelhouders": true, "beurs": true, "beursgang": true, "koers": true,
	"omzet": true, "winst": true, "verlies": true, "nettowinst": true, "bedrijfswinst": true, "overname": true,
	"fusie": true, "dochter": true, "dochterbedrijf": true, "klanten": true, "contract": true, "bedrijf": true,
	"onderneming": true, "groep": true, "concern": true, "markt": true, "producent": true, "leverancier": true,
	"werknemers": true, "personeel": true, "banen": true, "investering": true, "investeert": true, "euro": true,
	"frank": true, "dollar": true, "miljoen": true, "miljard": true, "procent": true, "koersdoel": true,
	"analisten": true, "resultaten": true, "halfjaarcijfers": true, "jaarcijfers": true, "kwartaal": true,
	"filialen": true, "winkels": true, "vestiging": true, "fabriek": true, "software": true, "waardeert": true,
}

// businessSentence reports whether the sentence around token i has at
// least two business words.
func (e *Extractor) businessSentence(st *docState, i int) bool {
	n := 0
	for k := i - 1; k >= 0 && st.seg[k] == st.seg[i] && i-k <= 25; k-- {
		if businessWords[st.toks[k].Fold()] {
			n++
		}
	}
	for k := i + 1; k < len(st.toks) && st.seg[k] == st.seg[i] && k-i <= 25; k++ {
		if businessWords[st.toks[k].Fold()] {
			n++
		}
	}
	return n >= 2
}

// businessDoc reports whether the article is business news: at least one
// word in 40 is a business word, and at least five in all.
func (st *docState) businessDoc() bool {
	if st.business == 0 {
		n, words := 0, 0
		for _, t := range st.toks {
			if t.Kind != text.Punct {
				words++
				if businessWords[t.Fold()] {
					n++
				}
			}
		}
		st.business = -1
		if n >= 5 && n*40 >= words {
			st.business = 1
		}
	}
	return st.business > 0
}

// evidenceScore adds the evidence of this file for one occurrence c of a
// name.
func (e *Extractor) evidenceScore(g *group, st *docState, c *cand) {
	one := c.end-c.start == 1
	if e.placeNounBefore(st, c.start) {
		g.score[Place] += 4
	}
	if h := appositionNoun(st, c.end); h != "" {
		e.kindScore(g, h, 3)
	}
	if one && st.inBracketsAfterName(c.start) && e.countryCodeAt(st, c.start) {
		g.score[Place] += 8 // Zabel (Dui)
	}
	if e.countryCodeAfter(st, c.end) {
		g.score[Person] += 3
	}
	if p := c.start; p >= 3 && st.toks[p-1].Fold() == "/" && st.toks[p-3].Fold() == "(" && e.countryCodeAt(st, p-2) &&
		!(one && e.countryCodeAt(st, p)) {
		g.score[Organisation] += 6 // Wüst (Dui / Festina): the rider's team
	}
	if one && !e.first[c.folds[0]] {
		if e.businessSentence(st, c.start) {
			g.score[Organisation] += 1.5
		}
		if st.businessDoc() {
			g.score[Organisation]++
		}
	}
}
