package packcorpus_test

import (
	"testing"
	"time"

	"corpusexplorer/app/packcorpus"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
)

func TestTmpProfile(t *testing.T) {
	c, err := packcorpus.Open(packs.Dir("/tmp/dist100k/packs"))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, _, err := c.Search(search.State{Actors: []string{"vladimir-poetin"}, Sort: search.Newest}, 40, 0)
	t.Log("search", time.Since(start), res.Total, err)
	start = time.Now()
	res, _, err = c.Search(search.State{Q: "regering"}, 40, 0)
	t.Log("search regering 40", time.Since(start), res.Total, err)
	start = time.Now()
	pr, ok, err := c.Profile("vladimir-poetin", 40, nil)
	t.Log("profile", time.Since(start), ok, err, pr.Read, pr.Stat.Articles)
}
