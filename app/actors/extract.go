package actors

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"corpusexplorer/app/text"
)

// Doc is an article to extract actor mentions from.
type Doc struct {
	// Text is the article text.
	Text string
	// Tokens are the tokens of the whole Text (byte offsets into Text), as
	// text.Tokenize returns them. Nil means: tokenize Text.
	Tokens []text.Token
	// Sentences are the byte spans of the sentences of Text, in order. Nil
	// means one sentence; a line break always ends a sentence, and the
	// word after . ! ? or : is treated as sentence-initial anyway.
	Sentences []text.Span
	// Date is the article date, YYYY-MM or YYYY-MM-DD (YYYY is accepted),
	// used to choose role phrases. Empty: only undated roles match.
	Date string
}

// Mention is one reference to an actor in a Doc.
type Mention struct {
	// Span is the byte range of the mention in Doc.Text.
	Span text.Span
	// actor is the id of a gazetteer actor or of a discovered actor,
	// interned: a mention holds no pointer, so that the garbage collector
	// never looks inside the mentions of a corpus (see ActorID).
	actor text.FoldID
	// Role reports that the mention is a role phrase ("de Russische
	// president") rather than a name.
	Role bool
	// Possessive reports that the name stands in the genitive: Poetin's,
	// Bidens, Arafats. The mention is the actor's all the same; CoNLL
	// scores such a name as MISC.
	Possessive bool
}

// ActorID returns the id of the actor the mention names.
func (m Mention) ActorID() string { return m.actor.String() }

// SetActorID makes the mention one of actor id.
func (m *Mention) SetActorID(id string) { m.actor = text.Intern(id) }

// entry is one name, alias or role phrase of the index.
type entry struct {
	toks     []string // folded tokens
	caps     []uint8  // 1: token must be capitalised in the text, 2: all capitals
	actor    int32
	role     bool
	from, to string // normalised bounds of a role, "" open
	personal bool   // a person's name: the last word may take a possessive -s
	allCaps  bool   // a word of the entry must be written in capitals (PVDA)
}

// Extractor finds actor mentions in articles. It holds a snapshot of a
// gazetteer and keeps no state between calls, so one Extractor is safe
// for concurrent use and gives the same result for a Doc whatever else it
// has seen.
type Extractor struct {
	// nat maps a folded adjective of nationality to the actor of its
	// country, and shared a name several actors have to their ids (see
	// Nationality and Sharing); both are made on first use.
	lazyOnce sync.Once
	nat      map[string]string
	shared   map[string][]string
	sharing  map[string]bool   // the ids of the actors in shared
	country  map[string]string // by actor id: its country (see CountryOf)

	actors  []Actor
	byID    map[string]int
	entries []entry
	by1     map[string][]int32    // one-token entries by folded token
	by2     map[[2]string][]int32 // longer entries by their first two tokens, longest first
	head    map[string]uint8      // by folded token: 1 it is a one-token entry, 2 it starts a longer one
	headSig []uint64              // bit set of the headSig signatures of the head keys
	lex     *lexicon
	places  map[string]bool // lexicon places and gazetteer place names
	first   map[string]bool // lexicon first names and those of gazetteer persons
	gzName  map[string]bool // one-word gazetteer names and aliases
	given   [][]string      // by actor: the folded first names of a person's name
	// folds holds, by gazetteer actor, the folded words of each of its
	// names in the order of Names (see nameFolds).
	folds [][][]string
}

// NewExtractor returns an Extractor for a snapshot of the gazetteer.
func (g *Gazetteer) NewExtractor() *Extractor {
	b := g.ExtractorBuilder()
	for !b.Step(len(g.actors) + 1) {
	}
	return b.Extractor()
}

// ExtractorBuilder makes the Extractor of a gazetteer a few actors at a
// time, so that a page can repaint between steps: a gazetteer that the
// user's edits made large takes a few hundred milliseconds in the browser.
type ExtractorBuilder struct {
	e         *Extractor
	seen      map[string]bool // the keys of the entries added
	gzActors  int             // the gazetteer's actors, before the other names
	stage, at int
	done      int // actors or names done, for Progress
}

// ExtractorBuilder prepares the Extractor of a snapshot of the gazetteer.
func (g *Gazetteer) ExtractorBuilder() *ExtractorBuilder {
	e := &Extractor{
		actors: g.Actors(),
		byID:   make(map[string]int, len(g.actors)),
		by1:    make(map[string][]int32),
		by2:    make(map[[2]string][]int32),
		lex:    getLexicon(),
	}
	return &ExtractorBuilder{e: e, seen: make(map[string]bool), gzActors: len(e.actors)}
}

// Progress returns how much of the work is done, of how much.
func (b *ExtractorBuilder) Progress() (done, total int) {
	return b.done, 2*b.gzActors + len(b.e.lex.otherNames) + 2
}

