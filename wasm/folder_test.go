//go:build !wasm

package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"corpusexplorer/app/corpus"
)

// within fails the test when f has not returned after a few seconds, so
// that a command that hangs fails instead of blocking the test run.
func within(t *testing.T, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatal("hangs: no answer after 5 s")
		return nil
	}
}

// TestFolderCommandsRefuseSpecialFiles runs analyse and search on a folder
// holding a good article and one hostile file: each command must fail at
// once with the file's path and the reason.
func TestFolderCommandsRefuseSpecialFiles(t *testing.T) {
	fifo := func(t *testing.T, p string) {
		ok, err := mkfifo(p)
		if !ok {
			t.Skip("no named pipes on this platform")
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	symlink := func(t *testing.T, target, p string) {
		if err := os.Symlink(target, p); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
	write := func(t *testing.T, p string, b []byte) {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		file string                            // the hostile file
		make func(t *testing.T, dir, p string) // creates it at p in dir
		want string                            // the reason
	}{
		{"fifo", "x.txt", func(t *testing.T, _, p string) { fifo(t, p) },
			"not a regular file: a named pipe (FIFO)"},
		{"symlink to /dev/zero", "x.txt", func(t *testing.T, _, p string) {
			if _, err := os.Stat("/dev/zero"); err != nil {
				t.Skip("no /dev/zero")
			}
			symlink(t, "/dev/zero", p)
		}, "symbolic link not followed"},
		{"relative symlink out of the folder", "x.txt", func(t *testing.T, dir, p string) {
			write(t, filepath.Join(filepath.Dir(dir), "outside.txt"), []byte("date 2021-01 Buiten."))
			symlink(t, "../outside.txt", p)
		}, "symbolic link not followed"},
		{"symlink to a fifo in the folder", "x.txt", func(t *testing.T, dir, p string) {
			fifo(t, filepath.Join(dir, "pipe"))
			symlink(t, "pipe", p)
		}, "not a regular file: a named pipe (FIFO)"},
		{"dangling symlink", "x.txt", func(t *testing.T, _, p string) { symlink(t, "nowhere.txt", p) },
			"symbolic link to a missing file"},
		{"too large", "x.txt", func(t *testing.T, _, p string) {
			write(t, p, append([]byte("date 2021-01 "), bytes.Repeat([]byte("a"), corpus.MaxFileSize)...))
		}, "file too large: 1048589 bytes, limit 1048576"},
		{"directory", "a.txt", func(t *testing.T, _, p string) {
			if err := os.Mkdir(p, 0o755); err != nil {
				t.Fatal(err)
			}
		}, "is a directory"},
		{"actors.tsv fifo", "actors.tsv", func(t *testing.T, _, p string) { fifo(t, p) },
			"not a regular file: a named pipe (FIFO)"},
		{"actors.tsv symlink to /dev/zero", "actors.tsv", func(t *testing.T, _, p string) {
			symlink(t, "/dev/zero", p)
		}, "symbolic link not followed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "articles")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			write(t, filepath.Join(dir, "goed.txt"), []byte("date 2021-01 Goed."))
			p := filepath.Join(dir, tt.file)
			tt.make(t, dir, p)
			want := p + ": " + tt.want
			for name, cmd := range map[string]func() error{
				"analyse": func() error { return analyse(io.Discard, []string{dir}) },
				"search":  func() error { return searchCmd(io.Discard, io.Discard, []string{"-dir", dir, "goed"}) },
			} {
				err := within(t, cmd)
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("%s: error %v, want %q", name, err, want)
				}
			}
		})
	}
}

// TestFolderFollowsLinksInside reads an article through a relative
// symbolic link that stays inside the folder.
func TestFolderFollowsLinksInside(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "echt"), []byte("date 2021-01 Via een link."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("sub/echt", filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	var out bytes.Buffer
	if err := within(t, func() error { return analyse(&out, []string{dir}) }); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"id": "link"`) {
		t.Errorf("the linked article is missing:\n%.300s", out.String())
	}
}
