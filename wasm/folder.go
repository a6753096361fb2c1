//go:build !wasm

package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"corpusexplorer/app/corpus"
)

// maxActorsFile is the largest actors.tsv read from an article folder, in
// bytes: the limit the browser import puts on a .json or .csv source.
const maxActorsFile = 32 * corpus.MaxFileSize

// folder is a folder of article files, read through an os.Root: a
// symbolic link is followed only when it is relative and stays inside the
// folder, and files are opened without blocking, so that a named pipe put
// in place of an article cannot hang the command (corpus.ReadFile then
// refuses it). It is an fs.FS, fs.StatFS and fs.ReadDirFS; its Open and
// Stat errors are *corpus.ParseError naming the file and the reason.
type folder struct {
	root *os.Root
}

// openFolder opens dir for reading; close it with Close.
func openFolder(dir string) (*folder, error) {
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &folder{root: r}, nil
}

// Close releases the folder.
func (f *folder) Close() error { return f.root.Close() }

// Open opens name for reading without blocking (see openNonblock).
func (f *folder) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	file, err := f.root.OpenFile(filepath.FromSlash(name), os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, f.explain(name, err)
	}
	return file, nil
}

// Stat describes name, following a symbolic link inside the folder.
func (f *folder) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	info, err := f.root.Stat(filepath.FromSlash(name))
	if err != nil {
		return nil, f.explain(name, err)
	}
	return info, nil
}

// ReadDir lists the directory name, sorted by file name.
func (f *folder) ReadDir(name string) ([]fs.DirEntry, error) {
	return fs.ReadDir(f.root.FS(), name)
}

// explain turns an error of the root about name into a *corpus.ParseError
// naming the file and the reason.
func (f *folder) explain(name string, err error) error {
	reason := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		reason = pe.Err.Error()
	}
	if info, lerr := f.root.Lstat(filepath.FromSlash(name)); lerr == nil && info.Mode()&fs.ModeSymlink != 0 {
		if errors.Is(err, fs.ErrNotExist) {
			reason = "symbolic link to a missing file"
		} else {
			reason = "symbolic link not followed: " + reason + " (only relative links that stay inside the folder are)"
		}
	}
	return &corpus.ParseError{File: name, Msg: reason}
}

// exists reports whether name is in the folder, as a file or a link.
func (f *folder) exists(name string) bool {
	_, err := f.root.Lstat(filepath.FromSlash(name))
	return !errors.Is(err, fs.ErrNotExist)
}
