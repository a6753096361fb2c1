package ui

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"corpusexplorer/app/records"
	"corpusexplorer/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// IndexedDB storage of the user's data: database "corpus-explorer", object
// stores "articles" (key: file name, value: {name, data: Uint8Array, seq})
// and "edits" (key: the edit's key, value: {name, data: the edit as a JSON
// log of one, seq}), one record each, and "meta" (key "edits": the whole
// log as JSON, in a version 1 store). Every call blocks until the browser
// answers: call it from ctx.Async, never on the UI goroutine or in a
// JavaScript callback. Natively (prerendering, tests) nothing is stored.

const (
	dbName        = "corpus-explorer"
	dbVersion     = 2
	storeArticles = "articles"
	storeEdits    = "edits"
	storeMeta     = "meta"
)

// database is the tab's connection to the store, opened on first use,
// and its channel to the other tabs of the site.
type database struct {
	mu   sync.Mutex
	conn app.Value
	// channel tells the other tabs of the site that the store changed,
	// and hears them. A BroadcastChannel object never hears what it
	// posts itself: one object serves both, so a tab does not read the
	// store again after each of its own saves.
	channel app.Value
}

// broadcast returns the tab's channel to the other tabs, nil when the
// browser has none.
func (d *database) broadcast() app.Value {
	if !app.IsClient {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.channel == nil {
		if bc := app.Window().Get("BroadcastChannel"); bc.Truthy() {
			jsTry(func() { d.channel = bc.New(dbName) })
		}
	}
	return d.channel
}

// errNoStorage is returned natively and when the browser has no IndexedDB.
var errNoStorage = errors.New("this browser offers no IndexedDB storage (private mode?): your articles are kept only until this tab closes")

// jsTry runs fn and turns a JavaScript exception (a Go panic in wasm) into
// an error.
func jsTry(fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	fn()
	return nil
}

// domError describes a DOMException (request.error, transaction.error).
func domError(v app.Value) error {
	if v == nil || !v.Truthy() {
		return errors.New("unknown storage error")
	}
	name, msg := v.Get("name").String(), v.Get("message").String()
	if name == "QuotaExceededError" {
		return fmt.Errorf("the browser's storage is full (%s)", msg)
	}
	return fmt.Errorf("%s: %s", name, msg)
}

// open opens (and creates or upgrades) the database once.
func (d *database) open() (app.Value, error) {
	if !app.IsClient {
		return nil, errNoStorage
	}
	trace("opening")
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.conn != nil {
		return d.conn, nil
	}
	idb := app.Window().Get("indexedDB")
	if !idb.Truthy() {
		return nil, errNoStorage
	}
	var req app.Value
	if err := jsTry(func() { req = idb.Call("open", dbName, dbVersion) }); err != nil {
		return nil, fmt.Errorf("storage unavailable: %v", err)
	}
	ch := make(chan error, 1)
	upgrade := app.FuncOf(func(this app.Value, args []app.Value) any {
		db := req.Get("result")
		names := db.Get("objectStoreNames")
		for _, s := range []string{storeArticles, storeEdits, storeMeta} {
			if !names.Call("contains", s).Bool() {
				db.Call("createObjectStore", s)
			}
		}
		return nil
	})
	ok := app.FuncOf(func(this app.Value, args []app.Value) any { ch <- nil; return nil })
	fail := app.FuncOf(func(this app.Value, args []app.Value) any { ch <- domError(req.Get("error")); return nil })
	defer upgrade.Release()
	defer ok.Release()
	defer fail.Release()
	req.Set("onupgradeneeded", upgrade)
	req.Set("onsuccess", ok)
	req.Set("onerror", fail)
	if err := <-ch; err != nil {
		return nil, fmt.Errorf("storage unavailable: %v", err)
	}
	d.conn = req.Get("result")
	// Let another tab or a newer version upgrade the database.
	d.conn.Set("onversionchange", app.FuncOf(func(this app.Value, args []app.Value) any {
		d.mu.Lock()
		if d.conn != nil {
			d.conn.Call("close")
			d.conn = nil
		}
		d.mu.Unlock()
		return nil
	}))
	return d.conn, nil
}

// transact runs fn in a transaction over the stores and waits until the
// transaction completes or fails.
func (d *database) transact(mode string, fn func(articles, edits, meta app.Value)) error {
	db, err := d.open()
	if err != nil {
		return err
	}
	ch := make(chan error, 1)
	var tx app.Value
	done := app.FuncOf(func(this app.Value, args []app.Value) any { ch <- nil; return nil })
	fail := app.FuncOf(func(this app.Value, args []app.Value) any {
		select {
		case ch <- domError(tx.Get("error")):
		default:
		}
		return nil
	})
	defer done.Release()
	defer fail.Release()
	err = jsTry(func() {
		tx = db.Call("transaction", []any{storeArticles, storeEdits, storeMeta}, mode)
		tx.Set("oncomplete", done)
		tx.Set("onerror", fail)
		tx.Set("onabort", fail)
		fn(tx.Call("objectStore", storeArticles), tx.Call("objectStore", storeEdits), tx.Call("objectStore", storeMeta))
	})
	if err != nil {
		if tx != nil {
			jsTry(func() { tx.Call("abort") })
		}
		return fmt.Errorf("storage failed: %v", err)
	}
	trace("transaction " + mode + " waiting")
	select {
	case err := <-ch:
		return err
	case <-time.After(20 * time.Second):
		return errors.New("the browser's storage did not answer in 20 s")
	}
}

// trace records the last storage step in window.__storageTrace, for
// tests and for looking into a storage problem from the console.
func trace(s string) {
	if app.IsClient {
		app.Window().Set("__storageTrace", s)
	}
}

// stored is what the store holds: the imported files and the edits as
// records (see app/records), and the edits log of a version 1 store.
type stored struct {
	files, edits []records.Record
	legacyLog    string
}

// writes is what one tab writes to the store in one transaction: records
// put and keys deleted, never the store cleared.
type writes struct {
	workspace.Changes
	dropLegacy bool // delete the version 1 edits log, now held as records
}

// size is about how many bytes w adds to the store.
func (w writes) size() int {
	n := 0
	for _, r := range w.PutFiles {
		n += len(r.Key) + len(r.Data) + recordOverhead
	}
	for _, r := range w.PutEdits {
		n += len(r.Key) + len(r.Data) + recordOverhead
	}
	return n
}

// recordOverhead is a generous guess of what IndexedDB adds to a record's
// bytes (keys, the value's structure, the index).
const recordOverhead = 256

// room checks, when the browser tells (navigator.storage.estimate), that
// the store has room for about n more bytes, with a margin: a write that
// would run out of quota half way is refused before it starts, with how
// much is needed and how much is free. Nothing is written then; the data
// stays in the tab.
func room(n int) error {
	if n == 0 {
		return nil
	}
	st := app.Window().Get("navigator").Get("storage")
	if !st.Truthy() || !st.Get("estimate").Truthy() {
		return nil
	}
	e, err := await(st.Call("estimate"))
	if err != nil || e == nil || !e.Truthy() || !e.Get("quota").Truthy() {
		return nil // no estimate: the write itself reports a full store
	}
	free := e.Get("quota").Float() - e.Get("usage").Float()
	if need := 2 * float64(n); need > free {
		return fmt.Errorf("not saved in this browser, kept only in this tab until it closes: the store needs about %s more and has %s free (QuotaExceededError). Remove articles you no longer need, or free space for this site in the browser's settings, then try again",
			sizeText(int(need)), sizeText(int(max(free, 0))))
	}
	return nil
}

func (w writes) empty() bool {
	return len(w.PutFiles)+len(w.PutEdits)+len(w.DelFiles)+len(w.DelEdits) == 0 && !w.dropLegacy
}

// write writes w and reads back everything the store holds, in one
// transaction: IndexedDB runs the read-write transactions of every tab one
// after the other, so what is read back includes every other tab's writes
// so far and nothing half-written.
func (d *database) write(w writes) (stored, error) {
	trace(fmt.Sprintf("saving %d files, %d edits", len(w.PutFiles), len(w.PutEdits)))
	defer trace("saved")
	if err := storeFault(); err != nil {
		return stored{}, err
	}
	if err := room(w.size()); err != nil {
		return stored{}, err
	}
	var reqs readRequests
	err := d.transact("readwrite", func(articles, editStore, meta app.Value) {
		for _, k := range w.DelFiles {
			articles.Call("delete", k)
		}
		for _, r := range w.PutFiles {
			articles.Call("put", recordValue(r), r.Key)
		}
		for _, k := range w.DelEdits {
			editStore.Call("delete", k)
		}
		for _, r := range w.PutEdits {
			editStore.Call("put", recordValue(r), r.Key)
		}
		if w.dropLegacy {
			meta.Call("delete", "edits")
		}
		reqs = readAll(articles, editStore, meta)
	})
	if err != nil {
		return stored{}, fmt.Errorf("not saved in this browser, kept only in this tab until it closes: %v", err)
	}
	return reqs.result(), nil
}

// read returns what the store holds.
func (d *database) read() (stored, error) {
	if !app.IsClient {
		return stored{}, nil
	}
	if err := storeFault(); err != nil {
		return stored{}, err
	}
	var reqs readRequests
	err := d.transact("readonly", func(articles, editStore, meta app.Value) {
		reqs = readAll(articles, editStore, meta)
	})
	if err != nil {
		return stored{}, err
	}
	return reqs.result(), nil
}

// readRequests are the requests that read a whole store.
type readRequests struct{ files, edits, log app.Value }

func readAll(articles, editStore, meta app.Value) readRequests {
	return readRequests{articles.Call("getAll"), editStore.Call("getAll"), meta.Call("get", "edits")}
}

// result reads the answers of the requests once their transaction is
// complete.
func (r readRequests) result() stored {
	var out stored
	out.files = recordsOf(r.files.Get("result"))
	out.edits = recordsOf(r.edits.Get("result"))
	if v := r.log.Get("result"); v.Truthy() {
		out.legacyLog = v.String()
	}
	return out
}

// recordValue is the stored form of a record: {name, data, seq}; the
// name is the key (the file name, for articles).
func recordValue(r records.Record) app.Value {
	data := app.Window().Get("Uint8Array").New(len(r.Data))
	app.CopyBytesToJS(data, r.Data)
	obj := app.Window().Get("Object").New()
	obj.Set("name", r.Key)
	obj.Set("data", data)
	obj.Set("seq", float64(r.Seq))
	return obj
}

// recordsOf reads the stored values of getAll; a version 1 article has no
// seq (0: ordered by name).
func recordsOf(all app.Value) []records.Record {
	out := make([]records.Record, 0, all.Length())
	for i := 0; i < all.Length(); i++ {
		v := all.Index(i)
		data := v.Get("data")
		b := make([]byte, data.Length())
		app.CopyBytesToGo(b, data)
		var seq int64
		if s := v.Get("seq"); s.Truthy() {
			seq = int64(s.Float())
		}
		out = append(out, records.Record{Key: v.Get("name").String(), Seq: seq, Data: b})
	}
	return out
}

// announce tells the other tabs of this site that the store changed.
func (d *database) announce() {
	if ch := d.broadcast(); ch != nil {
		jsTry(func() { ch.Call("postMessage", "changed") })
	}
}

// onAnnounce calls fn (in a JavaScript callback: dispatch from it) when
// another tab announces a change to the store.
func (d *database) onAnnounce(fn func()) {
	ch := d.broadcast()
	if ch == nil {
		return
	}
	ch.Set("onmessage", app.FuncOf(func(this app.Value, args []app.Value) any {
		fn()
		return nil
	}))
}

// storeFault lets tests simulate a storage failure: when
// window.__storageFault is a string, every save and read fails with it.
func storeFault() error {
	if !app.IsClient {
		return nil
	}
	if f := app.Window().Get("__storageFault"); f.Truthy() {
		return errors.New(f.String())
	}
	return nil
}

// await waits for a JavaScript promise and returns its value or its
// rejection as an error. Call it from a goroutine (ctx.Async).
func await(p app.Value) (app.Value, error) {
	type result struct {
		v   app.Value
		err error
	}
	ch := make(chan result, 1)
	ok := app.FuncOf(func(this app.Value, args []app.Value) any {
		var v app.Value
		if len(args) > 0 {
			v = args[0]
		}
		ch <- result{v: v}
		return nil
	})
	fail := app.FuncOf(func(this app.Value, args []app.Value) any {
		err := errors.New("failed")
		if len(args) > 0 && args[0].Truthy() {
			err = errors.New(args[0].Call("toString").String())
		}
		ch <- result{err: err}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	p.Call("then", ok, fail)
	r := <-ch
	return r.v, r.err
}

// readFiles reads files (File API) at once, awaiting one Promise.all
// rather than one promise per file (each await is a round trip through the
// browser's event loop). A file that cannot be read has its error.
func readFiles(files []app.Value) ([][]byte, []error) {
	w := app.Window()
	promises := w.Get("Array").New()
	// A failed read resolves to its error, so that the others still count.
	catch := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Truthy() {
			return args[0].Call("toString").String()
		}
		return "read failed"
	})
	defer catch.Release()
	for _, f := range files {
		promises.Call("push", f.Call("arrayBuffer").Call("catch", catch))
	}
	data := make([][]byte, len(files))
	errs := make([]error, len(files))
	all, err := await(w.Get("Promise").Call("all", promises))
	if err != nil {
		for i := range errs {
			errs[i] = err
		}
		return data, errs
	}
	u8 := w.Get("Uint8Array")
	for i := range files {
		v := all.Index(i)
		if v.Type() == app.TypeString {
			errs[i] = errors.New(v.String())
			continue
		}
		arr := u8.New(v)
		data[i] = make([]byte, arr.Length())
		app.CopyBytesToGo(data[i], arr)
	}
	return data, errs
}

// Download makes the browser save data as a file named name: a Blob, an
// object URL and a click on a temporary <a download>. Natively it does
// nothing.
func Download(name, mime string, data []byte) error {
	if !app.IsClient {
		return nil
	}
	return jsTry(func() {
		w := app.Window()
		u8 := w.Get("Uint8Array").New(len(data))
		app.CopyBytesToJS(u8, data)
		parts := w.Get("Array").New()
		parts.Call("push", u8)
		opts := w.Get("Object").New()
		opts.Set("type", mime)
		blob := w.Get("Blob").New(parts, opts)
		url := w.Get("URL").Call("createObjectURL", blob)
		doc := w.Get("document")
		a := doc.Call("createElement", "a")
		a.Set("href", url)
		a.Set("download", name)
		a.Get("style").Set("display", "none")
		doc.Get("body").Call("appendChild", a)
		a.Call("click")
		a.Call("remove")
		var revoke app.Func
		revoke = app.FuncOf(func(this app.Value, args []app.Value) any {
			w.Get("URL").Call("revokeObjectURL", url)
			revoke.Release()
			return nil
		})
		w.Call("setTimeout", revoke, 60000)
	})
}
