// Command emptyapp is the smallest go-app app: one component on one route.
// It is the baseline of make bench-start, built with the same toolchain and
// flags as the explorer. Like the explorer's header, its component carries
// data-wasm="ready" once mounted in the browser, never when prerendered.
//
// Compiled to wasm it runs the app; run natively it writes the static site
// into the folder given as its argument (app.wasm not included).
package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type hello struct {
	app.Compo
	mounted bool
}

func (h *hello) OnMount(ctx app.Context) { h.mounted = true }

func (h *hello) Render() app.UI {
	m := app.Main().ID("empty").Text("Hello")
	if h.mounted {
		m = m.DataSet("wasm", "ready")
	}
	return m
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: emptyapp DIR")
		os.Exit(2)
	}
	err := app.GenerateStaticWebsite(os.Args[1], &app.Handler{
		Name:    "Empty",
		Version: "empty-1",
		Icon:    app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png"},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
