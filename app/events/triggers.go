package events

import (
	"slices"
	"strings"

	"corpusexplorer/app/text"
)

// Mention is a happening found in a text: its trigger (byte span) and type.
type Mention struct {
	Trigger text.Span
	// Particle is the particle or fixed phrase of a phrasal verb whose
	// finite verb or participle is the Trigger ("uit" of "sprak ... uit",
	// "op tafel" of "legde ... op tafel"); empty for others.
	Particle text.Span
	Type     Type
	// Act is the speech act of a Contact mention, "" when none.
	Act string
	// Modality says whether the happening took place (see Modality).
	Modality Modality
	// Roles are its participants, as found by word order (see roles).
	Roles Roles
	// Speech is the index (in the same result) of the Broadcast whose
	// reported speech holds this mention ("zei dat ...", "..., meldt X",
	// "volgens X ..."), or -1.
	Speech int
	// Token is the index of the trigger in the tokens given to
	// FindTokens; Clause the first and last token of its clause.
	Token  int
	Clause [2]int
	// Det is the determiner of a noun trigger: "dat gesprek" points back
	// at a happening told before, "een gesprek" at a new one.
	Det Determiner
	// Prep is the preposition that governs a noun trigger ("in" for "in
	// het gesprek"), "" for none.
	Prep string
	// Earlier is set when the clause marks the happening as an earlier
	// one than the news: "een eerder gesprek", "het vorige gesprek",
	// "spraken elkaar ook al", "voor het eerst".
	Earlier bool
}

// Determiner says how a noun trigger is introduced.
type Determiner uint8

// Determiners of a noun trigger.
const (
	// NoDeterminer: a verb, or a noun without one.
	NoDeterminer Determiner = iota
	// Indefinite: "een (eerder) gesprek".
	Indefinite
	// Definite: "het gesprek", "zijn toespraak", "Poetins oproep".
	Definite
	// Demonstrative: "dat gesprek", "die aanval", "deze top".
	Demonstrative
)

// determiner returns the determiner of the trigger at toks[i] when it is
// a noun: the determiner before it across at most three adjectives (words
// in -e, "eerder", "vorig", or a bare adjective after "een": "een goed
// gesprek"); a possessive ("Poetins", "Poetin's") is definite.
func determiner(src string, toks []text.Token, i int) Determiner {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].Fold()
		switch w {
		case "een":
			return Indefinite
		case "de", "het", "zijn", "haar", "hun", "mijn", "ons", "onze", "beide":
			return Definite
		case "dat", "die", "deze", "dit", "datzelfde", "dezelfde", "hetzelfde":
			if k == i-1 && inverted(src, toks, i) {
				return NoDeterminer // "Dat meldt persbureau Reuters": a pronoun and a verb
			}
			return Demonstrative
		}
		switch {
		case w == "en" && k > 0 && k < i-1 && adjectiveBefore(toks, k):
			continue // "een eerlijk en open gesprek"
		case k+1 < i && toks[k+1].Fold() == "en" && adjectiveBefore(toks, k+1):
			continue // its first adjective
		case toks[k].Kind != text.Word:
			return NoDeterminer
		case capitalised(src, toks[k]) && !adjective(src, toks[k]):
			return NoDeterminer // a name: "De Europese Unie kondigde"
		case k == i-1 && classOf(w)&wNominal != 0 && singularVerb(toks[i].Fold()):
			// "De verdachte verschijnt": an adjective used as a noun, the
			// subject of the verb after it (not "de gewonde demonstranten")
			return NoDeterminer
		case strings.HasSuffix(w, "e") || w == "eerder" || w == "vorig" || bareAdjective(w) && k > 0 && (toks[k-1].Fold() == "een" || toks[k-1].Fold() == "en"):
			continue
		}
		return NoDeterminer
	}
	return NoDeterminer
}

// adjectiveBefore reports whether the word before the "en" at toks[k] is
// an adjective of a noun to come: a word right after a determiner ("een
// eerlijk en open gesprek", "de lange en zware onderhandelingen").
func adjectiveBefore(toks []text.Token, k int) bool {
	return k >= 2 && toks[k-1].Kind == text.Word && isDeterminerTok(toks[k-2])
}

// singularVerb reports a word that looks like the finite verb of a
// singular subject: present in -t, weak past in -de or -te, or a verb
// like "kwam".
func singularVerb(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "de") || strings.HasSuffix(w, "te")) || isVerbLike(w)
}

// inverted reports whether the subject follows the word at toks[i], as it
// follows a verb after a fronted object ("Dat meldt de NOS", "Dat zei
// Biden", "Dat bevestigt hij"): a determiner, a pronoun or a name comes
// next, and the word opens its clause.
func inverted(src string, toks []text.Token, i int) bool {
	if i+1 >= len(toks) || i >= 2 && !breakTok(toks, i-2) {
		return false
	}
	n := toks[i+1]
	return n.Kind == text.Word && (isDeterminerTok(n) && n.Fold() != "zijn" || isPronounTok(n) || n.Upper(src) || n.Fold() == "persbureau")
}

// bareAdjective reports the adjectives that go uninflected before a
// neuter noun after "een": "een goed gesprek".
func bareAdjective(w string) bool { return classOf(w)&wBareAdjective != 0 }

// possessive reports whether the word before toks[i] is a name in the
// possessive ("Poetins oproep", "Poetin's oproep"), and its token.
func possessive(src string, toks []text.Token, i int) (int, bool) {
	if i == 0 || toks[i-1].Kind != text.Word || !toks[i-1].Upper(src) {
		return 0, false
	}
	w := src[toks[i-1].Start:toks[i-1].End]
	end := toks[i-1].End
	if rest := src[end:toks[i].Start]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") ||
		strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return i - 1, true
	}
	return 0, false
}

// earlier reports whether the clause toks[start..end] marks its
// happening as an earlier one.
func earlier(toks []text.Token, start, end int) bool {
	for k := start; k <= end; k++ {
		switch toks[k].Fold() {
		case "eerder", "eerdere", "vorige", "voorgaande":
			return true
		case "al":
			if k > start && toks[k-1].Fold() == "ook" {
				return true
			}
		case "eerst":
			if k > start+1 && toks[k-1].Fold() == "het" && toks[k-2].Fold() == "voor" {
				return true
			}
		}
	}
	return false
}

// trigger is an entry of the trigger lexicon: a folded word form, a prefix
// when it ends in "*", a suffix (the head of a compound: asielwet) when it
// starts with one, a part when both; and what it triggers.
type trigger struct {
	form  string
	types []Type
	act   string
	// prefix and suffix tell how form matches (neither: exact or part).
	prefix, suffix bool
	// needs, when set, are the words one of which must come before the
	// trigger in its clause: "weten" reports only after "laat", "liet".
	needs []string
	// unless are words that rule the trigger out when its clause holds
	// one: a message "overgebracht" is no transport.
	unless []string
	// particle, when set, is the particle or phrase a form of a phrasal
	// verb needs in its clause ("uit" for "sprak", see particleAt);
	// participle marks the verb's participle, which the particle goes
	// before.
	particle   []string
	title      string // the particle's first word capitalised: "Op tafel"
	participle bool
	// near: the particle follows within four words (see phrasal).
	near bool
}

