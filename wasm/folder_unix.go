//go:build unix

package main

import "syscall"

// openNonblock is the open flag that keeps opening a named pipe from
// waiting for a writer.
const openNonblock = syscall.O_NONBLOCK
