package ui

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/packcorpus"
	"corpusexplorer/app/packfetch"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A site built with a pack (make dist CORPUS=DIR) names the pack's
// folder in go-app's environment (packfetch.Env). The session then shows
// the pack instead of the embedded corpus: the explorer and the reader
// fetch what they show through packcorpus, in action handlers (their own
// goroutines), and publish what arrived as statePack and the fetches
// under way as statePackProgress.
const (
	// statePack counts the answers that arrived (packSession.version).
	statePack = "pack-version"
	// statePackProgress counts the changes of the fetches under way and
	// of keeping the corpus offline.
	statePackProgress = "pack-progress"
	// statePackOpen is set once the pack is open (its summary known).
	statePackOpen = "pack-open"
)

// Actions of a pack.
const (
	// actionPackSearch works out the explorer's view of a state
	// (packQuery).
	actionPackSearch = "pack-search"
	// actionPackArticle fetches an article for the reader (its number).
	actionPackArticle = "pack-article"
	// actionPackKeep keeps every file of the pack in the browser.
	actionPackKeep = "pack-keep"
	// actionPackTimeline fetches and analyses the matching articles the
	// timeline draws (packTimelineQuery).
	actionPackTimeline = "pack-timeline"
	// actionPackActor works out an actor's page (packActorQuery).
	actionPackActor = "pack-actor"
	// actionPackActorRows reads the list of every actor of the pack.
	actionPackActorRows = "pack-actor-rows"
)

// packPage is the number of results the explorer shows at first and adds
// with "Show more" over a pack: the page the pack's hot answers hold, so
// that a first search for a common word reads one small file.
const packPage = packs.HotPage

// packSession is the pack a tab shows. Its maps and counts are touched
// on the UI goroutine only; the corpus is opened under mu by the first
// handler that needs it.
type packSession struct {
	read   bool   // folder was read from the environment
	folder string // "" when the site shows the embedded corpus

	mu     sync.Mutex // guards corpus
	corpus packSource

	version  int // answers that arrived (statePack)
	progress int // changes of fetching and keeping (statePackProgress)
	fetching packfetch.Count
	views    map[string]*packResult
	pending  map[string]bool
	// tickets are the answers asked for by packAnswer and not kept yet,
	// by key: what a page waits for (see awaitPack).
	tickets  map[string]*packTicket
	articles map[int]*packArticle
	// timelines are the matching articles of states analysed for the
	// timeline, by state and number of articles.
	timelines map[string]*packTimeline
	// actors are the actor pages worked out, by actor and number of
	// articles read.
	actors map[string]*packActor
	// actorRows is the list of every actor, once read.
	actorRows *packActorRows
	keep      keepState
}

// packSource is what the session uses of a pack's corpus
// (*packcorpus.Corpus). The session holds it as this interface, not as
// the concrete type: go-app's components are reached by reflection, and
// the linker keeps every exported method of a type their fields lead to,
// which would link the pack reader into the build without packs.
type packSource interface {
	explore.Source
	Explore(st search.State, shown int) (packcorpus.View, error)
	Article(doc int) (packcorpus.Article, error)
	Analyse(docs []int, step func()) (*packcorpus.Analysed, error)
	Profile(id string, articles int, step func()) (packcorpus.Profile, bool, error)
	ActorRows() ([]explore.ActorRow, error)
	Matching(st search.State, n int) (docs []int, total int, notes []search.Notice, err error)
	Files(f packs.Fetcher) ([]packs.FileInfo, error)
	Summary() string
}

// packQuery is the value of actionPackSearch.
type packQuery struct {
	key   string
	st    search.State
	shown int
}

// packResult is the explorer's view of a state, or why it failed.
type packResult struct {
	view packcorpus.View
	err  error
}

// packArticle is an article for the reader, or why it failed.
type packArticle struct {
	art packcorpus.Article
	err error
}

