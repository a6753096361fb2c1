package events

import (
	"fmt"
	"io"
	"strings"

	"corpusexplorer/app/eval"
	"corpusexplorer/app/text"
)

// Counts are the true positives, false positives and false negatives of
// one measure.
type Counts = eval.Score

// Score is how well an extractor did on one split of a gold set.
type Score struct {
	// Type counts a mention right when its trigger overlaps a gold
	// trigger of the same type; Subtype when the subtype is right too.
	Type, Subtype Counts
	// PerType is Subtype by type ("Contact", ...).
	PerType map[string]*Counts
	// Modality counts a mention right when its subtype and its modality
	// are.
	Modality Counts
	// Roles counts the agents and patients of the mentions whose subtype
	// is right: a participant is found when a span of the same role
	// overlaps it.
	Roles Counts
}

// Evaluate runs find on every sentence of set and scores the mentions
// against the labels, per split ("dev", "test"). A gold event matches at
// most one mention.
func Evaluate(set []GoldSentence, find func(string) []Mention) map[string]*Score {
	out := map[string]*Score{}
	for _, s := range set {
		sc := out[s.Split]
		if sc == nil {
			sc = &Score{PerType: map[string]*Counts{}}
			out[s.Split] = sc
		}
		ms := find(s.Text)
		match(s, ms, func(g GoldEvent, m Mention) bool { return g.Type == m.Type.Type }, &sc.Type, nil)
		match(s, ms, func(g GoldEvent, m Mention) bool { return g.Kind() == m.Type }, &sc.Subtype, sc.PerType)
		match(s, ms, func(g GoldEvent, m Mention) bool { return g.Kind() == m.Type && g.Modality == m.Modality }, &sc.Modality, nil)
		matchRoles(s, ms, &sc.Roles)
	}
	return out
}

// match pairs gold events with mentions one to one, greedily in text
// order, and counts the outcome into c (and per type into per).
func match(s GoldSentence, ms []Mention, same func(GoldEvent, Mention) bool, c *Counts, per map[string]*Counts) {
	count := func(typ string) *Counts {
		if per == nil {
			return &Counts{}
		}
		if per[typ] == nil {
			per[typ] = &Counts{}
		}
		return per[typ]
	}
	used := make([]bool, len(ms))
	for _, g := range s.Events {
		i := strings.Index(s.Text, g.Trigger)
		span := text.Span{Start: i, End: i + len(g.Trigger)}
		found := false
		for j, m := range ms {
			if !used[j] && m.Trigger.Overlaps(span) && same(g, m) {
				used[j], found = true, true
				break
			}
		}
		if found {
			c.TP++
			count(g.Type).TP++
		} else {
			c.FN++
			count(g.Type).FN++
		}
	}
	for j, m := range ms {
		if !used[j] {
			c.FP++
			count(m.Type.Type).FP++
		}
	}
}

// WriteReport writes the scores of each split as a table: P, R and F1 of
// types and subtypes, then per type.
func WriteReport(w io.Writer, scores map[string]*Score) {
	for _, split := range []string{"dev", "test"} {
		sc := scores[split]
		if sc == nil {
			continue
		}
		fmt.Fprintf(w, "%s\n", split)
		row := func(name string, c Counts) {
			fmt.Fprintf(w, "  %-14s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n", name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
		}
		row("type", sc.Type)
		row("subtype", sc.Subtype)
		row("modality", sc.Modality)
		row("roles", sc.Roles)
		seen := map[string]bool{}
		for _, t := range Types() {
			if seen[t.Type] {
				continue
			}
			seen[t.Type] = true
			if c := sc.PerType[t.Type]; c != nil {
				row("  "+t.Type, *c)
			}
		}
	}
}

// matchRoles pairs gold events with mentions of the same subtype (as match
// does) and counts their agents and patients into c.
func matchRoles(s GoldSentence, ms []Mention, c *Counts) {
	used := make([]bool, len(ms))
	for _, g := range s.Events {
		i := strings.Index(s.Text, g.Trigger)
		span := text.Span{Start: i, End: i + len(g.Trigger)}
		for j, m := range ms {
			if used[j] || !m.Trigger.Overlaps(span) || g.Kind() != m.Type {
				continue
			}
			used[j] = true
			role(s.Text, g.Agent, m.Roles.Agent, c)
			role(s.Text, g.Patient, m.Roles.Patient, c)
			break
		}
	}
}

// role counts the gold participants found among spans, and the spans that
// found none.
func role(src string, gold []string, spans []text.Span, c *Counts) {
	hit := make([]bool, len(spans))
	for _, g := range gold {
		i := strings.Index(src, g)
		gs := text.Span{Start: i, End: i + len(g)}
		found := false
		for k, sp := range spans {
			if !hit[k] && sp.Overlaps(gs) {
				hit[k], found = true, true
				break
			}
		}
		if found {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, h := range hit {
		if !h {
			c.FP++
		}
	}
}