// generic reports a bare plural after "met", "zoals", "over", "van" or
// "voor" ("bemoeienis met verkiezingen", "zoals cyberaanvallen"): a kind
// of happening, not one that happened.
func generic(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Fold() {
	case "met", "zoals", "over", "van", "voor":
	default:
		return false
	}
	w := toks[i].Fold()
	return strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "ten") && len(w) > 6 || strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "s") && strings.HasSuffix(w, "ings")
}

// accused reports "beschuldigden" and "aangeklaagden" used as nouns, after
// a number, a quantity or a determiner: "zes beschuldigden veroordeeld"
// names the accused, not an accusation (but "zij beschuldigden hem").
func accused(toks []text.Token, i int) bool {
	switch toks[i].Fold() {
	case "beschuldigde", "beschuldigden", "aangeklaagde", "aangeklaagden":
	default:
		return false
	}
	if i == 0 {
		return false
	}
	p := toks[i-1]
	return p.Kind == text.Number || isQuantityTok(p) || isDeterminerTok(p) || strings.HasSuffix(p.Fold(), "e") && i >= 2 && isDeterminerTok(toks[i-2])
}

// fits reports whether the trigger's context allows it at toks[i]: a
// word it needs within eight words of it in its clause, no "ter" before
// "dood" ("ter dood veroordeeld"), and no capital inside a sentence (a
// name: "het Hof van Cassatie").
func (t *trigger) fits(src string, toks []text.Token, i int) bool {
	return t.allowed(src, toks, i) && t.neededAround(toks, i, i)
}

// allowed is fits without the words the trigger needs.
func (t *trigger) allowed(src string, toks []text.Token, i int) bool {
	if i > 0 && toks[i].Upper(src) && toks[i-1].Kind == text.Word && !strings.HasSuffix(toks[i].Fold(), "verkiezingen") {
		return false // a name, but "de Tweede Kamerverkiezingen" are elections
	}
	if i > 0 && toks[i-1].Fold() == "ter" {
		return false
	}
	if generic(toks, i) || accused(toks, i) {
		return false
	}
	if t.unless != nil {
		for k := i - 1; k >= 0 && !breakTok(toks, k); k-- {
			if needed(t.unless, toks[k].Fold()) {
				return false
			}
		}
		for k := i + 1; k < len(toks) && !breakTok(toks, k); k++ {
			if needed(t.unless, toks[k].Fold()) {
				return false
			}
		}
	}
	return true
}

// neededAround reports whether a word the trigger needs (if any) is
// within eight words of toks[lo..hi] in its clause, or in it: the trigger,
// or a phrasal verb and its particle with what stands between ("leggen de
// piloten in de zomer het werk neer").
func (t *trigger) neededAround(toks []text.Token, lo, hi int) bool {
	if t.needs == nil {
		return true
	}
	for k := lo; k <= hi; k++ {
		if needed(t.needs, toks[k].Fold()) {
			return true
		}
	}
	for k := lo - 1; k >= 0 && k >= lo-8 && !breakTok(toks, k); k-- {
		if needed(t.needs, toks[k].Fold()) {
			return true
		}
	}
	for k := hi + 1; k < len(toks) && k <= hi+8 && !breakTok(toks, k); k++ {
		if needed(t.needs, toks[k].Fold()) {
			return true
		}
	}
	return false
}

