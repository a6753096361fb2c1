// Package packs is the pack format of a corpus served as static files,
// and its reader: a search over a pack fetches only the pieces the query
// needs and answers as the in-memory engine of app/search does (same
// hits, scores, snippets, facets and notices).
//
// A pack is a folder of immutable files named by their content's hash,
// plus manifest.json, the one file that changes when the corpus does:
//
//   - manifest.json: the format version, the number of articles, what BM25
//     needs of the whole corpus (the mean weighted length), the months the
//     corpus spans, and the names of the other files and how they are cut.
//   - the catalogue (one file): every actor with its type, names and where
//     its postings are; the alias table of query words.
//   - the facet tables (one file): articles per month, actor × month,
//     actor type × month and event type × month, which answer the empty
//     query exactly without reading any document.
//   - the dictionary, cut into shards of consecutive terms (the manifest
//     gives each shard's first and last term), so that a word or a prefix
//     fetches only the shards that can hold it: each term with its
//     document frequency and where its postings are.
//   - the postings, in files of consecutive terms of roughly equal size,
//     each term's on its own (see Piece), so that a reader fetches a
//     term's postings alone with an HTTP range request, however large the
//     file: documents (delta varints), weighted term frequencies,
//     positions (for phrases and snippets) and the folds of the words; the
//     actors' documents with their weighted mention counts. The terms
//     include the common grams (see Manifest.GramRule), sorted before the
//     words.
//   - the document columns, in chunks of consecutive documents, in three
//     groups so that a query fetches only what it reads: the core columns
//     (weighted length, publication days, actors: what scoring, filters
//     and facets read of every document that can match), the extra ones
//     (title and lead ranges for phrases, the days its happenings cover
//     for that filter) and where its article record is (for the page of
//     hits); each chunk's group a piece of its own, the pieces of
//     consecutive chunks in one file, so that a reader fetches one chunk
//     with a range request, and the chunks of every document with a few.
//   - the article records, in files of consecutive documents, each record
//     compressed on its own, so that a reader fetches one record with an
//     HTTP range request: the article file (parsed again by the reader),
//     its actor mentions and its event mentions.
//   - the hot answers, in shards by key: for each word (or short prefix)
//     and each phrase of two words whose search would read the columns
//     of much of the corpus, the answer to it typed alone (total, facets, first page of hits with
//     snippets, where each hit's article record is and what its result
//     card shows, and the documents of the hits after the page up to
//     HotRanked with where their records are; for a word, the first page
//     sorted newest first and oldest first too), worked out when packing;
//     each answer compressed on its own within its shard, so that a
//     reader inflates the one it looks up alone.
//   - the gazetteer the articles were analysed with (one file, as
//     actors.tsv): a reader that analyses an article again, as the
//     timeline does, finds what the builder found.
//   - the list of every file with its size and SHA-256 (for keeping the
//     whole pack offline).
//
// Every file but the manifest starts with a header (magic, format
// version, kind) followed by a raw DEFLATE stream of varints and strings
// (an article-record file holds one stream per record, a postings file
// one piece per term or actor).
package packs

import (
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
)

// Version is the format version a reader understands and a builder
// writes.
const Version = 8

// ManifestName is the name of the manifest in a pack.
const ManifestName = "manifest.json"

// Kinds of pack file: what their names start with.
const (
	KindCatalogue = "catalogue"
	KindFacets    = "facets"
	KindDict      = "dict"
	KindPostings  = "post"
	KindDocs      = "docs"
	KindTexts     = "texts"
	KindFiles     = "files"
	KindHot       = "hot"
	KindGazetteer = "gazetteer"
)

var kindCode = map[string]byte{KindCatalogue: 'c', KindFacets: 'f', KindDict: 'd', KindPostings: 'p', KindDocs: 'o', KindTexts: 't', KindFiles: 'l', KindHot: 'h', KindGazetteer: 'g'}

// magic starts every pack file but the manifest.
const magic = "CEPK"

// headerLen is the length of a file's header: magic, version, kind.
const headerLen = len(magic) + 2

