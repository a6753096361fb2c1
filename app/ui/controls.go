package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Form controls whose value comes from the URL. go-app sets an element's
// property (checked, value) only when the value it renders changes, and a
// browser changes the property itself when the user clicks or types; the
// two then drift apart, and a box shows ticked for a filter that is not in
// force. The helpers below keep the property equal to the state.

// checkedIf renders a checkbox ticked when on. In the browser the
// attribute is always set ("true" or "false"), so that go-app updates the
// property when the state changes; a prerendered page omits it when off
// (any checked attribute ticks the box in HTML).
func checkedIf(in app.HTMLInput, on bool) app.HTMLInput {
	if app.IsClient || on {
		return in.Checked(on)
	}
	return in
}

// syncChecks sets the checked property of the checkboxes inside the
// element with id root to the state: ticked for the values wanted, each
// box's id being prefix and its value; unticked for every other. It reads
// only the boxes ticked now and those of the values wanted, not every
// box: it runs after each answer is drawn.
func syncChecks(root, prefix string, wanted []string) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	el := doc.Call("getElementById", root)
	if !el.Truthy() {
		return
	}
	ticked := el.Call("querySelectorAll", "input[type=checkbox]:checked")
	for i, n := 0, ticked.Length(); i < n; i++ {
		if b := ticked.Index(i); !slices.Contains(wanted, b.Get("value").String()) {
			b.Set("checked", false)
		}
	}
	for _, v := range wanted {
		if b := doc.Call("getElementById", prefix+v); b.Truthy() && el.Call("contains", b).Bool() && !b.Get("checked").Bool() {
			b.Set("checked", true)
		}
	}
}

// setValue sets the value of the input or select with the given id, if it
// differs. The value attribute is not enough: go-app drops an empty one,
// and a box keeps what was typed in it.
func setValue(id, v string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().Get("document").Call("getElementById", id); el.Truthy() && el.Get("value").String() != v {
		el.Set("value", v)
	}
}

// earlyInput is what the user typed, ticked and focused in the prerendered
// page before the wasm was ready (recorded by a script in the page's head,
// see site.Handler).
type earlyInput struct {
	values map[string]string // input id → value typed
	checks map[string]bool   // checkbox value → checked
	focus  string            // id of the element last focused
}

// takeEarlyInput returns the early input once; later calls, and pages
// where nothing was done before the wasm was ready, return false.
func takeEarlyInput() (earlyInput, bool) {
	if !app.IsClient {
		return earlyInput{}, false
	}
	w := app.Window()
	e := w.Get("__early")
	if !e.Truthy() {
		return earlyInput{}, false
	}
	w.Set("__early", nil)
	in := earlyInput{values: map[string]string{}, checks: map[string]bool{}, focus: e.Get("focus").String()}
	keys := func(o app.Value) []string {
		ks := w.Get("Object").Call("keys", o)
		out := make([]string, ks.Length())
		for i := range out {
			out[i] = ks.Index(i).String()
		}
		return out
	}
	vals, checks := e.Get("values"), e.Get("checks")
	for _, id := range keys(vals) {
		in.values[id] = vals.Get(id).String()
	}
	for _, id := range keys(checks) {
		c := checks.Get(id)
		in.checks[c.Get("value").String()] = c.Get("checked").Bool()
	}
	if len(in.values) == 0 && len(in.checks) == 0 && in.focus == "" {
		return earlyInput{}, false
	}
	return in, true
}
