//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSearchCommand runs the search command on the seeds and on a folder
// with a bad article.
func TestSearchCommand(t *testing.T) {
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "x.txt"), []byte("date 2021-1x hallo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		total  int    // -1 when the command must fail
		usage  bool   // a usage error (exit 2)
		errHas string // text the error must hold
		stderr string // text stderr must hold
	}{
		{"alias", []string{"putin"}, 3, false, "", ""},
		{"actor and limit", []string{"-actor", "vladimir-poetin", "-limit", "1", "-sort", "newest", "biden"}, 3, false, "", ""},
		{"date range", []string{"-from", "2021-12", "-to", "2021-12-31"}, 2, false, "", ""},
		{"notice", []string{`poetin "`}, 3, false, "", "unclosed quote"},
		{"bad date", []string{"-from", "2021-13", "x"}, -1, true, "-from", ""},
		{"bad sort", []string{"-sort", "best", "x"}, -1, true, "-sort", ""},
		{"bad flag", []string{"-bogus", "x"}, -1, true, "bogus", ""},
		{"bad dir", []string{"-dir", bad, "x"}, -1, false, "x.txt:1:", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errw bytes.Buffer
			err := searchCmd(&out, &errw, tt.args)
			if tt.total < 0 {
				var ue usageError
				if err == nil || errors.As(err, &ue) != tt.usage || !strings.Contains(err.Error(), tt.errHas) {
					t.Fatalf("error %v, want usage=%v holding %q", err, tt.usage, tt.errHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(errw.String(), tt.stderr) {
				t.Errorf("stderr %q, want %q", errw.String(), tt.stderr)
			}
			var doc struct {
				Total   int `json:"total"`
				Results []struct {
					ID       string `json:"id"`
					Snippets []struct {
						Text  string   `json:"text"`
						Marks [][2]int `json:"marks"`
					} `json:"snippets"`
				} `json:"results"`
				Facets struct {
					Actors []struct{ ID, Name, Type string } `json:"actors"`
					Months []struct{ Month string }          `json:"months"`
				} `json:"facets"`
			}
			dec := json.NewDecoder(&out)
			if err := dec.Decode(&doc); err != nil || dec.More() {
				t.Fatalf("not one JSON document: %v", err)
			}
			if doc.Total != tt.total || len(doc.Results) == 0 || len(doc.Facets.Months) == 0 {
				t.Fatalf("total %d, %d results, months %v; want %d", doc.Total, len(doc.Results), doc.Facets.Months, tt.total)
			}
			found := false
			for _, a := range doc.Facets.Actors {
				found = found || (a.ID == "vladimir-poetin" && a.Name != "" && a.Type == "person")
			}
			if !found {
				t.Errorf("vladimir-poetin not in facets %v", doc.Facets.Actors)
			}
		})
	}
}
