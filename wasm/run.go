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
	"path/filepath"
	"strings"

	"corpusexplorer/app/actors/conll"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/site"
	"corpusexplorer/app/synth"
	"corpusexplorer/app/ui"
	"corpusexplorer/seeds"
)

const usage = `usage: go run ./wasm COMMAND [flags]

commands:
  check        parse the embedded articles and report every error (file:line)
  analyse [DIR]
               print the analysis (articles, actors, events) of DIR's *.txt
               files, or of the embedded seeds, as one JSON document
  eval-actors FILE
               score actor extraction on a CoNLL-2002 file (PER, ORG, LOC)
  synth -n N -out DIR [-seed S]
               write a deterministic synthetic corpus of N articles to DIR
  dist         write the static site (build web/app.wasm first: make wasm)
  serve        serve a generated site on 127.0.0.1
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
	case "analyse", "analyze":
		err = analyse(os.Stdout, args[1:])
	case "eval-actors":
		err = evalActors(os.Stdout, args[1:])
	case "synth":
		err = synthCorpus(args[1:])
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
		inFolder(err, "seeds")
		return err
	}
	st := c.Stats()
	fmt.Fprintf(w, "%d articles, %s to %s: all valid\n", st.Articles, st.First, st.Last)
	return nil
}

// analyse prints the analysis of a folder of articles (with its own
// actors.tsv when it has one) or of the embedded seeds.
func analyse(w io.Writer, args []string) error {
	if len(args) > 1 {
		return fmt.Errorf("analyse takes at most one folder, got %q", args)
	}
	var (
		ac  *analysis.Corpus
		err error
	)
	if len(args) == 0 {
		ac, err = ui.Analysed()
	} else {
		dir := args[0]
		gazName, gaz := seeds.GazetteerFile, seeds.Gazetteer
		if b, rerr := os.ReadFile(filepath.Join(dir, "actors.tsv")); rerr == nil {
			gazName, gaz = filepath.Join(dir, "actors.tsv"), b
		}
		ac, err = analysis.Load(os.DirFS(dir), "*.txt", gazName, gaz)
		inFolder(err, dir)
	}
	if err != nil {
		return err
	}
	return ac.WriteJSON(w)
}

// inFolder puts dir in front of the file names of the parse errors in err,
// so that messages name the files as the user can find them.
func inFolder(err error, dir string) {
	var pe *corpus.ParseError
	if errors.As(err, &pe) && !strings.Contains(pe.File, "/") {
		pe.File = filepath.Join(dir, pe.File)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			inFolder(e, dir)
		}
	}
}

// evalActors scores the actor extractor with the embedded gazetteer on
// a CoNLL-2002 file.
func evalActors(w io.Writer, args []string) error {
	if len(args) != 1 {
		return errors.New("eval-actors takes one CoNLL-2002 file, e.g. ../shared/data/conll2002/ned.testa")
	}
	f, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	if err := conll.SetGazetteer(seeds.GazetteerFile, seeds.Gazetteer); err != nil {
		return err
	}
	_, err = conll.Evaluate(f, w)
	return err
}

func synthCorpus(args []string) error {
	flags := flag.NewFlagSet("synth", flag.ContinueOnError)
	n := flags.Int("n", 1000, "number of articles")
	out := flags.String("out", "", "folder to write the article files to")
	seed := flags.Uint64("seed", 1, "generator seed: the same seed gives the same corpus")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *out == "" || *n < 0 {
		return errors.New("synth needs -out DIR and a number of articles -n >= 0")
	}
	if err := synth.WriteDir(*out, synth.Generate(*n, *seed)); err != nil {
		return err
	}
	fmt.Printf("%d articles written to %s\n", *n, *out)
	return nil
}

func dist(args []string) error {
	flags := flag.NewFlagSet("dist", flag.ContinueOnError)
	out := flags.String("out", "dist", "folder to write the site to")
	web := flags.String("web", "web", "folder of static assets, with app.wasm")
	base := flags.String("base", "", "sub-path the site is hosted under, e.g. /explorer")
	version := flags.String("version", "", "build version (default: hash of the web folder)")
	if err := flags.Parse(args); err != nil {
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
	flags := flag.NewFlagSet("serve", flag.ContinueOnError)
	dir := flags.String("dir", "dist", "folder of the generated site")
	addr := flags.String("addr", "127.0.0.1:8000", "address to listen on")
	base := flags.String("base", "", "sub-path the site was built for, e.g. /explorer")
	if err := flags.Parse(args); err != nil {
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
