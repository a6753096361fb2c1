package dates

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"corpusexplorer/app/text"
)

var (
	dec2021 = Ref{Year: 2021, Month: 12}
	apr2021 = Ref{Year: 2021, Month: 4}
	jan2021 = Ref{Year: 2021, Month: 1}
	fri     = Ref{Year: 2000, Month: 9, Day: 1} // Friday 1 September 2000, ISO week 35
)

// format writes the expressions as "text=value" with "~" after an inexact
// value, joined by " | ".
func format(src string, es []Expr) string {
	var parts []string
	for _, e := range es {
		s := e.Span.Of(src) + "=" + e.Value.String()
		if !e.Value.Exact {
			s += "~"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

type resolveCase struct {
	ref  Ref
	in   string
	want string // format of the expected expressions; "" for none
}

func runCases(t *testing.T, cases []resolveCase) {
	t.Helper()
	for _, tt := range cases {
		got := ResolveSentence(tt.in, tt.ref)
		if g := format(tt.in, got); g != tt.want {
			rules := make([]string, len(got))
			for i, e := range got {
				rules[i] = e.Rule()
			}
			t.Errorf("ref %s: %q\n got  %s %v\n want %s", tt.ref, tt.in, g, rules, tt.want)
		}
	}
}

func TestCalendarDates(t *testing.T) {
	runCases(t, []resolveCase{
		{dec2021, "Op 7 december sprak Biden met Poetin.", "7 december=2021-12-07"},
		{dec2021, "Op 10 januari bespreken ze de Russische eisen.", "10 januari=2022-01-10"},
		{dec2021, "Op 10 januari zal een overleg plaatsvinden.", "10 januari=2022-01-10"},
		{dec2021, "Op 10 januari sprak Biden met Poetin.", "10 januari=2021-01-10"},
		{dec2021, "Op 10 januari heeft Biden met Poetin gesproken.", "10 januari=2021-01-10"},
		{dec2021, "Op 10 januari meldde het Kremlin dat er overleg komt.", "10 januari=2021-01-10"},
		{dec2021, "Het Kremlin zei dat het overleg op 10 januari plaatsvindt.", "10 januari=2022-01-10"},
		{dec2021, "Het Kremlin bevestigde op vrijdag 24 december dat het troepen verplaatst.", "vrijdag 24 december=2021-12-24"},
		{dec2021, "Op 23 december zei Poetin dat hij garanties wil.", "23 december=2021-12-23"},
		{dec2021, "De 7de december was koud.", "7de december=2021-12-07"},
		{dec2021, "Op 7 en 8 december werd er gesproken.", "7=2021-12-07 | 8 december=2021-12-08"},
		{dec2021, "Van 7-9 december is er een top.", "7=2021-12-07 | 9 december=2021-12-09"},
		{dec2021, "Op 10 januari 2022 begint het overleg.", "10 januari 2022=2022-01-10"},
		{dec2021, "Dat was op dinsdag 10 oktober 2000.", "dinsdag 10 oktober 2000=2000-10-10"},
		{dec2021, "Dat was op maandag 10 oktober 2000.", "maandag 10 oktober 2000=2000-10-10~"},
		{dec2021, "Het verdrag van 7 jan. 2022 en dat van 3 feb 2020.", "7 jan. 2022=2022-01-07 | 3 feb 2020=2020-02-03"},
		{dec2021, "Op 12 sept. en 1 okt. was er overleg.", "12 sept.=2021-09-12 | 1 okt.=2021-10-01"},
		{dec2021, "Op 15 mrt 2021 en 30 nov 2021.", "15 mrt 2021=2021-03-15 | 30 nov 2021=2021-11-30"},
		{dec2021, "OP 7 DECEMBER WAS HET ZOVER.", "7 DECEMBER=2021-12-07"},
		{dec2021, "Op 10-01-2022, 10/1/2022 en 10.01.2022 gebeurt het.", "10-01-2022=2022-01-10 | 10/1/2022=2022-01-10 | 10.01.2022=2022-01-10"},
		{dec2021, "Het ISO-formaat 2022-01-10 werkt ook.", "2022-01-10=2022-01-10"},
		{dec2021, "Op 31-02-2022 niet.", ""},
		{dec2021, "Op 29 februari 2020 wel.", "29 februari 2020=2020-02-29"},
		{dec2021, "Kerstmis valt op 25 december.", "25 december=2021-12-25"},
		{dec2021, "Het kabinet-Rutte IV trad op 10 januari aan.", "10 januari=2021-01-10"},
		{dec2021, "Hij is geboren op 3-4-1970.", "3-4-1970=1970-04-03"},
		{dec2021, "In het weekend van 18 en 19 december.", "18=2021-12-18 | 19 december=2021-12-19"},
		{dec2021, "Van 1 tot en met 3 januari is het dicht.", "1=2022-01-01 | 3 januari=2022-01-03"},
		{dec2021, "Tot en met 31 december en t/m 2 januari.", "31 december=2021-12-31 | 2 januari=2022-01-02"},
		{dec2021, "Sinds 1 november is het verplicht.", "1 november=2021-11-01"},
		{dec2021, "De bestaande regels gelden vanaf 1 maart.", "1 maart=2022-03-01"},
		{dec2021, "De bestaande regels werden op 1 maart aangepast.", "1 maart=2021-03-01"},
		{dec2021, "Op maandag 3 januari gaat het open.", "maandag 3 januari=2022-01-03"},
	})
}

func TestMonthsAndYears(t *testing.T) {
	runCases(t, []resolveCase{
		{apr2021, "Beide presidenten spraken elkaar in januari voor het eerst.", "januari=2021-01"},
		{apr2021, "In januari zal Biden Poetin ontmoeten.", "januari=2022-01"},
		{apr2021, "In januari spreken ze elkaar weer.", "januari=2021-01"},
		{dec2021, "In januari spreken ze elkaar weer.", "januari=2022-01"},
		{dec2021, "In januari sprak Biden met Poetin.", "januari=2021-01"},
		{dec2021, "Sinds maart zijn er troepen.", "maart=2021-03"},
		{dec2021, "Vanaf maart gelden nieuwe regels.", "maart=2022-03"},
		{dec2021, "In de maand mei is het warm.", "mei=2022-05"},
		{dec2021, "In mei en juni werd er onderhandeld.", "mei=2021-05 | juni=2021-06"},
		{jan2021, "Afgelopen januari was het koud.", "Afgelopen januari=2020-01"},
		{jan2021, "Komende maart wordt er gestemd.", "Komende maart=2021-03"},
		{dec2021, "In januari 2022 begint het.", "januari 2022=2022-01"},
		{dec2021, "Mei 2020 was een rustige maand.", "Mei 2020=2020-05"},
		{dec2021, "Dat was in januari vorig jaar.", "januari vorig jaar=2020-01"},
		{dec2021, "In maart van dit jaar begon het.", "maart van dit jaar=2021-03"},
		{dec2021, "In 2014 annexeerde Rusland de Krim.", "2014=2014"},
		{dec2021, "Sinds 2014 is er oorlog.", "2014=2014"},
		{dec2021, "Tot 2014 was het rustig.", "2014=2014"},
		{dec2021, "De oorlog (2014) duurt voort.", "2014=2014"},
		{dec2021, "De oorlog van 2014-2016 was hevig.", "2014=2014 | 2016=2016"},
		{dec2021, "Van 2014 tot 2016 was het onrustig.", "2014=2014 | 2016=2016"},
		{dec2021, "Tussen 2014 en 2016 was het onrustig.", "2014=2014 | 2016=2016"},
		{dec2021, "In het jaar 2014 begon het.", "2014=2014"},
		{dec2021, "In 2014 annexeerde Rusland de Krim en in dat jaar ontstond een conflict.", "2014=2014 | dat jaar=2014"},
		{dec2021, "Deze maand bellen ze weer.", "Deze maand=2021-12"},
		{dec2021, "Vorige maand belden ze.", "Vorige maand=2021-11"},
		{dec2021, "Volgende maand bellen ze weer.", "Volgende maand=2022-01"},
		{dec2021, "Volgend jaar is er een top.", "Volgend jaar=2022"},
		{dec2021, "Vorig jaar was er een top.", "Vorig jaar=2020"},
		{dec2021, "Dit jaar is er geen top.", "Dit jaar=2021"},
		{dec2021, "Het afgelopen jaar was zwaar.", "afgelopen jaar=2020~"},
		{dec2021, "Eind december komt er een besluit.", "Eind december=2021-12~"},
		{dec2021, "Begin 2022 komt er een besluit.", "Begin 2022=2022~"},
		{dec2021, "Half maart en medio maart zijn hetzelfde.", "Half maart=2022-03~ | medio maart=2022-03~"},
		{dec2021, "Halverwege 2020 en midden 2019.", "Halverwege 2020=2020~ | midden 2019=2019~"},
		{dec2021, "Eind vorig jaar en begin deze maand.", "Eind vorig jaar=2020~ | begin deze maand=2021-12~"},
		{dec2021, "Aan het eind van het jaar is het klaar.", "eind van het jaar=2021~"},
		{dec2021, "In de jaren negentig was het anders.", "jaren negentig=1990~"},
		{dec2021, "Eind jaren tachtig en de jaren '90.", "Eind jaren tachtig=1980~ | jaren '90=1990~"},
		{dec2021, "In de zomer van 2019 was het warm.", "zomer van 2019=2019~"},
		{dec2021, "Deze winter wordt het koud.", "Deze winter=2021~"},
		{apr2021, "Afgelopen zomer was het warm en volgende zomer ook.", "Afgelopen zomer=2020~ | volgende zomer=2021~"},
		{dec2021, "In week 12 wordt gestemd.", "week 12=2022-W12"},
		{dec2021, "Twee jaar geleden begon het.", "Twee jaar geleden=2019"},
		{dec2021, "Over twee maanden is het zover.", "Over twee maanden=2022-02"},
		{dec2021, "Met Kerstmis is iedereen thuis.", "Kerstmis=2021-12-25"},
		{dec2021, "Pasen 2022 valt in april, en op tweede paasdag is het vrij.", "Pasen 2022=2022-04-17 | april=2022-04 | tweede paasdag=2022-04-18"},
		{dec2021, "Op Koningsdag was het feest.", "Koningsdag=2021-04-27"},
		// A date closing a range follows its start.
		{Ref{Year: 2023, Month: 3}, "Vanaf 1 april 2023 gelden nieuwe regels, tot en met 30 september.", "1 april 2023=2023-04-01 | 30 september=2023-09-30"},
		{Ref{Year: 2023, Month: 3}, "Van 1 november 2022 tot 15 januari was het koud.", "1 november 2022=2022-11-01 | 15 januari=2023-01-15"},
		{Ref{Year: 2023, Month: 3}, "Het museum is dicht tot 30 september.", "30 september=2023-09-30"},
		// Two names of one day side by side are one expression.
		{fri, "Op Prinsjesdag 19 september komt de Miljoenennota.", "Prinsjesdag 19 september=2000-09-19"},
		{fri, "Op Prinsjesdag, 19 september, komt de Miljoenennota.", "Prinsjesdag=2000-09-19 | 19 september=2000-09-19"},
		{fri, "Op dinsdag 5 september en woensdag 6 september.", "dinsdag 5 september=2000-09-05 | woensdag 6 september=2000-09-06"},
		{dec2021, "Rond Kerst is het druk.", "Kerst=2021-12-25"},
		{dec2021, "Het rapport van 2019/2020 verscheen in mei.", "2019=2019 | 2020=2020 | mei=2021-05"},
		{dec2021, "COVID-19 heeft in 2020 veel slachtoffers gemaakt.", "2020=2020"},
		{dec2021, "Halverwege de week, eind van de maand.", "Halverwege de week=2021-12~ | eind van de maand=2021-12~"},
		{fri, "Halverwege de week, eind van de maand.", "Halverwege de week=2000-W35~ | eind van de maand=2000-09~"},
		{dec2021, "De begroting voor 2022 is klaar.", "2022=2022"},
	})
}

func TestRelativeAndAnchored(t *testing.T) {
	runCases(t, []resolveCase{
		{dec2021, "Bellen ze donderdag voor de tweede keer deze maand?", "donderdag=2021-12~ | deze maand=2021-12"},
		{dec2021, "Vorige week werd er gebeld.", "Vorige week=2021-12~"},
		{dec2021, "Volgende week wordt er gebeld.", "Volgende week=2021-12~"},
		{dec2021, "Gisteren, vandaag en morgen.", "Gisteren=2021-12~ | vandaag=2021-12~ | morgen=2021-12~"},
		{dec2021, "Afgelopen maandag was het druk.", "Afgelopen maandag=2021-12~"},
		{dec2021, "Op vrijdag 24 december kwam het bericht. Een dag later trok Rusland troepen terug.",
			"vrijdag 24 december=2021-12-24 | Een dag later=2021-12-25"},
		{dec2021, "Op 7 december belden ze. Twee dagen eerder was er overleg.",
			"7 december=2021-12-07 | Twee dagen eerder=2021-12-05"},
		{dec2021, "Op 7 december belden ze. Een week later belden ze weer.",
			"7 december=2021-12-07 | Een week later=2021-12-14"},
		{dec2021, "Op 7 december belden ze. De volgende dag ook, en de dag erna weer.",
			"7 december=2021-12-07 | volgende dag=2021-12-08 | dag erna=2021-12-09"},
		{dec2021, "Op 7 december belden ze en daags erna weer.", "7 december=2021-12-07 | daags erna=2021-12-08"},
		{dec2021, "Eén dag later kwam het bericht.", "Eén dag later=2021-12~"},
		{dec2021, "In 2014 begon het. Drie jaar later was het voorbij.", "2014=2014 | Drie jaar later=2017"},
		{dec2021, "In januari begon het. Een maand later was het voorbij.", "januari=2021-01 | Een maand later=2021-02"},
		{dec2021, "In 2014 begon het. Die dag was koud.", "2014=2014 | Die dag=2014~"},
		{dec2021, "Op 7 december belden ze. Diezelfde week was er een top.", "7 december=2021-12-07 | Diezelfde week=2021-W49"},
		{dec2021, "Later die dag sprak hij de pers toe.", "die dag=2021-12~"},
	})
}

func TestDayDatedArticle(t *testing.T) {
	runCases(t, []resolveCase{
		{fri, "Gisteren was het druk.", "Gisteren=2000-08-31"},
		{fri, "Eergisteren, vandaag, morgen en overmorgen.", "Eergisteren=2000-08-30 | vandaag=2000-09-01 | morgen=2000-09-02 | overmorgen=2000-09-03"},
		{fri, "Vanavond, vanochtend, vanmorgen en gisteravond.", "Vanavond=2000-09-01 | vanochtend=2000-09-01 | vanmorgen=2000-09-01 | gisteravond=2000-08-31"},
		{fri, "Donderdag sprak de minister met de pers.", "Donderdag=2000-08-31"},
		{fri, "De minister heeft donderdag met de pers gesproken.", "donderdag=2000-08-31"},
		{fri, "De leiders hebben in de nacht van donderdag op vrijdag een akkoord bereikt.", "donderdag=2000-08-31 | vrijdag=2000-09-01"},
		{fri, "De leiders bereiken donderdag een akkoord.", "donderdag=2000-09-07"},
		{fri, "Donderdag spreekt de minister met de pers.", "Donderdag=2000-09-07"},
		{fri, "De minister zal maandag spreken.", "maandag=2000-09-04"},
		{fri, "Maandag sprak de minister.", "Maandag=2000-08-28"},
		{fri, "De Clercq legde dinsdag de eed af.", "dinsdag=2000-08-29"},
		{fri, "Hij zette dinsdag zijn handtekening.", "dinsdag=2000-08-29"},
		{fri, "Vrijdag spreekt de minister.", "Vrijdag=2000-09-01"},
		{fri, "Vrijdag sprak de minister.", "Vrijdag=2000-09-01"},
		{fri, "Afgelopen maandag was het druk.", "Afgelopen maandag=2000-08-28"},
		{fri, "Afgelopen vrijdag was het druk.", "Afgelopen vrijdag=2000-08-25"},
		{fri, "Komende vrijdag wordt het druk.", "Komende vrijdag=2000-09-08"},
		{fri, "Komende maandag wordt het druk.", "Komende maandag=2000-09-04"},
		{fri, "Dat meldt het ministerie dinsdag.", "dinsdag=2000-08-29"},
		{fri, "Zaterdagavond is er een feest.", "Zaterdagavond=2000-09-02"},
		{fri, "Dinsdag jl. en zaterdag a.s. zijn er vergaderingen.", "Dinsdag jl.=2000-08-29 | zaterdag a.s.=2000-09-02"},
		{fri, "Vorige week, deze week en volgende week.", "Vorige week=2000-W34 | deze week=2000-W35 | volgende week=2000-W36"},
		{fri, "Afgelopen week was het druk.", "Afgelopen week=2000-W34~"},
		{fri, "Afgelopen weekend en komend weekend.", "Afgelopen weekend=2000-W34~ | komend weekend=2000-W35~"},
		{fri, "Vorige week dinsdag en volgende week maandag.", "Vorige week dinsdag=2000-08-22 | volgende week maandag=2000-09-04"},
		{fri, "Vorige maand, volgende maand, vorig jaar.", "Vorige maand=2000-08 | volgende maand=2000-10 | vorig jaar=1999"},
		{fri, "Op dinsdag 10 oktober wordt er gestemd.", "dinsdag 10 oktober=2000-10-10"},
		{fri, "Op maandag 10 oktober wordt er gestemd.", "maandag 10 oktober=2000-10-10~"},
		{fri, "Op woensdag 10 oktober wordt er gestemd.", "woensdag 10 oktober=2001-10-10"},
		{fri, "Twee weken geleden en over drie dagen.", "Twee weken geleden=2000-08-18 | over drie dagen=2000-09-04"},
		{fri, "Op 7 september wordt er gestemd.", "7 september=2000-09-07"},
		{fri, "Op 7 september werd er gestemd.", "7 september=1999-09-07"},
	})
}

func TestNotDates(t *testing.T) {
	runCases(t, []resolveCase{
		{dec2021, "Er zijn zeker 14.000 mensen om het leven gekomen.", ""},
		{dec2021, "Rusland heeft zo'n 100.000 militairen samengetrokken.", ""},
		{dec2021, "Het gesprek duurde ongeveer vijftig minuten.", ""},
		{dec2021, "Dat gesprek duurde toen twee uur.", ""},
		{dec2021, "In een eerder gesprek waarschuwde Biden.", ""},
		{dec2021, "In het vorige gesprek met Poetin waarschuwde Biden.", ""},
		{dec2021, "Voor de tweede keer in korte tijd.", ""},
		{dec2021, "De 10 grootste bedrijven.", ""},
		{dec2021, "Mei zei dat ze later komt.", ""},
		{dec2021, "Maart is een mooie maand.", ""},
		{dec2021, "2014 mensen kwamen naar de top.", ""},
		{dec2021, "Er kwamen in totaal 2014 mensen.", ""},
		{dec2021, "Het kost van 2000 euro tot 3000 euro.", ""},
		{dec2021, "Rond 2000 Russische militairen.", ""},
		{dec2021, "Het nummer 2014 staat bovenaan.", ""},
		{dec2021, "In 2500 bestaan we niet meer en in 1850 nog niet.", ""},
		{dec2021, "Jan Peeters kwam langs.", ""},
		{dec2021, "De komende jaren en de afgelopen dagen.", ""},
		{dec2021, "Vandaag de dag is dat anders.", ""},
		{dec2021, "Hij werkt 's morgens en in de morgen.", ""},
		{dec2021, "Elke dinsdag is er markt.", ""},
		{dec2021, "Om 10.30 uur en om 10:30.", ""},
		{dec2021, "Een bedrag van 1.000.000.", ""},
		{dec2021, "In de zomer is het warm.", ""},
		{dec2021, "Sinds het begin van het conflict.", ""},
		{dec2021, "Het is half zeven.", ""},
		{dec2021, "Gelukkig Nieuwjaar!", ""},
		{dec2021, "Al jaren is dat zo, en ook nu nog.", ""},
		{dec2021, "Sinds een aantal weken zijn er troepen.", ""},
		{dec2021, "In eerste instantie verklaarde Moskou iets anders.", ""},
		{dec2021, "Het kost 2,5 miljoen en 3,14 procent.", ""},
		{dec2021, "In 2014 procent van de gevallen.", ""},
		{dec2021, "Kerst is gezellig.", ""},
		{dec2021, "De 24-jarige man speelde de 2021-versie van het spel.", ""},
		{dec2021, "Er vielen 2021 doden, meldt de WHO.", ""},
		{dec2021, "Hij scoorde 2 doelpunten in 3 wedstrijden.", ""},
		{dec2021, "De stemming is uitgesteld tot na de zomer.", ""},
		{dec2021, "Het duurde 7 dagen en 3 weken.", ""},
		{dec2021, "Zij zet de 7 op nummer 8.", ""},
		{Ref{}, "Gisteren, vorige week en in januari.", ""},
	})
}

func TestUndatedArticleKeepsAbsoluteDates(t *testing.T) {
	runCases(t, []resolveCase{
		{Ref{}, "Op 10 januari 2022, in 2014 en in mei 2020.", "10 januari 2022=2022-01-10 | 2014=2014 | mei 2020=2020-05"},
		{Ref{Year: 2021}, "Op 10 januari en vorige maand.", "10 januari=2021-01-10~ | vorige maand=2021~"},
	})
}

// TestSpansAreExact checks that text[span] is the original expression when
// diacritics and typographic quotes precede or are inside it.
func TestSpansAreExact(t *testing.T) {
	src := "In Oekraïne – zo meldt „Reuters” – werd op 7 december geschoten; Één dag later, op vrijdag 10 dec. 2021 (Genève), volgde overleg; zie ook 10.01.2022 en in dat jaar."
	got := ResolveSentence(src, dec2021)
	want := []string{"7 december", "Één dag later", "vrijdag 10 dec. 2021", "10.01.2022", "dat jaar"}
	if len(got) != len(want) {
		t.Fatalf("got %s, want %v", format(src, got), want)
	}
	for i, e := range got {
		if e.Span.Of(src) != want[i] {
			t.Errorf("#%d: span %v is %q, want %q", i, e.Span, e.Span.Of(src), want[i])
		}
	}
	if v := got[1].Value.String(); v != "2021-12-08" {
		t.Errorf("Één dag later = %s, want 2021-12-08", v)
	}
	if !got[2].Value.Exact || got[2].Value.String() != "2021-12-10" {
		t.Errorf("vrijdag 10 dec. 2021 (a Friday) = %v", got[2].Value)
	}
}

// TestSentencesAndAnchor checks sentence spans, byte offsets into the whole
// text, and that the anchor crosses sentences but not Resolve calls.
func TestSentencesAndAnchor(t *testing.T) {
	src := "Titel zonder datum\nIn Oekraïne werd op 24 december gevochten. Poetin reageerde niet. Een dag later kwam het antwoord."
	sents := splitSentences(src, 0)
	if len(sents) != 4 {
		t.Fatalf("split: %d sentences", len(sents))
	}
	got := Resolve(src, sents, dec2021)
	if f := format(src, got); f != "24 december=2021-12-24 | Een dag later=2021-12-25" {
		t.Errorf("got %s", f)
	}
	if got[0].Prep() != "op" || got[1].Prep() != "" {
		t.Errorf("preps %q %q", got[0].Prep(), got[1].Prep())
	}
	// Only the last sentence: the anchor is the article date.
	got = Resolve(src, sents[3:], dec2021)
	if f := format(src, got); f != "Een dag later=2021-12~" {
		t.Errorf("fresh anchor: got %s", f)
	}
	// Spans outside the text are ignored.
	if got := Resolve(src, []text.Span{{Start: -1, End: 3}, {Start: 5, End: 500}}, dec2021); len(got) != 0 {
		t.Errorf("bad spans gave %v", got)
	}
}

func TestValue(t *testing.T) {
	d := func(s string) time.Time {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			panic(err)
		}
		return t
	}
	tests := []struct {
		v           Value
		str, prec   string
		first, last string
	}{
		{DayValue(2021, 12, 24), "2021-12-24", "day", "2021-12-24", "2021-12-24"},
		{WeekValue(2021, 52), "2021-W52", "week", "2021-12-27", "2022-01-02"},
		{WeekValue(2020, 53), "2020-W53", "week", "2020-12-28", "2021-01-03"},
		{WeekValue(2000, 35), "2000-W35", "week", "2000-08-28", "2000-09-03"},
		{MonthValue(2024, 2), "2024-02", "month", "2024-02-01", "2024-02-29"},
		{MonthValue(2021, 13), "2022-01", "month", "2022-01-01", "2022-01-31"},
		{YearValue(2014), "2014", "year", "2014-01-01", "2014-12-31"},
	}
	for _, tt := range tests {
		if tt.v.String() != tt.str || tt.v.Precision.String() != tt.prec || !tt.v.Exact {
			t.Errorf("%v: String %q Precision %q", tt.v, tt.v.String(), tt.v.Precision)
		}
		if !tt.v.First().Equal(d(tt.first)) || !tt.v.Last().Equal(d(tt.last)) {
			t.Errorf("%s: First %s Last %s, want %s %s", tt.str, tt.v.First().Format("2006-01-02"),
				tt.v.Last().Format("2006-01-02"), tt.first, tt.last)
		}
		p, err := ParseValue(tt.str)
		if err != nil || p != tt.v {
			t.Errorf("ParseValue(%q) = %v, %v", tt.str, p, err)
		}
	}
	for _, bad := range []string{"", "21", "2021-13", "2021-02-30", "2021-W54", "2021-1", "x021", "2021-12-01-01"} {
		if _, err := ParseValue(bad); err == nil {
			t.Errorf("ParseValue(%q) succeeded", bad)
		}
	}
	var zero Value
	if !zero.IsZero() || zero.String() != "" || zero.Precision.String() != "" || !zero.First().IsZero() {
		t.Errorf("zero value: %q", zero.String())
	}

	vs := []Value{YearValue(2021), MonthValue(2021, 12), inexact(MonthValue(2021, 12)), DayValue(2021, 12, 1),
		WeekValue(2021, 48), DayValue(2020, 5, 5)}
	slices.SortFunc(vs, Value.Compare)
	var got []string
	for _, v := range vs {
		s := v.String()
		if !v.Exact {
			s += "~"
		}
		got = append(got, s)
	}
	if g := strings.Join(got, " "); g != "2020-05-05 2021 2021-W48 2021-12-01 2021-12 2021-12~" {
		t.Errorf("sorted: %s", g)
	}

	if !MonthValue(2021, 12).Overlaps(d("2021-12-31"), d("2022-01-05")) ||
		MonthValue(2021, 12).Overlaps(d("2022-01-01"), d("2022-01-05")) ||
		!WeekValue(2021, 52).Overlaps(d("2022-01-02"), d("2022-01-02")) ||
		zero.Overlaps(d("2000-01-01"), d("2100-01-01")) {
		t.Error("Overlaps")
	}
}

func TestRef(t *testing.T) {
	for s, want := range map[string]Ref{"2021-12": dec2021, "2000-09-01": fri, " 2021 ": {Year: 2021}} {
		r, err := ParseRef(s)
		if err != nil || r != want {
			t.Errorf("ParseRef(%q) = %v, %v", s, r, err)
		}
	}
	if _, err := ParseRef("2021-W01"); err == nil {
		t.Error("ParseRef accepted a week")
	}
	if s := fmt.Sprint(fri, dec2021, Ref{Year: 2021}, Ref{}); s != "2000-09-01 2021-12 2021 " {
		t.Errorf("Ref.String: %q", s)
	}
}

func TestEasterAndHolidays(t *testing.T) {
	for y, want := range map[int]string{2000: "2000-04-23", 2019: "2019-04-21", 2021: "2021-04-04", 2022: "2022-04-17", 2024: "2024-03-31"} {
		if got := dayOf(easter(y)).String(); got != want {
			t.Errorf("easter(%d) = %s, want %s", y, got, want)
		}
	}
	if got := holidayDate(holidays[12], 2021).String(); got != "2021-09-21" {
		t.Errorf("Prinsjesdag 2021 = %s, want 2021-09-21", got)
	}
}

// TestTense checks the clause tense cues around the word "januari".
func TestTense(t *testing.T) {
	tests := []struct {
		in   string
		want tense
	}{
		{"Op 10 januari sprak Biden met Poetin.", tPast},
		{"Op 10 januari spraken zij elkaar.", tPast},
		{"Op 10 januari bevestigde het Kremlin het bericht.", tPast},
		{"Op 10 januari betwijfelden waarnemers die lezing.", tPast},
		{"Op 10 januari maakten zij het bekend.", tPast},
		{"Op 10 januari ontstond een conflict.", tPast},
		{"Op 10 januari is de wet ingegaan.", tPast},
		{"Op 10 januari heeft Biden de zaak besproken.", tPast},
		{"Op 10 januari had Biden al gebeld.", tPast},
		{"Op 10 januari hebben de leiders een akkoord bereikt.", tPast},
		{"Op 10 januari heeft de minister de koning ontmoet.", tPast},
		{"Op 10 januari heeft de minister een besluit.", tPresent},
		{"Op 10 januari zouden vervroegde verkiezingen kunnen plaatsvinden.", tPresent},
		{"Op 10 januari werden geplande betogingen verboden.", tPast},
		{"Op 10 januari heeft een cyberaanval de systemen platgelegd.", tPast},
		{"Op 10 januari heeft de Kamer de wet goedgekeurd.", tPast},
		{"Op 10 januari begint de koning aan zijn consultaties.", tPresent},
		{"Op 10 januari verkoopt het bedrijf zijn aandelen.", tPresent},
		{"Op 10 januari heeft hij een afspraak en vertrekt hij.", tPresent},
		{"Op 10 januari heeft het bedrijf een sterk bedrijfsresultaat.", tPresent},
		{"Op 10 januari hebben de boeren in de herfst geen werk.", tPresent},
		{"Op 10 januari hebben de leiders een akkoord bereikt over de verdeling van asielzoekers.", tPast},
		{"Dat gesprek was toen op 10 januari.", tPast},
		{"Op 10 januari zal een overleg plaatsvinden.", tFuture},
		{"Op 10 januari zullen zij spreken.", tFuture},
		{"Op 10 januari gaat hij verhuizen.", tFuture},
		{"Op 10 januari gaan de werken eindelijk beginnen.", tFuture},
		{"Op 10 januari wil de minister de wet indienen.", tFuture},
		{"De regering wil op 10 januari een akkoord.", tFuture},
		{"Op 10 januari gaat het om de verkiezingen.", tPresent},
		{"Op 10 januari gaat hij naar Parijs.", tPresent},
		{"Op 10 januari ging hij verhuizen.", tPast},
		{"Op 10 januari wilde hij verhuizen.", tPast},
		{"Op 10 januari bespreken zij de eisen.", tPresent},
		{"Op 10 januari worden de Verenigde Staten voorzitter.", tPresent},
		{"Op 10 januari gelden de bestaande regels.", tPresent},
		{"Op 10 januari melden zij zich.", tReport},
		{"Het Kremlin meldt dat het overleg op 10 januari begint.", tPresent},
		{"Poetin zei dat het overleg op 10 januari begint.", tPresent},
		{"Op 10 januari, zei Poetin, begint het overleg.", tPresent},
		{"Op 10 januari praten zij met harde woorden.", tPresent},
		{"Op 10 januari komt de tweede ronde.", tPresent},
		{"Op 10 januari begint de grote verschillende staande vergadering.", tPresent},
		{"Dat meldde het bedrijf op 10 januari.", tPast},
		{"Dat maakte het bedrijf op 10 januari bekend.", tPast},
		{"Dit bevestigde de minister op 10 januari.", tPast},
		{"Dat geplande bezoek begint op 10 januari.", tPresent},
		{"Zij zei op 10 januari dat verwachte groei uitblijft.", tPast},
	}
	r := new(resolver)
	for _, tt := range tests {
		r.reset(tt.in, dec2021)
		r.ws = r.ws[:0]
		for _, tk := range text.Tokenize(tt.in) {
			r.ws = append(r.ws, word{Token: tk, lex: lexicon[tk.Fold()], num: -1})
		}
		i := slices.IndexFunc(r.ws, func(w word) bool { return w.Fold() == "januari" })
		if got := r.clauseTense(i-1, i+1); got != tt.want {
			t.Errorf("%q: tense %d, want %d", tt.in, got, tt.want)
		}
	}
}

// FuzzResolve checks that any input resolves without panicking, with spans
// inside the text, in order and not overlapping, and valid values.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Op vrijdag 24 december 2021.", "10-01-2022 10/1/2022 10.01.2022", "jaren '90",
		"eind van de maand", "Een dag later", "dinsdag jl.", "́", "7 en", "t/m", "begin", "in", "2014-"} {
		f.Add(s, 0)
		f.Add(s, 1)
	}
	refs := []Ref{dec2021, fri, {}, {Year: 2021}}
	f.Fuzz(func(t *testing.T, s string, k int) {
		ref := refs[(k%len(refs)+len(refs))%len(refs)]
		prev := 0
		for _, e := range ResolveSentence(s, ref) {
			if e.Span.Start < prev || e.Span.End <= e.Span.Start || e.Span.End > len(s) {
				t.Fatalf("bad span %v in %q", e.Span, s)
			}
			prev = e.Span.End
			if e.Value.IsZero() || e.Value.String() == "" {
				t.Fatalf("zero value for %q in %q", e.Span.Of(s), s)
			}
			if _, err := ParseValue(e.Value.String()); err != nil {
				t.Fatalf("%q: %v", e.Span.Of(s), err)
			}
		}
	})
}

