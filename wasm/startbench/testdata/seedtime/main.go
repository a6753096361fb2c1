//go:build js && wasm

// Command seedtime times in the browser the start-up work on the embedded
// seeds: as the app does it, reading the seeds' snapshot built in (build
// it with -tags snapshot, see app/workspace) and building the search
// index, as Workspace.Current does; then the work the snapshot replaces:
// parsing the gazetteer, parsing and analysing the articles, and building
// the index, as workspace.Seeds does. It runs the work twice, the first
// time as the app does at a cold start (every function run for the first
// time, so compiled lazily by the browser; the snapshot path goes first,
// so the live path's index is no longer cold), and sets window.seedtime
// to {"init": ms, "snapshot": bool, "runs": [{"read": ms, "readIndex":
// ms, "gazetteer": ms, "parse": ms, "analyse": ms, "index": ms}, ...]},
// where init is the time from window.goStart (set by the page just before
// go.run) to main: the Go runtime's start and the packages'
// initialisation, and snapshot tells whether the snapshot was read.
package main

import (
	"syscall/js"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/workspace"
	"corpusexplorer/seeds"
)

func main() {
	init := js.Global().Get("performance").Call("now").Float() - js.Global().Get("goStart").Float()
	var runs []any
	fromSnap := false
	for range 2 {
		ms := func(a, b time.Time) any { return float64(b.Sub(a).Microseconds()) / 1000 }
		t0 := time.Now()
		w := workspace.New(nil)
		if _, err := w.Embedded(); err != nil {
			panic(err)
		}
		t1 := time.Now()
		w.Current()
		t2 := time.Now()
		fromSnap, _ = w.FromSnapshot()

		t3 := time.Now()
		g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
		if err != nil {
			panic(err)
		}
		t4 := time.Now()
		c, err := corpus.Load(seeds.Articles, "*.txt")
		if err != nil {
			panic(err)
		}
		t5 := time.Now()
		ac := analysis.Analyse(c, g.NewExtractor())
		t6 := time.Now()
		ac.Index()
		t7 := time.Now()
		runs = append(runs, map[string]any{
			"read": ms(t0, t1), "readIndex": ms(t1, t2),
			"gazetteer": ms(t3, t4), "parse": ms(t4, t5), "analyse": ms(t5, t6), "index": ms(t6, t7),
		})
	}
	js.Global().Set("seedtime", js.ValueOf(map[string]any{"init": init, "snapshot": fromSnap, "runs": runs}))
}
