package ui

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/importer"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// importSession is the state of the import page that outlives the page
// component (the user may leave /import while a batch is analysed). It is
// only touched on the UI goroutine.
type importSession struct {
	busy        bool
	phase       string
	done, total int
	// problems of the last batch, one per bad file or article.
	problems []importer.Problem
	// undated are the sources of the last batch that need a month.
	undated []importer.Source
	notice  string
	editErr string
	editMsg string
	export  string // the last export error
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
}

// begin marks the start of an import of total items.
func (s *importSession) begin(phase string, total int) {
	s.busy, s.importing, s.phase, s.done, s.total, s.notice = true, true, phase, 0, total, ""
	s.cancel.Store(false)
}

// cancelled ends an import that was cancelled: nothing of it is kept.
// Call it on the UI goroutine.
func (s *importSession) cancelled() {
	s.busy, s.importing = false, false
	s.readTime = 0
	s.notices++
	s.notice = "Import cancelled: nothing was imported, and what was saved before is as it was."
}

var sess = &importSession{}

// importedShown is how many imported articles are listed at first.
const importedShown = 100

// ImportPage lets the user bring their own articles: /import.
type ImportPage struct {
	app.Compo

	version  int
	month    string // YYYY-MM for undated files
	pasteID  string
	pasteDay string
	pasteTxt string
	dragging bool
	// allImported lists every imported article, not only the first ones.
	allImported bool

	actor, into   string // selected actors for edits
	name, alias   string
	exportState   search.State
	exportEvents  bool
	exportQ       string
	exportQLoaded bool
}

// OnMount observes the corpus so that the lists follow imports and edits.
func (p *ImportPage) OnMount(ctx app.Context) {
	observeCorpus(ctx, &p.version)
}

// OnNav reads the export filters from the URL (the explorer's parameters).
func (p *ImportPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Your articles · Corpus Explorer")
	st, _ := search.ParseState(ctx.Page().URL().Query())
	p.exportState = st
	if !p.exportQLoaded {
		p.exportQ, p.exportQLoaded = st.Q, true
	}
}

// Render shows the import controls, the imported articles, the actor edits
// and the export.
func (p *ImportPage) Render() app.UI {
	d := data()
	if d.Err != nil {
		return page("/import", app.H1().Text("Your articles"), loadError(d.Err))
	}
	cls := "import-drop"
	if p.dragging {
		cls += " dragging"
	}
	return app.Div().Class(cls).ID("import-drop").
		OnDragOver(p.onDragOver).
		OnDragLeave(func(ctx app.Context, e app.Event) { p.dragging = false }).
		OnDrop(p.onDrop).
		Body(page("/import",
			app.H1().Text("Your articles"),
			app.P().Class("intro").Text("Bring your own articles: they are read and analysed in this browser, kept in its storage and never uploaded anywhere."),
			p.storageStatus(),
			p.importSection(),
			p.problemsSection(),
			p.importedSection(d),
			p.editsSection(d),
			p.exportSection(),
		))
}

func (p *ImportPage) storageStatus() app.UI {
	var items []app.UI
	if user.saveErr != "" {
		items = append(items, app.P().Class("error").ID("storage-error").Role("alert").Body(
			app.Strong().Text("Storage problem: "),
			app.Text(user.saveErr),
			app.If(len(user.ws.Files()) > 0 || len(user.ws.Edits()) > 0, func() app.UI {
				return app.Span().Body(
					app.Text(fmt.Sprintf(" %s and %s stay in this tab until it closes.", text.Plural(len(user.ws.Files()), "imported article"), text.Plural(len(user.ws.Edits()), "edit"))),
					app.Button().Class("button").ID("retry-save").Text("Try again").OnClick(func(ctx app.Context, e app.Event) {
						if user.readFailed {
							readStored(ctx)
							return
						}
						saveUser(ctx)
					}),
				)
			}),
		))
	}
	for _, e := range user.ws.Problems() {
		items = append(items, app.P().Class("warning").Role("alert").Text(e))
	}
	if user.loading {
		items = append(items, app.P().Class("muted").Aria("live", "polite").Text("Loading your saved articles…"))
	}
	saved := "true"
	if !user.saved || user.loading {
		saved = "false"
	}
	return app.Div().ID("storage-status").DataSet("saved", saved).Body(items...)
}

