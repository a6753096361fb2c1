// Package importer turns a batch of files a user brings into corpus files
// plus one Problem per thing that went wrong, so that the good files of a
// batch are imported while each bad one gets a clear message naming its
// file and line. It is pure Go (no UI) and builds for WebAssembly.
//
// # Accepted files
//
//   - .txt (also .text): an article file in the seed format, starting with
//     "date YYYY-MM" or "date YYYY-MM-DD" followed by the first paragraph
//     (see package corpus). Its id is the file name without extension, as
//     corpus derives it.
//   - .txt without a date header: plain text. It is dated to
//     Options.Month; without one the file gets a NoDate problem
//     ("no date: choose a month") and the UI asks for a month.
//   - .json: a list of objects {"id", "date", "text"}, one article each.
//     "date" may be left out when Options.Month is set; a missing "id"
//     becomes NAME-N (the file name without extension and the 1-based
//     position in the list). Other fields are ignored.
//   - .csv: a header row naming the columns id, date and text (any order,
//     any case; other columns are ignored; id and date may be missing as
//     for JSON), then one article per row. Fields are separated by commas,
//     or by semicolons when the header row holds a semicolon and no comma
//     (as spreadsheets write it in Dutch locales).
//
// # Encodings
//
// Files are decoded by corpus.Decode, as the native commands read them:
// UTF-8 (a byte-order mark is allowed); UTF-16 with a byte-order mark,
// and UTF-16 without one but recognisable by its zero bytes, are
// converted; so is text that is not valid UTF-8 but reads as Windows-1252
// (the superset of Latin-1 that Windows editors write). A conversion is
// reported as a Converted problem, a warning: the file is imported
// anyway. Other invalid text, and NUL bytes, are an Encoding problem
// naming the line of the first bad byte.
//
// Date headers are checked by corpus.ParseHeader, as the native commands
// check them: a .txt file that starts with something like a header
// ("DATE 2021-12", "date2021-12", "date -2021-01") is a BadDate problem
// "file:1: malformed date header: <reason>", the very message of
// corpus.Load, not plain text.
//
// # Ids
//
// An id already in the corpus (Options.Existing) or earlier in the batch
// gives a DuplicateID problem that carries the article as Pending, so
// that the UI can offer "replace" (Replace) or "keep both" (KeepBoth,
// which renames it with FreshID: id-2, id-3, ...). Add Batch.Files to the
// corpus first, then resolve the duplicates: an id taken earlier in the
// batch is then in the corpus too.
package importer

import (
	"bytes"
	"errors"
	"path"
	"strconv"
	"strings"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/strmap"
)

// MaxSourceSize is the largest .json or .csv file accepted, in bytes. Each
// article in it is still limited to corpus.MaxFileSize; a .txt file is
// limited to corpus.MaxFileSize.
const MaxSourceSize = 32 * corpus.MaxFileSize

// Source is one file the user brings: its name (only the base name and
// extension are used) and content.
type Source struct {
	Name string
	Data []byte
}

// Options are the choices the user makes for a whole batch.
type Options struct {
	// Month dates plain text without a date header, and JSON or CSV
	// articles without a date. Only year and month are used; zero means
	// none was chosen.
	Month corpus.Date
	// Existing reports whether an id is already in the corpus; nil means
	// none is.
	Existing func(id string) bool
	// Step, when not nil, is called before each source and before each
	// article of a .json or .csv file: a page can repaint then. When it
	// returns false the import stops there, and the batch holds what was
	// done before (the caller has cancelled it).
	Step func() bool
}

// Kind classifies a Problem.
type Kind uint8

// Problem kinds. Every kind but Converted rejects the file or article it
// names.
const (
	Empty       Kind = iota + 1 // nothing but white space, an empty JSON list, or a CSV header row alone
	TooLarge                    // over corpus.MaxFileSize (an article) or MaxSourceSize
	Encoding                    // not UTF-8, and no conversion applies
	Converted                   // a warning: converted to UTF-8 from another encoding
	Unsupported                 // a file type other than .txt, .json or .csv
	NoDate                      // plain text without a date, and no month chosen
	BadDate                     // a malformed date, or a month out of range
	BadDay                      // a day that does not exist in its month
	Syntax                      // malformed JSON or CSV, or a CSV header without text
	BadID                       // an id that cannot be a file name
	EmptyText                   // no article text after the date
	DuplicateID                 // the id is taken; the article is in Problem.Pending
	Invalid                     // any other error of corpus.Parse
	Hidden                      // a hidden file of a folder, skipped (see Import)
)

