package text

import (
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
)

// Stem returns the Snowball Dutch stem of a folded word. Callers must not
// stem names: a name is matched on its folded form, so that Oekraïense
// never collides with an unrelated stem. Words shorter than three letters
// and numbers are returned unchanged.
func Stem(fold string) string {
	if len(fold) < 3 {
		return fold
	}
	for i := 0; i < len(fold); i++ {
		if c := fold[i]; c >= '0' && c <= '9' {
			return fold
		}
	}
	env := snowballstem.NewEnv(fold)
	dutch.Stem(env)
	return env.Current()
}
