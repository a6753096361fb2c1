package events

import (
	"slices"
	"strings"

	"corpusexplorer/app/text"
)

// Mention is a happening found in a text: its trigger (byte span) and type.
type Mention struct {
	Trigger text.Span
	Type    Type
	// Act is the speech act of a Contact mention, "" when none.
	Act string
	// Modality says whether the happening took place (see Modality).
	Modality Modality
	// Roles are its participants, as found by word order (see roles).
	Roles Roles
}

// trigger is an entry of the trigger lexicon: a folded word form, a prefix
// when it ends in "*", a suffix (the head of a compound: asielwet) when it
// starts with one, a part when both; and what it triggers.
type trigger struct {
	form  string
	types []Type
	act   string
}

// lexicon returns the trigger words, grouped by subtype. It is written
// from Dutch as such (verbs and nouns of news reporting), not tuned on the
// evaluation set.
func lexicon() []trigger {
	var out []trigger
	add := func(typ, sub, act string, forms ...string) {
		for _, f := range forms {
			out = append(out, trigger{form: f, types: []Type{{typ, sub}}, act: act})
		}
	}
	add("Contact", "Meet", "", "ontmoet*", "ontmoeting*", "topontmoeting*", "top", "bijeenkomst*", "vergader*", "overleg*", "bezoek*", "bezocht", "ontvangst", "ontving", "bijeen", "*bezoek")
	add("Contact", "Correspondence", "", "telefoongesprek*", "belde*", "gebeld", "bellen", "telefon*", "videogesprek*", "videoverbinding*", "brief", "schreef", "mailde", "sms*")
	add("Contact", "Broadcast", "", "zei", "zeiden", "zegt", "zeggen", "gezegd", "verklaar*", "verklaring*", "kondigde", "aangekondigd", "aankondig*", "meldde", "meldt", "volgens", "persconferentie*", "benadrukt*", "bekendgemaakt", "erkende", "erkent", "herhaalde", "informeerde", "geinformeerd")
	add("Contact", "Broadcast", "warn", "waarschuw*", "gewaarschuwd")
	add("Contact", "Broadcast", "threaten", "dreig*", "gedreigd")
	add("Contact", "Broadcast", "demand", "eist", "eisen", "eiste", "eisten", "geeist")
	add("Contact", "Broadcast", "criticize", "bekritiseer*", "kritiek", "hekelt", "hekelde")
	add("Contact", "Broadcast", "propose", "voorgesteld")
	add("Contact", "Broadcast", "appeal", "riep", "roept", "oproep*", "opgeroepen")
	add("Contact", "Broadcast", "support", "steunt", "steunde", "steunen", "gesteund")
	add("Contact", "Broadcast", "deny", "ontken*")
	add("Contact", "Broadcast", "confirm", "bevestig*")
	add("Contact", "Contact", "", "onderhandel*", "gesproken", "spraken", "contact")
	add("Conflict", "Attack", "", "aanval*", "aangevallen", "bombardeer*", "bombardement*", "beschot*", "beschiet*", "beschoten", "neergestoken", "doodgestoken", "mishandel*", "aanslag*", "schoot", "geschoten", "doodgeschoten", "overvallen", "overval*", "schietpartij*", "steekpartij*", "afvuur*", "vuurde", "*aanval")
	add("Conflict", "Demonstrate", "", "demonstr*", "protest*", "staking*", "staken", "staakten", "werkonderbreking*", "betoging*", "betoog*", "blokkade*", "blokkeer*", "bezetting*", "bezetten", "bezet")
	add("Justice", "Arrest-Jail", "", "gearresteerd", "arresteer*", "arrestatie*", "aangehouden", "opgepakt", "opsluit", "opgesloten", "vastgezet", "hechtenis", "huisarrest")
	add("Justice", "Release-Parole", "", "vrijgelaten", "vrijlating*", "vrijgekomen", "voorwaardelijk")
	add("Justice", "Trial-Hearing", "", "proces", "rechtszaak", "zitting", "terecht", "strafeis", "verhoor*")
	add("Justice", "Charge-Indict", "", "aangeklaagd", "gedagvaard", "aanklacht*", "vervolgd", "vervolging", "beschuldig*", "tenlastelegging")
	add("Justice", "Sue", "", "daagt", "daagde", "gedaagd", "dagvaard*", "rechtszaak")
	add("Justice", "Convict", "", "veroordeeld", "veroordeling*", "schuldig")
	add("Justice", "Sentence", "", "celstraf*", "gevangenisstraf*", "taakstraf*", "werkstraf*", "levenslang", "veroordeeld", "rijverbod", "enkelband")
	add("Justice", "Fine", "", "boete*", "beboet", "dwangsom*")
	add("Justice", "Execute", "", "geexecuteerd", "executie*", "terechtgesteld", "terechtstelling*", "doodstraf")
	add("Justice", "Extradite", "", "uitgeleverd", "uitlevering*", "uitleveren", "uitgewezen")
	add("Justice", "Acquit", "", "vrijgesproken", "vrijspraak")
	add("Justice", "Appeal", "", "beroep", "cassatie")
	add("Justice", "Pardon", "", "gratie", "pardon", "amnestie")
	add("Justice", "Investigate", "", "onderzoek*", "onderzocht")
	add("Life", "Be-Born", "", "geboren", "bevallen", "beviel", "geboorte")
	add("Life", "Marry", "", "trouw*", "getrouwd", "huwelijk*", "huwde", "ja-woord")
	add("Life", "Divorce", "", "scheiding", "gescheiden", "scheiden", "echtscheiding*")
	add("Life", "Injure", "", "gewond*", "verwond*", "zwaargewond*", "lichtgewond*")
	add("Life", "Die", "", "overleden", "overleed", "overlijden", "omgekomen", "omkwam", "omkwamen", "sterfgeval*", "doodgereden", "dood", "doden", "gedood", "stierf", "sterft", "doodgeschoten", "doodgestoken", "verdronk", "verdronken", "verongelukt", "slachtoffer*")
	add("Movement", "Transport-Person", "", "geevacueerd", "evacu*", "teruggetrokken", "terugtrekk*", "trekt", "gevlucht", "vluchtte*", "gedeporteerd", "uitgezet", "transfer*", "overgestapt", "vertrekt", "vertrok", "vertrokken", "teruggeroepen", "terugkeer", "terugkeren", "terugsturen", "teruggestuurd", "reist", "reisde", "afgereisd", "teruggevlogen", "gerepatrieerd")
	add("Movement", "Transport-Artifact", "", "geleverd", "levering*", "verscheept", "vervoerd", "smokkel*", "gesmokkeld", "overgebracht")
	add("Personnel", "Start-Position", "", "benoemd", "benoeming*", "aangesteld", "aangetreden", "treedt", "beedigd", "ingehuldigd", "aangenomen")
	add("Personnel", "End-Position", "", "ontslag*", "ontslagen", "stapt", "opgestapt", "afgetreden", "aftreden", "afscheid", "opgezegd", "ontslaat", "neergelegd")
	add("Personnel", "Nominate", "", "voorgedragen", "voordragen", "voordracht", "genomineerd", "kandidaat")
	add("Personnel", "Elect", "", "verkozen", "gekozen", "herkozen", "verkiezing*", "kiest", "koos", "kozen")
	add("Business", "Start-Org", "", "opgericht", "oprichting", "richt", "richten", "richtte", "richtten", "opgestart")
	add("Business", "End-Org", "", "sluit", "gesloten", "sluiting", "opgeheven", "opheffing", "stopgezet", "ontbonden")
	add("Business", "Merge-Org", "", "fusie*", "fuseren", "fuseert", "fuseerden", "gefuseerd", "samengaan", "overname*", "overgenomen")
	add("Business", "Declare-Bankruptcy", "", "failliet", "faillissement*", "bankroet", "surseance")
	add("Transaction", "Transfer-Money", "", "betaal*", "betaald", "schonk", "geschonken", "subsidie*", "investeert", "investeerde", "investeren", "geinvesteerd", "investering*", "opgehaald", "*hulp", "steunpakket*", "lening*", "uitgekeerd")
	add("Transaction", "Transfer-Ownership", "", "verkocht", "verkoop*", "kocht", "gekocht", "koopt", "overgedragen", "aangekocht")
	add("Policy", "Sanction", "", "*sanctie*", "bevriest", "strafmaatregel*", "embargo", "bevriez*", "bevroren", "boycot*")
	add("Policy", "Agreement", "", "akkoord", "overeenkomst*", "verdrag*", "deal", "ondertekend", "ondertekende", "tekenden", "*akkoord", "bestand", "afspraak", "afspraken")
	add("Policy", "Annex", "", "annex*", "geannexeerd", "ingelijfd", "inlijving")
	add("Policy", "Law", "", "wet", "*wet", "ingestemd", "wetsvoorstel*", "wetswijziging*", "motie*", "verbod", "verboden", "verbiedt")
	return out
}

