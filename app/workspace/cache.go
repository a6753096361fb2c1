package workspace

import (
	"encoding/binary"
	"slices"
	"sync"
	"unsafe"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/records"
	"corpusexplorer/app/strmap"
)

// cache keeps what builds worked out, for later builds and saves to
// reuse: each file's hash (records.HashOf, stored with its record) and
// parsed article, and each parsed article's analysis, with the curated
// gazetteer and with the gazetteer of the user's edits. An analysis
// depends only on the parsed article and the gazetteer (see
// actors.Extractor), and a parsed article only on its file, so a build
// parses and analyses only the files that are new or changed; the
// corpus-level steps (the discovered actors' type vote, the corpus
// events, the edits, the index) run on every build.
//
// Build fills it under the workspace's build lock; the map of files is
// also read on the UI goroutine (for the hashes of the records to store),
// so each access holds mu, never across a step of a build.
type cache struct {
	mu sync.Mutex
	// files is what the cache knows of each file, found by name through
	// at; errs holds why the file at a position of files does not parse.
	// Kept so, 100,000 files add two pointers each for the garbage
	// collector to follow (a map of cachedFile by name had six).
	at    strmap.Map[int32]
	files []cachedEntry
	errs  map[int32]error

	// The analyses of the last build (see keptAnalyses), with the
	// curated gazetteer and with the edited one (gazetteer identifies it:
	// see gazetteerKey), and the extractors.
	analysed  *keptAnalyses
	edited    *keptAnalyses
	gazetteer string
	ex        *actors.Extractor // of the curated gazetteer
	editedEx  *actors.Extractor // of the edited one
}

// cachedFile is what the cache knows of a file.
type cachedFile struct {
	data []byte // the file's content, by identity (see sameData)
	hash records.Digest
	// art is the parsed article, or err why it did not parse; both nil
	// when the file was only hashed.
	art *corpus.Article
	err error
}

// cachedEntry is a cachedFile without its error (see cache.errs), and
// without its data when the article's Text is those very bytes (as
// corpus.ParseOwned makes it): one pointer fewer per file.
type cachedEntry struct {
	data []byte // nil when inText
	hash records.Digest
	art  *corpus.Article
	// inText is set when data is art.Text's bytes.
	inText bool
}

// textIsData reports whether a's Text is data's own bytes.
func textIsData(a *corpus.Article, data []byte) bool {
	return a != nil && len(data) > 0 && len(a.Text) == len(data) && unsafe.StringData(a.Text) == &data[0]
}

// get returns what the cache knows of the file name; the caller holds mu.
func (c *cache) get(name string) (cachedFile, bool) {
	i, ok := c.at.Get(name)
	if !ok {
		return cachedFile{}, false
	}
	e := c.files[i]
	data := e.data
	if e.inText {
		// Only ever compared by identity (see sameData), never written.
		data = unsafe.Slice(unsafe.StringData(e.art.Text), len(e.art.Text))
	}
	return cachedFile{data: data, hash: e.hash, art: e.art, err: c.errs[i]}, true
}

// set records e as what the cache knows of the file name; the caller
// holds mu.
func (c *cache) set(name string, e cachedFile) {
	i, ok := c.at.Get(name)
	if !ok {
		i = int32(len(c.files))
		c.at.Put(name, i)
		c.files = append(c.files, cachedEntry{})
	}
	if textIsData(e.art, e.data) {
		c.files[i] = cachedEntry{hash: e.hash, art: e.art, inText: true}
	} else {
		c.files[i] = cachedEntry{data: e.data, hash: e.hash, art: e.art}
	}
	switch {
	case e.err != nil:
		if c.errs == nil {
			c.errs = map[int32]error{}
		}
		c.errs[i] = e.err
	case c.errs != nil:
		delete(c.errs, i)
	}
}

// sameData reports whether a and b are the same bytes in memory: files
// are never changed once imported, so a file whose data is the very
// slice the cache saw has the content it saw.
func sameData(a, b []byte) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// lookup returns what the cache knows of f, if it saw f's data.
func (c *cache) lookup(f corpus.File) (cachedFile, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.get(f.Name)
	if !ok || !sameData(e.data, f.Data) {
		return cachedFile{}, false
	}
	return e, true
}

