package dates

import "strings"

// class is a bit set of the roles a folded word can play in a temporal
// expression.
type class uint32

const (
	cMonth      class = 1 << iota // full month name: n = 1..12
	cMonthAbbr                    // abbreviated month name: n = 1..12 (needs a day or year)
	cWeekday                      // weekday, possibly with a part of day: n = 1 (Monday) … 7
	cDeictic                      // vandaag, gisteren …: n = day offset from the article day
	cUnit                         // dag, week, maand, jaar, weekend: unit
	cCount                        // een, twee …: n = count
	cPrep                         // preposition that licenses a bare month or year
	cPart                         // begin, eind, medio … of a month or year
	cMod                          // deze, vorige, komende …: mod
	cAna                          // die, dat, dezelfde …: refers to the last date
	cSeason                       // lente … winter: n = first month
	cDecadeWord                   // twintig … negentig: n = decade (20 … 90)
	cHoliday                      // single-word holiday: hol
	cLater                        // later, daarna …
	cEarlier                      // eerder, daarvoor …
	cReport                       // present-tense reporting verb (meldt, zegt …)
	cPast                         // past-tense verb form or past adverb
	cFuture                       // future auxiliary (zal, zullen)
	cAux                          // perfect auxiliary (heeft, is …)
	cDet                          // determiner, possessive or preposition before an adjective
	cBoundary                     // conjunction that opens a clause
	cCountNoun                    // noun that a number counts (mensen, euro …)
	cNotVerb                      // word ending in -de/-te that is no past verb
)

// unit is a calendar unit word.
type unit uint8

const (
	uNone unit = iota
	uDay
	uWeek
	uMonth
	uYear
	uWeekend
)

// mod is a deictic modifier.
type mod uint8

const (
	mNone mod = iota
	mThis     // deze, dit
	mPrev     // vorige, vorig, verleden
	mLast     // afgelopen (the most recent one before the article date)
	mNext     // volgende, volgend, komende, komend, aanstaande
)

// lex is the lexicon entry of a folded word.
type lex struct {
	cls    class
	n      int8
	unit   unit
	plural bool
	mod    mod
	hol    int8 // index into holidays
}

var lexicon = map[string]lex{}

func add(words string, e lex) {
	for _, w := range strings.Fields(words) {
		old := lexicon[w]
		old.cls |= e.cls
		if e.n != 0 {
			old.n = e.n
		}
		if e.unit != uNone {
			old.unit, old.plural = e.unit, e.plural
		}
		if e.mod != mNone {
			old.mod = e.mod
		}
		if e.hol != 0 {
			old.hol = e.hol
		}
		lexicon[w] = old
	}
}

var monthNames = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

var monthAbbr = [][]string{{"jan"}, {"feb", "febr"}, {"mrt", "maa"}, {"apr"}, nil, {"jun"}, {"jul"},
	{"aug"}, {"sep", "sept"}, {"okt", "oct"}, {"nov"}, {"dec"}}

var weekdayNames = []string{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}

// countWords are the number words accepted before a unit ("twee dagen later").
var countWords = []string{"", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
	"tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
	"negentien", "twintig"}

// holiday is a named day: fixed (month, day) or relative to Easter Sunday
// (easter true, day = offset), or Prinsjesdag (third Tuesday of September).
type holiday struct {
	month, day int
	easter     bool
	prinsjes   bool
}

var holidays = []holiday{
	{},                       // 0: none
	{month: 12, day: 25},     // 1 kerstmis
	{month: 12, day: 24},     // 2 kerstavond
	{month: 12, day: 31},     // 3 oudejaarsdag
	{month: 1, day: 1},       // 4 nieuwjaarsdag
	{month: 4, day: 27},      // 5 koningsdag
	{month: 5, day: 5},       // 6 bevrijdingsdag
	{month: 5, day: 4},       // 7 dodenherdenking
	{month: 2, day: 14},      // 8 valentijnsdag
	{easter: true, day: 0},   // 9 pasen
	{easter: true, day: 39},  // 10 hemelvaartsdag
	{easter: true, day: 49},  // 11 pinksteren
	{prinsjes: true},         // 12 prinsjesdag
	{month: 12, day: 5},      // 13 sinterklaasavond
	{month: 12, day: 26},     // 14 tweede kerstdag
	{easter: true, day: 1},   // 15 tweede paasdag
	{easter: true, day: -2},  // 16 goede vrijdag
	{easter: true, day: 50},  // 17 tweede pinksterdag
	{month: 4, day: 30},      // 18 koninginnedag
	{month: 11, day: 11},     // 19 unused (Sint-Maarten is split by the tokenizer)
	{month: 12, day: 6},      // 20 sinterklaas (the feast day)
	{month: 10, day: 31},     // 21 halloween
	{easter: true, day: -47}, // 22 carnaval (Shrove Tuesday)
}

