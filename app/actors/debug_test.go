package actors

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDebugSeeds(t *testing.T) {
	if os.Getenv("DEBUG_SEEDS") == "" {
		t.Skip()
	}
	e := seedExtractor(t)
	files, _ := filepath.Glob("../../seeds/*.txt")
	for _, f := range files {
		s, date := readSeed(t, filepath.Base(f))
		ms, disc := e.Extract(mkDoc(s, date))
		fmt.Println("==", f, date)
		for _, m := range ms {
			fmt.Printf("  %-30q %s role=%v\n", m.Span.Of(s), m.ActorID, m.Role)
		}
		for _, a := range disc {
			fmt.Printf("  DISC %s %q %v %v\n", a.ID, a.Name, a.Type, a.Aliases)
		}
	}
}
