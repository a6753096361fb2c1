package text

// FoldSet is a fixed set of folds looked up by id: a token's membership is
// one load from a table, with no string loaded or compared. Make it when
// a package is initialised (NewFoldSet interns its folds); it never
// changes.
type FoldSet struct {
	in []bool // by FoldID
}

// NewFoldSet returns the set of the folds given, interning them.
func NewFoldSet(folds ...string) FoldSet {
	var s FoldSet
	for _, f := range folds {
		id := int(Intern(f))
		if id >= len(s.in) {
			s.in = append(s.in, make([]bool, id+1-len(s.in))...)
		}
		s.in[id] = true
	}
	return s
}

// Has reports whether the fold id is in the set.
func (s FoldSet) Has(id FoldID) bool { return int(id) < len(s.in) && s.in[id] }
