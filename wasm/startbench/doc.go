// Package startbench measures how fast the explorer starts against an empty
// go-app app, side by side in one headless Chromium (make bench-start).
//
// BenchmarkStart builds the empty app kept in testdata/emptyapp with the
// explorer's toolchain and flags, serves it and the explorer's static site
// with the project's own file server (app/site), and alternates cold loads
// (a fresh browser context each: no cache, no service worker) and warm
// loads (a new tab in the same context once the service worker has cached
// the site) of both. It prints the medians, the two ratios and the sizes of
// both app.wasm files, raw and brotli -q 11. It also times, in a wasm
// program of its own (testdata/seedtime), the start-up work on the
// embedded seeds: reading their snapshot and indexing, as the app starts,
// and the live analysis that the snapshot replaces.
//
// With BENCH_START_PROFILE=1 it builds both apps without stripping the
// wasm's name section instead, prints app.wasm's code bytes by package and
// profiles one cold load of each, printing the functions with the most
// self time and the inclusive time of the explorer's start-up work (the
// embedded seeds' snapshot, or their parse and analysis, and the index).
//
// The package holds no code of the product: everything is in its tests.
package startbench
