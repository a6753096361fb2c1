package actors

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"corpusexplorer/app/text"
)

// Gazetteer is a curated list of actors with their names, aliases and role
// phrases. The zero value is not usable: make one with ParseGazetteer or
// NewGazetteer. A Gazetteer is not safe for concurrent modification; an
// Extractor made from it is a snapshot and is unaffected by later edits.
type Gazetteer struct {
	actors []Actor
	byID   map[string]int
}

// NewGazetteer returns a gazetteer of the given actors, in order, after
// checking them as ParseGazetteer does (ids default to Slug(Name)).
func NewGazetteer(actors []Actor) (*Gazetteer, error) {
	g := &Gazetteer{byID: make(map[string]int, len(actors))}
	for _, a := range actors {
		a = cloneActor(a)
		if a.ID == "" {
			a.ID = Slug(a.Name)
		}
		if err := checkActor(&a); err != nil {
			return nil, err
		}
		if _, dup := g.byID[a.ID]; dup {
			return nil, fmt.Errorf("actor %s: duplicate id", a.ID)
		}
		g.byID[a.ID] = len(g.actors)
		g.actors = append(g.actors, a)
	}
	for _, a := range g.actors {
		if a.Affiliation == "" {
			continue
		}
		if _, ok := g.byID[a.Affiliation]; !ok || a.Affiliation == a.ID {
			return nil, fmt.Errorf("actor %s: unknown affiliation %q", a.ID, a.Affiliation)
		}
	}
	return g, nil
}

// ParseGazetteer reads a gazetteer in the tab-separated format described in
// the package documentation. name is the file name used in error messages,
// which read "name:line: problem".
func ParseGazetteer(name string, data []byte) (*Gazetteer, error) {
	p := NewGazetteerParser(name, data)
	for !p.Step(math.MaxInt) {
	}
	return p.Gazetteer()
}

// maxLine is the longest line a gazetteer may have.
const maxLine = 1 << 20

// GazetteerParser parses a gazetteer a few lines at a time, as
// ParseGazetteer does at once, so that a page reading a large file of
// edits paints in between.
type GazetteerParser struct {
	name  string
	data  []byte
	pos   int // where the next line starts
	n     int // lines read
	g     *Gazetteer
	lines []int // by actor: its line, for errors
	err   error
	done  bool
	// comment, when set, takes in each comment line (see SetComments).
	comment func(n int, line string) error
}

// SetComments has the parser give f each comment line ("#" first, the
// spaces around it trimmed) with its number, before the first Step: a
// reader of directives written as comments (see app/edits) reads the file
// in the same pass. An error f returns ends the parse with it.
func (p *GazetteerParser) SetComments(f func(n int, line string) error) {
	p.comment = f
}

// NewGazetteerParser returns a parser of data, read from the file name.
func NewGazetteerParser(name string, data []byte) *GazetteerParser {
	// Sized for one actor a line: a large file of edits does not rehash.
	size := min(bytes.Count(data, []byte{'\n'})+1, 1<<20)
	return &GazetteerParser{name: name, data: data, g: &Gazetteer{byID: make(map[string]int, size)}}
}

// Step reads up to n more lines (at least one) and reports whether the
// parse is over, done or failed (see Gazetteer).
func (p *GazetteerParser) Step(n int) bool {
	for k := 0; k < max(n, 1) && !p.done; k++ {
		if p.pos >= len(p.data) {
			p.finish()
			break
		}
		end := bytes.IndexByte(p.data[p.pos:], '\n')
		next := p.pos + end + 1
		if end < 0 {
			end, next = len(p.data)-p.pos, len(p.data)
		}
		if end >= maxLine {
			p.fail(fmt.Errorf("%s:%d: %v", p.name, p.n+1, bufio.ErrTooLong))
			break
		}
		line := string(p.data[p.pos : p.pos+end])
		p.pos = next
		p.n++
		p.line(strings.TrimRight(line, "\r"))
	}
	return p.done
}