func (p *ImportPage) importSection() app.UI {
	busy := sess.busy || user.loading
	return app.Section().Class("import-panel").Aria("labelledby", "import-h").Body(
		app.H2().ID("import-h").Text("Import"),
		app.P().Class("hint").Text("Article files (.txt in the seed format: \"date 2021-12 First paragraph…\"; plain .txt with a month chosen below), or .json/.csv lists of {id, date, text}. Drop files anywhere on this page."),
		app.Div().Class("import-row").Body(
			app.Label().For("import-files").Class("button").Class(disabledClass(busy)).Aria("disabled", busy).Text("Choose files"),
			app.Input().Type("file").ID("import-files").Class("visually-hidden").Multiple(true).
				Accept(".txt,.text,.json,.csv").Disabled(busy).OnChange(p.onFiles),
			app.Label().For("import-folder").Class("button secondary").Class(disabledClass(busy)).Aria("disabled", busy).Text("Choose a folder"),
			app.Input().Type("file").ID("import-folder").Class("visually-hidden").Multiple(true).
				Attr("webkitdirectory", true).Disabled(busy).OnChange(p.onFiles),
			app.Label().For("import-month").Text("Month for files without a date"),
			app.Input().Type("text").ID("import-month").Value(p.month).Placeholder("YYYY-MM").Attr("inputmode", "numeric").Attr("pattern", `\d{4}-\d{2}`).AutoComplete(false).
				OnChange(func(ctx app.Context, e app.Event) { p.month = ctx.JSSrc().Get("value").String() }),
		),
		app.If(sess.busy && sess.total > 0, func() app.UI {
			return app.Div().Class("import-progress").Body(
				app.Label().For("import-progress").Text(fmt.Sprintf("%s: %d of %d", sess.phase, sess.done, sess.total)),
				app.Progress().ID("import-progress").Max(sess.total).Value(sess.done),
			)
		}),
		app.If(sess.busy && sess.total == 0, func() app.UI {
			return app.P().Class("muted").Aria("live", "polite").Text("Working…")
		}),
		app.If(sess.busy && sess.importing, func() app.UI {
			return app.Button().Class("button secondary").ID("import-cancel").Text("Cancel import").
				Disabled(sess.cancel.Load()).OnClick(func(ctx app.Context, e app.Event) {
				sess.cancel.Store(true)
				sess.phase = "Cancelling"
			})
		}),
		app.If(sess.notice != "", func() app.UI {
			return app.P().Class("notice-ok").ID("import-notice").DataSet("n", sess.notices).Aria("live", "polite").Text(sess.notice)
		}),
		app.If(sess.timing != "" && sess.notice != "", func() app.UI {
			return app.P().Class("hint").ID("import-timing").Text(sess.timing)
		}),
		app.Details().Class("paste").Body(
			app.Summary().Text("Paste an article"),
			app.Div().Class("paste-grid").Body(
				app.Label().For("paste-date").Text("Date (YYYY-MM or YYYY-MM-DD)"),
				app.Input().ID("paste-date").Placeholder("2021-12-07").Value(p.pasteDay).
					OnChange(func(ctx app.Context, e app.Event) { p.pasteDay = ctx.JSSrc().Get("value").String() }),
				app.Label().For("paste-id").Text("Id (optional)"),
				app.Input().ID("paste-id").Placeholder("my-article").Value(p.pasteID).
					OnChange(func(ctx app.Context, e app.Event) { p.pasteID = ctx.JSSrc().Get("value").String() }),
				app.Label().For("paste-text").Text("Text (paragraphs separated by blank lines)"),
				app.Textarea().ID("paste-text").Rows(8).Text(p.pasteTxt).
					OnChange(func(ctx app.Context, e app.Event) { p.pasteTxt = ctx.JSSrc().Get("value").String() }),
			),
			app.Button().Class("button").ID("paste-import").Text("Import text").Disabled(busy).OnClick(p.onPaste),
		),
	)
}

// disabledClass marks a label that stands for a disabled file input (the
// input itself is hidden), so that it looks and acts disabled too.
func disabledClass(disabled bool) string {
	if disabled {
		return "is-disabled"
	}
	return ""
}