// hash returns records.HashOf(f.Data) in hexadecimal, worked out once per
// file.
func (c *cache) hash(f corpus.File) string {
	if e, ok := c.lookup(f); ok {
		return e.hash.String()
	}
	h := records.HashOf(f.Data)
	c.setDigest(f, h)
	return h.String()
}

// setHash records that f's data has hash h (read from the store with
// it), unless the cache already knows f. A hash that is not a
// records.Digest in hexadecimal is worked out again.
func (c *cache) setHash(f corpus.File, h string) {
	d, ok := records.ParseDigest(h)
	if !ok {
		d = records.HashOf(f.Data)
	}
	c.setDigest(f, d)
}

// setDigest is setHash with the hash as bytes.
func (c *cache) setDigest(f corpus.File, h records.Digest) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.get(f.Name); ok && (sameData(e.data, f.Data) || e.hash == h) {
		// The same content, maybe read again: keep what was parsed.
		e.data = f.Data
		c.set(f.Name, e)
		return
	}
	c.set(f.Name, cachedFile{data: f.Data, hash: h})
}

// parsed returns f's hash and parsed article (or why it does not parse),
// from the cache when it knows f's content, and records them.
func (c *cache) parsed(f corpus.File) cachedFile {
	c.mu.Lock()
	e, ok := c.get(f.Name)
	c.mu.Unlock()
	if ok && !sameData(e.data, f.Data) {
		if records.HashOf(f.Data) != e.hash {
			ok = false
		}
		e.data = f.Data
	}
	if !ok {
		e = cachedFile{data: f.Data, hash: records.HashOf(f.Data)}
	}
	if e.art == nil && e.err == nil {
		e.art, e.err = corpus.ParseOwned(f.Name, f.Data) // a file's data never changes once imported
	}
	c.mu.Lock()
	c.set(f.Name, e)
	c.mu.Unlock()
	return e
}

// setParsed records a, what corpus.Parse made of f, unless the cache
// already knows f's content.
func (c *cache) setParsed(f corpus.File, a *corpus.Article) {
	c.mu.Lock()
	e, ok := c.get(f.Name)
	c.mu.Unlock()
	if ok && sameData(e.data, f.Data) {
		return
	}
	e = cachedFile{data: f.Data, hash: records.HashOf(f.Data), art: a}
	c.mu.Lock()
	c.set(f.Name, e)
	c.mu.Unlock()
}

// keep drops the files not in names (those of the last build's job, each
// of which parsed has seen).
func (c *cache) keep(names *strmap.Map[struct{}]) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at.Len() == names.Len() {
		// parsed has put every name in: there is none other.
		return
	}
	var at strmap.Map[int32]
	at.Grow(names.Len())
	files := make([]cachedEntry, 0, names.Len())
	var errs map[int32]error
	for n, i := range c.at.All() {
		if !names.Has(n) {
			continue
		}
		k := int32(len(files))
		files = append(files, c.files[i])
		at.Put(n, k)
		if err := c.errs[i]; err != nil {
			if errs == nil {
				errs = map[int32]error{}
			}
			errs[k] = err
		}
	}
	c.at, c.files, c.errs = at, files, errs
}

// keptAnalyses are the analyses of a build, kept for the next builds to
// take as they are (see Analyser.ReuseFunc): the analysed articles in the
// order of the build's corpus (the analysed corpus's own list when no
// edit changed it afterwards), and the actors found in each, packed one
// article after the other into one array of bytes. Kept so, the analyses
// of 100,000 articles add no pointer for the garbage collector to go
// through at every cycle (kept as a map by article with the actors of
// each in a string of its own, they took 15 % of a collection).
type keptAnalyses struct {
	arts []*analysis.Article
	// found holds, for each article one after the other, the number of
	// actors found, then for each its id, name, type and whether it was
	// discovered; or, for an actor with more than these (aliases, roles,
	// an affiliation), a mark that it is the next of the article's extra.
	// The bytes of arts[i] end at ends[i].
	found []byte
	ends  []uint32
	extra map[int][]actors.Actor
}

