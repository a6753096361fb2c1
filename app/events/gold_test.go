package events

import (
	"corpusexplorer/app/text"
	"os"
	"strings"
	"testing"
)

func TestTypes(t *testing.T) {
	ts := Types()
	if len(ts) != 41 {
		t.Errorf("%d subtypes, want 41 (ERE plus Policy)", len(ts))
	}
	for _, tt := range []struct {
		t    Type
		want bool
	}{
		{Type{"Contact", "Correspondence"}, true},
		{Type{"Movement", "Transport-Person"}, true},
		{Type{"Policy", "Annex"}, true},
		{Type{"Contact", "Phone-Write"}, false}, // ACE's name, not ours
		{Type{"Life", "Attack"}, false},
		{Type{}, false},
	} {
		if got := tt.t.Valid(); got != tt.want {
			t.Errorf("%s valid: %v, want %v", tt.t, got, tt.want)
		}
	}
}

func TestReadGoldErrors(t *testing.T) {
	ok := `{"id":"a","split":"dev","text":"Jan belde Piet.","events":[{"trigger":"belde","type":"Contact","subtype":"Correspondence","act":"","agent":["Jan"],"patient":["Piet"],"place":[],"modality":"asserted"}]}`
	for _, tt := range []struct {
		name, in, want string
	}{
		{"good", ok + "\n\n" + strings.Replace(ok, `"a"`, `"b"`, 1), ""},
		{"bad json", ok + "\n{", "x.jsonl:2:"},
		{"unknown field", strings.Replace(ok, `"split"`, `"extra":1,"split"`, 1), "unknown field"},
		{"split", strings.Replace(ok, `"dev"`, `"train"`, 1), "split"},
		{"type", strings.Replace(ok, `"Correspondence"`, `"Phone"`, 1), "unknown type Contact/Phone"},
		{"act off Contact", strings.Replace(strings.Replace(ok, `"Contact","subtype":"Correspondence"`, `"Life","subtype":"Die"`, 1), `"act":""`, `"act":"warn"`, 1), "act"},
		{"modality", strings.Replace(ok, `"asserted"`, `"maybe"`, 1), "modality"},
		{"trigger", strings.Replace(ok, `"trigger":"belde"`, `"trigger":"mailde"`, 1), "trigger"},
		{"participant", strings.Replace(ok, `["Piet"]`, `["Klaas"]`, 1), `participant "Klaas"`},
		{"duplicate id", ok + "\n" + ok, "already used on line 1"},
	} {
		_, err := ReadGold("x.jsonl", strings.NewReader(tt.in))
		if tt.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one with %q", tt.name, err, tt.want)
		}
	}
}