// line takes in line p.n.
func (p *GazetteerParser) line(line string) {
	if p.n == 1 {
		line = strings.TrimPrefix(line, "\ufeff")
	}
	switch trimmed := strings.TrimSpace(line); {
	case trimmed == "":
		return
	case strings.HasPrefix(trimmed, "#"):
		if p.comment != nil {
			if err := p.comment(p.n, trimmed); err != nil {
				p.fail(err)
			}
		}
		return
	}
	if !utf8.ValidString(line) {
		p.fail(fmt.Errorf("%s:%d: invalid UTF-8", p.name, p.n))
		return
	}
	a, err := parseLine(line)
	if err != nil {
		p.fail(fmt.Errorf("%s:%d: %v", p.name, p.n, err))
		return
	}
	g := p.g
	if prev, dup := g.byID[a.ID]; dup {
		p.fail(fmt.Errorf("%s:%d: duplicate id %s (first on line %d)", p.name, p.n, a.ID, p.lines[prev]))
		return
	}
	p.lines = append(p.lines, p.n)
	g.byID[a.ID] = len(g.actors)
	g.actors = append(g.actors, a)
}

// finish checks the affiliations once every line is read.
func (p *GazetteerParser) finish() {
	p.done = true
	for i, a := range p.g.actors {
		if a.Affiliation == "" {
			continue
		}
		if _, ok := p.g.byID[a.Affiliation]; !ok {
			p.fail(fmt.Errorf("%s:%d: unknown affiliation %q", p.name, p.lines[i], a.Affiliation))
			return
		}
		if a.Affiliation == a.ID {
			p.fail(fmt.Errorf("%s:%d: actor is its own affiliation", p.name, p.lines[i]))
			return
		}
	}
}

func (p *GazetteerParser) fail(err error) {
	p.err, p.done, p.g = err, true, nil
}

// Gazetteer returns the gazetteer parsed, or the first error (file and
// line), once Step reported the end.
func (p *GazetteerParser) Gazetteer() (*Gazetteer, error) {
	if !p.done {
		return nil, errors.New("actors: the gazetteer is not parsed yet")
	}
	return p.g, p.err
}

// parseLine parses one actor line.
func parseLine(line string) (Actor, error) {
	f := strings.Split(line, "\t")
	if len(f) < 3 {
		return Actor{}, fmt.Errorf("want at least 3 tab-separated fields (id, type, name), got %d", len(f))
	}
	if len(f) > 6 {
		return Actor{}, fmt.Errorf("want at most 6 tab-separated fields, got %d", len(f))
	}
	for len(f) < 6 {
		f = append(f, "")
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
		if f[i] == "-" {
			f[i] = ""
		}
	}
	var a Actor
	a.ID = f[0]
	t, err := ParseType(f[1])
	if err != nil {
		return Actor{}, err
	}
	a.Type = t
	a.Name = f[2]
	if a.ID == "" {
		a.ID = Slug(a.Name)
	}
	a.Affiliation = f[3]
	for _, s := range strings.Split(f[4], "|") {
		if s = strings.TrimSpace(s); s != "" {
			a.Aliases = append(a.Aliases, s)
		}
	}
	for _, s := range strings.Split(f[5], "|") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		r, err := parseRole(s)
		if err != nil {
			return Actor{}, err
		}
		a.Roles = append(a.Roles, r)
	}
	return a, checkActor(&a)
}

// parseRole parses "phrase" or "phrase [FROM..TO]".
func parseRole(s string) (Role, error) {
	open := strings.IndexByte(s, '[')
	if open < 0 {
		if strings.ContainsAny(s, "]") {
			return Role{}, fmt.Errorf("role %q: ']' without '['", s)
		}
		return Role{Phrase: s}, nil
	}
	if !strings.HasSuffix(s, "]") {
		return Role{}, fmt.Errorf("role %q: date range must end with ']'", s)
	}
	rng := s[open+1 : len(s)-1]
	from, to, ok := strings.Cut(rng, "..")
	if !ok {
		return Role{}, fmt.Errorf("role %q: date range must read [FROM..TO]", s)
	}
	return Role{Phrase: strings.TrimSpace(s[:open]), From: strings.TrimSpace(from), To: strings.TrimSpace(to)}, nil
}

