package corpus

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// within fails the test when f has not returned after a few seconds, so
// that a read that hangs fails instead of blocking the test run.
func within[T any](t *testing.T, f func() T) T {
	t.Helper()
	done := make(chan T, 1)
	go func() { done <- f() }()
	select {
	case v := <-done:
		return v
	case <-time.After(5 * time.Second):
		t.Fatal("hangs: no answer after 5 s")
		panic("unreachable")
	}
}

// TestLoadRefusesSpecialFiles loads a folder holding one hostile *.txt
// beside a good article: each must be refused at once, with its name and
// the reason, and the good article kept.
func TestLoadRefusesSpecialFiles(t *testing.T) {
	for _, tc := range []struct {
		name string
		make func(t *testing.T, path string) // creates path
		want string
	}{
		{"fifo", func(t *testing.T, p string) {
			ok, err := mkfifo(p)
			if !ok {
				t.Skip("no named pipes on this platform")
			}
			if err != nil {
				t.Fatal(err)
			}
		}, "x.txt: not a regular file: a named pipe (FIFO)"},
		{"symlink to /dev/zero", func(t *testing.T, p string) {
			if _, err := os.Stat("/dev/zero"); err != nil {
				t.Skip("no /dev/zero")
			}
			if err := os.Symlink("/dev/zero", p); err != nil {
				t.Skip("no symbolic links:", err)
			}
		}, "x.txt: not a regular file: a character device"},
		{"too large", func(t *testing.T, p string) {
			b := append([]byte("date 2021-01 "), bytes.Repeat([]byte("a"), MaxFileSize)...)
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}, "x.txt: file too large: 1048589 bytes, limit 1048576"},
		{"directory", func(t *testing.T, p string) {
			if err := os.Mkdir(p, 0o755); err != nil {
				t.Fatal(err)
			}
		}, "x.txt: is a directory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "goed.txt"), []byte("date 2021-01 Goed."), 0o644); err != nil {
				t.Fatal(err)
			}
			tc.make(t, filepath.Join(dir, "x.txt"))
			type result struct {
				c   *Corpus
				err error
			}
			r := within(t, func() result {
				c, err := Load(os.DirFS(dir), "*.txt")
				return result{c, err}
			})
			if r.err == nil || !strings.Contains(r.err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", r.err, tc.want)
			}
			var pe *ParseError
			if !errors.As(r.err, &pe) || pe.File != "x.txt" {
				t.Errorf("no *ParseError for x.txt in %v", r.err)
			}
			if r.c == nil || r.c.Len() != 1 {
				t.Errorf("the good article is not kept: %+v", r.c)
			}
		})
	}
}

// endless is a file system whose one file says it is a small regular
// file and reads as endless zeros, like a file that keeps growing.
type endless struct{}

func (endless) Open(name string) (fs.File, error) {
	if name != "x.txt" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return endlessFile{}, nil
}

type endlessFile struct{}

func (endlessFile) Stat() (fs.FileInfo, error) {
	return fstest.MapFS{"x.txt": {Data: []byte("date 2021-01 A.")}}.Stat("x.txt")
}
func (endlessFile) Read(b []byte) (int, error) { clear(b); return len(b), nil }
func (endlessFile) Close() error               { return nil }

// TestReadFileDoesNotTrustStat reads a file whose size Stat understates:
// the read stops just past the limit.
func TestReadFileDoesNotTrustStat(t *testing.T) {
	err := within(t, func() error { _, err := ReadFile(endless{}, "x.txt", MaxFileSize); return err })
	if err == nil || err.Error() != "x.txt: file too large: more than 1048576 bytes, limit 1048576" {
		t.Fatalf("error %v", err)
	}
	b, err := ReadFile(fstest.MapFS{"a.txt": {Data: []byte("abc")}}, "a.txt", 3)
	if err != nil || string(b) != "abc" {
		t.Errorf("a file of exactly the limit: %q, %v", b, err)
	}
	if _, err := ReadFile(fstest.MapFS{"p.txt": {Mode: fs.ModeNamedPipe}}, "p.txt", 3); err == nil || err.Error() != "p.txt: not a regular file: a named pipe (FIFO)" {
		t.Errorf("a pipe in an fs.FS: %v", err)
	}
}
