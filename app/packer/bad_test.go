package packer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

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
	// The same build from the folder, each file read again when it is
	// mapped: the same files skipped, the same pack byte for byte.
	fsSink := memSink{}
	fsRep, err := BuildFS(os.DirFS(dir), "*.txt", gazetteer(t), fsSink, Sizes{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(fsRep.Skipped) != fmt.Sprint(rep.Skipped) {
		t.Errorf("BuildFS skipped %v, Build %v", fsRep.Skipped, rep.Skipped)
	}
	if !maps.EqualFunc(fsSink, sink, bytes.Equal) {
		t.Errorf("BuildFS wrote %d files, Build %d, not the same", len(fsSink), len(sink))
	}
	// Nothing to pack.
	if _, err := Build(nil, gazetteer(t), memSink{}, Sizes{}, 2); !errors.Is(err, ErrNoArticles) {
		t.Errorf("empty build: %v", err)
	}
	if _, err := BuildFS(fstest.MapFS{}, "*.txt", gazetteer(t), memSink{}, Sizes{}, 2); !errors.Is(err, ErrNoArticles) {
		t.Errorf("empty folder: %v", err)
	}
}

// changingFS is a folder whose file name has its content in files until
// changed is set, and after (nothing, for nil) from then on.
type changingFS struct {
	files   fstest.MapFS
	name    string
	after   []byte
	changed *bool
}

func (f changingFS) Open(name string) (fs.File, error) {
	if name == f.name && *f.changed {
		if f.after == nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
		return fstest.MapFS{name: &fstest.MapFile{Data: f.after}}.Open(name)
	}
	return f.files.Open(name)
}

func TestBuildFSFileChanged(t *testing.T) {
	files := fstest.MapFS{"x.txt": &fstest.MapFile{Data: []byte("date 2021-12-01\n\nTitel\n\nTekst.\n")}}
	for _, f := range seedFiles(t) {
		files[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	tests := []struct {
		name  string
		after string // "": removed
		want  string // in the error; "" for none
	}{
		{"same", "date 2021-12-01\n\nTitel\n\nTekst.\n", ""},
		{"other text", "date 2021-12-01\n\nTitel\n\nAndere tekst.\n", ""},
		{"other date", "date 2021-12-02\n\nTitel\n\nTekst.\n", "x.txt: changed while it was packed"},
		{"malformed", "Geen kop\n", "x.txt:1:"},
		{"removed", "", "x.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changed := false
			fsys := changingFS{files: files, name: "x.txt", after: []byte(tt.after), changed: &changed}
			if tt.after == "" {
				fsys.after = nil
			}
			p, skipped, err := ParseFS(fsys, "*.txt", 1)
			if err != nil || len(skipped) > 0 {
				t.Fatal(err, skipped)
			}
			changed = true
			runs, _, err := Run(p, gazetteer(t), 1, false)
			if err == nil {
				runs.Close()
			}
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one with %q", err, tt.want)
			}
		})
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
		name   string
		file   string
		ranges bool // read by range requests, each record flipped, not cut
		want   string
	}{
		{"catalogue", m.Catalogue, false, ""},
		{"postings", m.Postings[0], false, ""},
		{"postings by ranges", m.Postings[0], true, "does not match its checksum"},
		{"dictionary", m.Dict[0].File, false, ""},
		{"columns", m.Docs[0], false, ""},
		{"columns by ranges", m.Docs[0], true, "does not match its checksum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := memSink{}
			for k, v := range sink {
				s[k] = v
			}
			var f packs.Fetcher = s
			if tt.ranges {
				b := bytes.Clone(s[tt.file])
				for i := len(packs.Header(packs.KindPostings)); i < len(b); i++ {
					b[i] ^= 0x55
				}
				s[tt.file], f = b, ranged{s}
			} else {
				s[tt.file] = s[tt.file][:len(s[tt.file])/2]
			}
			r, err := packs.Open(f)
			if err == nil {
				_, _, err = r.Search(search.State{Q: "poetin"}, 10, 0)
			}
			if err == nil || !strings.Contains(err.Error(), tt.file) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one naming %s (%q)", err, tt.file, tt.want)
			}
		})
	}
	s := memSink{packs.ManifestName: []byte(`{"format": 99}`)}
	if _, err := packs.Open(s); err == nil || !strings.Contains(err.Error(), "manifest.json: format version 99") {
		t.Errorf("manifest of another version: %v", err)
	}
}

// TestBadChunks: a manifest whose column chunks are not all where its
// files are is refused when the pack is opened, naming the manifest.
func TestBadChunks(t *testing.T) {
	sink := memSink{}
	if _, err := Build(seedFiles(t), gazetteer(t), sink, Sizes{}, 2); err != nil {
		t.Fatal(err)
	}
	var m packs.Manifest
	if err := json.Unmarshal(sink[packs.ManifestName], &m); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		change func(m *packs.Manifest)
	}{
		{"a chunk missing", func(m *packs.Manifest) { m.Chunks[packs.Extra] = m.Chunks[packs.Extra][:0] }},
		{"no such file", func(m *packs.Manifest) { m.Chunks[packs.Core][0][0] = len(m.Docs) }},
		{"inside the header", func(m *packs.Manifest) { m.Chunks[packs.Where][0][1] = 0 }},
		{"a negative length", func(m *packs.Manifest) { m.Chunks[packs.Core][0][2] = -1 }},
		{"no files", func(m *packs.Manifest) { m.Where = nil }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := m
			for g := range bad.Chunks {
				bad.Chunks[g] = nil
				for _, l := range m.Chunks[g] {
					bad.Chunks[g] = append(bad.Chunks[g], l)
				}
			}
			tt.change(&bad)
			b, err := json.Marshal(bad)
			if err != nil {
				t.Fatal(err)
			}
			s := memSink{}
			for k, v := range sink {
				s[k] = v
			}
			s[packs.ManifestName] = b
			if _, err := packs.Open(s); err == nil || !strings.Contains(err.Error(), "manifest.json: inconsistent counts") {
				t.Errorf("error %v, want one naming the manifest", err)
			}
		})
	}
	if _, err := packs.Open(sink); err != nil {
		t.Errorf("the pack itself: %v", err)
	}
}
