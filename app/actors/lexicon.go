package actors

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"corpusexplorer/app/text"
)

// The word lists of the discovery rules, written by hand (see the comments
// at the top of each file). All entries are compared folded.
var (
	//go:embed lexicon/common.lst
	commonList string
	//go:embed lexicon/firstnames.lst
	firstList string
	//go:embed lexicon/places.lst
	placeList string
	//go:embed lexicon/orgwords.lst
	orgWordList string
	//go:embed lexicon/orgsuffixes.lst
	orgSuffixList string
	//go:embed lexicon/titles.lst
	titleList string
	//go:embed lexicon/nonnames.lst
	nonNameList string
	//go:embed lexicon/misc.lst
	miscList string
	//go:embed lexicon/other.lst
	otherList string
)

// lexicon holds the folded word lists.
type lexicon struct {
	common      map[string]bool // frequent lower-case words
	commonStem  map[string]bool // their Snowball stems
	first       map[string]bool // first names
	places      map[string]bool // place names, folded words joined by spaces
	orgWord     map[string]bool
	orgSuffixes []string
	title       map[string]bool
	nonName     map[string]bool
	otherWord   map[string]bool // non-names that are names of another kind: Amerikaanse, Nederlands, Tour
	otherNames  []string        // names of events, works, laws, products (other.lst)
	particle    map[string]bool
	connector   map[string]bool
	event       map[string]bool
	eventHead   map[string]bool // last words of event, prize and law names: Cup, Open, -wet
	eventFirst  map[string]bool // first words of such names before more words: Memorial, Wet
	article     map[string]bool
	abbrev      map[string]bool
	placePrefix map[string]bool
	placeHead   map[string]bool // kinds of place before a particle: Col de Vars
	building    map[string]bool // buildings and venues: Paleis, Stadion, Kerk
	faith       []string        // endings of church adjectives: protestantse, katholieke
	sayVerb     map[string]bool
	placePart   map[string]bool // particles inside place names: op, aan, ten
	dative      map[string]bool // old dative particles: ten, ter, den
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func getLexicon() *lexicon {
	lexOnce.Do(func() { lex = buildLexicon() })
	return lex
}

// words returns the folded whitespace-separated words of a list, skipping
// comment lines.
func words(list string) []string {
	var out []string
	for _, line := range strings.Split(list, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			out = append(out, text.FoldWord(w))
		}
	}
	return out
}

// entries returns the comma- or line-separated entries of a list, each as
// folded words joined by single spaces.
func entries(list string) []string {
	var out []string
	for _, line := range strings.Split(list, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, e := range strings.Split(line, ",") {
			if k := strings.Join(wordFolds(e), " "); k != "" {
				out = append(out, k)
			}
		}
	}
	return out
}

func set(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// sections splits misc.lst into its [name] sections.
func sections(list string) map[string]string {
	out := make(map[string]string)
	name := ""
	for _, line := range strings.Split(list, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
			name = t[1 : len(t)-1]
			continue
		}
		out[name] += line + "\n"
	}
	return out
}

func buildLexicon() *lexicon {
	l := &lexicon{
		common:  set(words(commonList)),
		first:   set(words(firstList)),
		places:  set(entries(placeList)),
		orgWord: set(words(orgWordList)),
		title:   set(words(titleList)),
	}
	nn := sections(nonNameList)
	l.otherWord = set(words(nn["name"]))
	l.nonName = set(append(words(nn["name"]), words(nn["plain"])...))
	for _, line := range strings.Split(otherList, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, n := range strings.Split(line, ",") {
			if n = strings.TrimSpace(n); n != "" {
				l.otherNames = append(l.otherNames, n)
			}
		}
	}
	l.orgSuffixes = words(orgSuffixList)
	sec := sections(miscList)
	l.particle = set(words(sec["particle"]))
	l.article = set(words(sec["article"]))
	l.connector = set(words(sec["connector"]))
	l.event = set(words(sec["event"]))
	l.eventHead = set(words(sec["eventhead"]))
	l.eventFirst = set(words(sec["eventfirst"]))
	l.abbrev = set(words(sec["abbrev"]))
	l.placePrefix = set(words(sec["placeprefix"]))
	l.building = set(words(sec["building"]))
	l.faith = words(sec["denomination"])
	l.placeHead = set(words(sec["placehead"]))
	for w := range l.building {
		l.placeHead[w] = true // Kasteel de Merode
	}
	l.sayVerb = set(words(sec["sayverb"]))
	l.placePart = set(words(sec["placeparticle"]))
	l.dative = set(words(sec["dative"]))
	l.commonStem = make(map[string]bool, len(l.common))
	for w := range l.common {
		l.commonStem[text.Stem(w)] = true
	}
	return l
}