// TestGoldSet: the evaluation set reads without error and covers every
// subtype in both halves, with every modality.
func TestGoldSet(t *testing.T) {
	f, err := os.Open("testdata/events.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := ReadGold("testdata/events.jsonl", f)
	if err != nil {
		t.Fatal(err)
	}
	if len(set) < 200 {
		t.Errorf("%d sentences, want at least 200", len(set))
	}
	per := map[string]map[Type]int{"dev": {}, "test": {}}
	mods := map[Modality]int{}
	for _, s := range set {
		for _, e := range s.Events {
			per[s.Split][e.Kind()]++
			mods[e.Modality]++
		}
	}
	for _, ty := range Types() {
		if per["dev"][ty]+per["test"][ty] < 3 {
			t.Errorf("%s: %d dev + %d test events, want at least 3", ty, per["dev"][ty], per["test"][ty])
		}
	}
	for _, m := range []Modality{Asserted, Planned, Negated, Hypothetical} {
		if mods[m] < 5 {
			t.Errorf("%d %s events, want at least 5", mods[m], m)
		}
	}
}

func TestEvaluate(t *testing.T) {
	set := []GoldSentence{
		{Split: "dev", Text: "Jan belde Piet en ontmoette Klaas.", Events: []GoldEvent{
			{Trigger: "belde", Type: "Contact", Subtype: "Correspondence"},
			{Trigger: "ontmoette", Type: "Contact", Subtype: "Meet"},
		}},
		{Split: "test", Text: "Het weer was goed.", Events: nil},
	}
	find := func(s string) []Mention {
		if strings.HasPrefix(s, "Jan") {
			return []Mention{
				{Trigger: spanOf(s, "belde"), Type: Type{"Contact", "Correspondence"}},
				{Trigger: spanOf(s, "ontmoette"), Type: Type{"Contact", "Broadcast"}}, // right type, wrong subtype
				{Trigger: spanOf(s, "Klaas"), Type: Type{"Life", "Die"}},
			}
		}
		return []Mention{{Trigger: spanOf(s, "weer"), Type: Type{"Life", "Die"}}}
	}
	sc := Evaluate(set, find)
	if got := sc["dev"].Type; got != (Counts{TP: 2, FP: 1, FN: 0}) {
		t.Errorf("dev type %+v", got)
	}
	if got := sc["dev"].Subtype; got != (Counts{TP: 1, FP: 2, FN: 1}) {
		t.Errorf("dev subtype %+v", got)
	}
	if got := sc["test"].Subtype; got != (Counts{FP: 1}) || got.Precision() != 0 || got.F1() != 0 {
		t.Errorf("test subtype %+v", got)
	}
	if c := sc["dev"].PerType["Life"]; c == nil || c.FP != 1 {
		t.Errorf("per type %+v", sc["dev"].PerType)
	}
}

// TestLexicon: inflected forms find their types; a verdict with a penalty
// is both Convict and Sentence; plain words find nothing.
func TestLexicon(t *testing.T) {
	l := NewLexicon()
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Rutte belde dinsdag met Macron.", []string{"belde Contact/Correspondence"}},
		{"De verdachte werd gearresteerd in Gent.", []string{"gearresteerd Justice/Arrest-Jail"}},
		{"Hij werd veroordeeld tot drie jaar cel.", []string{"veroordeeld Justice/Sentence", "veroordeeld Justice/Convict"}},
		{"Hij werd veroordeeld.", []string{"veroordeeld Justice/Convict"}},
		{"Het migratiepact wordt in Marrakesh goedgekeurd.", []string{"migratiepact Policy/Agreement"}},
		{"De ministers ondertekenden het pact.", []string{"ondertekenden Policy/Agreement", "pact Policy/Agreement"}},
		{"Het compacte model heeft impact.", nil},
		{"De aanvaller en de bezoekers van de onderzoeker.", nil},
		{"Hij werd veroordeeld voor de moord op zijn buurman.", []string{"veroordeeld Justice/Convict", "moord Conflict/Attack", "moord Life/Die"}},
		{"Koning Filip ontvangt maandag de partijvoorzitters.", []string{"ontvangt Contact/Meet"}},
		{"De minister ontvangt een brief.", []string{"brief Contact/Correspondence"}},
		{"KBC schrapt 500 banen.", []string{"schrapt Personnel/End-Position"}},
		{"Iran heeft raketten afgevuurd op twee bases.", []string{"afgevuurd Conflict/Attack"}},
		{"Israël en Hamas hebben een staakt-het-vuren gesloten.", []string{"staakt Policy/Agreement"}},
		{"Het bedrijf sluit zijn fabriek in Genk.", []string{"sluit Business/End-Org"}},
		{"De winkel sluit eind maart de deuren.", []string{"sluit Business/End-Org"}},
		{"Polen sluit de grens met Belarus.", nil},
		{"Het kabinet-Rutte IV is gevallen.", []string{"gevallen Personnel/End-Position"}},
		{"Het parlement stemt over haar herbenoeming.", []string{"herbenoeming Personnel/Start-Position"}},
		{"Er zijn veel bladeren gevallen.", nil},
		{"De Tweede Kamer debatteert maandag over de crisis.", []string{"debatteert Contact/Meet"}},
		{"De verdachten worden vandaag voorgeleid bij de onderzoeksrechter.", []string{"voorgeleid Justice/Trial-Hearing"}},
		{"De koning betuigde zijn medeleven.", []string{"betuigde Contact/Broadcast"}},
		{"Het OM vorderde dertig jaar cel.", []string{"vorderde Justice/Trial-Hearing"}},
		{"Het Hof van Cassatie besliste.", nil},
		{"Ze hadden een videogesprek.", []string{"videogesprek Contact/Correspondence"}},
		{"Philips neemt Lumenix over.", []string{"neemt Business/Merge-Org"}},
		{"Het Kremlin ontkende dat.", []string{"ontkende Contact/Broadcast"}},
		{"Het was een mooie dag in Utrecht.", nil},
		{"De premier is uit de gevangenis ontslagen.", []string{"ontslagen Justice/Release-Parole"}},
		{"Philips heeft 200 werknemers ontslagen.", []string{"ontslagen Personnel/End-Position"}},
		{"China heeft het bedrijf op een zwarte lijst gezet.", []string{"lijst Policy/Sanction"}},
		{"Rusland heeft het gebied bij zijn grondgebied gevoegd.", []string{"gevoegd Policy/Annex"}},
		{"De gemeente krijgt 14 miljoen euro van het Rijk.", []string{"krijgt Transaction/Transfer-Money"}},
		{"De zangeres heeft haar eerste kind gekregen.", []string{"gekregen Life/Be-Born"}},
		{"Duitsland stuurt geen Taurus-raketten naar Oekraïne.", []string{"stuurt Movement/Transport-Artifact"}},
		{"Nederland stuurt een reddingsteam van 70 mensen naar het rampgebied.", []string{"stuurt Movement/Transport-Person"}},
		{"Het bedrijf stuurt een factuur naar de klant.", nil},
		{"De zaak dient in hoger beroep.", nil},
		{"De wethouder ging in hoger beroep.", []string{"beroep Justice/Appeal"}},
		{"De Commissie blokkeerde de overname.", []string{"overname Business/Merge-Org"}},
		{"Hanna Vos is de nieuwe directeur van het museum.", []string{"is Personnel/Start-Position"}},
		{"Dat is de nieuwe regel.", nil},
		{"Een groep activisten heeft de Staat aangeklaagd.", []string{"aangeklaagd Justice/Sue"}},
		{"Het OM heeft de burgemeester aangeklaagd.", []string{"aangeklaagd Justice/Charge-Indict"}},
		{"De Kamer heeft ingestemd met de wet.", []string{"ingestemd Policy/Law"}},
	} {
		var got []string
		for _, m := range l.Find(tt.in) {
			got = append(got, m.Trigger.Of(tt.in)+" "+m.Type.String())
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%q: %q, want %q", tt.in, got, tt.want)
		}
	}
}

