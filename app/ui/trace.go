package ui

import (
	"fmt"
	"runtime/metrics"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A trace of the page's long steps, for finding what each long frame of
// a large import is: when window.__traceSlow is set (BenchmarkWasmBigImports
// sets it), each step of the page's work that runs longer than slowStep
// is added to the array window.__slow as "N ms what". Otherwise it costs
// one look at a JavaScript global per step.

// slowStep is the shortest step noted.
const slowStep = 50 * time.Millisecond

// stepClock is when a step began, and the time the Go runtime had spent
// marking for the collector on behalf of the page's own work (assists)
// by then.
type stepClock struct {
	at     time.Time
	assist float64 // seconds; negative when not read
}

// clock returns the stepClock of now.
func clock() stepClock { return stepClock{time.Now(), assistSeconds()} }

// noteSlow notes the step what, begun at start, if it was long and the
// page asked for a trace, with the part of it the page's work spent
// marking for the collector (an allocation during a collection pays for
// part of its marking).
func noteSlow(what string, start stepClock) {
	d := time.Since(start.at)
	if d < slowStep || !app.IsClient {
		return
	}
	w := app.Window()
	if !w.Get("__traceSlow").Truthy() {
		return
	}
	if !w.Get("__slow").Truthy() {
		w.Set("__slow", w.Get("Array").New())
	}
	if a := assistSeconds() - start.assist; start.assist >= 0 && a >= 0.01 {
		what += fmt.Sprintf(" (%d ms of it marking for the collector)", int(a*1000))
	}
	w.Get("__slow").Call("push", fmt.Sprintf("%d ms %s", d.Milliseconds(), what))
}

// assistSeconds returns the time spent so far marking for the collector
// in the course of allocating.
func assistSeconds() float64 {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/mark/assist:cpu-seconds"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindFloat64 {
		return 0
	}
	return s[0].Value.Float64()
}

// noteMemory records, when the page asked for a trace, the largest memory
// the Go runtime has held so far (window.__goMemory, in bytes): in wasm
// the page's memory never shrinks, so this is the part of the tab's
// memory that the Go heap's peak takes.
func noteMemory() {
	if !app.IsClient {
		return
	}
	w := app.Window()
	if !w.Get("__traceSlow").Truthy() {
		return
	}
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 {
		if m := float64(s[0].Value.Uint64()); m > w.Get("__goMemory").Float() {
			w.Set("__goMemory", m)
		}
	}
}

// gcCycles returns the number of garbage collections so far.
func gcCycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// noteSearch adds, when the page asks for it (window.__searchTimes is an
// array: BenchmarkPackedSite sets it), the milliseconds since start to
// that array: how long the search of a pack took in the page, from the
// query to its view worked out, the files it read included and the
// drawing of the page not.
func noteSearch(start time.Time) {
	if !app.IsClient {
		return
	}
	if a := app.Window().Get("__searchTimes"); a.Truthy() {
		a.Call("push", float64(time.Since(start).Microseconds())/1000)
	}
}
