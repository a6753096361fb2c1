package events

import (
	"slices"
	"strings"

	"corpusexplorer/app/text"
)

// speech links reported speech to its speaker. A Broadcast mention is a
// saying when its trigger is a verb or "volgens"; the mentions of what it
// says get its index in Speech. What is said is
//   - with "volgens X", the rest of the sentence;
//   - the clause that follows the saying's clause when it opens with
//     "dat" or a colon ("zei dat ...", "waarschuwde de EU dat ..."), up to
//     the end of the sentence;
//   - the sentence before the comma that opens the saying's clause, when
//     the saying follows what it says ("..., zei de minister", "\"...\",
//     dreigde Poetin");
//   - the rest of the saying's own clause ("liet weten troepen terug te
//     sturen", "stelde voor Poetin te ontmoeten").
//
// A denial makes what it says negated (when asserted); a demand, a
// proposal or an appeal makes it hypothetical (it is only asked for); a
// saying without an act whose content is negated is a denial.
//
// Two mentions of one kind in one clause are one happening: a noun
// governed by a preposition gives way to the verb ("laat in een verklaring
// weten", "ingestemd met de wet", "veroordeeld tot levenslang").
func speech(src string, toks []text.Token, ms []Mention, at []int) []Mention {
	verb := func(j int) bool { return determiner(src, toks, at[j]) == NoDeterminer && !nounTrigger(toks, at[j]) }
	for k := 0; k < len(ms); k++ {
		if len(ms) == 1 {
			break // most sentences tell of one happening
		}
		if !governedBy(toks, at[k], "*") && !(at[k] > 0 && IsPreposition(toks[at[k]-1].Fold())) {
			continue
		}
		if family(ms[k].Type) == "Contact" && definite(toks[at[k]-1].Fold()) {
			continue // "voor het telefoongesprek": a happening of its own
		}
		s, e := clause(src, toks, at[k])
		for j := range ms {
			if j != k && family(ms[j].Type) == family(ms[k].Type) && at[j] >= s && at[j] <= e && verb(j) && !joined(toks, at[j], at[k]) {
				ms = append(ms[:k], ms[k+1:]...)
				at = append(at[:k], at[k+1:]...)
				k--
				break
			}
		}
	}
	for k := range ms {
		m := &ms[k]
		if m.Type.Subtype != "Broadcast" {
			continue
		}
		i := at[k]
		volgens := toks[i].Fold() == "volgens"
		if !volgens && (nounTrigger(toks, i) || m.Det != NoDeterminer) {
			continue
		}
		s, e := clause(src, toks, i)
		if volgens {
			m.Modality = Asserted // what it says carries its own
		} else {
			// the cues after it are what it says, but "zei niet"
			to := i
			if i+1 <= e && (toks[i+1].Fold() == "niet" || toks[i+1].Fold() == "nooit") {
				to = i + 1
			}
			if l := toks[e].Fold(); (l == "niet" || l == "nooit") && e > i && !(e+1 < len(toks) && (toks[e+1].Fold() == "dat" || toks[e+1].Fold() == ":")) {
				to = e // "Wilders feliciteerde Rutte niet": the saying itself
			}
			m.Modality = modality(src, toks, i, s, to)
		}
		in := func(j int) bool {
			t := at[j]
			switch {
			case volgens:
				return !inSpans(ms[j].Trigger, m.Roles.Agent)
			case t > i && t <= e:
				// not a verb joined to the saying: "sprak zijn zorgen uit
				// en riep hem op"
				return toks[t-1].Fold() != "en" && toks[t-1].Fold() != "maar"
			case e+1 < len(toks) && (toks[e+1].Fold() == "dat" || toks[e+1].Fold() == ":") && t > e:
				return true
			case s > 0 && toks[s-1].Fold() == "," && t < s-1:
				return true
			}
			return false
		}
		// "We sluiten niet uit dat ...", "ontkende niet dat ...": a denial
		// denied is a plain saying of what may well be
		notDenied := m.Act == "deny" && m.Modality == Negated
		if notDenied {
			m.Act, m.Modality = "", Asserted
		}
		negated, coming := false, false
		for j := range ms {
			if j == k || at[j] == i || ms[j].Speech >= 0 || !in(j) {
				continue
			}
			c := &ms[j]
			c.Speech = k
			if t := at[j]; t > 0 && toks[t-1].Fold() == "te" && len(m.Roles.Agent) > 0 {
				// "liet het leger weten militairen terug te sturen": the
				// infinitive's subject is the speaker's
				c.Roles.Patient = slices.DeleteFunc(c.Roles.Patient, func(sp text.Span) bool { return slices.Contains(m.Roles.Agent, sp) })
				if len(c.Roles.Agent) == 0 {
					c.Roles.Agent = m.Roles.Agent
				}
			}
			if obliged(toks, at[j]) && (c.Modality == Asserted || c.Modality == Planned) {
				c.Modality = Hypothetical // "zei dat het land zijn troepen moest terugtrekken"
			}
			if notDenied && (c.Modality == Asserted || c.Modality == Planned) {
				c.Modality = Hypothetical
			}
			switch m.Act {
			case "deny":
				if c.Modality == Asserted {
					c.Modality = Negated
				}
			case "demand", "propose", "appeal":
				// what is asked for or proposed is not yet, unless it is
				// an agreement presented: "stelden het akkoord voor"
				if (c.Modality == Asserted || c.Modality == Planned) && !(m.Act == "propose" && c.Det == Definite && c.Type.Subtype == "Agreement") {
					c.Modality = Hypothetical
				}
			}
			negated = negated || c.Modality == Negated
			coming = coming || c.Modality == Planned || c.Modality == Hypothetical
		}
		if m.Act == warnIfComing {
			m.Act = ""
			if !negated && (coming || comes(toks, i, e)) {
				m.Act = "warn"
			}
		}
		if negated && m.Act == "" {
			m.Act = "deny"
		}
	}
	for k := range ms {
		if ms[k].Act == warnIfComing {
			ms[k].Act = "" // a noun: "die duidelijkmaking"
		}
	}
	// A saying without an act takes the act of a saying it reports, which
	// then is not a happening of its own: "zei dat Nederland de sancties
	// steunt" is a saying of support. One still to come is a happening of
	// its own: "Biden zal een pad aanbieden, zei een ambtenaar".
	for k := 0; k < len(ms); k++ {
		c := &ms[k]
		if c.Speech < 0 || c.Type.Subtype != "Broadcast" || c.Act == "" || ms[c.Speech].Act != "" || c.Modality != Asserted {
			continue
		}
		ms[c.Speech].Act = c.Act
		ms = slices.Delete(ms, k, k+1)
		at = slices.Delete(at, k, k+1)
		for j := range ms {
			switch {
			case ms[j].Speech == k:
				ms[j].Speech = -1
			case ms[j].Speech > k:
				ms[j].Speech--
			}
		}
		k--
	}
	return ms
}

