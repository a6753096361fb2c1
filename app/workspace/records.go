package workspace

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/records"
	"corpusexplorer/app/text"
)

// Changes are what to write so that the store holds what the workspace
// holds: records to put and keys to delete, of files and of edits.
type Changes struct {
	PutFiles, PutEdits []records.Record
	DelFiles, DelEdits []string
}

// Empty reports whether there is nothing to write.
func (c Changes) Empty() bool {
	return len(c.PutFiles)+len(c.PutEdits)+len(c.DelFiles)+len(c.DelEdits) == 0
}

// View is a view of the store: what the workspace last read from it or
// wrote to it (see records.Base), and the store's generation then (the
// number of writes it had seen; 0 before the first read), by which a
// writer tells whether another tab wrote since.
type View struct {
	// files is the base of the files, with put and del on top (not
	// applied yet: see fileBase); edits is the base of the edits.
	files, edits records.Base
	put          []records.Record
	del          []string
	// based is the workspace's baseVersion of files; partial is set when
	// files were left to compare (see ChangesUpTo).
	based   int
	partial bool
	gen     int64
	at      int // the workspace's mutations when worked out
}

// Gen returns the store's generation the view is of.
func (v View) Gen() int64 { return v.gen }

// fileBase returns the view's base of the files.
func (v View) fileBase() records.Base {
	if len(v.put)+len(v.del) == 0 {
		return v.files
	}
	return v.files.Apply(v.put, v.del)
}

// View returns the workspace's last view of the store.
func (w *Workspace) View() View {
	return View{files: w.rec.fileBase, edits: w.rec.editBase, based: w.rec.baseVersion, gen: w.rec.gen, at: w.rec.mutations}
}

// SaveBatch is how many files a save of the browser's store looks at
// (see ChangesUpTo): small enough that working out their records, handing
// them to IndexedDB (about 20 ms for 1,000 in the browser) and noting
// that they were written each take a small part of a frame, which after
// a large import may also hold a collection.
const SaveBatch = 1000

// Changes returns what the workspace holds that its view of the store
// lacks, and the view once they are written (of the same generation: the
// writer knows the next). Only the files changed since the last write are
// compared with the view (see recordState.dirty), so that a save of a few
// files among many costs a few.
func (w *Workspace) Changes() (Changes, View) { return w.ChangesUpTo(0) }

// ChangesUpTo is Changes, looking at no more than max of the files that
// may have changed (0: all of them), so that the work of one call stays
// short however many files a large import added: once those are written
// (Wrote), Unsaved reports whether more remain, and the next call finds
// them. Each file is written whole, in its place among the others.
func (w *Workspace) ChangesUpTo(max int) (Changes, View) {
	var c Changes
	v := View{files: w.rec.fileBase, based: w.rec.baseVersion, gen: w.rec.gen, at: w.rec.mutations}
	if !w.rec.scanned {
		w.dirtyAll()
	}
	c.PutFiles, c.DelFiles, v.partial = w.dirtyChanges(max)
	v.put, v.del = c.PutFiles, c.DelFiles
	c.PutEdits, c.DelEdits = records.Changes(w.rec.editBase, w.editRecords())
	v.edits = w.rec.editBase.Apply(c.PutEdits, c.DelEdits)
	return c, v
}

// dirtyAll marks every file and every key of the view dirty: after the
// view or the files were replaced as a whole, any may differ.
func (w *Workspace) dirtyAll() {
	w.rec.dirty.Grow(len(w.files) + w.rec.fileBase.Len())
	for _, f := range w.files {
		w.rec.dirty.Put(f.Name, struct{}{})
	}
	for k := range w.rec.fileBase.Keys() {
		w.rec.dirty.Put(k, struct{}{})
	}
	w.rec.scanned = true
}

// dirtyChanges compares the files changed since the last write (at most
// max of them; 0: all) with the view: those new or changed are to put,
// those gone to delete. A file found unchanged is no longer dirty. more
// is set when files were left to compare.
func (w *Workspace) dirtyChanges(max int) (put []records.Record, del []string, more bool) {
	n := w.rec.dirty.Len()
	if max > 0 && n > max {
		n, more = max, true
	}
	names := make([]string, 0, n)
	for name := range w.rec.dirty.Keys() {
		if len(names) == n {
			break
		}
		names = append(names, name)
	}
	if !more {
		slices.Sort(names)
	}
	for _, n := range names {
		i, ok := w.position(corpus.IDOf(n))
		if ok && w.files[i].Name == n {
			r := w.fileRecord(i, w.seqBase())
			if sum, stored := w.rec.fileBase.Get(n); !stored || sum != r.Sum() {
				put = append(put, r)
			} else {
				w.rec.dirty.Delete(n)
			}
			continue
		}
		if w.rec.fileBase.Has(n) {
			del = append(del, n)
		} else {
			w.rec.dirty.Delete(n)
		}
	}
	records.Sort(put)
	slices.Sort(del)
	return put, del, more
}

