package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/packcorpus"
	"corpusexplorer/app/packer"
	"corpusexplorer/app/packfetch"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
	"corpusexplorer/app/synth"
	"corpusexplorer/app/text"
	"corpusexplorer/app/workspace"
	"corpusexplorer/seeds"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// packSessionFor returns a session of a site that serves a pack of n
// synthetic articles, opened from a folder.
func packSessionFor(t *testing.T, n int) (*session, *packcorpus.Corpus) {
	t.Helper()
	t.Setenv(packfetch.Env, packfetch.Folder)
	g, err := actors.ParseGazetteer(seeds.GazetteerFile, seeds.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	var files []packer.Source
	for _, f := range synth.Generate(n, 1) {
		files = append(files, packer.Source{Name: f.Name, Data: f.Data})
	}
	dir := t.TempDir()
	if _, err := packer.Build(files, g, packer.Dir(dir), packer.Sizes{}, 1); err != nil {
		t.Fatal(err)
	}
	c, err := packcorpus.Open(packs.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	s := newSession(workspace.New(nil))
	if !s.packed() {
		t.Fatal("the session does not see the pack")
	}
	return s, c
}

// TestPackPages: over a pack the explorer shows a loading state until its
// answer is there, then that answer (cards with the text escaped, the
// exact counts, the state it shows); a failure names the file with a
// retry; the pages a pack cannot show say so.
func TestPackPages(t *testing.T) {
	s, c := packSessionFor(t, 120)
	st := search.State{Q: "regering"}
	html := app.HTMLString(&Explorer{s: s, state: st, shown: packPage})
	if !strings.Contains(html, "Searching…") || !strings.Contains(html, `id="pack-loading"`) || strings.Contains(html, "data-shown") {
		t.Error("before its answer, the explorer does not say it is loading")
	}
	v, err := c.Explore(st, packPage)
	if err != nil {
		t.Fatal(err)
	}
	v.Cards[0].Title = "<b>Kop</b>" // as text, never as HTML
	s.pack.corpus = c
	s.pack.views[st.Encode()+"#"+strconv.Itoa(packPage)] = &packResult{view: v}
	html = app.HTMLString(&Explorer{s: s, state: st, shown: packPage})
	for _, want := range []string{
		`data-shown="s:q=regering"`,
		strconv.Itoa(v.Result.Total) + " of 120 articles",
		"&lt;b&gt;Kop&lt;/b&gt;",
		`href="/article?doc=` + strconv.Itoa(v.Cards[1].Doc) + `&q=regering"`,
		`id="keep-offline"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the explorer lacks %s", want)
		}
	}
	if strings.Contains(html, "<b>Kop") {
		t.Error("a title is rendered as HTML")
	}
	s.pack.views[st.Encode()+"#"+strconv.Itoa(packPage)] = &packResult{err: &packs.Error{File: "dict-0123456789abcdef.bin", Msg: "HTTP 404 Not Found"}}
	html = app.HTMLString(&Explorer{s: s, state: st, shown: packPage})
	if !strings.Contains(html, "dict-0123456789abcdef.bin: HTTP 404 Not Found") || !strings.Contains(html, `id="pack-retry"`) {
		t.Error("a failed fetch is not shown with its file and a retry")
	}
	for _, tc := range []struct {
		name string
		c    app.Composer
	}{
		{"import", &ImportPage{s: s}},
	} {
		if html := app.HTMLString(tc.c); !strings.Contains(html, `id="pack-notice"`) || !strings.Contains(html, "not available for this corpus yet") {
			t.Errorf("%s over a pack: no notice", tc.name)
		}
	}
}

// TestPackTimeline: over a pack the timeline shows a loading state until
// the matching articles it draws are analysed, then their happenings with
// links to the pack's reader (by document number, keeping the state) and
// to each participant's page, says how many of the
// matching articles it draws and offers more; a failure names the file
// with a retry.
func TestPackTimeline(t *testing.T) {
	s, c := packSessionFor(t, 300)
	st := search.State{Q: "regering"}
	p := &Timeline{s: s, state: st}
	if html := app.HTMLString(p); !strings.Contains(html, `id="pack-loading"`) || strings.Contains(html, `id="tl-plot"`) {
		t.Error("before its articles are analysed, the timeline does not say it is loading")
	}
	s.pack.corpus = c
	x := timelineOf(c, st, timelineArticles)
	if x.err != nil {
		t.Fatal(x.err)
	}
	if len(x.idx) != timelineArticles || x.total <= timelineArticles {
		t.Fatalf("%d articles analysed of %d matching, want %d of more", len(x.idx), x.total, timelineArticles)
	}
	s.pack.timelines["timeline#"+st.Encode()+"#"+strconv.Itoa(timelineArticles)] = x
	html := app.HTMLString(p)
	first := x.view.AC.Articles[x.idx[0]]
	for _, want := range []string{
		`id="tl-plot"`,
		`class="tl-mark`,
		" happenings",
		fmt.Sprintf("Drawing the events of the first %d of %d matching articles", timelineArticles, x.total),
		`id="more-articles"`,
		`href="/article?doc=` + strconv.Itoa(x.view.docs[x.idx[0]]) + `&q=regering`,
		`href="/actor?id=`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the timeline lacks %s", want)
		}
	}
	if strings.Contains(html, `href="/article?id=`) {
		t.Error("the timeline over a pack links to the reader of the corpus in memory")
	}
	if !strings.Contains(html, first.Title) && !strings.Contains(html, text.Clip(first.Title, 60)) {
		t.Errorf("the first matching article, %q, is not drawn", first.Title)
	}
	s.pack.timelines["timeline#"+st.Encode()+"#"+strconv.Itoa(timelineArticles)] = &packTimeline{err: &packs.Error{File: "texts-0123456789abcdef.bin", Msg: "HTTP 404 Not Found"}}
	html = app.HTMLString(p)
	if !strings.Contains(html, "texts-0123456789abcdef.bin: HTTP 404 Not Found") || !strings.Contains(html, `id="pack-retry"`) {
		t.Error("a failed fetch is not shown with its file and a retry")
	}
}

// TestPackActorPage: over a pack an actor's page shows a loading state
// until its newest articles are read, then the whole corpus's counts, the
// articles read with links to the pack's reader, and an offer to read
// more; an unknown actor is not found; a failure names the file.
func TestPackActorPage(t *testing.T) {
	s, c := packSessionFor(t, 300)
	s.pack.corpus = c
	all, _, err := c.Search(search.State{}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	id := all.Facets.Actors[0].ID
	// The oldest article that mentions it dates its first appearance.
	oldest, _, err := c.Search(search.State{Actors: []string{id}, Sort: search.Oldest}, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	first, err := c.Article(oldest.Hits[0].Index)
	if err != nil {
		t.Fatal(err)
	}
	p := &ActorPage{s: s, id: id}
	if html := app.HTMLString(p); !strings.Contains(html, `id="pack-loading"`) || strings.Contains(html, `id="actor"`) {
		t.Error("before its articles are read, the actor's page does not say it is loading")
	}
	x := actorOf(c, id, actorArticlesRead)
	if x.err != nil || !x.found {
		t.Fatal(x.err, x.found)
	}
	s.pack.actors["actor#"+id+"#"+strconv.Itoa(actorArticlesRead)] = x
	html := app.HTMLString(p)
	doc := x.view.docs[x.view.AC.Corpus.Index(x.pr.Articles[0].Article.ID)]
	for _, want := range []string{
		`id="actor"`,
		fmt.Sprintf("%d articles mention %s", all.Facets.Actors[0].Count, x.pr.Actor.Name),
		fmt.Sprintf("in the %d articles read", actorArticlesRead),
		`datetime="` + first.Date.String() + `"`,
		`id="read-more"`,
		`href="/article?doc=` + strconv.Itoa(doc) + `"`,
		`id="counterparts"`,
		`id="actor-with"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the actor's page lacks %s", want)
		}
	}
	if strings.Contains(html, `href="/article?id=`) {
		t.Error("the actor's page over a pack links to the reader of the corpus in memory")
	}
	// Reading more: the page read so far stays, saying it is loading.
	p.articleCap = 2 * actorArticlesRead
	if html := app.HTMLString(p); !strings.Contains(html, `id="actor-read"`) || !strings.Contains(html, `id="pack-loading"`) {
		t.Error("while more articles are read, the actor's page is not the one read so far with a loading status")
	}
	p.articleCap = 0
	s.pack.actors["actor#nobody#"+strconv.Itoa(actorArticlesRead)] = actorOf(c, "nobody", actorArticlesRead)
	if html := app.HTMLString(&ActorPage{s: s, id: "nobody"}); !strings.Contains(html, `id="not-found"`) {
		t.Error("an unknown actor is not said to be unknown")
	}
	s.pack.actors["actor#"+id+"#"+strconv.Itoa(actorArticlesRead)] = &packActor{err: &packs.Error{File: "texts-0123456789abcdef.bin", Msg: "HTTP 404 Not Found"}}
	if html := app.HTMLString(p); !strings.Contains(html, "texts-0123456789abcdef.bin: HTTP 404 Not Found") || !strings.Contains(html, `id="pack-retry"`) {
		t.Error("a failed fetch is not shown with its file and a retry")
	}
}

// TestPackActors: over a pack the list of actors shows a loading state
// until the pack's counts are read, then every actor with its articles
// and first and last month, without the mentions and companions a pack
// does not count for the whole list; the find box and type filter work
// on it as over the corpus in memory.
func TestPackActors(t *testing.T) {
	s, c := packSessionFor(t, 200)
	s.pack.corpus = c
	p := &Actors{s: s}
	if html := app.HTMLString(p); !strings.Contains(html, `id="pack-loading"`) || strings.Contains(html, `id="actor-table"`) {
		t.Error("before the pack's counts are read, the list does not say it is loading")
	}
	rows, err := c.ActorRows()
	if err != nil {
		t.Fatal(err)
	}
	s.pack.actorRows = &packActorRows{rows: rows}
	html := app.HTMLString(p)
	top := rows[0]
	for _, want := range []string{
		`id="actor-table"`,
		fmt.Sprintf("%d of %d actors", len(rows), len(rows)),
		`href="/actor?id=` + top.Actor.ID + `"`,
		`datetime="` + top.Stat.First.String() + `"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the list lacks %s", want)
		}
	}
	// The top actor's articles, in its cell (go-app writes a tag's
	// attributes in any order).
	cell := regexp.MustCompile(`<td[^>]*data-label="Articles"[^>]*>` + strconv.Itoa(top.Stat.Articles) + `<`)
	if !cell.MatchString(html) {
		t.Errorf("the list lacks the cell of %s's %d articles", top.Actor.ID, top.Stat.Articles)
	}
	if strings.Contains(html, `data-label="Mentions"`) || strings.Contains(html, "Appears most with") {
		t.Error("the list over a pack shows counts a pack does not have")
	}
	p.q.Type = top.Actor.Type.String()
	if html := app.HTMLString(p); !strings.Contains(html, "Actors of type "+top.Actor.Type.String()) || !strings.Contains(html, top.Actor.ID) {
		t.Error("the type filter does not apply over a pack")
	}
}
