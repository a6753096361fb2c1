package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Header is the bar on top of every page: product name, corpus summary,
// navigation, connection status, install button and update notice. It also
// marks the page as run by the wasm (data-wasm="ready") once mounted in the
// browser, which the prerendered HTML never carries.
type Header struct {
	app.Compo

	// Active is the path of the current page.
	Active string

	s *session

	version     int  // of the corpus summed up (see observeCorpus)
	packOpen    bool // the pack is open (statePackOpen)
	mounted     bool
	offline     bool
	update      bool
	installable bool
}

// OnMount runs in the browser only.
func (h *Header) OnMount(ctx app.Context) {
	h.mounted = true
	// The summary follows the corpus: the saved imports come after the
	// first render, and the page around does not draw the header again.
	observeCorpus(ctx, &h.version)
	if h.s.packed() {
		// Over a pack the user's imports and edits are not shown: they
		// are not read. The summary is the pack's once it is open; the
		// header is not drawn again for each answer of the pack.
		ctx.ObserveState(statePackOpen, &h.packOpen)
	} else {
		ctx.NewAction(actionLoad)
	}
	h.update = ctx.AppUpdateAvailable()
	h.installable = ctx.IsAppInstallable()
	h.offline = !app.Window().Get("navigator").Get("onLine").Bool()
	for _, ev := range []string{"online", "offline"} {
		offline := ev == "offline"
		fn := app.FuncOf(func(this app.Value, args []app.Value) any {
			ctx.Dispatch(func(ctx app.Context) { h.offline = offline })
			return nil
		})
		app.Window().Call("addEventListener", ev, fn)
	}
}

// OnAppUpdate is called when a new version of the app has been installed.
func (h *Header) OnAppUpdate(ctx app.Context) {
	h.update = ctx.AppUpdateAvailable()
}

// OnAppInstallChange is called when the app becomes installable or is
// installed.
func (h *Header) OnAppInstallChange(ctx app.Context) {
	h.installable = ctx.IsAppInstallable()
}

// Render draws the header.
func (h *Header) Render() app.UI {
	status, statusClass := "", "status"
	switch {
	case h.offline && h.s.packed():
		// Over a pack, what was fetched or kept works offline, not all.
		status, statusClass = "Offline: what you have seen or kept still works", "status offline"
	case h.offline:
		status, statusClass = "Offline: everything still works", "status offline"
	case h.mounted:
		status = "Runs in your browser"
	}
	header := app.Header().Class("header").Body(
		app.A().Class("brand").Href(href("/", nil)).Body(
			// Decorative: go-app drops an empty alt, so hide it from assistive tech.
			app.Img().Src("/web/icon.svg").Attr("role", "presentation").Aria("hidden", "true"),
			app.Span().Text("Corpus Explorer"),
		),
		app.Span().Class("summary").Text(h.s.summary()),
		app.Nav().Class("nav").Aria("label", "Pages").Body(
			h.link("/", "Explorer"),
			h.link("/timeline", "Timeline"),
			h.link("/actors", "Actors"),
			h.link("/import", "Your articles"),
		),
		app.If(status != "", func() app.UI {
			return app.Span().Class(statusClass).Aria("live", "polite").Text(status)
		}),
		app.If(h.installable, func() app.UI {
			return app.Button().Class("button").Text("Install").OnClick(func(ctx app.Context, e app.Event) {
				ctx.ShowAppInstallPrompt()
			})
		}),
	)
	if h.mounted {
		header = header.DataSet("wasm", "ready")
	}
	return app.Div().Body(
		app.A().Class("skip").Href("#main").Text("Skip to content"),
		header,
		app.If(h.update, func() app.UI {
			return app.P().Class("notice").ID("update-notice").Aria("live", "polite").Body(
				app.Span().Text("A new version of Corpus Explorer is available."),
				app.Button().Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
	)
}

func (h *Header) link(path, label string) app.UI {
	a := app.A().Href(href(path, nil)).Text(label)
	if h.Active == path {
		a = a.Aria("current", "page")
	}
	return a
}