func spanOf(s, sub string) text.Span {
	i := strings.Index(s, sub)
	return text.Span{Start: i, End: i + len(sub)}
}

// TestModality: cue words of the trigger's clause, not of the next one,
// set its modality.
func TestModality(t *testing.T) {
	l := NewLexicon()
	for _, tt := range []struct {
		in, trigger string
		want        Modality
	}{
		{"De verdachte werd gearresteerd.", "gearresteerd", Asserted},
		{"De minister zal volgende week aftreden.", "aftreden", Planned},
		{"De politie heeft niemand gearresteerd.", "gearresteerd", Negated},
		{"De politie heeft hem gearresteerd, maar niet verhoord.", "gearresteerd", Asserted},
		{"Het bedrijf is niet failliet.", "failliet", Negated},
		{"Als de lonen niet stijgen, staken de piloten.", "staken", Hypothetical},
		{"De bond zei dat de piloten morgen staken.", "zei", Asserted},
		{"De bond zei dat de piloten morgen staken.", "staken", Planned},
		{"De VS vreest een Russische inval in Oekraïne.", "inval", Hypothetical},
		{"Die vrezen dat Poetin Oekraïne gaat binnenvallen.", "binnenvallen", Hypothetical},
		{"De universiteit stelde haar aan als nieuwe rector.", "stelde", Asserted},
		{"Zijn land zal terugslaan als Hezbollah opnieuw raketten afvuurt.", "terugslaan", Hypothetical},
		{"Zijn land zal terugslaan als Hezbollah opnieuw raketten afvuurt.", "afvuurt", Hypothetical},
		{"De Kamer stemde in met een voorstel om de lening niet langer te garanderen.", "stemde", Asserted},
		{"De wethouder heeft over de plannen gesproken.", "gesproken", Asserted},
		{"Karin Mulder wordt de nieuwe burgemeester van Deventer.", "wordt", Planned},
		{"De verdediging had de vrijspraak gevraagd.", "vrijspraak", Hypothetical},
		{"Het OM eiste een celstraf van acht jaar.", "celstraf", Hypothetical},
		{"Biden vroeg in het gesprek om steun.", "gesprek", Asserted},
		{"Hij riskeert levenslang.", "levenslang", Hypothetical},
		{"De premier stelde maandag het akkoord voor.", "akkoord", Asserted},
		{"De premier stelde maandag een akkoord voor.", "akkoord", Hypothetical},
		{"Trump zei dat er geen Amerikanen zijn omgekomen.", "omgekomen", Negated},
		{"Zijn gesprek met Poetin leverde veel op.", "gesprek", Asserted},
		{"Het gesprek leverde geen akkoord op.", "gesprek", Asserted},
		{"Het gesprek leverde geen akkoord op.", "akkoord", Negated},
		{"Het overleg leverde geen nieuw akkoord op.", "akkoord", Negated},
		{"Rusland voerde geen aanval uit.", "aanval", Negated},
		{"De minister heeft geen ontslag genomen.", "ontslag", Negated},
	} {
		var got Modality = "none"
		for _, m := range l.Find(tt.in) {
			if m.Trigger.Of(tt.in) == tt.trigger {
				got = m.Modality
			}
		}
		if got != tt.want {
			t.Errorf("%q, %s: %s, want %s", tt.in, tt.trigger, got, tt.want)
		}
	}
}

