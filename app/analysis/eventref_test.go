package analysis

import (
	"testing"

	"corpusexplorer/seeds"
)

func TestEventParam(t *testing.T) {
	ac, err := Load(seeds.Articles, "*.txt", seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ac.Timeline(nil) {
		p := ac.EventParam(r)
		if got, ok := ac.ParseEventParam(p); !ok || got != r {
			t.Errorf("%q parses to %v %v, want %v", p, got, ok, r)
		}
	}
	id := ac.Articles[0].ID
	for _, bad := range []string{"", "x", id, id + "/", id + "/-1", id + "/99", id + "/01", id + "/1x", "nope/1", "/1"} {
		if r, ok := ac.ParseEventParam(bad); ok {
			t.Errorf("%q parses to %v", bad, r)
		}
	}
}
