// Package packfetch fetches the files of a pack (app/packs) in the
// browser: a packs.RangeFetcher over fetch() (HTTP range requests for
// article records, files fetched in parallel as the reader asks), the
// count of fetches under way that the page shows as progress, the action
// that keeps every file of a pack in the browser's cache for offline use,
// and the page script both rely on (PageScript), which a site that serves
// a pack carries.
//
// The service worker (app/site) caches the pack files a page fetches
// while it controls the page; before it does (on the first visit) the
// page script caches them itself, in the same cache (CacheName).
package packfetch

import (
	"fmt"
	"sync"
)

// Env is the name of the environment variable (go-app's Handler.Env in
// the browser, the process's natively when the site is prerendered) that
// holds the folder of the pack, relative to the site's root, when the
// site serves its corpus as a pack.
const Env = "CORPUS_PACK"

// Folder is the folder of the pack in a site built with one.
const Folder = "packs"

// CacheName is the name of the browser cache that holds pack files. The
// files are named by their content's hash and never change, so the cache
// outlives the site's versions; manifest.json is fetched from the network
// first.
const CacheName = "corpus-packs"

// Progress counts the fetches of a reader: started, done, and the bytes
// received. It is safe for concurrent use.
type Progress struct {
	mu                sync.Mutex
	started, finished int
	bytes             int64
	failed            string
	changed           func(Count)
}

// Count is what Progress counted.
type Count struct {
	Started, Done int
	Bytes         int64
	// Failed names the last fetch that failed, with why ("" when none).
	Failed string
}

// Busy reports whether fetches are under way.
func (c Count) Busy() bool { return c.Done < c.Started }

// String says what is fetched: "2 of 5 files, 48 KB".
func (c Count) String() string {
	return fmt.Sprintf("%d of %d files, %s", c.Done, c.Started, Size(c.Bytes))
}

// NewProgress returns a Progress that calls changed (when not nil) with
// the counts after each change, from the goroutine that made it.
func NewProgress(changed func(Count)) *Progress { return &Progress{changed: changed} }

// Count returns the counts.
func (p *Progress) Count() Count {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.count()
}

func (p *Progress) count() Count {
	return Count{Started: p.started, Done: p.finished, Bytes: p.bytes, Failed: p.failed}
}

// Start counts a fetch begun.
func (p *Progress) Start() { p.update(func() { p.started++ }) }

// Done counts a fetch ended with n bytes, or with err.
func (p *Progress) Done(name string, n int, err error) {
	p.update(func() {
		p.finished++
		p.bytes += int64(n)
		if err != nil {
			p.failed = name + ": " + err.Error()
		}
	})
}

// Reset forgets the counts of the fetches that ended (a new search starts
// counting from zero) and the last failure.
func (p *Progress) Reset() {
	p.update(func() {
		p.started -= p.finished
		p.finished, p.bytes, p.failed = 0, 0, ""
	})
}

func (p *Progress) update(fn func()) {
	p.mu.Lock()
	fn()
	c := p.count()
	changed := p.changed
	p.mu.Unlock()
	if changed != nil {
		changed(c)
	}
}

// Size writes a number of bytes for people: 812 B, 48 KB, 3.2 MB.
func Size(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%d KB", (n+500)/1000)
	case n < 10*1000*1000*1000:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	}
	return fmt.Sprintf("%.1f GB", float64(n)/1e9)
}

// URL returns the address of a pack file for a site hosted at prefix
// ("" at the root of a host, else "/explorer") whose pack is in folder.
func URL(prefix, folder, name string) string {
	return prefix + "/" + folder + "/" + name
}
