package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"corpusexplorer/app/records"
	"corpusexplorer/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// IndexedDB storage of the user's data: database "corpus-explorer", object
// stores "articles" (key: file name, value: {name, data: Uint8Array, seq,
// hash, gen}) and "edits" (key: the edit's key, value: {name, data: the
// edit as a JSON log of one, seq, hash, gen}), one record each, both with
// an index on gen; and "meta": "gen", the store's generation (the number
// of writes), "delgen", the generation of the last write that deleted,
// and "edits", the whole log as JSON in a version 1 store.
//
// Each write stamps its records with the store's next generation, so that
// a tab whose view of the store is of generation g reads back only what
// was written after g (the gen index) and, when a later write deleted,
// the keys; when nothing was written since its view, it reads nothing. A
// record's hash (records.HashOf its data) is stored with it, so that
// reading it back never hashes. Long writes and reads go in chunks, each
// started from the callback of the request before, within one
// transaction: the page paints between chunks, and a reload in the middle
// leaves the store as it was.
//
// Every call blocks until the browser answers: call it from ctx.Async,
// never on the UI goroutine or in a JavaScript callback. Natively
// (prerendering, tests) nothing is stored.

const (
	dbName        = "corpus-explorer"
	dbVersion     = 3
	storeArticles = "articles"
	storeEdits    = "edits"
	storeMeta     = "meta"
	indexGen      = "gen"
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
		// Version 3: the records by generation (records of an older
		// version have none: a tab reads them whole, at start-up).
		tx := req.Get("transaction")
		for _, s := range []string{storeArticles, storeEdits} {
			st := tx.Call("objectStore", s)
			if !st.Get("indexNames").Call("contains", indexGen).Bool() {
				st.Call("createIndex", indexGen, "gen")
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

// txn is one transaction over the stores whose work goes on in the
// callbacks of its requests (then): a long write or read is done in
// chunks, each started when the request before it succeeded, so that the
// page paints in between while it all stays one transaction.
type txn struct {
	tx                    app.Value
	articles, edits, meta app.Value
	funcs                 []app.Func
	// err is the first failure of the work, which aborts the transaction.
	err error
	// active is when a callback last ran, in Unix milliseconds: a
	// transaction that makes progress is never given up on.
	active atomic.Int64
}

// then runs next, with the result of req, once req succeeded. next runs
// in a JavaScript callback: it must not block. A panic (a JavaScript
// exception) in it aborts the transaction with that error.
func (t *txn) then(req app.Value, next func(result app.Value)) {
	f := app.FuncOf(func(this app.Value, args []app.Value) any {
		t.active.Store(time.Now().UnixMilli())
		if t.err != nil {
			return nil
		}
		if err := jsTry(func() { next(req.Get("result")) }); err != nil {
			t.fail(err)
		}
		return nil
	})
	t.funcs = append(t.funcs, f)
	req.Set("onsuccess", f)
}

// fail aborts the transaction with err.
func (t *txn) fail(err error) {
	if t.err == nil {
		t.err = err
	}
	jsTry(func() { t.tx.Call("abort") })
}

// sliceTime is how long the work of one callback of a transaction runs
// before it lets the page paint.
const sliceTime = 15 * time.Millisecond

// noAnswer is how long a transaction may go without any callback before
// it is given up on.
const noAnswer = 20 * time.Second

// transact runs fn in a transaction over the stores, and waits until the
// transaction completes or fails. fn and the callbacks it chains with
// then do the transaction's work.
func (d *database) transact(mode string, fn func(t *txn)) error {
	db, err := d.open()
	if err != nil {
		return err
	}
	t := &txn{}
	ch := make(chan error, 1)
	done := app.FuncOf(func(this app.Value, args []app.Value) any { ch <- nil; return nil })
	fail := app.FuncOf(func(this app.Value, args []app.Value) any {
		err := t.err
		if err == nil {
			err = domError(t.tx.Get("error"))
		}
		select {
		case ch <- err:
		default:
		}
		return nil
	})
	defer func() {
		done.Release()
		fail.Release()
		for _, f := range t.funcs {
			f.Release()
		}
	}()
	t.active.Store(time.Now().UnixMilli())
	err = jsTry(func() {
		t.tx = db.Call("transaction", []any{storeArticles, storeEdits, storeMeta}, mode)
		t.tx.Set("oncomplete", done)
		t.tx.Set("onerror", fail)
		t.tx.Set("onabort", fail)
		t.articles, t.edits, t.meta = t.tx.Call("objectStore", storeArticles), t.tx.Call("objectStore", storeEdits), t.tx.Call("objectStore", storeMeta)
		fn(t)
	})
	if err == nil {
		err = t.err
	}
	if err != nil {
		if t.tx != nil {
			jsTry(func() { t.tx.Call("abort") })
		}
		return fmt.Errorf("storage failed: %v", err)
	}
	trace("transaction " + mode + " waiting")
	for {
		select {
		case err := <-ch:
			return err
		case <-time.After(time.Second):
			if time.Since(time.UnixMilli(t.active.Load())) > noAnswer {
				return fmt.Errorf("the browser's storage did not answer in %d s", int(noAnswer.Seconds()))
			}
		}
	}
}

// trace records the last storage step in window.__storageTrace, for
// tests and for looking into a storage problem from the console.
func trace(s string) {
	if app.IsClient {
		app.Window().Set("__storageTrace", s)
	}
}

// stored is what a read of the store found, at generation gen: every
// record (all set: files and edits hold them, and legacyLog the edits log
// of a version 1 store), or what was written after the generation of the
// view it was read for (files and edits; with fileKeys and editKeys, every
// key stored, when a later write deleted). fresh is set when a write found
// that nothing was written since its view: nothing was read.
type stored struct {
	gen                int64
	all, fresh         bool
	files, edits       []records.Record
	fileKeys, editKeys []string
	keysRead           bool
	legacyLog          string
}

// read returns what the read found, for the workspace.
func (st stored) read() workspace.Read {
	r := workspace.Read{Gen: st.gen, All: st.all, Files: records.Delta{Put: st.files}, Edits: records.Delta{Put: st.edits}}
	if st.keysRead {
		r.FileKeys, r.EditKeys = st.fileKeys, st.editKeys
		if r.FileKeys == nil {
			r.FileKeys = []string{}
		}
		if r.EditKeys == nil {
			r.EditKeys = []string{}
		}
	}
	return r
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

// write writes w, worked out from the tab's view of the store of
// generation gen, in one transaction, and reads back what other tabs
// wrote since gen (IndexedDB runs the read-write transactions of every tab
// one after the other, so what is read back includes every other tab's
// writes so far and nothing half-written). When no other tab wrote since
// gen, nothing is read (stored.fresh). gen 0 reads the whole store back.
func (d *database) write(w writes, gen int64) (stored, error) {
	trace(fmt.Sprintf("saving %d files, %d edits", len(w.PutFiles), len(w.PutEdits)))
	defer trace("saved")
	if err := storeFault(); err != nil {
		return stored{}, err
	}
	if err := room(w.size()); err != nil {
		return stored{}, err
	}
	var st stored
	err := d.transact("readwrite", func(t *txn) {
		t.generations(func(cur, delgen int64) {
			next := cur
			if !w.empty() {
				next = cur + 1
				t.meta.Call("put", float64(next), "gen")
			}
			if len(w.DelFiles)+len(w.DelEdits) > 0 {
				t.meta.Call("put", float64(next), "delgen")
				delgen = next
			}
			if w.dropLegacy {
				t.meta.Call("delete", "edits")
			}
			st.gen = next
			t.deleteAll(t.articles, w.DelFiles, func() {
				t.deleteAll(t.edits, w.DelEdits, func() {
					t.putAll(t.articles, w.PutFiles, next, func() {
						t.putAll(t.edits, w.PutEdits, next, func() {
							if gen > 0 && cur == gen {
								st.fresh = true
								return
							}
							t.readSince(gen, delgen, &st)
						})
					})
				})
			})
		})
	})
	if err != nil {
		return stored{}, fmt.Errorf("not saved in this browser, kept only in this tab until it closes: %v", err)
	}
	return st, nil
}

// read returns what the store holds (gen 0) or what was written to it
// since generation gen (see stored).
func (d *database) read(gen int64) (stored, error) {
	if !app.IsClient {
		return stored{}, nil
	}
	if err := storeFault(); err != nil {
		return stored{}, err
	}
	var st stored
	err := d.transact("readonly", func(t *txn) {
		t.generations(func(cur, delgen int64) {
			st.gen = cur
			if gen > 0 && cur == gen {
				return // nothing new
			}
			t.readSince(gen, delgen, &st)
		})
	})
	if err != nil {
		return stored{}, err
	}
	return st, nil
}

// generations reads the store's generation and that of its last write
// that deleted, then calls next with them. A store that has none yet (new,
// or of version 2) is of generation 1, so that 0 stays the generation of
// a tab that never read the store.
func (t *txn) generations(next func(gen, delgen int64)) {
	num := func(v app.Value) int64 {
		if v.Type() == app.TypeNumber {
			return int64(v.Float())
		}
		return 1
	}
	req := t.meta.Call("get", "gen")
	t.then(req, func(gen app.Value) {
		t.then(t.meta.Call("get", "delgen"), func(delgen app.Value) {
			next(num(gen), num(delgen))
		})
	})
}

// readSince reads into st what the stores hold (gen 0: every record, and
// the version 1 edits log) or what was written after generation gen: the
// records of a later generation, and every key when a later write
// deleted (delgen).
func (t *txn) readSince(gen, delgen int64, st *stored) {
	if gen == 0 {
		st.all = true
		t.then(t.meta.Call("get", "edits"), func(log app.Value) {
			if log.Truthy() {
				st.legacyLog = log.String()
			}
			t.readAll(t.articles, &st.files, func() { t.readAll(t.edits, &st.edits, func() {}) })
		})
		return
	}
	since := app.Window().Get("IDBKeyRange").Call("lowerBound", float64(gen), true)
	t.then(t.articles.Call("index", indexGen).Call("getAll", since), func(v app.Value) {
		st.files = unpack(v)
		t.then(t.edits.Call("index", indexGen).Call("getAll", since), func(v app.Value) {
			st.edits = unpack(v)
			if delgen <= gen {
				return
			}
			st.keysRead = true
			t.then(t.articles.Call("getAllKeys"), func(v app.Value) {
				st.fileKeys = keysOf(v)
				t.then(t.edits.Call("getAllKeys"), func(v app.Value) { st.editKeys = keysOf(v) })
			})
		})
	})
}

// readPage is how many records a read takes per request.
const readPage = 2000

// readAll appends every record of store to out, a page at a time, then
// calls done.
func (t *txn) readAll(store app.Value, out *[]records.Record, done func()) {
	var page func(after app.Value)
	page = func(after app.Value) {
		query := app.Undefined()
		if after != nil {
			query = app.Window().Get("IDBKeyRange").Call("lowerBound", after, true)
		}
		// The keys of the page, to start the next after its last.
		keys := store.Call("getAllKeys", query, readPage)
		t.then(store.Call("getAll", query, readPage), func(v app.Value) {
			*out = append(*out, unpack(v)...)
			k := keys.Get("result")
			if n := k.Length(); n == readPage {
				page(k.Index(n - 1))
				return
			}
			done()
		})
	}
	page(nil)
}

// putAll puts recs into store, stamped with generation gen, in chunks of
// about sliceTime each, then calls done.
func (t *txn) putAll(store app.Value, recs []records.Record, gen int64, done func()) {
	var chunk func()
	chunk = func() {
		start := time.Now()
		for len(recs) > 0 {
			n, size := 0, 0
			for n < len(recs) && n < 256 && size < 1<<20 {
				size += len(recs[n].Data)
				n++
			}
			req := putMany(store, recs[:n], gen)
			recs = recs[n:]
			if len(recs) > 0 && time.Since(start) >= sliceTime {
				t.then(req, func(app.Value) { chunk() })
				return
			}
		}
		done()
	}
	chunk()
}

// deleteAll deletes the keys from store, in chunks, then calls done.
func (t *txn) deleteAll(store app.Value, keys []string, done func()) {
	var chunk func()
	chunk = func() {
		start := time.Now()
		for len(keys) > 0 {
			n := min(len(keys), 1000)
			b, _ := json.Marshal(keys[:n])
			req := jsHelper("deleteMany", "store, keys", `let req = null;
for (const k of JSON.parse(keys)) { req = store.delete(k); }
return req;`).Invoke(store, string(b))
			keys = keys[n:]
			if len(keys) > 0 && time.Since(start) >= sliceTime {
				t.then(req, func(app.Value) { chunk() })
				return
			}
		}
		done()
	}
	chunk()
}

// recordMeta is a record without its data, as the helpers of putMany and
// unpack pass it between Go and JavaScript: one JSON text and one byte
// array per chunk rather than several calls per record.
type recordMeta struct {
	Name string  `json:"name"`
	Seq  float64 `json:"seq"`
	Hash string  `json:"hash"`
	Len  int     `json:"len"`
}

// putMany puts recs into store, stamped with gen, and returns the request
// of the last.
func putMany(store app.Value, recs []records.Record, gen int64) app.Value {
	meta := make([]recordMeta, len(recs))
	size := 0
	for i, r := range recs {
		meta[i] = recordMeta{r.Key, float64(r.Seq), r.Hash, len(r.Data)}
		size += len(r.Data)
	}
	buf := make([]byte, 0, size)
	for _, r := range recs {
		buf = append(buf, r.Data...)
	}
	b, _ := json.Marshal(meta)
	data := app.Window().Get("Uint8Array").New(len(buf))
	app.CopyBytesToJS(data, buf)
	return jsHelper("putMany", "store, meta, buf, gen", `let req = null, off = 0;
for (const m of JSON.parse(meta)) {
	req = store.put({name: m.name, data: buf.slice(off, off + m.len), seq: m.seq, hash: m.hash, gen: gen}, m.name);
	off += m.len;
}
return req;`).Invoke(store, string(b), data, float64(gen))
}

// unpack reads the stored values of a getAll; a version 1 article has no
// seq (0: ordered by name), a version 2 record no hash.
func unpack(values app.Value) []records.Record {
	if values.Length() == 0 {
		return nil
	}
	packed := jsHelper("pack", "values", `let n = 0;
const data = values.map((v) => (v && v.data instanceof Uint8Array) ? v.data : new Uint8Array(0));
for (const d of data) { n += d.length; }
const buf = new Uint8Array(n), meta = new Array(values.length);
let off = 0;
values.forEach((v, i) => {
	buf.set(data[i], off);
	off += data[i].length;
	meta[i] = {name: String(v && v.name), seq: (v && typeof v.seq === "number") ? v.seq : 0, hash: (v && typeof v.hash === "string") ? v.hash : "", len: data[i].length};
});
return [JSON.stringify(meta), buf];`).Invoke(values)
	var meta []recordMeta
	if err := json.Unmarshal([]byte(packed.Index(0).String()), &meta); err != nil {
		panic(err)
	}
	buf := make([]byte, packed.Index(1).Length())
	app.CopyBytesToGo(buf, packed.Index(1))
	out := make([]records.Record, len(meta))
	off := 0
	for i, m := range meta {
		out[i] = records.Record{Key: m.Name, Seq: int64(m.Seq), Data: buf[off : off+m.Len : off+m.Len], Hash: m.Hash}
		off += m.Len
	}
	return out
}

// keysOf reads the keys of a getAllKeys.
func keysOf(keys app.Value) []string {
	s := app.Window().Get("JSON").Call("stringify", keys).String()
	var out []string
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		panic(err)
	}
	return out
}

// jsHelpers are the JavaScript functions of jsHelper, made once.
var jsHelpers struct {
	sync.Mutex
	m map[string]app.Value
}

// jsHelper returns the JavaScript function name with the parameters and
// body given, made on first use: work done per record in a chunk is done
// in one call rather than several calls from Go per record.
func jsHelper(name, params, body string) app.Value {
	jsHelpers.Lock()
	defer jsHelpers.Unlock()
	if f, ok := jsHelpers.m[name]; ok {
		return f
	}
	if jsHelpers.m == nil {
		jsHelpers.m = map[string]app.Value{}
	}
	f := app.Window().Get("Function").New(params, body)
	jsHelpers.m[name] = f
	return f
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