// packTimelineQuery is the value of actionPackTimeline: the first
// articles of the matching ones of st.
type packTimelineQuery struct {
	key      string
	st       search.State
	articles int
}

// packTimeline is the first matching articles of a state analysed for the
// timeline (see packcorpus.Corpus.Analyse), or why they could not be.
type packTimeline struct {
	view  corpusView // the articles analysed, and where the reader finds each
	idx   []int      // their positions in view.AC.Articles, in the state's order
	total int        // the number of matching articles
	notes []search.Notice
	err   error
}

// packActorQuery is the value of actionPackActor: the page of actor id
// from its newest articles.
type packActorQuery struct {
	key      string
	id       string
	articles int
}

// packActor is an actor's page over a pack (see
// packcorpus.Corpus.Profile), whether the pack has the actor, or why it
// could not be worked out.
type packActor struct {
	pr    packcorpus.Profile
	view  corpusView // the articles read, and where the reader finds each
	found bool
	err   error
}

// packActorRows is the list of every actor of a pack (see
// packcorpus.Corpus.ActorRows), or why it could not be read.
type packActorRows struct {
	rows []explore.ActorRow
	err  error
}

// keepState is where keeping the whole corpus offline stands.
type keepState struct {
	running, done bool
	files, total  int   // files kept and to keep
	bytes, size   int64 // bytes fetched, and the pack's size
	usage, quota  int64 // the site's storage after, and its quota (-1: unknown)
	err           string
}

// readPack reads where the pack is from go-app's environment, once in
// the browser and each time natively (when prerendering: one process may
// build sites with and without a pack), and reports whether there is one.
func (s *session) readPack() bool {
	if !s.pack.read || !app.IsClient {
		s.pack.read = true
		s.pack.folder = app.Getenv(packfetch.Env)
		if s.pack.views == nil {
			s.pack.views, s.pack.pending, s.pack.articles = map[string]*packResult{}, map[string]bool{}, map[int]*packArticle{}
			s.pack.tickets = map[string]*packTicket{}
			s.pack.timelines, s.pack.actors = map[string]*packTimeline{}, map[string]*packActor{}
		}
	}
	return s.pack.folder != ""
}

// packBase is the address of the pack's folder, with a trailing slash.
func (s *session) packBase() string {
	return packfetch.URL(sitePrefix, s.pack.folder, "")
}

// openPack returns the pack's corpus, opening it (its manifest and
// catalogue) on first use; a failed open is tried again next time. Call
// it from an action handler, never on the UI goroutine.
func (s *session) openPack(ctx app.Context) (packSource, error) {
	s.pack.mu.Lock()
	defer s.pack.mu.Unlock()
	if s.pack.corpus != nil {
		return s.pack.corpus, nil
	}
	// Fetches that end within loadingDelay (a search of files in the
	// browser's cache) draw no progress: the page draws their answer
	// alone.
	th := progressThrottle(s, ctx, loadingDelay, func(c packfetch.Count) bool { return !c.Busy() },
		func(c packfetch.Count) { s.pack.fetching = c })
	prog := packfetch.NewProgress(th.put)
	c, err := packcorpus.Open(&packfetch.Fetcher{Base: s.packBase(), Progress: prog})
	if err != nil {
		return nil, err
	}
	s.pack.corpus = c
	ctx.Dispatch(func(ctx app.Context) {
		s.pack.version++
		ctx.SetState(statePack, s.pack.version)
		ctx.SetState(statePackOpen, true)
	})
	return c, nil
}

// packCorpus returns the pack's corpus when it is open, else nil.
func (s *session) packCorpus() packSource {
	s.pack.mu.Lock()
	defer s.pack.mu.Unlock()
	return s.pack.corpus
}

