package corpus

import (
	"bytes"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"corpusexplorer/app/text"
)

// MaxFileSize is the largest article file accepted, in bytes.
const MaxFileSize = 1 << 20

// Heading limits: a paragraph is a section heading when it is a single
// line of at most HeadingMaxWords words (runs of non-space characters) and
// at most HeadingMaxRunes characters, and its last character is not final
// punctuation: . ! ? : ; … " ” ' ’ ».
const (
	HeadingMaxWords = 12
	HeadingMaxRunes = 100
)

// TitleMaxRunes is the length a derived title is shortened to, at a word
// boundary, before "…" is added.
const TitleMaxRunes = 80

// ParaKind classifies a paragraph.
type ParaKind uint8

// Paragraph kinds.
const (
	Lead    ParaKind = iota // the first paragraph that is not a heading
	Body                    // ordinary text
	Heading                 // a short line without final punctuation
	Related                 // a "Lees ook:" link to another article
)

// String returns the lower-case name of k.
func (k ParaKind) String() string {
	switch k {
	case Lead:
		return "lead"
	case Body:
		return "body"
	case Heading:
		return "heading"
	case Related:
		return "related"
	}
	return "unknown"
}

// Range is a half-open range [Start, End) of indices into a slice.
type Range struct {
	Start, End int
}

// Len returns the number of indices in r.
func (r Range) Len() int { return r.End - r.Start }

// Paragraph is one paragraph of an article.
type Paragraph struct {
	text.Span          // bytes of Article.Text, without surrounding white space
	Kind      ParaKind // lead, body, heading or related link
	Line      int      // 1-based line of the file where the paragraph starts
	Sentences Range    // indices into Article.Sentences
	Tokens    Range    // indices into Article.Tokens
}

// Sentence is one sentence of an article. The sentences of a paragraph
// cover all its tokens; headings and related links are one sentence.
type Sentence struct {
	text.Span       // bytes of Article.Text
	Para      int   // index into Article.Paragraphs
	Tokens    Range // indices into Article.Tokens
}

// Article is one parsed article file. All spans are byte offsets into
// Text. An Article is read-only once parsed: it is shared by every corpus
// that holds it.
type Article struct {
	ID    string // file name without directory and ".txt": a stable id
	File  string // the name the article was parsed from, for messages
	Date  Date   // publication date from the header
	Title string // a heading before the lead, or the lead's first sentence shortened
	Text  string // the original file content
	// Body is the offset of the first byte after the date header.
	Body       int
	Paragraphs []Paragraph
	Sentences  []Sentence
	// Tokens holds every token of the body (not the header) in text order.
	Tokens []text.Token
	// Flags holds the flags of each token, parallel to Tokens.
	Flags []Flag
}

// Lead returns the index of the lead paragraph.
func (a *Article) Lead() int {
	for i := range a.Paragraphs {
		if a.Paragraphs[i].Kind == Lead {
			return i
		}
	}
	return -1
}

// Parse parses one article file. name is used for messages and gives the
// ID: its base name without ".txt". Every error is a *ParseError.
//
// The file starts with "date YYYY-MM" or "date YYYY-MM-DD" (spaces before
// it, and a UTF-8 byte-order mark, are allowed) and the first paragraph
// follows on the same line. Paragraphs are separated by blank lines (lines
// of white space only; CRLF is fine). A paragraph starting with "Lees ook:"
// (any case; normally the last one) is a related link; a short line without
// final punctuation (see HeadingMaxWords) is a heading; the first other
// paragraph is the lead (if every paragraph looks like a heading, the
// first one is the lead) and the rest is body text.
//
// Errors: file over MaxFileSize, invalid UTF-8 or a NUL byte (line of the
// first bad byte; Decode converts other encodings first), a missing or
// malformed header (see ParseHeader), and an empty body.
func Parse(name string, data []byte) (*Article, error) {
	return parse(name, data, false)
}

