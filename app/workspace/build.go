package workspace

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"runtime/metrics"
	"slices"
	"time"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/strmap"
)

// Built is the outcome of Build.
type Built struct {
	// Data is the corpus built, nil when cancelled.
	Data *Data
	// Problems are the files that failed to parse and the edits that no
	// longer apply: all left out of Data.
	Problems []string
	// Cancelled is set when the step function stopped the build: nothing
	// else is.
	Cancelled bool

	job    Job
	base   *analysis.Corpus
	result *edits.Result
	kept   []edits.Edit
	// inactive are the positions (from 0) of the edits that do not apply.
	inactive map[int]bool
}

// Step is told of each phase of a build ("Parsing", "Analysing",
// "Applying your edits", "Indexing", "Merging events", "Showing"), and
// within the long ones of the work done out of total (articles; for
// "Merging events", pieces of work), at least every 40 ms (15 ms once the
// heap is large: see yieldSmall). In the browser it shows progress and
// lets the page repaint. Returning false stops the build.
type Step func(phase string, done, total int) bool

// A build works between two calls of its Step at most yieldSmall while
// Go's heap is small, yieldLarge once it holds largeHeap live bytes: in
// the browser a frame then holds, besides the step, the collector's
// marking of the whole heap in one go (over 100 ms for 100,000 imported
// articles), while a small import is quicker with fewer, longer steps.
const (
	yieldSmall = 40 * time.Millisecond
	yieldLarge = 15 * time.Millisecond
	largeHeap  = 150 << 20
)

// yieldEvery returns how long a build works between two calls of its
// Step now (see yieldSmall).
func yieldEvery() time.Duration {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 && s[0].Value.Uint64() >= largeHeap {
		return yieldLarge
	}
	return yieldSmall
}

// The analysis goes analyseChunk articles at a time, the parsing
// parseChunk files at a time, between looks at the clock; the other steps
// (remapping, indexing, merging events) go stepChunk at a time.
const (
	analyseChunk = 5
	parseChunk   = 50
	stepChunk    = 20
	// finishChunk is how many documents or terms the index's Finish
	// goes through between looks at the clock.
	finishChunk = 2000
	// extractorChunk is how many actors a gazetteer's extractor takes in
	// between looks at the clock.
	extractorChunk = 200
)