// checkActor validates a's fields.
func checkActor(a *Actor) error {
	if !validSlug(a.ID) {
		return fmt.Errorf("bad id %q: use a-z, 0-9 and inner single '-' (Slug of the name: %s)", a.ID, Slug(a.Name))
	}
	if a.Type < Person || a.Type > Media {
		return fmt.Errorf("actor %s: invalid type", a.ID)
	}
	if err := checkName(a.Name, "name"); err != nil {
		return fmt.Errorf("actor %s: %v", a.ID, err)
	}
	if a.Affiliation != "" && !validSlug(a.Affiliation) {
		return fmt.Errorf("actor %s: bad affiliation id %q", a.ID, a.Affiliation)
	}
	for _, s := range a.Aliases {
		if err := checkName(s, "alias"); err != nil {
			return fmt.Errorf("actor %s: %v", a.ID, err)
		}
	}
	for _, r := range a.Roles {
		if err := checkName(r.Phrase, "role phrase"); err != nil {
			return fmt.Errorf("actor %s: %v", a.ID, err)
		}
		if strings.ContainsAny(r.Phrase, "[]") {
			return fmt.Errorf("actor %s: role phrase %q must not contain '[' or ']'", a.ID, r.Phrase)
		}
		for _, d := range []string{r.From, r.To} {
			if _, ok := normDate(d, false); d != "" && !ok {
				return fmt.Errorf("actor %s: role %q: bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", a.ID, r.Phrase, d)
			}
		}
		if r.From != "" && r.To != "" {
			f, _ := normDate(r.From, false)
			t, _ := normDate(r.To, false)
			if f >= t {
				return fmt.Errorf("actor %s: role %q: empty date range %s..%s", a.ID, r.Phrase, r.From, r.To)
			}
		}
	}
	return nil
}

func checkName(s, what string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("empty %s", what)
	}
	if s != strings.TrimSpace(s) {
		return fmt.Errorf("%s %q has leading or trailing space", what, s)
	}
	if strings.ContainsAny(s, "\t\n\r|") {
		return fmt.Errorf("%s %q must not contain a tab, line break or '|'", what, s)
	}
	if s == "-" {
		return fmt.Errorf("%s must not be \"-\"", what)
	}
	hasWord := false
	for _, t := range text.Tokenize(s) {
		if t.Kind != text.Punct {
			hasWord = true
			break
		}
	}
	if !hasWord {
		return fmt.Errorf("%s %q has no word", what, s)
	}
	return nil
}

func cloneActor(a Actor) Actor {
	a.Aliases = append([]string(nil), a.Aliases...)
	a.Roles = append([]Role(nil), a.Roles...)
	if len(a.Aliases) == 0 {
		a.Aliases = nil
	}
	if len(a.Roles) == 0 {
		a.Roles = nil
	}
	return a
}

// Len returns the number of actors.
func (g *Gazetteer) Len() int { return len(g.actors) }

// Actors returns a copy of all actors, in gazetteer order.
func (g *Gazetteer) Actors() []Actor {
	out := make([]Actor, len(g.actors))
	for i, a := range g.actors {
		out[i] = cloneActor(a)
	}
	return out
}

// Actor returns the actor with the given id.
func (g *Gazetteer) Actor(id string) (Actor, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Actor{}, false
	}
	return cloneActor(g.actors[i]), true
}

// Put adds a, or replaces the actor with the same id, after checking it.
// An empty a.ID becomes Slug(a.Name). Its affiliation must exist.
func (g *Gazetteer) Put(a Actor) error {
	a = cloneActor(a)
	a.Discovered = false
	if a.ID == "" {
		a.ID = Slug(a.Name)
	}
	if err := checkActor(&a); err != nil {
		return err
	}
	if a.Affiliation != "" {
		if _, ok := g.byID[a.Affiliation]; !ok || a.Affiliation == a.ID {
			return fmt.Errorf("actor %s: unknown affiliation %q", a.ID, a.Affiliation)
		}
	}
	if i, ok := g.byID[a.ID]; ok {
		g.actors[i] = a
		return nil
	}
	g.byID[a.ID] = len(g.actors)
	g.actors = append(g.actors, a)
	return nil
}

// ErrAffiliated is returned by Remove when other actors name the actor as
// their affiliation.
var ErrAffiliated = errors.New("actor is the affiliation of other actors")

