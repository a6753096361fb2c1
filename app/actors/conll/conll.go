// Package conll evaluates the actor extractor on CoNLL-2002 named-entity
// files (the Dutch ned.testa, ned.testb, ned.train).
//
// The files have one token per line, "word POS tag" (the tag is the last
// field), a blank line after each sentence and a "-DOCSTART-" line before
// each document. Tags are IOB2 (B-PER starts an entity, I-PER continues
// it); IOB1, where I- may start an entity, is read too.
//
// For each document the tokens are joined with single spaces, one sentence
// per line, each token keeping its byte span; the real extractor runs on
// that text with the sentences as Doc.Sentences (actors.ExtractAll, so
// that the names of type Other are predicted too). Predicted name mentions
// (not role phrases) are mapped to CoNLL types (person → PER,
// organisation and media → ORG, place → LOC, other → MISC; a name in the
// genitive, Poetin's or Arafats, → MISC, as CoNLL tags it) and scored as
// exact span-and-type matches against the gold entities, in the CoNLL
// convention (conlleval): a prediction counts when its span and type are
// those of a gold entity. Two overall figures are reported: over PER, ORG
// and LOC, with MISC left out of gold and predictions (Scores.Overall, the
// figure the targets are stated in), and over all four types
// (Scores.OverallMISC, the figure conlleval prints). A mention that does
// not start and end on CoNLL token boundaries (the NAVO of the single
// CoNLL token NAVO-landen) cannot match any CoNLL entity and is not
// scored; CoNLL tags such compounds MISC or O.
//
// The data are used for evaluation only: nothing in the extractor is
// derived from them.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/eval"
	"corpusexplorer/app/text"
)

// Score counts the matches of one entity type (see eval.Score).
type Score = eval.Score

// Types are the scored CoNLL entity types, in report order.
var Types = []string{"PER", "ORG", "LOC", "MISC"}

// Scores holds the result of an evaluation.
type Scores struct {
	// ByType holds the score of each of PER, ORG, LOC and MISC.
	ByType map[string]Score
	// Overall is the micro-averaged score over PER, ORG and LOC.
	Overall Score
	// OverallMISC is the micro-averaged score over all four types.
	OverallMISC Score
	// Errors counts the error classes (see ErrorClasses).
	Errors map[string]int
	// Docs and Sentences count the documents and sentences read.
	Docs, Sentences int
	// Unaligned counts predicted mentions inside a CoNLL token, not scored.
	Unaligned int
}

// ErrorClasses names the error classes counted in Scores.Errors, in report
// order. A false negative is counted once, in the first class that applies;
// so is a false positive.
var ErrorClasses = []string{
	"fn-wrong-type",     // gold entity found with the right span, wrong type
	"fn-partial-span",   // a prediction overlaps the gold entity, other span
	"fn-missed-initial", // no overlapping prediction; entity starts its sentence
	"fn-missed-other",   // no overlapping prediction
	"fp-wrong-type",     // predicted span is a gold entity of another type
	"fp-partial-span",   // prediction overlaps a gold entity, other span
	"fp-misc",           // predicted span is a MISC entity, predicted PER, ORG or LOC
	"fp-common-initial", // no gold overlap; prediction starts its sentence
	"fp-other",          // no gold overlap
}

// Default is the extractor Evaluate uses. SetGazetteer sets it; until then
// Evaluate runs on an empty gazetteer (discovery rules only).
var Default *actors.Extractor

// SetGazetteer parses a gazetteer file (normally the embedded
// seeds/actors.tsv) and makes its extractor the Default.
func SetGazetteer(name string, data []byte) error {
	g, err := actors.ParseGazetteer(name, data)
	if err != nil {
		return err
	}
	Default = g.NewExtractor()
	return nil
}

// Evaluate reads CoNLL-2002 data from r, runs the Default extractor on
// every document, writes a report to w and returns the scores. The last
// line of the report reads exactly
// "overall precision=0.XXX recall=0.XXX f1=0.XXX".
func Evaluate(r io.Reader, w io.Writer) (Scores, error) {
	ex := Default
	if ex == nil {
		g, _ := actors.NewGazetteer(nil)
		ex = g.NewExtractor()
	}
	return EvaluateWith(ex, r, w)
}

// entity is a token range [start, end) of a document with its type.
type entity struct {
	start, end int
	typ        string
}

// document is one CoNLL document.
type document struct {
	words     []string
	sentStart []int    // index of the first token of each sentence
	gold      []entity // PER, ORG, LOC and MISC
}

