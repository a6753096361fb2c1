package workspace

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io/fs"
	"runtime"
	"strconv"

	"corpusexplorer/app/analysis"
	"corpusexplorer/seeds"
)

// SnapshotFile is where the snapshot command writes the seeds' snapshot,
// from the module's root: their analysis written at build time and read
// at start-up, so that the browser does not parse and analyse them (nor
// parse the gazetteer) at every start.
//
// `go run ./wasm snapshot` (which `make wasm` runs before compiling)
// analyses the seeds natively and writes this file, which git ignores. A
// build with the tag snapshot (`make wasm` builds app.wasm so) embeds it;
// every other build (go build, go test, go vet, a fresh clone) embeds
// none and analyses the seeds live, as it does when the snapshot is
// stale or unreadable. Imported articles are always analysed live.
//
// A snapshot is written under the key of its inputs (SeedsKey: the Go
// version, every article file and the gazetteer) and in a versioned
// format (see analysis.Snapshot); one whose key or format differ is not
// read. The code that analyses is no input of the key, as the browser
// cannot hash it: `make wasm` writes the snapshot anew before every
// build, and a test fails when the snapshot on disk is not what the code
// writes now.
const SnapshotFile = "app/workspace/seeds.snapshot"

// SeedsKey returns the key of the seeds' snapshot: a hash of the Go
// version (its Unicode tables tokenize), the name and content of every
// article file and the gazetteer. It reads the embedded files, about
// 70 KB.
func SeedsKey() (string, error) {
	names, err := fs.Glob(seeds.Articles, "*.txt")
	if err != nil {
		return "", err
	}
	h := fnv.New64a()
	var n [binary.MaxVarintLen64]byte
	put := func(s string, data []byte) {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		h.Write([]byte(s))
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(data)))])
		h.Write(data)
	}
	put(runtime.Version(), nil)
	for _, name := range names {
		data, err := fs.ReadFile(seeds.Articles, name)
		if err != nil {
			return "", err
		}
		put(name, data)
	}
	put(seeds.GazetteerFile, seeds.Gazetteer)
	return "seeds " + runtime.Version() + " " + strconv.FormatUint(h.Sum64(), 16), nil
}

// SeedsSnapshot analyses the seeds live and returns their snapshot, under
// SeedsKey. A bad article file is an error, as for Seeds.
func SeedsSnapshot() ([]byte, error) {
	w := &Workspace{load: Seeds}
	ac, err := w.Embedded()
	if err != nil {
		return nil, err
	}
	key, err := SeedsKey()
	if err != nil {
		return nil, err
	}
	return ac.Snapshot(key)
}

// ReadSeedsSnapshot reads a snapshot of the seeds written by
// SeedsSnapshot. It fails (analysis.ErrSnapshotStale) when the snapshot
// was written for other seeds, another gazetteer, another Go version or
// another format.
func ReadSeedsSnapshot(data []byte) (*analysis.Corpus, error) {
	if data == nil {
		return nil, fmt.Errorf("no snapshot built in (build with -tags snapshot after go run ./wasm snapshot)")
	}
	key, err := SeedsKey()
	if err != nil {
		return nil, err
	}
	return analysis.ReadSnapshot(data, key)
}
