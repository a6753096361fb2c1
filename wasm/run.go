//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"

	"corpusexplorer/app/site"
	"corpusexplorer/app/ui"
)

const usage = `usage: go run ./wasm COMMAND [flags]

commands:
  check   parse the embedded articles and report every error (file:line)
  dist    write the static site (build web/app.wasm first: make wasm)
  serve   serve a generated site on 127.0.0.1
`

// run executes a command line and returns the exit code.
func run(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "check":
		err = check(os.Stdout)
	case "dist":
		err = dist(args[1:])
	case "serve":
		err = serve(args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(os.Stdout, usage)
		return 0
	default:
		fmt.Fprintf(os.Stderr, "unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, err)
		}
		return 1
	}
	return 0
}

// check parses the embedded corpus.
func check(w io.Writer) error {
	c, err := ui.Corpus()
	if err != nil {
		return err
	}
	st := c.Stats()
	fmt.Fprintf(w, "%d articles, %s to %s: all valid\n", st.Articles, st.First, st.Last)
	return nil
}

func dist(args []string) error {
	fs := flag.NewFlagSet("dist", flag.ContinueOnError)
	out := fs.String("out", "dist", "folder to write the site to")
	web := fs.String("web", "web", "folder of static assets, with app.wasm")
	base := fs.String("base", "", "sub-path the site is hosted under, e.g. /explorer")
	version := fs.String("version", "", "build version (default: hash of the web folder)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := check(io.Discard); err != nil {
		return err
	}
	cfg := site.Config{Base: *base, Version: *version, Description: "Explore who did what when in a corpus of news articles, in your browser."}
	if err := site.Generate(*out, *web, cfg, ui.Pages()...); err != nil {
		return err
	}
	fmt.Printf("site written to %s/\n", strings.TrimRight(*out, "/"))
	return nil
}

func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	dir := fs.String("dir", "dist", "folder of the generated site")
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	base := fs.String("base", "", "sub-path the site was built for, e.g. /explorer")
	if err := fs.Parse(args); err != nil {
		return err
	}
	b, err := site.NormalizeBase(*base)
	if err != nil {
		return err
	}
	if _, err := os.Stat(*dir + "/index.html"); err != nil {
		return fmt.Errorf("no site in %s (run make dist): %w", *dir, err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: site.FileServer(*dir, b)}
	fmt.Printf("Corpus Explorer: http://%s%s/\n", ln.Addr(), b)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