// progressThrottle returns a throttle (see progressEvery) of the
// progress of a piece of the pack's work, final reporting its end, quiet
// for that long at the start of each run (see throttle): set stores a
// value the throttle passes on, on the UI goroutine, and what shows the
// progress observes statePackProgress (the component that sent the work
// is not drawn again for it). The final value of a run that showed
// nothing is stored without drawing anything.
func progressThrottle[T any](s *session, ctx app.Context, quiet time.Duration, final func(T) bool, set func(T)) *throttle[T] {
	return &throttle[T]{every: progressEvery, quiet: quiet, final: final, send: func(v T, show bool) {
		ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			set(v)
			if show {
				s.packProgressed(ctx)
			}
		})
	}}
}

func (s *session) packProgressed(ctx app.Context) {
	s.pack.progress++
	ctx.SetState(statePackProgress, s.pack.progress)
}

// catalog returns the actors of what the pages show: the pack's, or the
// current corpus's.
func (s *session) catalog() explore.Catalog {
	if s.packed() {
		if c := s.packCorpus(); c != nil {
			return c
		}
		return noActors{}
	}
	return s.data().AC
}

// noActors is the catalog of a pack not opened yet.
type noActors struct{}

func (noActors) Actor(string) (actors.Actor, bool) { return actors.Actor{}, false }

// summary sums the corpus up for the header.
func (s *session) summary() string {
	if s.packed() {
		if c := s.packCorpus(); c != nil {
			return c.Summary()
		}
		return "Loading the corpus…"
	}
	return s.data().Summary()
}

// packView returns the explorer's view of st with shown hits when it has
// arrived; else, with ask, it asks for it (once), and returns nil.
// Natively (when prerendering) it never asks.
func (s *session) packView(ctx app.Context, ask bool, st search.State, shown int) *packResult {
	key := packViewKey(st, shown)
	return packAnswer(s, ctx, ask, s.pack.views, key, actionPackSearch, packQuery{key, st, shown})
}

// packViewKey is the key of the explorer's view of st with shown hits.
func packViewKey(st search.State, shown int) string { return st.Encode() + "#" + strconv.Itoa(shown) }

// packAnswer returns the answer in m under key when it has arrived; else,
// with ask, it sends the action with the query q (once) to work it out,
// and returns nil. Natively (when prerendering) it never asks.
func packAnswer[T, Q any](s *session, ctx app.Context, ask bool, m map[string]*T, key, action string, q Q) *T {
	if x := m[key]; x != nil {
		return x
	}
	if ask && app.IsClient && !s.pack.pending[key] {
		s.pack.pending[key] = true
		t := &packTicket{ready: make(chan struct{})}
		s.pack.tickets[key] = t
		ctx.NewActionWithValue(action, packAsk[Q]{asker: ctx, q: q, ticket: t})
	}
	return nil
}

// packAsk is the value of an action of the pack sent by packAnswer: the
// query, the context of the page that asked and the ticket of the answer
// (see packArrived).
type packAsk[Q any] struct {
	asker  app.Context
	q      Q
	ticket *packTicket
}

// packTicket is an answer of the pack on its way to the UI goroutine:
// ready is closed once keep is set, and keep, run on the UI goroutine,
// keeps the answer (once: later runs do nothing).
type packTicket struct {
	ready chan struct{}
	keep  func(ctx app.Context)
}

// packArrived keeps the answer x under key in m, on the UI goroutine (m
// holds at most bound answers: a bound, not a cache policy, as the pack's
// reader keeps what it fetched), and tells the pages.
//
// Whichever comes first keeps it: the page that asked, if it waits for
// it (see awaitPack); else a dispatch of the asker's own, which marks the
// asker for drawing in the next frame (the pages that observe statePack
// are each told by a dispatch of their own, and go-app may process its
// next frame between those and this one, which would leave the answer
// undrawn for a frame); else, when the asker is gone and its dispatch is
// dropped, the session's (ctx).
func packArrived[T any](s *session, ctx, asker app.Context, t *packTicket, m map[string]*T, bound int, key string, x *T) {
	kept := false // read and set on the UI goroutine only
	keep := func(ctx app.Context) {
		if kept {
			return
		}
		kept = true
		if len(m) >= bound {
			clear(m)
		}
		m[key] = x
		delete(s.pack.pending, key)
		delete(s.pack.tickets, key)
		s.pack.version++
		ctx.SetState(statePack, s.pack.version)
	}
	t.keep = keep
	close(t.ready)
	asker.Dispatch(keep)
	ctx.Dispatch(keep)
}

