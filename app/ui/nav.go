package ui

import (
	"net/url"
	"runtime/debug"
	"strings"

	"corpusexplorer/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Register declares the app's pages and action handlers, with one session
// (the model of the tab: see session) given to every page. Call it once,
// before app.RunWhenOnBrowser and before building the static site.
func Register() {
	s := newSession(workspace.New(nil))
	register(s)
}

// register routes every page to s and registers its action handlers.
func register(s *session) {
	if app.IsClient {
		sitePrefix = strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
		// The collector runs when the heap has grown by 40 % of what it
		// held, not by all of it: wasm memory never shrinks, so the tab
		// keeps the highest heap it had. A 20 MB import then peaks at
		// about 700 MB of Go memory rather than 860 (the tab at about
		// 950 MB rather than 1,120), for about 5 % more import time.
		debug.SetGCPercent(40)
	}
	s.handle()
	app.Route("/", func() app.Composer { return &Explorer{s: s} })
	app.Route("/timeline", func() app.Composer { return &Timeline{s: s} })
	app.Route("/article", func() app.Composer { return &Reader{s: s} })
	app.Route("/actors", func() app.Composer { return &Actors{s: s} })
	app.Route("/actor", func() app.Composer { return &ActorPage{s: s} })
	app.Route("/import", func() app.Composer { return &ImportPage{s: s} })
	// Every other path is the not-found page (go-app's own cannot be
	// replaced): exact routes are tried first. It is prerendered as /404
	// into 404.html.
	app.RouteWithRegexp("^/", func() app.Composer { return &NotFound{s: s} })
}

// sitePrefix is the site's sub-path in the browser ("" at the root of a
// host), read once by Register and never changed after: links are built
// by the hundred on every render, and app.Getenv asks JavaScript each
// time.
var sitePrefix string

// href returns the link to an app path with an optional query. In the
// browser it adds the site's sub-path: go-app prefixes links only when it
// prerenders pages, not once the wasm renders them.
func href(path string, q url.Values) string {
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	return sitePrefix + path
}

// urlSync keeps the address bar in step with a page's state while the
// user types in a search box or zooms a timeline. The first change after
// a navigation is a new history entry, made with go-app's NavigateTo so
// that go-app knows the URL shown (it ignores a link to the URL it
// navigated to last, and Back to it); the next changes replace that entry.
// Both wait until the page is painted: a new entry takes go-app's
// navigation and the browser's, and replacing one milliseconds, which the
// answer to what was typed should not wait for. Embed one in a page and
// call navigated first in its OnNav.
type urlSync struct {
	own  string // the URL of the page's own last push, until its OnNav
	live bool   // the current entry is the page's own (or on its way): changes replace it
	// pushing reports that the page's new entry is on its way: it shows
	// the state of the moment it is made, changes until then included.
	pushing bool
	// gen counts the navigations that are not the page's own: a change
	// made before one is not shown after it.
	gen int
}

// follow shows the URL and title that target returns, once the page is
// painted: as a new entry on the first change, else in place of the
// current one. target is called then, so that it gives the state of that
// moment.
func (s *urlSync) follow(ctx app.Context, target func() (*url.URL, string)) {
	if !app.IsClient || s.pushing {
		return
	}
	push, gen := !s.live, s.gen
	s.live, s.pushing = true, push
	// Defer: after go-app's next frame, not before it (yieldUI alone could
	// return before go-app renders, and the history would delay it).
	ctx.Defer(func(ctx app.Context) {
		ctx.Async(func() {
			yieldUI()
			ctx.Dispatch(func(ctx app.Context) {
				ctx.PreventUpdate()
				if push {
					s.pushing = false
				}
				if gen != s.gen {
					return
				}
				u, title := target()
				ctx.Page().SetTitle(title)
				switch {
				case u.String() == ctx.Page().URL().String():
				case push:
					s.own = u.String()
					ctx.NavigateTo(u)
				default:
					ctx.Page().ReplaceURL(u)
				}
			})
		})
	})
}

// navigated tells a page's OnNav whether this navigation is the page's
// own push (see follow): its state is already the URL's. Any other
// navigation ends the run of replaced URLs.
func (s *urlSync) navigated(ctx app.Context) (own bool) {
	own = s.own != "" && s.own == ctx.Page().URL().String()
	s.own = ""
	if !own {
		s.live = false
		s.gen++
	}
	return own
}
