package workspace

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/search"
)

// TestSnapshotFresh fails when the seeds' snapshot on disk, or the one
// built in, is not what the code writes now: the seeds, the gazetteer or
// the analysis changed since `go run ./wasm snapshot` (make wasm runs it).
func TestSnapshotFresh(t *testing.T) {
	want, err := SeedsSnapshot()
	if err != nil {
		t.Fatal(err)
	}
	disk, err := os.ReadFile(filepath.Base(SnapshotFile))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		data []byte
	}{{SnapshotFile, disk}, {"the snapshot built in", BuiltInSnapshot()}} {
		if tt.data == nil {
			t.Logf("%s: none", tt.name)
			continue
		}
		if !bytes.Equal(tt.data, want) {
			t.Errorf("%s is stale (the seeds, the gazetteer or the analysis changed): run go run ./wasm snapshot", tt.name)
		}
	}
}

// answers returns the analysis document of d's corpus and its answers to
// a few searches, as JSON.
func answers(t *testing.T, d *Data) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := d.AC.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"poetin", "putin", "oekr", `"de Russische president"`, "White House", "gesprekken -biden", "koersk"} {
		res, notes := d.AC.Search(d.Index, search.State{Q: q}, 10)
		b, err := json.Marshal([]any{res, notes})
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
	}
	return buf.Bytes()
}

// TestSnapshotWorkspace checks that a workspace that reads the seeds'
// snapshot shows what one that analyses them does, before and after an
// import, and that a stale snapshot is not read.
func TestSnapshotWorkspace(t *testing.T) {
	data, err := SeedsSnapshot()
	if err != nil {
		t.Fatal(err)
	}
	live := New(Seeds)
	wantDoc := answers(t, live.Current())
	build(t, live, koersk)
	wantImport := answers(t, live.Current())

	stale, err := func() ([]byte, error) {
		ac, err := analysis.ReadSnapshot(data, mustKey(t))
		if err != nil {
			return nil, err
		}
		return ac.Snapshot("seeds of another day")
	}()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name     string
		snap     []byte
		fromSnap bool
	}{
		{"snapshot", data, true},
		{"stale snapshot", stale, false},
		{"bad snapshot", data[:len(data)/2], false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := New(nil)
			w.snap = tt.snap
			from, err := w.FromSnapshot()
			if from != tt.fromSnap || (err == nil) != tt.fromSnap {
				t.Fatalf("FromSnapshot = %v, %v; want %v", from, err, tt.fromSnap)
			}
			if tt.name == "stale snapshot" && !errors.Is(err, analysis.ErrSnapshotStale) {
				t.Errorf("err %v, want ErrSnapshotStale", err)
			}
			if got := answers(t, w.Current()); !bytes.Equal(got, wantDoc) {
				t.Error("the seeds differ from their live analysis")
			}
			build(t, w, koersk)
			if got := answers(t, w.Current()); !bytes.Equal(got, wantImport) {
				t.Error("with an import, the corpus differs from the live one")
			}
		})
	}
}

func mustKey(t *testing.T) string {
	t.Helper()
	k, err := SeedsKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// BuiltInSnapshot returns the seeds' snapshot the binary embeds (tag
// snapshot), nil when it embeds none.
func BuiltInSnapshot() []byte { return seedsSnapshot }
