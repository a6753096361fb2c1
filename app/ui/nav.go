package ui

import (
	"net/url"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Register declares the app's pages. Call it before app.RunWhenOnBrowser
// and before building the static site.
func Register() {
	app.Route("/", func() app.Composer { return &Explorer{} })
	app.Route("/timeline", func() app.Composer { return &Timeline{} })
	app.Route("/article", func() app.Composer { return &Reader{} })
	app.Route("/actors", func() app.Composer { return &Actors{} })
	app.Route("/actor", func() app.Composer { return &ActorPage{} })
	app.Route("/import", func() app.Composer { return &ImportPage{} })
	// Every other path is the not-found page (go-app's own cannot be
	// replaced): exact routes are tried first. It is prerendered as /404
	// into 404.html.
	app.RouteWithRegexp("^/", func() app.Composer { return &NotFound{} })
}

// href returns the link to an app path with an optional query. In the
// browser it adds the site's sub-path: go-app prefixes links only when it
// prerenders pages, not once the wasm renders them.
func href(path string, q url.Values) string {
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	if app.IsClient {
		return rootPrefix() + path
	}
	return path
}

// rootPrefix is the site's sub-path ("" at the root of a host). It is read
// once: app.Getenv asks JavaScript each time, and links are built by the
// hundred on every render.
var rootPrefix = sync.OnceValue(func() string {
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
})

// urlSync keeps the address bar in step with a page's state without
// adding history entries: while typing in a search box, zooming a
// timeline. Embed one in a page and call echoed first in its OnNav.
type urlSync struct {
	echo    string // the URL last put in place, until its echo is seen
	pushing bool   // the next URL shown is a new history entry
}

// replace shows the URL that target returns (and its page title) once the
// browser has painted the page's current changes: replacing a history
// entry takes milliseconds that the update should not wait for. target is
// called then, so that it gives the state of that moment.
//
// go-app only knows the URLs it navigated to, and ignores a link to the
// URL it believes current; after a replace it would take "/" for the page
// still shown, and a "Clear all" link to "/" would do nothing. A popstate
// event tells it of the new URL; the page's OnNav then runs again, and
// echoed tells it that nothing changed.
func (s *urlSync) replace(ctx app.Context, target func() (*url.URL, string)) {
	s.show(ctx, false, target)
}

// push is replace with a new history entry: the first keystroke of a new
// search, so that Back returns to the page before it.
func (s *urlSync) push(ctx app.Context, target func() (*url.URL, string)) {
	s.show(ctx, true, target)
}

// The URL is shown later, and the goroutines that show them may run in
// any order: whichever runs first after a push adds the entry.
func (s *urlSync) show(ctx app.Context, push bool, target func() (*url.URL, string)) {
	if !app.IsClient {
		return
	}
	s.pushing = s.pushing || push
	// Defer: after go-app's next frame, not before it (yieldUI alone could
	// return before go-app renders, and the replace would delay it).
	ctx.Defer(func(ctx app.Context) {
		ctx.Async(func() {
			yieldUI()
			ctx.Dispatch(func(ctx app.Context) {
				ctx.PreventUpdate()
				u, title := target()
				ctx.Page().SetTitle(title)
				if u.String() == ctx.Page().URL().String() {
					return
				}
				push := s.pushing
				s.pushing = false
				if push {
					app.Window().Get("history").Call("pushState", nil, "", u.String())
				} else {
					ctx.Page().ReplaceURL(u)
				}
				s.echo = u.String()
				app.Window().Call("dispatchEvent", app.Window().Get("PopStateEvent").New("popstate"))
			})
		})
	})
}

// echoed reports whether this navigation is the echo of the page's own
// replace, which changes nothing: the page is then not rendered again.
func (s *urlSync) echoed(ctx app.Context) bool {
	echo := s.echo
	s.echo = ""
	if echo == "" || echo != ctx.Page().URL().String() {
		s.pushing = false
		return false
	}
	ctx.PreventUpdate()
	return true
}