// Manifest describes a pack: what a reader fetches first.
type Manifest struct {
	// Format is the format version (Version).
	Format int `json:"format"`
	// Articles is the number of articles (documents 0 … Articles-1, in the
	// corpus's date order).
	Articles int `json:"articles"`
	// AvgLen is the mean weighted length of a document (BM25).
	AvgLen float64 `json:"avgLen"`
	// MinMonth is the first month (corpus.Date.MonthIndex) and Months the
	// number of months the articles span.
	MinMonth int `json:"minMonth"`
	Months   int `json:"months"`
	// Catalogue and Facets name the catalogue and the facet tables.
	Catalogue string `json:"catalogue"`
	Facets    string `json:"facets"`
	// Hot are the shards of hot answers (see Hot) in key order.
	Hot []DictShard `json:"hot"`
	// Dict are the dictionary shards in term order.
	Dict []DictShard `json:"dict"`
	// GramRule is the rule (search.GramRule) of the common grams the
	// dictionary holds (search.GramTerm: each pair of consecutive words
	// one of which is a stop word, and each run of two stop words and a
	// word that is not one, as a term of its own), 0 for none. A phrase
	// with a stop word reads them instead of the stop word's postings
	// when the reader follows the same rule; else it reads the words, and
	// answers the same.
	GramRule int `json:"gramRule,omitempty"`
	// Postings name the postings shards; a dictionary entry gives the
	// number of the one holding a term's postings.
	Postings []string `json:"postings"`
	// DocsPerChunk is the number of documents of a column chunk: chunk k
	// of Docs holds documents k*DocsPerChunk onwards.
	DocsPerChunk int `json:"docsPerChunk"`
	// Docs, Extra and Where name the files of the three column groups:
	// the core columns, the extra ones and where the article records are
	// (see Core). A file holds the pieces (see Piece) of consecutive
	// chunks of its group; Chunks says where each chunk's piece is, by
	// group then chunk: the file (numbering the group's own list), the
	// offset and the length.
	Docs   []string         `json:"docs"`
	Extra  []string         `json:"extra"`
	Where  []string         `json:"where"`
	Chunks [Groups][][3]int `json:"chunks"`
	// Texts name the article-record files; a document's columns say which
	// one and where its record is.
	Texts []string `json:"texts"`
	// Gazetteer names the gazetteer the articles were analysed with (its
	// payload is the actors.tsv text, actors.Gazetteer.Format).
	Gazetteer string `json:"gazetteer"`
	// Files names the list of every file but the manifest (a JSON array
	// of FileInfo, sealed as a file of KindFiles): what a reader needs to
	// keep the whole pack offline, and no search.
	Files string `json:"files"`
}

// chunkCount returns the number of column chunks.
func (m *Manifest) chunkCount() int { return (m.Articles + m.DocsPerChunk - 1) / m.DocsPerChunk }

// groupFiles returns the files of column group g.
func (m *Manifest) groupFiles(g int) []string { return [Groups][]string{m.Docs, m.Extra, m.Where}[g] }

// chunkLoc returns where the piece of group g of chunk c is.
func (m *Manifest) chunkLoc(g, c int) Loc {
	l := m.Chunks[g][c]
	return Loc{File: l[0], Off: l[1], Len: l[2]}
}

// chunksValid reports whether every group has a piece for each chunk, in
// one of its files, past the file's header.
func (m *Manifest) chunksValid() bool {
	n, head := m.chunkCount(), len(Header(KindDocs))
	for g := range Groups {
		files := m.groupFiles(g)
		if len(m.Chunks[g]) != n {
			return false
		}
		for _, l := range m.Chunks[g] {
			if l[0] < 0 || l[0] >= len(files) || l[1] < head || l[2] < 0 {
				return false
			}
		}
	}
	return true
}

// DictShard is a shard of the dictionary: the terms from First to Last.
type DictShard struct {
	First string `json:"first"`
	Last  string `json:"last"`
	File  string `json:"file"`
}

// FileInfo is a file of a pack.
type FileInfo struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// FileName returns the name of a pack file of the kind with the given
// bytes: the kind, a dash, the first 16 hex digits of the bytes' SHA-256.
func FileName(kind string, data []byte) string {
	sum := sha256.Sum256(data)
	return kind + "-" + hex.EncodeToString(sum[:8]) + ".bin"
}