func init() {
	for i, m := range monthNames {
		add(m, lex{cls: cMonth, n: int8(i + 1)})
		for _, a := range monthAbbr[i] {
			add(a, lex{cls: cMonthAbbr, n: int8(i + 1)})
		}
	}
	for i, w := range weekdayNames {
		add(w, lex{cls: cWeekday, n: int8(i + 1)})
		for _, part := range []string{"avond", "ochtend", "middag", "nacht", "morgen"} {
			add(w+part, lex{cls: cWeekday, n: int8(i + 1)})
		}
	}
	for i, w := range countWords[1:] {
		add(w, lex{cls: cCount, n: int8(i + 1)})
	}
	add("dertig", lex{cls: cCount, n: 30})
	for d, w := range map[int8]string{10: "tien", 20: "twintig", 30: "dertig", 40: "veertig", 50: "vijftig",
		60: "zestig", 70: "zeventig", 80: "tachtig", 90: "negentig"} {
		add(w, lex{cls: cDecadeWord, n: d})
	}
	add("nul", lex{cls: cDecadeWord, n: 100})

	add("vandaag vanavond vanochtend vanmorgen vanmiddag vannacht", lex{cls: cDeictic, n: 0})
	add("gisteren gisteravond gisterochtend gistermorgen gistermiddag gisternacht", lex{cls: cDeictic, n: -1})
	add("eergisteren eergisteravond", lex{cls: cDeictic, n: -2})
	add("morgen morgenavond morgenochtend morgenmiddag", lex{cls: cDeictic, n: 1})
	add("overmorgen", lex{cls: cDeictic, n: 2})

	add("dag", lex{cls: cUnit, unit: uDay})
	add("dagen", lex{cls: cUnit, unit: uDay, plural: true})
	add("week", lex{cls: cUnit, unit: uWeek})
	add("weken", lex{cls: cUnit, unit: uWeek, plural: true})
	add("maand", lex{cls: cUnit, unit: uMonth})
	add("maanden", lex{cls: cUnit, unit: uMonth, plural: true})
	add("jaar", lex{cls: cUnit, unit: uYear})
	add("jaren", lex{cls: cUnit, unit: uYear, plural: true})
	add("weekend weekeinde", lex{cls: cUnit, unit: uWeekend})

	add("deze dit", lex{cls: cMod, mod: mThis})
	add("vorige vorig verleden", lex{cls: cMod, mod: mPrev})
	add("afgelopen voorbije", lex{cls: cMod, mod: mLast})
	add("volgende volgend komende komend aanstaande eerstvolgende eerstkomende", lex{cls: cMod, mod: mNext})
	add("die dat dezelfde hetzelfde diezelfde datzelfde", lex{cls: cAna})

	add("lente voorjaar", lex{cls: cSeason, n: 3})
	add("zomer", lex{cls: cSeason, n: 6})
	add("herfst najaar", lex{cls: cSeason, n: 9})
	add("winter", lex{cls: cSeason, n: 12})

	add("begin eind einde medio half halverwege midden", lex{cls: cPart})
	add("in sinds sedert vanaf tot van na voor rond rondom omstreeks tussen per uit anno tijdens op met tegen",
		lex{cls: cPrep})

	add("later daarna erna nadien", lex{cls: cLater})
	add("eerder daarvoor ervoor voordien tevoren", lex{cls: cEarlier})

	for i, ws := range []string{1: "kerstmis kerst kerstdag", 2: "kerstavond", 3: "oudejaarsdag oudejaarsavond oudjaar",
		4: "nieuwjaarsdag", 5: "koningsdag", 6: "bevrijdingsdag", 7: "dodenherdenking", 8: "valentijnsdag",
		9: "pasen paaszondag", 10: "hemelvaartsdag hemelvaart", 11: "pinksteren", 12: "prinsjesdag",
		13: "pakjesavond sinterklaasavond", 18: "koninginnedag", 20: "sinterklaas", 21: "halloween", 22: "carnaval"} {
		if ws != "" {
			add(ws, lex{cls: cHoliday, hol: int8(i)})
		}
	}

	// Tense cues (see tense.go).
	add(`was waren had hadden werd werden zei zeiden sprak spraken ging gingen kwam kwamen liet lieten
		bleek bleken vond vonden stond stonden zat zaten lag lagen nam gaf gaven kreeg kregen schreef schreven
		bracht brachten dacht dachten wist wisten kon konden wilde wilden wou moest moesten mocht mochten
		deed deden hield hielden begon begonnen riep riepen viel vielen zag zagen trok trokken sloot bood
		verloor verloren won wonnen stierf stierven vloog vlogen liep liepen reed kocht kochten zocht zochten
		vocht vochten ving vingen hing hingen bleef bleven leek leken koos kozen vroeg vroegen sloeg sloegen
		droeg droegen zond trof troffen leed steeg stegen sprong sprongen greep grepen dreef dreven
		verdween verdwenen scheen schenen sliep sliepen las lazen brak braken wierp wierpen dook doken
		vergat vergaten verbood verboden schoot zweeg zwegen stak lukte lukten trad traden schonk schonken
		klonk klonken dwong dwongen drong drongen zong zongen blies bliezen zwoer zwoeren loog hief hieven
		sneed sneden stal stalen wreef beet genas bezat bezaten
		legde legden zette zegde zegden kende kenden
		toen destijds vroeger geleden jl`, lex{cls: cPast})
	add("zal zullen zult zul", lex{cls: cFuture})
	add("heeft hebben hebt heb is ben bent zijn", lex{cls: cAux})
	add(`meldt melden zegt zeggen laat laten schrijft schrijven bevestigt bevestigen verklaart verklaren
		aldus vertelt vertellen benadrukt waarschuwt stelt stellen maakt bericht berichten`, lex{cls: cReport})
	add(`de het een die deze dit dat zijn haar hun mijn onze ons jouw uw elke ieder iedere alle veel vele
		enkele sommige welke geen diens wiens zo'n 's met voor in op van bij naar door tot uit aan om over
		onder zeer heel erg meer minder nog`, lex{cls: cDet})
	add("omdat terwijl nadat voordat als wanneer hoewel zodat waarna waarbij waarin waarop waardoor maar want dat die",
		lex{cls: cBoundary})
	add(`mensen personen doden gewonden slachtoffers militairen soldaten troepen inwoners burgers euro dollar
		dollars pond kilometer km meter kilo ton stuks woningen huizen banen leerlingen studenten deelnemers
		vluchtelingen kinderen keer procent man vrouwen mannen asielzoekers patienten besmettingen gevallen
		tanks voertuigen wapens raketten exemplaren kopieen bezoekers leden medewerkers agenten`, lex{cls: cCountNoun})
	add(`tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende
		honderdste duizendste vrede mate ruimte hoogte ziekte diepte lengte breedte warmte grootte gedachte
		beurte gemeente elite route periode methode episode tijde wijze harde oude goede rode dode wijde
		brede koude zachte lichte echte rechte slechte vaste beide grote zijde kade made schade weide
		lade ode synode brigade parade blokkade tirade etappe enquete gedeelte gestalte
		menigte sekte schaarste dikte witte zwarte korte lange ronde halve hele ware vreemde
		bekende verenigde vermelden aanmelden antwoorden beantwoorden woorden paarden verwoorden
		jongste oudste meeste minste beste eerste laatste grootste hoogste`, lex{cls: cNotVerb})
}
