package explore

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/events"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
)

// subtypeNouns name each event subtype in a few English words, as a label
// ends: "Biden – Poetin · phone call".
var subtypeNouns = map[string]string{
	"Start-Org": "founding", "End-Org": "closure", "Merge-Org": "merger", "Declare-Bankruptcy": "bankruptcy",
	"Attack": "attack", "Demonstrate": "protest",
	"Meet": "meeting", "Correspondence": "call", "Broadcast": "statement", "Contact": "talks",
	"Arrest-Jail": "arrest", "Release-Parole": "release", "Trial-Hearing": "trial", "Charge-Indict": "charge",
	"Sue": "lawsuit", "Convict": "conviction", "Sentence": "sentence", "Fine": "fine", "Execute": "execution",
	"Extradite": "extradition", "Acquit": "acquittal", "Appeal": "appeal", "Pardon": "pardon", "Investigate": "investigation",
	"Be-Born": "birth", "Marry": "wedding", "Divorce": "divorce", "Injure": "injury", "Die": "death",
	"Transport-Person": "people or troops moved", "Transport-Artifact": "goods moved",
	"Start-Position": "takes office", "End-Position": "leaves office", "Nominate": "nomination", "Elect": "election",
	"Transfer-Money": "payment", "Transfer-Ownership": "sale",
	"Sanction": "sanctions", "Agreement": "agreement", "Annex": "annexation", "Law": "law",
}

// actVerbs are the speech acts as the verb of a label: "Kremlin confirms".
var actVerbs = map[string]string{
	"demand": "demands", "warn": "warns", "threaten": "threatens", "criticize": "criticizes",
	"propose": "proposes", "appeal": "appeals to", "support": "supports", "deny": "denies", "confirm": "confirms",
}

// SubtypeName names an event subtype for people: "meeting", "arrest".
func SubtypeName(t events.Type) string {
	if n, ok := subtypeNouns[t.Subtype]; ok {
		return n
	}
	return strings.ToLower(t.Subtype)
}

// ModalityNote says, for a label, that a happening did not (yet) happen
// as told: "planned", "did not happen", "if"; "" when asserted.
func ModalityNote(m events.Modality) string {
	switch m {
	case events.Planned:
		return "planned"
	case events.Negated:
		return "did not happen"
	case events.Hypothetical:
		return "hypothetical"
	}
	return ""
}

// ShortName is the name of an actor as a label uses it: a person's
// surname with its particles (Biden, De Clercq, Van der Sar), anything
// else in full (Kremlin, Verenigde Staten).
func ShortName(a actors.Actor) string {
	if a.Type != actors.Person {
		return a.Name
	}
	ws := strings.Fields(a.Name)
	if len(ws) < 2 || surnameParticle(ws[0]) {
		return a.Name // "Poetin", "De Wever"
	}
	// The surname keeps its particles, the first capitalised as Dutch
	// writes it without the first name: "Mathias De Clercq" is De Clercq,
	// "Edwin van der Sar" Van der Sar.
	k := len(ws) - 1
	for k > 1 && surnameParticle(ws[k-1]) {
		k--
	}
	if k == len(ws)-1 {
		return ws[k]
	}
	first, size := utf8.DecodeRuneInString(ws[k])
	ws[k] = string(unicode.ToUpper(first)) + ws[k][size:]
	return strings.Join(ws[k:], " ")
}

// surnameParticle reports the words that go before a Dutch, Flemish,
// German or French surname: van, de, der, ter, von, le.
func surnameParticle(w string) bool {
	switch strings.ToLower(w) {
	case "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "von", "zu", "le", "la", "du", "des", "di", "da", "del", "dos", "vanden", "vander", "vande":
		return true
	}
	return false
}

// names returns the short names of the actors ids, joined with "&", at
// most two and then "+N".
func names(cat Catalog, ids []string) string {
	out := make([]string, 0, 3)
	for i, id := range ids {
		if i == 2 {
			out = append(out, "+"+strconv.Itoa(len(ids)-2))
			break
		}
		if a, ok := cat.Actor(id); ok {
			out = append(out, ShortName(a))
		} else {
			out = append(out, id)
		}
	}
	return strings.Join(out, " & ")
}

