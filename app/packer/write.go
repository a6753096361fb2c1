package packer

import (
	"encoding/json"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"corpusexplorer/app/analysis"
	"corpusexplorer/app/packs"
	"corpusexplorer/app/search"
)

// hotBytes is about the uncompressed size of a shard of hot answers.
const hotBytes = 48 << 10

// Sink receives the files of a pack. Write never calls Put from two
// goroutines at once (the sealing of the files runs on every core; their
// putting one at a time).
type Sink interface {
	Put(name string, data []byte) error
}

// Dir is a Sink that writes files into a folder (created if need be).
type Dir string

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
}

// withDefaults fills the zero fields of s for a corpus of n documents
// whose postings take total bytes.
func (s Sizes) withDefaults(n, total, dict int) Sizes {
	// At most 2,000 postings shards, 400 dictionary shards, 3 × 600
	// column chunks and 500 article files: under 5,000 files in all.
	// Postings compress little (varints): 48 KB make 30–60 KB.
	if s.PostingsBytes <= 0 {
		s.PostingsBytes = max(48<<10, total/2000)
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
	return s
}

// files collects the files of a pack, sealing them on every core.
type files struct {
	mu    sync.Mutex
	sink  Sink
	infos []packs.FileInfo
	err   error
}

func (fs *files) put(kind string, data []byte) string {
	name := packs.FileName(kind, data)
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if err := fs.sink.Put(name, data); err != nil && fs.err == nil {
		fs.err = err
	}
	fs.infos = append(fs.infos, packs.FileInfo{Name: name, Size: int64(len(data)), SHA256: packs.SHA256(data)})
	return name
}

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

// Write is step 4: it cuts the grouped corpus into shards and writes the
// pack's files, the manifest last. ac is the analysed corpus Run
// combined. Write consumes g: its postings are let go once encoded.
func Write(g *Group, ac *analysis.Corpus, sink Sink, sizes Sizes) (*packs.Manifest, error) {
	cfg := ac.IndexConfig()
	n := len(g.docs)
	if n == 0 {
		return nil, ErrNoArticles
	}
	fs := &files{sink: sink}
	m := &packs.Manifest{Format: packs.Version, Articles: n}
	// The corpus-wide numbers, summed in document order as the in-memory
	// index does.
	total := 0.0
	lo, hi := 0, -1
	for d, x := range g.docs {
		total += float64(x.cols.Length)
		if d == 0 || x.cols.Month < lo {
			lo = x.cols.Month
		}
		if d == 0 || x.cols.Month > hi {
			hi = x.cols.Month
		}
	}
	m.AvgLen = total / float64(n)
	m.MinMonth, m.Months = lo, hi-lo+1

	// The catalogue's actors: every actor of the configuration and of a
	// document, sorted by id.
	ids := make([]string, 0, len(cfg.Types)+len(g.actors))
	for id := range cfg.Types {
		ids = append(ids, id)
	}
	for id := range g.actors {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)

	// The hot answers, worked out before the postings are let go.
	var with []string
	for id := range g.actors {
		with = append(with, id)
	}
	slices.Sort(with)
	hot, err := hotAnswers(g, cfg, search.Shape{Docs: n, AvgLen: m.AvgLen, MinMonth: m.MinMonth, Months: m.Months, Actors: with})
	if err != nil {
		return nil, err
	}
	var hshards [][]byte
	var hfirst, hlast []string
	for start := 0; start < len(hot); {
		end, size := start, 0
		for end < len(hot) && (end == start || size < hotBytes) {
			size += 200 * (len(hot[end].Result.Facets.Actors)/40 + len(hot[end].Result.Hits) + 1)
			end++
		}
		b, err := packs.EncodeHot(hot[start:end], ids, m.MinMonth)
		if err != nil {
			return nil, fmt.Errorf("packer: hot answers: %w", err)
		}
		hshards = append(hshards, b)
		hfirst, hlast = append(hfirst, hot[start].Key), append(hlast, hot[end-1].Key)
		start = end
	}
	for i, name := range fs.sealAll(packs.KindHot, hshards) {
		m.Hot = append(m.Hot, packs.DictShard{First: hfirst[i], Last: hlast[i], File: name})
	}

	// Postings: the terms in order, then the actors.
	terms := make([]string, 0, len(g.terms))
	for t := range g.terms {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	recs := make([][]byte, len(terms)+len(ids))
	dfs := make([]int, len(terms))
	for i, t := range terms {
		dfs[i] = len(g.terms[t].docs)
	}
	var encErr error
	var emu sync.Mutex
	parallel(len(recs), runtime.NumCPU(), func(i int) {
		var b []byte
		var err error
		if i < len(terms) {
			b, err = packs.EncodePostings(g.terms[terms[i]].postings())
		} else if a := g.actors[ids[i-len(terms)]]; a != nil {
			b, err = packs.EncodeActorDocs(a.docs, a.tf)
		}
		if err != nil {
			key := "term " + terms[min(i, len(terms)-1)]
			if i >= len(terms) {
				key = "actor " + ids[i-len(terms)]
			}
			emu.Lock()
			encErr = fmt.Errorf("packer: %s: %w", key, err)
			emu.Unlock()
		}
		recs[i] = b
	})
	if encErr != nil {
		return nil, encErr
	}
	// The grouped postings are encoded: let them go.
	clear(g.terms)
	totalPost, dictEst := 0, 0
	for i, r := range recs {
		totalPost += len(r)
		if i < len(terms) {
			dictEst += len(terms[i])/2 + 6
		}
	}
	sizes = sizes.withDefaults(n, totalPost, dictEst)
	var shards [][]byte
	locs := make([]packs.Loc, len(recs))
	var cur []byte
	for i, r := range recs {
		if r == nil {
			continue
		}
		if len(cur) > 0 && len(cur)+len(r) > sizes.PostingsBytes {
			shards = append(shards, cur)
			cur = nil
		}
		locs[i] = packs.Loc{File: len(shards), Off: len(cur), Len: len(r)}
		cur = append(cur, r...)
		recs[i] = nil
	}
	if len(cur) > 0 {
		shards = append(shards, cur)
	}
	m.Postings = fs.sealAll(packs.KindPostings, shards)

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

	// The article records and the document columns.
	docs := make([]packs.Doc, n)
	var texts [][]byte
	for start := 0; start < n; start += sizes.DocsPerText {
		buf := packs.TextHeader()
		for d := start; d < min(n, start+sizes.DocsPerText); d++ {
			r := g.docs[d].record
			docs[d] = packs.Doc{DocColumns: g.docs[d].cols, Text: packs.Loc{File: len(texts), Off: len(buf), Len: len(r)}, CRC: crc32.ChecksumIEEE(r)}
			buf = append(buf, r...)
		}
		texts = append(texts, buf)
	}
	m.Texts = make([]string, len(texts))
	parallel(len(texts), runtime.NumCPU(), func(i int) { m.Texts[i] = fs.put(packs.KindTexts, texts[i]) })
	m.DocsPerChunk = sizes.DocsPerChunk
	var groups [packs.Groups][]string
	for group := range groups {
		var chunks [][]byte
		for start := 0; start < n; start += sizes.DocsPerChunk {
			b, err := packs.EncodeDocs(docs[start:min(n, start+sizes.DocsPerChunk)], ids, group)
			if err != nil {
				return nil, fmt.Errorf("packer: document %d onwards: %w", start, err)
			}
			chunks = append(chunks, b)
		}
		groups[group] = fs.sealAll(packs.KindDocs, chunks)
	}
	m.Docs, m.Extra, m.Where = groups[packs.Core], groups[packs.Extra], groups[packs.Where]

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
		if acc := g.actors[id]; acc != nil {
			a.DF = len(acc.docs)
			a.Loc = locs[len(terms)+k]
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
	for _, x := range g.docs {
		var types []string
		for _, id := range x.cols.Actors {
			if t := cfg.Types[id]; t != "" && !slices.Contains(types, t) {
				types = append(types, t)
				row(facets.Types, t)[x.cols.Month-m.MinMonth]++
			}
		}
	}
	for c, k := range g.facets {
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
	if fs.err != nil {
		return nil, fs.err
	}
	slices.SortFunc(fs.infos, func(a, b packs.FileInfo) int {
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	})
	list, err := json.Marshal(slices.CompactFunc(fs.infos, func(a, b packs.FileInfo) bool { return a.Name == b.Name }))
	if err != nil {
		return nil, err
	}
	m.Files = packs.FileName(packs.KindFiles, packs.Seal(packs.KindFiles, list))
	if err := sink.Put(m.Files, packs.Seal(packs.KindFiles, list)); err != nil {
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
