package edits

import (
	"fmt"
	"math/rand/v2"

	"strings"
	"testing"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/seeds"
)

// replayPrune is Prune as it was before the Applier: every edit is
// checked by replaying all the kept edits before it on a fresh copy.
func replayPrune(g *actors.Gazetteer, known Known, edits []Edit) ([]Edit, *Result, []error) {
	var kept []Edit
	var errs []error
	r, err := Apply(g, known, nil)
	if err != nil {
		return nil, nil, []error{err}
	}
	for i, e := range edits {
		var next *Result
		next, err := replayApply(g, known, append(kept, e))
		if err != nil {
			if ee, ok := err.(*Error); ok {
				ee.Index = i + 1
			}
			errs = append(errs, err)
			continue
		}
		kept, r = append(kept, e), next
	}
	return kept, r, errs
}

// replayApply applies edits on a fresh state, without the Applier.
func replayApply(g *actors.Gazetteer, known Known, edits []Edit) (*Result, error) {
	s, err := newState(g, known)
	if err != nil {
		return nil, err
	}
	for i, e := range edits {
		if err := e.apply(s); err != nil {
			return nil, &Error{Index: i + 1, Edit: e, Err: err}
		}
	}
	r := s.Result
	return &r, nil
}

// genEdits returns n pseudo-random edits of every kind over the ids of
// the test gazetteer, the discovered actors and actors the edits put,
// many of which fail (unknown or merged ids, bad names, self merges).
func genEdits(seed uint64, n int) []Edit {
	rng := rand.New(rand.NewPCG(seed, 1))
	ids := []string{"rusland", "russische-federatie", "kremlin", "vladimir-poetin", "joe-biden", "karel-pietersen", "kp", "nobody"}
	pick := func() string { return ids[rng.IntN(len(ids))] }
	var out []Edit
	for i := range n {
		switch rng.IntN(8) {
		case 0, 1:
			id := fmt.Sprintf("p-%d", i)
			if rng.IntN(6) == 0 {
				id = pick() // replace an entry, or one merged away
			}
			a := actors.Actor{ID: id, Type: actors.Person, Name: fmt.Sprintf("Persoon %d", i)}
			switch rng.IntN(5) {
			case 0:
				a.Affiliation = pick()
			case 1:
				a.Name = "" // invalid
			}
			out = append(out, Put{Actor: a})
			ids = append(ids, id)
		case 2:
			name := fmt.Sprintf("Naam %d", i)
			if rng.IntN(8) == 0 {
				name = "bad\tname"
			}
			out = append(out, Rename{ID: pick(), Name: name})
		case 3:
			alias := fmt.Sprintf("Alias %d", rng.IntN(n))
			if rng.IntN(8) == 0 {
				alias = " "
			}
			out = append(out, AddAlias{ID: pick(), Alias: alias})
		case 4, 5:
			out = append(out, Merge{From: pick(), Into: pick()})
		case 6:
			out = append(out, Hide{ID: pick()})
		default:
			out = append(out, Unhide{ID: pick()})
		}
	}
	return out
}

// describe returns everything a Result shows, for comparing.
func describe(r *Result, ids []string) string {
	var b strings.Builder
	b.Write(r.Gazetteer.Format())
	fmt.Fprintf(&b, "hidden %v\ntouched %v\nempty %v\n", r.Hidden(), r.Touched(), r.Empty())
	for _, id := range ids {
		to, hidden := r.Remap(id)
		into, merged := r.MergedInto(id)
		fmt.Fprintf(&b, "%s -> %s %v %s %v\n", id, to, hidden, into, merged)
	}
	b.Write(r.Export())
	return b.String()
}

// TestIncrementalEqualsReplay checks that Prune, Apply and Log.TryEach,
// which apply edits to one working copy, give what replaying every kept
// edit for each new one gave.
func TestIncrementalEqualsReplay(t *testing.T) {
	g := testBase(t)
	for seed := range uint64(6) {
		es := genEdits(seed, 300)
		var ids []string
		for _, e := range es {
			ids = append(ids, strings.Fields(e.String())[1])
		}
		ids = append(ids, "rusland", "kremlin", "kp", "karel-pietersen")
		wantKept, wantR, wantErrs := replayPrune(g, known, es)
		kept, r, errs := Prune(g, known, es)
		if fmt.Sprint(kept) != fmt.Sprint(wantKept) {
			t.Fatalf("seed %d: kept\n%v\nwant\n%v", seed, kept, wantKept)
		}
		if fmt.Sprint(errs) != fmt.Sprint(wantErrs) {
			t.Fatalf("seed %d: errors\n%v\nwant\n%v", seed, errs, wantErrs)
		}
		if got, want := describe(r, ids), describe(wantR, ids); got != want {
			t.Fatalf("seed %d: result\n%s\nwant\n%s", seed, got, want)
		}
		if len(wantErrs) < 30 || len(wantKept) < 100 {
			t.Errorf("seed %d: %d kept, %d failed: the generator should exercise both", seed, len(wantKept), len(wantErrs))
		}
		// Apply of the kept edits gives the same result.
		ar, err := Apply(g, known, kept)
		if err != nil || describe(ar, ids) != describe(wantR, ids) {
			t.Fatalf("seed %d: Apply of the kept edits: %v", seed, err)
		}
		// TryEach after a few edits pushed one by one with Try, as the
		// import page did before.
		var l, old Log
		for _, e := range es[:20] {
			check := func(es []Edit) error { _, err := replayApply(g, known, es); return err }
			_ = old.Try(e, check)
			_ = l.Try(e, func(es []Edit) error { _, err := Apply(g, known, es); return err })
		}
		var oldErrs []error
		for _, e := range es[20:] {
			if err := old.Try(e, func(es []Edit) error { _, err := replayApply(g, known, es); return err }); err != nil {
				oldErrs = append(oldErrs, err)
			}
		}
		n, tryErrs := l.TryEach(g, known, es[20:])
		if n != len(es)-20-len(oldErrs) || fmt.Sprint(tryErrs) != fmt.Sprint(oldErrs) || fmt.Sprint(l.Edits()) != fmt.Sprint(old.Edits()) {
			t.Fatalf("seed %d: TryEach pushed %d, errors\n%v\nwant\n%v", seed, n, tryErrs, oldErrs)
		}
	}
}