func kindHelp(k importer.Kind) string {
	switch k {
	case importer.Encoding:
		return "Save the file as UTF-8 and import it again."
	case importer.NoDate:
		return "Choose a month above, then import these files with it."
	case importer.BadDate, importer.BadDay:
		return "Fix the date: \"date YYYY-MM\" or \"date YYYY-MM-DD\" at the start."
	case importer.Empty, importer.EmptyText:
		return "There is no article text."
	case importer.TooLarge:
		return fmt.Sprintf("Split it: at most %s per article, %s per .json or .csv file.", sizeText(corpus.MaxFileSize), sizeText(importer.MaxSourceSize))
	case importer.Unsupported:
		return "Use .txt, .json or .csv."
	case importer.Converted:
		return "Imported; check the accents."
	case importer.DuplicateID:
		return "An article with this id exists."
	}
	return ""
}

func (p *ImportPage) problemsSection() app.UI {
	if len(sess.problems) == 0 {
		return app.Div()
	}
	items := make([]app.UI, 0, len(sess.problems))
	for i, pr := range sess.problems {
		cls := "problem"
		if pr.Kind.Warning() {
			cls += " warning"
		}
		li := app.Li().Class(cls).DataSet("kind", pr.Kind.String()).DataSet("file", pr.File).Body(
			app.Strong().Text(pr.Kind.String()+": "),
			app.Span().Class("problem-msg").Text(pr.Error()),
			app.Span().Class("problem-help").Text(" "+kindHelp(pr.Kind)),
			app.If(pr.Kind == importer.DuplicateID && pr.Pending != nil, func() app.UI {
				return app.Span().Class("problem-actions").Body(
					app.Button().Class("button replace").Text("Replace").OnClick(p.onResolve(i, true), app.EventScope("replace", i, pr.File, pr.ID)),
					app.Button().Class("button secondary keep-both").Text("Keep both").OnClick(p.onResolve(i, false), app.EventScope("keep", i, pr.File, pr.ID)),
				)
			}),
		)
		items = append(items, li)
	}
	var undated []app.UI
	for _, s := range sess.undated {
		undated = append(undated, app.Li().Text(s.Name))
	}
	return app.Section().Class("import-panel").ID("import-problems").Aria("labelledby", "problems-h").Body(
		app.H2().ID("problems-h").Text("Problems in the last batch"),
		app.Ul().Class("problems").Role("alert").Body(items...),
		app.If(len(sess.undated) > 0, func() app.UI {
			return app.Div().Class("undated").Body(
				app.P().Text("These files have no date; choose the month they are from:"),
				app.Ul().Body(undated...),
				app.Label().For("undated-month").Text("Month"),
				app.Input().Type("text").ID("undated-month").Value(p.month).Placeholder("YYYY-MM").Attr("inputmode", "numeric").Attr("pattern", `\d{4}-\d{2}`).AutoComplete(false).
					OnChange(func(ctx app.Context, e app.Event) { p.month = ctx.JSSrc().Get("value").String() }),
				app.Button().Class("button").ID("undated-import").Text("Import with this month").OnClick(p.onUndated),
			)
		}),
		app.Button().Class("button secondary").Text("Dismiss").OnClick(func(ctx app.Context, e app.Event) {
			sess.problems, sess.undated = nil, nil
		}),
	)
}

func (p *ImportPage) importedSection(d *Data) app.UI {
	var items []app.UI
	n := 0
	for _, f := range user.ws.Files() {
		id := corpus.IDOf(f.Name)
		a, ok := d.AC.Corpus.ByID(id)
		if !ok {
			continue
		}
		if n++; n > importedShown && !p.allImported {
			continue
		}
		items = append(items, app.Li().Class("imported").DataSet("id", id).Body(
			app.A().Href(href("/article", url.Values{"id": {id}})).Lang(textLang).Text(a.Title),
			app.Span().Class("meta").Text(" "+a.Date.String()+" · "+id+" "),
			app.Button().Class("button remove").Aria("label", "Remove "+id).Text("Remove").Disabled(sess.busy).OnClick(p.onRemove(id), app.EventScope("remove", id)),
		))
	}
	return app.Section().Class("import-panel").Aria("labelledby", "imported-h").Body(
		app.H2().ID("imported-h").Text(fmt.Sprintf("Imported articles (%d)", n)),
		app.If(len(items) == 0, func() app.UI { return app.P().Class("muted").Text("None yet.") }),
		app.Ul().ID("imported-list").Class("imported-list").Body(items...),
		app.If(len(items) < n, func() app.UI {
			return app.Button().Class("linkish").ID("all-imported").Textf("Show all %d", n).
				OnClick(func(ctx app.Context, e app.Event) { p.allImported = true })
		}),
		app.If(len(items) > 0, func() app.UI {
			return app.Button().Class("button danger").ID("remove-all").Text("Remove all imported articles").Disabled(sess.busy).OnClick(p.onRemove(""))
		}),
	)
}

