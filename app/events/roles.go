package events

import (
	"unicode"
	"unicode/utf8"

	"corpusexplorer/app/text"
)

// Roles are the participants of a mention, as byte spans of the text.
type Roles struct {
	Agent, Patient []text.Span
	// Place are the names of where it happened: the phrases after "in",
	// "te", "bij", "nabij", "op" (and for a movement "naar", "vanaf",
	// "uit") that hold a capitalised word.
	Place []text.Span
}

// phrase is a noun phrase of a clause; oblique when a preposition other
// than "met" governs it ("in de Tweede Kamer"), which makes it neither
// agent nor patient.
type phrase struct {
	span    text.Span
	oblique bool
	// by is set for the phrase after "door" (the agent of a passive).
	by bool
	// of is set for the phrase after "van" (the patient of a noun).
	of bool
	// prep is the preposition that governs the phrase, "" when none.
	prep string
	// named is set when a word of the phrase is capitalised.
	named bool
	// first and last are the phrase's first and last token.
	first, last int
	// coord is set when "en" joins the phrase to the one before it,
	// whose preposition it then shares.
	coord bool
}

// roles finds the participants of the trigger at toks[i] in its clause
// [start, end], from Dutch word order alone (no parser):
//   - the subject is the first phrase of the clause that no preposition
//     governs, the object the next one;
//   - the subject is the agent, the object the patient; but the subject
//     is the patient of a passive ("werd gearresteerd door de politie":
//     the phrase after "door" is then the agent) and, when it has no
//     object, of the happenings that befall it (dying, being injured,
//     moving, leaving office, going bankrupt);
//   - a noun trigger ("de arrestatie van X") takes the phrase after "van"
//     as its patient.
func roles(src string, toks []text.Token, ty Type, i, start, end int) Roles {
	var r Roles
	passive := false
	for k := start; k <= end; k++ {
		switch toks[k].Fold {
		case "werd", "werden", "wordt", "worden":
			passive = true
		}
	}
	ps := phrases(src, toks, start, end, i)
	// Phrases joined by "en" fill one role together ("Zweden en Finland
	// tekenden", "tussen Rusland en de VS").
	var core, by, of, with, between [][]text.Span
	add := func(list *[][]text.Span, p phrase) {
		if p.coord && len(*list) > 0 {
			(*list)[len(*list)-1] = append((*list)[len(*list)-1], p.span)
			return
		}
		*list = append(*list, []text.Span{p.span})
	}
	for _, p := range ps {
		if p.place(ty) && toks[i].Fold != "volgens" {
			r.Place = append(r.Place, p.span)
		}
		switch {
		case p.by:
			add(&by, p)
		case p.of:
			add(&of, p)
		case p.prep == "tussen":
			add(&between, p)
		case !p.oblique:
			if p.prep == "met" && p.first > i {
				add(&with, p)
			}
			add(&core, p)
		}
	}
	noun := i > start && isDeterminer(toks[i-1].Fold)
	switch {
	case noun:
		switch {
		case len(of) > 0:
			r.Patient = of[0]
		case len(with) > 0:
			r.Patient = with[0]
		}
		switch {
		case len(by) > 0:
			r.Agent = by[0]
		case len(between) > 0:
			r.Agent = between[0]
		}
	case passive:
		if len(by) > 0 {
			r.Agent = by[0]
		}
		if len(core) > 0 {
			r.Patient = core[0]
		}
	case undergoer(ty) && len(core) == 1:
		r.Patient = core[0]
	default:
		if len(core) > 0 {
			r.Agent = core[0]
		}
		if len(core) > 1 {
			r.Patient = core[1]
		}
	}
	return r
}

// place reports whether the phrase names where a happening of type ty
// took place.
func (p phrase) place(ty Type) bool {
	if !p.named {
		return false
	}
	switch p.prep {
	case "in", "te", "bij", "nabij", "op":
		return true
	case "naar", "vanaf", "uit":
		return ty.Type == "Movement"
	}
	return false
}

// sentencePlaces works out the places named anywhere in a sentence once,
// for the mentions whose own clause names none.
type sentencePlaces struct {
	src   string
	toks  []text.Token
	done  bool
	spans []text.Span
}

// get returns the places of the sentence, for a mention of any type but
// a movement (whose "naar" and "uit" are its own).
func (sp *sentencePlaces) get() []text.Span {
	if !sp.done {
		sp.done = true
		for _, p := range phrases(sp.src, sp.toks, 0, len(sp.toks)-1, -1) {
			if p.place(Type{}) {
				sp.spans = append(sp.spans, p.span)
			}
		}
	}
	return sp.spans
}

// undergoer reports the types whose subject undergoes the happening.
func undergoer(t Type) bool {
	switch t.Subtype {
	case "Die", "Injure", "Be-Born", "Transport-Person", "End-Position", "Declare-Bankruptcy", "End-Org", "Release-Parole":
		return true
	}
	return false
}

