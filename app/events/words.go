package events

import (
	"slices"

	"corpusexplorer/app/text"
)

// The closed word classes that roles and triggers test words for, looked
// up in one small open-addressing table: in WebAssembly a switch over
// dozens of strings costs several string comparisons per word, the
// table one probe, and a word of several classes ("zijn", "van") is
// looked up once for all of them.

// wordClass is a set of the classes of a folded word.
type wordClass uint16

// The word classes.
const (
	wDeterminer    wordClass = 1 << iota // isDeterminer
	wPronoun                             // isPronoun
	wQuantity                            // isQuantity
	wParticle                            // isParticleTok
	wPreposition                         // isPreposition
	wFunction                            // isFunction, its fixed words
	wVerbLike                            // isVerbLike
	wBareAdjective                       // bareAdjective
	wClauseBreak                         // clauseBreak, its words
	wNominal                             // nominal
	wFinite                              // a finite form of a verb of verbForms, see finiteForms
)

// classList is the words of a class.
type classList struct {
	class wordClass
	words []string
}

// classLists are the words of each class but wFinite's (see classWords).
var classLists = []classList{
	{wDeterminer, []string{"de", "het", "een", "deze", "dit", "zijn", "haar", "hun", "mijn", "ons", "onze", "beide"}},
	{wPronoun, []string{"hij", "zij", "ze", "hem", "wij", "we", "ik", "jij", "u"}},
	{wQuantity, []string{"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "honderden", "duizenden", "tientallen", "enkele", "veel", "vele"}},
	{wParticle, []string{"van", "de", "der", "den", "ter", "te", "la", "le", "el", "al", "bin"}},
	{wPreposition, []string{"in", "op", "aan", "met", "voor", "naar", "uit", "bij", "over", "door", "tegen", "om", "na", "sinds", "tot", "van", "onder", "tussen", "tijdens", "wegens", "vanwege", "volgens", "zonder", "namens", "vanaf", "vanuit", "rond", "rondom", "richting", "via", "langs", "nabij", "naast", "buiten", "achter", "ondanks", "dankzij", "jegens", "omtrent", "ter"}},
	{wFunction, []string{"is", "was", "zijn", "waren", "heeft", "hebben", "had", "hadden", "wordt", "werd", "werden", "worden",
		"zal", "zullen", "kan", "kon", "moet", "moest", "wil", "wilde", "zou", "zouden", "gaat", "gaan",
		"en", "of", "maar", "dat", "omdat", "als", "die", "dan", "toen", "zo",
		"gisteren", "vandaag", "morgen", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
		"eerder", "later", "volgende", "vorige", "afgelopen", "week", "jaar", "maand", "dag",
		"niet", "geen", "ook", "nog", "al", "zich", "er", "wereldwijd", "opnieuw", "definitief", "formeel", "verder"}},
	{wVerbLike, []string{"raakte", "raakten", "kwam", "kwamen", "legt", "legde", "maakte", "maakten", "staat", "stond", "blijft", "bleef", "krijgt", "kreeg"}},
	{wBareAdjective, []string{"goed", "slecht", "kort", "lang", "nieuw", "oud", "groot", "klein", "open", "vertrouwelijk", "constructief",
		"bilateraal", "hard", "stevig", "zwaar", "telefonisch", "persoonlijk", "informeel", "formeel", "eerste", "tweede", "derde"}},
	{wClauseBreak, []string{"dat", "omdat", "maar", "terwijl", "nadat", "voordat", "waardoor", "zodat"}},
	{wNominal, []string{"verdachte", "gewonde", "overledene", "betrokkene", "gedupeerde", "getroffene", "gevangene", "ontvoerde", "vermiste",
		"gearresteerde", "veroordeelde", "beklaagde", "beschuldigde", "gedetineerde", "werkloze", "dode", "zieke", "inzittende", "genodigde"}},
}

// classWords returns every class with its words: classLists and the
// finite forms of the verbs of verbForms.
func classWords() []classList {
	return append(slices.Clone(classLists), classList{wFinite, finiteForms()})
}

// finiteForms returns the finite forms of the verbs of verbForms that
// open a clause of their own after "en" or "of" ("... en staken het
// gebouw in brand", "en stappen naar de rechter"): the present and the
// past, not the first person (stap, val, deel, stem: mostly nouns), nor
// "zijn" (also a possessive), nor forms that are mostly nouns or
// adjectives (kosten, stemmen, namen, open).
func finiteForms() []string {
	noun := map[string]bool{"namen": true, "schoten": true, "reden": true, "sloten": true, "gaven": true, "licht": true, "open": true,
		"delen": true, "stemmen": true, "vallen": true, "lichten": true, "kosten": true, "worden": true}
	var out []string
	for verb, fs := range verbForms() {
		if verb == "zijn" {
			continue
		}
		// the plural present (the infinitive's form) and the other finite
		// forms
		finite := append([]string{fs[0]}, fs[1:len(fs)-1]...)
		if len(fs) == 6 {
			finite = append([]string{fs[0]}, fs[2:5]...) // without the first person
		}
		for _, f := range finite {
			if !noun[f] {
				out = append(out, f)
			}
		}
	}
	return out
}

// classSlots is the size of classTable, a power of two several times the
// number of words, so that most words not in it find an empty slot at
// once.
const classSlots = 1024

// classEntry is a slot of classTable: a word and its classes.
type classEntry struct {
	word  string
	class wordClass
}

// classTable holds the words of classLists by classHash, each in the
// first free slot from its hash on.
var classTable = func() *[classSlots]classEntry {
	t := new([classSlots]classEntry)
	for _, l := range classWords() {
		for _, w := range l.words {
			h := classHash(w)
			for t[h].word != "" && t[h].word != w {
				h = (h + 1) & (classSlots - 1)
			}
			t[h].word = w
			t[h].class |= l.class
		}
	}
	return t
}()

// classByID gives the classes of the words of classTable by the id of
// their fold in the vocabulary, so that a token's classes are one load,
// not a hash of its fold.
var classByID = func() (t text.FoldTable[wordClass]) {
	for _, e := range classTable {
		if e.word != "" {
			t.Put(e.word, e.class)
		}
	}
	return t
}()

// classOfToken returns the classes of the fold of t (see classOf).
func classOfToken(t text.Token) wordClass { return classByID.At(t.FoldID) }

// classHash hashes a non-empty word by its length and three of its bytes.
func classHash(w string) uint {
	n := len(w)
	return (uint(n)*257 + uint(w[0])*31 + uint(w[n-1])*7 + uint(w[n/2])) & (classSlots - 1)
}

// classOf returns the classes of the folded word w, 0 for none.
func classOf(w string) wordClass {
	if w == "" {
		return 0
	}
	for h := classHash(w); ; h = (h + 1) & (classSlots - 1) {
		e := &classTable[h]
		if e.word == "" {
			return 0
		}
		if len(e.word) == len(w) && e.word == w {
			return e.class
		}
	}
}
