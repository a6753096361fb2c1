//go:build !wasm

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"

	"corpusexplorer/app/actors/conll"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/events"
	"corpusexplorer/app/packfetch"
	"corpusexplorer/app/search"
	"corpusexplorer/app/site"
	"corpusexplorer/app/synth"
	"corpusexplorer/app/workspace"
	"corpusexplorer/seeds"
)

const usage = `usage: go run ./wasm COMMAND [flags]

commands:
  check        parse the embedded articles and report every error (file:line)
  analyse [DIR]
               print the analysis (articles, actors, events) of DIR's *.txt
               files, or of the embedded seeds, as one JSON document
  search [-dir DIR] [-actor ID]... [-from YYYY-MM[-DD]] [-to YYYY-MM[-DD]]
         [-sort relevance|newest|oldest] [-limit N] QUERY...
               search DIR's articles (default: the embedded seeds) and print
               {"total","results":[{"id","date","title","score","snippets":
               [{"text","marks":[[start,end]]}]}],"facets":{"actors":[{"id",
               "name","type","count"}],"months":[{"month","count"}]}} as one
               JSON document; marks are character (rune) offsets into the
               snippet text, not bytes. Flags come before the query words.
  eval-events [FILE]
               score event triggers on a labelled set (default app/events/testdata/events.jsonl)
  eval-actors FILE
               score actor extraction on a CoNLL-2002 file (PER, ORG, LOC)
  synth -n N -out DIR [-seed S]
               write a deterministic synthetic corpus of N articles to DIR
  pack -in DIR -out DIR [-j N]
               parse, analyse and index DIR's *.txt files (with its
               actors.tsv, if any) on every core and write them as a pack
               of static files (app/packs); a file that cannot be used is
               reported as file:line: message and skipped (exit code 3)
  snapshot [-out FILE]
               analyse the embedded seeds and write their snapshot (default
               app/workspace/seeds.snapshot), which a build with -tags
               snapshot reads at start-up instead (make wasm does both)
  dist [-corpus DIR]
               write the static site (build web/app.wasm first: make wasm);
               with -corpus, DIR's articles are served as a pack from
               OUT/packs/ instead of the embedded corpus
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
	case "search":
		err = searchCmd(os.Stdout, os.Stderr, args[1:])
	case "eval-events":
		err = evalEvents(os.Stdout, args[1:])
	case "eval-actors":
		err = evalActors(os.Stdout, args[1:])
	case "synth":
		err = synthCorpus(args[1:])
	case "pack":
		err = packCmd(os.Stdout, os.Stderr, args[1:])
	case "snapshot":
		err = snapshot(os.Stdout, args[1:])
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
		var ue usageError
		if errors.As(err, &ue) {
			return 2
		}
		var se skippedError
		if errors.As(err, &se) {
			return 3
		}
		return 1
	}
	return 0
}

// usageError is a bad command line: the command exits with code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// embedded returns the corpus built into the binary, analysed.
func embedded() (*analysis.Corpus, error) { return workspace.New(nil).Embedded() }

// check parses the embedded corpus.
func check(w io.Writer) error {
	ac, err := embedded()
	if err != nil {
		inFolder(err, "seeds")
		return err
	}
	st := ac.Corpus.Stats()
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
		ac, err = embedded()
	} else {
		ac, err = loadDir(args[0])
	}
	if err != nil {
		return err
	}
	return ac.WriteJSON(w)
}

// loadDir analyses the *.txt files of a folder of articles, with its own
// actors.tsv when it has one. Every file is read as corpus.ReadFile does
// (a regular file, at most corpus.MaxFileSize bytes; actors.tsv at most
// maxActorsFile) through a folder, which follows only the symbolic links
// that stay inside dir; errors name the files under dir and the reason.
func loadDir(dir string) (*analysis.Corpus, error) {
	f, err := openFolder(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gazName, gaz := seeds.GazetteerFile, seeds.Gazetteer
	if f.exists("actors.tsv") {
		b, err := corpus.ReadFile(f, "actors.tsv", maxActorsFile)
		if err != nil {
			inFolder(err, dir)
			return nil, err
		}
		gazName, gaz = filepath.Join(dir, "actors.tsv"), b
	}
	ac, err := analysis.Load(f, "*.txt", gazName, gaz)
	inFolder(err, dir)
	return ac, err
}

// repeated is a flag that may be given several times.
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ",") }
func (r *repeated) Set(v string) error { *r = append(*r, v); return nil }

// searchCmd searches the seeds or a folder and prints the result as JSON;
// notices about ignored parts of the query go to stderr.
func searchCmd(w, errw io.Writer, args []string) error {
	flags := flag.NewFlagSet("search", flag.ContinueOnError)
	flags.SetOutput(errw)
	dir := flags.String("dir", "", "folder of article files (default: the embedded seeds)")
	var actorIDs repeated
	flags.Var(&actorIDs, "actor", "actor id the articles must mention (repeatable)")
	from := flags.String("from", "", "first day or month, YYYY-MM[-DD]")
	to := flags.String("to", "", "last day or month, YYYY-MM[-DD]")
	sort := flags.String("sort", "relevance", "relevance, newest or oldest")
	limit := flags.Int("limit", 10, "number of results to print")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{"search: " + err.Error()}
	}
	if *limit < 0 {
		return usageError{"search: -limit must be >= 0"}
	}
	v := url.Values{"q": {strings.Join(flags.Args(), " ")}, "from": {*from}, "to": {*to}, "sort": {*sort}}
	for _, a := range actorIDs {
		v.Add("actor", a)
	}
	st, notes := search.ParseState(v)
	for _, n := range notes {
		// The flags are the command's own: a bad value is a usage error.
		return usageError{fmt.Sprintf("search: bad -%s %q: %s", n.Param, n.Value, strings.TrimPrefix(n.Msg, "ignored: "))}
	}
	var (
		ac  *analysis.Corpus
		err error
	)
	if *dir == "" {
		ac, err = embedded()
	} else {
		ac, err = loadDir(*dir)
	}
	if err != nil {
		return err
	}
	doc, notes := ac.Search(ac.Index(), st, *limit)
	for _, n := range notes {
		fmt.Fprintln(errw, "search: notice:", n)
	}
	return doc.WriteJSON(w)
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
// evalEvents scores the event lexicon on a labelled set, per split.
func evalEvents(w io.Writer, args []string) error {
	name := "app/events/testdata/events.jsonl"
	switch len(args) {
	case 0:
	case 1:
		name = args[0]
	default:
		return usageError{"eval-events takes at most one labelled file"}
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	set, err := events.ReadGold(name, f)
	if err != nil {
		return err
	}
	events.WriteReport(w, events.Evaluate(set, events.NewLexicon().Find))
	return nil
}

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

// snapshot writes the seeds' snapshot (see workspace.SnapshotFile). An
// unchanged file is left alone; a new one replaces the old at once. With
// -overlay it also writes a file for go build -overlay that puts -out in
// the place of workspace.SnapshotFile, so that a test can build with the
// snapshot without writing into the source tree.
func snapshot(w io.Writer, args []string) error {
	flags := flag.NewFlagSet("snapshot", flag.ContinueOnError)
	out := flags.String("out", workspace.SnapshotFile, "file to write the snapshot to")
	overlay := flags.String("overlay", "", "also write a go build -overlay file that embeds -out")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return usageError{fmt.Sprintf("snapshot takes no arguments, got %q", flags.Args())}
	}
	msg, err := writeSnapshot(*out, *overlay)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, msg)
	return nil
}

// writeSnapshot writes the seeds' snapshot to out and, when overlay is
// not "", the overlay file (see snapshot). It returns what it did.
func writeSnapshot(out, overlay string) (string, error) {
	data, err := workspace.SeedsSnapshot()
	if err != nil {
		inFolder(err, "seeds")
		return "", err
	}
	if overlay != "" {
		root, err := moduleRoot()
		if err != nil {
			return "", err
		}
		abs, err := filepath.Abs(out)
		if err != nil {
			return "", err
		}
		o, err := json.Marshal(map[string]map[string]string{"Replace": {filepath.Join(root, workspace.SnapshotFile): abs}})
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(overlay, o, 0o644); err != nil {
			return "", err
		}
	}
	if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, data) {
		return fmt.Sprintf("%s is up to date (%d bytes)", out, len(data)), nil
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Remove(tmp)
		return "", err
	}
	return fmt.Sprintf("%s written (%d bytes)", out, len(data)), nil
}

// moduleRoot returns the folder of the go.mod above the working
// directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = up
	}
}

func dist(args []string) error {
	flags := flag.NewFlagSet("dist", flag.ContinueOnError)
	out := flags.String("out", "dist", "folder to write the site to")
	web := flags.String("web", "web", "folder of static assets, with app.wasm")
	base := flags.String("base", "", "sub-path the site is hosted under, e.g. /explorer")
	version := flags.String("version", "", "build version (default: hash of the web folder)")
	corpusDir := flags.String("corpus", "", "folder of articles to serve as a pack from OUT/"+packfetch.Folder+"/ instead of the embedded corpus")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if err := check(io.Discard); err != nil {
		return err
	}
	cfg := site.Config{Base: *base, Version: *version, Description: "Explore who did what when in a corpus of news articles, in your browser."}
	if *corpusDir != "" {
		wasm, err := os.ReadFile(filepath.Join(*web, "app.wasm"))
		if err != nil {
			return fmt.Errorf("dist: %w (build the wasm first: make dist CORPUS=%s)", err, *corpusDir)
		}
		// The page script's name, which only a wasm that reads packs holds.
		if !bytes.Contains(wasm, []byte("corpusPack")) {
			return fmt.Errorf("dist: %s was built without the code that reads a pack (the tag packs): make dist CORPUS=%s builds it with it", filepath.Join(*web, "app.wasm"), *corpusDir)
		}
		// The pages are prerendered in this process: they read where the
		// pack is as the app does, from the environment (app.Getenv).
		cfg.Pack = packfetch.Folder
		if err := os.Setenv(packfetch.Env, cfg.Pack); err != nil {
			return err
		}
	}
	err := site.Generate(*out, *web, cfg)
	if *corpusDir != "" {
		os.Unsetenv(packfetch.Env)
	}
	if err != nil {
		return err
	}
	if *corpusDir != "" {
		// Files that cannot be used are reported and left out; the site
		// is written with the rest.
		skipped, err := buildPack(os.Stdout, os.Stderr, *corpusDir, filepath.Join(*out, cfg.Pack), runtime.NumCPU())
		if err != nil {
			return err
		}
		if skipped > 0 {
			fmt.Fprintf(os.Stderr, "dist: %d file(s) of %s skipped (see above); the site serves the others\n", skipped, *corpusDir)
		}
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
	srv, b, err := siteServer(*dir, *addr, *base)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", srv.Addr)
	if err != nil {
		return err
	}
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

// siteServer returns the server of the serve command for the site in dir
// (with the timeouts of site.NewServer) and the normalised base path.
func siteServer(dir, addr, base string) (*http.Server, string, error) {
	b, err := site.NormalizeBase(base)
	if err != nil {
		return nil, "", err
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return nil, "", fmt.Errorf("no site in %s (run make dist): %w", dir, err)
	}
	return site.NewServer(addr, site.FileServer(dir, b)), b, nil
}