// phrases returns the noun phrases of toks[from..to] other than the
// trigger at toks[skip], in order: a run of capitalised words (name
// particles and hyphenated parts inside it), or a determiner or number
// and the words after it up to a function word. It is a rough chunker,
// enough to place participants.
func phrases(src string, toks []text.Token, from, to, skip int) []phrase {
	var out []phrase
	prep := ""
	for k := from; k <= to && k < len(toks); k++ {
		t := toks[k]
		if k == skip {
			prep = ""
			continue
		}
		if t.Kind != text.Word && t.Kind != text.Number {
			continue
		}
		if isPreposition(t.Fold) {
			prep = t.Fold
			continue
		}
		starts := isDeterminer(t.Fold) || t.Kind == text.Number || isQuantity(t.Fold) || capitalised(src, t) && !isFunction(t.Fold)
		if !starts {
			if isFunction(t.Fold) || isVerbLike(t.Fold) {
				prep = ""
			}
			continue
		}
		// A phrase opened by a determiner or a number runs on over its
		// words ("haar Turkse collega"); a name stops at the first
		// lowercase word ("Philips ontslaat").
		det := !capitalised(src, t) || isDeterminer(t.Fold)
		e := k
		for e+1 <= to && e+1 != skip && e-k < 6 {
			n := toks[e+1]
			if n.Hyphen || capitalised(src, n) && !isFunction(n.Fold) ||
				isParticle(n.Fold) && e+2 <= to && capitalised(src, toks[e+2]) ||
				n.Kind == text.Word && (det || !capitalised(src, toks[e])) && !isFunction(n.Fold) && !isPreposition(n.Fold) && !isVerbLike(n.Fold) {
				e++
				continue
			}
			break
		}
		named := false
		for j := k; j <= e; j++ {
			if capitalised(src, toks[j]) && !isFunction(toks[j].Fold) && !isDeterminer(toks[j].Fold) {
				named = true
			}
		}
		coord := false
		if n := len(out); n > 0 && prep == "" && k >= 2 && toks[k-1].Fold == "en" && out[n-1].last == k-2 {
			prep, coord = out[n-1].prep, true
		}
		out = append(out, phrase{
			span:    text.Span{Start: t.Start, End: toks[e].End},
			oblique: prep != "" && prep != "met" && prep != "door" && prep != "van",
			by:      prep == "door",
			of:      prep == "van",
			prep:    prep,
			named:   named,
			first:   k,
			last:    e,
			coord:   coord,
		})
		prep = ""
		k = e
	}
	return out
}

func capitalised(src string, t text.Token) bool {
	r, _ := utf8.DecodeRuneInString(src[t.Start:t.End])
	return t.Kind == text.Word && unicode.IsUpper(r)
}

func isDeterminer(w string) bool {
	switch w {
	case "de", "het", "een", "deze", "dit", "zijn", "haar", "hun", "mijn", "ons", "onze", "beide":
		return true
	}
	return false
}

func isQuantity(w string) bool {
	switch w {
	case "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "honderden", "duizenden", "tientallen", "enkele", "veel", "vele":
		return true
	}
	return false
}

func isParticle(w string) bool {
	switch w {
	case "van", "de", "der", "den", "ter", "te", "la", "le", "el", "al", "bin":
		return true
	}
	return false
}

func isPreposition(w string) bool {
	switch w {
	case "in", "op", "aan", "met", "voor", "naar", "uit", "bij", "over", "door", "tegen", "om", "na", "sinds", "tot", "van", "onder", "tussen", "tijdens", "wegens", "vanwege", "volgens", "zonder", "namens":
		return true
	}
	return false
}

// isFunction reports the words that end a phrase and start none: verbs of
// being and helping, conjunctions, pronouns that stand for no one here,
// adverbs of time and degree.
func isFunction(w string) bool {
	switch w {
	case "is", "was", "zijn", "waren", "heeft", "hebben", "had", "hadden", "wordt", "werd", "werden", "worden",
		"zal", "zullen", "kan", "kon", "moet", "moest", "wil", "wilde", "zou", "zouden", "gaat", "gaan",
		"en", "of", "maar", "dat", "omdat", "als", "die", "dan", "toen", "zo",
		"gisteren", "vandaag", "morgen", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
		"eerder", "later", "volgende", "vorige", "afgelopen", "week", "jaar", "maand", "dag",
		"niet", "geen", "ook", "nog", "al", "zich", "er", "wereldwijd", "opnieuw", "definitief", "formeel":
		return true
	}
	return false
}

// isVerbLike reports a few verbs that often follow a subject and end it.
func isVerbLike(w string) bool {
	switch w {
	case "raakte", "raakten", "kwam", "kwamen", "legt", "legde", "maakte", "maakten", "staat", "stond", "blijft", "bleef", "krijgt", "kreeg":
		return true
	}
	return false
}
