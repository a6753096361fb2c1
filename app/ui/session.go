package ui

import (
	"sync/atomic"
	"time"

	"corpusexplorer/app/importer"
	"corpusexplorer/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// session is the explorer in one browser tab: the workspace (the user's
// imported articles and edits and the corpus built from them), where the
// browser's storage stands, and the import under way. Register makes one
// and gives it to every page it routes to; no package variable holds it.
//
// Pages read it while rendering and never change it: they send intent as
// go-app actions (actions.go), whose handlers change the session on the UI
// goroutine (ctx.Dispatch) and tell the pages with the named states
// stateCorpus and stateUser.
type session struct {
	ws    *workspace.Workspace
	store storeStatus
	imp   importSession
	db    database

	// loadAsked is set once the store was asked for (actionLoad).
	loadAsked bool
	// rebuilds counts the builds under way that are not imports.
	rebuilds int
	// changes counts the changes of the user's data and of the import,
	// published as stateUser; progress counts the steps of an import,
	// published as stateProgress.
	changes, progress int
	// slashBound is set once the "/" shortcut listens (bindSlash).
	slashBound bool
	// pack is the pack the site serves, if any (see packed).
	pack packSession
}

// newSession returns the session of a tab whose model is ws.
func newSession(ws *workspace.Workspace) *session {
	return &session{ws: ws, store: storeStatus{saved: true}}
}

// busy reports whether an import or a build is under way.
func (s *session) busy() bool { return s.imp.importing || s.rebuilds > 0 }

// data returns the current corpus: the embedded one until the user's
// imports are loaded and built.
func (s *session) data() *Data { return s.ws.Current() }

// The named states the session publishes. Pages observe them and render
// again when they change.
const (
	// stateCorpus carries the Version of the current corpus (Data).
	stateCorpus = "corpus-version"
	// stateUser counts the changes of the user's files, edits, storage
	// status and imports begun and ended (session.changes).
	stateUser = "user-version"
	// stateProgress counts the steps of the import under way
	// (session.progress): only its progress bar follows them, so that a
	// step does not draw the whole import page again.
	stateProgress = "import-progress"
)

// Data is what every page shows (see workspace.Data).
type Data = workspace.Data

// install makes b the current corpus when it is the latest build started
// and tells the pages; it reports whether it did.
func (s *session) install(ctx app.Context, b workspace.Built) bool {
	if !s.ws.Install(b) {
		return false
	}
	ctx.SetState(stateCorpus, s.data().Version)
	return true
}

// changed tells the pages that observe stateUser that the user's data,
// the storage status or the import changed.
func (s *session) changed(ctx app.Context) {
	s.changes++
	ctx.SetState(stateUser, s.changes)
}

// progressed tells the progress bar that the import under way took a
// step.
func (s *session) progressed(ctx app.Context) {
	s.progress++
	ctx.SetState(stateProgress, s.progress)
}

// storeStatus is where the browser's storage stands for this tab.
type storeStatus struct {
	// legacy is set while the store still holds a version 1 edits log.
	legacy bool
	// saving is set while a save is under way; again asks for another
	// once it is done.
	saving, again bool
	// loading is set while the stored data is read at start-up; reading
	// while any read is under way.
	loading, reading bool
	// readFailed is set when the store could not be read: nothing is
	// written to it until a read succeeds (what could not be read must
	// not be written over); new work stays in the tab.
	readFailed bool
	// err describes the last storage failure ("" when saved).
	err string
	// saved is false while the latest files or edits are not stored.
	saved bool
}

// importSession is the state of an import that outlives the import page
// (the user may leave /import while a batch is analysed). It is only
// touched on the UI goroutine, except cancel.
type importSession struct {
	phase       string
	done, total int
	// problems of the last batch, one per bad file or article.
	problems []importer.Problem
	// undated are the sources of the last batch that need a month.
	undated []importer.Source
	notice  string
	editErr string
	editMsg string
	// edited counts the edits added: the page empties its name and
	// alias boxes when an edit it sent was added.
	edited int
	// readTime and timing measure the last batch.
	readTime time.Duration
	timing   string
	// notices counts the notices of finished batches (data-n).
	notices int
	// importing is set while a batch of files is imported (not while the
	// corpus is rebuilt): it can be cancelled then.
	importing bool
	// cancel asks the import under way to stop; the import goroutine reads it.
	cancel atomic.Bool
	// queue holds the starts of the imports asked for during another one,
	// which run one after the other (see session.whenFree); queued says so.
	queue  []func(app.Context)
	queued string
}

// begin marks the start of an import of total items.
func (s *importSession) begin(phase string, total int) {
	s.importing, s.phase, s.done, s.total, s.notice = true, phase, 0, total, ""
	s.cancel.Store(false)
}

// cancelled records that the import under way was cancelled: nothing of
// it is kept. Call it on the UI goroutine, then session.endImport.
func (s *importSession) cancelled() {
	s.readTime = 0
	s.notices++
	s.notice = "Import cancelled: nothing was imported, and what was saved before is as it was."
}

// observeCorpus makes a page render again when the corpus is replaced.
func observeCorpus(ctx app.Context, version *int) {
	ctx.ObserveState(stateCorpus, version)
}