// Step does the work of the next n actors or names (at least one) and
// reports whether the Extractor is done.
func (b *ExtractorBuilder) Step(n int) bool {
	e := b.e
	for n = max(n, 1); n > 0 && b.stage < 5; {
		switch b.stage {
		case 0: // the gazetteer's names and role phrases
			for ; n > 0 && b.at < b.gzActors; n, b.at, b.done = n-1, b.at+1, b.done+1 {
				a := &e.actors[b.at]
				e.byID[a.ID] = b.at
				for _, nm := range a.Names() {
					b.add(b.at, nm, false, Role{})
				}
				for _, r := range a.Roles {
					b.add(b.at, r.Phrase, true, r)
				}
			}
			if b.at == b.gzActors {
				b.stage, b.at = 1, 0
			}
		case 1:
			// The names of events, works, laws and products (other.lst)
			// match like gazetteer names, as actors of type Other, unless
			// the gazetteer has the name or the id.
			for ; n > 0 && b.at < len(e.lex.otherNames); n, b.at, b.done = n-1, b.at+1, b.done+1 {
				nm := e.lex.otherNames[b.at]
				id := Slug(nm)
				if _, ok := e.byID[id]; ok {
					continue
				}
				k := strings.Join(wordFolds(nm), " ")
				if len(e.by1[k]) > 0 {
					continue
				}
				e.byID[id] = len(e.actors)
				e.actors = append(e.actors, Actor{ID: id, Name: nm, Type: Other})
				b.add(len(e.actors)-1, nm, false, Role{})
			}
			if b.at == len(e.lex.otherNames) {
				b.stage, b.at = 2, 0
			}
		case 2:
			e.places = make(map[string]bool, len(e.lex.places)+len(e.actors))
			for k := range e.lex.places {
				e.places[k] = true
			}
			e.first = make(map[string]bool, len(e.lex.first)+len(e.actors))
			for k := range e.lex.first {
				e.first[k] = true
			}
			e.gzName = make(map[string]bool)
			e.given = make([][]string, len(e.actors))
			e.folds = make([][][]string, b.gzActors)
			b.stage, b.done, n = 3, b.done+1, n-1
		case 3: // the gazetteer's places, first names and names' words
			for ; n > 0 && b.at < b.gzActors; n, b.at, b.done = n-1, b.at+1, b.done+1 {
				b.names(b.at)
			}
			if b.at == b.gzActors {
				b.stage, b.at = 4, 0
			}
		case 4:
			b.heads()
			b.stage, b.done, n = 5, b.done+1, n-1
		}
	}
	return b.stage == 5
}

// Extractor finishes the Extractor (doing what Step has not) and returns
// it. The builder must not be used after.
func (b *ExtractorBuilder) Extractor() *Extractor {
	for !b.Step(1 << 30) {
	}
	return b.e
}

// add adds an entry for the name or role phrase s of actor ai.
func (b *ExtractorBuilder) add(ai int, s string, role bool, r Role) {
	e := b.e
	toks := text.Tokenize(s)
	if len(toks) == 0 {
		return
	}
	en := entry{actor: int32(ai), role: role, personal: !role && e.actors[ai].Type == Person}
	for _, t := range toks {
		en.toks = append(en.toks, t.Fold())
		var c uint8
		switch {
		case role || t.Kind != text.Word || !t.Upper(s):
		case t.AllCaps(s):
			c = 2
		default:
			c = 1
		}
		en.caps = append(en.caps, c)
		en.allCaps = en.allCaps || c == 2
	}
	if role {
		en.from, _ = normDate(r.From, false)
		en.to, _ = normDate(r.To, false)
	}
	key := strings.Join(en.toks, " ") + "\x00" + e.actors[ai].ID + "\x00" + en.from + en.to
	if role {
		key += "\x00r"
	}
	if b.seen[key] {
		return
	}
	b.seen[key] = true
	if len(en.toks) == 1 {
		e.by1[en.toks[0]] = append(e.by1[en.toks[0]], int32(len(e.entries)))
	} else {
		k := [2]string{en.toks[0], en.toks[1]}
		e.by2[k] = append(e.by2[k], int32(len(e.entries)))
	}
	e.entries = append(e.entries, en)
}

// names takes in the names of gazetteer actor i: its first names, the
// folded words of its names, and its places and first names.
func (b *ExtractorBuilder) names(i int) {
	e := b.e
	a := &e.actors[i]
	if a.Type == Person {
		e.given[i] = e.givenNames(a.Name)
	}
	for _, n := range a.Names() {
		f := wordFolds(n)
		if len(f) == 1 {
			e.gzName[f[0]] = true
		}
		e.folds[i] = append(e.folds[i], f)
	}
	switch a.Type {
	case Place:
		for _, n := range a.Names() {
			e.places[strings.Join(wordFolds(n), " ")] = true
		}
	case Person:
		if f := wordFolds(a.Name); len(f) >= 2 && !e.lex.particle[f[0]] && len(f[0]) > 1 {
			e.first[f[0]] = true
		}
	}
}

// heads indexes the first tokens of the entries.
func (b *ExtractorBuilder) heads() {
	e := b.e
	e.head = make(map[string]uint8, len(e.by1)+len(e.by2))
	for k := range e.by1 {
		e.head[k] |= 1
	}
	for k := range e.by2 {
		e.head[k[0]] |= 2
	}
	e.headSig = make([]uint64, 1<<16/64)
	for k := range e.head {
		h := headSig(k)
		e.headSig[h>>6] |= 1 << (h & 63)
	}
	for k, list := range e.by2 {
		sort.SliceStable(list, func(x, y int) bool {
			return len(e.entries[list[x]].toks) > len(e.entries[list[y]].toks)
		})
		e.by2[k] = list
	}
}

// Actor returns the gazetteer actor with the given id.
func (e *Extractor) Actor(id string) (Actor, bool) {
	i, ok := e.byID[id]
	if !ok {
		return Actor{}, false
	}
	return cloneActor(e.actors[i]), true
}

// TypeOf returns the type of the gazetteer actor, or of the listed name of
// type Other, with the given id.
func (e *Extractor) TypeOf(id string) (Type, bool) {
	i, ok := e.byID[id]
	if !ok {
		return 0, false
	}
	return e.actors[i].Type, true
}

