package edits

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"corpusexplorer/app/actors"
)

// Version is the version of the JSON form of a Log. Unmarshal rejects
// other versions.
const Version = 1

// Log is the ordered list of the user's edits, with the edits undone since
// the last Push kept for Redo. The zero Log is empty and ready to use.
type Log struct {
	edits  []Edit
	undone []Edit // most recently undone last
}

// Edits returns the edits in order, for Apply.
func (l *Log) Edits() []Edit { return slices.Clone(l.edits) }

// Len returns the number of edits.
func (l *Log) Len() int { return len(l.edits) }

// Push appends an edit and forgets the edits that could be redone.
func (l *Log) Push(e Edit) {
	l.edits = append(l.edits, e)
	l.undone = nil
}

// Try pushes e if check accepts the edits with e appended (normally a
// call of Apply); otherwise the log is left as it was and check's error
// is returned.
func (l *Log) Try(e Edit, check func([]Edit) error) error {
	next := append(l.Edits(), e)
	if check != nil {
		if err := check(next); err != nil {
			return err
		}
	}
	l.Push(e)
	return nil
}

// TryEach pushes, in order, each edit of es that applies on top of the
// log's edits and the edits of es pushed before it (as Try with Apply
// would, against g and known), in one pass: importing n edits costs n
// steps, not n replays. It returns the number pushed and one *Error per
// edit skipped (Index: the position it would have had in the log). When
// the log's own edits no longer apply, nothing is pushed and every edit
// gets that error.
func (l *Log) TryEach(g *actors.Gazetteer, known Known, es []Edit) (int, []error) {
	a, err := NewApplier(g, known)
	if err == nil {
		// An edit of the log that no longer applies is kept, inactive
		// (see Prune): the others apply without it.
		for _, e := range l.edits {
			_ = a.Try(e)
		}
	}
	var errs []error
	if err != nil {
		for range es {
			errs = append(errs, err)
		}
		return 0, errs
	}
	pushed := 0
	for _, e := range es {
		if err := a.Try(e); err != nil {
			errs = append(errs, err)
			continue
		}
		l.Push(e)
		pushed++
	}
	return pushed, errs
}

// Undo removes the last edit and returns it; ok is false when the log is
// empty. The edit can be redone until the next Push.
func (l *Log) Undo() (e Edit, ok bool) {
	if len(l.edits) == 0 {
		return nil, false
	}
	e = l.edits[len(l.edits)-1]
	l.edits = l.edits[:len(l.edits)-1]
	l.undone = append(l.undone, e)
	return e, true
}

// Redo puts back the last undone edit and returns it; ok is false when
// there is none.
func (l *Log) Redo() (e Edit, ok bool) {
	if len(l.undone) == 0 {
		return nil, false
	}
	e = l.undone[len(l.undone)-1]
	l.undone = l.undone[:len(l.undone)-1]
	l.edits = append(l.edits, e)
	return e, true
}

// Remove deletes the edit at position i (from 0) and returns it; ok is
// false when there is none. It forgets the edits that could be redone.
func (l *Log) Remove(i int) (e Edit, ok bool) {
	if i < 0 || i >= len(l.edits) {
		return nil, false
	}
	e = l.edits[i]
	l.edits = slices.Delete(l.edits, i, i+1)
	l.undone = nil
	return e, true
}

// CanUndo reports whether Undo has an edit to undo.
func (l *Log) CanUndo() bool { return len(l.edits) > 0 }

// CanRedo reports whether Redo has an edit to redo.
func (l *Log) CanRedo() bool { return len(l.undone) > 0 }

// wireLog is the JSON form of a Log.
type wireLog struct {
	Version int        `json:"version"`
	Edits   []wireEdit `json:"edits"`
}

// wireEdit is the JSON form of an edit: the fields its kind uses.
type wireEdit struct {
	Op    Kind       `json:"op"`
	ID    string     `json:"id,omitempty"`
	Name  string     `json:"name,omitempty"`
	Alias string     `json:"alias,omitempty"`
	From  string     `json:"from,omitempty"`
	Into  string     `json:"into,omitempty"`
	Actor *wireActor `json:"actor,omitempty"`
}

// wireActor is the JSON form of a gazetteer entry.
type wireActor struct {
	ID          string     `json:"id"`
	Type        string     `json:"type"`
	Name        string     `json:"name"`
	Affiliation string     `json:"affiliation,omitempty"`
	Aliases     []string   `json:"aliases,omitempty"`
	Roles       []wireRole `json:"roles,omitempty"`
}