// seqBase returns the place from which files new to the records are
// placed (a file at position i at seqBase() + i): the time of the first
// such file since the store last held everything, so that files written
// over several saves (see ChangesUpTo) keep the order of the files.
func (w *Workspace) seqBase() int64 {
	if w.rec.next == 0 {
		w.rec.next = time.Now().UnixMicro()
	}
	return w.rec.next
}

// Unsaved reports whether the workspace holds what its view of the store
// lacks (Changes is not empty). Right after Wrote, with no change since,
// it answers without working the changes out; while files may have
// changed since the last write, it answers true without comparing them.
func (w *Workspace) Unsaved() bool {
	if w.rec.clean == w.rec.mutations {
		return false
	}
	if !w.rec.scanned || w.rec.dirty.Len() > 0 {
		return true
	}
	c, _ := w.Changes()
	return !c.Empty()
}

// Wrote records that the changes of view v (see Changes) were written and
// that the store, now at generation gen, holds nothing else new: no other
// tab wrote since v's generation. Nothing needs reading back.
func (w *Workspace) Wrote(v View, gen int64) {
	if v.based == w.rec.baseVersion {
		// The base is still the one v was worked out on: apply the
		// changes in place rather than copy it.
		for _, r := range v.put {
			w.rec.fileBase.Put(r.Key, r.Sum())
		}
		for _, k := range v.del {
			w.rec.fileBase.Delete(k)
		}
	} else {
		w.setFileBase(v.fileBase())
	}
	// What was written is no longer dirty, unless it changed since.
	for _, r := range v.put {
		if i, ok := w.position(corpus.IDOf(r.Key)); ok && w.files[i].Name == r.Key && sameData(w.files[i].Data, r.Data) {
			w.rec.dirty.Delete(r.Key)
		}
	}
	for _, k := range v.del {
		if i, ok := w.position(corpus.IDOf(k)); !ok || w.files[i].Name != k {
			w.rec.dirty.Delete(k)
		}
	}
	w.rec.editBase, w.rec.gen = v.edits, gen
	if !v.partial {
		w.rec.clean = v.at
	}
	if w.rec.dirty.Len() == 0 {
		w.rec.next = 0
	}
}

// setFileBase replaces the base of the files: every file (and key of the
// base) is then compared with it at the next Changes.
func (w *Workspace) setFileBase(b records.Base) {
	w.rec.fileBase = b
	w.rec.baseVersion++
	if len(w.files) == 0 {
		// No file may differ from it; only its keys may be gone (the
		// usual first read of a store, before a large import).
		for k := range b.Keys() {
			w.dirty(k)
		}
		w.rec.scanned = true
		return
	}
	w.rec.scanned = false
}

// dirty notes that the file name may differ from the view of the store.
func (w *Workspace) dirty(name string) {
	w.rec.dirty.Put(name, struct{}{})
}

// Read is what a read of the store found at generation Gen: every record
// (All set; the Put of Files and Edits hold them) or what changed since
// the view it was read for (records written later, keys deleted).
type Read struct {
	Gen          int64
	All          bool
	Files, Edits records.Delta
	// FileKeys and EditKeys, when not nil, are every key the store holds:
	// the keys of the view that are not among them were deleted.
	FileKeys, EditKeys []string
}

// TakeIn merges what the store holds (r, read when the workspace's view
// of it was v) into the workspace: what others (other tabs) added,
// changed or removed is taken, what the workspace has not written yet
// stays. It reports whether the files or edits changed (the corpus must
// then be built again). Stored edits that cannot be read are kept as they
// are and noted as a problem.
func (w *Workspace) TakeIn(v View, r Read) (changed bool) {
	files, es := r.Files, r.Edits
	if r.All {
		files, es = records.DeltaOf(v.fileBase(), files.Put), records.DeltaOf(v.edits, es.Put)
	}
	if r.FileKeys != nil {
		files.Del = append(files.Del, gone(v.fileBase(), r.FileKeys)...)
	}
	if r.EditKeys != nil {
		es.Del = append(es.Del, gone(v.edits, r.EditKeys)...)
	}
	for _, f := range files.Put {
		if f.Hash != "" {
			w.cache.setHash(corpus.File{Name: f.Key, Data: f.Data}, f.Hash)
		}
	}
	base := v.fileBase()
	mf, fch := records.Merge(base, files, w.fileRecords())
	me, ech := records.Merge(v.edits, es, w.editRecords())
	w.setFileBase(base.Apply(files.Put, files.Del))
	w.rec.editBase, w.rec.gen = v.edits.Apply(es.Put, es.Del), r.Gen
	if !fch && !ech {
		return false
	}
	if err := w.setRecords(mf, me); err != nil {
		w.Note(err.Error())
	}
	return true
}

// fileRecords returns the imported files as records, each new one placed
// after the others.
func (w *Workspace) fileRecords() []records.Record {
	next := w.seqBase()
	out := make([]records.Record, len(w.files))
	for i := range w.files {
		out[i] = w.fileRecord(i, next)
	}
	return out
}