// Build makes the corpus of job: the embedded articles plus its files (an
// id of an embedded article replaces it), analysed exactly like the
// embedded ones, with its edits applied. It may run on any goroutine,
// while the workspace goes on (Install then decides whether the outcome
// is still wanted). step may be nil.
//
// A build parses and analyses only the files that are new or changed
// since the last build (see cache): the outcome is the same as a build
// from scratch.
func (w *Workspace) Build(job Job, step Step) (out Built) {
	progress := func(phase string, n ...int) bool {
		done, total := 0, 0
		if len(n) == 2 {
			done, total = n[0], n[1]
		}
		if step != nil && !step(phase, done, total) {
			out = Built{Cancelled: true, job: job}
			return false
		}
		return true
	}
	// steps runs fn (a step of a stepper, which reports whether it is
	// done) until done, telling progress of phase at least every
	// yieldEvery.
	steps := func(phase string, fn func() bool, at func() (int, int)) bool {
		last, every := time.Now(), yieldEvery()
		for !fn() {
			if time.Since(last) >= every {
				done, total := at()
				if !progress(phase, done, total) {
					return false
				}
				last, every = time.Now(), yieldEvery()
			}
		}
		return true
	}
	w.buildMu.Lock()
	defer w.buildMu.Unlock()
	out.job = job
	emb, err := w.Embedded()
	if err != nil {
		out.Data = &Data{Err: err}
		return out
	}
	g, err := w.Gazetteer()
	if err != nil {
		out.Data = &Data{Err: err}
		return out
	}
	if !progress("Parsing") {
		return out
	}
	// Parse each file (or take it from the cache), then add them all at
	// once: adding to an immutable corpus copies it, so adding chunk by
	// chunk would be quadratic. A file with the id of an embedded article
	// replaces it.
	last, every := time.Now(), yieldEvery()
	parsed := make([]*corpus.Article, 0, len(job.Files))
	names := new(strmap.Map[struct{}])
	names.Grow(len(job.Files))
	replaced := map[string]bool{}
	for i, f := range job.Files {
		names.Put(f.Name, struct{}{})
		e := w.cache.parsed(f)
		if e.err != nil {
			out.Problems = append(out.Problems, e.err.Error())
		} else {
			parsed = append(parsed, e.art)
			if _, ok := emb.Corpus.ByID(e.art.ID); ok {
				replaced[e.art.ID] = true
			}
		}
		if i%parseChunk == parseChunk-1 && time.Since(last) >= every {
			if !progress("Parsing", i+1, len(job.Files)) {
				return out
			}
			last, every = time.Now(), yieldEvery()
		}
	}
	w.cache.keep(names)
	c, err := emb.Corpus, error(nil)
	if len(replaced) > 0 || len(parsed) > 0 {
		// Put together a piece at a time: 100,000 articles are numbered
		// and sorted by date.
		asm := corpus.Assemble(emb.Corpus, parsed)
		if len(replaced) > 0 {
			all := make([]*corpus.Article, 0, emb.Corpus.Len()+len(parsed))
			for _, a := range emb.Corpus.All() {
				if !replaced[a.ID] {
					all = append(all, a)
				}
			}
			asm = corpus.Assemble(nil, append(all, parsed...))
		}
		if !steps("Parsing", func() bool { return asm.Step(parseChunk * 20) }, func() (int, int) { return len(job.Files), len(job.Files) }) {
			return out
		}
		c, err = asm.Corpus()
	}
	if err != nil {
		for _, e := range unwrapJoined(err) {
			out.Problems = append(out.Problems, e.Error())
		}
	}
	ids := new(strmap.Map[struct{}])
	ids.Grow(len(parsed))
	next := 0
	imported := func() bool {
		for end := min(next+parseChunk*20, len(parsed)); next < end; next++ {
			a := parsed[next]
			if b, ok := c.ByID(a.ID); ok && b == a {
				ids.Put(a.ID, struct{}{})
			}
		}
		return next == len(parsed)
	}
	if !steps("Parsing", imported, func() (int, int) { return len(job.Files), len(job.Files) }) {
		return out
	}
	ac := emb
	if !progress("Analysing") {
		return out
	}
	if c != emb.Corpus {
		if w.cache.ex == nil {
			ex, ok := buildExtractor(g, "Analysing", steps, progress)
			if !ok {
				return out
			}
			w.cache.ex = ex
		}
		an := analysis.NewAnalyser(c, w.cache.ex)
		reuse(an, w.cache.analysed)
		kept := keeper(an)
		if !steps("Analysing", func() bool { return kept.step(an.Step(analyseChunk)) }, an.Progress) {
			return out
		}
		ac = an.Corpus()
		w.cache.analysed = kept.finish(ac.Articles)
	}
	out.base = ac
	if len(job.Edits) > 0 {
		pr := edits.NewPruner(g, ac.Actor, job.Edits)
		if !steps("Applying your edits", func() bool { return pr.Step(stepChunk * 10) }, pr.Progress) {
			return out
		}
		kept, res, dropped := pr.Result()
		for _, e := range dropped {
			out.Problems = append(out.Problems, "edit no longer applies (kept, inactive, until you delete it): "+e.Error())
			var ee *edits.Error
			if errors.As(e, &ee) && ee.Index > 0 {
				if out.inactive == nil {
					out.inactive = map[int]bool{}
				}
				out.inactive[ee.Index-1] = true
			}
		}
		out.kept, out.result = kept, res
		if len(kept) > 0 {
			if !progress("Applying your edits") {
				return out
			}
			if ac, out.Cancelled = w.applyEdits(c, res, steps, progress); out.Cancelled {
				return out
			}
		} else {
			out.result = nil
		}
	}
	if !progress("Indexing") {
		return out
	}
	ib := ac.IndexBuilder()
	if !steps("Indexing", func() bool { return ib.Step(stepChunk) }, ib.Progress) {
		return out
	}
	if !steps("Indexing", func() bool { return ib.Finish(finishChunk) }, ib.Progress) {
		return out
	}
	ix := ib.Index()
	// The corpus events, merged here rather than by the first page that
	// shows them.
	if !progress("Merging events") {
		return out
	}
	m := ac.Merger()
	if !steps("Merging events", func() bool { return m.Step(stepChunk * 20) }, m.Progress) {
		return out
	}
	if !progress("Showing") {
		return out
	}
	out.Data = &Data{AC: ac, Index: ix, imported: ids, Edits: out.result}
	return out
}