// Nationality returns the id of the country or union an adjective of
// nationality stands for ("russische", "amerikaanse", "europese",
// folded), when the gazetteer holds that country. Such an adjective is no
// mention of the country, but "Russische troepen" act for it.
func (e *Extractor) Nationality(fold string) (string, bool) {
	e.lazy()
	id, ok := e.nat[fold]
	return id, ok
}

// SharesName reports whether the gazetteer actor id has a name or alias
// that another actor has too (see Sharing).
func (e *Extractor) SharesName(id string) bool {
	e.lazy()
	return e.sharing[id]
}

// CountryOf returns the country a gazetteer actor belongs to: itself for
// a country (see Country), else its affiliation when that is a country;
// "" for none.
func (e *Extractor) CountryOf(id string) string {
	e.lazy()
	return e.country[id]
}

// Sharing returns the ids of the gazetteer actors that have the name (as
// name or alias) when more than one has it, in gazetteer order: "Kamer" is
// the Dutch Tweede Kamer and the Belgian Kamer van volksvertegenwoordigers.
// A mention takes the first; an article's other actors may tell which one
// it means.
func (e *Extractor) Sharing(name string) []string {
	e.lazy()
	return e.shared[foldKey(name)]
}

// lazy makes the tables of Nationality and Sharing.
// Prepare works out what the extractor's first extraction would (the
// names several actors share and the like), for a page that must not
// stop long to give it a step of its own.
func (e *Extractor) Prepare() { e.lazy() }

func (e *Extractor) lazy() {
	e.lazyOnce.Do(func() {
		byKey := map[string][]string{}
		for _, a := range e.actors {
			for _, n := range a.Names() {
				k := foldKey(n)
				if ids := byKey[k]; len(ids) == 0 || ids[len(ids)-1] != a.ID {
					byKey[k] = append(ids, a.ID)
				}
			}
		}
		e.shared, e.sharing = map[string][]string{}, map[string]bool{}
		for k, ids := range byKey {
			if len(ids) > 1 {
				e.shared[k] = ids
				for _, id := range ids {
					e.sharing[id] = true
				}
			}
		}
		countries := map[string]bool{}
		for _, a := range e.actors {
			if a.Type == Place && Country(a.Name) {
				countries[a.ID] = true
			}
		}
		e.country = map[string]string{}
		for _, a := range e.actors {
			switch {
			case countries[a.ID]:
				e.country[a.ID] = a.ID
			case countries[a.Affiliation]:
				e.country[a.ID] = a.Affiliation
			}
		}
		byName := map[string]string{}
		for _, a := range e.actors {
			if a.Type != Place && a.Type != Organisation {
				continue
			}
			for _, n := range a.Names() {
				if k := foldKey(n); byName[k] == "" {
					byName[k] = a.ID
				}
			}
		}
		e.nat = map[string]string{}
		for _, line := range strings.Split(nationalityList, "\n") {
			adj, country, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			id := byName[foldKey(country)]
			if id == "" {
				continue
			}
			f := text.FoldWord(adj)
			e.nat[f] = id
			if base, ok := strings.CutSuffix(f, "ees"); ok {
				e.nat[base+"ese"] = id // Chinees: Chinese
			} else {
				e.nat[f+"e"] = id // Russisch: Russische
			}
		}
	})
}

// Lookup returns the gazetteer actor with the given id without copying
// it, for callers that look up many actors and only read them: the actor
// must not be modified.
func (e *Extractor) Lookup(id string) (*Actor, bool) {
	i, ok := e.byID[id]
	if !ok {
		return nil, false
	}
	return &e.actors[i], true
}

// docState holds the per-article working data.
type docState struct {
	src   string
	toks  []text.Token
	seg   []int32 // segment (sentence, cut at line breaks) of each token
	weak  []bool  // the token stands where any word is capitalised
	cover []int32 // index of the mention covering the token, or -1
	date  string  // normalised article date, "" if none
	// evidence per folded word: how often it is written lower case, and
	// capitalised where a capital is not forced.
	lower, capMid map[string]int
	// deCap: folded word that follows a capitalised "De"/"Van" in the
	// middle of a sentence (De Gucht, Van Rompuy).
	partCap map[string]bool
	// lastName: folded word that ends a capitalised sequence of two or more
	// words mid-sentence (the Vermeulen of Karel Vermeulen).
	lastName map[string]bool
	ms       []mention
	business int8           // 1: the article is business news, -1: it is not, 0: not yet known
	otherIdx map[string]int // Other names by their text: index in the groups

	// Scratch space of prepare and dropAppositiveRoles, kept with the
	// state for the next document (see statePool).
	capAny  map[string]bool
	lowers  []int32
	startAt []bool
}

// statePool keeps the documents' states between extractions: their slices
// and maps are cleared and reused, not allocated again for each article
// (in WebAssembly the collector's work grows with every allocation).
var statePool = sync.Pool{New: func() any {
	return &docState{
		lower:    make(map[string]int),
		capMid:   make(map[string]int),
		partCap:  make(map[string]bool),
		lastName: make(map[string]bool),
		capAny:   make(map[string]bool),
	}
}}

// reset readies a pooled state for a document of n tokens.
func (st *docState) reset(src string, toks []text.Token) {
	n := len(toks)
	st.src, st.toks = src, toks
	st.seg = resize(st.seg, n)
	st.weak = resize(st.weak, n)
	st.cover = resize(st.cover, n)
	st.startAt = resize(st.startAt, n)
	st.date = ""
	st.lower = reuseMap(st.lower)
	st.capMid = reuseMap(st.capMid)
	st.partCap = reuseMap(st.partCap)
	st.lastName = reuseMap(st.lastName)
	st.capAny = reuseMap(st.capAny)
	st.ms = st.ms[:0]
	st.business = 0
	if st.otherIdx != nil {
		st.otherIdx = reuseMap(st.otherIdx)
	}
	st.lowers = st.lowers[:0]
}