var kindNames = [...]string{
	Empty: "empty", TooLarge: "too-large", Encoding: "encoding", Converted: "converted",
	Unsupported: "unsupported", NoDate: "no-date", BadDate: "bad-date", BadDay: "bad-day",
	Syntax: "syntax", BadID: "bad-id", EmptyText: "empty-text", DuplicateID: "duplicate-id",
	Invalid: "invalid", Hidden: "hidden",
}

// String returns the kind's name in lower case with dashes: "no-date".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "unknown"
}

// Warning reports whether a problem of kind k leaves the file imported.
func (k Kind) Warning() bool { return k == Converted }

// Without returns the problems that are not of kind k, in order.
func Without(ps []Problem, k Kind) []Problem {
	var out []Problem
	for _, p := range ps {
		if p.Kind != k {
			out = append(out, p)
		}
	}
	return out
}

// Rejected counts the problems that kept an article out (warnings do not).
func Rejected(ps []Problem) int {
	n := 0
	for _, p := range ps {
		if !p.Kind.Warning() {
			n++
		}
	}
	return n
}

// Problem is something wrong with one file of a batch, or with one
// article of a .json or .csv file.
type Problem struct {
	File string // the source's name
	Line int    // 1-based line in the source, 0 for the file as a whole
	Kind Kind
	Msg  string
	// ID is the article id concerned, when known.
	ID string
	// Pending is the rejected article of a DuplicateID problem, ready for
	// Replace or KeepBoth; nil for other kinds.
	Pending *corpus.File
	// Count is set on the summary of a group: when a file has more than
	// MaxListed problems of one kind ("element 7: want an object"), they
	// are summed up in one problem ("100,000 elements are not objects {id,
	// date, text}; first at line 1", Line 0) with Count their number,
	// followed by the first MaxListed of them; the rest are left out.
	// Count is 0 for every other problem.
	Count int
}

// MaxListed is the number of problems of one kind listed per file; more
// are summed up (see Problem.Count).
const MaxListed = 20

// Error returns "file:line: msg", or "file: msg" when Line is 0.
func (p Problem) Error() string {
	if p.Line == 0 {
		return p.File + ": " + p.Msg
	}
	return p.File + ":" + strconv.Itoa(p.Line) + ": " + p.Msg
}

// Batch is the outcome of an import: the articles to add (in the order of
// the sources) and the problems, in the order found.
type Batch struct {
	// Files are article files in the seed format that corpus.Parse accepts
	// and whose ids are new; pass them to (*corpus.Corpus).Add.
	Files []corpus.File
	// Parsed holds, for each of Files in order, the article that
	// corpus.Parse made of it while checking it: a caller may keep it
	// rather than parse the file again.
	Parsed   []*corpus.Article
	Problems []Problem
}

// importer holds the state of one Import call.
type importer struct {
	opt   Options
	seen  strmap.Map[struct{}] // the ids taken so far
	batch Batch
	// The problems of the current source, by group.
	start  int // index of its first problem in batch.Problems
	what   string
	groups map[groupKey]*group
	// stopped is set once Options.Step asked to stop.
	stopped bool
}

// groupKey is a kind of problem: its Kind and, for some, a finer reason
// ("not-object").
type groupKey struct {
	kind   Kind
	reason string
}

// group counts the problems of one kind in one source.
type group struct {
	n     int
	first Problem
	at    int // index of first in batch.Problems
}

// Import turns sources into corpus files. It never fails as a whole: every
// source or article that cannot be imported gives a Problem, and the rest
// are in Batch.Files; nothing is skipped without one. A source whose name
// has a folder ("dir/.DS_Store", "dir/.git/config": a file of a folder the
// user chose) and a part starting with "." is a hidden file: it is
// skipped with a Hidden problem. A hidden file chosen on its own (a name
// without a folder) is imported like any other.
func Import(sources []Source, opt Options) Batch {
	im := &importer{opt: opt, groups: map[groupKey]*group{}}
	for _, s := range sources {
		if !im.step() {
			break
		}
		im.source(s)
	}
	return im.batch
}

// step calls Options.Step and reports whether to go on.
func (im *importer) step() bool {
	if im.stopped || im.opt.Step == nil {
		return !im.stopped
	}
	im.stopped = !im.opt.Step()
	return !im.stopped
}

func (im *importer) problem(file string, line int, k Kind, msg string) {
	im.add(Problem{File: file, Line: line, Kind: k, Msg: msg}, "")
}

