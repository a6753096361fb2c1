package text

// FoldTable maps folds to values by their ids: a token's value is one
// load from a table, with no string loaded or compared. Fill it when a
// package is initialised (Put interns the folds); it never changes after.
type FoldTable[V any] struct {
	at []V // by FoldID
}

// Put sets the value of the fold f, interning it.
func (t *FoldTable[V]) Put(f string, v V) {
	id := int(Intern(f))
	if id >= len(t.at) {
		t.at = append(t.at, make([]V, id+1-len(t.at))...)
	}
	t.at[id] = v
}

// At returns the value of the fold id, the zero value when it has none.
func (t FoldTable[V]) At(id FoldID) V {
	if int(id) < len(t.at) {
		return t.at[id]
	}
	var zero V
	return zero
}

// FoldSet is a fixed set of folds looked up by id (see FoldTable).
type FoldSet struct{ t FoldTable[bool] }

// NewFoldSet returns the set of the folds given, interning them.
func NewFoldSet(folds ...string) FoldSet {
	var s FoldSet
	for _, f := range folds {
		s.t.Put(f, true)
	}
	return s
}

// Has reports whether the fold id is in the set.
func (s FoldSet) Has(id FoldID) bool { return s.t.At(id) }