// release returns st to the pool, dropping what refers to the document.
func (st *docState) release() {
	st.src, st.toks = "", nil
	statePool.Put(st)
}

// reuseMap returns m emptied: cleared when it held few entries, else a
// new map, since clearing costs the map's whole capacity (and, while the
// collector runs, a write barrier on every key) however few entries the
// next document puts in it.
func reuseMap[V any](m map[string]V) map[string]V {
	switch n := len(m); {
	case n == 0:
		return m
	case n > 64:
		return make(map[string]V)
	}
	clear(m)
	return m
}

// resize returns s with length n and every element zero, reusing its
// array when it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// mention is a mention under construction.
type mention struct {
	start, end int // token range
	actor      int // gazetteer actor index, or -1
	group      int // discovered group, or -1
	role       bool
}

// Extract returns the actor mentions of d in text order, and the actors
// discovered in d that the gazetteer does not know (Discovered set, id
// Slug(name), so the same name gets the same id in every article).
//
// Rules, in order:
//   - Gazetteer names, aliases and role phrases are matched on folded
//     tokens, longest match first. A capitalised word of a name must be
//     capitalised in the text; a person's last name may carry a possessive
//     -s (Bidens) and any name a possessive 's (Poetin's). Names match
//     inside hyphenated compounds (NAVO-landen, Kremlin-woordvoerder,
//     regering-Biden, Witte Huis-functionaris); the mention spans the name
//     part only. A person's own first names or initials before a matched
//     name belong to the mention (Dilan Yeşilgöz-Zegerius, Jan P.
//     Balkenende).
//   - A role phrase matches only when Doc.Date is inside its range, and is
//     dropped when a name follows it directly (de Amerikaanse president
//     Joe Biden): the name is the mention.
//   - Adjectives and inhabitants of nationality (Russische, Amerikanen) are
//     not mentions of the country.
//   - Capitalised sequences the gazetteer does not know are discovered
//     (see the package documentation), and a later or earlier short form
//     (Rutte, Van Rompuy) resolves to the full person name in the article.
func (e *Extractor) Extract(d Doc) ([]Mention, []Actor) {
	return e.extract(d, false)
}

// ExtractAll is Extract with the names that are no actors: the mentions of
// names of type Other (events, works, products, laws, languages, words of
// nationality used as names: Olympische Spelen, Grondwet, Amerikaanse) are
// returned among the others, in text order, and the Other names the
// gazetteer does not know among the discovered actors (Type Other,
// Discovered set). Use (*Extractor).Actor, or the returned actors, to tell
// them apart by type.
func (e *Extractor) ExtractAll(d Doc) ([]Mention, []Actor) {
	return e.extract(d, true)
}

func (e *Extractor) extract(d Doc, all bool) ([]Mention, []Actor) {
	st := e.prepare(d)
	defer st.release()
	e.matchGazetteer(st)
	groups := e.discover(st)
	e.dropAppositiveRoles(st)
	e.eventNames(st, &groups)
	e.otherWords(st, &groups)

	sort.Slice(st.ms, func(i, j int) bool { return st.ms[i].start < st.ms[j].start })
	out := make([]Mention, 0, len(st.ms))
	for _, m := range st.ms {
		mm := Mention{Span: text.Span{Start: st.toks[m.start].Start, End: st.toks[m.end-1].End}, Role: m.role}
		var a *Actor
		switch {
		case m.actor >= 0:
			a = &e.actors[m.actor]
		case m.group >= 0:
			a = &groups[m.group]
		default:
			continue
		}
		if a.Type == Other && !all {
			continue
		}
		mm.SetActorID(a.ID)
		mm.Possessive = !m.role && e.possessive(st, m, a)
		out = append(out, mm)
	}
	var disc []Actor
	seen := make(map[string]bool)
	for _, g := range groups {
		if g.ID == "" || seen[g.ID] || g.Discovered == false || g.Type == Other && !all {
			continue
		}
		seen[g.ID] = true
		disc = append(disc, g)
	}
	return out, disc
}

// possessive reports whether mention m of actor a stands in the genitive:
// its last word ends in 's (Poetin's, Venezuela's), or in an -s that the
// actor's name has not (Bidens, Arafats).
func (e *Extractor) possessive(st *docState, m mention, a *Actor) bool {
	t := st.toks[m.end-1]
	w := st.src[t.Start:t.End]
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return true
	}
	f := t.Fold()
	if len(f) < 4 || f[len(f)-1] != 's' {
		return false
	}
	if m.actor >= 0 && m.actor < len(e.folds) {
		for _, fs := range e.folds[m.actor] {
			if len(fs) > 0 && fs[len(fs)-1] == f[:len(f)-1] {
				return true
			}
		}
		return false
	}
	for _, n := range a.Names() {
		if fs := wordFolds(n); len(fs) > 0 && fs[len(fs)-1] == f[:len(f)-1] {
			return true
		}
	}
	return false
}

// nameFolds returns the folded words of each name of actor ai (of the
// extractor's list), in the order of Names: worked out once for the
// gazetteer's actors.
func (e *Extractor) nameFolds(ai int) [][]string {
	if ai < len(e.folds) {
		return e.folds[ai]
	}
	var out [][]string
	for _, n := range e.actors[ai].Names() {
		out = append(out, wordFolds(n))
	}
	return out
}

