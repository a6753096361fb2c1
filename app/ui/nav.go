// Package ui holds the explorer's go-app components. They render state
// and send user intent; parsing, analysis and querying live in the domain
// packages under app/.
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
}

// Pages lists the pages to prerender into the static site.
func Pages() []string { return []string{"/", "/timeline", "/article", "/actors", "/actor", "/import"} }

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
