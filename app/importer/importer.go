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
// Files should be UTF-8 (a byte-order mark is allowed). UTF-16 with a
// byte-order mark, and UTF-16 without one but recognisable by its zero
// bytes, are converted; so is text that is not valid UTF-8 but reads as
// Windows-1252 (the superset of Latin-1 that Windows editors write). A
// conversion is reported as a Converted problem, a warning: the file is
// imported anyway. Other invalid text is an Encoding problem naming the
// line of the first bad byte.
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
}

// Kind classifies a Problem.
type Kind uint8

// Problem kinds. Every kind but Converted rejects the file or article it
// names.
const (
	Empty       Kind = iota + 1 // the file holds nothing but white space
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
)

var kindNames = [...]string{
	Empty: "empty", TooLarge: "too-large", Encoding: "encoding", Converted: "converted",
	Unsupported: "unsupported", NoDate: "no-date", BadDate: "bad-date", BadDay: "bad-day",
	Syntax: "syntax", BadID: "bad-id", EmptyText: "empty-text", DuplicateID: "duplicate-id",
	Invalid: "invalid",
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
}

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
	Files    []corpus.File
	Problems []Problem
}

// Err joins the problems that reject something (not the warnings), or is
// nil.
func (b Batch) Err() error {
	var errs []error
	for _, p := range b.Problems {
		if !p.Kind.Warning() {
			errs = append(errs, p)
		}
	}
	return errors.Join(errs...)
}

// importer holds the state of one Import call.
type importer struct {
	opt   Options
	seen  map[string]bool
	batch Batch
}

// Import turns sources into corpus files. It never fails as a whole: every
// source or article that cannot be imported gives a Problem, and the rest
// are in Batch.Files.
func Import(sources []Source, opt Options) Batch {
	im := &importer{opt: opt, seen: map[string]bool{}}
	for _, s := range sources {
		im.source(s)
	}
	return im.batch
}

func (im *importer) problem(file string, line int, k Kind, msg string) {
	im.batch.Problems = append(im.batch.Problems, Problem{File: file, Line: line, Kind: k, Msg: msg})
}

// source imports one file.
func (im *importer) source(s Source) {
	name := s.Name
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	ext := strings.ToLower(path.Ext(base))
	stem := strings.TrimSuffix(base, path.Ext(base))
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
	data, note, noteLine, err := toUTF8(s.Data)
	if err != nil {
		var p Problem
		if errors.As(err, &p) {
			p.File = name
			im.batch.Problems = append(im.batch.Problems, p)
		}
		return
	}
	if note != "" {
		im.problem(name, noteLine, Converted, note)
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

// text imports a .txt file.
func (im *importer) text(name, stem string, data []byte) {
	if !hasHeader(data) {
		if im.opt.Month.IsZero() {
			p := Problem{File: name, Line: 1, Kind: NoDate, Msg: "no date: choose a month", ID: stem}
			im.batch.Problems = append(im.batch.Problems, p)
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

// hasHeader reports whether data starts (after a byte-order mark and
// spaces) with "date", white space and a digit: a date header, good or
// bad. Plain text that happens to start with the word "date" does not.
func hasHeader(data []byte) bool {
	s := bytes.TrimPrefix(data, []byte("\uFEFF"))
	s = bytes.TrimLeft(s, " \t")
	if !bytes.HasPrefix(s, []byte("date")) {
		return false
	}
	s = s[len("date"):]
	t := bytes.TrimLeft(s, " \t")
	return len(t) < len(s) && len(t) > 0 && t[0] >= '0' && t[0] <= '9'
}

// article checks one article in the seed format and adds it to the batch.
// line is the source line the article starts on (0 for a whole .txt file,
// whose errors keep corpus's own line numbers) and where names the element
// of a .json or .csv file ("element 3: ") for messages.
func (im *importer) article(src string, line int, where, id string, data []byte) {
	fail := func(l int, k Kind, msg string) {
		im.batch.Problems = append(im.batch.Problems, Problem{File: src, Line: l, Kind: k, Msg: where + msg, ID: id})
	}
	if err := checkID(id); err != nil {
		fail(line, BadID, err.Error())
		return
	}
	if k, msg := checkHeader(data); k != 0 {
		fail(max(line, 1), k, msg)
		return
	}
	fname := id + ".txt"
	a, err := corpus.Parse(fname, data)
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
		case strings.HasPrefix(pe.Msg, "invalid UTF-8"):
			k = Encoding
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
	if im.seen[id] || (im.opt.Existing != nil && im.opt.Existing(id)) {
		in := "in the corpus"
		if im.seen[id] {
			in = "earlier in this batch"
		}
		im.batch.Problems = append(im.batch.Problems, Problem{
			File: src, Line: line, Kind: DuplicateID, ID: id, Pending: &f,
			Msg: where + "id " + strconv.Quote(id) + " is already " + in + ": replace it or keep both",
		})
		return
	}
	im.seen[id] = true
	im.batch.Files = append(im.batch.Files, f)
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

// checkHeader classifies a bad date in the header of data (which has one:
// hasHeader is true or it was added): BadDay for a day that does not
// exist, BadDate for any other malformed date. Kind 0 means the date is
// fine (or there is no header, which corpus.Parse reports).
func checkHeader(data []byte) (Kind, string) {
	s := bytes.TrimPrefix(data, []byte("\uFEFF"))
	s = bytes.TrimLeft(s, " \t")
	if !bytes.HasPrefix(s, []byte("date")) {
		return 0, ""
	}
	s = bytes.TrimLeft(s[len("date"):], " \t")
	end := bytes.IndexAny(s, " \t\r\n")
	if end < 0 {
		end = len(s)
	}
	_, err := corpus.ParseDate(string(s[:end]))
	switch {
	case err == nil:
		return 0, ""
	case errors.Is(err, corpus.ErrDay):
		return BadDay, "date header: " + err.Error()
	}
	return BadDate, "date header: " + err.Error()
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
	id := FreshID(strings.TrimSuffix(p.Pending.Name, ".txt"), taken)
	return corpus.File{Name: id + ".txt", Data: p.Pending.Data}, nil
}

// Replace returns a corpus holding the articles of c, except the one with
// the pending article's id, and the pending article of a DuplicateID
// problem in its place. c is not changed.
func Replace(c *corpus.Corpus, p Problem) (*corpus.Corpus, error) {
	if p.Pending == nil {
		return c, errors.New(p.Error() + ": nothing pending")
	}
	a, err := corpus.Parse(p.Pending.Name, p.Pending.Data)
	if err != nil {
		return c, err
	}
	keep := make([]*corpus.Article, 0, c.Len()+1)
	for _, old := range c.All() {
		if old.ID != a.ID {
			keep = append(keep, old)
		}
	}
	return corpus.New(append(keep, a))
}
