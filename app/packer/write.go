package packer

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
)

// hotBytes is about the uncompressed size of a shard of hot answers.
const hotBytes = 48 << 10

// Sink receives the files of a pack. Write never calls Put from two
// goroutines at once (the sealing of the files runs on every core; their
// putting one at a time). A Sink that is also a packs.Fetcher gives back
// what was put: else Write keeps a copy of the files in memory to work
// out the hot answers.
type Sink interface {
	Put(name string, data []byte) error
}

// Dir is a Sink that writes files into a folder (created if need be).
// It reads them back as a packs.Dir does (Write reads what it wrote to
// work out the hot answers).
type Dir string

// Fetch implements packs.Fetcher.
func (d Dir) Fetch(name string) ([]byte, error) { return packs.Dir(d).Fetch(name) }

// FetchRange implements packs.RangeFetcher.
func (d Dir) FetchRange(name string, off, n int64) ([]byte, error) {
	return packs.Dir(d).FetchRange(name, off, n)
}

// Put implements Sink.
func (d Dir) Put(name string, data []byte) error {
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(string(d), name), data, 0o644)
}

// Sizes are the cut of a pack; a zero field takes its default, which grows
// with the corpus so that 1,000,000 articles make fewer than 5,000 files.
type Sizes struct {
	// PostingsBytes and DictBytes are the uncompressed bytes a postings
	// or dictionary shard holds at least (the last of each, and a shard of
	// one term longer than that, excepted).
	PostingsBytes, DictBytes int
	// DocsPerChunk and DocsPerText are the documents of a column chunk
	// and of an article-record file.
	DocsPerChunk, DocsPerText int
	// ColumnBytes is the uncompressed bytes of the column chunks of a
	// group that a file holds at least (the last of each group excepted).
	ColumnBytes int
}

// withDefaults fills the zero fields of s for a corpus of n documents
// whose postings take total bytes.
func (s Sizes) withDefaults(n, total, dict int) Sizes {
	// At most 2,000 postings shards, 400 dictionary shards, 3 × 600
	// column files (fewer: a file holds several chunks) and 500 article
	// files: under 5,000 files in all.
	// A reader fetches a term's postings alone, by a range request: a
	// postings file's size sets the number of files (and the manifest's
	// list of them) more than what a query reads, but for a host that
	// ignores ranges. Postings compress little (varints): 192 KB make
	// 120–240 KB.
	if s.PostingsBytes <= 0 {
		s.PostingsBytes = max(192<<10, total/2000)
	}
	if s.DictBytes <= 0 {
		s.DictBytes = max(32<<10, dict/400)
	}
	if s.DocsPerChunk <= 0 {
		s.DocsPerChunk = max(256, (n+599)/600)
	}
	if s.DocsPerText <= 0 {
		s.DocsPerText = max(1000, (n+499)/500)
	}
	if s.ColumnBytes <= 0 {
		// Core columns compress to about a third: 128 KB make 30–60 KB.
		s.ColumnBytes = 128 << 10
	}
	return s
}

// files collects the files of a pack, sealing them on every core.
type files struct {
	mu    sync.Mutex
	sink  Sink
	infos []packs.FileInfo
	err   error
	mem   map[string][]byte // a copy of the files, when sink is no Fetcher
}

func (fs *files) put(kind string, data []byte) string {
	name := packs.FileName(kind, data)
	sum := packs.SHA256(data)
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if err := fs.sink.Put(name, data); err != nil && fs.err == nil {
		fs.err = err
	}
	if fs.mem != nil {
		fs.mem[name] = data
	}
	fs.infos = append(fs.infos, packs.FileInfo{Name: name, Size: int64(len(data)), SHA256: sum})
	return name
}

// readBack is the pack written so far, as a reader fetches it: the
// manifest from memory, the other files from the sink.
type readBack struct {
	fs       *files
	manifest []byte
}

