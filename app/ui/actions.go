package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/importer"
	"corpusexplorer/app/strmap"
	"corpusexplorer/app/text"
	"corpusexplorer/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The actions pages send (ctx.NewActionWithValue) to change the user's
// data. Their handlers are registered once, by Register, with app.Handle:
// go-app binds them to the page's <body>, which is never replaced, so
// that what they dispatch at the end of a background import or save
// reaches the page whichever page the user went to meanwhile. Each runs
// on its own goroutine and changes the session on the UI goroutine
// (ctx.Dispatch); the pages learn of it through stateCorpus and
// stateUser.
const (
	// actionLoad reads the user's saved articles and edits, once per tab
	// (the Header sends it when it mounts).
	actionLoad = "load"
	// actionImportFiles imports files the user chose or dropped
	// (importFiles).
	actionImportFiles = "import-files"
	// actionImportText imports a pasted article or the undated files of
	// the last batch with a month (importText).
	actionImportText = "import-text"
	// actionCancelImport stops the import under way; nothing of it is kept.
	actionCancelImport = "cancel-import"
	// actionResolve replaces an article with an imported one of the same
	// id, or keeps both (resolve).
	actionResolve = "resolve"
	// actionRemove removes the imported article with the id given, or all
	// of them for "".
	actionRemove = "remove"
	// actionEdit changes the actor edits (editIntent).
	actionEdit = "edit"
	// actionImportEdits adds the edits of an actors.tsv file (a File
	// object).
	actionImportEdits = "import-edits"
	// actionRetryStorage reads the store again after a failed read, or
	// saves again after a failed save.
	actionRetryStorage = "retry-storage"
	// actionDismiss clears the problems of the last batch.
	actionDismiss = "dismiss-problems"
)

// handle registers the session's action handlers.
func (s *session) handle() {
	app.Handle(actionLoad, s.onLoad)
	app.Handle(actionImportFiles, s.onImportFiles)
	app.Handle(actionImportText, s.onImportText)
	app.Handle(actionCancelImport, s.onCancelImport)
	app.Handle(actionResolve, s.onResolve)
	app.Handle(actionRemove, s.onRemove)
	app.Handle(actionEdit, s.onEdit)
	app.Handle(actionImportEdits, s.onImportEdits)
	app.Handle(actionRetryStorage, s.onRetryStorage)
	app.Handle(actionDismiss, s.onDismiss)
	if packsBuilt {
		app.Handle(actionPackSearch, s.onPackSearch)
		app.Handle(actionPackArticle, s.onPackArticle)
		app.Handle(actionPackKeep, s.onPackKeep)
		app.Handle(actionPackTimeline, s.onPackTimeline)
		app.Handle(actionPackActor, s.onPackActor)
		app.Handle(actionPackActorRows, s.onPackActorRows)
	}
}

// importFiles is the value of actionImportFiles: File objects and the
// month for those without a date (zero when none was chosen).
type importFiles struct {
	files []app.Value
	month corpus.Date
}

// importText is the value of actionImportText: a pasted article, or the
// undated files of the last batch (undated set) with the month chosen.
type importText struct {
	sources []importer.Source
	month   corpus.Date
	undated bool
}

// resolve is the value of actionResolve: the problem at index problem of
// the last batch (a duplicate id), replaced or kept beside the other.
type resolve struct {
	problem int
	replace bool
}

// editKind says what an editIntent does.
type editKind int

const (
	editAdd    editKind = iota // add edit
	editUndo                   // undo the last edit
	editRedo                   // redo the last undone edit
	editDelete                 // delete the edit at index
)

// editIntent is the value of actionEdit.
type editIntent struct {
	kind  editKind
	edit  edits.Edit
	index int
}

// onLoad reads the store once, and from then on takes in what other tabs
// of the site store.
func (s *session) onLoad(ctx app.Context, a app.Action) {
	ctx.Dispatch(func(ctx app.Context) {
		if !app.IsClient || s.loadAsked {
			return
		}
		s.loadAsked = true
		s.store.loading = true
		s.changed(ctx)
		s.read(ctx)
		s.db.onAnnounce(func() {
			ctx.Dispatch(func(ctx app.Context) {
				if !s.store.loading {
					s.read(ctx) // what the other tab wrote
				}
			})
		})
	})
}