type wireRole struct {
	Phrase string `json:"phrase"`
	From   string `json:"from,omitempty"`
	To     string `json:"to,omitempty"`
}

// MarshalJSON returns {"version": 1, "edits": [{"op": "merge", "from":
// ..., "into": ...}, ...]}. The edits that could be redone are not stored.
func (l Log) MarshalJSON() ([]byte, error) {
	w := wireLog{Version: Version, Edits: make([]wireEdit, 0, len(l.edits))}
	for _, e := range l.edits {
		var we wireEdit
		switch e := e.(type) {
		case Rename:
			we = wireEdit{Op: KindRename, ID: e.ID, Name: e.Name}
		case Merge:
			we = wireEdit{Op: KindMerge, From: e.From, Into: e.Into}
		case Hide:
			we = wireEdit{Op: KindHide, ID: e.ID}
		case Unhide:
			we = wireEdit{Op: KindUnhide, ID: e.ID}
		case AddAlias:
			we = wireEdit{Op: KindAddAlias, ID: e.ID, Alias: e.Alias}
		case Put:
			a := e.Actor
			wa := &wireActor{ID: a.ID, Type: a.Type.String(), Name: a.Name, Affiliation: a.Affiliation, Aliases: a.Aliases}
			for _, r := range a.Roles {
				wa.Roles = append(wa.Roles, wireRole(r))
			}
			we = wireEdit{Op: KindPut, Actor: wa}
		default:
			return nil, fmt.Errorf("edits: cannot store edit of type %T", e)
		}
		w.Edits = append(w.Edits, we)
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the form MarshalJSON writes. An unknown version, an
// unknown op or a missing field is an error naming the edit ("edit 3:
// merge without into"). The log is left unchanged on error.
func (l *Log) UnmarshalJSON(data []byte) error {
	var w struct {
		Version *int       `json:"version"`
		Edits   []wireEdit `json:"edits"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return fmt.Errorf("edits: %w", err)
	}
	switch {
	case w.Version == nil:
		return errors.New("edits: no version")
	case *w.Version != Version:
		return fmt.Errorf("edits: unknown version %d (this program reads version %d)", *w.Version, Version)
	}
	out := make([]Edit, 0, len(w.Edits))
	for i, we := range w.Edits {
		e, err := we.edit()
		if err != nil {
			return fmt.Errorf("edits: edit %d: %w", i+1, err)
		}
		out = append(out, e)
	}
	l.edits, l.undone = out, nil
	return nil
}

// edit checks a stored edit and returns it.
func (we wireEdit) edit() (Edit, error) {
	need := func(field, v string) error {
		if v == "" {
			return fmt.Errorf("%s without %s", we.Op, field)
		}
		return nil
	}
	var err error
	var e Edit
	switch we.Op {
	case KindRename:
		err = errors.Join(need("id", we.ID), need("name", we.Name))
		e = Rename{ID: we.ID, Name: we.Name}
	case KindMerge:
		err = errors.Join(need("from", we.From), need("into", we.Into))
		e = Merge{From: we.From, Into: we.Into}
	case KindHide:
		err = need("id", we.ID)
		e = Hide{ID: we.ID}
	case KindUnhide:
		err = need("id", we.ID)
		e = Unhide{ID: we.ID}
	case KindAddAlias:
		err = errors.Join(need("id", we.ID), need("alias", we.Alias))
		e = AddAlias{ID: we.ID, Alias: we.Alias}
	case KindPut:
		if we.Actor == nil {
			return nil, errors.New("put without actor")
		}
		wa := we.Actor
		t, terr := actors.ParseType(wa.Type)
		if terr != nil {
			return nil, fmt.Errorf("put %s: %w", wa.ID, terr)
		}
		a := actors.Actor{ID: wa.ID, Type: t, Name: wa.Name, Affiliation: wa.Affiliation, Aliases: wa.Aliases}
		for _, r := range wa.Roles {
			a.Roles = append(a.Roles, actors.Role(r))
		}
		err = need("actor name", a.Name)
		e = Put{Actor: a}
	default:
		return nil, fmt.Errorf("unknown op %q", we.Op)
	}
	if err != nil {
		return nil, err
	}
	return e, nil
}
