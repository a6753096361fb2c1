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
	// affiliated maps an id to the ids of the actors of the effective
	// gazetteer affiliated with it, so that a merge need not scan them
	// all.
	affiliated map[string]map[string]bool
	// dirty is set by every change to the state; an edit that fails with
	// dirty set has changed it part way (see Applier.Try).
	dirty bool
}

// newState returns the state of no edits on a copy of g.
func newState(g *actors.Gazetteer, known Known) (*state, error) {
	var list []actors.Actor
	if g != nil {
		list = g.Actors()
	}
	eff, err := actors.NewGazetteer(list)
	if err != nil {
		return nil, err
	}
	s := &state{
		Result:     Result{Gazetteer: eff, merged: map[string]string{}, hidden: map[string]bool{}},
		known:      known,
		seen:       map[string]bool{},
		affiliated: map[string]map[string]bool{},
	}
	for _, a := range list {
		s.affiliate(a.ID, "", a.Affiliation)
	}
	return s, nil
}

// affiliate records that actor id is affiliated with to instead of from
// (either may be "").
func (s *state) affiliate(id, from, to string) {
	if from == to {
		return
	}
	if from != "" {
		delete(s.affiliated[from], id)
	}
	if to != "" {
		if s.affiliated[to] == nil {
			s.affiliated[to] = map[string]bool{}
		}
		s.affiliated[to][id] = true
	}
}

// Applier applies edits one at a time to one working copy of a
// gazetteer, checking each against the state the edits before it left, so
// that applying n edits costs n steps rather than replaying every earlier
// edit for each one (Apply, Prune and Log.TryEach use it). An Applier is
// not safe for concurrent use.
type Applier struct {
	g     *actors.Gazetteer
	known Known
	s     *state
	kept  []Edit
}

// NewApplier returns an Applier of no edits on a copy of g (nil: an empty
// gazetteer); known looks up discovered actors (nil: none). g is not
// changed.
func NewApplier(g *actors.Gazetteer, known Known) (*Applier, error) {
	s, err := newState(g, known)
	if err != nil {
		return nil, err
	}
	return &Applier{g: g, known: known, s: s}, nil
}

// Try applies e on top of the edits applied so far and keeps it, or
// returns an *Error (Index: the position e would have had, Len()+1) and
// leaves the state as it was.
func (a *Applier) Try(e Edit) error {
	if e == nil {
		return &Error{Index: len(a.kept) + 1, Edit: Hide{}, Err: errors.New("nil edit")}
	}
	a.s.dirty = false
	if err := e.apply(a.s); err != nil {
		if a.s.dirty {
			// The edit changed the state before failing: rebuild the
			// state of the kept edits. The edits check before they
			// change anything, so this does not normally happen.
			s, rerr := newState(a.g, a.known)
			if rerr != nil {
				return rerr
			}
			for _, k := range a.kept {
				if rerr := k.apply(s); rerr != nil {
					return rerr // cannot happen: k applied on this very state before
				}
			}
			a.s = s
		}
		return &Error{Index: len(a.kept) + 1, Edit: e, Err: err}
	}
	a.kept = append(a.kept, e)
	return nil
}

// Result returns the effect of the edits applied so far. It shares its
// gazetteer with the Applier: a later Try changes it too, so take it
// after the last Try.
func (a *Applier) Result() *Result {
	r := a.s.Result
	return &r
}

// Apply replays edits in order against a copy of g (nil: an empty
// gazetteer); known looks up discovered actors (nil: none). The first edit
// that cannot be applied stops it with an *Error naming that edit.
func Apply(g *actors.Gazetteer, known Known, edits []Edit) (*Result, error) {
	a, err := NewApplier(g, known)
	if err != nil {
		return nil, err
	}
	for _, e := range edits {
		if err := a.Try(e); err != nil {
			return nil, err
		}
	}
	return a.Result(), nil
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
			s.dirty = true
		}
	}
}