// prepare tokenizes d if needed and computes segments, sentence-initial
// positions and capitalisation evidence.
func (e *Extractor) prepare(d Doc) *docState {
	toks := d.Tokens
	if toks == nil {
		toks = text.Tokenize(d.Text)
	}
	st := statePool.Get().(*docState)
	st.reset(d.Text, toks)
	st.date, _ = normDate(d.Date, true)
	seg, si := int32(0), 0
	for i, t := range toks {
		st.cover[i] = -1
		if i > 0 {
			newSent := false
			for si < len(d.Sentences) && d.Sentences[si].End <= t.Start {
				si++
				newSent = true
			}
			if newSent || hasLineBreak(d.Text[toks[i-1].End:t.Start]) {
				seg++
			}
		}
		st.seg[i] = seg
	}
	// capAny holds the folds of the capitalised words, capSig a cheap
	// signature of each, so that most lower-case words need no look-up.
	capAny := st.capAny
	var capSig [64]uint64
	lowers := st.lowers
	for i, t := range toks {
		if t.Kind == text.Punct {
			continue
		}
		st.weak[i] = e.isWeak(st, i)
		if t.Kind != text.Word {
			continue
		}
		if t.Upper(d.Text) {
			capAny[t.Fold()] = true
			k := foldSig(t.Fold())
			capSig[k>>6] |= 1 << (k & 63)
			if !st.weak[i] && !t.Hyphen {
				st.capMid[t.Fold()]++
				if i > 0 && st.upper(i-1) && st.adjacent(i) && st.seg[i-1] == st.seg[i] {
					st.lastName[t.Fold()] = true
				}
				if (t.Fold() == "de" || t.Fold() == "van" || t.Fold() == "den" || t.Fold() == "der" || t.Fold() == "ter") && i+1 < len(toks) {
					st.partCap[toks[i+1].Fold()] = true
				}
			}
		} else {
			lowers = append(lowers, int32(i))
		}
	}
	// Count lower-case uses only of words that also appear capitalised.
	for _, i := range lowers {
		t := toks[i]
		if k := foldSig(t.Fold()); capSig[k>>6]&(1<<(k&63)) != 0 && capAny[t.Fold()] && startsLower(d.Text[t.Start:]) {
			st.lower[t.Fold()]++
		}
	}
	st.lowers = lowers
	return st
}

// headSig returns a 16-bit signature of a fold, for a bit set that tells
// most words that start no gazetteer entry without a map look-up.
func headSig(f string) uint32 {
	h := uint32(len(f))
	if f != "" {
		h = h*31 + uint32(f[0])
		h = h*31 + uint32(f[len(f)/2])
		h = h*31 + uint32(f[len(f)-1])
	}
	return h * 2654435761 >> 16
}

// foldSig returns a 12-bit signature of a fold: its length and its first
// and last bytes.
func foldSig(f string) uint {
	if f == "" {
		return 0
	}
	return (uint(len(f))*131 + uint(f[0])*31 + uint(f[len(f)-1])) & 4095
}

// hasLineBreak reports whether the space between two tokens holds a line
// break.
func hasLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// isWeak reports whether token i stands where a capital is forced: first
// word of a sentence or line, after . ! ? : ; or after an opening quote or
// dash that itself starts a sentence or follows a comma.
func (e *Extractor) isWeak(st *docState, i int) bool {
	p := i - 1
	// Skip leading punctuation of the segment (quotes, dashes, bullets).
	for p >= 0 && st.seg[p] == st.seg[i] && st.toks[p].Kind == text.Punct && isOpener(st.toks[p].Fold()) {
		p--
	}
	if p < 0 || st.seg[p] != st.seg[i] {
		// A sentence splitter may have cut after an abbreviation (Mr.
		// Jansen): not a sentence start when no line break is between.
		if p >= 1 && st.toks[p].Fold() == "." && !strings.ContainsAny(st.src[st.toks[p].End:st.toks[i].Start], "\n\r") &&
			st.toks[p-1].End == st.toks[p].Start && st.toks[p-1].Kind == text.Word {
			w := st.toks[p-1].Fold()
			if utf8.RuneCountInString(w) == 1 || e.lex.abbrev[w] {
				return false
			}
		}
		return true
	}
	prev := st.toks[p]
	if prev.Kind != text.Punct {
		return false
	}
	switch prev.Fold() {
	case ":", ";", "!", "?", "…":
		return true
	case ".":
		// An initial or abbreviation before the period: J. Peeters, dr. Jansen.
		if p > 0 && st.toks[p-1].End == prev.Start && st.toks[p-1].Kind == text.Word {
			w := st.toks[p-1].Fold()
			if utf8.RuneCountInString(w) == 1 || e.lex.abbrev[w] {
				return false
			}
		}
		return true
	}
	if p < i-1 {
		// After an opening quote or dash: weak when that follows a comma.
		if prev.Fold() == "," {
			return true
		}
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "\"", "„", "“", "”", "‘", "'", "«", "»", "-", "–", "—", "•", "*", "(", "[", "‚", "›", "‹", "·":
		return true
	}
	return false
}

// adjacent reports whether tokens j-1 and j are in one segment separated
// by spaces only (or joined by a hyphen).
func (st *docState) adjacent(j int) bool {
	if j <= 0 || j >= len(st.toks) || st.seg[j] != st.seg[j-1] {
		return false
	}
	a, b := st.toks[j-1], st.toks[j]
	if a.End == b.Start || b.Hyphen {
		return true
	}
	for _, r := range st.src[a.End:b.Start] {
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return false
		}
	}
	return true
}

