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

// noteSlow notes the step what, begun at start, if it was long and the
// page asked for a trace.
func noteSlow(what string, start time.Time) {
	d := time.Since(start)
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
	w.Get("__slow").Call("push", fmt.Sprintf("%d ms %s", d.Milliseconds(), what))
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