// ParseOwned is Parse for a caller that gives data up: the article's Text
// is data itself, not a copy, so data must never change afterwards. An
// import keeps each file's bytes anyway (to store them): sharing them
// halves what 100,000 imported articles hold of text.
func ParseOwned(name string, data []byte) (*Article, error) {
	return parse(name, data, true)
}

func parse(name string, data []byte, owned bool) (*Article, error) {
	if len(data) > MaxFileSize {
		return nil, &ParseError{File: name, Msg: "file too large: " + strconv.Itoa(len(data)) + " bytes, limit " + strconv.Itoa(MaxFileSize)}
	}
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	id := IDOf(name)
	if id == "" || id == "." || id == "/" {
		return nil, &ParseError{File: name, Msg: "file name gives an empty id"}
	}
	a := &Article{ID: id, File: name}
	if owned {
		a.Text = unsafe.String(unsafe.SliceData(data), len(data))
	} else {
		a.Text = string(data)
	}
	if err := a.parseHeader(); err != nil {
		return nil, err
	}
	sc := scratchPool.Get().(*scratch)
	defer func() {
		if cap(sc.tokens) <= maxPooledTokens {
			scratchPool.Put(sc)
		}
	}()
	a.splitParagraphs(sc)
	if !a.classify() {
		return nil, &ParseError{File: name, Line: 1, Msg: "empty body: no article text after the date header"}
	}
	a.tokenize(sc)
	a.flag()
	a.Title = a.deriveTitle()
	return a, nil
}