// What names what happened for a label: the subtype, made precise by the
// trigger word where the subtype covers several ("phone call" for a
// Correspondence told by "belde" or "telefoongesprek", "letter" for
// "brief").
func What(t events.Type, trigger string) string {
	if t.Subtype == "Correspondence" {
		f := text.FoldWord(trigger)
		switch {
		case strings.Contains(f, "video"):
			return "video call"
		case strings.Contains(f, "telefo"), strings.HasPrefix(f, "bel"), strings.HasPrefix(f, "gebeld"):
			return "phone call"
		case strings.Contains(f, "brief"), strings.Contains(f, "schreef"), strings.Contains(f, "mail"), strings.HasPrefix(f, "sms"):
			return "letter"
		}
	}
	return SubtypeName(t)
}

// HappeningLabel names a happening of ac in a few words: who did what, to
// or with whom, where, and whether it happened as told: "Biden – Poetin ·
// phone call", "Kremlin confirms", "Stoltenberg criticizes Rusland",
// "Rusland – Verenigde Staten · meeting in Genève (planned)".
func HappeningLabel(ac *analysis.Corpus, h *analysis.Happening) string {
	s := HappeningWhat(ac, h)
	if n := ModalityNote(h.Modality()); n != "" {
		s += " (" + n + ")"
	}
	return s
}

// HappeningWhat is HappeningLabel without the modality, for where it is
// shown apart.
func HappeningWhat(ac *analysis.Corpus, h *analysis.Happening) string {
	trigger := ""
	if len(h.Mentions()) > 0 {
		r := h.Mentions()[0]
		a := ac.Articles[r.Article]
		trigger = a.EventMention(r.Mention).Trigger.Of(a.Text)
	}
	var b strings.Builder
	agent, patient := names(ac, h.Agent()), names(ac, h.Patient())
	if verb, ok := actVerbs[h.Act()]; ok && h.Type().Subtype == "Broadcast" && agent != "" {
		b.WriteString(agent + " " + verb)
		if patient != "" {
			b.WriteString(" " + patient)
		}
	} else {
		who, what := agent, What(h.Type(), trigger)
		switch {
		case agent != "" && patient != "":
			who += " – " + patient
		case len(h.Agent()) == 2:
			// two who did it together: Biden – Poetin · phone call
			who = names(ac, h.Agent()[:1]) + " – " + names(ac, h.Agent()[1:])
		case agent == "" && patient != "" && h.Type().Type == "Contact":
			who, what = "", what+" to "+patient
		case agent == "":
			who = patient
		}
		if who != "" {
			b.WriteString(who + " · ")
		}
		b.WriteString(what)
	}
	if len(h.Place()) > 0 && !slices.Equal(h.Place(), h.Agent()) {
		b.WriteString(" in " + names(ac, h.Place()))
	}
	return b.String()
}

// SentenceIn returns the index of the first sentence of article i of ac
// that tells of h, -1 when none does.
func SentenceIn(ac *analysis.Corpus, h *analysis.Happening, i int) int {
	for _, m := range h.Mentions() {
		if m.Article == i {
			return ac.Articles[i].EventMention(m.Mention).Sentence
		}
	}
	return -1
}

// Sources returns the number of articles that tell of h.
func Sources(h *analysis.Happening) int {
	n, last := 0, -1
	for _, m := range h.Mentions() { // in corpus order: by article
		if m.Article != last {
			n++
			last = m.Article
		}
	}
	return n
}

// happeningEntry returns the entry of a happening.
func happeningEntry(ac *analysis.Corpus, h *analysis.Happening) TimelineEntry {
	n := Sources(h)
	label := HappeningLabel(ac, h)
	words := label
	if n > 1 {
		words += " · " + text.Plural(n, "source")
	}
	return TimelineEntry{Kind: HappeningEntry, Happening: h, Param: h.ID, Date: h.Date,
		Label: DescribeDate(h.Date) + ": " + label + ", told by " + text.Plural(n, "article"), Words: words, Sources: n}
}

// eventEntry returns the entry of a publication or a dated sentence.
func eventEntry(ac *analysis.Corpus, r analysis.EventRef) TimelineEntry {
	e := ac.Event(r)
	k := DatedEntry
	if e.Kind == analysis.Published {
		k = PublishedEntry
	}
	return TimelineEntry{Kind: k, Ref: r, Param: ac.EventParam(r), Date: e.Value,
		Label: eventLabel(ac, r), Words: markText(ac, r), Sources: 1}
}