// onImportFiles reads the files (File API) and imports them in the
// background.
func (s *session) onImportFiles(ctx app.Context, a app.Action) {
	in, ok := a.Value.(importFiles)
	if !ok || len(in.files) == 0 {
		return
	}
	ctx.Dispatch(func(ctx app.Context) {
		s.whenFree(ctx, func(ctx app.Context) {
			s.imp.begin("Reading files", len(in.files))
			s.changed(ctx)
			ctx.Async(func() { s.readAndImport(ctx, in) })
		})
	})
}

// readAndImport reads the files of in a chunk at a time, yielding to the
// page in between, then imports what could be read. It runs on its own
// goroutine with the import begun.
func (s *session) readAndImport(ctx app.Context, in importFiles) {
	start := time.Now()
	var sources []importer.Source
	var probs []importer.Problem
	// Start the reads of a chunk of files at once: one await per file
	// costs a round trip through the event loop each.
	const chunk = 256
	var (
		data [][]byte
		errs []error
	)
	for i, f := range in.files {
		if s.imp.cancel.Load() {
			ctx.Dispatch(func(ctx app.Context) { s.imp.cancelled(); s.endImport(ctx); s.changed(ctx) })
			return
		}
		if i%chunk == 0 {
			end := min(i+chunk, len(in.files))
			data, errs = readFiles(in.files[i:end])
			done := i
			ctx.Dispatch(func(ctx app.Context) { s.imp.done = done; s.progressed(ctx) })
			yieldUI()
		}
		name := f.Get("name").String()
		if rel := f.Get("webkitRelativePath"); rel.Truthy() {
			name = rel.String()
		}
		if size := f.Get("size").Int(); size > importer.MaxSourceSize {
			probs = append(probs, importer.Problem{File: name, Kind: importer.TooLarge,
				Msg: fmt.Sprintf("too large (%s, at most %s)", sizeText(size), sizeText(importer.MaxSourceSize))})
			continue
		}
		b, err := data[i%chunk], errs[i%chunk]
		if err != nil {
			probs = append(probs, importer.Problem{File: name, Kind: importer.Invalid, Msg: "could not be read: " + err.Error()})
			continue
		}
		sources = append(sources, importer.Source{Name: name, Data: b})
	}
	read := time.Since(start)
	ctx.Dispatch(func(ctx app.Context) { s.imp.readTime = read })
	data = nil // sources holds what is still needed: importSources lets it go
	s.importSources(ctx, sources, probs, in.month, start)
}

// onImportText imports a pasted article, or the undated files of the last
// batch with the month now chosen.
func (s *session) onImportText(ctx app.Context, a app.Action) {
	in, ok := a.Value.(importText)
	if !ok {
		return
	}
	ctx.Dispatch(func(ctx app.Context) { s.whenFree(ctx, func(ctx app.Context) { s.importText(ctx, in) }) })
}

// importText begins the import of a pasted article or of the undated
// files of the last batch.
func (s *session) importText(ctx app.Context, in importText) {
	sources := in.sources
	phase := "Checking"
	if in.undated {
		if in.month.IsZero() {
			s.imp.notice = "Choose a month first."
			s.changed(ctx)
			return
		}
		phase = "Checking files"
		sources = s.imp.undated
		// The other problems of the batch stay listed until dismissed.
		s.imp.problems, s.imp.undated = importer.Without(s.imp.problems, importer.NoDate), nil
	}
	s.imp.begin(phase, len(sources))
	s.changed(ctx)
	ctx.Async(func() { s.importSources(ctx, sources, nil, in.month, time.Now()) })
}

// whenFree runs start, the start of an import, now, or once the import
// under way has ended: imports run one at a time, as they share the
// progress bar. Nothing the user asks for is dropped.
func (s *session) whenFree(ctx app.Context, start func(app.Context)) {
	if !s.imp.importing {
		start(ctx)
		return
	}
	s.imp.queue = append(s.imp.queue, start)
	s.imp.queued = fmt.Sprintf("%s waiting for the one under way.", text.Plural(len(s.imp.queue), "more import"))
	s.changed(ctx)
}

// endImport ends the import under way (done or cancelled) and begins the
// next one asked for, if any.
func (s *session) endImport(ctx app.Context) {
	s.imp.importing = false
	s.imp.queued = ""
	if len(s.imp.queue) == 0 {
		return
	}
	next := s.imp.queue[0]
	s.imp.queue = s.imp.queue[1:]
	if n := len(s.imp.queue); n > 0 {
		s.imp.queued = fmt.Sprintf("%s waiting for the one under way.", text.Plural(n, "more import"))
	}
	next(ctx)
}

