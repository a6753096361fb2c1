// Package ui holds the explorer's go-app components, the IndexedDB adapter
// that keeps the user's data, and the little browser interop they need.
//
// Register makes one session (the tab's model: the workspace of
// app/workspace, the storage status, the import under way) and routes
// every page to it; no package variable holds state. Pages render the
// workspace's current corpus and the state in their URL, worked out by
// the view functions of app/explore (explore.Explorer, explore.Profile,
// ...), and turn user intent into URL changes or go-app actions
// (actions.go). The action handlers, registered once with app.Handle,
// change the session on the UI goroutine and publish what changed as the
// named states stateCorpus and stateUser, which the pages observe.
// Parsing, analysis, querying, counting and layout live in the domain
// packages under app/.
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
//   - go-app ignores a navigation to the URL it navigated to last, and
//     knows only the URLs it navigated to: a page whose URL follows typing
//     or zooming pushes the first change with NavigateTo and replaces it
//     after (urlSync), so that the URL go-app remembers is the page's.
//   - A same-path fragment navigation still calls OnNav.
//   - The not-found page cannot be replaced; a catch-all RouteWithRegexp
//     after the exact routes stands in, and the static site prerenders it
//     as /404 (site.NotFound).
//   - Static generation prerenders only routed paths.
//   - Updates are processed on go-app's own frame tick: what a handler
//     defers runs after the update, in the next frame.
//   - A context is bound to the element that fired the event, and go-app
//     drops the dispatches of a context whose element is gone. Background
//     work therefore runs in action handlers registered with app.Handle,
//     whose context is bound to <body>, never in a component's context.
//   - Exported fields of a component are its props, copied into the
//     mounted component on each parent render; unexported ones (the
//     session) are set once, when the component is made.
//   - In wasm a goroutine switch does not return to the browser's event
//     loop: long work yields with yieldUI (an animation frame, then a
//     timeout) so that the page can repaint and take input.
package ui
