package events

import (
	"slices"
	"strings"

	"corpusexplorer/app/text"
)

// Dutch splits many verbs of the news in two: a verb and a particle ("Biden
// sprak zijn zorgen uit", "het hof sprak de arts vrij") or a fixed phrase
// ("Moskou legde een lijst op tafel", "Biden gaf Poetin te verstaan dat",
// "kwam om het leven"). Neither part alone says what happened. Where the
// verb stands decides where the rest goes:
//   - in a main clause the finite verb comes second and the particle or
//     phrase later in the clause, mostly at its end ("sprak ... uit");
//   - in a subordinate clause, an infinitive or a participle, a particle
//     joins the verb in one word ("dat hij zijn zorgen uitsprak",
//     "uitgesproken", "uitspreken"), while a phrase stands before it
//     ("op tafel legde", "te verstaan hebben gegeven", "duidelijk
//     gemaakt");
//   - an infinitive with te puts te between them: "uit te spreken", "op
//     tafel te leggen".
//
// The lexicon holds such verbs as data (phrasals): the forms of each verb
// (verbForms) and, per particle or phrase, the type and act it makes. The
// joined forms become plain entries; the verb's own forms become entries
// that fire only when their particle or phrase is found in the clause
// (particleAt).

// verbForms lists the forms of the verbs that take a particle: the
// infinitive, then its finite forms (present and past), then the
// participle, last. The infinitive doubles as the plural present.
func verbForms() map[string][]string {
	out := map[string][]string{}
	for _, l := range []string{
		"spreken spreek spreekt sprak spraken gesproken",
		"leggen leg legt legde legden gelegd",
		"geven geef geeft gaf gaven gegeven",
		"maken maak maakt maakte maakten gemaakt",
		"trekken trek trekt trok trokken getrokken",
		"nemen neem neemt nam namen genomen",
		"roepen roep roept riep riepen geroepen",
		"stellen stel stelt stelde stelden gesteld",
		"kondigen kondig kondigt kondigde kondigden gekondigd",
		"vallen val valt viel vielen gevallen",
		"komen kom komt kwam kwamen gekomen",
		"gaan ga gaat ging gingen gegaan",
		"treden treed treedt trad traden getreden",
		"stappen stap stapt stapte stapten gestapt",
		"bieden bied biedt bood boden geboden",
		"sturen stuur stuurt stuurde stuurden gestuurd",
		"brengen breng brengt bracht brachten gebracht",
		"houden houd houdt hield hielden gehouden",
		"laten laat liet lieten gelaten",
		"zetten zet zette zetten gezet",
		"slaan sla slaat sloeg sloegen geslagen",
		"schieten schiet schoot schoten geschoten",
		"steken steek steekt stak staken gestoken",
		"rijden rijd rijdt reed reden gereden",
		"halen haal haalt haalde haalden gehaald",
		"leveren lever levert leverde leverden geleverd",
		"delen deel deelt deelde deelden gedeeld",
		"lichten licht lichtte lichtten gelicht",
		"richten richt richtte richtten gericht",
		"heffen hef heft hief hieven geheven",
		"sluiten sluit sloot sloten gesloten",
		"dragen draag draagt droeg droegen gedragen",
		"stemmen stem stemt stemde stemden gestemd",
		"voeren voer voert voerde voerden gevoerd",
		"bouwen bouw bouwt bouwde bouwden gebouwd",
		"verklaren verklaar verklaart verklaarde verklaarden verklaard",
		"worden word wordt werd werden geworden",
		"zijn ben is was waren geweest",
		"wijzen wijs wijst wees wezen gewezen",
		"kosten kost kostte kostten gekost",
		"staken staak staakt staakte staakten gestaakt",
		"eisen eis eist eiste eisten geeist",
		"keuren keur keurt keurde keurden gekeurd",
		"openen open opent opende openden geopend",
	} {
		f := strings.Fields(l)
		out[f[0]] = f
	}
	return out
}

// phrasal is a verb with its particle or fixed phrase, and what the two
// together trigger.
type phrasal struct {
	verb string // the infinitive, a key of verbForms
	// part is the particle ("uit") or the phrase ("op tafel"); a one-word
	// particle joins the verb in one word (uitsprak, uitgesproken) unless
	// apart is set ("duidelijk maken").
	part  string
	apart bool
	types []Type
	act   string
	// needs and unless are as in trigger: "samentrekken" is a movement
	// only with troops in its clause.
	needs, unless []string
	// near is set when the particle follows within four words ("is de
	// nieuwe directeur", "werden het eens"): for verbs as common as zijn
	// and worden.
	near bool
}