// Lexicon finds trigger words in text and gives each the types its entry
// names. It is the baseline of the extractor: no context, no roles.
type Lexicon struct {
	exact                  map[string][]trigger
	prefix, suffix, inside []trigger
}

// NewLexicon returns the lexicon of the built-in trigger words.
func NewLexicon() *Lexicon {
	l := &Lexicon{exact: map[string][]trigger{}}
	for _, t := range lexicon() {
		pre, post := strings.HasSuffix(t.form, "*"), strings.HasPrefix(t.form, "*")
		t.form = strings.Trim(t.form, "*")
		switch {
		case pre && post:
			l.inside = append(l.inside, t)
			continue
		case pre:
			l.prefix = append(l.prefix, t)
			continue
		case post:
			l.suffix = append(l.suffix, t)
			continue
		}
		l.exact[t.form] = append(l.exact[t.form], t)
	}
	return l
}

// Find returns the mentions of s, in text order; a word that triggers
// several types (veroordeeld: Convict and Sentence) gives one of each.
func (l *Lexicon) Find(s string) []Mention {
	var out []Mention
	toks := text.Tokenize(s)
	for ti, tok := range toks {
		if tok.Kind != text.Word {
			continue
		}
		first := len(out) // this token's mentions start here
		emit := func(t trigger) {
			for _, ty := range t.types {
				if slices.ContainsFunc(out[first:], func(m Mention) bool { return m.Type == ty }) {
					continue
				}
				start, end := clause(toks, ti)
				out = append(out, Mention{Trigger: tok.Span, Type: ty, Act: t.act,
					Modality: modality(toks, ti, start, end), Roles: roles(s, toks, ty, ti, start, end)})
			}
		}
		for _, t := range l.exact[tok.Fold] {
			emit(t)
		}
		for _, t := range l.prefix {
			if strings.HasPrefix(tok.Fold, t.form) {
				emit(t)
			}
		}
		for _, t := range l.suffix {
			if len(tok.Fold) > len(t.form)+2 && strings.HasSuffix(tok.Fold, t.form) {
				emit(t)
			}
		}
		for _, t := range l.inside {
			if strings.Contains(tok.Fold, t.form) {
				emit(t)
			}
		}
	}
	return out
}

