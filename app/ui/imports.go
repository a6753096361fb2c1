package ui

import (
	"fmt"
	"strings"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/importer"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ImportPage lets the user bring their own articles: /import.
type ImportPage struct {
	app.Compo
	s *session

	month    string // YYYY-MM for undated files
	pasteID  string
	pasteDay string
	pasteTxt string
	dragging bool
	// exportState holds the URL's filters, which the export starts from.
	exportState search.State

	version, changes int // of the corpus, and of the user's data
}

// OnMount observes the corpus so that the lists follow imports and edits.
func (p *ImportPage) OnMount(ctx app.Context) {
	observeCorpus(ctx, &p.version)
	ctx.ObserveState(stateUser, &p.changes)
}

// OnNav reads the export filters from the URL (the explorer's parameters).
func (p *ImportPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Your articles · Corpus Explorer")
	p.exportState, _ = search.ParseState(ctx.Page().URL().Query())
}

// Render shows the import controls, the imported articles, the actor edits
// and the export.
func (p *ImportPage) Render() app.UI {
	if p.s.packed() {
		return packOnly(p.s, "/import", "Importing your articles")
	}
	d := p.s.data()
	if d.Err != nil {
		return page(p.s, "/import", app.H1().Text("Your articles"), loadError(d.Err))
	}
	cls := "import-drop"
	if p.dragging {
		cls += " dragging"
	}
	return app.Div().Class(cls).ID("import-drop").
		OnDragOver(p.onDragOver).
		OnDragLeave(func(ctx app.Context, e app.Event) { p.dragging = false }).
		OnDrop(p.onDrop).
		Body(page(p.s, "/import",
			app.H1().Text("Your articles"),
			app.P().Class("intro").Text("Bring your own articles: they are read and analysed in this browser, kept in its storage and never uploaded anywhere."),
			p.storageStatus(),
			p.importSection(),
			p.problemsSection(),
			&importedPanel{s: p.s},
			&editsPanel{s: p.s},
			&exportPanel{s: p.s, State: p.exportState},
		))
}

func (p *ImportPage) storageStatus() app.UI {
	var items []app.UI
	if p.s.store.err != "" {
		items = append(items, app.P().Class("error").ID("storage-error").Role("alert").Body(
			app.Strong().Text("Storage problem: "),
			app.Text(p.s.store.err),
			app.If(len(p.s.ws.Files()) > 0 || len(p.s.ws.Edits()) > 0, func() app.UI {
				return app.Span().Body(
					app.Text(fmt.Sprintf(" %s and %s stay in this tab until it closes.", text.Plural(len(p.s.ws.Files()), "imported article"), text.Plural(len(p.s.ws.Edits()), "edit"))),
					app.Button().Class("button").ID("retry-save").Text("Try again").OnClick(func(ctx app.Context, e app.Event) {
						ctx.NewAction(actionRetryStorage)
					}),
				)
			}),
		))
	}
	for _, e := range p.s.ws.Problems() {
		items = append(items, app.P().Class("warning").Role("alert").Text(e))
	}
	if p.s.store.loading {
		items = append(items, app.P().Class("muted").Aria("live", "polite").Text("Loading your saved articles…"))
	}
	saved := "true"
	if !p.s.store.saved || p.s.store.loading {
		saved = "false"
	}
	return app.Div().ID("storage-status").DataSet("saved", saved).Body(items...)
}

func (p *ImportPage) importSection() app.UI {
	busy := p.s.imp.importing || p.s.store.loading
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
		&importProgress{s: p.s},
		app.If(p.s.imp.notice != "", func() app.UI {
			return app.P().Class("notice-ok").ID("import-notice").DataSet("n", p.s.imp.notices).Aria("live", "polite").Text(p.s.imp.notice)
		}),
		app.If(p.s.imp.timing != "" && p.s.imp.notice != "", func() app.UI {
			return app.P().Class("hint").ID("import-timing").Text(p.s.imp.timing)
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
			app.Button().Class("button").ID("paste-import").Text("Import text").OnClick(p.onPaste),
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
	if len(p.s.imp.problems) == 0 {
		return app.Div()
	}
	items := make([]app.UI, 0, len(p.s.imp.problems))
	for i, pr := range p.s.imp.problems {
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
	for _, s := range p.s.imp.undated {
		undated = append(undated, app.Li().Text(s.Name))
	}
	return app.Section().Class("import-panel").ID("import-problems").Aria("labelledby", "problems-h").Body(
		app.H2().ID("problems-h").Text("Problems in the last batch"),
		app.Ul().Class("problems").Role("alert").Body(items...),
		app.If(len(p.s.imp.undated) > 0, func() app.UI {
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
			ctx.NewAction(actionDismiss)
		}),
	)
}

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
	if dt := e.Get("dataTransfer"); dt.Truthy() {
		p.importFiles(ctx, jsFiles(dt.Get("files")))
	}
}

func (p *ImportPage) onFiles(ctx app.Context, e app.Event) {
	in := ctx.JSSrc()
	files := jsFiles(in.Get("files"))
	in.Set("value", "")
	p.importFiles(ctx, files)
}

// importFiles sends files to import, with the month chosen for those
// without a date.
func (p *ImportPage) importFiles(ctx app.Context, files []app.Value) {
	if len(files) > 0 {
		ctx.NewActionWithValue(actionImportFiles, importFiles{files: files, month: p.batchMonth()})
	}
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

func (p *ImportPage) onUndated(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionImportText, importText{month: p.batchMonth(), undated: true})
}

// onPaste sends the pasted text as an article file named after its id
// (or "pasted" and its date), with its date as the header.
func (p *ImportPage) onPaste(ctx app.Context, e app.Event) {
	body := strings.TrimSpace(strings.ReplaceAll(p.pasteTxt, "\r\n", "\n"))
	date := strings.TrimSpace(p.pasteDay)
	id := strings.TrimSpace(p.pasteID)
	if id == "" {
		id = "pasted"
		if date != "" {
			id += "-" + date
		}
	}
	if date != "" {
		body = "date " + date + " " + body
	}
	p.pasteTxt = ""
	ctx.NewActionWithValue(actionImportText, importText{
		sources: []importer.Source{{Name: id + ".txt", Data: []byte(body)}},
		month:   p.batchMonth(),
	})
}

func (p *ImportPage) onResolve(i int, replace bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.NewActionWithValue(actionResolve, resolve{problem: i, replace: replace})
	}
}

// importProgress shows the import under way: its phase and progress bar,
// or that a build is under way, the imports waiting, and Cancel. It
// follows each step of an import (stateProgress) by itself, without the
// rest of the page, in a slot of fixed height so that the page does not
// move under the pointer as imports and builds start and end.
type importProgress struct {
	app.Compo
	s *session

	changes, progress int // of the user's data, and of the import's steps
}

// OnMount follows the imports begun and ended and their steps.
func (p *importProgress) OnMount(ctx app.Context) {
	ctx.ObserveState(stateUser, &p.changes)
	ctx.ObserveState(stateProgress, &p.progress)
}

// Render draws the progress.
func (p *importProgress) Render() app.UI {
	imp := &p.s.imp
	return app.Div().Class("import-status").ID("import-status").Body(
		app.If(imp.importing && imp.total > 0, func() app.UI {
			return app.Div().Class("import-progress").Body(
				app.Label().For("import-progress").Text(fmt.Sprintf("%s: %d of %d", imp.phase, imp.done, imp.total)),
				app.Progress().ID("import-progress").Max(imp.total).Value(imp.done),
			)
		}).ElseIf(p.s.busy(), func() app.UI {
			return app.P().Class("muted").Aria("live", "polite").Text("Working…")
		}),
		app.If(imp.queued != "", func() app.UI {
			return app.P().Class("muted").ID("import-queued").Aria("live", "polite").Text(imp.queued)
		}),
		app.If(imp.importing, func() app.UI {
			return app.Button().Class("button secondary").ID("import-cancel").Text("Cancel import").
				Disabled(imp.cancel.Load()).OnClick(func(ctx app.Context, e app.Event) {
				ctx.NewAction(actionCancelImport)
			})
		}),
	)
}