// EvaluateWith is Evaluate with a given extractor.
func EvaluateWith(ex *actors.Extractor, r io.Reader, w io.Writer) (Scores, error) {
	sc := Scores{ByType: make(map[string]Score), Errors: make(map[string]int)}
	for _, t := range Types {
		sc.ByType[t] = Score{}
	}
	err := readDocs(r, func(d *document) {
		sc.Docs++
		sc.Sentences += len(d.sentStart)
		evalDoc(ex, d, &sc)
	})
	if err != nil {
		return sc, err
	}
	for _, t := range Types {
		s := sc.ByType[t]
		sc.OverallMISC.Add(s)
		if t != "MISC" {
			sc.Overall.Add(s)
		}
	}
	report(w, &sc)
	return sc, nil
}

// readDocs parses CoNLL data and calls fn for each document.
func readDocs(r io.Reader, fn func(*document)) error {
	br := bufio.NewScanner(r)
	br.Buffer(make([]byte, 0, 64*1024), 1<<20)
	d := &document{}
	newSent := true
	prevType := "O"
	open := -1 // start of the entity being read
	openType := ""
	closeEntity := func(end int) {
		if open >= 0 {
			e := entity{open, end, openType}
			if openType == "MISC" || openType == "PER" || openType == "ORG" || openType == "LOC" {
				d.gold = append(d.gold, e)
			}
		}
		open = -1
	}
	flush := func() {
		closeEntity(len(d.words))
		if len(d.words) > 0 {
			fn(d)
		}
		d = &document{}
		newSent = true
		prevType = "O"
	}
	line := 0
	for br.Scan() {
		line++
		f := strings.Fields(br.Text())
		if len(f) == 0 {
			closeEntity(len(d.words))
			newSent = true
			prevType = "O"
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if len(f) < 2 {
			return fmt.Errorf("conll:%d: want \"word ... tag\", got %q", line, br.Text())
		}
		tag := f[len(f)-1]
		if newSent {
			d.sentStart = append(d.sentStart, len(d.words))
			newSent = false
		}
		i := len(d.words)
		d.words = append(d.words, f[0])
		typ := "O"
		begin := false
		switch {
		case strings.HasPrefix(tag, "B-"):
			typ, begin = tag[2:], true
		case strings.HasPrefix(tag, "I-"):
			typ = tag[2:]
			begin = typ != prevType
		case tag == "O":
		default:
			return fmt.Errorf("conll:%d: bad tag %q", line, tag)
		}
		if typ == "O" || begin {
			closeEntity(i)
		}
		if begin {
			open, openType = i, typ
		}
		prevType = typ
	}
	if err := br.Err(); err != nil {
		return err
	}
	flush()
	return nil
}

// evalDoc runs the extractor on one document and adds to sc.
func evalDoc(ex *actors.Extractor, d *document, sc *Scores) {
	var b strings.Builder
	starts := make(map[int]int, len(d.words)) // byte offset → token index
	ends := make(map[int]int, len(d.words))
	tokStart := make([]int, len(d.words))
	sentOf := make([]int, len(d.words))
	var sents []text.Span
	si := 0
	for i, wd := range d.words {
		if si+1 < len(d.sentStart) && d.sentStart[si+1] == i {
			si++
		}
		sentOf[i] = si
		if i > 0 {
			if d.sentStart[si] == i {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		if d.sentStart[si] == i {
			sents = append(sents, text.Span{Start: b.Len()})
		}
		tokStart[i] = b.Len()
		starts[b.Len()] = i
		b.WriteString(wd)
		ends[b.Len()] = i
		sents[len(sents)-1].End = b.Len()
	}
	src := b.String()
	doc := actors.Doc{Text: src, Tokens: text.Tokenize(src), Sentences: sents, Date: "2000"}
	ms, disc := ex.ExtractAll(doc)
	typeOf := make(map[string]actors.Type, len(disc))
	for _, a := range disc {
		typeOf[a.ID] = a.Type
	}
	var pred []entity
	seen := make(map[entity]bool)
	srcOf := make(map[entity]string) // "gazetteer" or "discovered", for debug
	for _, m := range ms {
		if m.Role {
			continue
		}
		t, ok := typeOf[m.ActorID()]
		from := "discovered"
		if !ok {
			a, found := ex.Actor(m.ActorID())
			if !found {
				continue
			}
			t, from = a.Type, "gazetteer"
		}
		s, ok1 := starts[m.Span.Start]
		e, ok2 := ends[m.Span.End]
		if !ok1 || !ok2 {
			sc.Unaligned++
			continue
		}
		p := entity{s, e + 1, conllType(t)}
		if m.Possessive {
			p.typ = "MISC"
		}
		if !seen[p] {
			seen[p] = true
			pred = append(pred, p)
			srcOf[p] = from
		}
	}
	gold := make(map[entity]bool, len(d.gold))
	for _, g := range d.gold {
		gold[g] = true
	}
	overlaps := func(a, b entity) bool { return a.start < b.end && b.start < a.end }
	sameSpan := func(a, b entity) bool { return a.start == b.start && a.end == b.end }
	initial := func(i int) bool {
		s := d.sentStart[sentOf[i]]
		for k := s; k < i; k++ {
			if !isOpener(d.words[k]) {
				return false
			}
		}
		return true
	}
	for _, t := range Types {
		s := sc.ByType[t]
		for _, p := range pred {
			if p.typ != t {
				continue
			}
			if gold[p] {
				s.TP++
			} else {
				s.FP++
			}
		}
		for _, g := range d.gold {
			if g.typ == t && !seen[g] {
				s.FN++
			}
		}
		sc.ByType[t] = s
	}
	for _, g := range d.gold {
		if seen[g] {
			continue
		}
		class := "fn-missed-other"
		if initial(g.start) {
			class = "fn-missed-initial"
		}
		for _, p := range pred {
			if sameSpan(p, g) {
				class = "fn-wrong-type"
				break
			}
			if overlaps(p, g) {
				class = "fn-partial-span"
			}
		}
		sc.Errors[class]++
		if debug != nil {
			from := ""
			for _, p := range pred {
				if sameSpan(p, g) || from == "" && overlaps(p, g) {
					from = srcOf[p]
				}
			}
			fmt.Fprintf(debug, "%s\t%s\t%s\t%s\t%s\t%s\n", class, g.typ, strings.Join(d.words[g.start:g.end], " "), predAround(d, pred, g), window(d, g), from)
		}
	}
	for _, p := range pred {
		if gold[p] {
			if debug != nil {
				fmt.Fprintf(debug, "tp\t%s\t%s\t\t%s\t%s\n", p.typ, strings.Join(d.words[p.start:p.end], " "), window(d, p), srcOf[p])
			}
			continue
		}
		class := ""
		for _, g := range d.gold {
			if sameSpan(p, g) {
				class = "fp-wrong-type"
				if g.typ == "MISC" {
					class = "fp-misc"
				}
				break
			}
			if overlaps(p, g) {
				class = "fp-partial-span"
			}
		}
		if class == "" {
			class = "fp-other"
			if initial(p.start) {
				class = "fp-common-initial"
			}
		}
		sc.Errors[class]++
		if debug != nil && class != "fp-wrong-type" {
			fmt.Fprintf(debug, "%s\t%s\t%s\t%s\t%s\t%s\n", class, p.typ, strings.Join(d.words[p.start:p.end], " "), goldAround(d, p), window(d, p), srcOf[p])
		}
	}
}

// debug, when set by a test, receives one line per error and per correct
// prediction (class "tp"): class, type,
// words, the overlapping entities, the words around it, and whether the
// prediction came from the gazetteer (or the list of other names) or
// from discovery.
var debug io.Writer

func window(d *document, e entity) string {
	a, b := max(0, e.start-6), min(len(d.words), e.end+6)
	return strings.Join(d.words[a:e.start], " ") + " [[" + strings.Join(d.words[e.start:e.end], " ") + "]] " + strings.Join(d.words[e.end:b], " ")
}

func predAround(d *document, pred []entity, g entity) string {
	var out []string
	for _, p := range pred {
		if p.start < g.end && g.start < p.end {
			out = append(out, p.typ+":"+strings.Join(d.words[p.start:p.end], " "))
		}
	}
	return strings.Join(out, "; ")
}

func goldAround(d *document, p entity) string {
	var out []string
	for _, g := range d.gold {
		if p.start < g.end && g.start < p.end {
			out = append(out, g.typ+":"+strings.Join(d.words[g.start:g.end], " "))
		}
	}
	return strings.Join(out, "; ")
}

func isOpener(w string) bool {
	return w == "\"" || w == "'" || w == "-" || w == "(" || w == "„" || w == "“" || w == "«"
}

func conllType(t actors.Type) string {
	switch t {
	case actors.Person:
		return "PER"
	case actors.Place:
		return "LOC"
	case actors.Other:
		return "MISC"
	}
	return "ORG"
}

// report writes the scores, the error classes and the overall line last.
func report(w io.Writer, sc *Scores) {
	fmt.Fprintf(w, "documents=%d sentences=%d unaligned-mentions=%d\n", sc.Docs, sc.Sentences, sc.Unaligned)
	for _, t := range Types {
		s := sc.ByType[t]
		fmt.Fprintf(w, "%s precision=%.3f recall=%.3f f1=%.3f tp=%d fp=%d fn=%d\n", t, s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN)
	}
	fmt.Fprintln(w, "errors:")
	for _, c := range ErrorClasses {
		fmt.Fprintf(w, "  %-20s %d\n", c, sc.Errors[c])
	}
	o := sc.OverallMISC
	fmt.Fprintf(w, "overall-with-misc precision=%.3f recall=%.3f f1=%.3f\n", o.Precision(), o.Recall(), o.F1())
	o = sc.Overall
	fmt.Fprintf(w, "overall precision=%.3f recall=%.3f f1=%.3f\n", o.Precision(), o.Recall(), o.F1())
}