// awaitPack waits on the UI goroutine, for up to d, for the answer under
// key that packAnswer asked for, and keeps it if it comes: it reports
// whether the answer is there. The page's event loop runs meanwhile (the
// fetches' promises resolve); go-app's does not: its events and frames
// wait, which is what lets the handler's update draw the answer.
func (s *session) awaitPack(ctx app.Context, key string, d time.Duration) bool {
	t := s.pack.tickets[key]
	if t == nil {
		return false
	}
	start := time.Now()
	defer wakeForFrame(start)
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-t.ready:
		t.keep(ctx)
		return true
	case <-timer.C:
		return false
	}
}

// goappFrame is the time between go-app's frames (app.RunWhenOnBrowser
// starts its engine at 120 frames a second).
const goappFrame = time.Second / 120

// wakeForFrame makes sure that the Go runtime wakes when go-app's frame,
// due one frame after the event handled from start, is due. A handler
// that blocks in a select of its own leaves go-app's frame ticker out of
// the runtime's timers (a channel's timer is only there while a goroutine
// waits on the channel), and in js/wasm the runtime, going idle just
// after, can then set its wake-up for a later timer: the frame, and the
// update the handler marked, would wait for that one (measured: 150 ms).
func wakeForFrame(start time.Time) {
	if rest := goappFrame - time.Since(start); rest > 0 {
		time.AfterFunc(rest+time.Millisecond/2, func() {})
	}
}

// packNeighbours finds article doc among the hits of st that the
// explorer has shown (the longest list of them it has): the cards before
// and after it (nil when none), its position and the number of matching
// articles; total is 0 when doc is not among them.
func (s *session) packNeighbours(st search.State, doc int) (prev, next *packcorpus.Card, pos, total int) {
	var cards []packcorpus.Card
	prefix := st.Encode() + "#"
	for k, r := range s.pack.views {
		if r.err == nil && strings.HasPrefix(k, prefix) && len(r.view.Cards) > len(cards) {
			cards, total = r.view.Cards, r.view.Result.Total
		}
	}
	docs := make([]int, len(cards))
	for i, c := range cards {
		docs[i] = c.Doc
	}
	p, n, pos := explore.Neighbours(docs, doc)
	if pos < 0 {
		return nil, nil, 0, 0
	}
	if p >= 0 {
		prev = &cards[pos-1]
	}
	if n >= 0 {
		next = &cards[pos+1]
	}
	return prev, next, pos, total
}

// retryPack forgets the failures, so that the pages ask again.
func (s *session) retryPack() {
	for k, r := range s.pack.views {
		if r.err != nil {
			delete(s.pack.views, k)
		}
	}
	for k, a := range s.pack.articles {
		if a.err != nil {
			delete(s.pack.articles, k)
		}
	}
	for k, t := range s.pack.timelines {
		if t.err != nil {
			delete(s.pack.timelines, k)
		}
	}
	for k, a := range s.pack.actors {
		if a.err != nil {
			delete(s.pack.actors, k)
		}
	}
	if r := s.pack.actorRows; r != nil && r.err != nil {
		s.pack.actorRows = nil
	}
}

// onPackSearch works out a view of the explorer over the pack.
func (s *session) onPackSearch(ctx app.Context, a app.Action) {
	ask, ok := a.Value.(packAsk[packQuery])
	if !ok {
		return
	}
	q := ask.q
	c, err := s.openPack(ctx)
	var v packcorpus.View
	if err == nil {
		start := time.Now()
		v, err = c.Explore(q.st, q.shown)
		noteSearch(start)
	}
	packArrived(s, ctx, ask.asker, ask.ticket, s.pack.views, 64, q.key, &packResult{view: v, err: err})
}