func (st *docState) upper(i int) bool {
	return st.toks[i].Kind == text.Word && st.toks[i].Upper(st.src)
}

// matchAt returns the longest gazetteer entry matching at token i and the
// token index after it, or -1.
func (e *Extractor) matchAt(st *docState, i int) (int, int) {
	t := st.toks[i]
	if t.Kind == text.Punct {
		return -1, 0
	}
	best, bestEnd := -1, 0
	try := func(list []int32, possessiveOnly bool) {
		for _, ei := range list {
			en := &e.entries[ei]
			n := len(en.toks)
			if best >= 0 && n < bestEnd-i {
				return
			}
			if best >= 0 && n == bestEnd-i && (e.entries[best].allCaps || !en.allCaps) {
				// The first listed wins, unless a later one is written in
				// capitals as the text is: PVDA (Belgium) after PvdA.
				continue
			}
			if possessiveOnly && (n != 1 || !en.personal) {
				continue
			}
			if i+n > len(st.toks) || st.seg[i+n-1] != st.seg[i] {
				continue
			}
			if en.role && (st.date == "" && (en.from != "" || en.to != "") ||
				en.from != "" && st.date < en.from || en.to != "" && st.date >= en.to) {
				continue
			}
			ok := true
			for k := 0; k < n && ok; k++ {
				tk := st.toks[i+k]
				if k > 0 && !st.adjacent(i+k) && tk.Kind != text.Punct && st.toks[i+k-1].Kind != text.Punct {
					ok = false
					break
				}
				a := en.toks[k]
				if tk.Fold() != a {
					ok = k == n-1 && en.personal && len(a) >= 3 && a[len(a)-1] != 's' && tk.Fold() == a+"s"
				}
				switch {
				case !ok:
				case en.caps[k] == 1 && !tk.Upper(st.src):
					ok = false
				case en.caps[k] == 2 && !tk.AllCaps(st.src):
					ok = false
				}
			}
			if ok {
				best, bestEnd = int(ei), i+n
			}
		}
	}
	var h uint8
	if k := headSig(t.Fold()); e.headSig[k>>6]&(1<<(k&63)) != 0 {
		h = e.head[t.Fold()] // most words start no entry: no look-up
	}
	if h&2 != 0 && i+1 < len(st.toks) && st.seg[i+1] == st.seg[i] {
		n := st.toks[i+1].Fold()
		try(e.by2[[2]string{t.Fold(), n}], false)
		if len(n) > 3 && n[len(n)-1] == 's' && st.upper(i+1) {
			try(e.by2[[2]string{t.Fold(), n[:len(n)-1]}], false) // Joe Bidens
		}
	}
	if best >= 0 {
		return best, bestEnd
	}
	if h&1 != 0 {
		try(e.by1[t.Fold()], false)
	}
	if f := t.Fold(); best < 0 && len(f) > 3 && f[len(f)-1] == 's' && st.upper(i) {
		// A person's name in the genitive: Bidens.
		if k := headSig(f[:len(f)-1]); e.headSig[k>>6]&(1<<(k&63)) != 0 {
			try(e.by1[f[:len(f)-1]], true)
		}
	}
	return best, bestEnd
}

// matchGazetteer adds the gazetteer mentions of st, left to right.
func (e *Extractor) matchGazetteer(st *docState) {
	for i := 0; i < len(st.toks); {
		ei, end := e.matchAt(st, i)
		if ei < 0 {
			i++
			continue
		}
		en := &e.entries[ei]
		start := i
		if !en.role {
			start = e.givenNamesBefore(st, i, int(en.actor))
		}
		if !en.role && (start < i && e.nameBefore(st, start) || e.partOfLongerName(st, start, end, int(en.actor)) ||
			end-start == 1 && st.weak[i] && (e.lex.common[st.toks[i].Fold()] || text.IsStopWord(st.toks[i].Fold()))) {
			// A one-word name that is also a common word (Trouw, Namen,
			// Vooruit) is not trusted where every word is capitalised.
			i++
			continue
		}
		if !en.role && end-start == 1 && e.clubInPlace(st, start, int(en.actor)) {
			i++ // "geboren in Anderlecht": the town, not the club
			continue
		}
		if !en.role && e.actors[en.actor].Type == Media && channelNumberAt(st, end) {
			end++ // BBC 2, RTBF 1: a channel of the broadcaster
		}
		idx := int32(len(st.ms))
		st.ms = append(st.ms, mention{start: start, end: end, actor: int(en.actor), group: -1, role: en.role})
		for k := start; k < end; k++ {
			st.cover[k] = idx
		}
		i = end
	}
}

// clubInPlace reports whether the one-word name at toks[i] of an
// organisation is that of a known place and stands after "in" or "te"
// ("geboren in Anderlecht", "de schietpartij in Anderlecht"), where it
// names the place; elsewhere ("bij Anderlecht", "tegen Anderlecht") the
// organisation keeps it.
func (e *Extractor) clubInPlace(st *docState, i, actor int) bool {
	if t := e.actors[actor].Type; t != Organisation && t != Media || i == 0 || !e.lex.places[st.toks[i].Fold()] {
		return false
	}
	switch st.toks[i-1].Fold() {
	case "in", "te":
		return true
	}
	return false
}