// Fetch implements packs.Fetcher.
func (rb readBack) Fetch(name string) ([]byte, error) {
	if name == packs.ManifestName {
		return rb.manifest, nil
	}
	if f, ok := rb.fs.sink.(packs.Fetcher); ok {
		return f.Fetch(name)
	}
	rb.fs.mu.Lock()
	defer rb.fs.mu.Unlock()
	b, ok := rb.fs.mem[name]
	if !ok {
		return nil, fmt.Errorf("%s: not written", name)
	}
	return b, nil
}

// FetchRange implements packs.RangeFetcher.
func (rb readBack) FetchRange(name string, off, n int64) ([]byte, error) {
	if f, ok := rb.fs.sink.(packs.RangeFetcher); ok {
		return f.FetchRange(name, off, n)
	}
	b, err := rb.Fetch(name)
	if err != nil {
		return nil, err
	}
	if off < 0 || n < 0 || off+n > int64(len(b)) {
		return nil, fmt.Errorf("%s: bytes %d-%d past the end", name, off, off+n)
	}
	return b[off : off+n], nil
}

// shards cuts consecutive records into files of about size bytes, each
// record a piece of its own (packs.Piece: a reader fetches one record by
// a range request), and puts each file of the kind on workers goroutines
// as soon as it is full: the files are not all held in memory at once.
type shards struct {
	fs      *files
	kind    string
	size    int
	cur     [][]byte // the records of the file being filled
	curSize int
	names   []string      // by file
	locs    [][]packs.Loc // by file and record, set by the workers
	mu      sync.Mutex
	jobs    chan shardJob
	wg      sync.WaitGroup
}

// shardJob is a file to write: its number and its records.
type shardJob struct {
	i    int
	recs [][]byte
}

// ticket is a record added to shards: its file and its place in it. Its
// Loc is known once the file is written (see shards.loc).
type ticket struct{ file, k int }

func newShards(fs *files, kind string, size, workers int) *shards {
	s := &shards{fs: fs, kind: kind, size: size, jobs: make(chan shardJob, workers)}
	for range max(workers, 1) {
		s.wg.Go(func() {
			c := packs.NewCompressor()
			for j := range s.jobs {
				buf := packs.Header(kind)
				locs := make([]packs.Loc, len(j.recs))
				for k, r := range j.recs {
					off := len(buf)
					buf = c.Piece(buf, r)
					locs[k] = packs.Loc{File: j.i, Off: off, Len: len(buf) - off}
				}
				name := fs.put(kind, buf)
				s.mu.Lock()
				s.names[j.i], s.locs[j.i] = name, locs
				s.mu.Unlock()
			}
		})
	}
	return s
}

// add appends a record; where it is is known once the shards are closed.
func (s *shards) add(r []byte) ticket {
	if len(s.cur) > 0 && s.curSize+len(r) > s.size {
		s.flush()
	}
	s.cur = append(s.cur, r)
	s.curSize += len(r)
	return ticket{len(s.names), len(s.cur) - 1}
}

// flush hands the current file to the workers.
func (s *shards) flush() {
	if len(s.cur) == 0 {
		return
	}
	s.mu.Lock()
	i := len(s.names)
	s.names, s.locs = append(s.names, ""), append(s.locs, nil)
	s.mu.Unlock()
	s.jobs <- shardJob{i, s.cur}
	s.cur, s.curSize = nil, 0
}

// close writes the last file and returns the files' names in order; loc
// then says where each record is.
func (s *shards) close() []string {
	s.flush()
	close(s.jobs)
	s.wg.Wait()
	return s.names
}

// loc returns where the record of ticket t is, once the shards are closed.
func (s *shards) loc(t ticket) packs.Loc { return s.locs[t.file][t.k] }

