package corpus

import (
	"io"
	"io/fs"
	"strconv"
)

// ReadFile reads the regular file name of fsys, at most limit bytes. It
// never trusts the size Stat reports: the content is read through a limited
// reader, so a file that grows, or a special file whose size reads as 0,
// cannot make it read without bound. It refuses, before opening, anything
// that is not a regular file (a directory, named pipe, device, socket, or a
// symbolic link the file system does not follow), so that a named pipe
// called x.txt does not block it, and checks the opened file again. Its
// errors are *ParseError naming the file, with the reason: "is a
// directory", "not a regular file: a named pipe (FIFO)", "file too large:
// N bytes, limit L"; errors of fsys are returned as they are.
func ReadFile(fsys fs.FS, name string, limit int) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := checkRegular(name, info, limit); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file may have been replaced between Stat and Open.
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := checkRegular(name, info, limit); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return nil, &ParseError{File: name, Msg: "file too large: more than " + strconv.Itoa(limit) + " bytes, limit " + strconv.Itoa(limit)}
	}
	return data, nil
}

// checkRegular refuses a file that is not regular or whose reported size
// is over limit.
func checkRegular(name string, info fs.FileInfo, limit int) error {
	mode := info.Mode()
	if mode.IsDir() {
		return &ParseError{File: name, Msg: "is a directory"}
	}
	if !mode.IsRegular() {
		return &ParseError{File: name, Msg: "not a regular file: " + fileKind(mode)}
	}
	if info.Size() > int64(limit) {
		return &ParseError{File: name, Msg: "file too large: " + strconv.FormatInt(info.Size(), 10) + " bytes, limit " + strconv.Itoa(limit)}
	}
	return nil
}

// fileKind names the type of a file that is not regular.
func fileKind(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case mode&fs.ModeCharDevice != 0:
		return "a character device"
	case mode&fs.ModeDevice != 0:
		return "a device"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeSymlink != 0:
		return "a symbolic link"
	default:
		return "an irregular file (" + mode.Type().String() + ")"
	}
}