// visibleActors returns the actors an edit can name: not hidden, not
// merged away, sorted by name.
func visibleActors(d *Data) []actors.Actor {
	var out []actors.Actor
	for _, id := range d.AC.ActorIDs() {
		if user.ws.Result() != nil {
			if _, merged := user.ws.Result().MergedInto(id); merged {
				continue
			}
			if _, hidden := user.ws.Result().Remap(id); hidden {
				continue
			}
		}
		if a, ok := d.AC.Actor(id); ok {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b actors.Actor) int { return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) })
	return out
}

func actorOptions(list []actors.Actor, selected string) []app.UI {
	opts := make([]app.UI, 0, len(list))
	for _, a := range list {
		label := a.Name + " (" + a.ID
		if a.Discovered {
			label += ", discovered"
		}
		label += ")"
		o := app.Option().Value(a.ID).Text(label)
		if a.ID == selected {
			o = o.Selected(true)
		}
		opts = append(opts, o)
	}
	return opts
}

func (p *ImportPage) editsSection(d *Data) app.UI {
	list := visibleActors(d)
	if len(list) > 0 {
		if !slices.ContainsFunc(list, func(a actors.Actor) bool { return a.ID == p.actor }) {
			p.actor = list[0].ID
		}
		if !slices.ContainsFunc(list, func(a actors.Actor) bool { return a.ID == p.into }) || p.into == p.actor {
			p.into = ""
			for _, a := range list {
				if a.ID != p.actor {
					p.into = a.ID
					break
				}
			}
		}
	}
	var hidden []app.UI
	if user.ws.Result() != nil {
		for _, id := range user.ws.Result().Hidden() {
			name := id
			if a, ok := d.AC.Actor(id); ok {
				name = a.Name
			}
			hidden = append(hidden, app.Li().Body(
				app.Text(name+" "),
				app.Button().Class("button unhide").Text("Show").OnClick(p.onEdit(func() edits.Edit { return edits.Unhide{ID: id} }), app.EventScope("unhide", id)),
			))
		}
	}
	var log []app.UI
	for i, e := range user.ws.Edits() {
		if !user.ws.Inactive(i) {
			log = append(log, app.Li().Text(e.String()))
			continue
		}
		log = append(log, app.Li().Class("inactive").Body(
			app.Text(e.String()+" "),
			app.Span().Class("badge inactive").Title("This edit no longer applies to the corpus (its actor is gone); it is kept until you delete it, and applies again if the actor comes back.").Text("inactive"),
			app.Text(" "),
			app.Button().Class("button secondary delete-edit").Aria("label", "Delete the edit "+e.String()).Text("Delete").
				OnClick(p.onDeleteEdit(i), app.EventScope("delete-edit", i, e.String())),
		))
	}
	busy := sess.busy || user.loading
	return app.Section().Class("import-panel").ID("actor-edits").Aria("labelledby", "edits-h").Body(
		app.H2().ID("edits-h").Text("Actor edits"),
		app.P().Class("hint").Text("Edits apply to every page at once and are kept in this browser."),
		app.Div().Class("edit-grid").Body(
			app.Label().For("edit-actor").Text("Actor"),
			app.Select().ID("edit-actor").Body(actorOptions(list, p.actor)...).
				OnChange(func(ctx app.Context, e app.Event) { p.actor = ctx.JSSrc().Get("value").String() }),
			app.Label().For("edit-name").Text("New name"),
			app.Div().Class("edit-row").Body(
				app.Input().ID("edit-name").Value(p.name).OnChange(func(ctx app.Context, e app.Event) { p.name = ctx.JSSrc().Get("value").String() }),
				app.Button().Class("button").ID("edit-rename").Text("Rename").Disabled(busy).OnClick(p.onEdit(func() edits.Edit { return edits.Rename{ID: p.actor, Name: strings.TrimSpace(p.name)} })),
			),
			app.Label().For("edit-alias").Text("Alias"),
			app.Div().Class("edit-row").Body(
				app.Input().ID("edit-alias").Value(p.alias).OnChange(func(ctx app.Context, e app.Event) { p.alias = ctx.JSSrc().Get("value").String() }),
				app.Button().Class("button").ID("edit-add-alias").Text("Add alias").Disabled(busy).OnClick(p.onEdit(func() edits.Edit { return edits.AddAlias{ID: p.actor, Alias: strings.TrimSpace(p.alias)} })),
			),
			app.Label().For("edit-into").Text("Merge into"),
			app.Div().Class("edit-row").Body(
				app.Select().ID("edit-into").Body(actorOptions(list, p.into)...).
					OnChange(func(ctx app.Context, e app.Event) { p.into = ctx.JSSrc().Get("value").String() }),
				app.Button().Class("button").ID("edit-merge").Text("Merge").Disabled(busy).OnClick(p.onEdit(func() edits.Edit { return edits.Merge{From: p.actor, Into: p.into} })),
			),
			app.Span(),
			app.Button().Class("button secondary").ID("edit-hide").Text("Hide this actor").Disabled(busy).OnClick(p.onEdit(func() edits.Edit { return edits.Hide{ID: p.actor} })),
		),
		app.Div().Class("edit-row").Body(
			app.Button().Class("button secondary").ID("edit-undo").Text("Undo").Disabled(busy || !user.ws.CanUndo()).OnClick(p.onUndo(true)),
			app.Button().Class("button secondary").ID("edit-redo").Text("Redo").Disabled(busy || !user.ws.CanRedo()).OnClick(p.onUndo(false)),
			app.Button().Class("button").ID("edits-export").Text("Export edits (gazetteer .tsv)").OnClick(p.onExportEdits),
			app.Label().For("edits-file").Class("button").Text("Import edits file"),
			app.Input().Type("file").ID("edits-file").Class("visually-hidden").Accept(".tsv,.txt").OnChange(p.onEditsFile),
		),
		app.If(sess.editErr != "", func() app.UI { return app.P().Class("error").Role("alert").ID("edit-error").Text(sess.editErr) }),
		app.If(sess.editMsg != "", func() app.UI { return app.P().Class("notice-ok").Aria("live", "polite").Text(sess.editMsg) }),
		app.If(len(hidden) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text("Hidden actors"), app.Ul().ID("hidden-actors").Body(hidden...))
		}),
		app.If(len(log) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text("Your edits"), app.Ol().ID("edit-log").Body(log...))
		}),
	)
}

