//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package corpus

// mkfifo makes a named pipe; ok is false where the platform has none.
func mkfifo(string) (ok bool, err error) { return false, nil }
