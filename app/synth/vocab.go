package synth

// The vocabulary below was written after reading the seed articles: their
// people, organisations, places, date expressions and turns of phrase,
// plus invented Dutch-looking names and a few sentences that exercise the
// parser (abbreviations, initials, quotations, numbers).

// slots maps a slot name, written {name} in a template, to its choices.
// A slot may itself contain slots.
var slots = map[string][]string{
	// people, first mention and later mentions
	"persoon": {
		"Joe Biden", "Vladimir Poetin", "Jens Stoltenberg", "{voornaam} {achternaam}", "{voornaam} {achternaam}",
		"{voornaam} {achternaam}", "{initiaal}. {achternaam}", "{initiaal}.{initiaal}. {achternaam}",
	},
	"naam": {"Biden", "Poetin", "Stoltenberg", "{achternaam}", "{achternaam}"},
	"voornaam": {
		"Pieter", "Anouk", "Sanne", "Joost", "Femke", "Maarten", "Ingrid", "Bram", "Lotte", "Willem",
		"Marloes", "Thijs", "Eline", "Gerrit", "Noor", "Ruud", "Ilse", "Koen",
	},
	"achternaam": {
		"Van den Berg", "De Vries", "Bakker", "Hendriks", "Visser", "De Graaf", "Mulder", "Jansen",
		"Van Dijk", "Smit", "Kuipers", "Verhoeven", "Brouwer", "Van Leeuwen", "Dekker", "Vermeulen",
	},
	"initiaal": {"J", "P", "A", "M", "W", "H", "C", "E"},
	"functie": {
		"de Amerikaanse president", "de Russische president", "secretaris-generaal",
		"de Nederlandse minister van Buitenlandse Zaken", "de woordvoerder van het Kremlin",
		"de Oekraïense president", "de Europese commissaris", "een Witte Huis-functionaris",
		"een Amerikaanse ambtenaar", "de Duitse bondskanselier",
	},
	"titel": {"dhr.", "mevr.", "prof.", "dr.", "mr.", "drs.", "prof. dr."},
	"org": {
		"de NAVO", "het Kremlin", "het Witte Huis", "de Europese Unie", "de EU", "de VN",
		"de Verenigde Staten", "de VS", "de Tweede Kamer", "het ministerie van Defensie",
	},
	"persbureau": {"AFP", "Reuters", "RIA Novosti", "ANP", "Interfax"},
	"land": {
		"Oekraïne", "Rusland", "de Verenigde Staten", "Iran", "Afghanistan", "de Krim", "Wit-Rusland",
		"Polen", "Duitsland", "Frankrijk", "België", "Nederland", "Oost-Europa", "Centraal-Europa",
	},
	"bijv": {
		"Russische", "Amerikaanse", "Oekraïense", "Europese", "Duitse", "Franse", "Nederlandse",
		"Poolse", "westerse", "militaire", "diplomatieke",
	},
	"stad": {"Moskou", "Genève", "Brussel", "Washington", "Kiev", "Den Haag", "Warschau", "Berlijn", "Parijs"},
	"datum": {
		"op 7 december", "op {dag} {maand}", "op {weekdag} {dag} {maand}", "in {jaar}", "vorige week",
		"{weekdag}", "in {maand}", "eind {maand}", "begin {jaar}", "deze maand", "vorig jaar",
		"volgende week", "sinds {jaar}", "op 10 januari", "op 16 december",
	},
	"weekdag": {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
	"maand": {
		"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
		"oktober", "november", "december",
	},
	"dag":  {"1", "3", "7", "10", "12", "16", "23", "24", "28", "30"},
	"jaar": {"2014", "2015", "2017", "2019", "2020", "2021", "2022", "2023"},
	"aantal": {
		"zo'n 100.000 militairen", "zeker 14.000 mensen", "twee miljoen inwoners", "tienduizend militairen",
		"ruim 1.200 soldaten", "ongeveer 40.000 vluchtelingen", "duizenden manschappen", "{getal} waarnemers",
		"{getal} diplomaten",
	},
	"getal":   {"12", "35", "150", "2.500", "8.000", "250.000", "tientallen", "honderden"},
	"procent": {"2,5 procent", "10 procent", "ca. 30 procent", "bijna 60 procent"},
	"onderwerp": {
		"de spanningen", "de veiligheidsgaranties", "de sancties", "de troepenopbouw", "de gesprekken",
		"de de-escalatie", "het conflict", "de kernwapenbeheersing", "de grensstreek", "de strafmaatregelen",
		"de wapencontrole", "de cyberaanvallen", "de energieprijzen", "de gasleveringen",
	},
	"citaat": {
		"diplomatiek pad", "harde economische en andere maatregelen", "ingrijpende maatregelen",
		"strategische dialoog", "derde land", "provocaties", "voorspelbare relatie", "rode lijn",
	},
	"uitspraak": {
		"Dat zal bepalen hoe wij in de toekomst zullen gaan handelen",
		"We zijn bezorgd. Maar we blijven met elkaar praten",
		"Niemand wil een oorlog. Echt niemand",
		"Wat moeten we anders? We hebben geen keus",
		"Dit is een goed gesprek geweest",
		"De deur staat open voor overleg, bijv. in Genève",
	},
	"kop": {
		"Harde maatregelen bij geweld", "Spanningen lopen flink op", "Strategische dialoog",
		"Gericht op de-escalatie", "EU en VS slaan handen ineen", "{land} reageert", "Kritiek uit {stad}",
		"Overleg in {stad}", "Gesprek van {getal} minuten", "Sancties in de maak", "Reactie van {org}",
		"Zorgen over {onderwerp}", "Troepen aan de grens", "Wat nu",
	},
}

// leads are the templates of the first sentence of an article.
var leads = []string{
	"{functie} {persoon} en {persoon} hebben {datum} met elkaar gesproken over {onderwerp} in {land}.",
	"{functie} {persoon} is bezorgd om de toename van {bijv} troepen aan de grens met {land}.",
	"Voor de tweede keer in korte tijd hebben {persoon} en {persoon} elkaar gesproken over {onderwerp}.",
	"{org} wil {datum} in {stad} overleggen over {onderwerp} en {onderwerp}.",
	"Sinds {datum} zijn er {aantal} naar de grens met {land} gestuurd, meldt persbureau {persbureau}.",
}

// sentences are the templates of body sentences.
var sentences = []string{
	"{persoon} en {persoon} spraken {datum} over {onderwerp} rond {land}.",
	"{functie} {persoon} waarschuwde {datum} voor „{citaat}” als het tot geweld komt.",
	"Volgens {org} zijn er {aantal} gestationeerd aan de grens met {land}.",
	"\"{uitspraak}\", zei {naam} {datum}.",
	"„{uitspraak}”, aldus {functie}.",
	"{org} bevestigde {datum} dat {onderwerp} verder oplopen.",
	"Het gesprek was een initiatief van {naam} en duurde ongeveer {getal} minuten.",
	"{titel} {persoon} van de Universiteit Leiden zegt dat {onderwerp} o.a. te maken hebben met {land}.",
	"Het overleg in {stad} duurde ca. 2 uur en werd geleid door {titel} {achternaam}.",
	"Sinds {datum} zijn zeker {aantal} om het leven gekomen of gevlucht.",
	"Waarom juist nu? Dat vragen veel waarnemers in {stad} zich af.",
	"{land} wil voorkomen dat {land} toetreedt tot de NAVO.",
	"Op de agenda staan {onderwerp} en {onderwerp}, d.w.z. de kern van het conflict.",
	"Dat meldt persbureau {persbureau}.",
	"Volgens mevr. {achternaam} zijn nieuwe {bijv} sancties i.p.v. overleg juist een probleem.",
	"{bijv} troepen bleven {datum} in de buurt van {stad}, meldt {persbureau}.",
	"De {bijv} economie kromp {datum} met {procent}.",
	"In {jaar} annexeerde Rusland het Oekraïense schiereiland de Krim.",
	"{naam} heeft {naam} {datum} een gelukkig Nieuwjaar gewenst.",
	"Uit satellietbeelden bleek dat {land} in rap tempo bezig was met het opbouwen van troepen.",
	"De {bijv} president acht een constructief gesprek met {org} goed mogelijk, laat {org} weten.",
	"{org} lijkt echter niet van plan gehoor te geven aan {naam}'s oproep.",
	"Er zijn o.a. gesprekken gepland met {org}, {org} enz. Die vinden {datum} plaats.",
	"Het telefoongesprek duurde toen twee uur en vond plaats via een videoverbinding.",
	"Nog altijd zijn er {aantal} gestationeerd in {bijv} regio's die aan {land} grenzen.",
	"Het Kremlin zei dat Moskou méér garanties wil, m.b.t. {onderwerp} en nr. 2 op de lijst.",
	"Kan {org} dit oplossen? Niemand weet het!",
	"Ook {functie} sprak {datum} met {titel} {achternaam} in {stad}.",
	"De regering-{naam} heeft al gezegd dat {stad} daar niet over gaat.",
	"{onderwerp} kwamen {datum} ter sprake, zei {persoon} tegen {persbureau}.",
}

// related are the texts of "Lees ook:" links.
var related = []string{
	"Wat beoogt {naam} met de troepenverplaatsingen in de richting van {land}?",
	"Zo verliep het overleg in {stad}",
	"{org} dreigt met nieuwe sancties tegen {land}.",
	"Achtergrond: {onderwerp} in {land}",
}