// isCommonWord reports whether a folded word is a frequent lower-case
// word: a stop word, in the list, sharing a stem with one, or a compound
// whose last part is one (Bomaanslag, Satellietbeelden), or of a common
// derived shape (-heid, -ing, -lijk...).
func (l *lexicon) isCommonWord(f string) bool {
	if text.IsStopWord(f) || l.common[f] || l.title[f] {
		return true
	}
	if l.commonStem[text.Stem(f)] {
		return true
	}
	return l.commonShape(f)
}

// commonShape reports whether a folded word looks like a Dutch common word
// by its ending or as a compound of a common last part.
func (l *lexicon) commonShape(f string) bool {
	for _, s := range commonSuffixes {
		if len(f) > len(s)+2 && strings.HasSuffix(f, s) {
			return true
		}
	}
	// Compound: a common word of at least 4 letters after at least 3.
	for i := 3; i+4 <= len(f); i++ {
		tail := f[i:]
		if l.common[tail] && !text.IsStopWord(tail) {
			return true
		}
	}
	return false
}

// commonSuffixes are endings of Dutch derived nouns, adjectives and verb
// forms that names rarely have.
var commonSuffixes = []string{
	"heid", "heden", "ing", "ingen", "tie", "ties", "sie", "lijk", "lijke", "lijkheid", "baar", "bare",
	"loos", "loze", "isme", "iteit", "schap", "schappen", "nis", "nissen", "achtig", "achtige", "ische",
	"isch", "zaam", "zame", "erij", "elijk", "ieve", "ief", "aire", "uele", "ueel", "ende", "ten", "den",
	"tjes", "pjes", "je", "jes", "eren", "elen", "igen", "ogen", "eerd", "eerde", "atie", "aties",
}

// placeShape reports whether a folded word ends like a place name, or of
// a street or square (see streetShape).
func (l *lexicon) placeShape(f string) bool {
	if streetShape(f) {
		return true
	}
	for _, s := range []string{"gem", "kerke", "zele", "rode", "beek", "donk", "dam", "burg", "bourg", "stad",
		"dorp", "heim", "hausen", "ville", "polis", "grad", "stan", "ie", "land", "ingen", "hoven", "huizen", "mond",
		"veen", "wijk", "berg", "stede", "drecht", "kerk", "horst"} {
		if len(f) > len(s)+2 && strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}

// surnameShape reports whether a folded word looks like a Flemish or Dutch
// surname: Vandenbroucke, Verhofstadt, Dewinter, Janssens.
func (l *lexicon) surnameShape(f string) bool {
	for _, p := range []string{"vande", "vanden", "vander", "van", "ver", "de", "le"} {
		if len(f) > len(p)+3 && strings.HasPrefix(f, p) && !l.common[f] {
			return true
		}
	}
	for _, s := range []string{"ens", "aert", "aerts", "ckx", "cx", "ghe", "ghem", "ssen", "sens", "ers", "man", "mans", "ck", "cke"} {
		if len(f) > len(s)+2 && strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}

// streetWords are the words that name a street or square, by themselves
// (de Dam, de Grote Markt) or as the last part of a compound
// (Kalverstraat, Lange Leidsedwarsstraat, Coolsingel, Museumplein).
var streetWords = []string{"straat", "weg", "laan", "plein", "gracht", "kade", "dijk", "singel", "markt",
	"steeg", "pad", "dreef", "plantsoen", "dam"}

// surnameHeads are particles that Dutch and Flemish surnames write in one
// word with a street word: Verlaan, Verkade, Versteeg, Vandijk,
// Vanderlaan, Terweg. Such a word is no street.
var surnameHeads = []string{"van", "vande", "vanden", "vander", "ver", "ter", "ten", "de", "den", "der", "op"}

// streetShape reports whether a folded word is a street word or ends in
// one as a whole compound part after at least three letters: Kalverstraat,
// Leidsedwarsstraat, Coolsingel, but not Dijkhoff, Rijkswaterstaat or the
// surnames Verlaan and Versteeg. Plain -dam is left to placeShape
// (Rotterdam), so only the word Dam itself counts here.
func streetShape(f string) bool {
	for _, s := range streetWords {
		if f == s {
			return true
		}
		head, ok := strings.CutSuffix(f, s)
		if !ok || s == "dam" || len(head) < 3 || slices.Contains(surnameHeads, head) {
			continue
		}
		return true
	}
	return false
}

// buildingWord reports whether a folded word names a building or venue:
// a [building] word, or one of at least six letters as the last part of a
// compound after at least three letters (Koningspaleis, Olympiastadion).
func (l *lexicon) buildingWord(f string) bool {
	if l.building[f] {
		return true
	}
	for i := 3; i+6 <= len(f); i++ {
		if l.building[f[i:]] {
			return true
		}
	}
	return false
}

// streetPrefix reports whether a folded word starts a street name as an
// adjective of its length: Lange Voorhout, Korte Vijverberg.
func streetPrefix(f string) bool { return f == "lange" || f == "korte" }