// TestTryEachInactiveEdit: an edit of the log that no longer applies is
// kept, inactive; the new edits apply without it.
func TestTryEachInactiveEdit(t *testing.T) {
	var l Log
	l.Push(Hide{"nobody"})
	n, errs := l.TryEach(testBase(t), known, []Edit{Hide{"kremlin"}, Hide{"rusland"}})
	if n != 2 || len(errs) != 0 || l.Len() != 3 {
		t.Errorf("pushed %d, errors %v, log %v", n, errs, l.Edits())
	}
}

// tsvFragment returns an actors.tsv fragment that Import turns into n
// edits: puts (some affiliated with others), then merges and hides.
func tsvFragment(n int) []byte {
	var b strings.Builder
	merges, hides := n/20, n/20
	puts := n - merges - hides
	for i := range puts {
		aff := "-"
		if i%3 == 2 {
			aff = fmt.Sprintf("imp-%d", i-1)
		}
		fmt.Fprintf(&b, "imp-%d\tperson\tImport Persoon %d\t%s\tIP %d\tde woordvoerder %d\n", i, i, aff, i, i)
	}
	for i := range merges {
		fmt.Fprintf(&b, "#! merge imp-%d imp-%d\n", puts-1-i, i)
	}
	for i := range hides {
		fmt.Fprintf(&b, "#! hide imp-%d\n", puts/2+i)
	}
	return []byte(b.String())
}

func seedGazetteer(tb testing.TB) *actors.Gazetteer {
	tb.Helper()
	g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// TestImportTenThousandEdits imports a fragment of 10,000 edits into an
// empty log on the seed gazetteer, as the import page does, and then
// prunes the log, as every rebuild does.
func TestImportTenThousandEdits(t *testing.T) {
	g := seedGazetteer(t)
	es, err := Import("actors.tsv", tsvFragment(10000))
	if err != nil || len(es) != 10000 {
		t.Fatalf("%d edits, %v", len(es), err)
	}
	start := time.Now()
	var l Log
	n, errs := l.TryEach(g, nil, es)
	kept, _, dropped := Prune(g, nil, l.Edits())
	took := time.Since(start)
	if n != 10000 || len(errs) != 0 || len(kept) != 10000 || len(dropped) != 0 {
		t.Fatalf("pushed %d (errors %v), kept %d, dropped %v", n, errs[:min(len(errs), 3)], len(kept), dropped[:min(len(dropped), 3)])
	}
	// Its speed is BenchmarkImportEdits's to measure; the time is logged.
	t.Logf("10,000 edits imported and pruned in %v", took)
}

func benchImport(b *testing.B, n int, try func(g *actors.Gazetteer, es []Edit) int) {
	g := seedGazetteer(b)
	es, err := Import("actors.tsv", tsvFragment(n))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if got := try(g, es); got != n {
			b.Fatalf("%d of %d edits applied", got, n)
		}
	}
}

// BenchmarkImportEdits imports n edits into an empty log with
// Log.TryEach, one working copy for all; "replay" is the way it was,
// Log.Try replaying every earlier edit for each one (small n only).
func BenchmarkImportEdits(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("incremental-%d", n), func(b *testing.B) {
			benchImport(b, n, func(g *actors.Gazetteer, es []Edit) int {
				var l Log
				pushed, _ := l.TryEach(g, nil, es)
				return pushed
			})
		})
	}
	for _, n := range []int{500, 1000} {
		b.Run(fmt.Sprintf("replay-%d", n), func(b *testing.B) {
			benchImport(b, n, func(g *actors.Gazetteer, es []Edit) int {
				var l Log
				for _, e := range es {
					_ = l.Try(e, func(es []Edit) error { _, err := replayApply(g, nil, es); return err })
				}
				return l.Len()
			})
		})
	}
}

// BenchmarkPrune prunes a log of n edits, as every rebuild does.
func BenchmarkPrune(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			benchImport(b, n, func(g *actors.Gazetteer, es []Edit) int {
				kept, _, _ := Prune(g, nil, es)
				return len(kept)
			})
		})
	}
}
