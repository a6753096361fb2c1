//go:build wasm

package main

// run is only used natively; the browser never gets here.
func run(args []string) int { return 0 }