// phrasals returns the verbs with a particle or a fixed phrase that
// trigger an event, written from Dutch news usage.
func phrasals() []phrasal {
	var out []phrasal
	add := func(verb, part, typ, sub, act string, opts ...func(*phrasal)) {
		p := phrasal{verb: verb, part: part, types: []Type{{typ, sub}}, act: act}
		if strings.Contains(part, " ") {
			p.apart = true
		}
		for _, o := range opts {
			o(&p)
		}
		out = append(out, p)
	}
	apart := func(p *phrasal) { p.apart = true }
	needs := func(w ...string) func(*phrasal) { return func(p *phrasal) { p.needs = w } }
	unless := func(w ...string) func(*phrasal) { return func(p *phrasal) { p.unless = w } }
	near := func(p *phrasal) { p.near = true }
	also := func(typ, sub string) func(*phrasal) {
		return func(p *phrasal) { p.types = append(p.types, Type{typ, sub}) }
	}
	troops := needs("troepen*", "militairen", "soldaten", "manschappen", "strijdkrachten", "troepenmacht*", "leger")
	// Sayings. "duidelijk maken" and "te verstaan geven" warn when what
	// they say is still to come (see speech).
	add("spreken", "uit", "Contact", "Broadcast", "")
	add("leggen", "uit", "Contact", "Broadcast", "")
	add("leggen", "op tafel", "Contact", "Broadcast", proposeOrDemand)
	add("geven", "te verstaan", "Contact", "Broadcast", warnIfComing)
	add("maken", "duidelijk", "Contact", "Broadcast", warnIfComing, apart)
	add("maken", "bekend", "Contact", "Broadcast", "")
	add("verklaren", "failliet", "Business", "Declare-Bankruptcy", "", apart)
	add("verklaren", "schuldig", "Justice", "Convict", "", apart)
	add("maken", "kenbaar", "Contact", "Broadcast", "", apart)
	add("maken", "openbaar", "Contact", "Broadcast", "", apart)
	add("geven", "aan", "Contact", "Broadcast", "")
	add("geven", "toe", "Contact", "Broadcast", "confirm")
	add("delen", "mee", "Contact", "Broadcast", "")
	add("lichten", "toe", "Contact", "Broadcast", "")
	add("kondigen", "aan", "Contact", "Broadcast", "")
	add("brengen", "naar buiten", "Contact", "Broadcast", "")
	add("roepen", "op", "Contact", "Broadcast", "appeal")
	add("roepen", "uit", "Contact", "Broadcast", "")
	add("roepen", "bijeen", "Contact", "Meet", "") // "riep de G7-leiders bijeen"
	add("stellen", "voor", "Contact", "Broadcast", "propose")
	add("bieden", "aan", "Contact", "Broadcast", "propose", unless("excuses", "verontschuldigingen", "ontslag"))
	add("bieden", "aan", "Contact", "Broadcast", "", needs("excuses", "verontschuldigingen"))
	add("spreken", "tegen", "Contact", "Broadcast", "deny")
	add("wijzen", "af", "Contact", "Broadcast", "deny")      // "wees dat verzoek af"
	add("wijzen", "uit", "Movement", "Transport-Person", "") // "wees 21 diplomaten uit"
	add("sluiten", "uit", "Contact", "Broadcast", "deny")    // "sluit een amnestie uit"
	add("halen", "uit", "Contact", "Broadcast", "criticize")
	add("eisen", "op", "Contact", "Broadcast", "") // "eiste de aanslag op": claimed it
	// Conflict.
	add("vallen", "binnen", "Conflict", "Attack", "", unless("politie", "agenten", "recherche", "douane", "fiod"))
	add("vallen", "aan", "Conflict", "Attack", "")
	add("slaan", "terug", "Conflict", "Attack", "")
	add("slaan", "in", "Conflict", "Attack", "", needs("raket", "raketten", "*raket", "projectiel", "granaat", "drone", "bom", "*bom")) // "Raket slaat in op Pools grondgebied"
	add("schieten", "neer", "Conflict", "Attack", "")
	add("steken", "neer", "Conflict", "Attack", "")
	add("steken", "in brand", "Conflict", "Attack", "") // "staken het gebouw in brand"
	add("openen", "het vuur", "Conflict", "Attack", "") // "openden het vuur op het publiek"
	add("halen", "neer", "Conflict", "Attack", "")
	add("schieten", "dood", "Life", "Die", "", also("Conflict", "Attack"))
	add("steken", "dood", "Life", "Die", "", also("Conflict", "Attack"))
	add("komen", "op straat", "Conflict", "Demonstrate", "")
	add("gaan", "de straat op", "Conflict", "Demonstrate", "")
	add("leggen", "neer", "Conflict", "Demonstrate", "", needs("werk"))
	add("voeren", "actie", "Conflict", "Demonstrate", "", apart)
	// Life.
	add("komen", "om het leven", "Life", "Die", "")
	add("kosten", "het leven", "Life", "Die", "", near) // "heeft vier mensen het leven gekost"
	// Policy.
	add("staken", "het vuren", "Policy", "Agreement", "", near) // "een staakt-het-vuren", "staakte het vuren"
	// Money set aside: "trekt 500 miljoen euro uit voor".
	add("trekken", "uit", "Transaction", "Transfer-Money", "", needs("euro", "miljoen", "miljard", "geld", "budget", "dollar"))
	add("komen", "om", "Life", "Die", "")
	add("brengen", "om het leven", "Life", "Die", "")
	add("rijden", "dood", "Life", "Die", "")
	add("rijden", "aan", "Life", "Injure", "")
	// Movement: troops drawn together or built up, withdrawn, sent back.
	add("trekken", "samen", "Movement", "Transport-Person", "", troops)
	add("bouwen", "op", "Movement", "Transport-Person", "", troops)
	add("trekken", "terug", "Movement", "Transport-Person", "")
	add("sturen", "terug", "Movement", "Transport-Person", "")
	add("roepen", "terug", "Movement", "Transport-Person", "")
	add("halen", "terug", "Movement", "Transport-Person", "")
	add("zetten", "uit", "Movement", "Transport-Person", "")
	add("slaan", "op de vlucht", "Movement", "Transport-Person", "")
	add("stappen", "over", "Movement", "Transport-Person", "")
	add("brengen", "over", "Movement", "Transport-Artifact", "", unless("boodschap", "bericht", "felicitaties", "groeten", "condoleances", "waarschuwing"))
	// Justice.
	add("spreken", "vrij", "Justice", "Acquit", "")
	add("houden", "aan", "Justice", "Arrest-Jail", "")
	add("nemen", "gevangen", "Justice", "Arrest-Jail", "")
	add("zetten", "gevangen", "Justice", "Arrest-Jail", "")
	add("sluiten", "op", "Justice", "Arrest-Jail", "")
	add("laten", "vrij", "Justice", "Release-Parole", "")
	add("komen", "vrij", "Justice", "Release-Parole", "")
	add("stellen", "in staat van beschuldiging", "Justice", "Charge-Indict", "")
	add("stellen", "aansprakelijk", "Justice", "Sue", "", apart)
	add("stappen", "naar de rechter", "Justice", "Sue", "")
	add("leveren", "uit", "Justice", "Extradite", "")
	// Personnel.
	add("stappen", "op", "Personnel", "End-Position", "")
	add("treden", "af", "Personnel", "End-Position", "")
	add("treden", "terug", "Personnel", "End-Position", "")
	add("zetten", "af", "Personnel", "End-Position", "")
	add("leggen", "neer", "Personnel", "End-Position", "", needs("functie", "ambt", "mandaat", "taken", "voorzitterschap", "zetel"))
	add("treden", "aan", "Personnel", "Start-Position", "")
	add("leggen", "af", "Personnel", "Start-Position", "", needs("eed")) // "legde de eed af"
	add("treden", "in dienst", "Personnel", "Start-Position", "")
	add("nemen", "in dienst", "Personnel", "Start-Position", "")
	add("stellen", "aan", "Personnel", "Start-Position", "")
	add("dragen", "voor", "Personnel", "Nominate", "")
	// "Karin Mulder wordt de nieuwe burgemeester van Deventer", "Hanna Vos
	// is de nieuwe directeur".
	for _, v := range []string{"worden", "zijn"} {
		add(v, "de nieuwe", "Personnel", "Start-Position", "", needs(offices...), near)
		add(v, "het nieuwe", "Personnel", "Start-Position", "", needs(offices...), near)
	}
	// Business and money.
	add("nemen", "over", "Business", "Merge-Org", "")
	add("richten", "op", "Business", "Start-Org", "")
	add("heffen", "op", "Business", "End-Org", "")
	add("halen", "op", "Transaction", "Transfer-Money", "", needs("euro", "miljoen", "miljard", "geld", "dollar"))
	add("stellen", "beschikbaar", "Transaction", "Transfer-Money", "", needs("euro", "miljoen", "miljard", "geld", "dollar"))
	add("dragen", "over", "Transaction", "Transfer-Ownership", "")
	// Policy.
	add("stemmen", "in", "Policy", "Law", "")
	add("keuren", "goed", "Policy", "Law", "", needs("kamer", "parlement", "senaat", "gemeenteraad", "provincieraad", "*parlement", "*raad", "wet", "wetsvoorstel", "*hervorming", "hervorming", "begroting", "decreet", "ordonnantie", "resolutie", "*wet"))
	add("treden", "in werking", "Policy", "Law", "") // "de wet treedt op 1 januari in werking"
	add("worden", "eens", "Policy", "Agreement", "", apart, near)
	return out
}