// Remove deletes the actor with the given id. It reports false if there
// is none, and fails with ErrAffiliated while other actors point to it.
func (g *Gazetteer) Remove(id string) (bool, error) {
	i, ok := g.byID[id]
	if !ok {
		return false, nil
	}
	for _, a := range g.actors {
		if a.Affiliation == id {
			return false, fmt.Errorf("%s: %w (%s)", id, ErrAffiliated, a.ID)
		}
	}
	g.actors = append(g.actors[:i], g.actors[i+1:]...)
	delete(g.byID, id)
	for j := i; j < len(g.actors); j++ {
		g.byID[g.actors[j].ID] = j
	}
	return true, nil
}

// Lookup returns the ids of the actors that have name as canonical name
// or alias, compared on folded words (case and diacritics ignored), in
// gazetteer order. Role phrases are not searched.
func (g *Gazetteer) Lookup(name string) []string {
	key := foldKey(name)
	if key == "" {
		return nil
	}
	var ids []string
	for _, a := range g.actors {
		for _, n := range a.Names() {
			if foldKey(n) == key {
				ids = append(ids, a.ID)
				break
			}
		}
	}
	return ids
}

// foldKey joins the folded tokens of s with spaces.
func foldKey(s string) string {
	toks := text.Tokenize(s)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, t.Fold())
	}
	return strings.Join(parts, " ")
}

// Header is the comment block that WriteTo puts at the top of a gazetteer
// file. It documents the format.
const Header = `# Corpus Explorer actor gazetteer.
#
# One actor per line, six fields separated by TAB characters:
#
#   id  type  name  affiliation  aliases  roles
#
# id           stable ASCII slug: a-z, 0-9 and inner '-' (Slug of the name:
#              joe-biden). "-" or empty: derived from the name.
# type         person | organisation | place | media
# name         canonical name as written in Dutch: Vladimir Poetin
# affiliation  id of the actor this one belongs to (joe-biden ->
#              verenigde-staten), or "-".
# aliases      other names, separated by '|': Putin|Poetin. "-" for none.
#              Words written with a capital must be capitalised in the
#              text; matching ignores case otherwise, and diacritics.
# roles        role phrases, separated by '|', each optionally followed by
#              a date range [FROM..TO] (FROM inclusive, TO exclusive;
#              YYYY, YYYY-MM or YYYY-MM-DD; either side may be empty):
#              de Amerikaanse president [2021-01-20..2025-01-20]
#              A role matches only in articles dated inside its range; an
#              article dated to the month counts as the 15th.
#
# Trailing empty fields may be left out. Lines starting with '#' and blank
# lines are ignored. When two actors share an alias, the first one listed
# wins, unless the text writes it in capitals as only a later one does, or
# the article's other actors belong to a later one's country (Kamer: the
# Dutch Tweede Kamer, or the Belgian chamber in a Belgian article). Names,
# aliases and phrases may not contain TAB, '|', '[' or ']'.
`

// WriteTo writes the gazetteer in its file format, with Header on top, so
// that ParseGazetteer reads back the same actors. It implements
// io.WriterTo.
func (g *Gazetteer) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString(Header)
	b.WriteString("\n")
	for _, a := range g.actors {
		writeActor(&b, &a)
	}
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

// Format returns the gazetteer in its file format (see WriteTo).
func (g *Gazetteer) Format() []byte {
	var b bytes.Buffer
	g.WriteTo(&b)
	return b.Bytes()
}

func writeActor(b *bytes.Buffer, a *Actor) {
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	// The id is always written, even when it equals Slug(Name): ids must
	// stay stable when a name is edited.
	id := a.ID
	roles := make([]string, len(a.Roles))
	for i, r := range a.Roles {
		roles[i] = r.Phrase
		if r.From != "" || r.To != "" {
			roles[i] += " [" + r.From + ".." + r.To + "]"
		}
	}
	fmt.Fprintf(b, "%s\t%s\t%s\t%s\t%s\t%s\n", id, a.Type, a.Name, dash(a.Affiliation),
		dash(strings.Join(a.Aliases, "|")), dash(strings.Join(roles, "|")))
}