// importSources checks and converts sources (yielding to the page between
// files), then builds, publishes and saves the corpus with them. It runs
// on its own goroutine with the import begun.
func (s *session) importSources(ctx app.Context, sources []importer.Source, probs []importer.Problem, month corpus.Date, start time.Time) {
	cur := s.data().AC.Corpus
	// The ids of the user's files, whether or not the corpus shown has
	// them yet (a rebuild after loading the store may be under way): on
	// the UI goroutine, which owns the workspace.
	imported := onUI(ctx, s.ws.ImportedIDs)
	var batch strmap.Map[struct{}] // the ids of this import's articles
	taken := func(id string) bool {
		_, ok := cur.ByID(id)
		return ok || imported.Has(id) || batch.Has(id)
	}
	n := len(sources)
	cancelled := func() {
		ctx.Dispatch(func(ctx app.Context) { s.imp.cancelled(); s.endImport(ctx); s.changed(ctx) })
	}
	ctx.Dispatch(func(ctx app.Context) {
		s.imp.phase, s.imp.done, s.imp.total = "Checking files", 0, n
		s.progressed(ctx)
	})
	var added []corpus.File
	var undated []importer.Source
	y := yielder{last: time.Now(), interval: 50 * time.Millisecond}
	articles := 0 // the articles of the lists read so far
	for i, src := range sources {
		if s.imp.cancel.Load() {
			cancelled()
			return
		}
		// A .json or .csv list is read article by article, yielding to
		// the page at least every 50 ms.
		// Called per article (100,000 of a large list): the clock only.
		stepAt := time.Now()
		step := func() bool {
			if time.Since(stepAt) >= slowStep {
				noteSlow("checking "+src.Name, stepClock{at: stepAt, assist: -1})
			}
			defer func() { stepAt = time.Now() }()
			articles++
			if y.maybe() {
				done, label := i, fmt.Sprintf("Checking files: %d articles read", articles)
				ctx.Dispatch(func(ctx app.Context) {
					if !s.imp.cancel.Load() {
						s.imp.phase, s.imp.done = label, done
						s.progressed(ctx)
					}
				})
			}
			return !s.imp.cancel.Load()
		}
		b := importer.Import([]importer.Source{src}, importer.Options{Month: month, Existing: taken, Step: step})
		if s.imp.cancel.Load() {
			cancelled()
			return
		}
		for k, f := range b.Files {
			batch.Put(corpus.IDOf(f.Name), struct{}{})
			added = append(added, f)
			s.ws.Parsed(f, b.Parsed[k]) // the build need not parse it again
			// Each file is hashed here: 100,000 of a list take a few
			// hundred milliseconds in wasm.
			if k%100 == 99 && y.maybe() && s.imp.cancel.Load() {
				cancelled()
				return
			}
		}
		for _, pr := range b.Problems {
			probs = append(probs, pr)
			if pr.Kind == importer.NoDate && (len(undated) == 0 || undated[len(undated)-1].Name != src.Name) {
				undated = append(undated, src)
			}
		}
		// The articles are in b.Files now (a list's as files of their
		// own): the source is let go, which frees a 20 MB list for the
		// build (undated keeps what a month will date).
		sources[i].Data = nil
		if y.maybe() {
			done := i + 1
			ctx.Dispatch(func(ctx app.Context) { s.imp.done = done; s.progressed(ctx) })
		}
	}
	checked := time.Now()
	// Start takes the workspace's files and edits: on the UI goroutine.
	job := onUI(ctx, func() workspace.Job { return s.ws.Start(added...) })
	// The job's files end with the added ones: keep those, not a second
	// list of 100,000 files for the collector to go through while the
	// build runs.
	added = job.Files[len(job.Files)-len(added):]
	// The analysis of the whole corpus is one step per phase: show each
	// and let the page repaint in between.
	phases, total := 0, 6
	if len(job.Edits) > 0 {
		total++
	}
	lastPhase := ""
	stepAt := clock()
	b := s.ws.Build(job, func(phase string, n, of int) bool {
		noteSlow("build: until "+phase, stepAt)
		defer func() { stepAt = clock() }()
		if s.imp.cancel.Load() {
			return false
		}
		if phase != lastPhase {
			phases++
			lastPhase = phase
		}
		// The bar shows the phases; within the analysis, its articles.
		label := phase + " " + text.Plural(len(job.Files), "article")
		done, max := phases, total
		switch {
		case of > 0 && phase == "Merging events":
			label = fmt.Sprintf("%s: %d%%", phase, 100*n/of)
			done, max = n, of
		case of > 0:
			label = fmt.Sprintf("%s: %d of %d articles", phase, n, of)
			done, max = n, of
		}
		ctx.Dispatch(func(ctx app.Context) {
			if !s.imp.cancel.Load() {
				s.imp.phase, s.imp.done, s.imp.total = label, done, max
				s.progressed(ctx)
			}
		})
		yieldUI()
		return !s.imp.cancel.Load()
	})
	if b.Cancelled || s.imp.cancel.Load() {
		ctx.Dispatch(func(ctx app.Context) {
			s.imp.cancelled()
			s.endImport(ctx)
			s.changed(ctx)
			// A rebuild (for another tab's articles, say) set aside in
			// favour of this import's build must run now.
			if s.ws.Abandon(job) {
				s.rebuild(ctx, false, nil)
			}
		})
		return
	}
	noteSlow("build: the end", stepAt)
	elapsed, analysed := time.Since(start), time.Since(checked)
	// The files first, a part per frame (100,000 take a tenth of a
	// second), then the corpus.
	for rest := added; len(rest) > 0; {
		part := rest[:min(len(rest), putFilesStep)]
		rest = rest[len(part):]
		ctx.Dispatch(func(ctx app.Context) {
			defer noteSlow("import: putting the files", clock())
			s.ws.PutAll(part)
			s.store.saved = false
		})
		yieldUI()
	}
	ctx.Dispatch(func(ctx app.Context) {
		defer noteSlow("import: installing the corpus", clock())
		checking := checked.Sub(start) - s.imp.readTime
		if s.ws.Latest(job) {
			s.install(ctx, b)
		} else {
			// Another tab's articles came in during the import: build
			// again with them.
			s.rebuild(ctx, false, nil)
		}
		s.imp.problems, s.imp.undated = probs, undated
		rejected := importer.Rejected(probs)
		s.imp.notices++
		s.imp.notice = fmt.Sprintf("Imported %s in %.2f s.", text.Plural(len(added), "article"), elapsed.Seconds())
		s.imp.timing = fmt.Sprintf("Reading %.2f s, checking %.2f s, analysing and indexing %.2f s.", s.imp.readTime.Seconds(), checking.Seconds(), analysed.Seconds())
		s.imp.readTime = 0
		if rejected > 0 {
			s.imp.notice += fmt.Sprintf(" %s: see below.", text.Plural(rejected, "problem"))
		}
		s.endImport(ctx)
		s.changed(ctx)
	})
	// The save starts once the page has drawn the new corpus: both are
	// long after a large import.
	yieldUI()
	ctx.Dispatch(func(ctx app.Context) { s.save(ctx) })
}