// offices are the words of a position one takes up: "de nieuwe directeur".
var offices = []string{"directeur", "directrice", "voorzitter", "burgemeester", "minister", "premier", "president", "ceo", "topman", "topvrouw",
	"trainer", "coach", "bondscoach", "rector", "ambassadeur", "leider", "partijleider", "fractievoorzitter", "baas", "chef", "manager",
	"secretaris-generaal", "commissaris", "gouverneur", "hoofdcoach", "kapitein", "aanvoerder", "dirigent", "bisschop", "paus",
	"korpschef", "hoofdredacteur", "lijsttrekker", "staatssecretaris", "wethouder", "schepen", "gedeputeerde", "opperbevelhebber"}

// warnIfComing is the act of the sayings of making clear ("maakte
// duidelijk", "gaf te verstaan"): a warning when what they say is still to
// come or depends on a condition, else none (see speech).
const warnIfComing = "warn?"

// proposeOrDemand is the act of putting something on the table: a demand
// when what is put there is ("legde eisen op tafel", "een lijst, met
// onder andere de eis ..."), else a proposal (see objectAct).
const proposeOrDemand = "propose?"

// objectAct returns the act of a saying whose act is proposeOrDemand, at
// toks[i]: "demand" when the words after it in the sentence name a
// demand, else "propose".
func objectAct(toks []text.Token, i int) string {
	for _, t := range toks[i+1:] {
		switch t.Fold() {
		case "eis", "eisen", "eisenpakket", "eisenlijst", "ultimatum":
			return "demand"
		}
	}
	return "propose"
}

