package ui

import (
	"corpusexplorer/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Data is what every page shows (see workspace.Data).
type Data = workspace.Data

// stateCorpus is the go-app state key that carries Data.Version.
const stateCorpus = "corpus-version"

// data returns the current corpus, the embedded one until the user's
// imports are loaded.
func data() *Data { return user.ws.Current() }

// install makes b the current corpus when it is the latest build started
// and tells the observing pages; it reports whether it did.
func install(ctx app.Context, b workspace.Built) bool {
	if !user.ws.Install(b) {
		return false
	}
	ctx.SetState(stateCorpus, data().Version)
	return true
}

// observeCorpus makes a page re-render when the corpus is replaced.
func observeCorpus(ctx app.Context, version *int) {
	ctx.ObserveState(stateCorpus, version)
}
