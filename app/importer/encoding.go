package importer

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// toUTF8 returns data as UTF-8, converting UTF-16 and Windows-1252. note
// says what was converted ("" when nothing was) and line is the line it
// concerns (0: the whole file). err is a Problem (without its File) when
// data is not text in a known encoding.
func toUTF8(data []byte) (out []byte, note string, line int, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		out, note, err := decode(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data, "converted from UTF-16 (little-endian) to UTF-8")
		return out, note, 0, err
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, note, err := decode(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, "converted from UTF-16 (big-endian) to UTF-8")
		return out, note, 0, err
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		switch utf16Guess(data) {
		case 'l':
			out, note, err := decode(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data, "converted from UTF-16 (little-endian, no byte-order mark) to UTF-8")
			return out, note, 0, err
		case 'b':
			out, note, err := decode(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data, "converted from UTF-16 (big-endian, no byte-order mark) to UTF-8")
			return out, note, 0, err
		}
		return nil, "", 0, Problem{Line: lineAt(data, i), Kind: Encoding, Msg: "not a text file: NUL byte at byte " + strconv.Itoa(i)}
	}
	if utf8.Valid(data) {
		return data, "", 0, nil
	}
	bad := firstInvalid(data)
	if cp1252(data) {
		out, _, err := decode(charmap.Windows1252, data, "")
		if err == nil {
			return out, "not UTF-8: converted from Windows-1252 (Latin-1); check the accented letters", lineAt(data, bad), nil
		}
	}
	return nil, "", 0, Problem{Line: lineAt(data, bad), Kind: Encoding, Msg: "not UTF-8: invalid byte 0x" + strconv.FormatUint(uint64(data[bad]), 16) + " at byte " + strconv.Itoa(bad) + "; save the file as UTF-8"}
}

// decode converts data with enc.
func decode(enc encoding.Encoding, data []byte, note string) ([]byte, string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, "", Problem{Kind: Encoding, Msg: "cannot convert: " + err.Error()}
	}
	if bytes.IndexByte(out, 0) >= 0 {
		i := bytes.IndexByte(out, 0)
		return nil, "", Problem{Line: lineAt(out, i), Kind: Encoding, Msg: "not a text file: NUL character after conversion from UTF-16"}
	}
	return out, note, nil
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

// firstInvalid returns the offset of the first byte that is not part of a
// valid UTF-8 encoding, or len(p).
func firstInvalid(p []byte) int {
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(p)
}

// lineAt returns the 1-based line of byte offset off.
func lineAt(p []byte, off int) int { return 1 + bytes.Count(p[:off], []byte{'\n'}) }
