package corpus

import (
	"strings"
	"testing"
)

// sentencesOf parses a one-paragraph article and returns its sentences.
func sentencesOf(t *testing.T, para string) []string {
	t.Helper()
	a, err := Parse("t.txt", []byte("date 2021-12 "+para))
	if err != nil {
		t.Fatalf("Parse(%q): %v", para, err)
	}
	var out []string
	for _, s := range a.Sentences {
		out = append(out, s.Of(a.Text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // sentences, in order
	}{
		{"two sentences", "Biden belde Poetin. Het gesprek duurde een uur.",
			[]string{"Biden belde Poetin.", "Het gesprek duurde een uur."}},
		{"question and exclamation", "Wat nu? Niemand weet het! Toch gaat het door.",
			[]string{"Wat nu?", "Niemand weet het!", "Toch gaat het door."}},
		{"o.a.", "Er kwamen o.a. Duitse en Franse diplomaten. Zij spraken lang.",
			[]string{"Er kwamen o.a. Duitse en Franse diplomaten.", "Zij spraken lang."}},
		{"bijv. before capital", "Landen als bijv. Polen zijn bezorgd.",
			[]string{"Landen als bijv. Polen zijn bezorgd."}},
		{"titles", "Dhr. Jansen sprak met mevr. De Vries en prof. dr. Bakker. Mr. Smit zweeg.",
			[]string{"Dhr. Jansen sprak met mevr. De Vries en prof. dr. Bakker.", "Mr. Smit zweeg."}},
		{"drs. and ca. and nr.", "Volgens drs. Visser kwamen ca. 100 mensen naar zaal nr. 5 in het gebouw.",
			[]string{"Volgens drs. Visser kwamen ca. 100 mensen naar zaal nr. 5 in het gebouw."}},
		{"dotted abbreviations", "Het gaat om de NAVO, d.w.z. de VS en Europa. Ook m.b.t. Rusland, t.a.v. Oekraïne en i.p.v. Genève.",
			[]string{"Het gaat om de NAVO, d.w.z. de VS en Europa.", "Ook m.b.t. Rusland, t.a.v. Oekraïne en i.p.v. Genève."}},
		{"initials", "Secretaris-generaal J. Stoltenberg sprak met J.F. Kennedy jr. over de NAVO.",
			[]string{"Secretaris-generaal J. Stoltenberg sprak met J.F. Kennedy jr. over de NAVO."}},
		{"numbers with dots", "Zeker 14.000 mensen kwamen om. Het ging om 1.000 militairen.",
			[]string{"Zeker 14.000 mensen kwamen om.", "Het ging om 1.000 militairen."}},
		{"ordinal", "Hij eindigde als 3. na de finale. Daarna stopte hij.",
			[]string{"Hij eindigde als 3. na de finale.", "Daarna stopte hij."}},
		{"list numbers", "Punten:\n1. Eerste punt.\n2. Tweede punt.",
			[]string{"Punten:\n1. Eerste punt.", "2. Tweede punt."}},
		{"list number at paragraph start", "1. De NAVO breidt uit.",
			[]string{"1. De NAVO breidt uit."}},
		{"ordinal suffix", "Het was de 3e keer. De 21ste eeuw begon.",
			[]string{"Het was de 3e keer.", "De 21ste eeuw begon."}},
		{"final abbreviation before capital", "Ze kochten brood, kaas enz. Daarna gingen ze naar huis.",
			[]string{"Ze kochten brood, kaas enz.", "Daarna gingen ze naar huis."}},
		{"final abbreviation before lower case", "Brood, kaas enz. werden gekocht.",
			[]string{"Brood, kaas enz. werden gekocht."}},
		{"jl. and a.s.", "Op 7 december jl. sprak hij. Op maandag a.s. volgt een vervolg.",
			[]string{"Op 7 december jl. sprak hij.", "Op maandag a.s. volgt een vervolg."}},
		{"e.d.", "Wapens, munitie e.d. zijn verboden. Dat zei de minister.",
			[]string{"Wapens, munitie e.d. zijn verboden.", "Dat zei de minister."}},
		{"capitals are not abbreviations", "Hij sprak met de VS. Daarna belde hij de EU.",
			[]string{"Hij sprak met de VS.", "Daarna belde hij de EU."}},
		{"digit-start sentence", "Dat gebeurde in 2014. 14.000 mensen kwamen om.",
			[]string{"Dat gebeurde in 2014.", "14.000 mensen kwamen om."}},
		{"quoted sentence after period", `Hij zei het duidelijk. "Wij gaan door," aldus Biden.`,
			[]string{"Hij zei het duidelijk.", `"Wij gaan door," aldus Biden.`}},
		{"no split inside straight quotes", `"We zijn bezorgd. Maar we praten", zei hij. Daarna ging hij weg.`,
			[]string{`"We zijn bezorgd. Maar we praten", zei hij.`, "Daarna ging hij weg."}},
		{"no split inside low-high quotes", "„Niemand wil oorlog. Echt niemand!” zei hij. Dat was duidelijk.",
			[]string{"„Niemand wil oorlog. Echt niemand!” zei hij.", "Dat was duidelijk."}},
		{"no split inside single quotes", "Hij noemde het 'een fout. Een grote fout' en vertrok. Toen viel het stil.",
			[]string{"Hij noemde het 'een fout. Een grote fout' en vertrok.", "Toen viel het stil."}},
		{"no split inside guillemets", "Ze noemde het «een fout. Een grote fout» en vertrok.",
			[]string{"Ze noemde het «een fout. Een grote fout» en vertrok."}},
		{"quote closes the sentence", `Hij zei: "We gaan door." Toen vertrok hij.`,
			[]string{`Hij zei: "We gaan door."`, "Toen vertrok hij."}},
		{"quoted question then lower case", "„Waarom?” vroeg hij. Niemand antwoordde.",
			[]string{"„Waarom?” vroeg hij.", "Niemand antwoordde."}},
		{"typographic quotes and apostrophe", "Het gaat om twee regio’s. “Dat is ’t probleem,” zei Poetin’s woordvoerder. Einde.",
			[]string{"Het gaat om twee regio’s.", "“Dat is ’t probleem,” zei Poetin’s woordvoerder.", "Einde."}},
		{"stray quote does not swallow", `Hij zei " niets. Toen ging hij. Daarna "kwam het.`,
			[]string{`Hij zei " niets.`, "Toen ging hij.", `Daarna "kwam het.`}},
		{"unclosed quote is ignored", `Hij zei "niets. Toen ging hij.`,
			[]string{`Hij zei "niets.`, "Toen ging hij."}},
		{"ellipsis", "Hij aarzelde... Toen sprak hij… Daarna... nee.",
			[]string{"Hij aarzelde...", "Toen sprak hij…", "Daarna... nee."}},
		{"no space after period", "Zie nos.nl voor meer. En ook nu.nl.",
			[]string{"Zie nos.nl voor meer.", "En ook nu.nl."}},
		{"parenthesis", "Het kabinet (dat sinds januari zit) besloot. (Dat was verwacht.) Daarna volgde kritiek.",
			[]string{"Het kabinet (dat sinds januari zit) besloot.", "(Dat was verwacht.)", "Daarna volgde kritiek."}},
		{"'s at sentence start", "Het was laat. 's Avonds kwam het bericht.",
			[]string{"Het was laat.", "'s Avonds kwam het bericht."}},
		{"lower case after period", "Het bedrag is 2,5 mln. euro per jaar.",
			[]string{"Het bedrag is 2,5 mln. euro per jaar."}},
		{"diacritics", "Oekraïne is bezorgd. Genève was de plek. Coördinatie ontbrak.",
			[]string{"Oekraïne is bezorgd.", "Genève was de plek.", "Coördinatie ontbrak."}},
		{"no final punctuation", "Dit is een lange zin zonder punt aan het einde maar wel met genoeg woorden om geen kop te zijn, echt waar",
			[]string{"Dit is een lange zin zonder punt aan het einde maar wel met genoeg woorden om geen kop te zijn, echt waar"}},
		{"newline inside paragraph", "Eerste regel van de alinea.\nTweede regel van de alinea.",
			[]string{"Eerste regel van de alinea.", "Tweede regel van de alinea."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentencesOf(t, tt.in)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("sentences of %q:\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHeadingAndRelatedAreOneSentence(t *testing.T) {
	src := "date 2021-12 Eerste zin. Tweede zin.\n\nKop met dr. Jansen en J. Smit\n\nTekst. Meer tekst.\n\nLees ook: Wat nu? Een analyse. Van dr. Smit."
	a, err := Parse("t.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	kinds := []ParaKind{Lead, Heading, Body, Related}
	counts := []int{2, 1, 2, 1}
	if len(a.Paragraphs) != len(kinds) {
		t.Fatalf("%d paragraphs, want %d", len(a.Paragraphs), len(kinds))
	}
	for i, p := range a.Paragraphs {
		if p.Kind != kinds[i] || p.Sentences.Len() != counts[i] {
			t.Errorf("paragraph %d: kind %v with %d sentences, want %v with %d", i, p.Kind, p.Sentences.Len(), kinds[i], counts[i])
		}
	}
}