// onCancelImport asks the import under way to stop, and drops those
// waiting for it.
func (s *session) onCancelImport(ctx app.Context, a app.Action) {
	s.imp.cancel.Store(true)
	ctx.Dispatch(func(ctx app.Context) {
		s.imp.queue, s.imp.queued = nil, ""
		if s.imp.importing {
			s.imp.phase = "Cancelling"
			s.progressed(ctx)
		}
	})
}

// onResolve replaces an article with the imported one of the same id, or
// keeps both under distinct ids.
func (s *session) onResolve(ctx app.Context, a app.Action) {
	r, ok := a.Value.(resolve)
	if !ok {
		return
	}
	ctx.Dispatch(func(ctx app.Context) {
		if r.problem >= len(s.imp.problems) {
			return
		}
		pr := s.imp.problems[r.problem]
		var f corpus.File
		if r.replace {
			f = *pr.Pending
		} else {
			var err error
			f, err = importer.KeepBoth(pr, s.ws.Taken)
			if err != nil {
				s.imp.notice = err.Error()
				s.changed(ctx)
				return
			}
		}
		s.ws.Put(f)
		s.imp.problems = slices.Delete(slices.Clone(s.imp.problems), r.problem, r.problem+1)
		how := "kept both as " + corpus.IDOf(f.Name)
		if r.replace {
			how = "replaced " + corpus.IDOf(f.Name)
		}
		s.rebuild(ctx, true, func() { s.imp.notice = pr.File + ": " + how + "." })
	})
}