// Error is a file of a pack that cannot be read.
type Error struct {
	File string
	Msg  string
}

// Error returns "packs: FILE: message".
func (e *Error) Error() string { return "packs: " + e.File + ": " + e.Msg }

// errShort is the decoding error of a payload that ends too soon.
var errShort = errors.New("truncated data")

// CheckName reports an error when data is not what the name of the pack
// file says (its hash).
func CheckName(name string, data []byte) error {
	sum := sha256.Sum256(data)
	want := hex.EncodeToString(sum[:8])
	if len(name) < 21 || name[len(name)-20:len(name)-4] != want {
		return &Error{File: name, Msg: fmt.Sprintf("content does not match its name (SHA-256 %s…): truncated or corrupt", want)}
	}
	return nil
}

// header returns the header of a file of the kind.
func header(kind string) []byte {
	return append([]byte(magic), Version, kindCode[kind])
}

// Seal compresses a payload into a file of the kind.
func Seal(kind string, payload []byte) []byte { return NewCompressor().Seal(kind, payload) }

// Compressor compresses payloads as a pack's files hold them (raw
// DEFLATE, best compression), keeping its state (about a megabyte) from
// one call to the next: a builder gives each goroutine one rather than
// allocating that state per record. It is not safe for concurrent use.
type Compressor struct {
	w      *flate.Writer
	stored *flate.Writer
	buf    bytes.Buffer
}

// NewCompressor returns a Compressor.
func NewCompressor() *Compressor { return &Compressor{} }

// Deflate appends the raw DEFLATE stream of b to dst and returns it.
func (c *Compressor) Deflate(dst, b []byte) []byte {
	return c.write(&c.w, flate.BestCompression, dst, b)
}

// Seal compresses a payload into a file of the kind, as Seal does. A
// shard of hot answers, whose answers are compressed each on its own
// (see EncodeHot), is stored in DEFLATE's uncompressed blocks: compressed
// again it would hardly shrink, and a reader would decode it all.
func (c *Compressor) Seal(kind string, payload []byte) []byte {
	if kind == KindHot {
		return c.write(&c.stored, flate.NoCompression, header(kind), payload)
	}
	return c.Deflate(header(kind), payload)
}

// write appends the raw DEFLATE stream of b at the level to dst with the
// writer *w (made on first use, then kept) and returns it.
func (c *Compressor) write(w **flate.Writer, level int, dst, b []byte) []byte {
	c.buf.Reset()
	if *w == nil {
		*w, _ = flate.NewWriter(&c.buf, level)
	} else {
		(*w).Reset(&c.buf)
	}
	(*w).Write(b)
	(*w).Close()
	return append(dst, c.buf.Bytes()...)
}

// inflate decompresses one raw DEFLATE stream.
func inflate(b []byte) ([]byte, error) {
	r := flate.NewReader(bytes.NewReader(b))
	defer r.Close()
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// checkHeader checks the header of file name of the kind.
func checkHeader(name, kind string, data []byte) error {
	if len(data) < headerLen || string(data[:len(magic)]) != magic {
		return &Error{File: name, Msg: "not a pack file (no " + magic + " header)"}
	}
	if data[len(magic)] != Version {
		return &Error{File: name, Msg: fmt.Sprintf("format version %d, this reader reads %d", data[len(magic)], Version)}
	}
	if data[len(magic)+1] != kindCode[kind] {
		return &Error{File: name, Msg: fmt.Sprintf("not a %s file (kind %q)", kind, data[len(magic)+1])}
	}
	return nil
}

// OpenFile checks file name of the kind (its hash and header) and returns its
// payload.
func OpenFile(name, kind string, data []byte) ([]byte, error) {
	if err := CheckName(name, data); err != nil {
		return nil, err
	}
	if err := checkHeader(name, kind, data); err != nil {
		return nil, err
	}
	p, err := inflate(data[headerLen:])
	if err != nil {
		return nil, &Error{File: name, Msg: "bad compressed data: " + err.Error()}
	}
	return p, nil
}

// enc appends varints and strings to a payload.
type enc struct{ b []byte }

func (e *enc) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) bytes(s []byte) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}

