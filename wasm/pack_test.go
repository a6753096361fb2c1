//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"corpusexplorer/app/packfetch"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/seeds"
)

func TestPackCommand(t *testing.T) {
	seedDir := t.TempDir()
	names, err := seeds.Articles.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := seeds.Articles.ReadFile(n.Name())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(seedDir, n.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	badDir := t.TempDir()
	for _, n := range names {
		b, _ := seeds.Articles.ReadFile(n.Name())
		os.WriteFile(filepath.Join(badDir, n.Name()), b, 0o644)
	}
	os.WriteFile(filepath.Join(badDir, "bad.txt"), []byte("date 2021-13\n\nTitel\n"), 0o644)
	tests := []struct {
		name    string
		args    func(out string) []string
		skipped int    // files reported skipped (skippedError), -1 for another error
		stderr  string // what stderr must hold
	}{
		{"seeds", func(out string) []string { return []string{"-in", seedDir, "-out", out} }, 0, ""},
		{"a bad file", func(out string) []string { return []string{"-in", badDir, "-out", out} }, 1, filepath.Join(badDir, "bad.txt") + ":1: "},
		{"no -in", func(out string) []string { return []string{"-out", out} }, -1, ""},
		{"no folder", func(out string) []string { return []string{"-in", filepath.Join(seedDir, "none"), "-out", out} }, -1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			var stdout, stderr bytes.Buffer
			err := packCmd(&stdout, &stderr, tt.args(out))
			var se skippedError
			switch {
			case tt.skipped == 0 && err != nil:
				t.Fatalf("error %v; stderr %s", err, stderr.String())
			case tt.skipped > 0 && (!errors.As(err, &se) || se.n != tt.skipped):
				t.Fatalf("error %v, want %d file(s) skipped", err, tt.skipped)
			case tt.skipped < 0:
				if err == nil || errors.As(err, &se) {
					t.Fatalf("error %v, want a failure", err)
				}
				return
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q does not hold %q", stderr.String(), tt.stderr)
			}
			if !strings.Contains(stdout.String(), "articles packed into") {
				t.Errorf("stdout %q", stdout.String())
			}
			r, err := packs.Open(packs.Dir(out))
			if err != nil {
				t.Fatal(err)
			}
			res, _, err := r.Search(search.State{Q: "poetin"}, 10, 0)
			if err != nil || res.Total != len(names) {
				t.Errorf("poetin: %d articles, %v; want %d", res.Total, err, len(names))
			}
		})
	}
}

// TestDistWithCorpus: dist -corpus packs a folder with a bad file into
// the site (the file reported and left out), names the pack in app.js,
// and refuses an app.wasm built without the code that reads packs.
func TestDistWithCorpus(t *testing.T) {
	in := t.TempDir()
	if err := copyTree(in, "../seeds"); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(in, "seeds.go"))
	os.WriteFile(filepath.Join(in, "bad.txt"), []byte("date 2021-13\n\nTitel\n"), 0o644)
	for _, tc := range []struct {
		name, wasm string
		wantErr    string
	}{
		{"with packs", "\x00asm corpusPack", ""},
		{"without packs", "\x00asm", "the tag packs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			web := t.TempDir()
			if err := copyTree(web, "../web"); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(web, "app.wasm"), []byte(tc.wasm), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "site")
			err := dist([]string{"-out", out, "-web", web, "-corpus", in})
			if os.Getenv(packfetch.Env) != "" {
				t.Error("dist leaves the pack's environment variable set")
			}
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one about %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			r, err := packs.Open(packs.Dir(filepath.Join(out, packfetch.Folder)))
			if err != nil {
				t.Fatal(err)
			}
			if n := r.Manifest().Articles; n != 3 {
				t.Errorf("%d articles packed, want the 3 good ones", n)
			}
			js, _ := os.ReadFile(filepath.Join(out, "app.js"))
			if !strings.Contains(string(js), `"`+packfetch.Env+`":"`+packfetch.Folder+`"`) {
				t.Error("app.js does not name the pack")
			}
		})
	}
}

func TestMemTotal(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int64
		ok   bool
	}{
		{"linux", "MemTotal:       24567876 kB\nMemFree:         1234 kB\n", 24567876 << 10, true},
		{"later line", "Foo: 1 kB\nMemTotal: 2048 kB\n", 2048 << 10, true},
		{"no such line", "MemFree: 1234 kB\n", 0, false},
		{"other unit", "MemTotal: 24 GB\n", 0, false},
		{"not a number", "MemTotal: lots kB\n", 0, false},
		{"empty", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := memTotal(strings.NewReader(tt.in))
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("memTotal = %d, %v; want %d, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
