// Package ui holds the explorer's go-app components, the IndexedDB adapter
// that keeps the user's data, and the little browser interop they need.
// Components render the current corpus of the workspace (app/workspace)
// and the state in the URL, and turn user intent into URL changes or
// workspace calls; parsing, analysis, querying, counting and layout live
// in the domain packages under app/.
//
// # go-app v10.1.11 pitfalls this code works around
//
//   - Properties drift from attributes: go-app sets the checked and value
//     attributes, and skips the update when the attribute did not change,
//     so a box the user ticked keeps its checked property. Controls whose
//     state comes from the URL set the property too after each navigation
//     (controls.go).
//   - Value("") is dropped: an input emptied by the URL keeps its text
//     unless the property is cleared.
//   - Navigating to the URL the engine visited last does nothing, and a
//     same-path fragment navigation still calls OnNav.
//   - The not-found page cannot be replaced; a catch-all RouteWithRegexp
//     after the exact routes stands in, and the static site prerenders it
//     as /404 (site.NotFound).
//   - Static generation prerenders only routed paths.
//   - Updates are processed at 30 frames a second: what a handler defers
//     runs after the update, in the next frame.
//   - A context is bound to the element that fired the event, and go-app
//     drops the dispatches of a context whose element is gone; the end of
//     a background import or save is therefore dispatched through the
//     Header, which every page mounts.
//   - In wasm a goroutine switch does not return to the browser's event
//     loop: long work yields with yieldUI (an animation frame, then a
//     timeout) so that the page can repaint and take input.
package ui
