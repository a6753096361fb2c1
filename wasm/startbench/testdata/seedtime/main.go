//go:build js && wasm

// Command seedtime times in the browser the start-up work on the embedded
// seeds that a snapshot written at build time would replace: parsing the
// gazetteer, parsing and analysing the articles, and building the search
// index, as workspace.Seeds and Workspace.Current do. It runs the work
// twice, the first time as the app does at a cold start (every function
// run for the first time, so compiled lazily by the browser), and sets
// window.seedtime to {"init": ms, "runs": [{"gazetteer": ms, "parse": ms,
// "analyse": ms, "index": ms}, ...]}, where init is the time from
// window.goStart (set by the page just before go.run) to main: the Go
// runtime's start and the packages' initialisation.
package main

import (
	"syscall/js"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/seeds"
)

func main() {
	init := js.Global().Get("performance").Call("now").Float() - js.Global().Get("goStart").Float()
	var runs []any
	for range 2 {
		t0 := time.Now()
		g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
		if err != nil {
			panic(err)
		}
		t1 := time.Now()
		c, err := corpus.Load(seeds.Articles, "*.txt")
		if err != nil {
			panic(err)
		}
		t2 := time.Now()
		ac := analysis.Analyse(c, g.NewExtractor())
		t3 := time.Now()
		ac.Index()
		t4 := time.Now()
		ms := func(a, b time.Time) any { return float64(b.Sub(a).Microseconds()) / 1000 }
		runs = append(runs, map[string]any{
			"gazetteer": ms(t0, t1), "parse": ms(t1, t2), "analyse": ms(t2, t3), "index": ms(t3, t4),
		})
	}
	js.Global().Set("seedtime", js.ValueOf(map[string]any{"init": init, "runs": runs}))
}