func (p *ImportPage) exportSection() app.UI {
	st := p.exportFilter()
	n := 0
	if d := data(); d.Index != nil {
		res, _ := d.Index.Search(st, 0, 0)
		n = res.Total
	}
	dl := func(format string) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			sess.export = ""
			// Read the filter now: go-app keeps the first closure of a
			// handler, so values captured at render time go stale.
			if err := DownloadResult(p.exportFilter(), format, p.exportEvents); err != nil {
				sess.export = err.Error()
			}
		}
	}
	return app.Section().Class("import-panel").ID("export").Aria("labelledby", "export-h").Body(
		app.H2().ID("export-h").Text("Export"),
		app.Div().Class("edit-grid").Body(
			app.Label().For("export-q").Text("Search (as in the explorer; empty: every article)"),
			app.Input().Type("search").ID("export-q").Value(p.exportQ).
				OnInput(func(ctx app.Context, e app.Event) { p.exportQ = ctx.JSSrc().Get("value").String() }),
		),
		app.P().ID("export-count").Text(text.Plural(n, "article")+" match."),
		app.Label().Class("check").Body(
			app.Input().Type("checkbox").ID("export-events").Checked(p.exportEvents).
				OnChange(func(ctx app.Context, e app.Event) { p.exportEvents = ctx.JSSrc().Get("checked").Bool() }),
			app.Text(" with their events"),
		),
		app.Div().Class("edit-row").Body(
			app.Button().Class("button").ID("export-csv").Text("Articles CSV").OnClick(dl("csv")),
			app.Button().Class("button").ID("export-json").Text("Articles JSON").OnClick(dl("json")),
			app.Button().Class("button").ID("export-timeline").Text("Timeline events CSV").OnClick(dl("timeline")),
		),
		app.If(sess.export != "", func() app.UI { return app.P().Class("error").Role("alert").Text(sess.export) }),
	)
}

