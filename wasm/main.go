// Command wasm is Corpus Explorer's one program. Compiled to WebAssembly it
// runs the explorer in the browser; run natively it builds the static site
// and serves it:
//
//	go run ./wasm dist  [-out dist] [-web web] [-base /explorer] [-corpus DIR]
//	go run ./wasm serve [-dir dist] [-addr 127.0.0.1:8000] [-base /explorer]
//	go run ./wasm check
//	go run ./wasm snapshot [-out app/workspace/seeds.snapshot]
package main

import (
	"os"

	"corpusexplorer/app/ui"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Register()
	app.RunWhenOnBrowser() // returns at once when not in a browser
	os.Exit(run(os.Args[1:]))
}
