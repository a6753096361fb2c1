package importer

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"corpusexplorer/app/corpus"
)

// record is one article of a .json or .csv file.
type record struct {
	ID   string `json:"id"`
	Date string `json:"date"`
	Text string `json:"text"`
}

// record imports one article of a .json or .csv file. n is its 1-based
// position, line its line in the source and what "element" or "row".
func (im *importer) record(src, stem string, n, line int, what string, r record) {
	where := what + " " + strconv.Itoa(n)
	id := strings.TrimSpace(r.ID)
	if id == "" {
		id = stem + "-" + strconv.Itoa(n)
	} else {
		where += " (id " + strconv.Quote(id) + ")"
	}
	where += ": "
	fail := func(k Kind, msg string) {
		im.add(Problem{File: src, Line: line, Kind: k, Msg: where + msg, ID: id}, "")
	}
	if strings.TrimSpace(r.Text) == "" {
		fail(EmptyText, "no text")
		return
	}
	date := strings.TrimSpace(r.Date)
	if len(date) > 10 && (date[10] == 'T' || date[10] == ' ') {
		date = date[:10] // a timestamp: 2021-12-07T10:00:00Z
	}
	if date == "" {
		if im.opt.Month.IsZero() {
			fail(NoDate, "no date: choose a month")
			return
		}
		date = im.opt.Month.MonthDate().String()
	}
	if _, err := corpus.ParseDate(date); err != nil {
		k := BadDate
		if errors.Is(err, corpus.ErrDay) {
			k = BadDay
		}
		fail(k, "date: "+err.Error())
		return
	}
	im.article(src, line, where, id, []byte("date "+date+" "+r.Text))
}

// lines numbers the lines of data for offsets that mostly grow, counting
// each newline once: linear in the size of data however many offsets are
// asked for.
type lines struct {
	data      []byte
	off, line int // line is the line of offset off
}

// at returns the 1-based line of byte offset off.
func (l *lines) at(off int) int {
	off = min(max(off, 0), len(l.data))
	if off < l.off { // backwards: count afresh (does not happen in a scan)
		l.off, l.line = 0, 1
	}
	l.line += bytes.Count(l.data[l.off:off], []byte{'\n'})
	l.off = off
	return l.line
}

// json imports a .json file: a list of {"id", "date", "text"} objects. It
// streams: the list is read token by token and element by element with a
// json.Decoder, and lines are counted as the decoder goes, so that the
// time is linear in the size of the file.
func (im *importer) json(name, stem string, data []byte) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	im.what = "element"
	ln := &lines{data: data, line: 1}
	syntax := func(err error, at int64) {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			at = se.Offset
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			at = int64(len(data))
			err = errors.New("unexpected end of file")
		}
		im.problem(name, ln.at(int(at)), Syntax, "malformed JSON: "+err.Error())
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		syntax(err, dec.InputOffset())
		return
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		im.problem(name, ln.at(int(dec.InputOffset())), Syntax, `want a list [{"id": ..., "date": ..., "text": ...}, ...]`)
		return
	}
	n := 1
	for ; dec.More(); n++ {
		if !im.step() {
			return
		}
		start := int(dec.InputOffset())
		for start < len(data) && strings.IndexByte(" \t\r\n,", data[start]) >= 0 {
			start++
		}
		line := ln.at(start)
		var r record
		if err := dec.Decode(&r); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				msg, reason := "want an object {\"id\", \"date\", \"text\"}", "not-object"
				if te.Field != "" {
					msg, reason = strconv.Quote(te.Field)+" must be a string", "field "+te.Field
				}
				im.add(Problem{File: name, Line: line, Kind: Syntax, Msg: "element " + strconv.Itoa(n) + ": " + msg}, reason)
				continue
			}
			syntax(err, dec.InputOffset())
			return
		}
		im.record(name, stem, n, line, "element", r)
	}
	if _, err := dec.Token(); err != nil {
		syntax(err, dec.InputOffset())
		return
	}
	if _, err := dec.Token(); err != io.EOF {
		im.problem(name, ln.at(int(dec.InputOffset())), Syntax, "malformed JSON: text after the list")
		return
	}
	if n == 1 {
		im.problem(name, 0, Empty, "no articles: the list is empty")
	}
}

// csv imports a .csv file with a header row.
func (im *importer) csv(name, stem string, data []byte) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	if first, _, _ := bytes.Cut(data, []byte{'\n'}); bytes.IndexByte(first, ',') < 0 && bytes.IndexByte(first, ';') >= 0 {
		r.Comma = ';'
	}
	syntax := func(err error) bool {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			im.problem(name, pe.Line, Syntax, "malformed CSV: "+pe.Err.Error())
			return true
		}
		im.problem(name, 0, Syntax, "malformed CSV: "+err.Error())
		return false
	}
	im.what = "row"
	head, err := r.Read()
	if err != nil {
		syntax(err)
		return
	}
	col := map[string]int{"id": -1, "date": -1, "text": -1}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(h))
		if j, ok := col[h]; ok && j < 0 {
			col[h] = i
		}
	}
	if col["text"] < 0 {
		im.problem(name, 1, Syntax, "the header row must name the columns id, date and text (got "+strings.Join(head, string(r.Comma))+")")
		return
	}
	field := func(rec []string, c string) string {
		if i := col[c]; i >= 0 && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	for n := 1; ; n++ {
		if !im.step() {
			return
		}
		rec, err := r.Read()
		if err == io.EOF {
			if n == 1 {
				im.problem(name, 0, Empty, "no articles: no rows after the header row")
			}
			return
		}
		if err != nil {
			if !syntax(err) {
				return
			}
			continue
		}
		if strings.TrimSpace(strings.Join(rec, "")) == "" {
			n--
			continue // an empty row, as spreadsheets append
		}
		line, _ := r.FieldPos(0)
		im.record(name, stem, n, line, "row", record{ID: field(rec, "id"), Date: field(rec, "date"), Text: field(rec, "text")})
	}
}