// exportFilter is the search state to export: the URL's filters with the
// query typed in the export box.
func (p *ImportPage) exportFilter() search.State {
	st := p.exportState
	st.Q = strings.TrimSpace(p.exportQ)
	return st
}

// --- import handlers

func (p *ImportPage) onDragOver(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if !p.dragging {
		p.dragging = true
	} else {
		ctx.PreventUpdate()
	}
}

func (p *ImportPage) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	p.dragging = false
	dt := e.Get("dataTransfer")
	if !dt.Truthy() {
		return
	}
	p.startImport(ctx, jsFiles(dt.Get("files")))
}

func (p *ImportPage) onFiles(ctx app.Context, e app.Event) {
	in := ctx.JSSrc()
	files := jsFiles(in.Get("files"))
	in.Set("value", "")
	p.startImport(ctx, files)
}

func jsFiles(list app.Value) []app.Value {
	if list == nil || !list.Truthy() {
		return nil
	}
	out := make([]app.Value, list.Length())
	for i := range out {
		out[i] = list.Index(i)
	}
	return out
}

// batchMonth returns the month chosen for undated files, zero when none.
func (p *ImportPage) batchMonth() corpus.Date {
	d, err := corpus.ParseDate(strings.TrimSpace(p.month))
	if err != nil {
		return corpus.Date{}
	}
	return d.MonthDate()
}