// partOfLongerName reports whether the name match [i,end) of actor is only
// a part of a longer capitalised name the gazetteer does not know: Hunter
// Biden, Noord-Ierland, Universiteit Gent. Discovery then takes the whole
// name. The one-word name of an organisation stays a mention of its own
// after a descriptor (Vakbond FNV) and beside another name (treft
// Feyenoord NEC); see separateName.
func (e *Extractor) partOfLongerName(st *docState, i, end, actor int) bool {
	t := st.toks[i]
	// Starts inside a capitalised compound whose first part is unknown.
	if t.Hyphen && i > 0 && st.upper(i-1) && st.cover[i-1] < 0 && !e.lex.nonName[st.toks[i-1].Fold()] {
		return true
	}
	// Ends before a capitalised compound part: Sint-Truiden when only Sint is known.
	if end < len(st.toks) && st.toks[end].Hyphen && st.upper(end) {
		if ej, _ := e.matchAt(st, end); ej < 0 {
			return true
		}
	}
	if end-i != 1 {
		return false
	}
	if e.actors[actor].Type == Person && initialBefore(st, i) {
		// Kees P. Balkenende is not Jan Peter Balkenende.
		return true
	}
	org := e.actors[actor].Type == Organisation || e.actors[actor].Type == Media
	if j := i - 1; j >= 0 && st.adjacent(i) && !t.Hyphen && st.cover[j] < 0 && e.nameLike(st, j) {
		if (!st.weak[j] || e.first[st.toks[j].Fold()] || e.lex.orgWord[st.toks[j].Fold()]) &&
			!(org && (e.descriptor(st, j) || e.separateName(st, e.nameRunBefore(st, j), i, i))) {
			return true
		}
	}
	if end < len(st.toks) && st.adjacent(end) && !st.toks[end].Hyphen && e.nameLike(st, end) {
		if ej, _ := e.matchAt(st, end); ej < 0 && !(org && e.separateName(st, end, e.nameRunAfter(st, end), i)) {
			return true
		}
	}
	return false
}