var (
	sep2000 = Ref{Year: 2000, Month: 9}
	tue     = Ref{Year: 2000, Month: 9, Day: 12} // Tuesday 12 September 2000, ISO week 37
)

// TestMonthWithoutYear checks that a month named without its year is that
// month in the year the tense allows, nearest the article date; never a year.
func TestMonthWithoutYear(t *testing.T) {
	runCases(t, []resolveCase{
		// nearest, in either direction, without a tense cue
		{sep2000, "De verkiezingen zijn in november.", "november=2000-11"},
		{tue, "De verkiezingen van november.", "november=2000-11"},
		// past: not after the article; future: not before it
		{sep2000, "In november werden de verkiezingen gehouden.", "november=1999-11"},
		{tue, "Hij is in november overleden.", "november=1999-11"},
		{sep2000, "In november zal er gestemd worden.", "november=2000-11"},
		// gaan with an infinitive and willen are future too; gaan alone is not
		{sep2000, "In juni gaat hij verhuizen.", "juni=2001-06"},
		{sep2000, "In juni gaan de werken beginnen.", "juni=2001-06"},
		{sep2000, "In juni wil de minister de wet indienen.", "juni=2001-06"},
		{sep2000, "In juni gaat het om de verkiezingen.", "juni=2000-06"},
		{sep2000, "In juni ging hij verhuizen.", "juni=2000-06"},
		{sep2000, "In januari werd hij gekozen.", "januari=2000-01"},
		{sep2000, "Hij wordt in januari gekozen.", "januari=2001-01"},
		{tue, "In september werd er gestaakt.", "september=2000-09"},
		// a year named with the month, before or after it
		{sep2000, "Vorig jaar november werd hij gekozen.", "Vorig jaar november=1999-11"},
		{tue, "Volgend jaar maart wordt er gestemd.", "Volgend jaar maart=2001-03"},
		{sep2000, "Hij werd november vorig jaar gekozen.", "november vorig jaar=1999-11"},
		{sep2000, "Verleden jaar in november werd hij gekozen.", "Verleden jaar=1999 | november=1999-11"},
		{sep2000, "In november '99 werd hij gekozen.", "november '99=1999-11"},
		{sep2000, "Het gebeurde in maart ’01 al.", "maart ’01=2001-03"},
		{sep2000, "In 1998 begon het, en in november van dat jaar volgde de crisis.", "1998=1998 | november van dat jaar=1998-11"},
		// jongstleden, aanstaande and other modifiers
		{sep2000, "November jl. werd hij gekozen.", "November jl.=1999-11"},
		{sep2000, "Maart a.s. wordt er gestemd.", "Maart a.s.=2001-03"},
		{sep2000, "Afgelopen september was het druk.", "Afgelopen september=1999-09"},
		// Flemish: tegen (by), voorbije
		{sep2000, "Tegen november moet het klaar zijn.", "november=2000-11"},
		{tue, "Voorbije juni was het warm.", "Voorbije juni=2000-06"},
		// a part of the month keeps the month
		{sep2000, "Begin november komt er een besluit.", "Begin november=2000-11~"},
		{sep2000, "Eind november was er een besluit.", "Eind november=1999-11~"},
	})
}