// Marks of the actors of keptAnalyses.found.
const (
	foundPacked = iota
	foundExtra
)

// add packs found, the actors found in the next article.
func (k *keptAnalyses) add(found []actors.Actor) {
	i := len(k.ends)
	if len(found) > 0 {
		b := binary.AppendUvarint(k.found, uint64(len(found)))
		for _, a := range found {
			if a.Affiliation != "" || a.Aliases != nil || a.Roles != nil {
				b = append(b, foundExtra)
				if k.extra == nil {
					k.extra = map[int][]actors.Actor{}
				}
				k.extra[i] = append(k.extra[i], a)
				continue
			}
			b = append(b, foundPacked)
			b = binary.AppendUvarint(b, uint64(len(a.ID)))
			b = append(b, a.ID...)
			b = binary.AppendUvarint(b, uint64(len(a.Name)))
			b = append(b, a.Name...)
			discovered := byte(0)
			if a.Discovered {
				discovered = 1
			}
			b = append(b, byte(a.Type), discovered)
		}
		k.found = b
	}
	k.ends = append(k.ends, uint32(len(k.found)))
}

// analysed returns the analysis of article i, its actors found unpacked.
func (k *keptAnalyses) analysed(i int) analysis.Analysed {
	x := analysis.Analysed{Article: k.arts[i]}
	start := uint32(0)
	if i > 0 {
		start = k.ends[i-1]
	}
	s := k.found[start:k.ends[i]]
	if len(s) == 0 {
		return x
	}
	uvarint := func() int {
		n, shift := 0, 0
		for s[0] >= 0x80 {
			n |= int(s[0]&0x7f) << shift
			s, shift = s[1:], shift+7
		}
		n |= int(s[0]) << shift
		s = s[1:]
		return n
	}
	str := func() string {
		n := uvarint()
		v := string(s[:n])
		s = s[n:]
		return v
	}
	x.Found = make([]actors.Actor, uvarint())
	extra := k.extra[i]
	for j := range x.Found {
		mark := s[0]
		s = s[1:]
		if mark == foundExtra {
			x.Found[j], extra = extra[0], extra[1:]
			continue
		}
		a := &x.Found[j]
		a.ID = str()
		a.Name = str()
		a.Type, a.Discovered = actors.Type(s[0]), s[1] == 1
		s = s[2:]
	}
	return x
}

// analysesKept gathers the analyses of a build as the analysis goes (see
// step): gathered at its end, for 100,000 articles, they took a long step
// of their own.
type analysesKept struct {
	an   *analysis.Analyser
	kept *keptAnalyses
}

// keeper returns an empty gathering of an's analyses.
func keeper(an *analysis.Analyser) *analysesKept {
	_, total := an.Progress()
	return &analysesKept{an: an, kept: &keptAnalyses{ends: make([]uint32, 0, total)}}
}

// step gathers the analyses done since the last step, and passes on
// done (what the analyser's Step reported).
func (k *analysesKept) step(done bool) bool {
	n, _ := k.an.Progress()
	for i := len(k.kept.ends); i < n; i++ {
		k.kept.add(k.an.At(i).Found)
	}
	return done
}

// finish gathers what is left and returns the analyses, of the articles
// arts: the analysed corpus's list, which must not change afterwards.
func (k *analysesKept) finish(arts []*analysis.Article) *keptAnalyses {
	k.step(true)
	k.kept.arts = arts
	k.kept.found = slices.Clone(k.kept.found) // of its size, not of its last growth
	return k.kept
}

// reuse makes an take the analyses of k, when not nil (see
// Analyser.ReuseFunc).
func reuse(an *analysis.Analyser, k *keptAnalyses) {
	if k == nil {
		return
	}
	var pos map[*corpus.Article]int // built on first use, for this build only
	an.ReuseFunc(func(a *corpus.Article) (analysis.Analysed, bool) {
		if pos == nil {
			pos = make(map[*corpus.Article]int, len(k.arts))
			for i, x := range k.arts {
				pos[x.Article] = i
			}
		}
		i, ok := pos[a]
		if !ok {
			return analysis.Analysed{}, false
		}
		return k.analysed(i), true
	})
}
