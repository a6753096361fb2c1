package corpus

import (
	"errors"
	"strconv"
)

// ParseError reports a problem with one article file. Line is 1-based; it
// is 0 when the problem concerns the file as a whole (too large, duplicate
// id), and Error then leaves it out.
type ParseError struct {
	File string
	Line int
	Msg  string
	// Err is the class of the problem, when it has one (ErrEncoding,
	// ErrNoHeader, ErrHeader, and for a bad date also ErrDateSyntax,
	// ErrMonth or ErrDay), for errors.Is; nil otherwise.
	Err error
}

// Error returns "file:line: msg", or "file: msg" when Line is 0.
func (e *ParseError) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
}

// Unwrap returns Err.
func (e *ParseError) Unwrap() error { return e.Err }

// Classes of ParseError, for errors.Is.
var (
	// ErrEncoding: the file is not text in an encoding Decode reads, or
	// (for Parse) not UTF-8 without NUL bytes.
	ErrEncoding = errors.New("not UTF-8 text")
	// ErrNoHeader: the file does not start with a date header, nor with
	// anything that looks like a malformed one: plain text.
	ErrNoHeader = errors.New("missing date header")
	// ErrHeader: the file starts with a malformed date header.
	ErrHeader = errors.New("malformed date header")
)