// startImport reads files (File API) and imports them in the background.
func (p *ImportPage) startImport(ctx app.Context, files []app.Value) {
	if len(files) == 0 || sess.busy || user.loading {
		return
	}
	month := p.batchMonth()
	sess.begin("Reading files", len(files))
	ctx.Async(func() {
		start := time.Now()
		var sources []importer.Source
		var probs []importer.Problem
		// Start the reads of a chunk of files at once: one await per file
		// costs a round trip through the event loop each.
		const chunk = 64
		var (
			data [][]byte
			errs []error
		)
		for i, f := range files {
			if sess.cancel.Load() {
				uiDispatch(ctx, func(ctx app.Context) { sess.cancelled() })
				return
			}
			if i%chunk == 0 {
				end := min(i+chunk, len(files))
				data, errs = readFiles(files[i:end])
				done := i
				uiDispatch(ctx, func(ctx app.Context) { sess.done = done })
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
		sess.readTime = time.Since(start)
		importSources(ctx, sources, probs, month, start)
	})
}

// importSources checks and converts sources (yielding to the UI between
// files), then rebuilds and publishes the corpus and saves. It runs in a
// goroutine (ctx.Async) with sess.busy set.
func importSources(ctx app.Context, sources []importer.Source, probs []importer.Problem, month corpus.Date, start time.Time) {
	cur := data().AC.Corpus
	batch := map[string]bool{}
	taken := func(id string) bool {
		_, ok := cur.ByID(id)
		return ok || batch[id]
	}
	n := len(sources)
	uiDispatch(ctx, func(ctx app.Context) { sess.phase, sess.done, sess.total = "Checking files", 0, n })
	var added []corpus.File
	var undated []importer.Source
	y := yielder{last: time.Now(), interval: 50 * time.Millisecond}
	for i, s := range sources {
		if sess.cancel.Load() {
			uiDispatch(ctx, func(ctx app.Context) { sess.cancelled() })
			return
		}
		b := importer.Import([]importer.Source{s}, importer.Options{Month: month, Existing: taken})
		for _, f := range b.Files {
			batch[corpus.IDOf(f.Name)] = true
			added = append(added, f)
		}
		for _, pr := range b.Problems {
			probs = append(probs, pr)
			if pr.Kind == importer.NoDate && (len(undated) == 0 || undated[len(undated)-1].Name != s.Name) {
				undated = append(undated, s)
			}
		}
		if y.maybe() {
			done := i + 1
			uiDispatch(ctx, func(ctx app.Context) { sess.done = done })
		}
	}
	na := len(added)
	checked := time.Now()
	job := user.ws.Start(added...)
	// The analysis of the whole corpus is one step per phase: show each
	// and let the page repaint in between.
	phases, total := 0, 5
	if len(job.Edits) > 0 {
		total++
	}
	lastPhase := ""
	b := user.ws.Build(job, func(phase string, n, of int) bool {
		if sess.cancel.Load() {
			return false
		}
		if phase != lastPhase {
			phases++
			lastPhase = phase
		}
		// The bar shows the phases; within the analysis, its articles.
		label := phase + " " + text.Plural(len(job.Files), "article")
		done, max := phases, total
		if of > 0 {
			label = fmt.Sprintf("%s: %d of %d articles", phase, n, of)
			done, max = n, of
		}
		uiDispatch(ctx, func(ctx app.Context) {
			if !sess.cancel.Load() {
				sess.phase, sess.done, sess.total = label, done, max
			}
		})
		yieldUI()
		return !sess.cancel.Load()
	})
	if b.Cancelled || sess.cancel.Load() {
		uiDispatch(ctx, func(ctx app.Context) {
			sess.cancelled()
			// A rebuild (for another tab's articles, say) set aside in
			// favour of this import's build must run now.
			if user.ws.Abandon(job) {
				rebuild(ctx, false, nil)
			}
		})
		return
	}
	elapsed, analysed := time.Since(start), time.Since(checked)
	checking := checked.Sub(start) - sess.readTime
	uiDispatch(ctx, func(ctx app.Context) {
		for _, f := range added {
			user.ws.Put(f)
		}
		user.saved = false
		if user.ws.Latest(job) {
			install(ctx, b)
		} else {
			// Another tab's articles came in during the import: build
			// again with them.
			rebuild(ctx, false, nil)
		}
		sess.busy, sess.importing = false, false
		sess.problems, sess.undated = probs, undated
		rejected := 0
		for _, pr := range probs {
			if !pr.Kind.Warning() {
				rejected++
			}
		}
		sess.notices++
		sess.notice = fmt.Sprintf("Imported %s in %.2f s.", text.Plural(na, "article"), elapsed.Seconds())
		sess.timing = fmt.Sprintf("Reading %.2f s, checking %.2f s, analysing and indexing %.2f s.", sess.readTime.Seconds(), checking.Seconds(), analysed.Seconds())
		sess.readTime = 0
		if rejected > 0 {
			sess.notice += fmt.Sprintf(" %s: see below.", text.Plural(rejected, "problem"))
		}
		saveUser(ctx)
	})
}

func (p *ImportPage) onUndated(ctx app.Context, e app.Event) {
	month := p.batchMonth()
	if month.IsZero() {
		sess.notice = "Choose a month first."
		return
	}
	if sess.busy {
		return
	}
	sources := sess.undated
	// The other problems of the batch stay listed until dismissed.
	var keep []importer.Problem
	for _, pr := range sess.problems {
		if pr.Kind != importer.NoDate {
			keep = append(keep, pr)
		}
	}
	sess.problems, sess.undated = keep, nil
	sess.begin("Checking files", len(sources))
	ctx.Async(func() { importSources(ctx, sources, nil, month, time.Now()) })
}

func (p *ImportPage) onPaste(ctx app.Context, e app.Event) {
	text := strings.TrimSpace(strings.ReplaceAll(p.pasteTxt, "\r\n", "\n"))
	date := strings.TrimSpace(p.pasteDay)
	id := strings.TrimSpace(p.pasteID)
	if id == "" {
		id = "pasted"
		if date != "" {
			id += "-" + date
		}
	}
	data := text
	if date != "" {
		data = "date " + date + " " + text
	}
	if sess.busy || user.loading {
		return
	}
	sess.begin("Checking", 1)
	month := p.batchMonth()
	src := importer.Source{Name: id + ".txt", Data: []byte(data)}
	p.pasteTxt = ""
	ctx.Async(func() { importSources(ctx, []importer.Source{src}, nil, month, time.Now()) })
}

func (p *ImportPage) onResolve(i int, replace bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if i >= len(sess.problems) || sess.busy {
			return
		}
		pr := sess.problems[i]
		var f corpus.File
		if replace {
			f = *pr.Pending
		} else {
			var err error
			f, err = importer.KeepBoth(pr, user.ws.Taken)
			if err != nil {
				sess.notice = err.Error()
				return
			}
		}
		user.ws.Put(f)
		sess.problems = slices.Delete(slices.Clone(sess.problems), i, i+1)
		how := "kept both as " + corpus.IDOf(f.Name)
		if replace {
			how = "replaced " + corpus.IDOf(f.Name)
		}
		rebuild(ctx, true, func(ctx app.Context) { sess.notice = pr.File + ": " + how + "." })
	}
}

func (p *ImportPage) onRemove(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if sess.busy {
			return
		}
		user.ws.Remove(id)
		msg := "Removed " + id + "."
		if id == "" {
			msg = "Removed every imported article."
		}
		rebuild(ctx, true, func(ctx app.Context) { sess.notice = msg })
	}
}