// put puts a into the effective gazetteer (a failed Put changes nothing).
func (s *state) put(a actors.Actor) error {
	id := a.ID
	if id == "" {
		id = actors.Slug(a.Name)
	}
	old, _ := s.Gazetteer.Actor(id)
	if err := s.Gazetteer.Put(a); err != nil {
		return err
	}
	s.affiliate(id, old.Affiliation, a.Affiliation)
	s.dirty = true
	return nil
}

// remove removes id from the effective gazetteer, if it is there.
func (s *state) remove(id string) error {
	old, _ := s.Gazetteer.Actor(id)
	removed, err := s.Gazetteer.Remove(id)
	if err != nil {
		return err
	}
	if removed {
		s.affiliate(id, old.Affiliation, "")
		s.dirty = true
	}
	return nil
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
	if a.Name != e.Name {
		old := a.Name
		a.Name = e.Name
		a.Aliases = slices.DeleteFunc(a.Aliases, func(n string) bool { return key(n) == key(e.Name) })
		if !hasName(&a, old) {
			a.Aliases = append(a.Aliases, old)
		}
		if err := s.put(a); err != nil {
			return err
		}
	}
	s.touch(e.ID)
	return nil
}

func (e AddAlias) apply(s *state) error {
	a, err := s.get(e.ID)
	if err != nil {
		return err
	}
	if strings.TrimSpace(e.Alias) == "" {
		return errors.New("empty alias")
	}
	if !hasName(&a, e.Alias) {
		a.Aliases = append(a.Aliases, e.Alias)
		if err := s.put(a); err != nil {
			return err
		}
	}
	s.touch(e.ID)
	return nil
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
	if err := s.put(to); err != nil {
		return err
	}
	var ids []string
	for id := range s.affiliated[e.From] {
		ids = append(ids, id)
	}
	slices.Sort(ids) // an order that does not depend on the map's
	for _, id := range ids {
		a, ok := s.Gazetteer.Actor(id)
		if !ok || a.Affiliation != e.From {
			continue
		}
		a.Affiliation = into
		if err := s.put(a); err != nil {
			return err
		}
	}
	if err := s.remove(e.From); err != nil {
		return err
	}
	s.merged[e.From] = into
	s.dirty = true
	s.touch(e.From, into)
	return nil
}

func (e Hide) apply(s *state) error {
	if _, err := s.get(e.ID); err != nil {
		return err
	}
	s.touch(e.ID)
	s.hidden[e.ID] = true
	s.dirty = true
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
	s.dirty = true
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
	if err := s.put(a); err != nil {
		return err
	}
	s.touch(id)
	return nil
}

// Pruner is Prune a few edits at a time, so that a page can repaint
// between steps: the user may have imported thousands of edits.
type Pruner struct {
	a     *Applier
	edits []Edit
	next  int
	errs  []error
}

// NewPruner prepares the Prune of edits on g.
func NewPruner(g *actors.Gazetteer, known Known, edits []Edit) *Pruner {
	a, err := NewApplier(g, known)
	if err != nil {
		return &Pruner{errs: []error{err}}
	}
	return &Pruner{a: a, edits: edits}
}

// Step checks the next n edits (at least one) and reports whether every
// edit is checked.
func (p *Pruner) Step(n int) bool {
	if p.a == nil {
		return true
	}
	for end := min(p.next+max(n, 1), len(p.edits)); p.next < end; p.next++ {
		if err := p.a.Try(p.edits[p.next]); err != nil {
			var ee *Error
			if errors.As(err, &ee) {
				ee.Index = p.next + 1
			}
			p.errs = append(p.errs, err)
		}
	}
	return p.next == len(p.edits)
}

// Progress returns how many edits are checked, of how many.
func (p *Pruner) Progress() (done, total int) { return p.next, len(p.edits) }

// Result checks the edits Step has not and returns what Prune does.
func (p *Pruner) Result() ([]Edit, *Result, []error) {
	if p.a == nil {
		return nil, nil, p.errs
	}
	p.Step(len(p.edits))
	return p.a.kept, p.a.Result(), p.errs
}
