// Package edits holds the user's edits of actors: renames, merges, hidden
// actors and added aliases. Edits are applied everywhere at once, by
// replaying an ordered Log against the curated gazetteer, and undone by
// replaying one edit fewer. It is pure Go (no UI) and builds for
// WebAssembly.
//
// # Semantics
//
// Apply replays edits against a copy of the gazetteer. An edit may name a
// gazetteer actor or one discovered in the corpus (known); an edit that
// changes a discovered actor promotes it into the effective gazetteer,
// with its id, name and type. Ids never change.
//
//   - Rename sets the canonical name; the old name becomes an alias, so
//     the text that mentioned the actor still does.
//   - AddAlias adds a name (a no-op when the actor already has it).
//   - Merge makes From a name of Into: From's name, aliases and role
//     phrases are added to Into, actors affiliated with From are
//     affiliated with Into, and From leaves the gazetteer. Every mention
//     of From (and of what was merged into From before) is remapped to
//     Into. Merging into an actor that was itself merged merges into where
//     that one went; merging into a hidden actor is allowed (its mentions
//     stay hidden); merging an actor into itself, or merging one that was
//     merged already, is an error.
//   - Hide drops the actor's mentions everywhere; Unhide brings them back.
//     A hidden gazetteer actor stays in the gazetteer, so that its names
//     are still recognised (and not discovered again) but shown nowhere.
//   - Put sets a whole gazetteer entry; an Importer makes these from a file.
//
// An edit of an unknown id, or of an id merged away earlier, is an error
// (*Error) that names the edit and its position.
//
// # Integration
//
// The analysis is redone with the effective gazetteer (Analyse), which
// handles names and aliases, and the mentions are then remapped
// (Result.Remap), which handles hidden actors and discovered ids that the
// new gazetteer does not catch. A search state naming a merged actor
// follows the merge (explore.ParseState with a Remapper).
//
// # Export and import
//
// Export writes, in the gazetteer format (actors.Gazetteer.WriteTo), the
// effective entry of every actor an edit touched (discovered actors that
// an edit promoted included) and of the actors those are affiliated with,
// so that the file parses on its own. Merges and hidden actors have no
// gazetteer form; they are written as directive comments that
// actors.ParseGazetteer ignores and an Importer reads:
//
//	#! merge poetin vladimir-poetin
//	#! hide rusland
//
// To contribute the edits back, replace the lines of seeds/actors.tsv that
// have the same ids with the exported entries, add the new ones, and
// delete the lines of merged gazetteer actors. An Importer turns such a file
// into edits: a Put per entry (affiliations first), then the merges, then
// the hides, so that replaying them on the same gazetteer and corpus gives
// the same effective entries and remapping.
package edits

import (
	"fmt"
	"strconv"

	"corpusexplorer/app/actors"
)

// Kind names an edit's kind as stored in JSON.
type Kind string

// Edit kinds.
const (
	KindRename   Kind = "rename"
	KindMerge    Kind = "merge"
	KindHide     Kind = "hide"
	KindUnhide   Kind = "unhide"
	KindAddAlias Kind = "alias"
	KindPut      Kind = "put"
)

// Edit is one user edit: Rename, Merge, Hide, Unhide, AddAlias or Put.
type Edit interface {
	// Kind returns the edit's kind.
	Kind() Kind
	// String describes the edit for messages: "merge poetin into vladimir-poetin".
	String() string
	// apply applies the edit to the state.
	apply(s *state) error
}

// Rename sets the canonical name of actor ID to Name.
type Rename struct{ ID, Name string }

// Merge makes actor From a name of actor Into.
type Merge struct{ From, Into string }

// Hide hides actor ID everywhere.
type Hide struct{ ID string }

// Unhide shows a hidden actor again.
type Unhide struct{ ID string }

// AddAlias adds Alias to the names of actor ID.
type AddAlias struct{ ID, Alias string }

// Put sets the whole gazetteer entry of Actor.ID (adding it when new).
type Put struct{ Actor actors.Actor }

// Kind returns KindRename.
func (Rename) Kind() Kind { return KindRename }

// Kind returns KindMerge.
func (Merge) Kind() Kind { return KindMerge }

// Kind returns KindHide.
func (Hide) Kind() Kind { return KindHide }

// Kind returns KindUnhide.
func (Unhide) Kind() Kind { return KindUnhide }

// Kind returns KindAddAlias.
func (AddAlias) Kind() Kind { return KindAddAlias }

// Kind returns KindPut.
func (Put) Kind() Kind { return KindPut }

// String returns "rename ID to "Name"".
func (e Rename) String() string { return "rename " + e.ID + " to " + strconv.Quote(e.Name) }

// String returns "merge From into Into".
func (e Merge) String() string { return "merge " + e.From + " into " + e.Into }

// String returns "hide ID".
func (e Hide) String() string { return "hide " + e.ID }

// String returns "unhide ID".
func (e Unhide) String() string { return "unhide " + e.ID }

// String returns "add alias "Alias" to ID".
func (e AddAlias) String() string { return "add alias " + strconv.Quote(e.Alias) + " to " + e.ID }

// String returns "put ID" (ID defaults to the slug of the name).
func (e Put) String() string {
	if e.Actor.ID == "" {
		return "put " + actors.Slug(e.Actor.Name)
	}
	return "put " + e.Actor.ID
}

// Error is an edit that cannot be applied. Index is its 1-based position
// in the edits applied.
type Error struct {
	Index int
	Edit  Edit
	Err   error
}

// Error returns "edit 3 (merge a into b): message".
func (e *Error) Error() string {
	return fmt.Sprintf("edit %d (%s): %v", e.Index, e.Edit, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }
