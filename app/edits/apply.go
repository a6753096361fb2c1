package edits

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/text"
)

// Known looks up an actor that is not in the gazetteer: one discovered in
// the corpus. (*analysis.Corpus).Actor of the analysis made with the
// unedited gazetteer fits.
type Known func(id string) (actors.Actor, bool)

// Result is the effect of a list of edits.
type Result struct {
	// Gazetteer is the effective gazetteer: the curated one with the edits
	// applied. Analyse with it.
	Gazetteer *actors.Gazetteer
	merged    map[string]string // merged id → the id it was merged into
	hidden    map[string]bool
	touched   []string
}

// state is a Result being built.
type state struct {
	Result
	known Known
	seen  map[string]bool
}

// Apply replays edits in order against a copy of g (nil: an empty
// gazetteer); known looks up discovered actors (nil: none). The first edit
// that cannot be applied stops it with an *Error naming that edit.
func Apply(g *actors.Gazetteer, known Known, edits []Edit) (*Result, error) {
	var list []actors.Actor
	if g != nil {
		list = g.Actors()
	}
	eff, err := actors.NewGazetteer(list)
	if err != nil {
		return nil, err
	}
	s := &state{
		Result: Result{Gazetteer: eff, merged: map[string]string{}, hidden: map[string]bool{}},
		known:  known,
		seen:   map[string]bool{},
	}
	for i, e := range edits {
		if e == nil {
			return nil, &Error{Index: i + 1, Edit: Hide{}, Err: errors.New("nil edit")}
		}
		if err := e.apply(s); err != nil {
			return nil, &Error{Index: i + 1, Edit: e, Err: err}
		}
	}
	r := s.Result
	return &r, nil
}

// Remap returns the id that mentions of id are shown under (id itself
// unless it was merged) and whether that actor is hidden.
func (r *Result) Remap(id string) (string, bool) {
	for n := 0; n <= len(r.merged); n++ {
		into, ok := r.merged[id]
		if !ok {
			break
		}
		id = into
	}
	return id, r.hidden[id]
}