// sealAll seals the payloads as files of the kind on every core and
// returns their names in order.
func (fs *files) sealAll(kind string, payloads [][]byte) []string {
	names := make([]string, len(payloads))
	workers := runtime.NumCPU()
	comps := make([]*packs.Compressor, workers)
	for w := range comps {
		comps[w] = packs.NewCompressor()
	}
	parallelW(len(payloads), workers, func(w, i int) { names[i] = fs.put(kind, comps[w].Seal(kind, payloads[i])) })
	return names
}

// merged is a key's postings merged from the runs, encoded.
type merged struct {
	key      string
	rec      []byte
	df       int
	variants []string
	err      error
}

// mergeRuns merges the run files (paths, in run order) key by key,
// decoding, concatenating and encoding each key's postings in batches on
// workers goroutines, and calls out with each key in order. actors tells
// whether the runs hold actors' documents rather than terms' postings.
func mergeRuns(paths []string, actors bool, workers int, out func(m merged) error) error {
	mg, err := newMerger(paths)
	if err != nil {
		return err
	}
	defer mg.close()
	type item struct {
		key  string
		vals [][]byte
	}
	var batch []item
	res := make([]merged, 0, 1024)
	flush := func() error {
		res = res[:len(batch)]
		parallel(len(batch), workers, func(i int) { res[i] = mergeKey(batch[i].key, batch[i].vals, actors) })
		for _, m := range res {
			if m.err != nil {
				return m.err
			}
			if err := out(m); err != nil {
				return err
			}
		}
		batch = batch[:0]
		clear(res[:cap(res)])
		return nil
	}
	size := 0
	for {
		key, vals, ok, err := mg.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		batch = append(batch, item{key, vals})
		for _, v := range vals {
			size += len(v)
		}
		if len(batch) == 1024 || size >= 32<<20 {
			if err := flush(); err != nil {
				return err
			}
			size = 0
		}
	}
	return flush()
}

// mergeKey merges a key's postings of several runs (values in run order)
// and encodes them.
func mergeKey(key string, vals [][]byte, actors bool) merged {
	m := merged{key: key}
	if actors {
		var docs []int32
		var tf []float32
		for _, v := range vals {
			d, t, err := packs.DecodeActorDocs("actor "+key, v)
			if err != nil {
				m.err = err
				return m
			}
			docs, tf = append(docs, d...), append(tf, t...)
		}
		m.df = len(docs)
		if len(vals) == 1 {
			m.rec = vals[0]
		} else {
			m.rec, m.err = packs.EncodeActorDocs(docs, tf)
		}
		if m.err != nil {
			m.err = fmt.Errorf("packer: actor %s: %w", key, m.err)
		}
		return m
	}
	var acc termAcc
	for _, v := range vals {
		p, err := packs.DecodePostings("term "+key, v)
		if err != nil {
			m.err = err
			return m
		}
		acc.add(p)
	}
	m.df, m.variants = len(acc.docs), acc.variants
	if len(vals) == 1 {
		m.rec = vals[0]
	} else if m.rec, m.err = packs.EncodePostings(acc.postings()); m.err != nil {
		m.err = fmt.Errorf("packer: term %s: %w", key, m.err)
	}
	return m
}