// TestDayInOtherYear checks that a day and month without a year follow
// the same rule when the nearest candidate lies in another year.
func TestDayInOtherYear(t *testing.T) {
	runCases(t, []resolveCase{
		{sep2000, "Op 31 december werd hij gekozen.", "31 december=1999-12-31"},
		{sep2000, "Op 31 december wordt hij gekozen.", "31 december=2000-12-31"},
		{sep2000, "Op 31 december gaat hij weg.", "31 december=2000-12-31"},
		{sep2000, "Tot 31 december blijft hij.", "31 december=2000-12-31"},
		{tue, "Op 2 januari werd hij gekozen.", "2 januari=2000-01-02"},
		{tue, "Op 2 januari wordt hij gekozen.", "2 januari=2001-01-02"},
		{tue, "Op 2 januari zal hij spreken.", "2 januari=2001-01-02"},
		{tue, "Op 31 augustus gaat hij spreken.", "31 augustus=2001-08-31"},
		{tue, "Op 31 augustus sprak hij.", "31 augustus=2000-08-31"},
		{dec2021, "Op 3 januari was het nog rustig.", "3 januari=2021-01-03"},
		{dec2021, "Op 3 januari begint het proces.", "3 januari=2022-01-03"},
		{jan2021, "Op 28 december was het nog rustig.", "28 december=2020-12-28"},
		{jan2021, "Op 28 december zal het proces beginnen.", "28 december=2021-12-28"},
		{jan2021, "Sinds 28 december is het stil.", "28 december=2020-12-28"},
		// a weekday with the date picks the year it fits
		{sep2000, "Op zondag 31 december komt hij.", "zondag 31 december=2000-12-31"},
		{sep2000, "Op vrijdag 31 december kwam hij.", "vrijdag 31 december=1999-12-31"},
	})
}