// ArticleEntries returns what article i of ac tells of, in text order:
// each happening once (those dated only by the publication included) and
// each dated sentence that tells of none; not its publication.
func ArticleEntries(ac *analysis.Corpus, i int) []TimelineEntry {
	a, hs := ac.Articles[i], ac.Happenings()
	type at struct {
		off int
		e   TimelineEntry
	}
	var list []at
	seen := map[string]bool{}
	told := map[text.Span]bool{}
	for mi := range a.NumEventMentions() {
		m := a.EventMention(mi)
		if m.When == analysis.InSentence {
			told[m.DateExpr] = true
		}
		if h, ok := hs.Of(i, mi); ok && !seen[h.ID] {
			seen[h.ID] = true
			list = append(list, at{m.Trigger.Start, happeningEntry(ac, h)})
		}
	}
	for ei := range a.Events {
		e := &a.Events[ei]
		if e.Kind == analysis.Mentioned && !told[e.Expr] {
			list = append(list, at{e.Expr.Start, eventEntry(ac, analysis.EventRef{Article: i, Event: ei})})
		}
	}
	slices.SortStableFunc(list, func(x, y at) int { return x.off - y.off })
	out := make([]TimelineEntry, len(list))
	for k, x := range list {
		out[k] = x.e
	}
	return out
}

// ActorEntries returns what actor id takes part in, in calendar order:
// the happenings it is a participant of (named, or meant by "hij", "de
// twee", "de Russische president" …), whatever dates them, and the dated
// sentences naming it that tell of no happening.
func ActorEntries(ac *analysis.Corpus, id string) []TimelineEntry {
	var out []TimelineEntry
	for i := range ac.Happenings().List {
		if h := &ac.Happenings().List[i]; slices.Contains(h.Actors(), id) {
			out = append(out, happeningEntry(ac, h))
		}
	}
	for ai, a := range ac.Articles {
		told := map[text.Span]bool{}
		for mi := range a.NumEventMentions() {
			if m := a.EventMention(mi); m.When == analysis.InSentence {
				told[m.DateExpr] = true
			}
		}
		for ei := range a.Events {
			e := &a.Events[ei]
			if e.Kind == analysis.Mentioned && !told[e.Expr] && e.HasActor(id) {
				out = append(out, eventEntry(ac, analysis.EventRef{Article: ai, Event: ei}))
			}
		}
	}
	slices.SortStableFunc(out, func(a, b TimelineEntry) int { return a.Date.Compare(b.Date) })
	return out
}

// MainHappenings returns at most n of the happenings article i of ac
// tells of, the most telling first: those inside the state's range of
// when it happened (EFrom, ETo) before the others, then those its text
// dates before those dated by the publication, then those more articles
// tell of, then in text order.
func MainHappenings(ac *analysis.Corpus, i, n int, st search.State) []*analysis.Happening {
	a, hs := ac.Articles[i], ac.Happenings()
	var out []*analysis.Happening
	for mi := range a.NumEventMentions() {
		if h, ok := hs.Of(i, mi); ok && !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	ranged := !st.EFrom.IsZero() || !st.ETo.IsZero()
	inRange := func(h *analysis.Happening) bool {
		if !ranged || h.Date.IsZero() {
			return false
		}
		lo, hi := search.DayKey(h.Date.First()), search.DayKey(h.Date.Last())
		return (st.EFrom.IsZero() || hi >= dayKey(st.EFrom, false)) && (st.ETo.IsZero() || lo <= dayKey(st.ETo, true))
	}
	first := func(x, y bool) int {
		switch {
		case x == y:
			return 0
		case x:
			return -1
		}
		return 1
	}
	slices.SortStableFunc(out, func(x, y *analysis.Happening) int {
		return cmp.Or(first(inRange(x), inRange(y)),
			first(x.When != analysis.Reported, y.When != analysis.Reported),
			Sources(y)-Sources(x))
	})
	return out[:min(n, len(out))]
}

// dayKey is search's day key of a date of the URL: its first day, or its
// last when last is set.
func dayKey(d corpus.Date, last bool) int {
	day := d.Day
	if day == 0 {
		day = 1
		if last {
			day = corpus.DaysIn(d.Year, d.Month)
		}
	}
	return d.Year*10000 + d.Month*100 + day
}