// add adds a problem of the current source, unless MaxListed of its kind
// (p.Kind and reason) are listed already; then it is only counted.
func (im *importer) add(p Problem, reason string) {
	key := groupKey{p.Kind, reason}
	g := im.groups[key]
	if g == nil {
		g = &group{first: p, at: len(im.batch.Problems)}
		im.groups[key] = g
	}
	g.n++
	if g.n <= MaxListed {
		im.batch.Problems = append(im.batch.Problems, p)
	}
}

// endSource puts a summary before the first problem of each kind that the
// current source has more than MaxListed of.
func (im *importer) endSource(name string) {
	defer clear(im.groups)
	over := map[int]Problem{} // index of a first problem → its summary
	for key, g := range im.groups {
		if g.n > MaxListed {
			over[g.at] = summary(name, im.what, key, g)
		}
	}
	im.what = ""
	if len(over) == 0 {
		return
	}
	probs := im.batch.Problems[im.start:]
	out := make([]Problem, 0, len(probs)+len(over))
	for i, p := range probs {
		if s, ok := over[im.start+i]; ok {
			out = append(out, s)
		}
		out = append(out, p)
	}
	im.batch.Problems = append(im.batch.Problems[:im.start], out...)
}

// summary returns the summary problem of a group.
func summary(name, what string, key groupKey, g *group) Problem {
	if what == "" {
		what = "problem"
	}
	phrase := summaryPhrases[key.kind]
	switch {
	case key.reason == "not-object":
		phrase = "are not objects {id, date, text}"
	case strings.HasPrefix(key.reason, "field "):
		phrase = "have a " + strconv.Quote(strings.TrimPrefix(key.reason, "field ")) + " that is not a string"
	case phrase == "":
		phrase = "are " + key.kind.String()
	}
	msg := thousands(g.n) + " " + what + "s " + phrase
	if g.first.Line > 0 {
		msg += "; first at line " + strconv.Itoa(g.first.Line)
	}
	msg += " (the first " + strconv.Itoa(MaxListed) + " are listed)"
	return Problem{File: name, Kind: key.kind, Msg: msg, Count: g.n}
}

var summaryPhrases = map[Kind]string{
	TooLarge:    "are too large",
	Encoding:    "are not valid UTF-8",
	NoDate:      "have no date: choose a month",
	BadDate:     "have a malformed date",
	BadDay:      "have a day that does not exist in its month",
	Syntax:      "are malformed",
	BadID:       "have an id that cannot be a file name",
	EmptyText:   "have no text",
	DuplicateID: "have an id that is taken already: replace them or keep both",
	Invalid:     "cannot be imported",
}

// thousands formats n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// source imports one file.
func (im *importer) source(s Source) {
	name := s.Name
	im.start = len(im.batch.Problems)
	defer im.endSource(name)
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	ext := strings.ToLower(path.Ext(base))
	stem := strings.TrimSuffix(base, path.Ext(base))
	if hidden(name) {
		im.problem(name, 0, Hidden, "hidden file skipped (a file of the folder whose name starts with \".\")")
		return
	}
	limit := MaxSourceSize
	switch ext {
	case ".txt", ".text":
		limit = corpus.MaxFileSize
	case ".json", ".csv":
	default:
		if ext == "" {
			ext = "no extension"
		}
		im.problem(name, 0, Unsupported, "unsupported file type ("+ext+"): use .txt, .json or .csv")
		return
	}
	if len(s.Data) > limit {
		im.problem(name, 0, TooLarge, "file too large: "+strconv.Itoa(len(s.Data))+" bytes, limit "+strconv.Itoa(limit))
		return
	}
	data, note, perr := corpus.Decode(name, s.Data)
	if perr != nil {
		im.problem(name, perr.Line, Encoding, perr.Msg)
		return
	}
	if note != nil {
		im.problem(name, note.Line, Converted, note.Msg)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		im.problem(name, 0, Empty, "empty file")
		return
	}
	switch ext {
	case ".json":
		im.json(name, stem, data)
	case ".csv":
		im.csv(name, stem, data)
	default:
		im.text(name, stem, data)
	}
}

