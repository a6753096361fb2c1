package site

import (
	"fmt"
	"strings"

	"corpusexplorer/app/packfetch"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// workerPatches are the edits made to go-app's default service worker. Each
// old text must be found exactly once in the template, so that a go-app
// upgrade that changes the worker fails the build instead of silently
// dropping the patch.
var workerPatches = []struct{ name, old, new string }{
	{
		name: "install waits for the precache",
		old: `self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});

async function installWorker() {
  const cache = await caches.open(cacheName);
  await cache.addAll(resourcesToCache);
}`,
		new: `// The root of the site: "/" or "/prefix/" when hosted under a sub-path.
const scopeRoot = new URL("./", self.location).pathname;

self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(installWorker().then(() => self.skipWaiting()));
});

// installWorker precaches every resource. go-app lists a prefixed root
// without its trailing slash ("/prefix"), which a static host answers with
// a redirect that may not answer a navigation: cache the root as "/prefix/".
async function installWorker() {
  const cache = await caches.open(cacheName);
  const noSlash = scopeRoot.replace(/\/$/, "");
  const urls = new Set(resourcesToCache.map((u) => (u === noSlash ? scopeRoot : u)));
  urls.add(scopeRoot);
  await cache.addAll([...urls]);
}`,
	},
	{
		name: "activate waits for the clean-up",
		old: `self.addEventListener("activate", async (event) => {
  try {
    await deletePreviousCaches(); // Await cache cleanup
    await self.clients.claim(); // Ensure the service worker takes control of the clients
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
});`,
		// No clients.claim(): go-app's page script reports any activation
		// while the page has a controller as an update, so claiming the
		// page on a first visit would show a false update notice. Pages
		// opened after the first visit are controlled.
		new: `self.addEventListener("activate", (event) => {
  event.waitUntil(
    deletePreviousCaches().then(() => console.log("app worker {{.Version}} is activated"))
  );
});`,
	},
	{
		name: "navigations fall back to the cached page",
		old: `async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);
}`,
		new: `// fetchWithCache answers from the precache. A page navigation also matches
// without its query string (/?q=x is the cached /), and when the page is not
// cached at all the app's root is served from the cache: the app routes on
// the client, so the root can render every page.
async function fetchWithCache(request) {
  if (isPackFile(request)) {
    return await fetchPack(request);
  }
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  if (request.mode !== "navigate") {
    return await fetch(request);
  }
  const page = await caches.match(request, { ignoreSearch: true });
  if (page && !page.redirected) {
    return page;
  }
  try {
    return await fetch(request);
  } catch (error) {
    const root = await caches.match(scopeRoot);
    if (root) {
      return root;
    }
    throw error;
  }
}` + packWorker,
	},
	{
		name: "the pack cache outlives the versions",
		old:  `      if (key !== cacheName) {`,
		new:  `      if (key !== cacheName && key !== packCache) {`,
	},
}

// packWorker is the service worker's side of a pack (app/packs): the
// files under the site's pack folder are immutable (named by their
// content's hash), so they are cached as they are fetched, in a cache of
// their own that outlives the site's versions, and answered from it;
// manifest.json alone is fetched from the network first. An article
// record is fetched with a range request: it is cut from the whole file
// when the cache holds it (after "keep offline"), else cached by its path
// and range. The page script (packfetch.PageScript) does the same while
// no worker controls the page.
const packWorker = `

const packCache = "` + packfetch.CacheName + `";
const packRoot = scopeRoot + "` + packfetch.Folder + `/";

function isPackFile(request) {
  return request.method === "GET" && new URL(request.url).pathname.startsWith(packRoot);
}

async function fetchPack(request) {
  const path = new URL(request.url).pathname;
  const cache = await caches.open(packCache);
  if (path === packRoot + "manifest.json") {
    try {
      const response = await fetch(request, { cache: "no-cache" });
      if (response.ok) {
        await cache.put(path, response.clone());
      }
      return response;
    } catch (error) {
      const cached = await cache.match(path);
      if (cached) {
        return cached;
      }
      throw error;
    }
  }
  const whole = await cache.match(path);
  const range = request.headers.get("Range");
  if (!range) {
    if (whole) {
      return whole;
    }
    const response = await fetch(request);
    if (response.status === 200) {
      await cache.put(path, response.clone());
    }
    return response;
  }
  const m = /^bytes=(\d+)-(\d+)$/.exec(range);
  if (whole && m) {
    const body = await whole.blob();
    const start = Number(m[1]);
    const end = Math.min(Number(m[2]), body.size - 1);
    return new Response(body.slice(start, end + 1), {
      status: 206,
      headers: { "Content-Range": "bytes " + start + "-" + end + "/" + body.size },
    });
  }
  const key = path + "?range=" + (m ? m[1] + "-" + m[2] : encodeURIComponent(range));
  const part = await cache.match(key);
  if (part) {
    return new Response(await part.arrayBuffer(), { status: 206 });
  }
  const response = await fetch(request);
  if (response.status === 206) {
    await cache.put(key, new Response(await response.clone().arrayBuffer()));
  }
  return response;
}`

// WorkerTemplate returns go-app's default service worker with the patches
// this app needs for offline use: installation and activation that wait for
// their work, navigations that ignore the query string, and an offline
// fallback to the cached root for pages that were not precached.
func WorkerTemplate() (string, error) {
	return patchWorker(app.DefaultAppWorkerJS)
}

func patchWorker(tmpl string) (string, error) {
	for _, p := range workerPatches {
		if n := strings.Count(tmpl, p.old); n != 1 {
			return "", fmt.Errorf("service worker patch %q: expected text found %d times in go-app's worker template (was go-app upgraded?)", p.name, n)
		}
		tmpl = strings.Replace(tmpl, p.old, p.new, 1)
	}
	return tmpl, nil
}