// packArticle returns the article with number doc when it has arrived;
// else, with ask, it asks for it (once), and returns nil.
func (s *session) packArticle(ctx app.Context, ask bool, doc int) *packArticle {
	if a := s.pack.articles[doc]; a != nil {
		return a
	}
	key := "article#" + strconv.Itoa(doc)
	if ask && app.IsClient && !s.pack.pending[key] {
		s.pack.pending[key] = true
		ctx.NewActionWithValue(actionPackArticle, doc)
	}
	return nil
}

// onPackArticle fetches an article for the reader.
func (s *session) onPackArticle(ctx app.Context, a app.Action) {
	doc, ok := a.Value.(int)
	if !ok {
		return
	}
	c, err := s.openPack(ctx)
	var art packcorpus.Article
	if err == nil {
		art, err = c.Article(doc)
	}
	ctx.Dispatch(func(ctx app.Context) {
		s.pack.articles[doc] = &packArticle{art: art, err: err}
		delete(s.pack.pending, "article#"+strconv.Itoa(doc))
		s.pack.version++
		ctx.SetState(statePack, s.pack.version)
	})
}

// packTimeline returns the first articles matching st, analysed for the
// timeline, when they have arrived; else, with ask, it asks for them
// (once), and returns nil. Natively (when prerendering) it never asks.
func (s *session) packTimeline(ctx app.Context, ask bool, st search.State, articles int) *packTimeline {
	key := "timeline#" + st.Encode() + "#" + strconv.Itoa(articles)
	return packAnswer(s, ctx, ask, s.pack.timelines, key, actionPackTimeline, packTimelineQuery{key, st, articles})
}

// onPackTimeline searches the pack for the first matching articles of a
// state, fetches them and analyses them again (the page paints between
// pieces of the work) for the timeline.
func (s *session) onPackTimeline(ctx app.Context, a app.Action) {
	ask, ok := a.Value.(packAsk[packTimelineQuery])
	if !ok {
		return
	}
	q := ask.q
	c, err := s.openPack(ctx)
	t := &packTimeline{err: err}
	if err == nil {
		t = timelineOf(c, q.st, q.articles)
	}
	packArrived(s, ctx, ask.asker, ask.ticket, s.pack.timelines, 8, q.key, t)
}

// timelineOf searches c for the first articles matching st, fetches them
// and analyses them again for the timeline, yielding to the page between
// pieces of the work.
func timelineOf(c packSource, st search.State, articles int) *packTimeline {
	docs, total, notes, err := c.Matching(st, articles)
	if err != nil {
		return &packTimeline{err: err}
	}
	an, err := c.Analyse(docs, yieldUI)
	if err != nil {
		return &packTimeline{err: err}
	}
	return &packTimeline{view: corpusView{Data: &Data{AC: an.AC}, docs: an.Docs, state: st},
		idx: an.Index, total: total, notes: notes}
}

// packActor returns the page of actor id from its newest articles when
// it has arrived; else, with ask, it asks for it (once), and returns nil.
// Natively (when prerendering) it never asks.
func (s *session) packActor(ctx app.Context, ask bool, id string, articles int) *packActor {
	key := "actor#" + id + "#" + strconv.Itoa(articles)
	return packAnswer(s, ctx, ask, s.pack.actors, key, actionPackActor, packActorQuery{key, id, articles})
}

// onPackActor works out an actor's page over the pack.
func (s *session) onPackActor(ctx app.Context, a app.Action) {
	ask, ok := a.Value.(packAsk[packActorQuery])
	if !ok {
		return
	}
	q := ask.q
	c, err := s.openPack(ctx)
	x := &packActor{err: err}
	if err == nil {
		x = actorOf(c, q.id, q.articles)
	}
	packArrived(s, ctx, ask.asker, ask.ticket, s.pack.actors, 16, q.key, x)
}

