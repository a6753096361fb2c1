package corpus

import "strconv"

// ParseError reports a problem with one article file. Line is 1-based; it
// is 0 when the problem concerns the file as a whole (too large, duplicate
// id), and Error then leaves it out.
type ParseError struct {
	File string
	Line int
	Msg  string
}

// Error returns "file:line: msg", or "file: msg" when Line is 0.
func (e *ParseError) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
}