// modality reads the modality of the trigger at toks[i] from the cue words
// of its clause toks[start..end] (the tokens between the nearest clause breaks around it:
// punctuation, "dat", "omdat", "maar", "en" before a new clause is not
// told apart). A condition ("als", "indien", "mocht") makes it
// hypothetical (so does one that opens the clause before: "Als ..., dan"),
// a negation ("niet", "geen", "niemand", "weigerde") negated,
// a future ("zal", "gaat", "morgen", "volgende week") planned, in that
// order of precedence.
func modality(toks []text.Token, i, start, end int) Modality {
	var cond, neg, future bool
	if start > 1 {
		// "Als de lonen niet stijgen, staken de piloten": a condition that
		// opens the clause before makes this one hypothetical.
		p := start - 2
		for p > 0 && !clauseBreak(toks[p-1]) {
			p--
		}
		switch toks[p].Fold {
		case "als", "indien", "mocht", "mochten", "tenzij":
			cond = true
		}
	}
	for _, t := range toks[start : end+1] {
		switch t.Fold {
		case "als", "indien", "mocht", "mochten", "tenzij", "zou", "zouden":
			cond = true
		case "niet", "geen", "nooit", "niemand", "niets", "weigerde", "weigerden", "weigert", "weigeren", "noch":
			neg = true
		case "zal", "zullen", "gaat", "gaan", "morgen", "volgende", "komende", "binnenkort", "straks", "overmorgen", "wil", "willen", "plant", "plannen", "van plan":
			future = true
		}
	}
	switch {
	case cond:
		return Hypothetical
	case neg:
		return Negated
	case future:
		return Planned
	}
	return Asserted
}

// clauseBreak reports whether t ends a clause: punctuation other than an
// inner hyphen or quote, or a subordinating conjunction.
func clauseBreak(t text.Token) bool {
	if t.Kind != text.Word && t.Kind != text.Number {
		return t.Fold != "'" && t.Fold != "\""
	}
	switch t.Fold {
	case "dat", "omdat", "maar", "terwijl", "nadat", "voordat", "waardoor", "zodat":
		return true
	}
	return false
}

// clause returns the first and last token of the clause of toks[i].
func clause(toks []text.Token, i int) (start, end int) {
	start, end = i, i
	for start > 0 && !clauseBreak(toks[start-1]) {
		start--
	}
	for end < len(toks)-1 && !clauseBreak(toks[end+1]) {
		end++
	}
	return start, end
}