// TestWeekdayOneDay checks that a weekday in an article dated to the day
// is one day: past tense the last one on or before the article day, future
// and planned the next one on or after it; with a week, that day of the
// week; beside gisteren or morgen, the day they name.
func TestWeekdayOneDay(t *testing.T) {
	runCases(t, []resolveCase{
		{tue, "Maandag werd hij gekozen.", "Maandag=2000-09-11"},
		{tue, "Woensdag werd hij gekozen.", "Woensdag=2000-09-06"},
		{tue, "Woensdag wordt hij gekozen.", "Woensdag=2000-09-13"},
		{tue, "Maandag zal hij spreken.", "Maandag=2000-09-18"},
		{tue, "Maandag debatteert de Kamer.", "Maandag=2000-09-18"},
		{tue, "Dat meldt de politie zondag.", "zondag=2000-09-10"},
		{tue, "Sinds vrijdag is hij vermist.", "vrijdag=2000-09-08"},
		{tue, "Op vrijdag heeft hij gesproken.", "vrijdag=2000-09-08"},
		{tue, "De aanslag van zaterdag was de derde.", "zaterdag=2000-09-09"},
		{tue, "Dinsdag sprak de premier.", "Dinsdag=2000-09-12"},
		// one value with a week
		{tue, "Dinsdag vorige week werd hij gekozen.", "Dinsdag vorige week=2000-09-05"},
		{tue, "Donderdag van volgende week wordt er gestemd.", "Donderdag van volgende week=2000-09-21"},
		{tue, "Vrijdag deze week wordt er gestemd.", "Vrijdag deze week=2000-09-15"},
		{tue, "Vorige week vrijdag werd er gestemd.", "Vorige week vrijdag=2000-09-08"},
		{sep2000, "Dinsdag vorige week werd hij gekozen.", "Dinsdag vorige week=2000-09~"},
		// beside a deictic word: the day it names
		{tue, "Gisteren (maandag) werd hij gekozen.", "Gisteren=2000-09-11 | maandag=2000-09-11"},
		{tue, "Maandag, gisteren, werd hij gekozen.", "Maandag=2000-09-11 | gisteren=2000-09-11"},
		{tue, "Morgen, woensdag, wordt hij gekozen.", "Morgen=2000-09-13 | woensdag=2000-09-13"},
		{tue, "Gisteren (zaterdag) was het druk.", "Gisteren=2000-09-11 | zaterdag=2000-09-09"},
		{tue, "Dinsdagmorgen en dinsdag morgen.", "Dinsdagmorgen=2000-09-12 | dinsdag=2000-09-12"},
		// in brackets: the tense of the sentence
		{tue, "Hij sprak (vrijdag) met de pers.", "vrijdag=2000-09-08"},
		// jongstleden, aanstaande, Flemish voorbije
		{tue, "Dinsdag jl. en dinsdag a.s.", "Dinsdag jl.=2000-09-05 | dinsdag a.s.=2000-09-19"},
		{tue, "Voorbije zondag was het druk.", "Voorbije zondag=2000-09-10"},
	})
}

