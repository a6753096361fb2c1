package workspace

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
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
// wrote to it (see records.Base).
type View struct{ files, edits records.Base }

// View returns the workspace's last view of the store.
func (w *Workspace) View() View { return View{w.rec.fileBase, w.rec.editBase} }

// Changes returns what the workspace holds that its view of the store
// lacks, and the view once they are written.
func (w *Workspace) Changes() (Changes, View) {
	var c Changes
	c.PutFiles, c.DelFiles = records.Changes(w.rec.fileBase, w.fileRecords())
	c.PutEdits, c.DelEdits = records.Changes(w.rec.editBase, w.editRecords())
	return c, View{w.rec.fileBase.Apply(c.PutFiles, c.DelFiles), w.rec.editBase.Apply(c.PutEdits, c.DelEdits)}
}

// TakeIn merges what the store holds (files and edits records, read when
// the workspace's view of it was v) into the workspace: what others (other
// tabs) added, changed or removed is taken, what the workspace has not
// written yet stays. It reports whether the files or edits changed (the
// corpus must then be built again). Stored edits that cannot be read are
// kept as they are and noted as a problem.
func (w *Workspace) TakeIn(v View, files, es []records.Record) (changed bool) {
	mf, fch := records.Merge(v.files, files, w.fileRecords())
	me, ech := records.Merge(v.edits, es, w.editRecords())
	w.rec.fileBase, w.rec.editBase = records.BaseOf(files), records.BaseOf(es)
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
	if w.rec.fileSeq == nil {
		w.rec.fileSeq = map[string]int64{}
	}
	next := time.Now().UnixMicro()
	out := make([]records.Record, len(w.files))
	for i, f := range w.files {
		seq, ok := w.rec.fileSeq[f.Name]
		if !ok {
			seq = next + int64(i)
			w.rec.fileSeq[f.Name] = seq
		}
		out[i] = records.Record{Key: f.Name, Seq: seq, Data: f.Data}
	}
	return out
}

// editRecords returns the edits as records: each edit's key is a hash of
// its JSON form and its occurrence, so that tabs that make the same edit
// agree on it.
func (w *Workspace) editRecords() []records.Record {
	if w.rec.editSeq == nil {
		w.rec.editSeq = map[string]int64{}
	}
	next := time.Now().UnixMicro()
	seen := map[string]int{}
	es := w.log.Edits()
	out := make([]records.Record, 0, len(es)+len(w.rec.unread))
	for i, e := range es {
		var one edits.Log
		one.Push(e)
		data, err := json.Marshal(one)
		if err != nil {
			continue
		}
		sum := sha256.Sum256(data)
		h := hex.EncodeToString(sum[:10])
		seen[h]++
		key := fmt.Sprintf("%s.%d", h, seen[h])
		seq, ok := w.rec.editSeq[key]
		if !ok {
			seq = next + int64(i)
			w.rec.editSeq[key] = seq
		}
		out = append(out, records.Record{Key: key, Seq: seq, Data: data})
	}
	// Stored edits this version cannot read are kept as they are.
	out = append(out, w.rec.unread...)
	records.Sort(out)
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
	if w.rec.fileSeq == nil {
		w.rec.fileSeq = map[string]int64{}
	}
	if w.rec.editSeq == nil {
		w.rec.editSeq = map[string]int64{}
	}
	w.files, w.pos = make([]corpus.File, 0, len(files)), nil
	for _, r := range files {
		w.files = append(w.files, corpus.File{Name: r.Key, Data: r.Data})
		w.rec.fileSeq[r.Key] = r.Seq
	}
	var l edits.Log
	var bad []string
	w.rec.unread = nil
	for _, r := range es {
		var one edits.Log
		if err := one.UnmarshalJSON(r.Data); err != nil || one.Len() != 1 {
			bad = append(bad, r.Key)
			w.rec.unread = append(w.rec.unread, r)
			continue
		}
		l.Push(one.Edits()[0])
		w.rec.editSeq[r.Key] = r.Seq
	}
	if !slices.Equal(recordKeys(es), recordKeys(w.editRecords())) {
		w.log = l
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
	return nil
}