// TestRoles: subject and object by word order, the agent of a passive
// after "door", the subject of a death as its patient, and phrases
// governed by a preposition left out.
func TestRoles(t *testing.T) {
	l := NewLexicon()
	for _, tt := range []struct {
		in, trigger, agent, patient string
	}{
		{"Minister Roos van Gent heeft haar Turkse collega gebeld over de zaak.", "gebeld", "Minister Roos van Gent", "haar Turkse collega"},
		{"De verdachte werd dinsdag in Gent gearresteerd door de federale politie.", "gearresteerd", "de federale politie", "De verdachte"},
		{"Oud-minister Herman Vlaskamp is dinsdag overleden in Zwolle.", "overleden", "", "Oud-minister Herman Vlaskamp"},
		{"Philips ontslaat wereldwijd 4000 werknemers.", "ontslaat", "Philips", "4000 werknemers"},
		{"De VS vreest een Russische inval in Oekraïne.", "inval", "", "Oekraïne"},
		{"Rusland was bezig met het opbouwen van troepen.", "opbouwen", "Rusland", ""},
		{"Sinds Rusland een troepenmacht heeft samengetrokken, lopen de spanningen op.", "samengetrokken", "Rusland", "een troepenmacht"},
		{"De minister maakte gisteren duidelijk dat hij blijft.", "maakte", "De minister", ""},
		{"In Calais zijn donderdag drie migranten omgekomen.", "omgekomen", "", "drie migranten"},
		{"De oppositieleider is dinsdag in Ankara gearresteerd.", "gearresteerd", "", "De oppositieleider"},
		{"De twee bedrijven zijn niet gefuseerd.", "gefuseerd", "De twee bedrijven", ""},
		{"Een man is doodgeschoten voor de deur van zijn woning.", "doodgeschoten", "", "Een man"},
		{"De politie zoekt de man die vorig jaar zijn buurman zou hebben neergestoken.", "neergestoken", "de man", "zijn buurman"},
		{"De overheid heeft het bedrijf beboet en bevriest zijn tegoeden.", "bevriest", "De overheid", "zijn tegoeden"},
		{"Hij sprak zijn zorgen uit en riep hij Poetin op tot kalmte.", "riep", "hij", "Poetin"},
		{"Premier Hofman belde dinsdagavond met de Duitse bondskanselier.", "belde", "Premier Hofman", "de Duitse bondskanselier"},
		{"Drie medewerkers van Booking richten een nieuw platform op.", "richten", "Drie medewerkers van Booking", "een nieuw platform"},
		{"Na een onderzoek van de Inspectie is de directeur opgestapt.", "onderzoek", "de Inspectie", ""},
		{"Hofman ontving de Chinese ambassadeur.", "ontving", "Hofman", "de Chinese ambassadeur"},
		{"Dat meldt persbureau Reuters.", "meldt", "persbureau Reuters", ""},
		{"Dat zei de minister dinsdag tegen de NOS.", "zei", "de minister", "de NOS"},
		{"De vakbond legt het vervoer plat met een staking van 24 uur.", "staking", "", ""},
		{"Beide ministers ondertekenden een akkoord over de samenwerking tussen de politiediensten.", "akkoord", "Beide ministers", ""},
		{"Het leger liet weten tienduizend militairen terug te sturen naar hun bases.", "sturen", "Het leger", "tienduizend militairen"},
		{"Hamas laat in die periode vijftig gijzelaars vrij.", "laat", "Hamas", "vijftig gijzelaars"},
		{"Er is een akkoord tussen Kiev en Moskou.", "akkoord", "Kiev", ""},
	} {
		var agent, patient string = "none", "none"
		for _, m := range l.Find(tt.in) {
			if m.Trigger.Of(tt.in) != tt.trigger {
				continue
			}
			agent, patient = "", ""
			if len(m.Roles.Agent) > 0 {
				agent = m.Roles.Agent[0].Of(tt.in)
			}
			if len(m.Roles.Patient) > 0 {
				patient = m.Roles.Patient[0].Of(tt.in)
			}
		}
		if agent != tt.agent || patient != tt.patient {
			t.Errorf("%q, %s: agent %q, patient %q; want %q, %q", tt.in, tt.trigger, agent, patient, tt.agent, tt.patient)
		}
	}
}