// needed reports whether the folded word w is one of the words a trigger
// needs: equal to one, starting with one that ends in "*" or ending with
// one that starts with it ("*team": reddingsteam).
func needed(needs []string, w string) bool {
	for _, n := range needs {
		if p, ok := strings.CutSuffix(n, "*"); ok && strings.HasPrefix(w, p) || n == w {
			return true
		}
		if p, ok := strings.CutPrefix(n, "*"); ok && strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// prison are the words of a prison, from which one is released.
var prison = []string{"gevangenis", "cel", "detentie", "hechtenis", "gevangenschap"}

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
	add("Contact", "Meet", "", "ontmoet*", "ontmoeting*", "topontmoeting*", "top", "bijeenkomst*", "vergader*", "debat*", "gedebatteerd", "overleg*", "bezoek*", "bezocht", "bezochten", "ontvangst", "bijeen", "*bezoek", "*overleg")
	// Receiving people is a meeting; receiving a letter, money or a prize
	// is not.
	for _, f := range []string{"ontving", "ontvingen", "ontvangt", "ontvangen"} {
		out = append(out, trigger{form: f, types: []Type{{"Contact", "Meet"}},
			unless: []string{"brief", "bericht", "geld", "euro", "miljoen", "subsidie", "prijs", "onderscheiding", "steun", "klachten", "signalen", "telefoontje", "mail", "cadeau", "boete"}})
	}
	add("Contact", "Correspondence", "", "telefoongesprek*", "belde*", "gebeld", "bellen", "telefon*", "videogesprek*", "videoverbinding*", "brief", "schreef", "mailde", "sms*")
	add("Contact", "Broadcast", "", "zei", "zeiden", "zegt", "zeggen", "gezegd", "verklaar*", "verklaring*", "kondigde", "aangekondigd", "aankondig*", "persconferentie*", "toespraak*", "*toespraak", "benadrukt*", "bekendgemaakt", "erkende", "erkent", "herhaalde", "informeerde", "geinformeerd", "noemde", "noemden", "noemt", "vertelde", "vertelden", "vertelt", "verteld")
	// "volgens X" is X's saying, unless X is a poll, a figure or a rule:
	// "volgens de peilingen", "volgens de planning".
	out = append(out, trigger{form: "volgens", types: []Type{{"Contact", "Broadcast"}},
		unless: []string{"peiling", "peilingen", "cijfers", "schatting", "schattingen", "berekening", "berekeningen", "prognose", "prognoses",
			"verwachting", "verwachtingen", "planning", "regels", "wet", "traditie", "statistieken", "ranglijst", "barometer"}})
	// Reporting, but not reporting oneself: "Getuigen worden gevraagd zich
	// te melden", "meldde zich bij de politie".
	for _, f := range []string{"meldde", "meldt", "melden", "meldden", "gemeld"} {
		out = append(out, trigger{form: f, types: []Type{{"Contact", "Broadcast"}}, unless: []string{"zich"}})
	}
	// Promises are sayings: "Scholz beloofde dat Duitsland Oekraïne zal
	// blijven steunen".
	add("Contact", "Broadcast", "", "beloofde", "beloofden", "belooft", "beloven", "beloofd")
	// Words that trigger only with another word of their clause: verbs
	// of two parts ("laat weten", "maakte bekend", "stelde voor", "neemt
	// over", "sprak vrij") and readings that a word of the clause
	// decides ("veroordeeld tot": a sentence; "eiste cel": a hearing).
	needs := func(typ, sub, act string, words []string, forms ...string) {
		for _, f := range forms {
			out = append(out, trigger{form: f, types: []Type{{typ, sub}}, act: act, needs: words})
		}
	}
	needs("Contact", "Broadcast", "", []string{"laat", "liet", "lieten", "laten", "late"}, "weten")
	needs("Justice", "Sentence", "", []string{"tot"}, "veroordeeld")
	penalties := []string{"cel", "celstraf", "gevangenisstraf", "taakstraf", "werkstraf", "jaar", "maanden", "levenslang"}
	// "Noodweer eist tientallen levens": deaths, no demand.
	lives := []string{"levens", "mensenlevens"}
	needs("Life", "Die", "", lives, "eist", "eiste", "eisten", "eisen", "geeist")
	needs("Justice", "Trial-Hearing", "", penalties, "eist", "eiste", "eisten", "eisen", "vordert", "vorderde", "vorderden", "gevorderd")
	needs("Justice", "Sue", "", []string{"rechter", "rechtbank"}, "stapt", "stapte", "stappen", "stapten")
	needs("Movement", "Transport-Person", "", []string{"naar"}, "trekt", "trok", "trokken", "trekken", "getrokken")
	add("Contact", "Broadcast", "warn", "waarschuw*", "gewaarschuwd")
	// Wishes and congratulations are sayings to someone: "heeft Biden een
	// gelukkig Nieuwjaar gewenst".
	needs("Contact", "Broadcast", "", []string{"nieuwjaar", "kerst", "kerstmis", "feestdagen", "succes", "sterkte", "beterschap", "proficiat", "gelukkig", "fijne", "prettige"},
		"wenst", "wenste", "wensten", "gewenst", "wensen")
	add("Contact", "Broadcast", "", "feliciteer*", "gefeliciteerd", "felicitaties", "condoleances", "condoleerde", "condoleert")
	add("Contact", "Broadcast", "support", "betuigde", "betuigden", "betuigt", "betuigd") // "betuigde zijn medeleven, steun"
	add("Contact", "Broadcast", "threaten", "dreig*", "gedreigd")
	// A prosecutor's demand of a penalty is a hearing (see needs above),
	// no saying.
	notDemanded := append(slices.Clone(penalties), lives...)
	out = append(out, trigger{form: "eist", types: []Type{{"Contact", "Broadcast"}}, act: "demand", unless: notDemanded},
		trigger{form: "eisen", types: []Type{{"Contact", "Broadcast"}}, act: "demand", unless: notDemanded},
		trigger{form: "eiste", types: []Type{{"Contact", "Broadcast"}}, act: "demand", unless: notDemanded},
		trigger{form: "eisten", types: []Type{{"Contact", "Broadcast"}}, act: "demand", unless: notDemanded})
	add("Contact", "Broadcast", "demand", "geeist")
	add("Contact", "Broadcast", "criticize", "bekritiseer*", "kritiek", "hekelt", "hekelde")
	add("Contact", "Broadcast", "propose", "voorgesteld")
	add("Contact", "Broadcast", "appeal", "riep", "roept", "oproep*", "opgeroepen")
	add("Contact", "Broadcast", "support", "steunt", "steunde", "steunen", "gesteund")
	add("Contact", "Broadcast", "deny", "ontken*")
	add("Contact", "Broadcast", "confirm", "bevestig*")
	// "Vrijdag sprak Zelensky in Rome met paus Franciscus"; not "sprak van
	// een logische stap" (a saying).
	needs("Contact", "Contact", "", []string{"met", "elkaar"}, "sprak", "spreekt", "spreken")
	add("Contact", "Contact", "", "onderhandel*", "gesproken", "spraken", "contact", "gesprek", "gesprekken", "*gesprek", "bespreken", "bespreekt", "besprak", "bespraken", "besproken")
	out = append(out, trigger{form: "inval", types: []Type{{"Conflict", "Attack"}},
		unless: []string{"politie", "agenten", "recherche", "douane", "fiod", "justitie", "arrestatieteam"}})
	add("Conflict", "Attack", "", "invasie*", "aanval*", "aangevallen", "bombardeer*", "gebombardeerd", "bombarderen", "bombardement*", "opgeblazen", "beschot*", "beschiet*", "beschoten", "neergestoken", "doodgestoken", "mishandel*", "aanslag*", "schoot", "geschoten", "doodgeschoten", "overvallen", "overval*", "schietpartij*", "steekpartij*", "afvuur*", "afgevuurd", "vuurde", "*aanval", "bestook*", "bestoken", "beschoot", "opblazen")
	// A missile or shell striking: "Een raket is in het dorp ingeslagen".
	needs("Conflict", "Attack", "", []string{"raket", "raketten", "*raket", "projectiel", "projectielen", "granaat", "granaten", "drone", "drones", "bom", "bommen", "*bom"},
		"ingeslagen", "inslag", "inslagen")
	add("Conflict", "Demonstrate", "", "demonstr*", "protest*", "staking*", "staken", "staakten", "werkonderbreking*", "betoging*", "betoog*", "blokkade*", "bezetting*", "bezetten", "bezet")
	// Blocking a road or a port is a protest; blocking a deal is not.
	notBlockade := []string{"deal", "overname", "fusie", "plan", "plannen", "voorstel", "wet", "wetsvoorstel", "akkoord", "*akkoord", "rekening", "*rekening", "account", "verkoop", "aankoop", "tegoeden", "website", "sites"}
	out = append(out, trigger{form: "blokkeer*", types: []Type{{"Conflict", "Demonstrate"}}, unless: notBlockade})
	// "De boeren hebben de snelwegen geblokkeerd"; not "De A12 is
	// geblokkeerd na een ongeval": the participle and the infinitive only
	// with who protests in the clause.
	for _, f := range []string{"geblokkeerd", "blokkeren"} {
		out = append(out, trigger{form: f, types: []Type{{"Conflict", "Demonstrate"}}, unless: notBlockade,
			needs: []string{"boeren", "actievoerders", "demonstranten", "betogers", "activisten", "*activisten", "stakers", "vakbonden", "vakbond", "taxichauffeurs", "vissers", "truckers", "studenten", "*boeren"}})
	}
	add("Justice", "Arrest-Jail", "", "gearresteerd", "arresteer*", "arrestatie*", "aangehouden", "opgepakt", "opsluit", "opgesloten", "vastgezet", "hechtenis", "huisarrest", "aanhoudingsmandaat")
	add("Justice", "Release-Parole", "", "vrijgelaten", "vrijlating*", "vrijgekomen", "invrijheidstelling*")
	// Released from prison: "uit de gevangenis ontslagen".
	needs("Justice", "Release-Parole", "", prison, "ontslagen")
	add("Justice", "Trial-Hearing", "", "proces", "rechtszaak", "zitting", "strafeis", "verhoor*", "terechtstaan", "terechtstaat", "terechtstond", "terechtstonden", "terechtgestaan", "terechtzitting*")
	// "staat terecht voor moord"; not "kwam op de verkeerde weghelft
	// terecht", nor "terecht" as an adverb (rightly).
	needs("Justice", "Trial-Hearing", "", []string{"staat", "stond", "staan", "stonden", "gestaan"}, "terecht")
	// "verschijnt vrijdag voor de raadkamer": appearing before a court.
	needs("Justice", "Trial-Hearing", "", []string{"rechter", "rechtbank", "raadkamer", "onderzoeksrechter", "hof", "politierechter", "kantonrechter", "strafrechter", "assisen", "*rechter", "*rechtbank"},
		"verschijnt", "verscheen", "verschijnen", "verschenen")
	add("Justice", "Charge-Indict", "", "aangeklaagd", "gedagvaard", "aanklacht*", "vervolgd", "vervolging", "beschuldig*", "tenlastelegging")
	add("Justice", "Sue", "", "daagt", "daagde", "gedaagd", "dagvaard*", "rechtszaak")
	add("Justice", "Convict", "", "veroordeeld", "veroordeling*", "schuldig")
	add("Justice", "Sentence", "", "celstraf*", "gevangenisstraf*", "taakstraf*", "werkstraf*", "levenslang", "rijverbod", "enkelband")
	add("Justice", "Fine", "", "boete*", "beboet", "dwangsom*")
	add("Justice", "Execute", "", "geexecuteerd", "executie*", "terechtgesteld", "terechtstelling*", "doodstraf")
	add("Justice", "Extradite", "", "uitgeleverd", "uitlevering*", "uitleveren")
	add("Justice", "Acquit", "", "vrijgesproken", "vrijspraak")
	// "in hoger beroep" is where a case is heard, unless one goes or
	// lodges it: "ging in hoger beroep".
	out = append(out, trigger{form: "beroep", types: []Type{{"Justice", "Appeal"}}, unless: []string{"hoger"}})
	needs("Justice", "Appeal", "", []string{"ging", "gaat", "gaan", "gingen", "gegaan", "aangetekend", "tekent", "tekende", "tekenen", "instellen", "ingesteld"}, "beroep")
	add("Justice", "Appeal", "", "cassatie")
	add("Justice", "Pardon", "", "gratie", "pardon", "amnestie")
	add("Justice", "Investigate", "", "onderzoek*", "onderzocht")
	add("Justice", "Trial-Hearing", "", "voorgeleid", "voorgeleiding", "voorleiding")
	add("Life", "Be-Born", "", "geboren", "bevallen", "beviel", "geboorte")
	add("Life", "Marry", "", "trouw*", "getrouwd", "huwelijk*", "huwde", "ja-woord")
	add("Life", "Divorce", "", "scheiding", "gescheiden", "scheiden", "echtscheiding*")
	add("Life", "Injure", "", "gewond*", "verwond*", "zwaargewond*", "lichtgewond*", "geblesseerd")
	// A murder is an attack that kills: "de moord op zijn ex-partner".
	for _, f := range []string{"moord", "moorden", "vermoord", "vermoordde", "vermoordden", "vermoorden", "doodslag", "*moord"} {
		out = append(out, trigger{form: f, types: []Type{{"Conflict", "Attack"}, {"Life", "Die"}}})
	}
	add("Life", "Die", "", "overleden", "overleed", "overlijden", "omgekomen", "omkwam", "omkwamen", "sterfgeval*", "doodgereden", "dood", "doden", "gedood", "stierf", "sterft", "doodgeschoten", "doodgestoken", "verdronk", "verdronken", "verongelukt", "slachtoffer*")
	add("Movement", "Transport-Person", "", "geevacueerd", "evacu*", "teruggetrokken", "terugtrekk*", "gevlucht", "vluchtte*", "gedeporteerd", "uitgezet", "uitgewezen", "uitwijzing*", "transfer*", "overgestapt", "vertrekt", "vertrok", "vertrokken", "teruggeroepen", "terugkeer", "terugkeren", "terugsturen", "teruggestuurd", "reist", "reisde", "afgereisd", "teruggevlogen", "gerepatrieerd", "verplaatst", "verplaatste", "verplaatsten", "verplaatsen", "verplaatsing*", "troepenverplaatsing*", "troepenopbouw")
	// Getting money or a child: "krijgt 14 miljoen euro van het Rijk",
	// "heeft haar eerste kind gekregen".
	// not a fine: "kreeg een boete van 500.000 euro"
	for _, f := range []string{"krijgt", "kreeg", "kregen", "krijgen", "gekregen"} {
		out = append(out, trigger{form: f, types: []Type{{"Transaction", "Transfer-Money"}},
			needs: []string{"euro", "miljoen", "miljard", "dollar", "geld", "subsidie", "steun"}, unless: []string{"boete", "boetes", "dwangsom", "geldboete", "*boete"}})
	}
	needs("Life", "Be-Born", "", []string{"kind", "kindje", "zoon", "zoontje", "dochter", "dochtertje", "baby", "tweeling"}, "krijgt", "kreeg", "kregen", "krijgen", "gekregen")
	// People sent: "stuurt een reddingsteam naar het rampgebied", "stuurde
	// 3.000 militairen naar de grens".
	needs("Movement", "Transport-Person", "", []string{"troepen", "militairen", "soldaten", "mariniers", "manschappen", "agenten", "*team", "*teams", "hulpverleners", "reddingswerkers", "artsen", "waarnemers", "delegatie", "gezant", "ambassadeur", "diplomaten", "experts", "deskundigen"},
		"stuurt", "stuurde", "stuurden", "sturen", "gestuurd", "zendt", "zond", "zonden", "gezonden", "ingezet")
	// Weapons sent: "stuurt geen Taurus-raketten naar Oekraïne".
	needs("Movement", "Transport-Artifact", "", []string{"wapen*", "raket*", "munitie", "tank*", "pantservoertuig*", "gevechtsvliegtuig*", "luchtafweer*", "drones", "hulpgoederen"},
		"stuurt", "stuurde", "stuurden", "sturen", "gestuurd", "levert", "leverde", "leverden", "leveren")
	add("Movement", "Transport-Artifact", "", "geleverd", "levering*", "verscheept", "vervoerd", "smokkel*", "gesmokkeld")
	out = append(out, trigger{form: "overgebracht", types: []Type{{"Movement", "Transport-Artifact"}},
		unless: []string{"boodschap", "bericht", "felicitaties", "groeten", "condoleances", "waarschuwing"}})
	add("Personnel", "Start-Position", "", "benoemd", "benoeming*", "*benoeming", "herbenoemd", "aangesteld", "aangetreden", "beedigd", "ingehuldigd", "aangenomen")
	out = append(out, trigger{form: "ontslag*", types: []Type{{"Personnel", "End-Position"}}, unless: prison})
	// A government falls: "Het kabinet-Rutte IV is gevallen".
	needs("Personnel", "End-Position", "", []string{"kabinet", "regering", "coalitie", "*kabinet", "*regering", "*coalitie"},
		"gevallen", "valt", "viel", "vielen")
	// Jobs cut: "schrapt 500 banen".
	needs("Personnel", "End-Position", "", []string{"banen", "jobs", "arbeidsplaatsen", "werknemers", "personeelsleden", "medewerkers", "*banen"},
		"schrapt", "schrapte", "schrapten", "schrappen", "geschrapt")
	add("Personnel", "End-Position", "", "opgestapt", "afgetreden", "aftreden", "afscheid", "opgezegd", "ontslaat")
	out = append(out, trigger{form: "ontslagen", types: []Type{{"Personnel", "End-Position"}}, unless: prison})
	add("Personnel", "Nominate", "", "voorgedragen", "voordragen", "voordracht", "genomineerd", "kandidaat")
	add("Personnel", "Elect", "", "verkozen", "gekozen", "herkozen", "verkiezing*", "kiest", "koos", "kozen", "*verkiezing", "*verkiezingen")
	add("Business", "Start-Org", "", "opgericht", "oprichting", "opgestart")
	// A company or school closed; not an agreement concluded ("een
	// staakt-het-vuren gesloten") nor a border shut.
	for _, f := range []string{"sluit", "gesloten"} {
		out = append(out, trigger{form: f, types: []Type{{"Business", "End-Org"}},
			unless: []string{"akkoord", "*akkoord", "deal", "overeenkomst", "*overeenkomst", "verdrag", "*verdrag", "staakt", "bestand", "wapenstilstand", "vrede", "compromis", "pact", "*pact", "contract", "grens", "grenzen", "luchtruim", "ogen", "rij", "rijen"}})
	}
	add("Business", "End-Org", "", "sluiting", "opgeheven", "opheffing", "stopgezet", "ontbonden")
	add("Business", "Merge-Org", "", "fusie*", "fuseren", "fuseert", "fuseerden", "gefuseerd", "samengaan", "overname*", "overgenomen")
	add("Business", "Declare-Bankruptcy", "", "failliet", "faillissement*", "bankroet", "surseance")
	add("Transaction", "Transfer-Money", "", "betaal*", "betaald", "schonk", "geschonken", "subsidie*", "investeert", "investeerde", "investeren", "geinvesteerd", "investering*", "opgehaald", "*hulp", "steunpakket*", "lening*", "uitgekeerd")
	add("Transaction", "Transfer-Ownership", "", "verkocht", "verkoop*", "kocht", "gekocht", "koopt", "overgedragen", "aangekocht")
	needs("Policy", "Sanction", "", []string{"zwarte"}, "lijst") // "op een zwarte lijst gezet"
	add("Policy", "Sanction", "", "*sanctie*", "bevriest", "strafmaatregel*", "embargo", "bevriez*", "bevroren", "boycot*")
	add("Policy", "Agreement", "", "akkoord", "overeenkomst*", "verdrag*", "deal", "ondertekend", "ondertekende", "ondertekenden", "ondertekenen", "ondertekent", "tekenden", "*akkoord", "wapenstilstand", "wapenbestand", "vredesakkoord", "pact", "migratiepact", "klimaatpact", "vredespact", "stabiliteitspact", "defensiepact", "handelspact", "coalitiepact", "begrotingspact", "asielpact", "energiepact", "sociaal-pact", "bestand", "afspraak", "afspraken")
	add("Policy", "Annex", "", "annex*", "geannexeerd", "ingelijfd", "inlijving")
	needs("Policy", "Annex", "", []string{"grondgebied"}, "gevoegd", "voegt", "voegde", "voegden", "voegen") // "bij zijn grondgebied gevoegd"
	add("Policy", "Law", "", "wet", "*wet", "ingestemd", "wetsvoorstel*", "wetswijziging*", "motie*", "verbod")
	// A parliament or council approving: "De Kamer heeft de
	// pensioenhervorming goedgekeurd".
	needs("Policy", "Law", "", []string{"kamer", "parlement", "senaat", "gemeenteraad", "provincieraad", "*parlement", "*raad", "wet", "wetsvoorstel", "*hervorming", "hervorming", "begroting", "decreet", "ordonnantie", "resolutie", "*wet"},
		"goedgekeurd", "goedkeuring", "goedkeurt", "goedkeuren")
	return append(out, phrasalTriggers()...)
}

// Lexicon finds trigger words in text and gives each the types its entry
// names. Exact forms are looked up in a map; prefix, suffix and part
// entries are indexed by their first (prefix) or last (suffix) bytes, so
// that a word is compared with the few entries that can match it rather
// than with all of them.
type Lexicon struct {
	exact  map[string][]trigger
	prefix map[string][]trigger // by the first keyLen bytes of the form
	suffix map[string][]trigger // by the last keyLen bytes of the form
	short  []trigger            // prefix and suffix forms shorter than keyLen
	inside []trigger
	// hasPrefix and hasSuffix mark the keys of three letters a-z that
	// have entries, so that most words skip the maps; hasExact the first
	// three letters of the exact forms, hasShort the exact forms of one or
	// two letters a-z.
	hasPrefix, hasSuffix, hasExact [26 * 26 * 26]bool
	hasShort                       [27 * 27]bool
}

// key3 returns the index of a key of three letters a-z, -1 for any other.
func key3(k string) int {
	n := 0
	for i := 0; i < 3; i++ {
		c := k[i]
		if c < 'a' || c > 'z' {
			return -1
		}
		n = n*26 + int(c-'a')
	}
	return n
}

// key2 returns the index of a word of one or two letters a-z, -1 for any
// other.
func key2(w string) int {
	if len(w) == 0 || len(w) > 2 {
		return -1
	}
	n := 0
	for i := 0; i < 2; i++ {
		c := byte('a' - 1) // none: a word of one letter
		if i < len(w) {
			c = w[i]
		}
		if c != 'a'-1 && (c < 'a' || c > 'z') {
			return -1
		}
		n = n*27 + int(c-('a'-1))
	}
	return n
}

// keyLen is the length of the prefix and suffix index keys.
const keyLen = 3

// NewLexicon returns the lexicon of the built-in trigger words.
func NewLexicon() *Lexicon {
	l := &Lexicon{exact: map[string][]trigger{}, prefix: map[string][]trigger{}, suffix: map[string][]trigger{}}
	for _, t := range lexicon() {
		pre, post := strings.HasSuffix(t.form, "*"), strings.HasPrefix(t.form, "*")
		t.form = strings.Trim(t.form, "*")
		t.prefix, t.suffix = pre && !post, post && !pre
		switch {
		case pre && post:
			l.inside = append(l.inside, t)
		case (pre || post) && len(t.form) < keyLen:
			l.short = append(l.short, t)
		case pre:
			l.prefix[t.form[:keyLen]] = append(l.prefix[t.form[:keyLen]], t)
			if n := key3(t.form[:keyLen]); n >= 0 {
				l.hasPrefix[n] = true
			}
		case post:
			k := t.form[len(t.form)-keyLen:]
			l.suffix[k] = append(l.suffix[k], t)
			if n := key3(k); n >= 0 {
				l.hasSuffix[n] = true
			}
		default:
			l.exact[t.form] = append(l.exact[t.form], t)
			if len(t.form) >= keyLen {
				if n := key3(t.form[:keyLen]); n >= 0 {
					l.hasExact[n] = true
				}
			} else if n := key2(t.form); n >= 0 {
				l.hasShort[n] = true
			}
		}
	}
	return l
}

// matches reports whether the entry t matches the folded word w.
func (t *trigger) matches(w string) bool {
	switch {
	case t.prefix:
		// not a person named after the happening: aanvaller, bezoekers,
		// onderzoeker, verkoper, subsidiegever
		// nor a body or a place named after it: investeringsfonds,
		// onderzoeksrechter, overlegcomité, vergaderzaal
		rest := len(w) - len(t.form)
		return strings.HasPrefix(w, t.form) && !(rest >= 2 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ers"))) &&
			!(rest >= 4 && bodyHead(w[len(t.form):]))
	case t.suffix:
		return len(w) > len(t.form)+2 && strings.HasSuffix(w, t.form)
	}
	return strings.Contains(w, t.form)
}

// bodyHead reports whether the end of a compound is a noun of a body, a
// person or a place: the compound names that, not a happening.
func bodyHead(rest string) bool {
	for _, h := range [...]string{"fonds", "fondsen", "bank", "raad", "dienst", "diensten", "bureau", "instituut",
		"maatschappij", "bedrijf", "groep", "commissie", "comite", "team", "teams", "agentschap", "orgaan", "kantoor", "firma",
		"centrum", "zaal", "zalen"} {
		if strings.HasSuffix(rest, h) {
			return true
		}
	}
	return false
}

// lookup appends to buf every entry that matches the folded word w:
// exact, prefix, suffix and part entries, in that order.
func (l *Lexicon) lookup(w string, buf []*trigger) []*trigger {
	n := -1 // the key of the first three letters, -1 for none
	var exact bool
	if len(w) >= keyLen {
		n = key3(w[:keyLen])
		exact = n < 0 || l.hasExact[n]
	} else {
		k := key2(w)
		exact = k < 0 || l.hasShort[k]
	}
	if exact {
		es := l.exact[w]
		for i := range es {
			buf = append(buf, &es[i])
		}
	}
	if len(w) >= keyLen {
		if n < 0 || l.hasPrefix[n] {
			ps := l.prefix[w[:keyLen]]
			for i := range ps {
				if ps[i].matches(w) {
					buf = append(buf, &ps[i])
				}
			}
		}
		if n := key3(w[len(w)-keyLen:]); n < 0 || l.hasSuffix[n] {
			ss := l.suffix[w[len(w)-keyLen:]]
			for i := range ss {
				if ss[i].matches(w) {
					buf = append(buf, &ss[i])
				}
			}
		}
	}
	for i := range l.short {
		if l.short[i].matches(w) {
			buf = append(buf, &l.short[i])
		}
	}
	for i := range l.inside {
		if l.inside[i].matches(w) {
			buf = append(buf, &l.inside[i])
		}
	}
	return buf
}

// Find returns the mentions of s, in text order; a word that triggers
// several types (veroordeeld: Convict and Sentence) gives one of each.
// Spans are byte offsets into s.
func (l *Lexicon) Find(s string) []Mention {
	return l.FindTokens(s, text.Tokenize(s))
}

// FindTokens is Find for one sentence already tokenized: toks are the
// sentence's tokens of src (with offsets into src), and the spans of the
// mentions are offsets into src too.
func (l *Lexicon) FindTokens(src string, toks []text.Token) []Mention {
	// The triggers are gathered on the stack first, and the mentions (a
	// Mention is over 200 bytes) allocated at their number: most
	// sentences have one or none.
	type found struct {
		ty  Type
		act string
		tok int
		// part is the first and last token of a phrasal verb's particle,
		// {-1, -1} for none.
		part [2]int
	}
	var fbuf [8]found
	cands := fbuf[:0]
	var buf [8]*trigger
	for ti, tok := range toks {
		if tok.Kind != text.Word {
			continue
		}
		first := len(cands) // this token's mentions start here
		entries := l.lookup(tok.Fold(), buf[:0])
		// A verb with its particle or phrase in the clause is what the two
		// say together: its other readings give way ("riep ... terug" is
		// no appeal).
		phrasal := false
		for _, t := range entries {
			if t.particle == nil {
				continue
			}
			p0, p1, ok := t.particleAt(src, toks, ti)
			if !ok || !t.allowed(src, toks, ti) || !t.neededAround(toks, min(ti, p0), max(ti, p1)) {
				continue
			}
			phrasal = true
			for _, ty := range t.types {
				if !slices.ContainsFunc(cands[first:], func(c found) bool { return c.ty == ty }) {
					cands = append(cands, found{ty, t.act, ti, [2]int{p0, p1}})
				}
			}
		}
		if phrasal {
			continue
		}
		for _, t := range entries {
			if t.particle != nil || !t.fits(src, toks, ti) {
				continue
			}
		types:
			for _, ty := range t.types {
				// One type per word; a compound's head (a suffix entry:
				// videogesprek as *gesprek) gives way to a fuller entry.
				for _, c := range cands[first:] {
					if c.ty == ty || (t.suffix || !t.prefix && t.form != tok.Fold()) && c.ty.Type == ty.Type {
						continue types
					}
				}
				cands = append(cands, found{ty, t.act, ti, [2]int{-1, -1}})
			}
		}
	}
	// What a speaker calls something is a label, not a happening: "Het
	// Kremlin noemde de toetreding 'een aanval op onze veiligheid'".
	cands = slices.DeleteFunc(cands, func(c found) bool { return labelled(src, toks, c.tok) })
	// A trigger inside the phrase of a phrasal verb is part of it:
	// "failliet" of "failliet verklaard", "beschuldiging" of "in staat
	// van beschuldiging gesteld".
	var parts [][2]int
	for _, c := range cands {
		if c.part[0] >= 0 {
			parts = append(parts, c.part)
		}
	}
	for _, p := range parts {
		cands = slices.DeleteFunc(cands, func(d found) bool { return d.tok >= p[0] && d.tok <= p[1] })
	}
	if len(cands) == 0 {
		return nil
	}
	out := make([]Mention, len(cands))
	at := make([]int, len(cands)) // the token of each mention
	for k, c := range cands {
		out[k] = Mention{Trigger: toks[c.tok].Span, Type: c.ty, Act: c.act, Speech: -1}
		if c.part[0] >= 0 {
			out[k].Particle = text.Span{Start: toks[c.part[0]].Start, End: toks[c.part[1]].End}
		}
		if c.act == proposeOrDemand {
			out[k].Act = objectAct(toks, c.tok)
		}
		at[k] = c.tok
	}
	sentPlaces := sentencePlaces{src: src, toks: toks}
	for k := range out {
		m := &out[k]
		i := at[k]
		start, end := clause(src, toks, i)
		m.Token, m.Clause = i, [2]int{start, end}
		m.Det = determiner(src, toks, i)
		if _, ok := possessive(src, toks, i); ok && m.Det == NoDeterminer {
			m.Det = Definite
		}
		if m.Det != NoDeterminer {
			m.Prep = governor(toks, i)
		}
		m.Earlier = earlier(toks, start, end)
		m.Modality = modality(src, toks, i, start, end)
		if m.Modality == Asserted && m.Type.Type == "Personnel" && m.Particle.End > m.Particle.Start && (toks[i].Fold() == "wordt" || toks[i].Fold() == "worden") {
			m.Modality = Planned // "Karin Mulder wordt de nieuwe burgemeester"
		}
		m.Roles = roles(src, toks, m.Type, i, start, end, cands[k].part)
		if _, ok := possessive(src, toks, i); ok {
			m.Modality = Asserted // "Poetins oproep" was made
		}
		if len(m.Roles.Place) == 0 && m.Type.Subtype != "Broadcast" && m.Prep == "" {
			m.Roles.Place = ownless(sentPlaces.get(), m.Roles)
		}
		if m.Type.Subtype == "Charge-Indict" && len(m.Roles.Agent) > 0 && !prosecutor(src, m.Roles.Agent) {
			m.Type.Subtype = "Sue" // "een groep activisten heeft de Staat aangeklaagd"
		}
	}
	return speech(src, toks, out, at)
}

// prosecutor reports whether one of the spans names who prosecutes: the
// Openbaar Ministerie, justitie, a parket, an aanklager.
func prosecutor(src string, spans []text.Span) bool {
	for _, sp := range spans {
		for _, t := range text.Tokenize(sp.Of(src)) {
			switch t.Fold() {
			case "om", "ministerie", "justitie", "parket", "aanklager", "aanklagers", "procureur", "officier", "openbaar", "onderzoeksrechter", "fbi", "politie":
				return true
			}
		}
	}
	return false
}

// ownless returns the places of a sentence but those that are a
// participant of the mention ("een inval in Oekraïne": Oekraïne is
// invaded).
func ownless(places []text.Span, r Roles) []text.Span {
	for k, p := range places {
		if inSpans(p, r.Agent) || inSpans(p, r.Patient) {
			out := slices.Clone(places[:k])
			for _, q := range places[k+1:] {
				if !inSpans(q, r.Agent) && !inSpans(q, r.Patient) {
					out = append(out, q)
				}
			}
			return out
		}
	}
	return places
}

// modality reads the modality of the trigger at toks[i] from the cue words
// of its clause toks[start..end] (the tokens between the nearest clause
// breaks around it: punctuation, "dat", "omdat", "maar", a relative
// "die", a condition). It is hypothetical under a condition ("als",
// "indien", "mocht", "zou" but not "zou hebben", which reports), one that
// opens the clause ("als Rusland binnenvalt"), follows it ("sancties
// komen als ...") or opens the clause before ("Als ..., dan ..."); when
// only wanted or asked for ("wil dat ...", "om een ontmoeting gevraagd");
// or only possible ("mogelijk"). Else a negation ("niet", "geen",
// "niemand", "weigerde") makes it negated, a future ("zal", "gaat",
// "morgen", "volgende week") planned, in that order of precedence.
func modality(src string, toks []text.Token, i, start, end int) Modality {
	var cond, neg, future bool
	if start > 0 {
		// "Als de lonen niet stijgen, staken de piloten": a condition that
		// opens the clause before, or this one, makes it hypothetical.
		p := start - 1
		for p > 0 && !breakTok(toks, p-1) {
			p--
		}
		switch toks[p].Fold() {
		case "als", "indien", "mocht", "mochten", "tenzij":
			cond = true
		}
		switch toks[start-1].Fold() {
		case "als", "indien", "tenzij", "wanneer":
			cond = true
		case "dat":
			// "wil dat westerse landen zich terugtrekken"
			for q := start - 2; q >= 0 && !breakTok(toks, q); q-- {
				switch toks[q].Fold() {
				case "wil", "wilde", "willen", "wilden", "eist", "eiste", "eisen", "eisten", "vraagt", "vroeg", "vroegen", "hoopt", "hoopte", "wenst":
					cond = true
				}
				if fear(toks[q].Fold()) {
					cond = true // "die vrezen dat Poetin Oekraïne gaat binnenvallen"
				}
			}
		}
	}
	if end+1 < len(toks) {
		switch toks[end+1].Fold() {
		case "als", "indien", "tenzij":
			cond = true // "die sancties komen als Rusland binnenvalt"
		}
	}
	for k := start; k <= end; k++ {
		t := toks[k]
		next := func(n int) string {
			if k+n <= end {
				return toks[k+n].Fold()
			}
			return ""
		}
		if t.Fold() == "niet" && isDeterminer(next(1)) {
			switch next(2) {
			case "eerste", "laatste", "enige":
				continue // "niet het eerste gesprek": the gesprek took place
			}
		}
		switch t.Fold() {
		case "zou", "zouden":
			reports := false
			for n := 1; k+n <= end; n++ {
				if w := next(n); w == "hebben" || w == "zijn" {
					reports = true // "zou hebben gezegd" reports what is said to have happened
				}
			}
			cond = cond || !reports
		case "als":
			cond = cond || condition(src, toks, k) // not "als nieuwe rector"
		case "indien", "mocht", "mochten", "tenzij", "mogelijk", "misschien", "eventueel", "riskeert", "riskeren", "riskeerde", "riskeerden":
			cond = true // "Hij riskeert levenslang"
		case "gevraagd", "vroeg", "vroegen", "vraagt", "vragen", "verzocht", "verzoekt",
			"eist", "eiste", "eisten", "eisen", "geëist", "geeist", "bepleit", "bepleitte", "pleit", "pleitte", "gepleit":
			switch {
			case k == i:
			case strings.HasPrefix(t.Fold(), "eis") && claimed(src, toks, k, end):
				// "eiste de aanslag op": claimed, not asked for
			case i >= 1 && (toks[i-1].Fold() == "om" || i >= 2 && toks[i-2].Fold() == "om"):
				cond = true // "om een ontmoeting gevraagd"
			case nounTrigger(toks, i) && object(src, toks, start, i):
				cond = true // "had de vrijspraak gevraagd": asked for, not given
			}
		case "geen":
			// "geen" negates the noun it goes with: "leverde geen akkoord
			// op" negates the agreement, not "het gesprek" that gave none;
			// a verb's object ("voerde geen aanval uit") negates the verb.
			neg = neg || k < i && determines(toks, k, i) || !nounTrigger(toks, i)
		case "niet", "nooit", "niemand", "niets", "weigerde", "weigerden", "weigert", "weigeren", "noch":
			neg = true
		case "verbiedt", "verbood", "verboden", "verbieden":
			// "heeft de staat verboden onderdelen te leveren": what is
			// forbidden (with te) does not happen
			neg = neg || k < i && i > 0 && toks[i-1].Fold() == "te"
		default:
			if k < i && fear(t.Fold()) {
				cond = true // "de VS vreest een Russische inval"
			}
		case "zal", "zullen", "gaat", "gaan", "morgen", "volgende", "komende", "binnenkort", "straks", "overmorgen", "wil", "willen", "plant":
			future = true
		case "plannen":
			future = future || k == start || !isDeterminerTok(toks[k-1]) && !isPrepositionTok(toks[k-1]) // not "over de plannen"
		case "moet", "moeten":
			for n := 1; n <= 4 && !future; n++ {
				future = next(n) == "nog" // "moeten het akkoord nog goedkeuren": still to come
			}
		case "om":
			if k > i && infinitive(toks, k, end) {
				k = end // "stemde in met een voorstel om het Rijk niet langer ... te laten staan": its own clause
			}
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

// object reports whether the noun trigger at toks[i] heads a phrase that
// no preposition governs and that is not the clause's first (its
// subject): "De verdediging had de vrijspraak gevraagd", not "Biden vroeg
// in het gesprek" nor "De vrijspraak werd gevraagd".
func object(src string, toks []text.Token, start, i int) bool {
	q := i - 1
	for q >= start && !isDeterminerTok(toks[q]) && adjective(src, toks[q]) {
		q-- // "de volledige vrijspraak"
	}
	if q >= start && isDeterminerTok(toks[q]) {
		q--
	}
	return q >= start && !isPrepositionTok(toks[q])
}

// determines reports whether the determiner at toks[k] goes with the word
// at toks[i]: at most three words lie between them, none of them a
// determiner, a preposition or a clause break ("geen nieuw akkoord").
func determines(toks []text.Token, k, i int) bool {
	if i-k > 4 {
		return false
	}
	for q := k + 1; q < i; q++ {
		if w := toks[q].Fold(); isDeterminer(w) || IsPreposition(w) || breakTok(toks, q) || w == "geen" {
			return false
		}
	}
	return true
}

// fear reports the words of fearing, after which a happening is only
// feared: "vreest een inval", "bang dat", "de angst voor een aanval".
func fear(w string) bool {
	switch w {
	case "vrees", "vreest", "vrezen", "vreesde", "vreesden", "gevreesd", "bang", "bevreesd", "angst", "beducht":
		return true
	}
	return false
}

// infinitive reports whether the "om" at toks[k] opens an infinitive
// clause: a "te" follows before end.
func infinitive(toks []text.Token, k, end int) bool {
	for q := k + 1; q <= end; q++ {
		if toks[q].Fold() == "te" {
			return true
		}
	}
	return false
}

// clauseBreak reports whether t ends a clause: punctuation other than an
// inner hyphen or quote, or a subordinating conjunction.
func clauseBreak(t text.Token) bool {
	if t.Kind != text.Word && t.Kind != text.Number {
		return t.Fold() != "'" && t.Fold() != "\""
	}
	return classOfToken(t)&wClauseBreak != 0
}

// labelled reports whether the noun at toks[i] has "een" and is what a
// form of "noemen" earlier in its clause calls something: "noemde de
// toetreding een aanval", "noemde het 'een oorlog'".
func labelled(src string, toks []text.Token, i int) bool {
	if determiner(src, toks, i) != Indefinite {
		return false
	}
	for k := i - 1; k >= 0 && !breakTok(toks, k); k-- {
		switch toks[k].Fold() {
		case "noemde", "noemden", "noemt", "noemen", "genoemd", "noem":
			return true
		}
	}
	return false
}

// claimed reports whether the particle "op" of "opeisen" follows the
// verb at toks[k] in its clause, which ends at end.
func claimed(src string, toks []text.Token, k, end int) bool {
	for j := k + 1; j <= end; j++ {
		if toks[j].Fold() == "op" && particleFree(src, toks, j+1, end, []string{"op"}) {
			return true
		}
	}
	return false
}

// breakTok is clauseBreak at toks[k], but "dat" after a preposition and
// before a noun is a determiner: "ging tegen dat vonnis in hoger beroep",
// "op dat moment" (not "sluit niet uit dat er ...").
func breakTok(toks []text.Token, k int) bool {
	if !clauseBreak(toks[k]) {
		return false
	}
	if toks[k].Fold() != "dat" || k == 0 || k+1 >= len(toks) || !isPrepositionTok(toks[k-1]) {
		return true
	}
	n := toks[k+1]
	return n.Kind != text.Word || isDeterminerTok(n) || isPronounTok(n) || isFunctionTok(n) || n.Fold() == "er" || n.Fold() == "zich"
}

// breakAt reports whether toks[k] ends a clause: clauseBreak, or a
// relative "die" ("de garanties die Rusland eist"), or a condition that
// opens one ("als Rusland binnenvalt"; not "als een bedreiging").
func breakAt(src string, toks []text.Token, k int) bool {
	if breakTok(toks, k) {
		switch toks[k].Fold() {
		case ",":
			return !nameList(src, toks, k)
		case ".":
			// the initial of a surname: "Ridouan T. uitgeleverd"
			return !(k > 0 && toks[k].Start == toks[k-1].End && toks[k-1].Kind == text.Word && toks[k-1].End-toks[k-1].Start == 1 && toks[k-1].Upper(src))
		}
		return true
	}
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1]
	switch toks[k].Fold() {
	case "en", "of":
		// "openden het vuur ... en staken het gebouw in brand": a verb
		// after it opens a clause of its own
		return classOf(next.Fold())&wFinite != 0 && next.Kind == text.Word && !next.Upper(src)
	case "die":
		p := toks[k-1]
		return p.Kind == text.Word && !isPrepositionTok(p) && !isDeterminerTok(p) &&
			(next.Kind == text.Number || isDeterminerTok(next) || isPronounTok(next) || next.Fold() == "er" || next.Fold() == "zich" || capitalised(src, next) ||
				isFunctionTok(next) || next.Fold() == "vorig")
	case "toen":
		// "omgekomen toen hun boot kapseisde", not "waarschuwde toen voor"
		return isDeterminerTok(next) || isPronounTok(next) || next.Fold() == "er" || capitalised(src, next)
	case "als", "indien", "tenzij", "wanneer":
		return condition(src, toks, k)
	}
	return false
}

// nameList reports whether the comma at toks[k] separates names of a
// list that "en" or "of" closes: "PVV, VVD, NSC en BBB", "In Amsterdam,
// Diemen en Den Haag". The list is one phrase, no clause break.
func nameList(src string, toks []text.Token, k int) bool {
	if k == 0 || toks[k-1].Kind != text.Word || !toks[k-1].Upper(src) {
		return false
	}
	j := k + 1
	for {
		n := 0 // the words of the next name
		for j < len(toks) && toks[j].Kind == text.Word && (toks[j].Upper(src) || toks[j].Hyphen || isParticleTok(toks[j]) && n > 0) && n < 4 {
			j++
			n++
		}
		if n == 0 || j >= len(toks) {
			return false
		}
		switch toks[j].Fold() {
		case ",":
			j++
		case "en", "of":
			return j+1 < len(toks) && toks[j+1].Kind == text.Word && (toks[j+1].Upper(src) || isDeterminerTok(toks[j+1]))
		default:
			return false
		}
	}
}

// condition reports whether the "als" (or "indien", "tenzij",
// "wanneer") at toks[k] opens a condition: before "de", "het", "er", a
// pronoun or a capitalised name, not before "een" or a bare noun ("als
// een bedreiging", "als lijsttrekker").
func condition(src string, toks []text.Token, k int) bool {
	if toks[k].Fold() != "als" {
		return true
	}
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1].Fold()
	return n == "de" || n == "het" || n == "er" || isPronoun(n) || n == "dat" || n == "die" ||
		capitalised(src, toks[k+1]) && !adjective(src, toks[k+1])
}

// clause returns the first and last token of the clause of toks[i].
func clause(src string, toks []text.Token, i int) (start, end int) {
	start, end = i, i
	for start > 0 && !breakAt(src, toks, start-1) {
		start--
	}
	for end < len(toks)-1 && !breakAt(src, toks, end+1) {
		end++
	}
	return start, end
}
