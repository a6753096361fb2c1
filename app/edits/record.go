package edits

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// OneJSON returns the JSON form of a log that holds e alone, byte for byte
// what (Log{e}).MarshalJSON writes, but written directly rather than
// through encoding/json's reflection: a store keeps each edit as such a
// log, keyed by its hash, and ten thousand imported edits are encoded at
// once on the page's one thread.
func OneJSON(e Edit) ([]byte, error) {
	b := make([]byte, 0, 96)
	b = append(b, `{"version":`...)
	b = strconv.AppendInt(b, Version, 10)
	b = append(b, `,"edits":[{"op":`...)
	switch e := e.(type) {
	case Rename:
		b = jsonString(b, string(KindRename))
		b = jsonField(b, "id", e.ID)
		b = jsonField(b, "name", e.Name)
	case Merge:
		b = jsonString(b, string(KindMerge))
		b = jsonField(b, "from", e.From)
		b = jsonField(b, "into", e.Into)
	case Hide:
		b = jsonString(b, string(KindHide))
		b = jsonField(b, "id", e.ID)
	case Unhide:
		b = jsonString(b, string(KindUnhide))
		b = jsonField(b, "id", e.ID)
	case AddAlias:
		b = jsonString(b, string(KindAddAlias))
		b = jsonField(b, "id", e.ID)
		b = jsonField(b, "alias", e.Alias)
	case Put:
		a := e.Actor
		b = jsonString(b, string(KindPut))
		b = append(b, `,"actor":{"id":`...)
		b = jsonString(b, a.ID)
		b = append(b, `,"type":`...)
		b = jsonString(b, a.Type.String())
		b = append(b, `,"name":`...)
		b = jsonString(b, a.Name)
		b = jsonField(b, "affiliation", a.Affiliation)
		if len(a.Aliases) > 0 {
			b = append(b, `,"aliases":[`...)
			for i, s := range a.Aliases {
				if i > 0 {
					b = append(b, ',')
				}
				b = jsonString(b, s)
			}
			b = append(b, ']')
		}
		if len(a.Roles) > 0 {
			b = append(b, `,"roles":[`...)
			for i, r := range a.Roles {
				if i > 0 {
					b = append(b, ',')
				}
				b = append(b, `{"phrase":`...)
				b = jsonString(b, r.Phrase)
				b = jsonField(b, "from", r.From)
				b = jsonField(b, "to", r.To)
				b = append(b, '}')
			}
			b = append(b, ']')
		}
		b = append(b, '}')
	default:
		return nil, fmt.Errorf("edits: cannot store edit of type %T", e)
	}
	return append(b, "}]}"...), nil
}

// jsonField appends ,"name":"value" unless value is empty (omitempty).
func jsonField(b []byte, name, value string) []byte {
	if value == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return jsonString(b, value)
}

// jsonString appends s as a JSON string, escaped as encoding/json escapes
// it: quotes, backslashes and control characters, <, > and & (HTML-safe),
// invalid UTF-8 as \ufffd, and U+2028 and U+2029.
func jsonString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		} else if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		} else {
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
