//go:build !wasm

package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/packer"
	"corpusexplorer/app/packs"
	"corpusexplorer/seeds"
)

// skippedError is a pack written without some files: the command exits
// with code 3.
type skippedError struct{ n int }

func (e skippedError) Error() string {
	return fmt.Sprintf("pack: %d file(s) skipped", e.n)
}

// packCmd builds the pack of a folder of articles (with its own
// actors.tsv when it has one) into a folder: every file that cannot be
// used is reported on errw as file:line: message and left out.
func packCmd(w, errw io.Writer, args []string) error {
	flags := flag.NewFlagSet("pack", flag.ContinueOnError)
	flags.SetOutput(errw)
	in := flags.String("in", "", "folder of article files (*.txt, and actors.tsv if any)")
	out := flags.String("out", "", "folder to write the pack to")
	workers := flags.Int("j", runtime.NumCPU(), "goroutines that parse, analyse and index")
	cpuProf := flags.String("cpuprofile", "", "write a CPU profile of the build to this file")
	memProf := flags.String("memprofile", "", "write an allocation profile of the build to this file")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *in == "" || *out == "" || flags.NArg() > 0 {
		return usageError{"usage: pack -in DIR -out DIR [-j N] [-cpuprofile FILE] [-memprofile FILE]"}
	}
	if *cpuProf != "" {
		pf, err := os.Create(*cpuProf)
		if err != nil {
			return err
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if *memProf != "" {
		defer writeHeapProfile(*memProf, errw)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		if f, err := os.Open("/proc/meminfo"); err == nil {
			if total, ok := memTotal(f); ok {
				debug.SetMemoryLimit(total / 10 * packMemoryShare)
			}
			f.Close()
		}
	}
	skipped, err := buildPack(w, errw, *in, *out, *workers)
	if err != nil {
		return err
	}
	if skipped > 0 {
		return skippedError{skipped}
	}
	return nil
}

// buildPack packs the articles of folder in (with its actors.tsv, if
// any) into folder out with workers goroutines, reports each file that
// cannot be used on errw as file:line: message and what was written on w,
// and returns the number of files skipped.
func buildPack(w, errw io.Writer, in, out string, workers int) (int, error) {
	start := time.Now()
	f, err := openFolder(in)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	gazName, gaz := seeds.GazetteerFile, seeds.Gazetteer
	if f.exists("actors.tsv") {
		b, err := corpus.ReadFile(f, "actors.tsv", maxActorsFile)
		if err != nil {
			inFolder(err, in)
			return 0, err
		}
		gazName, gaz = filepath.Join(in, "actors.tsv"), b
	}
	g, err := actors.ParseGazetteer(gazName, gaz)
	if err != nil {
		return 0, err
	}
	rep, err := packer.BuildFS(f, "*.txt", g, packer.Dir(out), packer.Sizes{}, workers)
	for _, e := range rep.Skipped {
		inFolder(e, in)
		fmt.Fprintln(errw, e)
	}
	if err != nil {
		return 0, err
	}
	m := rep.Manifest
	infos, err := packs.ReadFiles(packs.Dir(out), m)
	if err != nil {
		return 0, err
	}
	var size int64
	for _, fi := range infos {
		size += fi.Size
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(w, "%d articles packed into %s: %d files, %.1f MB, %d postings shards, %d dictionary shards, %d column chunks in %d files, %d article files; %.1f s, Go heap obtained from the OS %d MB\n",
		m.Articles, out, len(infos)+1, float64(size)/(1<<20), len(m.Postings), len(m.Dict), len(m.Chunks[packs.Core]), len(m.Docs)+len(m.Extra)+len(m.Where), len(m.Texts),
		time.Since(start).Seconds(), ms.HeapSys>>20)
	fmt.Fprintf(w, "parse %.1f s, analyse, map and group %.1f s, write %.1f s; %d shards of hot answers\n",
		rep.Times[0].Seconds(), rep.Times[1].Seconds(), rep.Times[2].Seconds(), len(m.Hot))
	return len(rep.Skipped), nil
}

// writeHeapProfile writes the allocation profile (every allocation since
// the start) to file name, reporting a failure on errw.
func writeHeapProfile(name string, errw io.Writer) {
	f, err := os.Create(name)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(errw, "memprofile:", err)
	}
}

// packMemoryShare is the tenths of the machine's memory a build keeps Go's
// heap under (a soft limit: the collector works harder near it), unless
// GOMEMLIMIT says otherwise: without it, the collector's headroom over a
// large build's live heap (1,000,000 articles) grows toward all the
// machine holds.
const packMemoryShare = 6

// memTotal reads the machine's memory in bytes from the MemTotal line of
// /proc/meminfo's text.
func memTotal(r io.Reader) (int64, bool) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 3 && f[0] == "MemTotal:" && f[2] == "kB" {
			kb, err := strconv.ParseInt(f[1], 10, 64)
			return kb << 10, err == nil && kb > 0
		}
	}
	return 0, false
}
