//go:build !wasm

package startbench

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// wasmSizes is what a wasm binary holds: the size of each section, and the
// code bytes of each function named in the name section (present only in
// an unstripped build: go build without -ldflags=-s).
type wasmSizes struct {
	Total    int
	Sections map[string]int // "code", "data", "name", ...
	Funcs    map[string]int // function name -> size of its body
}

var sectionNames = map[byte]string{
	0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
	6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount",
}

// parseWasm reads the sections of a wasm binary, and the function names
// of its name section when it has one.
func parseWasm(b []byte) (*wasmSizes, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("not a wasm binary")
	}
	s := &wasmSizes{Total: len(b), Sections: map[string]int{}, Funcs: map[string]int{}}
	var (
		imported int      // functions imported: they come first in the index space
		bodies   []int    // body sizes, in the order of the code section
		names    []string // function index -> name
	)
	r := &reader{b: b, off: 8}
	for r.off < len(b) {
		id := r.byte()
		size := int(r.uleb())
		if r.err != nil || r.off+size > len(b) {
			return nil, fmt.Errorf("section %d at %d: truncated", id, r.off)
		}
		sec := &reader{b: b[r.off : r.off+size]}
		name := sectionNames[id]
		switch id {
		case 0:
			custom := sec.name()
			name = "custom " + custom
			if custom == "name" {
				names = parseFuncNames(sec)
			}
		case 2:
			imported = countImportedFuncs(sec)
		case 10:
			for n := sec.uleb(); n > 0 && sec.err == nil; n-- {
				size := int(sec.uleb())
				bodies = append(bodies, size)
				sec.off += size
			}
		}
		if sec.err != nil {
			return nil, fmt.Errorf("%s section: %w", name, sec.err)
		}
		s.Sections[name] += size
		r.off += size
	}
	for i, size := range bodies {
		name := fmt.Sprintf("func%d", imported+i)
		if j := imported + i; j < len(names) && names[j] != "" {
			name = names[j]
		}
		s.Funcs[name] += size
	}
	return s, nil
}

// countImportedFuncs counts the functions of an import section.
func countImportedFuncs(r *reader) int {
	n := 0
	for i := r.uleb(); i > 0 && r.err == nil; i-- {
		r.name() // module
		r.name() // field
		switch r.byte() {
		case 0: // function: type index
			r.uleb()
			n++
		case 1: // table: reference type, limits
			r.byte()
			r.limits()
		case 2: // memory
			r.limits()
		case 3: // global: value type, mutability
			r.byte()
			r.byte()
		case 4: // tag: attribute, type index
			r.byte()
			r.uleb()
		default:
			r.err = errors.New("unknown import kind")
		}
	}
	return n
}

// parseFuncNames reads the function names subsection (id 1) of a name
// section: index -> name.
func parseFuncNames(r *reader) []string {
	var names []string
	for r.off < len(r.b) && r.err == nil {
		id := r.byte()
		size := int(r.uleb())
		end := r.off + size
		if id == 1 {
			for n := r.uleb(); n > 0 && r.err == nil; n-- {
				idx := int(r.uleb())
				name := r.name()
				for len(names) <= idx {
					names = append(names, "")
				}
				names[idx] = name
			}
		}
		r.off = end
	}
	return names
}

// reader reads the LEB128 numbers and names of a wasm binary; the first
// error sticks.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) byte() byte {
	if r.err != nil || r.off >= len(r.b) {
		r.err = io.ErrUnexpectedEOF
		return 0
	}
	r.off++
	return r.b[r.off-1]
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	return v
}

func (r *reader) name() string {
	n := int(r.uleb())
	if r.err != nil || r.off+n > len(r.b) {
		r.err = io.ErrUnexpectedEOF
		return ""
	}
	r.off += n
	return string(r.b[r.off-n : r.off])
}

func (r *reader) limits() {
	if r.byte()&1 != 0 {
		r.uleb()
	}
	r.uleb()
}

// goPackage returns the package of a function named in a Go wasm binary's
// name section, where the linker writes every character but letters,
// digits, '_' and '.' as '_': "corpusexplorer_app_ui.__Explorer_.Render"
// is corpusexplorer/app/ui, "github.com_maxence_charriere_go_app_v10_pkg_app.Div"
// is go-app's pkg/app, "type_.eq.x" is "type:" (compiler-generated).
func goPackage(sym string) string {
	sym = strings.TrimPrefix(sym, "$")
	i := strings.IndexByte(sym, '.')
	if i < 0 {
		return sym
	}
	for _, tld := range []string{"com_", "org_", "net_", "io_", "in_", "dev_"} {
		if strings.HasPrefix(sym[i+1:], tld) { // a module path: skip its domain's dot
			j := strings.IndexByte(sym[i+1:], '.')
			if j < 0 {
				return unmangle(sym)
			}
			i += 1 + j
			break
		}
	}
	return unmangle(sym[:i])
}