// buildExtractor makes the extractor of g a few actors at a time, and the
// tables every analysis shares and the extractor's own, each in a step of
// its own: at once they held the page 250 ms at the first import. It
// reports false when steps or progress stopped it.
func buildExtractor(g *actors.Gazetteer, phase string, steps func(string, func() bool, func() (int, int)) bool, progress func(string, ...int) bool) (*actors.Extractor, bool) {
	alone := func(fn func()) bool {
		fn()
		return progress(phase)
	}
	if !progress(phase) || !alone(actors.Prepare) || !alone(analysis.Prepare) {
		return nil, false
	}
	eb := g.ExtractorBuilder()
	if !steps(phase, func() bool { return eb.Step(extractorChunk) }, eb.Progress) {
		return nil, false
	}
	ex := eb.Extractor()
	if !progress(phase) || !alone(ex.Prepare) {
		return nil, false
	}
	return ex, true
}

// applyEdits analyses c with the gazetteer of the edits res and remaps
// its articles (as edits.Analyse does), reusing the analyses of the last
// build with the same gazetteer, a step at a time. It reports whether
// steps or progress stopped it.
func (w *Workspace) applyEdits(c *corpus.Corpus, res *edits.Result, steps func(string, func() bool, func() (int, int)) bool, progress func(string, ...int) bool) (*analysis.Corpus, bool) {
	const phase = "Applying your edits"
	key := gazetteerKey(res.Gazetteer)
	if key == "" || key != w.cache.gazetteer || w.cache.editedEx == nil {
		w.cache.gazetteer, w.cache.edited, w.cache.editedEx = "", nil, nil
		ex, ok := buildExtractor(res.Gazetteer, phase, steps, progress)
		if !ok {
			return nil, true
		}
		w.cache.gazetteer, w.cache.editedEx = key, ex
	}
	an := analysis.NewAnalyser(c, w.cache.editedEx)
	reuse(an, w.cache.edited)
	kept := keeper(an)
	if !steps(phase, func() bool { return kept.step(an.Step(analyseChunk)) }, an.Progress) {
		return nil, true
	}
	ac := an.Corpus()
	// A copy of the list: the remapping below replaces its articles.
	w.cache.edited = kept.finish(slices.Clone(ac.Articles))
	if res.Empty() {
		return ac, false
	}
	i := 0
	remap := func() bool {
		for end := min(i+stepChunk, len(ac.Articles)); i < end; i++ {
			ac.Articles[i] = edits.RemapArticle(ac.Articles[i], res.Remap)
		}
		return i == len(ac.Articles)
	}
	if !steps(phase, remap, func() (int, int) { return i, len(ac.Articles) }) {
		return nil, true
	}
	return ac, false
}

// gazetteerKey identifies the content of a gazetteer: every field of its
// actors, each prefixed by its length, hashed (written directly rather
// than as JSON: a gazetteer with ten thousand imported actors is keyed on
// the page's one thread). TestGazetteerKey checks that it covers every
// field of actors.Actor.
func gazetteerKey(g *actors.Gazetteer) string {
	h := sha256.New()
	var buf []byte
	str := func(s string) {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	for _, a := range g.Actors() {
		buf = buf[:0]
		str(a.ID)
		str(a.Name)
		buf = binary.AppendUvarint(buf, uint64(a.Type))
		str(a.Affiliation)
		buf = binary.AppendUvarint(buf, uint64(len(a.Aliases)))
		for _, x := range a.Aliases {
			str(x)
		}
		buf = binary.AppendUvarint(buf, uint64(len(a.Roles)))
		for _, r := range a.Roles {
			str(r.Phrase)
			str(r.From)
			str(r.To)
		}
		if a.Discovered {
			buf = append(buf, 1)
		} else {
			buf = append(buf, 0)
		}
		h.Write(buf)
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// unwrapJoined returns the errors joined in err (errors.Join), or err.
func unwrapJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
