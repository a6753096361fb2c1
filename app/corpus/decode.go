package corpus

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Decode returns data as UTF-8 text, as both the import page and Load
// read a file: UTF-8 (a byte-order mark is allowed) is kept as it is;
// UTF-16 with a byte-order mark, or without one but recognisable by its
// zero bytes, is converted; so is text that is not valid UTF-8 but reads
// as Windows-1252 (the superset of Latin-1 that Windows editors write).
// note is nil when nothing was converted, else a warning saying what was
// (its Line is the first line concerned, 0 for the whole file). A NUL
// byte, or invalid UTF-8 that is not Windows-1252, is an error wrapping
// ErrEncoding that names the line of the first bad byte. name is used
// for messages.
func Decode(name string, data []byte) (out []byte, note, err *ParseError) {
	fail := func(line int, msg string) ([]byte, *ParseError, *ParseError) {
		return nil, nil, &ParseError{File: name, Line: line, Msg: msg, Err: ErrEncoding}
	}
	converted := func(enc encoding.Encoding, what string) ([]byte, *ParseError, *ParseError) {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return fail(0, "cannot convert: "+err.Error())
		}
		if i := bytes.IndexByte(out, 0); i >= 0 {
			return fail(lineAt(out, i), "not a text file: NUL character after conversion from UTF-16")
		}
		return out, &ParseError{File: name, Msg: "converted from " + what + " to UTF-8"}, nil
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return converted(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16 (little-endian)")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return converted(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "UTF-16 (big-endian)")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		switch utf16Guess(data) {
		case 'l':
			return converted(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16 (little-endian, no byte-order mark)")
		case 'b':
			return converted(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "UTF-16 (big-endian, no byte-order mark)")
		}
		return fail(lineAt(data, i), nulMsg(i))
	}
	if utf8.Valid(data) {
		return data, nil, nil
	}
	bad := firstInvalid(data)
	if cp1252(data) {
		if out, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
			return out, &ParseError{File: name, Line: lineAt(data, bad), Msg: "not UTF-8: converted from Windows-1252 (Latin-1); check the accented letters"}, nil
		}
	}
	return fail(lineAt(data, bad), invalidMsg(data, bad))
}

// checkText returns the error of Decode for data that is not UTF-8 text
// without NUL bytes, without converting anything: Parse's check.
func checkText(name string, data []byte) *ParseError {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &ParseError{File: name, Line: lineAt(data, i), Msg: nulMsg(i), Err: ErrEncoding}
	}
	if !utf8.Valid(data) {
		bad := firstInvalid(data)
		return &ParseError{File: name, Line: lineAt(data, bad), Msg: invalidMsg(data, bad), Err: ErrEncoding}
	}
	return nil
}

func nulMsg(off int) string { return "not a text file: NUL byte at byte " + strconv.Itoa(off) }

func invalidMsg(data []byte, off int) string {
	return "not UTF-8: invalid byte 0x" + strconv.FormatUint(uint64(data[off]), 16) + " at byte " + strconv.Itoa(off) + "; save the file as UTF-8"
}

// utf16Guess looks at the zero bytes of the first KiB: 'l' when nearly
// every odd byte is zero and few even ones (UTF-16 little-endian of mostly
// Latin text), 'b' for the reverse, 0 otherwise.
func utf16Guess(data []byte) byte {
	n := min(len(data), 1024) &^ 1
	if n < 4 {
		return 0
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*7 && even*20 <= pairs:
		return 'l'
	case even*10 >= pairs*7 && odd*20 <= pairs:
		return 'b'
	}
	return 0
}

// cp1252 reports whether data reads as Windows-1252 text: no byte that
// Windows-1252 leaves undefined, and no control character but tab, line
// feed, carriage return and form feed.
func cp1252(data []byte) bool {
	for _, c := range data {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			return false
		case c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f', c == 0x7F:
			return false
		}
	}
	return true
}

// lineAt returns the 1-based line of byte offset off.
func lineAt(p []byte, off int) int { return 1 + bytes.Count(p[:off], []byte{'\n'}) }