// TestFits: a day inside a month fits it; two days, or a weekday on the
// wrong day, do not.
func TestFits(t *testing.T) {
	dec := MonthValue(2021, 12)
	for _, tt := range []struct {
		name string
		a    Value
		aw   int
		b    Value
		bw   int
		want bool
	}{
		{"day in month", DayValue(2021, 12, 7), 0, dec, 0, true},
		{"two days", DayValue(2021, 12, 7), 0, DayValue(2021, 12, 30), 0, false},
		{"same day", DayValue(2021, 12, 7), 0, DayValue(2021, 12, 7), 0, true},
		{"Thursday of December, a Tuesday", dec, 4, DayValue(2021, 12, 7), 0, false},
		{"Thursday of December, a Thursday", dec, 4, DayValue(2021, 12, 30), 0, true},
		{"Thursday and Tuesday of December", dec, 4, dec, 2, false},
		{"Thursday of December and December", dec, 4, dec, 0, true},
		{"April and December", MonthValue(2021, 4), 0, dec, 0, false},
		{"two years", YearValue(2021), 0, YearValue(2022), 0, false},
		{"week and day", WeekValue(2021, 49), 0, DayValue(2021, 12, 7), 0, true},
		{"zero", Value{}, 0, dec, 0, false},
	} {
		if got := Fits(tt.a, tt.aw, tt.b, tt.bw); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if got := Fits(tt.b, tt.bw, tt.a, tt.aw); got != tt.want {
			t.Errorf("%s, swapped: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestWeekdayKept: a bare weekday that the article date cannot place
// keeps its weekday beside the month; placed, it needs none.
func TestWeekdayKept(t *testing.T) {
	for _, tt := range []struct {
		ref  Ref
		want string
		wd   int
	}{
		{Ref{Year: 2021, Month: 12}, "2021-12", 4},
		{Ref{Year: 2021, Month: 12, Day: 28}, "2021-12-30", 0},
	} {
		es := ResolveSentence("Biden en Poetin bellen donderdag.", tt.ref)
		if len(es) != 1 || es[0].Value.String() != tt.want || es[0].Weekday != tt.wd {
			t.Errorf("%s: %+v, want %s with weekday %d", tt.ref, es, tt.want, tt.wd)
		}
	}
}