// phrasalTriggers returns the lexicon entries of the phrasal verbs: the
// forms with the particle joined (uitsprak, uitgesproken, uitspreken) as
// plain entries, and the verb's own forms as entries that need their
// particle or phrase in the clause.
func phrasalTriggers() []trigger {
	forms := verbForms()
	var out []trigger
	for _, p := range phrasals() {
		fs := forms[p.verb]
		if fs == nil {
			panic("events: no forms of " + p.verb)
		}
		words := strings.Fields(p.part)
		for k, f := range fs {
			participle := k == len(fs)-1
			out = append(out, trigger{form: f, types: p.types, act: p.act, needs: p.needs, unless: p.unless,
				particle: words, title: strings.ToUpper(words[0][:1]) + words[0][1:], participle: participle, near: p.near})
			// The first person joined is mostly a noun: voorstel, uitleg.
			if !p.apart && !slices.Contains(fs, f+"t") {
				out = append(out, trigger{form: p.part + f, types: p.types, act: p.act, needs: p.needs, unless: p.unless})
			}
		}
	}
	return out
}

// particleAt finds the particle or phrase of the phrasal entry t for the
// verb form at toks[i] in the verb's clause: the first and last token of
// the particle, and whether it is there. The particle
//   - follows a finite verb later in its clause ("sprak zijn zorgen uit
//     over ...", "legde een lijst op tafel"); a particle that is also a
//     preposition must then not open a noun phrase ("sprak uit de grond
//     van zijn hart"), and "om" not an infinitive ("kwam om te praten");
//   - or goes before the verb with nothing between them but te and verbs
//     of the verb cluster ("uit te spreken", "op tafel legde", "te
//     verstaan hebben gegeven", "om het leven gekomen").
func (t *trigger) particleAt(src string, toks []text.Token, i int) (int, int, bool) {
	// Most sentences with a verb as common as "komt" or "stelt" hold none
	// of its particles: a look at the text settles that at once.
	sent := src[toks[0].Start:toks[len(toks)-1].End]
	if !strings.Contains(sent, t.particle[0]) && !strings.Contains(sent, t.title) {
		return 0, 0, false
	}
	n := len(t.particle)
	at := func(j int) bool {
		if j < 0 || j+n > len(toks) {
			return false
		}
		for k, w := range t.particle {
			if toks[j+k].Fold() != w {
				return false
			}
		}
		return true
	}
	if !t.participle {
		// later in the clause: no clause break before it (the particle
		// first, as most verbs have none)
		last := len(toks) - 1
		if t.near {
			last = min(last, i+4)
		}
		for j := i + 1; j <= last; j++ {
			if j > i+1 && (toks[j-1].Fold() == "en" || toks[j-1].Fold() == "maar") && classOf(toks[j].Fold())&wFinite != 0 {
				break // "reed weg en kwam solo aan": the particle of the next verb
			}
			if toks[j].Fold() != t.particle[0] || !at(j) {
				continue
			}
			for k := i + 1; k <= j+n-1; k++ {
				// "maakte dat dinsdag bekend": right after the verb and
				// close before its particle, "dat" is its object
				if breakAt(src, toks, k) && !(k == i+1 && toks[k].Fold() == "dat" && j <= i+4) {
					return 0, 0, false
				}
			}
			end := j + n - 1
			for end+1 < len(toks) && !breakAt(src, toks, end+1) {
				end++
			}
			if particleFree(src, toks, j+n, end, t.particle) {
				return j, j + n - 1, true
			}
		}
	}
	// before it, across te and the verbs of the cluster only (none of
	// which ends a clause)
	j := i - 1
	for j >= 0 && (toks[j].Fold() == "te" || verbCluster(toks[j].Fold())) {
		j--
	}
	if at(j - n + 1) {
		for k := j - n + 1; k <= j; k++ {
			if breakAt(src, toks, k) {
				return 0, 0, false
			}
		}
		return j - n + 1, j, true
	}
	return 0, 0, false
}