// firstInvalid returns the offset of the first byte that is not part of a
// valid UTF-8 encoding.
func firstInvalid(p []byte) int {
	for i := 0; i < len(p); {
		if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(p)
}

// parseHeader reads the date header and sets Date and Body.
func (a *Article) parseHeader() error {
	d, body, err := ParseHeader(a.File, []byte(a.Text))
	if err != nil {
		return err
	}
	a.Date, a.Body = d, body
	return nil
}

// ParseHeader reads the date header that starts an article file: "date",
// one or more spaces or tabs and "YYYY-MM" or "YYYY-MM-DD", after spaces
// and a UTF-8 byte-order mark. It returns the date and the offset of the
// first byte after it. It is the one check of headers: Parse uses it, and
// so does the import page to tell plain text from a bad header.
//
// A file that does not start with something like a header is plain text:
// the error wraps ErrNoHeader ("missing date header"). Something like a
// header is the word "date" in any case followed by a value with a digit,
// "date" glued to a digit, or "date" alone on the first line; when it is
// not a good header the error wraps ErrHeader and reads "malformed date
// header: <reason>" (for a bad date it also wraps the error of
// ParseDate). Errors are *ParseError of line 1; name is used for
// messages.
func ParseHeader(name string, data []byte) (Date, int, error) {
	fail := func(err error, reason string) (Date, int, error) {
		return Date{}, 0, &ParseError{File: name, Line: 1, Msg: "malformed date header: " + reason, Err: err}
	}
	s := data
	i := 0
	if bytes.HasPrefix(s, []byte("\uFEFF")) {
		i = 3
	}
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	// word is the first word, up to white space; value the next one on the
	// same line.
	w := i
	for w < len(s) && !isASCIISpace(s[w]) {
		w++
	}
	word := s[i:w]
	j := w
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	k := j
	for k < len(s) && !isASCIISpace(s[k]) {
		k++
	}
	value := s[j:k]
	if j == w { // no space after the word: no value
		value = nil
	}
	switch {
	case string(word) == "date" && len(value) == 0:
		return fail(ErrHeader, `want "date YYYY-MM" or "date YYYY-MM-DD"`)
	case len(word) > 4 && bytes.EqualFold(word[:4], []byte("date")) && startsWithDigit(bytes.TrimLeftFunc(word[4:], unicode.IsSpace)):
		// Glued, or apart by a space other than space and tab (U+00A0).
		return fail(ErrHeader, "want a space after \"date\", got "+quoteShort(word))
	case !bytes.EqualFold(word, []byte("date")) || !hasDigit(value):
		return Date{}, 0, &ParseError{File: name, Line: 1, Err: ErrNoHeader,
			Msg: `missing date header: the file must start with "date YYYY-MM" or "date YYYY-MM-DD"`}
	case string(word) != "date":
		return fail(ErrHeader, "write \"date\" in lower case, got "+quoteShort(word))
	}
	for _, r := range string(value) {
		if r >= utf8.RuneSelf && unicode.IsDigit(r) {
			return fail(ErrHeader, "use the digits 0-9, got "+quoteShort(value))
		}
	}
	d, err := ParseDate(string(value))
	if err != nil {
		return fail(fmt.Errorf("%w: %w", ErrHeader, err), err.Error())
	}
	return d, k, nil
}

// startsWithDigit reports whether s starts with a decimal digit (of any
// script).
func startsWithDigit(s []byte) bool {
	r, _ := utf8.DecodeRune(s)
	return unicode.IsDigit(r)
}

// hasDigit reports whether s holds a decimal digit (of any script).
func hasDigit(s []byte) bool {
	return bytes.IndexFunc(s, unicode.IsDigit) >= 0
}

// quoteShort quotes s for a message, shortened to 30 bytes at a rune
// boundary.
func quoteShort(s []byte) string {
	if len(s) > 30 {
		n := 30
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		return strconv.Quote(string(s[:n]) + "…")
	}
	return strconv.Quote(string(s))
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// splitParagraphs cuts the body into paragraphs at blank lines. A line is
// blank when it holds nothing but white space. Kinds are set by classify.
func (a *Article) splitParagraphs(sc *scratch) {
	s := a.Text
	a.Paragraphs = sc.paras[:0]
	pos, line := a.Body, 1
	start, end, startLine := -1, -1, 0
	for pos <= len(s) {
		lineEnd := len(s)
		if n := strings.IndexByte(s[pos:], '\n'); n >= 0 {
			lineEnd = pos + n
		}
		if first := skipSpace(s, pos, lineEnd); first < lineEnd {
			if start < 0 {
				start, startLine = first, line
			}
			end = trimSpaceEnd(s, first, lineEnd)
		} else if start >= 0 {
			a.Paragraphs = append(a.Paragraphs, Paragraph{Span: text.Span{Start: start, End: end}, Line: startLine})
			start = -1
		}
		pos = lineEnd + 1
		line++
	}
	if start >= 0 {
		a.Paragraphs = append(a.Paragraphs, Paragraph{Span: text.Span{Start: start, End: end}, Line: startLine})
	}
	sc.paras = a.Paragraphs
	a.Paragraphs = slices.Clone(a.Paragraphs)
}

// skipSpace returns the offset of the first non-space rune of s[i:end], or
// end.
func skipSpace(s string, i, end int) int {
	for i < end {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:end])
		if !unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return end
}

// trimSpaceEnd returns the end of s[start:end] without trailing white
// space; s[start] is not a space.
func trimSpaceEnd(s string, start, end int) int {
	for end > start {
		c := s[end-1]
		if c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				return end
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			return end
		}
		end -= n
	}
	return end
}

// classify sets the kind of every paragraph. It reports whether there is
// a lead, that is some text that is neither a heading nor a related link;
// when every paragraph looks like a heading, the first one is the lead.
func (a *Article) classify() bool {
	lead := -1
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		src := p.Of(a.Text)
		switch {
		case isRelated(src):
			p.Kind = Related
		case isHeading(src):
			p.Kind = Heading
		case lead < 0:
			p.Kind, lead = Lead, i
		default:
			p.Kind = Body
		}
	}
	if lead >= 0 {
		return true
	}
	for i := range a.Paragraphs {
		if a.Paragraphs[i].Kind == Heading {
			a.Paragraphs[i].Kind = Lead
			return true
		}
	}
	return false
}

