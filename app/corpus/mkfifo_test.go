//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package corpus

import "syscall"

// mkfifo makes a named pipe; ok is false where the platform has none.
func mkfifo(path string) (ok bool, err error) { return true, syscall.Mkfifo(path, 0o644) }