// comes reports whether what the saying at toks[i] says (the clause after
// its clause ending at e when that opens with "dat" or a colon, else the
// rest of its own clause) is still to come or depends on a condition: it
// holds "zal", "zullen", "zou", "gaat", "als", "indien" and the like.
func comes(toks []text.Token, i, e int) bool {
	from, to := i+1, e
	if e+1 < len(toks) && (toks[e+1].Fold() == "dat" || toks[e+1].Fold() == ":") {
		from, to = e+2, len(toks)-1
	}
	for k := from; k <= to; k++ {
		switch toks[k].Fold() {
		case "zal", "zullen", "zou", "zouden", "gaat", "gaan", "als", "indien", "tenzij", "anders", "mocht", "mochten":
			return true
		}
	}
	return false
}

// joined reports whether "en" or "maar" stands between toks[a] and
// toks[b], joining two clauses: "op een zwarte lijst gezet en bevriest".
func joined(toks []text.Token, a, b int) bool {
	for k := min(a, b) + 1; k < max(a, b); k++ {
		if toks[k].Fold() == "en" || toks[k].Fold() == "maar" {
			return true
		}
	}
	return false
}

// obliged reports whether the clause of toks[i] says it must happen
// ("moest", "moet"): in reported speech, what is only demanded.
func obliged(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && !breakTok(toks, k); k-- {
		switch toks[k].Fold() {
		case "moet", "moest", "moeten", "moesten":
			return true
		}
	}
	for k := i + 1; k < len(toks) && k <= i+3 && !breakTok(toks, k); k++ {
		switch toks[k].Fold() {
		case "moet", "moest", "moeten", "moesten":
			return true
		}
	}
	return false
}

// family groups the subtypes that may name one happening: a meeting, a
// call and unspecified contact are one family; any other subtype is its
// own.
func family(t Type) string {
	switch t.Subtype {
	case "Meet", "Correspondence", "Contact":
		return "Contact"
	}
	return t.Subtype
}

// definite reports the determiners that point at something known.
func definite(w string) bool {
	switch w {
	case "de", "het", "dat", "die", "deze", "dit":
		return true
	}
	return false
}

// nounTrigger reports whether the trigger at toks[i] is a noun: after a
// determiner or a possessive, or shaped like one (-ing, -ie, -iek).
func nounTrigger(toks []text.Token, i int) bool {
	if i > 0 {
		p := toks[i-1].Fold()
		if p == "zijn" && participle(toks[i].Fold()) {
			return false // "zijn omgekomen": the verb, not "zijn gesprek"
		}
		if isDeterminer(p) || strings.HasSuffix(p, "'s") || p == "s" {
			return true
		}
		if i > 1 && isDeterminerTok(toks[i-2]) && strings.HasSuffix(p, "e") {
			return true // een nieuwe verklaring
		}
	}
	w := toks[i].Fold()
	switch w {
	case "ving", "vingen", "ontving", "ontvingen", "opving", "ging", "gingen", "onderging", "ondergingen", "verging", "ontging", "hing", "hingen":
		return false // verbs: "Hofman ontving de ambassadeur"
	}
	for _, suf := range []string{"ing", "ingen", "ie", "ies", "iek"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// inSpans reports whether sp lies inside one of spans.
func inSpans(sp text.Span, spans []text.Span) bool {
	for _, s := range spans {
		if s.Contains(sp) {
			return true
		}
	}
	return false
}
