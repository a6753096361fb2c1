//go:build js && wasm

package packfetch

import (
	"errors"
	"syscall/js"

	"corpusexplorer/app/packs"
)

// Fetcher fetches the files of a pack with the page script's
// corpusPack.fetch (see PageScript), counting them in Progress. It is a
// packs.RangeFetcher; its methods block the calling goroutine (never the
// page's event loop) until the file is there.
type Fetcher struct {
	// Base is the address of the pack's folder, with a trailing slash.
	Base     string
	Progress *Progress
}

var _ packs.RangeFetcher = (*Fetcher)(nil)

// Fetch implements packs.Fetcher.
func (f *Fetcher) Fetch(name string) ([]byte, error) { return f.get(name, 0, -1) }

// FetchRange implements packs.RangeFetcher.
func (f *Fetcher) FetchRange(name string, off, n int64) ([]byte, error) {
	if n <= 0 {
		return nil, nil
	}
	return f.get(name, off, off+n-1)
}

func (f *Fetcher) get(name string, start, end int64) ([]byte, error) {
	if f.Progress != nil {
		f.Progress.Start()
	}
	b, err := f.fetch(name, start, end)
	if f.Progress != nil {
		f.Progress.Done(name, len(b), err)
	}
	return b, err
}

func (f *Fetcher) fetch(name string, start, end int64) ([]byte, error) {
	cp := js.Global().Get("corpusPack")
	if !cp.Truthy() {
		return nil, errors.New("the page has no pack script (corpusPack)")
	}
	v, err := await(cp.Call("fetch", f.Base+name, start, end))
	if err != nil {
		return nil, err
	}
	b := make([]byte, v.Get("length").Int())
	js.CopyBytesToGo(b, v)
	return b, nil
}

// await waits for a promise: its value, or its rejection as an error.
func await(p js.Value) (js.Value, error) {
	type outcome struct {
		v   js.Value
		err error
	}
	ch := make(chan outcome, 1)
	then := js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- outcome{v: args[0]}
		return nil
	})
	catch := js.FuncOf(func(this js.Value, args []js.Value) any {
		msg := "failed"
		if len(args) > 0 {
			if m := args[0].Get("message"); m.Truthy() {
				msg = m.String()
			} else {
				msg = args[0].Call("toString").String()
			}
		}
		ch <- outcome{err: errors.New(msg)}
		return nil
	})
	defer then.Release()
	defer catch.Release()
	p.Call("then", then, catch)
	o := <-ch
	return o.v, o.err
}

// Keep caches every file of the pack at base whose names are given, that
// the cache does not hold yet, calling progress(done, bytes) after each
// (from the page's event loop: progress must not block).
func Keep(base string, names []string, progress func(done int, bytes int64)) error {
	cp := js.Global().Get("corpusPack")
	if !cp.Truthy() {
		return errors.New("the page has no pack script (corpusPack)")
	}
	urls := make([]any, len(names))
	for i, n := range names {
		urls[i] = base + n
	}
	cb := js.FuncOf(func(this js.Value, args []js.Value) any {
		progress(args[0].Int(), int64(args[1].Float()))
		return nil
	})
	defer cb.Release()
	_, err := await(cp.Call("keep", js.ValueOf(urls), cb))
	return err
}

// Estimate returns how much the site stores in the browser and how much
// it may, in bytes (-1 where the browser does not tell).
func Estimate() (usage, quota int64, err error) {
	cp := js.Global().Get("corpusPack")
	if !cp.Truthy() {
		return -1, -1, errors.New("the page has no pack script (corpusPack)")
	}
	v, err := await(cp.Call("estimate"))
	if err != nil {
		return -1, -1, err
	}
	return int64(v.Index(0).Float()), int64(v.Index(1).Float()), nil
}
