package text

import (
	"reflect"
	"strconv"
	"sync"
	"testing"
	"unsafe"

	"corpusexplorer/app/internal/pointers"
)

// TestIntern: equal folds share an id, an id gives its fold back, and the
// empty fold is id 0.
func TestIntern(t *testing.T) {
	for _, tt := range []struct {
		in   string
		zero bool
	}{
		{"", true}, {"de", false}, {"oekraine", false}, {"'s", false}, {"„", false},
		{string(make([]byte, arenaSize)), false}, // longer than an arena block's share
	} {
		id := Intern(tt.in)
		if (id == 0) != tt.zero {
			t.Errorf("Intern(%.10q) = %d", tt.in, id)
		}
		if got := id.String(); got != tt.in {
			t.Errorf("Intern(%.10q).String() = %.10q", tt.in, got)
		}
		if again := Intern(string([]byte(tt.in))); again != id {
			t.Errorf("Intern(%.10q) twice: %d, then %d", tt.in, id, again)
		}
		if got := internBytes([]byte(tt.in)); got != id {
			t.Errorf("internBytes(%.10q) = %d, want %d", tt.in, got, id)
		}
	}
}

// TestInternConcurrent: goroutines interning the same folds at once, past
// the table's first size and a chunk's, agree on every id.
func TestInternConcurrent(t *testing.T) {
	const words, workers = 3 * chunkSize, 4
	ids := make([][]FoldID, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			ids[w] = make([]FoldID, words)
			for i := range words {
				k := (i*7919 + w*131) % words
				ids[w][k] = Intern("concurrent-" + strconv.Itoa(k))
			}
		})
	}
	wg.Wait()
	for k := range words {
		want := "concurrent-" + strconv.Itoa(k)
		for w := range workers {
			if ids[w][k] != ids[0][k] || ids[w][k].String() != want {
				t.Fatalf("worker %d: %q has id %d (%q), worker 0 has %d", w, want, ids[w][k], ids[w][k].String(), ids[0][k])
			}
		}
	}
}

// TestTokenHoldsNoPointer: a token is 24 bytes (on 64-bit platforms and
// wasm) and gives its fold back.
func TestTokenHoldsNoPointer(t *testing.T) {
	if unsafe.Sizeof(int(0)) == 8 && unsafe.Sizeof(Token{}) != 24 {
		t.Errorf("a token takes %d bytes, want 24", unsafe.Sizeof(Token{}))
	}
	if p := pointers.In(reflect.TypeFor[Token]()); p != nil {
		t.Errorf("a token holds pointers: %v", p)
	}
	toks := Tokenize("Poetin's OEKRAÏNE, 't regio’s")
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Fold())
	}
	want := []string{"poetin", "oekraine", ",", "'t", "regio"}
	if len(got) != len(want) {
		t.Fatalf("folds %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("fold %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// BenchmarkIntern measures looking up a fold that is in the vocabulary.
func BenchmarkIntern(b *testing.B) {
	words := []string{"de", "regering", "oekraine", "poetin", "minister", "100.000"}
	for _, w := range words {
		Intern(w)
	}
	for b.Loop() {
		for _, w := range words {
			Intern(w)
		}
	}
}