// hidden reports whether name has a folder and a part, folder or file,
// that starts with ".": a hidden file that came with a folder.
func hidden(name string) bool {
	parts := strings.Split(strings.ReplaceAll(name, `\`, "/"), "/")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if strings.HasPrefix(p, ".") && p != "." && p != ".." {
			return true
		}
	}
	return false
}

// text imports a .txt file.
func (im *importer) text(name, stem string, data []byte) {
	if _, _, err := corpus.ParseHeader(name, data); errors.Is(err, corpus.ErrNoHeader) {
		if im.opt.Month.IsZero() {
			im.add(Problem{File: name, Line: 1, Kind: NoDate, Msg: "no date: choose a month", ID: stem}, "")
			return
		}
		if !im.opt.Month.MonthDate().Valid() {
			im.problem(name, 0, BadDate, "the chosen month "+im.opt.Month.MonthDate().String()+" is not a valid month")
			return
		}
		data = append([]byte("date "+im.opt.Month.MonthDate().String()+" "), data...)
	}
	im.article(name, 0, "", stem, data)
}

// article checks one article in the seed format and adds it to the batch.
// line is the source line the article starts on (0 for a whole .txt file,
// whose errors keep corpus's own line numbers) and where names the element
// of a .json or .csv file ("element 3: ") for messages.
func (im *importer) article(src string, line int, where, id string, data []byte) {
	fail := func(l int, k Kind, msg string) {
		im.add(Problem{File: src, Line: l, Kind: k, Msg: where + msg, ID: id}, "")
	}
	if err := checkID(id); err != nil {
		fail(line, BadID, err.Error())
		return
	}
	fname := id + ".txt"
	a, err := corpus.ParseOwned(fname, data) // data is the batch's file: never changed
	if err != nil {
		var pe *corpus.ParseError
		if !errors.As(err, &pe) {
			fail(line, Invalid, err.Error())
			return
		}
		k := Invalid
		switch {
		case strings.HasPrefix(pe.Msg, "file too large"):
			k = TooLarge
		case strings.HasPrefix(pe.Msg, "empty body"):
			k = EmptyText
		case errors.Is(err, corpus.ErrEncoding):
			k = Encoding
		case errors.Is(err, corpus.ErrDay):
			k = BadDay
		case errors.Is(err, corpus.ErrHeader), errors.Is(err, corpus.ErrNoHeader):
			k = BadDate
		}
		l := pe.Line
		if line > 0 {
			l = line // a line of the article text, not of the source
		}
		fail(l, k, pe.Msg)
		return
	}
	if a.ID != id {
		fail(line, BadID, "id "+strconv.Quote(id)+" cannot be a file name")
		return
	}
	f := corpus.File{Name: fname, Data: data}
	if im.seen.Has(id) || (im.opt.Existing != nil && im.opt.Existing(id)) {
		in := "in the corpus"
		if im.seen.Has(id) {
			in = "earlier in this batch"
		}
		im.add(Problem{
			File: src, Line: line, Kind: DuplicateID, ID: id, Pending: &f,
			Msg: where + "id " + strconv.Quote(id) + " is already " + in + ": replace it or keep both",
		}, "")
		return
	}
	im.seen.Put(id, struct{}{})
	im.batch.Files = append(im.batch.Files, f)
	im.batch.Parsed = append(im.batch.Parsed, a)
}

// checkID rejects ids that corpus cannot derive from a file name or that
// would be awkward in a URL.
func checkID(id string) error {
	switch {
	case id == "":
		return errors.New("empty id")
	case strings.TrimSpace(id) != id:
		return errors.New("id " + strconv.Quote(id) + " has leading or trailing space")
	case strings.ContainsAny(id, `/\`):
		return errors.New("id " + strconv.Quote(id) + " must not contain / or \\")
	case id == "." || id == "..":
		return errors.New("id " + strconv.Quote(id) + " cannot be a file name")
	}
	for _, r := range id {
		if r < ' ' || r == 0x7f {
			return errors.New("id " + strconv.Quote(id) + " holds a control character")
		}
	}
	return nil
}

// FreshID returns the first of id-2, id-3, ... that taken reports free,
// for keeping both articles of a DuplicateID problem. taken nil means no
// id is taken.
func FreshID(id string, taken func(string) bool) string {
	for n := 2; ; n++ {
		c := id + "-" + strconv.Itoa(n)
		if taken == nil || !taken(c) {
			return c
		}
	}
}

// KeepBoth returns the pending article of a DuplicateID problem under a
// fresh id (FreshID), ready for (*corpus.Corpus).Add. It fails for a
// problem without a pending article.
func KeepBoth(p Problem, taken func(string) bool) (corpus.File, error) {
	if p.Pending == nil {
		return corpus.File{}, errors.New(p.Error() + ": nothing pending")
	}
	id := FreshID(corpus.IDOf(p.Pending.Name), taken)
	return corpus.File{Name: id + ".txt", Data: p.Pending.Data}, nil
}
