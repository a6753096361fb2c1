package packer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
)

func TestBadFilesSkipped(t *testing.T) {
	dir := t.TempDir()
	good := seedFiles(t)
	for _, f := range good {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bad := map[string]string{
		"nul.txt":     "date 2021-12-01\n\nTitel\n\nTekst met \x00 erin.\n",
		"nodate.txt":  "Geen kop\n\nTekst.\n",
		"baddate.txt": "date 2021-13-45\n\nTitel\n\nTekst.\n",
	}
	for n, s := range bad {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The same id as a seed: a duplicate.
	if err := os.WriteFile(filepath.Join(dir, "sub.txt"), good[0].Data, 0o644); err != nil {
		t.Fatal(err)
	}
	files, readErrs, err := ReadFiles(os.DirFS(dir), "*.txt")
	if err != nil || len(readErrs) > 0 {
		t.Fatal(err, readErrs)
	}
	sink := memSink{}
	rep, err := Build(files, gazetteer(t), sink, Sizes{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Manifest.Articles != len(good)+1 {
		t.Errorf("%d articles packed, want %d", rep.Manifest.Articles, len(good)+1)
	}
	for n := range bad {
		found := false
		for _, e := range rep.Skipped {
			found = found || strings.HasPrefix(e.Error(), n+":")
		}
		if !found {
			t.Errorf("%s not reported; skipped: %v", n, rep.Skipped)
		}
	}
	if len(rep.Skipped) != len(bad) {
		t.Errorf("skipped %v, want the %d bad files", rep.Skipped, len(bad))
	}
	for _, e := range rep.Skipped {
		if msg := e.Error(); !strings.Contains(msg, ".txt:") {
			t.Errorf("error %q names no file", msg)
		}
	}
	// Nothing to pack.
	if _, err := Build(nil, gazetteer(t), memSink{}, Sizes{}, 2); !errors.Is(err, ErrNoArticles) {
		t.Errorf("empty build: %v", err)
	}
}

func TestCorruptPack(t *testing.T) {
	sink := memSink{}
	rep, err := Build(seedFiles(t), gazetteer(t), sink, Sizes{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	m := rep.Manifest
	tests := []struct {
		name string
		file string
		open bool // the error comes from Open, not Search
	}{
		{"catalogue", m.Catalogue, true},
		{"postings", m.Postings[0], false},
		{"dictionary", m.Dict[0].File, false},
		{"columns", m.Docs[0], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := memSink{}
			for k, v := range sink {
				s[k] = v
			}
			s[tt.file] = s[tt.file][:len(s[tt.file])/2]
			r, err := packs.Open(s)
			if err == nil {
				_, _, err = r.Search(search.State{Q: "poetin"}, 10, 0)
			}
			if err == nil || !strings.Contains(err.Error(), tt.file) {
				t.Errorf("error %v, want one naming %s", err, tt.file)
			}
		})
	}
	s := memSink{packs.ManifestName: []byte(`{"format": 99}`)}
	if _, err := packs.Open(s); err == nil || !strings.Contains(err.Error(), "manifest.json: format version 99") {
		t.Errorf("manifest of another version: %v", err)
	}
}