// particleFree reports whether the word after a particle (toks[k], the
// clause ending at end) leaves it a particle when it may also be a
// preposition: the clause ends there, or a preposition, a conjunction,
// te, a verb of the verb cluster or an adverb follows ("sprak zijn zorgen
// uit over", "riep op tot"); not a noun phrase, before which it is a
// preposition ("sprak uit ervaring", "stapt op de fiets").
func particleFree(src string, toks []text.Token, k, end int, particle []string) bool {
	if len(particle) > 1 || !IsPreposition(particle[0]) && particle[0] != "binnen" {
		return true
	}
	if particle[0] == "om" {
		for q := k; q <= end; q++ {
			if toks[q].Fold() == "te" {
				return false // "kwam om te praten"
			}
		}
	}
	// adverbs may follow a particle ("riep op, ook tot kalmte"), but
	// what follows them decides: "kwam om nog onbekende reden" is a
	// preposition
	for k <= end && k < len(toks) && adverbAfterParticle(toks[k].Fold()) && k+1 <= end {
		k++
	}
	if k > end || k >= len(toks) {
		return true
	}
	w := toks[k]
	if w.Kind != text.Word {
		return w.Kind != text.Number
	}
	if capitalised(src, w) {
		return false // "aan Van Dijks oproep"
	}
	if isPrepositionTok(w) || verbCluster(w.Fold()) {
		return true
	}
	switch w.Fold() {
	case "en", "of", "maar", "dat", "om", "omdat", "als", "want", "terwijl", "nadat", "zodat", "te",
		"toen", "dan", "daarbij", "daarmee", "nu", "zelf":
		return true
	}
	return adverbAfterParticle(w.Fold())
}

// adverbAfterParticle reports the adverbs that may follow a particle.
func adverbAfterParticle(w string) bool {
	switch w {
	case "niet", "ook", "nog", "al", "weer", "opnieuw":
		return true
	}
	return false
}

// verbCluster reports the verbs that may stand between a particle or
// phrase and its verb at the end of a clause: "te verstaan hebben
// gegeven", "om het leven zijn gekomen", "uit wil spreken".
func verbCluster(w string) bool {
	switch w {
	case "heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden",
		"zal", "zullen", "zou", "zouden", "wil", "willen", "wilde", "wilden", "kan", "kunnen", "kon", "konden",
		"moet", "moeten", "moest", "moesten", "gaat", "gaan", "ging", "gingen", "laat", "laten", "liet", "lieten":
		return true
	}
	return false
}
