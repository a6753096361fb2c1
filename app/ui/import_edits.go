package ui

import (
	"slices"
	"strings"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/edits"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// editsPanel edits the actors (rename, alias, merge, hide; undo and redo),
// lists the user's edits and exports and imports them, on /import.
type editsPanel struct {
	app.Compo
	s *session

	actor, into string // selected actors
	name, alias string
	// open is set while the edit form is open: closed, its lists of
	// every actor are not drawn (a large corpus has thousands).
	open bool
	// allEdits lists every edit, not only the last shownEdits.
	allEdits bool
	// actors caches the actors an edit may name, for the corpus of
	// actorsOf.
	actors   []actors.Actor
	actorsOf *Data
	// exportErr says why the edits could not be exported.
	exportErr        string
	version, changes int // of the corpus, and of the user's data
	// edited is the session's count of added edits when this panel last
	// looked (see onUserChange).
	edited int
}

// OnMount follows the edits and the corpus they apply to.
func (p *editsPanel) OnMount(ctx app.Context) {
	observeCorpus(ctx, &p.version)
	p.edited = p.s.imp.edited
	ctx.ObserveState(stateUser, &p.changes).OnChange(p.onUserChange)
}

// onUserChange follows the session's changes: once an edit the page sent
// was added, its name and alias boxes are emptied.
func (p *editsPanel) onUserChange() {
	if p.s.imp.edited != p.edited {
		p.edited = p.s.imp.edited
		p.name, p.alias = "", ""
	}
}

// --- handlers: each sends the user's intent to the session (actions.go)

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

// shownEdits is how many of the user's edits are listed at first: the
// last ones.
const shownEdits = 50

// Render shows the edit form, undo and redo, the export and import of
// edits, the hidden actors and the user's edits.
func (p *editsPanel) Render() app.UI {
	d := p.s.data()
	if p.actorsOf != d {
		p.actors, p.actorsOf = p.s.ws.Actors(), d
	}
	list := p.actors
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
	if d.Edits != nil {
		for _, id := range d.Edits.Hidden() {
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
	all := p.s.ws.Edits()
	first := 0
	if !p.allEdits {
		first = max(0, len(all)-shownEdits)
	}
	for i, e := range all[first:] {
		i += first
		if !p.s.ws.Inactive(i) {
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
	busy := p.s.imp.importing || p.s.store.loading
	return app.Section().Class("import-panel").ID("actor-edits").Aria("labelledby", "edits-h").Body(
		app.H2().ID("edits-h").Text("Actor edits"),
		app.P().Class("hint").Text("Edits apply to every page at once and are kept in this browser."),
		app.Details().ID("edit-form").Open(p.open).On("toggle", p.onToggle).Body(
			app.Summary().ID("edit-open").Text("Rename an actor, add an alias, merge a duplicate, hide an actor"),
			app.If(p.open, func() app.UI { return p.form(list, busy) }),
		),
		app.Div().Class("edit-row").Body(
			app.Button().Class("button secondary").ID("edit-undo").Text("Undo").Disabled(busy || !p.s.ws.CanUndo()).OnClick(p.onUndo(true)),
			app.Button().Class("button secondary").ID("edit-redo").Text("Redo").Disabled(busy || !p.s.ws.CanRedo()).OnClick(p.onUndo(false)),
			app.Button().Class("button").ID("edits-export").Text("Export edits (gazetteer .tsv)").Disabled(p.s.busy()).OnClick(p.onExportEdits),
			app.Label().For("edits-file").Class("button").Text("Import edits file"),
			app.Input().Type("file").ID("edits-file").Class("visually-hidden").Accept(".tsv,.txt").OnChange(p.onEditsFile),
		),
		app.If(p.s.imp.editErr != "" || p.exportErr != "", func() app.UI {
			return app.P().Class("error").Role("alert").ID("edit-error").Text(strings.TrimSpace(p.s.imp.editErr + " " + p.exportErr))
		}),
		app.If(p.s.imp.editMsg != "", func() app.UI { return app.P().Class("notice-ok").Aria("live", "polite").Text(p.s.imp.editMsg) }),
		app.If(len(hidden) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text("Hidden actors"), app.Ul().ID("hidden-actors").Body(hidden...))
		}),
		app.If(len(log) > 0, func() app.UI {
			return app.Div().Body(
				app.H3().Text("Your edits"),
				app.Ol().ID("edit-log").Attr("start", first+1).Body(log...),
				app.If(first > 0, func() app.UI {
					return app.Button().Class("linkish").ID("all-edits").Textf("Show all %d", len(all)).
						OnClick(func(ctx app.Context, e app.Event) { p.allEdits = true })
				}),
			)
		}),
	)
}

// onToggle follows the edit form's details element, opened or closed.
func (p *editsPanel) onToggle(ctx app.Context, e app.Event) {
	open := ctx.JSSrc().Get("open").Bool()
	if open == p.open {
		ctx.PreventUpdate()
		return
	}
	p.open = open
}

// form is the edit form: an actor, and what to do with it.
func (p *editsPanel) form(list []actors.Actor, busy bool) app.UI {
	return app.Div().Class("edit-grid").Body(
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
	)
}

// onEdit sends the edit that edit returns (read when the button is
// pressed, not when rendered).
func (p *editsPanel) onEdit(edit func() edits.Edit) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.NewActionWithValue(actionEdit, editIntent{kind: editAdd, edit: edit()})
	}
}

// onDeleteEdit deletes the edit at position i of the log (an inactive one).
func (p *editsPanel) onDeleteEdit(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.NewActionWithValue(actionEdit, editIntent{kind: editDelete, index: i})
	}
}

func (p *editsPanel) onUndo(undo bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		k := editRedo
		if undo {
			k = editUndo
		}
		ctx.NewActionWithValue(actionEdit, editIntent{kind: k})
	}
}

// onExportEdits saves the user's edits as an actors.tsv fragment.
func (p *editsPanel) onExportEdits(ctx app.Context, e app.Event) {
	p.exportErr = ""
	res := p.s.data().Edits
	if res == nil {
		p.exportErr = "There are no edits to export yet."
		return
	}
	if err := Download("actors-edits.tsv", "text/tab-separated-values;charset=utf-8", res.Export()); err != nil {
		p.exportErr = err.Error()
	}
}

func (p *editsPanel) onEditsFile(ctx app.Context, e app.Event) {
	in := ctx.JSSrc()
	files := jsFiles(in.Get("files"))
	in.Set("value", "")
	if len(files) > 0 {
		ctx.NewActionWithValue(actionImportEdits, files[0])
	}
}
