package ui

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"corpusexplorer/app/corpus"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// IndexedDB storage of the user's data: database "corpus-explorer", object
// store "articles" (key: file name, value: {name, data: Uint8Array}) and
// "meta" (key "edits": the edits log as JSON). Every call blocks until the
// browser answers: call it from ctx.Async, never on the UI goroutine or in
// a JavaScript callback. Natively (prerendering, tests) nothing is stored.

const (
	dbName        = "corpus-explorer"
	dbVersion     = 1
	storeArticles = "articles"
	storeMeta     = "meta"
)

var (
	dbMu   sync.Mutex
	dbConn app.Value
)

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

// openDB opens (and creates or upgrades) the database once.
func openDB() (app.Value, error) {
	if !app.IsClient {
		return nil, errNoStorage
	}
	trace("opening")
	dbMu.Lock()
	defer dbMu.Unlock()
	if dbConn != nil {
		return dbConn, nil
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
		for _, s := range []string{storeArticles, storeMeta} {
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
	dbConn = req.Get("result")
	// Let another tab or a newer version upgrade the database.
	dbConn.Set("onversionchange", app.FuncOf(func(this app.Value, args []app.Value) any {
		dbMu.Lock()
		if dbConn != nil {
			dbConn.Call("close")
			dbConn = nil
		}
		dbMu.Unlock()
		return nil
	}))
	return dbConn, nil
}

// transact runs fn in a transaction over both stores and waits until the
// transaction completes or fails.
func transact(mode string, fn func(articles, meta app.Value)) error {
	db, err := openDB()
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
		tx = db.Call("transaction", []any{storeArticles, storeMeta}, mode)
		tx.Set("oncomplete", done)
		tx.Set("onerror", fail)
		tx.Set("onabort", fail)
		fn(tx.Call("objectStore", storeArticles), tx.Call("objectStore", storeMeta))
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

// saveUser replaces the stored articles and edits with files and logJSON.
func saveUser(files []corpus.File, logJSON string) error {
	trace(fmt.Sprintf("saving %d files", len(files)))
	defer trace(fmt.Sprintf("saved %d files", len(files)))
	if err := storeFault(); err != nil {
		return err
	}
	err := transact("readwrite", func(articles, meta app.Value) {
		articles.Call("clear")
		u8 := app.Window().Get("Uint8Array")
		for _, f := range files {
			data := u8.New(len(f.Data))
			app.CopyBytesToJS(data, f.Data)
			obj := app.Window().Get("Object").New()
			obj.Set("name", f.Name)
			obj.Set("data", data)
			articles.Call("put", obj, f.Name)
		}
		meta.Call("put", logJSON, "edits")
	})
	if err != nil {
		return fmt.Errorf("not saved in this browser, kept only until this tab closes: %v", err)
	}
	return nil
}

// readUser returns the stored articles and edits log ("" when none).
func readUser() ([]corpus.File, string, error) {
	if !app.IsClient {
		return nil, "", nil
	}
	if err := storeFault(); err != nil {
		return nil, "", err
	}
	var all, logReq app.Value
	err := transact("readonly", func(articles, meta app.Value) {
		all = articles.Call("getAll")
		logReq = meta.Call("get", "edits")
	})
	if err != nil {
		return nil, "", err
	}
	var files []corpus.File
	res := all.Get("result")
	for i := 0; i < res.Length(); i++ {
		v := res.Index(i)
		data := v.Get("data")
		b := make([]byte, data.Length())
		app.CopyBytesToGo(b, data)
		files = append(files, corpus.File{Name: v.Get("name").String(), Data: b})
	}
	logJSON := ""
	if r := logReq.Get("result"); r.Truthy() {
		logJSON = r.String()
	}
	return files, logJSON, nil
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