// Hidden returns the ids of the hidden actors, sorted.
func (r *Result) Hidden() []string {
	var ids []string
	for id, h := range r.hidden {
		if h {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// MergedInto returns the actor that id was merged into, directly or
// through a chain, and whether it was merged at all.
func (r *Result) MergedInto(id string) (string, bool) {
	if _, ok := r.merged[id]; !ok {
		return id, false
	}
	into, _ := r.Remap(id)
	return into, true
}

// Touched returns the ids the edits named, in the order first named.
func (r *Result) Touched() []string { return slices.Clone(r.touched) }

// Empty reports whether the edits change nothing that Remap shows (no
// merge and no hidden actor); the gazetteer may still differ.
func (r *Result) Empty() bool { return len(r.merged) == 0 && len(r.Hidden()) == 0 }

func (s *state) touch(ids ...string) {
	for _, id := range ids {
		if !s.seen[id] {
			s.seen[id] = true
			s.touched = append(s.touched, id)
		}
	}
}

// resolve follows merges from id to the actor it ended up in.
func (s *state) resolve(id string) string {
	into, _ := s.Remap(id)
	return into
}

// get returns the current actor id: from the effective gazetteer, or
// discovered. A merged id is an error.
func (s *state) get(id string) (actors.Actor, error) {
	if id == "" {
		return actors.Actor{}, errors.New("missing actor id")
	}
	if _, ok := s.merged[id]; ok {
		return actors.Actor{}, fmt.Errorf("actor %s was merged into %s", id, s.resolve(id))
	}
	if a, ok := s.Gazetteer.Actor(id); ok {
		return a, nil
	}
	if s.known != nil {
		if a, ok := s.known(id); ok && a.ID == id {
			return a, nil
		}
	}
	return actors.Actor{}, fmt.Errorf("unknown actor %q", id)
}

// key is the form names are compared in: folded words.
func key(s string) string { return strings.Join(strings.Fields(text.Fold(s)), " ") }

// hasName reports whether a has name as its name or an alias.
func hasName(a *actors.Actor, name string) bool {
	k := key(name)
	for _, n := range a.Names() {
		if key(n) == k {
			return true
		}
	}
	return false
}

func (e Rename) apply(s *state) error {
	a, err := s.get(e.ID)
	if err != nil {
		return err
	}
	s.touch(e.ID)
	if a.Name == e.Name {
		return nil
	}
	old := a.Name
	a.Name = e.Name
	a.Aliases = slices.DeleteFunc(a.Aliases, func(n string) bool { return key(n) == key(e.Name) })
	if !hasName(&a, old) {
		a.Aliases = append(a.Aliases, old)
	}
	return s.Gazetteer.Put(a)
}

func (e AddAlias) apply(s *state) error {
	a, err := s.get(e.ID)
	if err != nil {
		return err
	}
	s.touch(e.ID)
	if strings.TrimSpace(e.Alias) == "" {
		return errors.New("empty alias")
	}
	if hasName(&a, e.Alias) {
		return nil
	}
	a.Aliases = append(a.Aliases, e.Alias)
	return s.Gazetteer.Put(a)
}

func (e Merge) apply(s *state) error {
	from, err := s.get(e.From)
	if err != nil {
		return err
	}
	if e.Into == "" {
		return errors.New("missing target id")
	}
	into := s.resolve(e.Into)
	if into == e.From {
		if into == e.Into {
			return errors.New("cannot merge an actor into itself")
		}
		return fmt.Errorf("cannot merge an actor into itself (%s was merged into %s)", e.Into, into)
	}
	to, err := s.get(into)
	if err != nil {
		return err
	}
	s.touch(e.From, into)
	for _, n := range from.Names() {
		if !hasName(&to, n) {
			to.Aliases = append(to.Aliases, n)
		}
	}
	for _, r := range from.Roles {
		if !slices.Contains(to.Roles, r) {
			to.Roles = append(to.Roles, r)
		}
	}
	if to.Affiliation == e.From {
		to.Affiliation = from.Affiliation
		if to.Affiliation == into {
			to.Affiliation = ""
		}
	}
	if err := s.Gazetteer.Put(to); err != nil {
		return err
	}
	for _, a := range s.Gazetteer.Actors() {
		if a.Affiliation == e.From {
			a.Affiliation = into
			if err := s.Gazetteer.Put(a); err != nil {
				return err
			}
		}
	}
	if _, err := s.Gazetteer.Remove(e.From); err != nil {
		return err
	}
	s.merged[e.From] = into
	return nil
}

func (e Hide) apply(s *state) error {
	if _, err := s.get(e.ID); err != nil {
		return err
	}
	s.touch(e.ID)
	s.hidden[e.ID] = true
	return nil
}

func (e Unhide) apply(s *state) error {
	if _, err := s.get(e.ID); err != nil {
		return err
	}
	if !s.hidden[e.ID] {
		return fmt.Errorf("actor %s is not hidden", e.ID)
	}
	s.touch(e.ID)
	delete(s.hidden, e.ID)
	return nil
}

func (e Put) apply(s *state) error {
	id := e.Actor.ID
	if id == "" {
		id = actors.Slug(e.Actor.Name)
	}
	if into, ok := s.merged[id]; ok {
		return fmt.Errorf("actor %s was merged into %s", id, s.resolve(into))
	}
	a := e.Actor
	a.ID = id
	if err := s.Gazetteer.Put(a); err != nil {
		return err
	}
	s.touch(id)
	return nil
}

// Prune replays edits like Apply but skips each edit that cannot be
// applied, for a stored log whose actors the corpus no longer has all of.
// It returns the edits kept, their Result and one *Error per edit
// dropped (Index is the position in edits).
func Prune(g *actors.Gazetteer, known Known, edits []Edit) ([]Edit, *Result, []error) {
	var kept []Edit
	var errs []error
	r, err := Apply(g, known, nil)
	if err != nil {
		return nil, nil, []error{err}
	}
	for i, e := range edits {
		next, err := Apply(g, known, append(kept, e))
		if err != nil {
			var ee *Error
			if errors.As(err, &ee) {
				ee.Index = i + 1
			}
			errs = append(errs, err)
			continue
		}
		kept, r = append(kept, e), next
	}
	return kept, r, errs
}