// onRemove removes an imported article, or all of them.
func (s *session) onRemove(ctx app.Context, a app.Action) {
	id, _ := a.Value.(string)
	ctx.Dispatch(func(ctx app.Context) {
		s.ws.Remove(id)
		msg := "Removed " + id + "."
		if id == "" {
			msg = "Removed every imported article."
		}
		s.rebuild(ctx, true, func() { s.imp.notice = msg })
	})
}

// onEdit adds, undoes, redoes or deletes an actor edit, then rebuilds the
// corpus with the edits and saves them.
func (s *session) onEdit(ctx app.Context, a app.Action) {
	in, ok := a.Value.(editIntent)
	if !ok {
		return
	}
	ctx.Dispatch(func(ctx app.Context) {
		s.imp.editErr, s.imp.editMsg = "", ""
		var (
			ed   edits.Edit
			done bool
			verb string
		)
		switch in.kind {
		case editAdd:
			if err := s.ws.Edit(in.edit); err != nil {
				s.imp.editErr = err.Error()
				s.changed(ctx)
				return
			}
			ed, done, verb = in.edit, true, "Done"
			s.imp.edited++
		case editUndo:
			ed, done = s.ws.Undo()
			verb = "Undone"
		case editRedo:
			ed, done = s.ws.Redo()
			verb = "Redone"
		case editDelete:
			ed, done = s.ws.DeleteEdit(in.index)
			verb = "Deleted"
		}
		if !done {
			s.changed(ctx)
			return
		}
		msg := verb + ": " + ed.String() + "."
		s.rebuild(ctx, true, func() { s.imp.editMsg = msg })
	})
}

// putFilesStep is how many imported files are put into the workspace
// between two paints.
const putFilesStep = 20000

// importEditsStep is how many lines or entries of a file of edits are
// read between two paints (about 20 ms of the browser's time).
const importEditsStep = 1000

// onImportEdits reads an actors.tsv file and adds each of its edits that
// applies.
func (s *session) onImportEdits(ctx app.Context, a app.Action) {
	f, ok := a.Value.(app.Value)
	if !ok || f == nil {
		return
	}
	name := f.Get("name").String()
	data, errs := readFiles([]app.Value{f})
	readAt := clock()
	b, err := data[0], errs[0]
	var es []edits.Edit
	if err == nil {
		// A piece at a time, the page painting in between: 10,000
		// entries take a fifth of a second in the browser.
		im := edits.NewImporter(name, b)
		for !im.Step(importEditsStep) {
			noteSlow("edits: parsing the file", readAt)
			yieldUI()
			readAt = clock()
		}
		es, err = im.Edits()
	}
	noteSlow("edits: parsing the file", readAt)
	// Let the page paint between the parse and the edits' check.
	yieldUI()
	ctx.Dispatch(func(ctx app.Context) {
		defer noteSlow("edits: adding them", clock())
		s.imp.editErr, s.imp.editMsg = "", ""
		if err != nil {
			s.imp.editErr = err.Error()
			s.changed(ctx)
			return
		}
		applied, errs := s.ws.ImportEdits(es)
		if len(errs) > 0 {
			msgs := make([]string, len(errs))
			for i, err := range errs {
				msgs[i] = err.Error()
			}
			s.imp.editErr = fmt.Sprintf("%s skipped: %s", text.Plural(len(errs), "edit"), strings.Join(msgs, "; "))
		}
		msg := fmt.Sprintf("Imported %s from %s.", text.Plural(applied, "edit"), name)
		s.rebuild(ctx, true, func() { s.imp.editMsg = msg })
	})
}

// onRetryStorage reads the store again after a failed read, or saves again.
func (s *session) onRetryStorage(ctx app.Context, a app.Action) {
	ctx.Dispatch(func(ctx app.Context) {
		if s.store.readFailed {
			s.read(ctx)
			return
		}
		s.save(ctx)
	})
}

// onDismiss clears the problems of the last batch.
func (s *session) onDismiss(ctx app.Context, a app.Action) {
	ctx.Dispatch(func(ctx app.Context) {
		s.imp.problems, s.imp.undated = nil, nil
		s.changed(ctx)
	})
}