// actorOf works out the page of actor id over c from its newest articles,
// yielding to the page between pieces of the work.
func actorOf(c packSource, id string, articles int) *packActor {
	pr, found, err := c.Profile(id, articles, yieldUI)
	x := &packActor{pr: pr, found: found, err: err}
	if err == nil && found {
		x.view = corpusView{Data: &Data{AC: pr.Analysed.AC}, docs: pr.Analysed.Docs}
	}
	return x
}

// packActorRows returns the list of every actor of the pack when it has
// arrived; else, with ask, it asks for it (once), and returns nil.
// Natively (when prerendering) it never asks.
func (s *session) packActorRows(ctx app.Context, ask bool) *packActorRows {
	const key = "actor-rows"
	if s.pack.actorRows != nil {
		return s.pack.actorRows
	}
	if ask && app.IsClient && !s.pack.pending[key] {
		s.pack.pending[key] = true
		ctx.NewAction(actionPackActorRows)
	}
	return nil
}

// onPackActorRows reads the list of every actor of the pack.
func (s *session) onPackActorRows(ctx app.Context, a app.Action) {
	c, err := s.openPack(ctx)
	x := &packActorRows{err: err}
	if err == nil {
		x.rows, x.err = c.ActorRows()
	}
	ctx.Dispatch(func(ctx app.Context) {
		s.pack.actorRows = x
		delete(s.pack.pending, "actor-rows")
		s.pack.version++
		ctx.SetState(statePack, s.pack.version)
	})
}

// onPackKeep fetches every file of the pack into the browser's cache,
// with its progress, then asks the browser how much the site stores.
func (s *session) onPackKeep(ctx app.Context, a app.Action) {
	fail := func(err error) {
		ctx.Dispatch(func(ctx app.Context) {
			s.pack.keep.running, s.pack.keep.err = false, err.Error()
			s.packProgressed(ctx)
		})
	}
	c, err := s.openPack(ctx)
	if err != nil {
		fail(err)
		return
	}
	infos, err := c.Files(&packfetch.Fetcher{Base: s.packBase()})
	if err != nil {
		fail(err)
		return
	}
	names := []string{packs.ManifestName}
	var size int64
	for _, fi := range infos {
		names = append(names, fi.Name)
		size += fi.Size
	}
	ctx.Dispatch(func(ctx app.Context) {
		s.pack.keep.total, s.pack.keep.size = len(names), size
		s.packProgressed(ctx)
	})
	type kept struct {
		files int
		bytes int64
	}
	th := progressThrottle(s, ctx, 0, func(k kept) bool { return k.files == len(names) },
		func(k kept) { s.pack.keep.files, s.pack.keep.bytes = k.files, k.bytes })
	err = packfetch.Keep(s.packBase(), names, func(done int, bytes int64) { th.put(kept{done, bytes}) })
	if err != nil {
		fail(err)
		return
	}
	usage, quota, _ := packfetch.Estimate()
	ctx.Dispatch(func(ctx app.Context) {
		s.pack.keep.running, s.pack.keep.done = false, true
		s.pack.keep.files, s.pack.keep.usage, s.pack.keep.quota = len(names), usage, quota
		s.packProgressed(ctx)
	})
}

// packOnly is what a page that needs data a pack does not hold yet shows
// on a site that serves a pack.
func packOnly(s *session, active, what string) app.UI {
	return page(s, active,
		app.H1().Text(what),
		app.Div().Class("notice-box").ID("pack-notice").Role("status").Body(
			app.P().Textf("%s is not available for this corpus yet: it is served as a pack, "+
				"whose files hold the articles, their actors and the search index, not yet what this page needs.", what),
			app.P().Body(
				app.A().Href(href("/", nil)).Text("Search the articles"),
				app.Text(": facets, dates and the reader work over the whole corpus."),
			),
		),
	)
}