// givenNames returns the folded first names of a person's name: the
// words before the last one, without particles and initials (Jan Peter
// of Jan Peter Balkenende, Karel of Karel De Gucht).
func (e *Extractor) givenNames(name string) []string {
	f := wordFolds(name)
	var out []string
	for _, w := range f[:max(len(f)-1, 0)] {
		if !e.lex.particle[w] && utf8.RuneCountInString(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}

// givenNamesBefore returns where the mention of a gazetteer person whose
// name or alias matches at token i starts: earlier when the person's own
// first names or their initials stand directly before it (Dilan
// Yeşilgöz-Zegerius by the alias Yeşilgöz-Zegerius, Jan Balkenende, Jan
// P. Balkenende, J.P. Balkenende for Jan Peter Balkenende).
func (e *Extractor) givenNamesBefore(st *docState, i, actor int) int {
	given := e.given[actor]
	if len(given) == 0 {
		return i
	}
	start := i
	for k := i - 1; k >= 0 && st.adjacent(k+1) && st.cover[k] < 0; k-- {
		if initialBefore(st, k+1) && st.cover[k-1] < 0 && hasInitial(given, st.toks[k-1].Fold()) {
			k--
			start = k
			continue
		}
		if st.upper(k) && !st.toks[k].Hyphen && slices.Contains(given, st.toks[k].Fold()) {
			start = k
			continue
		}
		break
	}
	return start
}

// nameBefore reports whether a name-like word stands directly before
// token start, so that a person's first names found there are part of
// another person's longer name: Kees P. Balkenende.
func (e *Extractor) nameBefore(st *docState, start int) bool {
	j := start - 1
	return j >= 0 && st.adjacent(start) && st.cover[j] < 0 && e.nameLike(st, j) && (!st.weak[j] || e.first[st.toks[j].Fold()])
}

// initialBefore reports whether an initial (a capital letter and a
// period: P.) stands directly before token i.
func initialBefore(st *docState, i int) bool {
	if i < 2 || !st.adjacent(i) || !st.adjacent(i-1) {
		return false
	}
	p, l := st.toks[i-1], st.toks[i-2]
	return p.Fold() == "." && l.End == p.Start && st.upper(i-2) && utf8.RuneCountInString(l.Fold()) == 1
}

// hasInitial reports whether one of the folded names starts with the
// folded letter l.
func hasInitial(names []string, l string) bool {
	for _, n := range names {
		if strings.HasPrefix(n, l) {
			return true
		}
	}
	return false
}

// nameLike reports whether token j is a capitalised word that can be part
// of a name: not a title, not an adjective of nationality, not a common
// word standing sentence-initially.
func (e *Extractor) nameLike(st *docState, j int) bool {
	if !st.upper(j) {
		return false
	}
	f := st.toks[j].Fold()
	if e.lex.title[f] || e.lex.nonName[f] || e.isNationalAdj(st, j) {
		return false
	}
	if st.weak[j] && e.isCommon(st, j) {
		return false
	}
	return true
}

// eventNames turns name mentions that are part of the name of an event
// or a work into mentions of that name, of type Other: a name followed by
// a year (Brussel 2000, Euro 2000: the year is part of it), an event word
// and a connector before a name (Ronde van Denemarken, Tour de France,
// Grote Prijs van Monaco), and a discovered name between quotes, a title
// ('De Quiz van de Eeuw').
func (e *Extractor) eventNames(st *docState, groups *[]Actor) {
	n := len(st.toks)
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.role || m.actor < 0 && m.group < 0 {
			continue
		}
		start, end := m.start, m.end
		switch {
		case end < n && st.adjacent(end) && !st.toks[end].Hyphen && st.toks[end].Kind == text.Number && isYear(st.toks[end].Fold()):
			end++
		case start >= 2 && st.adjacent(start) && st.adjacent(start-1) && st.cover[start-2] < 0 &&
			(st.toks[start-1].Fold() == "van" || st.toks[start-1].Fold() == "de" || st.toks[start-1].Fold() == "of") &&
			st.upper(start-2) && e.lex.event[st.toks[start-2].Fold()]:
			start -= 2
		case m.group >= 0 && start > 0 && end < n && st.seg[start-1] == st.seg[start] && st.seg[end] == st.seg[start] &&
			st.toks[start-1].Kind == text.Punct && st.toks[end].Kind == text.Punct &&
			text.IsQuote(st.toks[start-1].Fold()) && text.IsQuote(st.toks[end].Fold()):
		default:
			continue
		}
		m.start, m.end = start, end
		m.actor, m.group = -1, e.otherGroup(st, groups, start, end)
		for k := start; k < end; k++ {
			st.cover[k] = int32(mi)
		}
	}
}

// isYear reports whether a folded number is a year 1900–2099.
func isYear(y string) bool { return len(y) == 4 && (y[:2] == "19" || y[:2] == "20") }

// otherGroup returns the index in groups of the Other name written by
// tokens [start, end), adding it when it is new.
func (e *Extractor) otherGroup(st *docState, groups *[]Actor, start, end int) int {
	raw := st.src[st.toks[start].Start:st.toks[end-1].End]
	if gi, ok := st.otherIdx[raw]; ok {
		return gi
	}
	if st.otherIdx == nil {
		st.otherIdx = make(map[string]int)
	}
	gi := e.newOtherGroup(st, groups, start, end)
	st.otherIdx[raw] = gi
	return gi
}

func (e *Extractor) newOtherGroup(st *docState, groups *[]Actor, start, end int) int {
	name := e.surface(st, start, end)
	id := Slug(name)
	for gi := range *groups {
		if g := &(*groups)[gi]; g.ID == id {
			// One type per name per article: the name of a work or event
			// is that wherever the article writes it.
			g.Type = Other
			return gi
		}
	}
	*groups = append(*groups, Actor{ID: id, Name: name, Type: Other, Discovered: true})
	return len(*groups) - 1
}

// otherWords marks the words of nationality, the languages, religions and
// events that stand alone, outside any other mention, as names of type
// Other: Amerikaanse, Belgen, Nederlands, Islam, Holocaust. Such words in
// a row, or joined by hyphens, are one name (Frans-Duitse, Oost-Europese);
// a compound with another part (Amerikaans-gezinde) is none. Where every
// word is capitalised, only a listed word or one no frequent word is kept.
func (e *Extractor) otherWords(st *docState, groups *[]Actor) {
	n := len(st.toks)
	for j := 0; j < n; j++ {
		if st.cover[j] >= 0 || !e.otherWordAt(st, j) {
			continue
		}
		start := j
		if st.toks[j].Hyphen {
			// Oost-Europese: a compass word before the hyphen joins.
			if p := j - 1; p >= 0 && st.cover[p] < 0 && st.upper(p) && e.lex.placePrefix[st.toks[p].Fold()] && !st.toks[p].Hyphen {
				start = p
			} else {
				continue
			}
		}
		end := j + 1
		for end < n && st.adjacent(end) && st.cover[end] < 0 && e.otherWordAt(st, end) {
			end++
		}
		if end < n && st.toks[end].Hyphen {
			j = end
			continue // Amerikaans-gezinde
		}
		if end < n && st.adjacent(end) && st.toks[end].Kind == text.Number && isYear(st.toks[end].Fold()) && e.lex.nonName[st.toks[end-1].Fold()] {
			end++ // Euro 2000, WK 2002
		}
		if st.weak[start] && end-start == 1 && !e.lex.otherWord[st.toks[start].Fold()] && e.isCommon(st, start) {
			continue
		}
		idx := int32(len(st.ms))
		st.ms = append(st.ms, mention{start: start, end: end, actor: -1, group: e.otherGroup(st, groups, start, end)})
		for k := start; k < end; k++ {
			st.cover[k] = idx
		}
		j = end - 1
	}
}

// otherWordAt reports whether token j is a capitalised word of
// nationality, a language, a religion or an event name (see otherWords).
func (e *Extractor) otherWordAt(st *docState, j int) bool {
	t := st.toks[j]
	if t.Kind != text.Word || !st.upper(j) {
		return false
	}
	if e.lex.nonName[t.Fold()] {
		return e.lex.otherWord[t.Fold()]
	}
	// Words of nationality not listed end in -se or -sche (Chinese, Belgische), -s
	// or -n or -r (Oekraïners, Nijmegenaren, VVD'er): a cheap test first.
	f := t.Fold()
	if len(f) < 4 {
		return false
	}
	switch f[len(f)-1] {
	case 's', 'n', 'r':
	case 'e':
		if f[len(f)-2] != 's' && !strings.HasSuffix(f, "che") {
			return false // not -se (Chinese) nor -sche (Belgische)
		}
	default:
		return false
	}
	return e.isNationalAdj(st, j)
}

// dropAppositiveRoles removes role mentions directly followed by a name
// mention: in "de Amerikaanse president Joe Biden" the name is the mention.
func (e *Extractor) dropAppositiveRoles(st *docState) {
	startAt := st.startAt // set by reset to false for every token
	for _, m := range st.ms {
		if !m.role {
			startAt[m.start] = true
		}
	}
	out := st.ms[:0]
	for _, m := range st.ms {
		if m.role && m.end < len(st.toks) && startAt[m.end] && st.adjacent(m.end) {
			continue
		}
		out = append(out, m)
	}
	st.ms = out
}
