package packfetch

// PageScript is the page's side of pack fetching, window.corpusPack:
//
//   - fetch(url, start, end) resolves to the file's bytes (a Uint8Array),
//     bytes start to end included when end >= 0 (a range request; a host
//     that ignores ranges sends the whole file, which is cut), and rejects
//     with an Error that says why ("HTTP 404 Not Found", "network error").
//     While no service worker controls the page (the first visit), it
//     reads and fills the pack cache itself, as the worker does: files by
//     their path, ranges by their path and "?range=start-end",
//     manifest.json from the network first.
//   - keep(urls, onProgress) caches every file of urls that the cache does
//     not hold yet, four at a time, calling onProgress(done, bytes) after
//     each; it resolves when all are cached and rejects on the first
//     failure.
//   - estimate() resolves to [usage, quota] in bytes, from
//     navigator.storage.estimate(), or [-1, -1] where it is missing.
const PageScript = `<script>(function () {
  var cacheName = "` + CacheName + `";
  var controlled = function () { return !!(navigator.serviceWorker && navigator.serviceWorker.controller); };
  function path(url) { return new URL(url, location.href).pathname; }
  var opened = null;
  function open() {
    if (!opened) opened = self.caches ? caches.open(cacheName).catch(function () { opened = null; return null; }) : Promise.resolve(null);
    return opened;
  }
  async function network(url, start, end) {
    var init = {};
    if (end >= 0) init.headers = { Range: "bytes=" + start + "-" + end };
    if (/\/manifest\.json$/.test(url)) init.cache = "no-cache";
    var r;
    try { r = await fetch(url, init); } catch (e) { throw new Error("network error (" + e.message + ")"); }
    if (!r.ok) throw new Error("HTTP " + r.status + " " + r.statusText);
    var b = new Uint8Array(await r.arrayBuffer());
    if (end >= 0 && r.status !== 206) b = b.slice(start, end + 1);
    return b;
  }
  async function get(url, start, end) {
    var cache = await open().catch(function () { return null; });
    var p = path(url), key = end >= 0 ? p + "?range=" + start + "-" + end : p;
    var manifest = /\/manifest\.json$/.test(p);
    if (cache && !manifest) {
      // The cache is read here even when the worker would answer: a
      // round trip through the worker per file costs more than the read.
      // A range is looked for as fetched before, then in its whole file
      // (kept offline).
      var hit = end >= 0 && (await cache.match(key));
      if (hit) return new Uint8Array(await hit.arrayBuffer());
      if ((hit = await cache.match(p))) {
        if (end < 0) return new Uint8Array(await hit.arrayBuffer());
        return new Uint8Array(await (await hit.blob()).slice(start, end + 1).arrayBuffer());
      }
    }
    if (controlled()) return network(url, start, end);
    var b;
    try {
      b = await network(url, start, end);
    } catch (e) {
      var old = manifest && cache && (await cache.match(p));
      if (old) return new Uint8Array(await old.arrayBuffer());
      throw e;
    }
    if (cache) await cache.put(key, new Response(b)).catch(function () {});
    return b;
  }
  async function keep(urls, onProgress) {
    var cache = await open();
    if (!cache) throw new Error("this browser has no cache storage");
    var next = 0, done = 0, bytes = 0;
    async function worker() {
      while (next < urls.length) {
        var url = urls[next++], p = path(url);
        var hit = await cache.match(p);
        if (!hit) {
          var r;
          try { r = await fetch(url); } catch (e) { throw new Error(p + ": network error (" + e.message + ")"); }
          if (!r.ok) throw new Error(p + ": HTTP " + r.status + " " + r.statusText);
          var b = await r.arrayBuffer();
          await cache.put(p, new Response(b));
          bytes += b.byteLength;
        }
        done++;
        onProgress(done, bytes);
      }
    }
    await Promise.all([worker(), worker(), worker(), worker()]);
  }
  async function estimate() {
    if (!navigator.storage || !navigator.storage.estimate) return [-1, -1];
    var e = await navigator.storage.estimate();
    return [e.usage || 0, e.quota || 0];
  }
  // Opened now, while the app loads, not on the first search (opening
  // a cache takes the browser some milliseconds).
  open();
  window.corpusPack = { fetch: get, keep: keep, estimate: estimate };
})();</script>`