// packStatus shows the fetches under way.
type packStatus struct {
	app.Compo
	s *session

	// Loading is set while what the page shows has not arrived.
	Loading bool

	progress int
}

// OnMount follows the fetches.
func (p *packStatus) OnMount(ctx app.Context) {
	ctx.ObserveState(statePackProgress, &p.progress)
}

// Render shows what is being fetched.
func (p *packStatus) Render() app.UI {
	c := p.s.pack.fetching
	if !p.Loading && !c.Busy() {
		return app.Div().Class("pack-status").ID("pack-idle")
	}
	label := "Loading the corpus…"
	if c.Started > 0 {
		label = fmt.Sprintf("Loading the corpus: %s", c)
	}
	return app.Div().Class("pack-status loading").ID("pack-loading").Role("status").Aria("live", "polite").Body(
		app.Span().Class("spinner").Aria("hidden", "true"),
		app.Text(label),
	)
}

// packError shows a part of the pack that could not be fetched, naming
// the file, with a button that tries again.
func packError(err error, retry app.EventHandler) app.UI {
	return app.Div().Class("error pack-error").ID("pack-error").Role("alert").Body(
		app.Strong().Text("Part of the corpus could not be fetched. "),
		app.Span().Text(err.Error()),
		app.Text(" "),
		app.Button().Class("button").ID("pack-retry").Text("Try again").OnClick(retry),
	)
}

// keepOffline offers to keep the whole pack offline, and shows the
// progress and the space it takes.
type keepOffline struct {
	app.Compo
	s        *session
	progress int
}

// OnMount follows the progress.
func (k *keepOffline) OnMount(ctx app.Context) {
	ctx.ObserveState(statePackProgress, &k.progress)
}

// Render shows the action, its progress bar, or what it kept.
func (k *keepOffline) Render() app.UI {
	st := k.s.pack.keep
	body := []app.UI{app.H3().Text("Offline")}
	switch {
	case st.running:
		label := "Fetching the list of files…"
		if st.total > 0 {
			label = fmt.Sprintf("Kept %d of %d files (%s of %s)", st.files, st.total, packfetch.Size(st.bytes), packfetch.Size(st.size))
		}
		body = append(body,
			app.Progress().ID("keep-progress").Max(max(st.total, 1)).Value(st.files).Aria("label", "Keeping the corpus offline"),
			app.P().Class("hint").ID("keep-label").Aria("live", "polite").Text(label),
		)
	case st.done:
		msg := fmt.Sprintf("The whole corpus is kept in this browser: %d files, %s.", st.total, packfetch.Size(st.size))
		if st.usage >= 0 {
			msg += fmt.Sprintf(" The site stores %s here", packfetch.Size(st.usage))
			if st.quota > 0 {
				msg += fmt.Sprintf(" (of %s the browser allows)", packfetch.Size(st.quota))
			}
			msg += "."
		}
		body = append(body, app.P().Class("hint").ID("keep-done").Role("status").Text(msg))
	default:
		if st.err != "" {
			body = append(body, app.P().Class("error").ID("keep-error").Role("alert").Text("Keeping the corpus offline failed: "+st.err))
		}
		body = append(body,
			app.P().Class("hint").Text("What you have seen works offline. To search everything offline, keep the whole corpus in this browser."),
			app.Button().Class("button secondary").ID("keep-offline").Text("Keep the whole corpus offline").OnClick(k.onKeep),
		)
	}
	return app.Section().Class("facet keep-offline").Body(body...)
}

func (k *keepOffline) onKeep(ctx app.Context, e app.Event) {
	if k.s.pack.keep.running {
		return
	}
	k.s.pack.keep = keepState{running: true}
	ctx.NewAction(actionPackKeep)
}