// Write is step 4: it merges the sorted runs key by key, cuts the merged
// corpus into shards and writes the pack's files, then reads the pack
// written to work out the hot answers, and writes the manifest last. ac
// is the analysed corpus Run combined. Write consumes r: its files are
// removed.
func Write(r *Runs, ac *analysis.Corpus, sink Sink, sizes Sizes) (*packs.Manifest, error) {
	defer r.Close()
	cfg := ac.IndexConfig()
	n := len(r.cols)
	if n == 0 {
		return nil, ErrNoArticles
	}
	workers := runtime.NumCPU()
	fs := &files{sink: sink}
	if _, ok := sink.(packs.Fetcher); !ok {
		fs.mem = map[string][]byte{}
	}
	m := &packs.Manifest{Format: packs.Version, Articles: n, GramRule: search.GramRule}
	// The corpus-wide numbers, summed in document order as the in-memory
	// index does.
	total := 0.0
	lo, hi := 0, -1
	with := map[string]bool{}
	for d, x := range r.cols {
		total += float64(x.Length)
		if d == 0 || x.Month < lo {
			lo = x.Month
		}
		if d == 0 || x.Month > hi {
			hi = x.Month
		}
		for _, id := range x.Actors {
			with[id] = true
		}
	}
	m.AvgLen = total / float64(n)
	m.MinMonth, m.Months = lo, hi-lo+1

	// The catalogue's actors: every actor of the configuration and of a
	// document, sorted by id.
	ids := make([]string, 0, len(cfg.Types)+len(with))
	for id := range cfg.Types {
		ids = append(ids, id)
	}
	for id := range with {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)

	// Postings: the terms in order, then the actors, merged from the runs.
	var totalPost int64
	var termRuns, actorRuns []string
	for _, rn := range r.runs {
		totalPost += rn.postBytes
		termRuns, actorRuns = append(termRuns, rn.terms), append(actorRuns, rn.actors)
	}
	psizes := sizes.withDefaults(n, int(min(totalPost, 1<<40)), 0)
	post := newShards(fs, packs.KindPostings, psizes.PostingsBytes, workers)
	var terms []string
	var dfs []int
	var variants [][]string
	var tickets []ticket
	err := mergeRuns(termRuns, false, workers, func(x merged) error {
		terms, dfs, variants = append(terms, x.key), append(dfs, x.df), append(variants, x.variants)
		tickets = append(tickets, post.add(x.rec))
		return nil
	})
	actorDF := make(map[string]int, len(with))
	actorTicket := make(map[string]ticket, len(with))
	if err == nil {
		err = mergeRuns(actorRuns, true, workers, func(x merged) error {
			actorDF[x.key], actorTicket[x.key] = x.df, post.add(x.rec)
			return nil
		})
	}
	m.Postings = post.close()
	if err != nil {
		return nil, err
	}
	locs := make([]packs.Loc, len(tickets))
	for i, t := range tickets {
		locs[i] = post.loc(t)
	}
	tickets = nil
	dictEst := 0
	for _, t := range terms {
		dictEst += len(t)/2 + 6
	}
	sizes = sizes.withDefaults(n, int(min(totalPost, 1<<40)), dictEst)

	// The dictionary.
	var dshards [][]byte
	var firsts, lasts []string
	var es []packs.DictEntry
	size := 0
	flush := func() {
		if len(es) > 0 {
			dshards = append(dshards, packs.EncodeDict(es))
			firsts, lasts = append(firsts, es[0].Term), append(lasts, es[len(es)-1].Term)
			es, size = nil, 0
		}
	}
	for i, t := range terms {
		es = append(es, packs.DictEntry{Term: t, DF: dfs[i], Loc: locs[i]})
		size += len(t)/2 + 6
		if size >= sizes.DictBytes {
			flush()
		}
	}
	flush()
	for i, name := range fs.sealAll(packs.KindDict, dshards) {
		m.Dict = append(m.Dict, packs.DictShard{First: firsts[i], Last: lasts[i], File: name})
	}

	// The article records, read back from the runs in document order.
	where := make([]packs.Loc, n)
	crcs := make([]uint32, n)
	var buf []byte
	putText := func() {
		m.Texts = append(m.Texts, fs.put(packs.KindTexts, buf))
		buf = nil
	}
	d := 0
	for _, rn := range r.runs {
		rr, ok, err := openRun(rn.record, 0)
		for ; err == nil && ok; ok, err = rr.next() {
			if d >= n {
				err = fmt.Errorf("packer: run %s: more records than documents", rn.record)
				break
			}
			if buf == nil {
				buf = packs.Header(packs.KindTexts)
			}
			where[d] = packs.Loc{File: len(m.Texts), Off: len(buf), Len: len(rr.val)}
			crcs[d] = packs.RecordCRC(rr.val)
			buf = append(buf, rr.val...)
			d++
			if d%sizes.DocsPerText == 0 {
				putText()
			}
		}
		if rr != nil {
			rr.f.Close()
		}
		if err != nil {
			return nil, err
		}
	}
	if buf != nil {
		putText()
	}
	if d != n {
		return nil, fmt.Errorf("packer: %d article records for %d documents", d, n)
	}

	// The document columns: each chunk's group encoded on every core, then
	// the pieces of consecutive chunks put together in files of a group
	// (a search over every document reads a few files, not every chunk).
	m.DocsPerChunk = sizes.DocsPerChunk
	chunks := (n + sizes.DocsPerChunk - 1) / sizes.DocsPerChunk
	var recs [packs.Groups][][]byte
	for g := range recs {
		recs[g] = make([][]byte, chunks)
	}
	errs := make([]error, chunks)
	parallelW(chunks, workers, func(w, c int) {
		start := c * sizes.DocsPerChunk
		docs := make([]packs.Doc, min(n, start+sizes.DocsPerChunk)-start)
		for i := range docs {
			docs[i] = packs.Doc{DocColumns: r.cols[start+i], RecordAt: packs.RecordAt{Text: where[start+i], CRC: crcs[start+i]}}
		}
		for g := range recs {
			b, err := packs.EncodeDocs(docs, ids, g)
			if err != nil {
				errs[c] = fmt.Errorf("packer: document %d onwards: %w", start, err)
				return
			}
			recs[g][c] = b
		}
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	var names [packs.Groups][]string
	for g := range recs {
		sh := newShards(fs, packs.KindDocs, sizes.ColumnBytes, workers)
		tickets := make([]ticket, chunks)
		for c, b := range recs[g] {
			tickets[c] = sh.add(b)
		}
		names[g] = sh.close()
		m.Chunks[g] = make([][3]int, chunks)
		for c, t := range tickets {
			l := sh.loc(t)
			m.Chunks[g][c] = [3]int{l.File, l.Off, l.Len}
		}
		recs[g] = nil
	}
	m.Docs, m.Extra, m.Where = names[packs.Core], names[packs.Extra], names[packs.Where]

	// The catalogue and the facet tables.
	cat := &packs.Catalogue{Aliases: ac.Aliases()}
	facets := &packs.Facets{Months: make([]int, m.Months), Actors: map[int][]int{}, Types: map[string][]int{}, Events: map[string][]int{}}
	num := make(map[string]int, len(ids))
	for k, id := range ids {
		num[id] = k
		a := packs.Actor{ID: id, Type: cfg.Types[id], Names: cfg.Names[id]}
		if x, ok := ac.Actor(id); ok {
			a.Name = x.Name
		}
		if df, ok := actorDF[id]; ok {
			a.DF, a.Loc = df, post.loc(actorTicket[id])
		}
		cat.Actors = append(cat.Actors, a)
	}
	row := func(tab map[string][]int, key string) []int {
		r := tab[key]
		if r == nil {
			r = make([]int, m.Months)
			tab[key] = r
		}
		return r
	}
	// The actor types of each document, from the types settled over the
	// whole corpus.
	var types []string
	for _, x := range r.cols {
		types = types[:0]
		for _, id := range x.Actors {
			if t := cfg.Types[id]; t != "" && !slices.Contains(types, t) {
				types = append(types, t)
				row(facets.Types, t)[x.Month-m.MinMonth]++
			}
		}
	}
	for c, k := range r.facets {
		mo := c.month - m.MinMonth
		switch c.table {
		case TableMonths:
			facets.Months[mo] += k
		case TableActors:
			r := facets.Actors[num[c.key]]
			if r == nil {
				r = make([]int, m.Months)
				facets.Actors[num[c.key]] = r
			}
			r[mo] += k
		case TableEvents:
			row(facets.Events, c.key)[mo] += k
		}
	}
	m.Catalogue = fs.put(packs.KindCatalogue, packs.Seal(packs.KindCatalogue, cat.Encode()))
	m.Facets = fs.put(packs.KindFacets, packs.Seal(packs.KindFacets, facets.Encode()))
	m.Gazetteer = fs.put(packs.KindGazetteer, packs.Seal(packs.KindGazetteer, r.gazetteer))
	if fs.err != nil {
		return nil, fs.err
	}

	// The hot answers, worked out by reading the pack written so far.
	mb, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	// The words, after the common grams (which sort first): a gram is no
	// word people type.
	g := sort.Search(len(terms), func(i int) bool { return !search.IsGram(terms[i]) })
	hot, err := hotAnswers(readBack{fs, mb}, n, terms[g:], dfs[g:], variants[g:], cat, r.pairs, workers)
	if err != nil {
		return nil, err
	}
	// Each hit of a hot answer says where its article record is, and so
	// does each document after them.
	for i := range hot {
		h := &hot[i]
		h.Where = make([]packs.RecordAt, len(h.Result.Hits))
		for k, x := range h.Result.Hits {
			h.Where[k] = packs.RecordAt{Text: where[x.Index], CRC: crcs[x.Index]}
		}
		h.MoreWhere = make([]packs.RecordAt, len(h.More))
		for k, d := range h.More {
			h.MoreWhere[k] = packs.RecordAt{Text: where[d], CRC: crcs[d]}
		}
		for _, p := range []*packs.HotSorted{&h.Newest, &h.Oldest} {
			p.Where = make([]packs.RecordAt, len(p.Hits))
			for k, x := range p.Hits {
				p.Where[k] = packs.RecordAt{Text: where[x.Index], CRC: crcs[x.Index]}
			}
		}
	}
	// The shards' bounds, then each shard encoded (its answers compressed
	// one by one) on every core.
	var bounds [][2]int
	for start := 0; start < len(hot); {
		end, size := start, 0
		for end < len(hot) && (end == start || size < hotBytes) {
			size += 200 * (len(hot[end].Result.Facets.Actors)/40 + len(hot[end].Result.Hits) + len(hot[end].Newest.Hits) + len(hot[end].Oldest.Hits) + 1)
			end++
		}
		bounds = append(bounds, [2]int{start, end})
		start = end
	}
	hshards := make([][]byte, len(bounds))
	herrs := make([]error, len(bounds))
	hfirst, hlast := make([]string, len(bounds)), make([]string, len(bounds))
	parallelW(len(bounds), workers, func(_, i int) {
		start, end := bounds[i][0], bounds[i][1]
		hshards[i], herrs[i] = packs.EncodeHot(hot[start:end], ids, m.MinMonth)
		hfirst[i], hlast[i] = hot[start].Key, hot[end-1].Key
	})
	for _, err := range herrs {
		if err != nil {
			return nil, fmt.Errorf("packer: hot answers: %w", err)
		}
	}
	for i, name := range fs.sealAll(packs.KindHot, hshards) {
		m.Hot = append(m.Hot, packs.DictShard{First: hfirst[i], Last: hlast[i], File: name})
	}
	if fs.err != nil {
		return nil, fs.err
	}
	slices.SortFunc(fs.infos, func(a, b packs.FileInfo) int { return strings.Compare(a.Name, b.Name) })
	list, err := json.Marshal(slices.CompactFunc(fs.infos, func(a, b packs.FileInfo) bool { return a.Name == b.Name }))
	if err != nil {
		return nil, err
	}
	sealed := packs.Seal(packs.KindFiles, list)
	m.Files = packs.FileName(packs.KindFiles, sealed)
	if err := sink.Put(m.Files, sealed); err != nil {
		return nil, err
	}
	b, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	if err := sink.Put(packs.ManifestName, append(b, '\n')); err != nil {
		return nil, err
	}
	return m, nil
}