// TestPlaces: the names after in, te, bij, op are where a happening took
// place; "naar" only for a movement; a clause without a place takes the
// sentence's, but not a saying.
func TestPlaces(t *testing.T) {
	l := NewLexicon()
	for _, tt := range []struct {
		in, trigger string
		want        []string
	}{
		{"De verdachte werd dinsdag in Gent gearresteerd.", "gearresteerd", []string{"Gent"}},
		{"De ploeg vertrok naar Lissabon.", "vertrok", []string{"Lissabon"}},
		{"Hij belde naar Brussel.", "belde", nil},
		{"Bij een botsing op de N381 bij Drachten kwam een vrouw om; de bestuurder raakte zwaargewond.", "zwaargewond", []string{"de N381", "Drachten"}},
		{"Bij de aanval in Rjazan is volgens de gouverneur een persoon gewond.", "volgens", nil},
		{"In eerste instantie werd hij gearresteerd.", "gearresteerd", nil},
	} {
		got := []string{}
		for _, m := range l.Find(tt.in) {
			if m.Trigger.Of(tt.in) == tt.trigger {
				for _, p := range m.Roles.Place {
					got = append(got, p.Of(tt.in))
				}
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q, %s: places %q, want %q", tt.in, tt.trigger, got, tt.want)
		}
	}
}

// TestSpeech: what a saying reports is linked to it, with the modality
// its act gives; a noun of saying beside the verb is dropped.
func TestSpeech(t *testing.T) {
	l := NewLexicon()
	for _, tt := range []struct {
		in   string
		want string // each mention: trigger type [act] modality, "< speaker trigger" when reported
	}{
		{"De minister zei dat het kabinet volgende week sancties zal opleggen.",
			"zei Broadcast asserted; sancties Sanction planned < zei"},
		{"Rusland trekt geen troepen terug, herhaalde het Kremlin.",
			"trekt Transport-Person negated < herhaalde; herhaalde Broadcast deny asserted"},
		{"Het bedrijf is failliet, meldt persbureau ANP.",
			"failliet Declare-Bankruptcy asserted < meldt; meldt Broadcast asserted"},
		{"Het Kremlin ontkende dat er troepen zijn teruggetrokken.",
			"ontkende Broadcast deny asserted; teruggetrokken Transport-Person negated < ontkende"},
		{"De vakbond eist dat de directie de ontslagen schrapt.",
			"eist Broadcast demand asserted; ontslagen End-Position hypothetical < eist"},
		{"Het Witte Huis laat in een verklaring weten dat de president heeft gebeld.",
			"weten Broadcast asserted; gebeld Correspondence asserted < weten"},
		{"Volgens de gouverneur is bij de aanval één persoon omgekomen.",
			"Volgens Broadcast asserted; aanval Attack asserted < Volgens; omgekomen Die asserted < Volgens"},
		{"Biden zal Poetin een pad aanbieden, zei een ambtenaar.",
			"aanbieden Broadcast propose planned < zei; zei Broadcast asserted"},
		{"Biden sprak zijn zorgen uit en riep Poetin op tot kalmte.",
			"sprak Broadcast asserted; riep Broadcast appeal asserted"},
		{"Moskou legde een lijst op tafel, met onder andere de eis over de NAVO.",
			"legde Broadcast demand asserted"},
		{"De minister maakte duidelijk dat hij niet zal aftreden.",
			"maakte Broadcast deny asserted; aftreden End-Position negated < maakte"},
		{"Poetin heeft Biden een gelukkig Nieuwjaar gewenst, meldt RIA Novosti.",
			"gewenst Broadcast asserted < meldt; meldt Broadcast asserted"},
	} {
		ms := l.Find(tt.in)
		var got []string
		for _, m := range ms {
			s := m.Trigger.Of(tt.in) + " " + m.Type.Subtype
			if m.Act != "" {
				s += " " + m.Act
			}
			s += " " + string(m.Modality)
			if m.Speech >= 0 {
				s += " < " + ms[m.Speech].Trigger.Of(tt.in)
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}

// TestDeterminer: a noun trigger's determiner goes before it across
// adjectives, not across a name.
func TestDeterminer(t *testing.T) {
	l := NewLexicon()
	for _, tt := range []struct {
		in, trigger string
		want        Determiner
	}{
		{"Het was een goed gesprek.", "gesprek", Indefinite},
		{"In het vorige gesprek waarschuwde hij.", "gesprek", Definite},
		{"Dat gesprek duurde twee uur.", "gesprek", Demonstrative},
		{"Dat meldt persbureau Reuters.", "meldt", NoDeterminer},
		{"De Europese Unie kondigde nieuwe sancties aan.", "kondigde", NoDeterminer},
		{"De Amerikaanse verklaring kwam laat.", "verklaring", Definite},
	} {
		got := Determiner(99)
		for _, m := range l.Find(tt.in) {
			if m.Trigger.Of(tt.in) == tt.trigger {
				got = m.Det
			}
		}
		if got != tt.want {
			t.Errorf("%q, %s: determiner %d, want %d", tt.in, tt.trigger, got, tt.want)
		}
	}
}

func TestNumberWord(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"vijftig", true}, {"honderdvijftig", true}, {"vijfentwintig", true}, {"tweeduizend", true}, {"elf", true},
		{"een", false}, {"en", false}, {"eens", false}, {"vijftigers", false}, {"achter", false}, {"zesde", false}, {"tienen", false},
	} {
		if got := numberWord(tt.w); got != tt.want {
			t.Errorf("numberWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestNewsPatterns: readings found in news of other kinds than the
// evaluation set's.
func TestNewsPatterns(t *testing.T) {
	l := NewLexicon()
	for _, tt := range []struct {
		in, trigger string
		want        string // "Type/Subtype agents|patients" per mention ("; " between, "+" between spans), "" for none
	}{
		{"Volgens de politie kwam een personenauto om nog onbekende reden op de verkeerde weghelft terecht.", "kwam", ""},
		{"Volgens de politie kwam een personenauto om nog onbekende reden op de verkeerde weghelft terecht.", "terecht", ""},
		{"Twee mannen kwamen bij het ongeval om.", "kwamen", "Life/Die |Twee mannen"},
		{"De verdachte staat vanaf maandag terecht voor moord.", "terecht", "Justice/Trial-Hearing De verdachte|"},
		{"De kritiek is terecht.", "terecht", ""},
		{"Vrijdag sprak Zelensky in Rome nog met paus Franciscus.", "sprak", "Contact/Contact Zelensky|Franciscus"},
		{"Topman Frans Muller sprak van een logische stap.", "sprak", ""},
		{"Rusland bestookte Kyiv opnieuw met drones.", "bestookte", "Conflict/Attack Rusland|Kyiv"},
		{"De onderzoeksrechter heeft de verdachte onder aanhoudingsmandaat geplaatst.", "aanhoudingsmandaat", "Justice/Arrest-Jail |"},
		{"De verdachte verschijnt vrijdag voor de raadkamer.", "verschijnt", "Justice/Trial-Hearing De verdachte|"},
		{"Het boek verschijnt vrijdag.", "verschijnt", ""},
		{"Zelensky is zondag in Berlijn ontvangen door bondskanselier Olaf Scholz.", "ontvangen", "Contact/Meet Olaf Scholz|Zelensky"},
		{"De overname moet nog worden goedgekeurd door de Europese Commissie.", "overname", "Business/Merge-Org |"},
		{"De overname door Ahold werd goedgekeurd.", "overname", "Business/Merge-Org Ahold|"},
		{"De verkoper, investeringsfonds Gimv, kocht het bedrijf in 2017.", "investeringsfonds", ""},
		{"De onderzoeksrechter ondervroeg de man.", "onderzoeksrechter", ""},
		{"Het onderzoeksteam vond niets.", "onderzoeksteam", ""},
		{"Biden noemde het akkoord een belangrijke stap.", "akkoord", "Policy/Agreement |"},
		{"De slachtoffers eisen een schadevergoeding.", "eisen", "Contact/Broadcast De slachtoffers|een schadevergoeding"},
		{"De gewonde demonstranten werden naar het ziekenhuis gebracht.", "demonstranten", "Conflict/Demonstrate |"},
		{"Zij voerden een eerlijk en open gesprek met de minister.", "gesprek", "Contact/Contact Zij|de minister"},
		{"De vakbonden eisen een akkoord en stappen naar de rechter.", "eisen", "Contact/Broadcast De vakbonden|een akkoord"},
		{"De A12 is geblokkeerd na een ongeval.", "geblokkeerd", ""},
		{"Zijn bankrekening werd geblokkeerd.", "geblokkeerd", ""},
		{"Shell ging tegen dat vonnis in hoger beroep.", "beroep", "Justice/Appeal Shell|"},
		{"Partijvoorzitter Bart De Wever werd herkozen en liet weten dat hij premier wil worden.", "weten", "Contact/Broadcast Partijvoorzitter Bart De Wever|"},
		{"Het Kremlin noemde de toetreding \"een aanval op onze veiligheid\".", "aanval", ""},
		{"De minister noemde de aanval laf.", "aanval", "Conflict/Attack |"},
		{"Een raket is dinsdag ingeslagen in het Poolse dorp Przewodów.", "ingeslagen", "Conflict/Attack |Een raket"},
		{"Raket slaat in op Pools grondgebied.", "slaat", "Conflict/Attack Raket|"},
		{"De bliksem is ingeslagen in de kerk.", "ingeslagen", ""},
		{"De VVD is bij de Tweede Kamerverkiezingen de grootste partij geworden.", "Kamerverkiezingen", "Personnel/Elect |"},
		{"Getuigen worden gevraagd zich te melden.", "melden", ""},
		{"Het RIVM meldde zondag 176 nieuwe besmettingen.", "meldde", "Contact/Broadcast Het RIVM|176 nieuwe besmettingen"},
		{"Verdediger Stefan de Vrij raakte geblesseerd.", "geblesseerd", "Life/Injure |Verdediger Stefan de Vrij"},
		{"Gewapende mannen openden het vuur op het publiek en staken het gebouw in brand.", "openden", "Conflict/Attack Gewapende mannen|"},
		{"Gewapende mannen openden het vuur op het publiek en staken het gebouw in brand.", "staken", "Conflict/Attack Gewapende mannen|het gebouw"},
		{"De piloten staken vrijdag opnieuw.", "staken", "Conflict/Demonstrate De piloten|"},
		{"Honderden boeren hebben donderdag de snelwegen rond Brussel geblokkeerd.", "geblokkeerd", "Conflict/Demonstrate Honderden boeren|de snelwegen"},
		{"Rusland heeft de tegoeden geblokkeerd.", "geblokkeerd", ""},
		{"Noodweer eist tientallen levens in Duitsland.", "eist", "Life/Die Noodweer|tientallen levens"},
		{"Joe Biden heeft de presidentsverkiezingen gewonnen.", "presidentsverkiezingen", "Personnel/Elect |"},
		{"Dat melden Amerikaanse media zaterdag.", "melden", "Contact/Broadcast Amerikaanse media|"},
		{"Koning Filip en premier De Croo bezochten donderdag het getroffen Pepinster.", "bezochten", "Contact/Meet Koning Filip+premier De Croo|het getroffen Pepinster"},
		{"Twee beschuldigden werden vrijgesproken.", "beschuldigden", ""},
		{"Zij beschuldigden de minister van corruptie.", "beschuldigden", "Justice/Sue Zij|de minister"},
		{"Biden riep de G7-leiders bijeen.", "riep", "Contact/Meet Biden|de G7-leiders"},
		{"Eurocommissaris Wopke Hoekstra, die namens de EU onderhandelde, noemde het akkoord historisch.", "onderhandelde", "Contact/Contact Eurocommissaris Wopke Hoekstra|"},
		{"De Kamer heeft donderdag de pensioenhervorming goedgekeurd.", "goedgekeurd", "Policy/Law De Kamer|de pensioenhervorming"},
		{"De Kamer keurde donderdag de begroting goed.", "keurde", "Policy/Law De Kamer|de begroting"},
		{"De dokter keurde hem goed.", "keurde", ""},
		{"De hervorming treedt op 1 januari in werking.", "treedt", "Policy/Law De hervorming|"},
		{"Premier De Croo sprak van \"een laffe aanslag\".", "aanslag", "Conflict/Attack |"},
		{"Hij eiste de aanslag later op in een video.", "eiste", "Contact/Broadcast Hij|de aanslag"},
		{"De vakbond eiste op hoge toon hogere lonen.", "eiste", "Contact/Broadcast De vakbond|"},
		{"De Sloveen reed op de Oude Kwaremont weg en kwam solo aan in Oudenaarde.", "reed", ""},
		{"Spanje heeft woensdag de Nederlander Ridouan T. uitgeleverd aan België.", "uitgeleverd", "Justice/Extradite Spanje|de Nederlander Ridouan T"},
		{"België heeft dinsdag 21 Russische diplomaten uitgewezen.", "uitgewezen", "Movement/Transport-Person België|21 Russische diplomaten"},
		{"De EU en Mercosur hebben vrijdag een handelsakkoord gesloten.", "gesloten", ""},
		{"PVV, VVD, NSC en BBB hebben woensdagavond een akkoord bereikt.", "akkoord", "Policy/Agreement PVV+VVD+NSC+BBB|"},
		{"De Croo, wiens partij Open VLD zwaar verloor, kondigde ook zijn vertrek aan.", "kondigde", "Contact/Broadcast De Croo|zijn vertrek"},
		{"De bestuurder van de andere auto, een 45-jarige vrouw uit Coevorden, overleed ter plaatse.", "overleed", "Life/Die |De bestuurder van de andere auto"},
		{"Kevin D., die vorig jaar werd opgepakt, werd donderdag veroordeeld tot dertig jaar cel.", "veroordeeld", "Justice/Sentence |Kevin D; Justice/Convict |Kevin D"},
		{"Het bedrijf kreeg een boete van 500.000 euro.", "kreeg", ""},
		{"Het bedrijf kreeg 5 miljoen euro subsidie.", "kreeg", "Transaction/Transfer-Money Het bedrijf|"},
		{"Vlaams Belang bleef volgens de peilingen steken op de tweede plaats.", "volgens", ""},
		{"Volgens de politie kwam de auto van de weg.", "Volgens", "Contact/Broadcast de politie|"},
		{"Scholz beloofde dat Duitsland Oekraïne zal blijven steunen.", "beloofde", "Contact/Broadcast Scholz|"},
		{"Koning Filip brengt een staatsbezoek aan Zweden.", "staatsbezoek", "Contact/Meet Koning Filip|Zweden"},
		{"Israël en Hamas hebben het akkoord gisteren gesloten.", "akkoord", "Policy/Agreement Israël+Hamas|"},
		{"Premier De Croo bood maandag het ontslag van zijn regering aan.", "ontslag", "Personnel/End-Position Premier De Croo|zijn regering"},
		{"Het bedrijf kondigt investeringen van 20 miljoen euro aan.", "investeringen", "Transaction/Transfer-Money Het bedrijf|"},
	} {
		// every mention of the trigger, with every span of its roles
		var gots []string
		spans := func(ss []text.Span) string {
			var out []string
			for _, sp := range ss {
				out = append(out, sp.Of(tt.in))
			}
			return strings.Join(out, "+")
		}
		for _, m := range l.Find(tt.in) {
			if m.Trigger.Of(tt.in) == tt.trigger {
				gots = append(gots, m.Type.Type+"/"+m.Type.Subtype+" "+spans(m.Roles.Agent)+"|"+spans(m.Roles.Patient))
			}
		}
		got := strings.Join(gots, "; ")
		if got != tt.want {
			t.Errorf("%q, %s: %q, want %q", tt.in, tt.trigger, got, tt.want)
		}
	}
}

// TestDenialDenied: "niet uitsluiten" and "niet ontkennen" are plain
// sayings, and what they say may be.
func TestDenialDenied(t *testing.T) {
	l := NewLexicon()
	for _, tt := range []struct {
		in, trigger, act string
		modality         Modality
	}{
		{"We sluiten niet uit dat er nog meer arrestaties volgen.", "sluiten", "", Asserted},
		{"We sluiten niet uit dat er nog meer arrestaties volgen.", "arrestaties", "", Hypothetical},
		{"De minister sluit een amnestie uit.", "sluit", "deny", Asserted},
		{"De minister sluit een amnestie uit.", "amnestie", "", Negated},
		{"Het hof heeft de staat verboden nog wapens aan Israël te leveren.", "leveren", "", Negated},
		{"Hij eiste de aanslag later op in een video.", "aanslag", "", Asserted},
		{"Wilders feliciteerde Rutte niet.", "feliciteerde", "", Negated},
		{"Het Europees Parlement moet het akkoord nog goedkeuren.", "goedkeuren", "", Planned},
		{"Rutte zei niet dat hij stopt.", "zei", "", Negated},
		{"Hij eiste een onderzoek.", "onderzoek", "", Hypothetical},
	} {
		found := false
		for _, m := range l.Find(tt.in) {
			if m.Trigger.Of(tt.in) != tt.trigger {
				continue
			}
			found = true
			if m.Act != tt.act || m.Modality != tt.modality {
				t.Errorf("%q, %s: act %q %s, want %q %s", tt.in, tt.trigger, m.Act, m.Modality, tt.act, tt.modality)
			}
		}
		if !found {
			t.Errorf("%q: no %s", tt.in, tt.trigger)
		}
	}
}
