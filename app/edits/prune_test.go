package edits

import "corpusexplorer/app/actors"

// Prune replays edits like Apply but skips each edit that cannot be
// applied, for a stored log whose actors the corpus no longer has all of.
// It returns the edits kept, their Result and one *Error per edit
// dropped (Index is the position in edits). Each edit is checked against
// the state the kept edits before it left, in one pass.
func Prune(g *actors.Gazetteer, known Known, edits []Edit) ([]Edit, *Result, []error) {
	p := NewPruner(g, known, edits)
	p.Step(len(edits))
	return p.Result()
}