// fileRecord returns the file at position i as a record; a file new to
// the records is placed at next + i.
func (w *Workspace) fileRecord(i int, next int64) records.Record {
	f := w.files[i]
	seq, ok := w.rec.fileSeq.Get(f.Name)
	if !ok {
		seq = next + int64(i)
		w.rec.fileSeq.Put(f.Name, seq)
	}
	return records.Record{Key: f.Name, Seq: seq, Data: f.Data, Hash: w.cache.hash(f)}
}

// editRecords returns the edits as records: each edit's key is a hash of
// its JSON form and its occurrence, so that tabs that make the same edit
// agree on it. They are worked out once per change of the edits (see
// PrepareEdits).
func (w *Workspace) editRecords() []records.Record {
	for !w.PrepareEdits(math.MaxInt) {
	}
	return w.rec.edits
}

// editsPending is the work of PrepareEdits under way, for the log as it
// was when it began (every change of the log drops it).
type editsPending struct {
	es   []edits.Edit
	at   int // the next edit to work out
	out  []records.Record
	seen map[string]int
	next int64
}

// PrepareEdits works out the records of up to n more edits (at least
// one) for the next save and reports whether all are done, so that a page
// can do it a piece at a time rather than in the save: 10,000 edits, each
// written as JSON and hashed, take a tenth of a second in the browser.
func (w *Workspace) PrepareEdits(n int) bool {
	if w.rec.edits != nil {
		return true
	}
	p := w.rec.pending
	if p == nil {
		es := w.log.Edits()
		p = &editsPending{es: es, seen: map[string]int{}, next: time.Now().UnixMicro(), out: make([]records.Record, 0, len(es)+len(w.rec.unread))}
		w.rec.pending = p
	}
	for n = max(n, 1); n > 0 && p.at < len(p.es); n, p.at = n-1, p.at+1 {
		i, e := p.at, p.es[p.at]
		data, err := edits.OneJSON(e)
		if err != nil {
			continue
		}
		sum := sha256.Sum256(data)
		h := hex.EncodeToString(sum[:10])
		p.seen[h]++
		key := h + "." + strconv.Itoa(p.seen[h])
		seq, ok := w.rec.editSeq.Get(key)
		if !ok {
			seq = p.next + int64(i)
			w.rec.editSeq.Put(key, seq)
		}
		p.out = append(p.out, records.Record{Key: key, Seq: seq, Data: data, Hash: hex.EncodeToString(sum[:12])})
	}
	if p.at < len(p.es) {
		return false
	}
	// Stored edits this version cannot read are kept as they are.
	out := append(p.out, w.rec.unread...)
	records.Sort(out)
	w.rec.edits, w.rec.pending = out, nil
	return true
}

// forgetEditRecords drops the edits' records, and the work on them under
// way: the edits changed.
func (w *Workspace) forgetEditRecords() {
	w.rec.edits, w.rec.pending = nil, nil
}

// gone returns the keys of base that are not among keys, sorted.
func gone(base records.Base, keys []string) []string {
	have := make(map[string]bool, len(keys))
	for _, k := range keys {
		have[k] = true
	}
	var out []string
	for k := range base.Keys() {
		if !have[k] {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

func recordKeys(rs []records.Record) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Key
	}
	slices.Sort(out)
	return out
}

// setRecords makes the files and edits those of the records (in their
// order). The edits that could be redone are forgotten when the edits
// changed.
func (w *Workspace) setRecords(files, es []records.Record) error {
	w.rec.mutations++
	w.cut++
	w.rec.scanned = false // compare every file at the next Changes
	w.files, w.pos = make([]corpus.File, 0, len(files)), nil
	for _, r := range files {
		w.files = append(w.files, corpus.File{Name: r.Key, Data: r.Data})
		w.rec.fileSeq.Put(r.Key, r.Seq)
	}
	var l edits.Log
	var bad []string
	w.rec.unread = nil
	w.forgetEditRecords()
	for _, r := range es {
		var one edits.Log
		if err := one.UnmarshalJSON(r.Data); err != nil || one.Len() != 1 {
			bad = append(bad, r.Key)
			w.rec.unread = append(w.rec.unread, r)
			continue
		}
		l.Push(one.Edits()[0])
		w.rec.editSeq.Put(r.Key, r.Seq)
	}
	if !slices.Equal(recordKeys(es), recordKeys(w.editRecords())) {
		w.log = l
		w.forgetEditRecords()
	}
	if len(bad) > 0 {
		return fmt.Errorf("%s could not be read (kept in storage): %s", text.Plural(len(bad), "saved edit"), strings.Join(bad, ", "))
	}
	return nil
}

// TakeInLegacy adds the edits of a version 1 store (one JSON edits log)
// to the workspace, to be written as records.
func (w *Workspace) TakeInLegacy(log []byte) error {
	var l edits.Log
	if err := l.UnmarshalJSON(log); err != nil {
		return err
	}
	for _, e := range l.Edits() {
		w.log.Push(e)
	}
	w.forgetEditRecords()
	w.rec.mutations++
	return nil
}