// weight appends a weighted count (a sum of field weights: a whole
// number).
func (e *enc) weight(f float32) error {
	if f < 0 || f != float32(math.Trunc(float64(f))) {
		return fmt.Errorf("weight %v is not a whole number", f)
	}
	e.uint(uint64(f))
	return nil
}

// dec reads what enc wrote; the first error sticks and later reads give
// zeros.
type dec struct {
	b   []byte
	i   int
	err error
}

func (d *dec) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.i:])
	if n <= 0 {
		d.err = errShort
		return 0
	}
	d.i += n
	return v
}

func (d *dec) int() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b[d.i:])
	if n <= 0 {
		d.err = errShort
		return 0
	}
	d.i += n
	return v
}

// count reads a length that must fit in what is left (at least min bytes
// per element).
func (d *dec) count(min int) int {
	v := d.uint()
	if d.err == nil && v > uint64(len(d.b)-d.i)/uint64(max(min, 1))+1 {
		d.err = fmt.Errorf("count %d past the end of the data", v)
		return 0
	}
	return int(v)
}

func (d *dec) raw() []byte {
	n := d.count(1)
	if d.err != nil {
		return nil
	}
	if n > len(d.b)-d.i {
		d.err = errShort
		return nil
	}
	s := d.b[d.i : d.i+n]
	d.i += n
	return s
}

func (d *dec) str() string { return string(d.raw()) }

func (d *dec) weight() float32 { return float32(d.uint()) }

// fail returns d's error as an Error naming the file.
func (d *dec) fail(name string) error {
	if d.err == nil {
		return nil
	}
	return &Error{File: name, Msg: fmt.Sprintf("bad data at byte %d of the payload: %v", d.i, d.err)}
}

// SHA256 returns the hex SHA-256 of data.
func SHA256(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Header returns the header of a file of the kind whose records are
// read by ranges, which the records follow: an article-record file (the
// compressed records, each at the offset its document's columns give) or
// a postings file (the pieces, each where the dictionary or the catalogue
// says).
func Header(kind string) []byte { return header(kind) }

// How a piece stores its record.
const (
	pieceRaw     = 0
	pieceDeflate = 1
	// pieceHead is the length of a piece's head: the CRC-32 of the rest
	// (little-endian), then how the record is stored.
	pieceHead = 5
)

// Piece appends to dst the piece of record b: the CRC-32 of what follows,
// a byte saying how the record is stored, then the record, compressed
// when that makes it smaller. A piece stands alone: it can be fetched by
// a range request and checked on its own (see OpenPiece).
func (c *Compressor) Piece(dst, b []byte) []byte {
	at := len(dst)
	dst = append(dst, 0, 0, 0, 0, pieceDeflate)
	dst = c.Deflate(dst, b)
	if len(dst)-at-pieceHead >= len(b) {
		dst = append(dst[:at+pieceHead-1], pieceRaw)
		dst = append(dst, b...)
	}
	binary.LittleEndian.PutUint32(dst[at:], crc32.ChecksumIEEE(dst[at+4:]))
	return dst
}

// OpenPiece checks a piece (see Piece) of file name and returns its
// record.
func OpenPiece(name string, b []byte) ([]byte, error) {
	if len(b) < pieceHead || binary.LittleEndian.Uint32(b) != crc32.ChecksumIEEE(b[4:]) {
		return nil, &Error{File: name, Msg: "a record does not match its checksum: truncated or corrupt"}
	}
	switch b[4] {
	case pieceRaw:
		return b[pieceHead:], nil
	case pieceDeflate:
		p, err := inflate(b[pieceHead:])
		if err != nil {
			return nil, &Error{File: name, Msg: "bad compressed record: " + err.Error()}
		}
		return p, nil
	}
	return nil, &Error{File: name, Msg: fmt.Sprintf("a record stored in an unknown way (%d)", b[4])}
}

// RecordCRC returns the CRC-32 of an article record, as a document's
// columns keep it.
func RecordCRC(b []byte) uint32 { return crc32.ChecksumIEEE(b) }
