//go:build !unix && !wasm

package main

// openNonblock is the open flag that keeps opening a named pipe from
// waiting for a writer; without Unix named pipes there is none.
const openNonblock = 0
