// Package corpus parses news-article files and holds them as an immutable,
// date-ordered corpus. It is pure Go (no UI) and builds for WebAssembly.
//
// An article file starts with a date header ("date 2021-12" or
// "date 2021-12-07") followed on the same line by the first paragraph;
// paragraphs are separated by blank lines. Parse turns a file into an
// Article whose paragraphs, sentences and tokens are byte spans of the
// original text; Load and New build a Corpus, and Corpus.Add returns a new
// corpus with more articles.
//
// # Search normal form
//
// Every token carries its folded form (text.Token.Fold, an interned id: lower case, no
// diacritics) and a Flag. Names are never stemmed: a word with Flag Name
// is indexed under its folded form, every other word under its Dutch stem
// (IndexTerm, Article.Term), so "Oekraïense" stays "oekraiense" and
// "gesprekken" becomes "gesprek". Only one term is kept per token; a
// query word is looked up under both its folded and its stemmed form.
// Stop words stay in the token list, for phrase matching, flagged Stop so
// that ranking can skip them.
package corpus

import (
	"errors"
	"io/fs"
	"iter"
	"strings"

	"corpusexplorer/app/strmap"
)

// File is an article file: its name (the id is its base name without
// ".txt") and content.
type File struct {
	Name string
	Data []byte
}

// Stats summarises a corpus.
type Stats struct {
	Articles, Paragraphs, Sentences, Tokens int
	Bytes                                   int // total size of the files
	// First and Last are the first and last months covered (month
	// precision); zero for an empty corpus.
	First, Last Date
	// Months is the number of months from First to Last, both included.
	Months int
	// DayDated is the number of articles dated to the day.
	DayDated int
}

// Corpus is an immutable set of articles sorted by date, then id. It is
// safe for concurrent use; Add returns a new Corpus and leaves the old one
// as it was.
type Corpus struct {
	articles []*Article
	byID     *strmap.Map[int32] // the position of each id, never nil
	stats    Stats
}

// New builds a corpus from parsed articles. When two articles share an id
// the first one is kept and the error (a *ParseError naming both files)
// is returned along with the corpus of the others; a nil article is
// skipped.
func New(articles []*Article) (*Corpus, error) {
	return Assemble(nil, articles).Corpus()
}

func quote(s string) string { return `"` + s + `"` }

func compareArticles(a, b *Article) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

func (c *Corpus) computeStats() Stats {
	s := Stats{Articles: len(c.articles)}
	for _, a := range c.articles {
		s.Paragraphs += len(a.Paragraphs)
		s.Sentences += len(a.Sentences)
		s.Tokens += len(a.Tokens)
		s.Bytes += len(a.Text)
		if a.Date.Day > 0 {
			s.DayDated++
		}
	}
	if len(c.articles) > 0 {
		s.First = c.articles[0].Date.MonthDate()
		s.Last = c.articles[len(c.articles)-1].Date.MonthDate()
		s.Months = s.Last.MonthIndex() - s.First.MonthIndex() + 1
	}
	return s
}

// Load parses every file of fsys that matches pattern (see fs.Glob) and
// builds a corpus, reading each file with ReadFile (regular files only, at
// most MaxFileSize bytes) as the import page reads it: Decode, then Parse,
// so that UTF-16 and Windows-1252 files are converted and NUL bytes and
// malformed headers are the same errors. The error joins one error per
// bad file (too large, not a regular file, unreadable, malformed,
// duplicate id), so that a build reports them all; the corpus of the good
// files is returned even then.
func Load(fsys fs.FS, pattern string) (*Corpus, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	var errs []error
	articles := make([]*Article, 0, len(names))
	for _, name := range names {
		a, err := loadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		articles = append(articles, a)
	}
	c, err := New(articles)
	errs = append(errs, err)
	return c, errors.Join(errs...)
}

func loadFile(fsys fs.FS, name string) (*Article, error) {
	data, err := ReadFile(fsys, name, MaxFileSize)
	if err != nil {
		return nil, err
	}
	data, _, perr := Decode(name, data)
	if perr != nil {
		return nil, perr
	}
	return Parse(name, data)
}

// Add parses files and returns a new corpus holding the articles of c and
// every file that parsed and has a new id. The error joins one
// *ParseError per rejected file. c itself is not changed; when no file is
// accepted Add returns c.
func (c *Corpus) Add(files ...File) (*Corpus, error) {
	var errs []error
	var articles []*Article
	for _, f := range files {
		a, err := Parse(f.Name, f.Data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		articles = append(articles, a)
	}
	n, err := c.With(articles...)
	errs = append(errs, err)
	return n, errors.Join(errs...)
}

// With returns a new corpus holding the articles of c and the given
// parsed articles; an article whose id is already taken is rejected with a
// *ParseError naming both files. When nothing is added With returns c.
func (c *Corpus) With(articles ...*Article) (*Corpus, error) {
	return Assemble(c, articles).Corpus()
}

// Len returns the number of articles.
func (c *Corpus) Len() int { return len(c.articles) }

// At returns the i-th article in date order.
func (c *Corpus) At(i int) *Article { return c.articles[i] }

// All yields the articles in date order with their index.
func (c *Corpus) All() iter.Seq2[int, *Article] {
	return func(yield func(int, *Article) bool) {
		for i, a := range c.articles {
			if !yield(i, a) {
				return
			}
		}
	}
}

// Index returns the position of the article with the given id, or -1.
func (c *Corpus) Index(id string) int {
	if i, ok := c.byID.Get(id); ok {
		return int(i)
	}
	return -1
}

// ByID returns the article with the given id.
func (c *Corpus) ByID(id string) (*Article, bool) {
	i, ok := c.byID.Get(id)
	if !ok {
		return nil, false
	}
	return c.articles[i], true
}

// Stats returns counts and the months covered.
func (c *Corpus) Stats() Stats { return c.stats }

// Months returns the first and last months covered (month precision), or
// ok false for an empty corpus.
func (c *Corpus) Months() (first, last Date, ok bool) {
	return c.stats.First, c.stats.Last, len(c.articles) > 0
}