// --- edit handlers

func (p *ImportPage) onEdit(edit func() edits.Edit) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if sess.busy {
			return
		}
		sess.editErr, sess.editMsg = "", ""
		ed := edit()
		if err := user.ws.Edit(ed); err != nil {
			sess.editErr = err.Error()
			return
		}
		switch ed.(type) {
		case edits.Rename:
			p.name = ""
		case edits.AddAlias:
			p.alias = ""
		}
		rebuild(ctx, true, func(ctx app.Context) { sess.editMsg = "Done: " + ed.String() + "." })
	}
}

// onDeleteEdit deletes the edit at position i of the log (an inactive one).
func (p *ImportPage) onDeleteEdit(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if sess.busy {
			return
		}
		ed, ok := user.ws.DeleteEdit(i)
		if !ok {
			return
		}
		rebuild(ctx, true, func(ctx app.Context) { sess.editMsg = "Deleted: " + ed.String() + "." })
	}
}

// tryEdits adds each of es that applies to the user's edits and returns
// the number added and why the others were not.
func tryEdits(es []edits.Edit) (int, []string) {
	n, errs := user.ws.ImportEdits(es)
	msgs := make([]string, len(errs))
	for i, err := range errs {
		msgs[i] = err.Error()
	}
	return n, msgs
}

func (p *ImportPage) onUndo(undo bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if sess.busy {
			return
		}
		sess.editErr = ""
		var ed edits.Edit
		var ok bool
		if undo {
			ed, ok = user.ws.Undo()
		} else {
			ed, ok = user.ws.Redo()
		}
		if !ok {
			return
		}
		msg := "Undone: " + ed.String() + "."
		if !undo {
			msg = "Redone: " + ed.String() + "."
		}
		rebuild(ctx, true, func(ctx app.Context) { sess.editMsg = msg })
	}
}

func (p *ImportPage) onExportEdits(ctx app.Context, e app.Event) {
	sess.editErr = ""
	if user.ws.Result() == nil {
		sess.editErr = "There are no edits to export yet."
		return
	}
	if err := Download("actors-edits.tsv", "text/tab-separated-values;charset=utf-8", user.ws.Result().Export()); err != nil {
		sess.editErr = err.Error()
	}
}

func (p *ImportPage) onEditsFile(ctx app.Context, e app.Event) {
	in := ctx.JSSrc()
	files := jsFiles(in.Get("files"))
	in.Set("value", "")
	if len(files) == 0 || sess.busy {
		return
	}
	f := files[0]
	name := f.Get("name").String()
	ctx.Async(func() {
		data, errs := readFiles([]app.Value{f})
		b, err := data[0], errs[0]
		var es []edits.Edit
		if err == nil {
			es, err = edits.Import(name, b)
		}
		uiDispatch(ctx, func(ctx app.Context) {
			sess.editErr, sess.editMsg = "", ""
			if err != nil {
				sess.editErr = err.Error()
				return
			}
			applied, errs := tryEdits(es)
			if len(errs) > 0 {
				sess.editErr = fmt.Sprintf("%s skipped: %s", text.Plural(len(errs), "edit"), strings.Join(errs, "; "))
			}
			msg := fmt.Sprintf("Imported %s from %s.", text.Plural(applied, "edit"), name)
			rebuild(ctx, true, func(ctx app.Context) { sess.editMsg = msg })
		})
	})
}
