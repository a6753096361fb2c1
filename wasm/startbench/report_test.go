//go:build !wasm

package startbench

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/runtime"
)

func TestGoPackage(t *testing.T) {
	for _, tt := range []struct{ sym, pkg string }{
		{"runtime.mallocgc", "runtime"},
		{"$runtime.mallocgc", "runtime"},
		{"corpusexplorer_app_ui.__Explorer_.Render", "corpusexplorer/app/ui"},
		{"corpusexplorer_app_actors_conll.Read", "corpusexplorer/app/actors/conll"},
		{"github.com_maxence_charriere_go_app_v10_pkg_app.nodeManager.Mount", "github.com/maxence-charriere/go-app/v10/pkg/app"},
		{"github.com_blevesearch_snowballstem_dutch.Stem", "github.com/blevesearch/snowballstem/dutch"},
		{"golang.org_x_text_unicode_norm.Form.String", "golang.org/x/text/unicode/norm"},
		{"vendor_golang.org_x_net_dns_dnsmessage.Name.String", "vendor/golang.org/x/net/dns/dnsmessage"},
		{"slices.pdqsortOrdered_go.shape.string_", "slices"},
		{"internal_runtime_maps.newarray", "internal/runtime/maps"},
		{"type_.eq.corpusexplorer_app_text.Span", "type:"},
		{"wasm_export_run", "wasm_export_run"},
	} {
		if got := goPackage(tt.sym); got != tt.pkg {
			t.Errorf("goPackage(%q) = %q, want %q", tt.sym, got, tt.pkg)
		}
	}
}

func TestModule(t *testing.T) {
	for _, tt := range []struct{ pkg, module string }{
		{"corpusexplorer/app/ui", "corpusexplorer (this project)"},
		{"main", "corpusexplorer (this project)"},
		{"github.com/maxence-charriere/go-app/v10/pkg/app", "go-app"},
		{"golang.org/x/text/unicode/norm", "golang.org/x/text"},
		{"github.com/blevesearch/snowballstem/dutch", "github.com/blevesearch/snowballstem"},
		{"vendor/golang.org/x/net/idna", "standard library and runtime"},
		{"encoding/json", "standard library and runtime"},
	} {
		if got := module(tt.pkg); got != tt.module {
			t.Errorf("module(%q) = %q, want %q", tt.pkg, got, tt.module)
		}
	}
}

// TestParseWasm reads a module of two imported and two defined functions
// with a name section.
func TestParseWasm(t *testing.T) {
	var b []byte
	section := func(id byte, content ...byte) {
		b = append(b, id, byte(len(content)))
		b = append(b, content...)
	}
	b = append(b, "\x00asm\x01\x00\x00\x00"...)
	section(1, 1, 0x60, 0, 0)                                 // type: () -> ()
	section(2, 2, 1, 'm', 1, 'a', 0, 0, 1, 'm', 1, 'b', 0, 0) // import: two functions
	section(3, 2, 0, 0)                                       // function: two, type 0
	section(10, 2, 2, 0, 0x0b, 4, 0, 1, 1, 0x0b)              // code: bodies of 2 and 4 bytes
	name := []byte{4, 'n', 'a', 'm', 'e', 1, 0}
	sub := []byte{2, 2, 5, 'p', '.', 'f', 'o', 'o', 3, 5, 'q', '.', 'b', 'a', 'r'}
	name[len(name)-1] = byte(len(sub))
	section(0, append(name, sub...)...)
	s, err := parseWasm(b)
	if err != nil {
		t.Fatal(err)
	}
	if s.Funcs["p.foo"] != 2 || s.Funcs["q.bar"] != 4 || len(s.Funcs) != 2 {
		t.Errorf("functions %v, want p.foo 2 and q.bar 4 bytes", s.Funcs)
	}
	if s.Sections["code"] != 9 || s.Sections["custom name"] != 22 || s.Total != len(b) {
		t.Errorf("sections %v, total %d of %d", s.Sections, s.Total, len(b))
	}
	if _, err := parseWasm([]byte("not wasm")); err == nil {
		t.Error("parseWasm of text: no error")
	}
	if _, err := parseWasm(b[:len(b)-3]); err == nil {
		t.Error("parseWasm of a truncated module: no error")
	}
}

// TestSummarize sums a profile root -> a -> b, root -> a, root -> c
// (recursive b -> b) by self and inclusive time.
func TestSummarize(t *testing.T) {
	node := func(id int64, name string, children ...int64) *profiler.ProfileNode {
		return &profiler.ProfileNode{ID: id, CallFrame: &runtime.CallFrame{FunctionName: name, URL: "wasm://wasm/x"}, Children: children}
	}
	p := &profiler.Profile{
		Nodes:     []*profiler.ProfileNode{node(1, "(root)", 2, 4), node(2, "a", 3), node(3, "b", 5), node(4, "c"), node(5, "b")},
		StartTime: 0,
		// Samples at 0, 100, 300, 600 µs; the profile ends at 1000 µs.
		Samples:    []int64{3, 2, 4, 5},
		TimeDeltas: []int64{0, 100, 200, 300},
		EndTime:    1000,
	}
	got := summarize(p)
	us := time.Microsecond
	for _, tt := range []struct {
		fn              string
		self, inclusive time.Duration
	}{
		{"b", 100*us + 400*us, 100*us + 400*us},
		{"a", 200 * us, 700 * us},
		{"c", 300 * us, 300 * us},
		{"(root)", 0, 1000 * us},
	} {
		if got.Self[tt.fn] != tt.self || got.Inclusive[tt.fn] != tt.inclusive {
			t.Errorf("%s: self %v, inclusive %v; want %v, %v", tt.fn, got.Self[tt.fn], got.Inclusive[tt.fn], tt.self, tt.inclusive)
		}
	}
	if got.Total != 1000*us {
		t.Errorf("total %v, want 1ms", got.Total)
	}
}
