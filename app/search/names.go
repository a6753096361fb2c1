package search

import (
	"slices"
	"strings"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/text"
)

// mentionTF appends to the index's actorTF the weighted mention count of
// each actor of document d (whose actors are already set in di): a
// mention in the title counts TitleWeight, in the lead LeadWeight, else 1.
// An actor without a mention span counts once.
func (b *Builder) mentionTF(d int, a *corpus.Article, di *docInfo, acts []string) {
	ix := b.ix
	if ix.actorTF == nil {
		ix.actorTF = make(map[string][]float32)
	}
	var ms []Mention
	if ix.cfg.Mentions != nil {
		ms = ix.cfg.Mentions(d)
	}
	tf := mentionWeights(a, acts, di.title, di.lead, ms)
	for k, id := range acts {
		ix.actorTF[id] = append(ix.actorTF[id], tf[k])
	}
}

// mentionWeights returns the weighted mention count of each of the sorted
// actors of article a (title and lead ranges given) among its mentions
// ms: a mention in the title counts TitleWeight, in the lead LeadWeight,
// else 1; an actor without a mention counts once.
func mentionWeights(a *corpus.Article, actors []string, title, lead corpus.Range, ms []Mention) []float32 {
	tf := make([]float32, len(actors))
	if ms != nil {
		title, lead := byteSpan(a, title), byteSpan(a, lead)
		for _, m := range ms {
			k, ok := slices.BinarySearch(actors, m.ActorID)
			if !ok {
				continue
			}
			switch {
			case title.Contains(m.Span):
				tf[k] += TitleWeight
			case lead.Contains(m.Span):
				tf[k] += LeadWeight
			default:
				tf[k]++
			}
		}
	}
	for k := range tf {
		tf[k] = max(tf[k], 1)
	}
	return tf
}

// byteSpan returns the bytes of a's text that the tokens r cover.
func byteSpan(a *corpus.Article, r corpus.Range) text.Span {
	if r.Len() <= 0 || r.End > len(a.Tokens) {
		return text.Span{Start: -1, End: -1}
	}
	return text.Span{Start: a.Tokens[r.Start].Start, End: a.Tokens[r.End-1].End}
}

// buildNames folds the actor names of the configuration into ix.names.
func (ix *Index) buildNames() {
	if len(ix.cfg.Names) == 0 {
		return
	}
	ix.names = make(map[string][]string)
	ix.nameShow = make(map[string]string)
	for id, ns := range ix.cfg.Names {
		for _, n := range ns {
			var ws []string
			for _, t := range text.Tokenize(n) {
				if t.Kind == text.Punct || t.Fold() == "" {
					continue
				}
				ws = append(ws, t.Fold())
				if w := strings.ToLower(n[t.Start:t.End]); text.Fold(w) == t.Fold() {
					if _, ok := ix.nameShow[t.Fold()]; !ok || w < ix.nameShow[t.Fold()] {
						ix.nameShow[t.Fold()] = w
					}
				}
			}
			if len(ws) == 0 {
				continue
			}
			key := strings.Join(ws, " ")
			if !slices.Contains(ix.names[key], id) {
				ix.names[key] = append(ix.names[key], id)
			}
			ix.nameLen = max(ix.nameLen, len(ws))
		}
	}
	for _, ids := range ix.names {
		slices.Sort(ids)
	}
}

// unit is a part of a query evaluated as one: a clause, or a run of
// clauses that spells an actor name, with the actors it names.
type unit struct {
	c      []Clause
	actors []string
}

// NameActors returns the ids of the actors that the folded words ws spell
// one of the names of (see Config.Names), or nil.
func (ix *Index) NameActors(ws []string) []string {
	if len(ws) == 0 || len(ws) > ix.nameLen {
		return nil
	}
	return ix.names[strings.Join(ws, " ")]
}

// units splits the clauses of q into units: the longest run of positive
// clauses (words and phrases, as "Agence France-Presse" parses) whose
// words spell an actor name, a negated clause that spells one, or else a
// clause alone.
func (ix *Index) units(q Query) []unit {
	out := make([]unit, 0, len(q.Clauses))
	cs := q.Clauses
	var ws []string
	for i := 0; i < len(cs); {
		u := unit{c: cs[i : i+1]}
		if cs[i].Negate {
			u.actors = ix.NameActors(cs[i].Words)
		} else if ix.nameLen > 0 {
			// The runs from i, longest first, of at most nameLen words.
			ws = ws[:0]
			end := i
			for end < len(cs) && !cs[end].Negate && len(ws)+len(cs[end].Words) <= ix.nameLen {
				ws = append(ws, cs[end].Words...)
				end++
			}
			for j := end; j > i; j-- {
				n := 0
				for _, c := range cs[i:j] {
					n += len(c.Words)
				}
				if ids := ix.NameActors(ws[:n]); ids != nil {
					u = unit{cs[i:j], ids}
					break
				}
			}
		}
		out = append(out, u)
		i += len(u.c)
	}
	return out
}

// nameDocs calls add once for each document that matches every clause
// of the positive unit u or mentions one of its actors, with the better
// of the clauses' summed score and the actor's mention score (its BM25
// over the weighted mentions, once per clause). It returns
// the clauses' matches, the first carrying the actors, to mark snippets.
func (ix *Index) nameDocs(u unit, sc *scratch, add func(d int32, s float64)) []clauseMatch {
	sc.group(len(ix.docs))
	gs := sc.nextStamp()
	m := int32(len(u.c))
	docs := sc.gdocs[:0]
	out := make([]clauseMatch, 0, len(u.c))
	for k, c := range u.c {
		k := int32(k)
		emit := func(d int32, s float64) {
			switch {
			case k == 0 && sc.gseen[d] != gs:
				sc.gseen[d], sc.gcnt[d], sc.gscore[d] = gs, 1, s
				docs = append(docs, d)
			case k > 0 && sc.gseen[d] == gs && sc.gcnt[d] == k:
				sc.gcnt[d]++
				sc.gscore[d] += s
			}
		}
		out = append(out, clauseMatch{c: c, ids: ix.clauseDocs(c, sc, emit)})
	}
	out[0].actors = u.actors
	for _, id := range u.actors {
		adocs, tf := ix.actorDoc[id], ix.actorTF[id]
		idf := ix.idf(len(adocs))
		for i, d := range adocs {
			f := 1.0
			if i < len(tf) {
				f = float64(tf[i])
			}
			// A mention stands for every word of the name.
			s := float64(m) * ix.bm25(idf, f, d)
			switch {
			case sc.gseen[d] != gs:
				sc.gseen[d], sc.gcnt[d], sc.gscore[d] = gs, m, s
				docs = append(docs, d)
			case sc.gcnt[d] < m:
				sc.gcnt[d], sc.gscore[d] = m, s
			default:
				sc.gscore[d] = max(sc.gscore[d], s)
			}
		}
	}
	sc.gdocs = docs
	for _, d := range docs {
		if sc.gcnt[d] == m {
			add(d, sc.gscore[d])
		}
	}
	return out
}
