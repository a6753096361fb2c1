package edits

import (
	"bufio"
	"bytes"
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
// actors.ParseGazetteer and Import.
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

// Import reads a gazetteer file, as Export writes it or as
// seeds/actors.tsv is, and returns the edits that make its content
// effective: a Put per entry (each after the entry it is affiliated with,
// when the file has that one), then a Merge per "#! merge" directive and a
// Hide per "#! hide" directive, in file order. Errors name the file and
// line: "edits.tsv:3: unknown directive". Apply the edits one by one with
// Log.Try to keep those that apply when some name actors this corpus
// does not have.
func Import(name string, data []byte) ([]Edit, error) {
	g, err := actors.ParseGazetteer(name, data)
	if err != nil {
		return nil, err
	}
	var merges, hides []Edit
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if !strings.HasPrefix(line, Directive) {
			continue
		}
		f := strings.Fields(strings.TrimPrefix(line, Directive))
		switch {
		case len(f) == 3 && f[0] == "merge":
			merges = append(merges, Merge{From: f[1], Into: f[2]})
		case len(f) == 2 && f[0] == "hide":
			hides = append(hides, Hide{ID: f[1]})
		default:
			return nil, fmt.Errorf("%s:%d: unknown directive %q (want \"%s merge FROM INTO\" or \"%s hide ID\")", name, n, line, Directive, Directive)
		}
	}
	var out []Edit
	list := g.Actors()
	done := map[string]bool{}
	inFile := map[string]bool{}
	for _, a := range list {
		inFile[a.ID] = true
	}
	for len(done) < len(list) {
		progress := false
		for _, a := range list {
			if done[a.ID] || (a.Affiliation != "" && inFile[a.Affiliation] && !done[a.Affiliation]) {
				continue
			}
			done[a.ID], progress = true, true
			out = append(out, Put{Actor: a})
		}
		if !progress { // a cycle of affiliations: keep file order
			for _, a := range list {
				if !done[a.ID] {
					done[a.ID] = true
					out = append(out, Put{Actor: a})
				}
			}
		}
	}
	out = append(out, merges...)
	return append(out, hides...), nil
}