// isRelated reports whether a paragraph is a "Lees ook:" link (any case,
// spaces allowed before the colon).
func isRelated(p string) bool {
	if len(p) < len("lees ook:") || !strings.EqualFold(p[:4], "lees") {
		return false
	}
	i := 4
	j := skipSpace(p, i, len(p))
	if j == i || len(p)-j < 4 || !strings.EqualFold(p[j:j+3], "ook") {
		return false
	}
	k := skipSpace(p, j+3, len(p))
	return k < len(p) && p[k] == ':'
}

// isHeading reports whether a paragraph is a section heading: one line,
// short, not ending in final punctuation.
func isHeading(p string) bool {
	if strings.IndexByte(p, '\n') >= 0 || utf8.RuneCountInString(p) > HeadingMaxRunes {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if isFinalPunct(last) {
		return false
	}
	words, inWord := 0, false
	for _, r := range p {
		w := !unicode.IsSpace(r)
		if w && !inWord {
			words++
		}
		inWord = w
	}
	return words <= HeadingMaxWords
}

// isFinalPunct reports whether r may end a sentence (or a quoted one).
func isFinalPunct(r rune) bool {
	switch r {
	case '.', '!', '?', ':', ';', '…', '"', '”', '\'', '’', '»':
		return true
	}
	return false
}

// scratch holds the growing slices of one Parse; the article gets exact
// copies, so that a corpus of many articles holds no spare capacity.
type scratch struct {
	paras  []Paragraph
	tokens []text.Token
	sents  []Sentence
	split  splitter
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens bounds the scratch kept for reuse after a huge file.
const maxPooledTokens = 1 << 16

// tokenize tokenizes every paragraph and splits it into sentences.
func (a *Article) tokenize(sc *scratch) {
	sc.tokens, sc.sents = sc.tokens[:0], sc.sents[:0]
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		first := len(sc.tokens)
		sc.tokens = text.AppendTokens(sc.tokens, p.Of(a.Text), p.Start)
		p.Tokens = Range{first, len(sc.tokens)}
		s0 := len(sc.sents)
		if p.Kind == Heading || p.Kind == Related {
			sc.sents = append(sc.sents, Sentence{Span: p.Span, Para: i, Tokens: p.Tokens})
		} else {
			sc.sents = sc.split.appendSentences(sc.sents, a.Text, sc.tokens, p.Tokens, i)
		}
		p.Sentences = Range{s0, len(sc.sents)}
	}
	a.Tokens = slices.Clone(sc.tokens)
	a.Sentences = slices.Clone(sc.sents)
}

// deriveTitle returns the title: the text of a heading that comes before
// the lead, else the lead's first sentence without its final period,
// shortened at a word boundary to TitleMaxRunes characters plus "…".
func (a *Article) deriveTitle() string {
	var s string
	for _, p := range a.Paragraphs {
		if p.Kind == Heading {
			s = p.Of(a.Text)
			break
		}
		if p.Kind == Lead {
			s = a.Sentences[p.Sentences.Start].Of(a.Text)
			break
		}
	}
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= TitleMaxRunes {
		if len(s) > 1 && strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
			s = s[:len(s)-1]
		}
		return s
	}
	cut, n := 0, 0
	for i := range s {
		if n == TitleMaxRunes {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 { // one very long word
		i, n := 0, 0
		for i = range s {
			if n == TitleMaxRunes {
				break
			}
			n++
		}
		cut = i
	}
	s = strings.TrimRightFunc(s[:cut], func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '–' || r == '—' || r == '(' || r == '„' || r == '“' || r == '"'
	})
	return s + "…"
}

// IDOf returns the article id of a file name: its base name without the
// ".txt" suffix ("2021/biden.txt" → "biden").
func IDOf(name string) string { return strings.TrimSuffix(path.Base(name), ".txt") }
