package workspace

import (
	"errors"
	"time"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/edits"
	"corpusexplorer/app/importer"
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
// "Applying your edits", "Indexing", "Showing"), and within the long ones
// of the articles done out of total, at least every YieldEvery. In the
// browser it shows progress and lets the page repaint. Returning false
// stops the build.
type Step func(phase string, done, total int) bool

// YieldEvery is how long a build works between two calls of its Step.
const YieldEvery = 40 * time.Millisecond

// The analysis goes analyseChunk articles at a time, the parsing
// parseChunk files at a time, between looks at the clock.
const (
	analyseChunk = 5
	parseChunk   = 50
)

// Build makes the corpus of job: the embedded articles plus its files (an
// id of an embedded article replaces it), analysed exactly like the
// embedded ones, with its edits applied. It may run on any goroutine,
// while the workspace goes on (Install then decides whether the outcome
// is still wanted). step may be nil.
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
	c := emb.Corpus
	ids := map[string]bool{}
	var add []corpus.File
	for _, f := range job.Files {
		id := corpus.IDOf(f.Name)
		if _, ok := c.ByID(id); ok {
			nc, err := importer.Replace(c, importer.Problem{File: f.Name, Kind: importer.DuplicateID, ID: id, Pending: &f})
			if err != nil {
				out.Problems = append(out.Problems, err.Error())
				continue
			}
			c = nc
			ids[id] = true
			continue
		}
		add = append(add, f)
	}
	// Parse each file, then add them all at once: adding to an immutable
	// corpus copies it, so adding chunk by chunk would be quadratic.
	last := time.Now()
	parsed := make([]*corpus.Article, 0, len(add))
	for i, f := range add {
		a, err := corpus.Parse(f.Name, f.Data)
		if err != nil {
			out.Problems = append(out.Problems, err.Error())
		} else {
			parsed = append(parsed, a)
		}
		if i%parseChunk == parseChunk-1 && time.Since(last) >= YieldEvery {
			if !progress("Parsing", i+1, len(add)) {
				return out
			}
			last = time.Now()
		}
	}
	nc, err := c.With(parsed...)
	if err != nil {
		for _, e := range unwrapJoined(err) {
			out.Problems = append(out.Problems, e.Error())
		}
	}
	c = nc
	for _, a := range parsed {
		if _, ok := c.ByID(a.ID); ok {
			ids[a.ID] = true
		}
	}
	ac := emb
	if !progress("Analysing") {
		return out
	}
	if c != emb.Corpus {
		an := analysis.NewAnalyser(c, g.NewExtractor())
		last = time.Now()
		for !an.Step(analyseChunk) {
			if time.Since(last) >= YieldEvery {
				done, total := an.Progress()
				if !progress("Analysing", done, total) {
					return out
				}
				last = time.Now()
			}
		}
		ac = an.Corpus()
	}
	out.base = ac
	if len(job.Edits) > 0 {
		kept, res, dropped := edits.Prune(g, ac.Actor, job.Edits)
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
			ac = edits.Analyse(c, res)
		} else {
			out.result = nil
		}
	}
	if !progress("Indexing") {
		return out
	}
	ib := ac.IndexBuilder()
	last = time.Now()
	for !ib.Step(analyseChunk * 4) {
		if time.Since(last) >= YieldEvery {
			done, total := ib.Progress()
			if !progress("Indexing", done, total) {
				return out
			}
			last = time.Now()
		}
	}
	ix := ib.Index()
	ac.Happenings() // the corpus events, merged once here rather than by the first page that shows them
	if !progress("Showing") {
		return out
	}
	out.Data = &Data{AC: ac, Index: ix, Imported: ids, Edits: out.result}
	return out
}

// unwrapJoined returns the errors joined in err (errors.Join), or err.
func unwrapJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
