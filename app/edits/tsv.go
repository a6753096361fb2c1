package edits

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"corpusexplorer/app/actors"
)

// Directive is the comment prefix of the edits that have no gazetteer
// form: "#! merge FROM INTO" and "#! hide ID".
const Directive = "#!"

// exportHeader opens an exported file, before the gazetteer's Header.
const exportHeader = `# Actor edits exported from Corpus Explorer.
#
# The entries below are the edited actors as they are now (and the actors
# they are affiliated with). To contribute them, replace the lines of
# seeds/actors.tsv with the same ids and add the new ones. Lines starting
# with "#! merge FROM INTO" say that actor FROM is now a name of INTO:
# delete FROM's line if it has one. "#! hide ID" lines hide an actor in
# the explorer; they have no place in seeds/actors.tsv.
#
`

// Export returns the effect of the edits as a gazetteer file (see the
// package documentation): the effective entry of every touched actor that
// is still in the gazetteer and of the actors they are affiliated with,
// with merges and hidden actors as "#!" directives. The file parses with
// actors.ParseGazetteer and an Importer.
func (r *Result) Export() []byte {
	var b bytes.Buffer
	b.WriteString(exportHeader)
	var list []actors.Actor
	in := map[string]bool{}
	var add func(id string)
	add = func(id string) {
		if in[id] {
			return
		}
		a, ok := r.Gazetteer.Actor(id)
		if !ok {
			return
		}
		in[id] = true
		list = append(list, a)
		if a.Affiliation != "" {
			add(a.Affiliation)
		}
	}
	for _, id := range r.touched {
		if into, ok := r.MergedInto(id); ok {
			fmt.Fprintf(&b, "%s merge %s %s\n", Directive, id, into)
			continue
		}
		add(id)
	}
	for _, id := range r.Hidden() {
		fmt.Fprintf(&b, "%s hide %s\n", Directive, id)
	}
	b.WriteString("\n")
	g, err := actors.NewGazetteer(list)
	if err != nil {
		// Cannot happen: the entries come from a valid gazetteer and the
		// affiliations are closed over.
		panic("edits: export: " + err.Error())
	}
	g.WriteTo(&b)
	return b.Bytes()
}

// Importer reads a gazetteer file of edits, as Export writes it or as
// seeds/actors.tsv is, and works out the edits that make its content
// effective: a Put per entry (each after the entry it is affiliated with,
// when the file has that one), then a Merge per "#! merge" directive and a
// Hide per "#! hide" directive, in file order. Errors name the file and
// line: "edits.tsv:3: unknown directive". Apply the edits one by one with
// Log.Try to keep those that apply when some name actors this corpus
// does not have. It goes a few lines and entries at a time (Step), so
// that a page importing a large file paints in between.
type Importer struct {
	name          string
	parse         *actors.GazetteerParser
	g             *actors.Gazetteer
	stage         int
	merges, hides []Edit // the directives, read with the entries
	// The entries in order: each pass over list puts those whose
	// affiliation is put or not in the file, until all are.
	list           []actors.Actor
	done, inFile   map[string]bool
	at             int
	progress, last bool // a pass put one; the pass after a pass without
	out            []Edit
	err            error
}

// The Importer's stages, in order.
const (
	impGazetteer = iota
	impList
	impOrder
	impDone
)

// NewImporter returns an importer of data, read from the file name.
func NewImporter(name string, data []byte) *Importer {
	im := &Importer{name: name, parse: actors.NewGazetteerParser(name, data)}
	im.parse.SetComments(im.directive)
	return im
}

// Step does about n pieces of the work (a line read, an entry placed;
// at least one) and reports whether the import is over, done or failed
// (see Edits).
func (im *Importer) Step(n int) bool {
	n = max(n, 1)
	for n > 0 && im.stage != impDone {
		switch im.stage {
		case impGazetteer:
			if !im.parse.Step(n) {
				return false
			}
			im.g, im.err = im.parse.Gazetteer()
			im.parse = nil
			if im.err != nil {
				im.stage = impDone
				return true
			}
			im.stage = impList
			n = 0 // the entries next, in a call of their own
		case impList:
			im.list = im.g.Actors()
			im.g = nil
			im.done = make(map[string]bool, len(im.list))
			im.inFile = make(map[string]bool, len(im.list))
			for _, a := range im.list {
				im.inFile[a.ID] = true
			}
			im.out = make([]Edit, 0, len(im.list)+len(im.merges)+len(im.hides))
			im.stage = impOrder
			n = 0
		case impOrder:
			n = im.order(n)
		}
	}
	return im.stage == impDone
}

// directive takes in comment line n: a merge or a hide when it starts
// with Directive.
func (im *Importer) directive(n int, line string) error {
	if !strings.HasPrefix(line, Directive) {
		return nil
	}
	f := strings.Fields(strings.TrimPrefix(line, Directive))
	switch {
	case len(f) == 3 && f[0] == "merge":
		im.merges = append(im.merges, Merge{From: f[1], Into: f[2]})
	case len(f) == 2 && f[0] == "hide":
		im.hides = append(im.hides, Hide{ID: f[1]})
	default:
		return fmt.Errorf("%s:%d: unknown directive %q (want \"%s merge FROM INTO\" or \"%s hide ID\")", im.name, n, line, Directive, Directive)
	}
	return nil
}

// order places up to n entries, each after the one it is affiliated with
// when the file has that one (a cycle of affiliations keeps file order),
// and returns what is left of n.
func (im *Importer) order(n int) int {
	for n > 0 {
		if len(im.done) == len(im.list) {
			im.out = append(im.out, im.merges...)
			im.out = append(im.out, im.hides...)
			im.stage = impDone
			return n
		}
		if im.at == len(im.list) { // the end of a pass
			im.at, im.last, im.progress = 0, !im.progress, false
			continue
		}
		a := im.list[im.at]
		im.at++
		n--
		if im.done[a.ID] || (!im.last && a.Affiliation != "" && im.inFile[a.Affiliation] && !im.done[a.Affiliation]) {
			continue
		}
		im.done[a.ID], im.progress = true, true
		im.out = append(im.out, Put{Actor: a})
	}
	return n
}

// Edits returns the edits read, or the first error (file and line), once
// Step reported the end.
func (im *Importer) Edits() ([]Edit, error) {
	if im.stage != impDone {
		return nil, errors.New("edits: the import is not done yet")
	}
	if im.err != nil {
		return nil, im.err
	}
	return im.out, nil
}
