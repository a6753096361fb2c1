package ui

import (
	"strings"
	"testing"

	"corpusexplorer/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestDidYouMean(t *testing.T) {
	if didYouMean(search.State{Q: "poetin"}, "") != nil {
		t.Error("a suggestion without a correction")
	}
	html := app.HTMLString(didYouMean(search.State{Q: "Poetn <b>", Actors: []string{"navo"}, Sort: search.Oldest}, "poetin <b>"))
	for _, want := range []string{`id="did-you-mean"`, `href="/?actor=navo&q=poetin+%3Cb%3E&sort=oldest"`, "poetin &lt;b&gt;</a>"} {
		if !strings.Contains(html, want) {
			t.Errorf("no %s in %s", want, html)
		}
	}
}