// unmangle turns a package path as written in the name section back into
// the import path, for the modules this binary holds; elsewhere every '_'
// is taken for a '/', which is right for the standard library.
func unmangle(pkg string) string {
	if pkg == "type_" {
		return "type:"
	}
	for _, m := range []struct{ mangled, path string }{
		{"github.com_maxence_charriere_go_app_v10_", "github.com/maxence-charriere/go-app/v10/"},
		{"github.com_blevesearch_snowballstem", "github.com/blevesearch/snowballstem"},
		{"golang.org_x_", "golang.org/x/"},
	} {
		if rest, ok := strings.CutPrefix(pkg, m.mangled); ok {
			return m.path + strings.ReplaceAll(rest, "_", "/")
		}
	}
	return strings.ReplaceAll(pkg, "_", "/")
}

// module groups a package into what brings it: the product, go-app, the
// standard library, or its module path.
func module(pkg string) string {
	switch {
	case strings.HasPrefix(pkg, "corpusexplorer/"), pkg == "main":
		return "corpusexplorer (this project)"
	case strings.HasPrefix(pkg, "github.com/maxence-charriere/go-app/"):
		return "go-app"
	case strings.HasPrefix(pkg, "golang.org/x/text/"):
		return "golang.org/x/text"
	case strings.HasPrefix(pkg, "github.com/"):
		parts := strings.SplitN(pkg, "/", 4)
		return strings.Join(parts[:min(3, len(parts))], "/")
	case strings.HasPrefix(pkg, "vendor/"):
		return "standard library and runtime"
	case pkg == "type:":
		return "type: (generated equality and hash functions)"
	case !strings.Contains(pkg, "."):
		return "standard library and runtime"
	}
	return pkg
}

// byKey sums m's values by key(name), largest first.
func byKey(m map[string]int, key func(string) string) []keyed {
	sums := map[string]int{}
	for name, v := range m {
		sums[key(name)] += v
	}
	out := make([]keyed, 0, len(sums))
	for k, v := range sums {
		out = append(out, keyed{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].v != out[j].v {
			return out[i].v > out[j].v
		}
		return out[i].k < out[j].k
	})
	return out
}

type keyed struct {
	k string
	v int
}

// writeSizeReport writes the code bytes of the explorer's wasm by module
// and by package, beside the empty app's.
func writeSizeReport(w io.Writer, explorer, empty *wasmSizes, top int) {
	fmt.Fprintf(w, "\napp.wasm sections, unstripped (bytes): explorer / empty app\n")
	for _, sec := range byKey(explorer.Sections, func(s string) string { return s }) {
		fmt.Fprintf(w, "  %-22s %10d %10d\n", sec.k, sec.v, empty.Sections[sec.k])
	}
	fmt.Fprintf(w, "  %-22s %10d %10d\n", "total", explorer.Total, empty.Total)
	emptyPkg := map[string]int{}
	for _, p := range byKey(empty.Funcs, goPackage) {
		emptyPkg[p.k] = p.v
	}
	emptyMod := map[string]int{}
	for _, p := range byKey(empty.Funcs, func(f string) string { return module(goPackage(f)) }) {
		emptyMod[p.k] = p.v
	}
	fmt.Fprintf(w, "\ncode bytes by module: explorer / empty app / added\n")
	for _, m := range byKey(explorer.Funcs, func(f string) string { return module(goPackage(f)) }) {
		fmt.Fprintf(w, "  %-48s %9d %9d %+9d\n", m.k, m.v, emptyMod[m.k], m.v-emptyMod[m.k])
	}
	fmt.Fprintf(w, "\ncode bytes by package, top %d: explorer / empty app / added\n", top)
	for i, p := range byKey(explorer.Funcs, goPackage) {
		if i == top {
			break
		}
		fmt.Fprintf(w, "  %-60s %9d %9d %+9d\n", p.k, p.v, emptyPkg[p.k], p.v-emptyPkg[p.k])
	}
	fmt.Fprintf(w, "\nlargest functions of the explorer, top %d (bytes)\n", top)
	for i, f := range byKey(explorer.Funcs, func(s string) string { return s }) {
		if i == top {
			break
		}
		fmt.Fprintf(w, "  %9d  %s\n", f.v, f.k)
	}
}
