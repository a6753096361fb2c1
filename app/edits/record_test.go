package edits

import (
	"bytes"
	"encoding/json"
	"testing"

	"corpusexplorer/app/actors"
)

// TestOneJSON: OneJSON writes what encoding/json writes for a log of one
// edit, byte for byte (stored edits are keyed by its hash), for every kind
// of edit and strings that need escaping.
func TestOneJSON(t *testing.T) {
	odd := "a\"b\\c<d>e&f\n\r\t\b\f\x01\x1f\x7f é 中 \u2028\u2029 \xff\xfe end"
	for _, tc := range []struct {
		name string
		e    Edit
	}{
		{"rename", Rename{ID: "poetin", Name: "Vladimir Poetin"}},
		{"rename odd", Rename{ID: "x", Name: odd}},
		{"rename empty name", Rename{ID: "x"}},
		{"merge", Merge{From: "a-b", Into: "c"}},
		{"hide", Hide{ID: odd}},
		{"unhide", Unhide{ID: "kremlin"}},
		{"alias", AddAlias{ID: "kremlin", Alias: "het <Kremlin> & co"}},
		{"put bare", Put{Actor: actors.Actor{ID: "p", Type: actors.Person, Name: "P"}}},
		{"put full", Put{Actor: actors.Actor{ID: "p-1", Type: actors.Organisation, Name: odd, Affiliation: "q",
			Aliases: []string{"een", odd, ""},
			Roles:   []actors.Role{{Phrase: "de president", From: "2020", To: "2024-01"}, {Phrase: odd}}}}},
		{"put empty lists", Put{Actor: actors.Actor{ID: "p", Type: actors.Place, Name: "P", Aliases: []string{}, Roles: []actors.Role{}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var l Log
			l.Push(tc.e)
			want, err := json.Marshal(l)
			if err != nil {
				t.Fatal(err)
			}
			got, err := OneJSON(tc.e)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("got  %s\nwant %s", got, want)
			}
		})
	}
}

func BenchmarkOneJSON(b *testing.B) {
	e := Put{Actor: actors.Actor{ID: "persoon-00001", Type: actors.Person, Name: "Persoon Nummer00001", Aliases: []string{"Nummer00001"}}}
	for range b.N {
		OneJSON(e)
	}
}
