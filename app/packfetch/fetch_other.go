//go:build !(js && wasm)

package packfetch

import (
	"errors"

	"corpusexplorer/app/packs"
)

// errNative is what fetching answers outside a browser.
var errNative = errors.New("pack files are fetched in a browser (natively, read the folder with packs.Dir)")

// Fetcher fetches the files of a pack in a browser; natively every fetch
// fails (the pages are only prerendered there).
type Fetcher struct {
	// Base is the address of the pack's folder, with a trailing slash.
	Base     string
	Progress *Progress
}

var _ packs.RangeFetcher = (*Fetcher)(nil)

// Fetch implements packs.Fetcher.
func (f *Fetcher) Fetch(name string) ([]byte, error) { return nil, errNative }

// FetchRange implements packs.RangeFetcher.
func (f *Fetcher) FetchRange(name string, off, n int64) ([]byte, error) { return nil, errNative }

// Keep caches the files of a pack, in a browser.
func Keep(base string, names []string, progress func(done int, bytes int64)) error { return errNative }

// Estimate tells how much the site stores, in a browser.
func Estimate() (usage, quota int64, err error) { return -1, -1, errNative }
