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
	// Place counts the places of the mentions whose subtype is right, the
	// same way.
	Place Counts
	// ModalityByType, RolesByType and PlaceByType are Modality, Roles and
	// Place by type.
	ModalityByType, RolesByType, PlaceByType map[string]*Counts
}

// newScore returns an empty Score with its maps.
func newScore() *Score {
	return &Score{PerType: map[string]*Counts{}, ModalityByType: map[string]*Counts{},
		RolesByType: map[string]*Counts{}, PlaceByType: map[string]*Counts{}}
}

// of returns the counts of typ in per, made when missing.
func of(per map[string]*Counts, typ string) *Counts {
	if per[typ] == nil {
		per[typ] = &Counts{}
	}
	return per[typ]
}

// Evaluate runs find on every sentence of set and scores the mentions
// against the labels, per split ("dev", "test"). A gold event matches at
// most one mention.
func Evaluate(set []GoldSentence, find func(string) []Mention) map[string]*Score {
	out := map[string]*Score{}
	for _, s := range set {
		sc := out[s.Split]
		if sc == nil {
			sc = newScore()
			out[s.Split] = sc
		}
		ms := find(s.Text)
		match(s, ms, func(g GoldEvent, m Mention) bool { return g.Type == m.Type.Type }, &sc.Type, nil)
		match(s, ms, func(g GoldEvent, m Mention) bool { return g.Kind() == m.Type }, &sc.Subtype, sc.PerType)
		match(s, ms, func(g GoldEvent, m Mention) bool { return g.Kind() == m.Type && g.Modality == m.Modality }, &sc.Modality, sc.ModalityByType)
		matchRoles(s, ms, sc)
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
		return of(per, typ)
	}
	used := make([]bool, len(ms))
	for _, g := range s.Events {
		i := strings.Index(s.Text, g.Trigger)
		span := text.Span{Start: i, End: i + len(g.Trigger)}
		found := false
		for j, m := range ms {
			if !used[j] && m.covers(span) && same(g, m) {
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

// covers reports whether the words of the mention, its trigger or the
// particle of a phrasal verb, overlap span: a label may mark either
// ("stelde voor", "bekend" of "maakte ... bekend").
func (m Mention) covers(span text.Span) bool {
	return m.Trigger.Overlaps(span) || m.Particle.End > m.Particle.Start && m.Particle.Overlaps(span)
}

// WriteReport writes the scores of each split as a table: P, R and F1 of
// types, subtypes, modality, roles and places, then per type the subtype
// P, R and F1 and the F1 of modality, roles and places.
func WriteReport(w io.Writer, scores map[string]*Score) {
	for _, split := range []string{"dev", "test"} {
		sc := scores[split]
		if sc == nil {
			continue
		}
		fmt.Fprintf(w, "%s\n", split)
		row := func(name string, c Counts) {
			fmt.Fprintf(w, "  %-14s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
		}
		for _, r := range []struct {
			name string
			c    Counts
		}{{"type", sc.Type}, {"subtype", sc.Subtype}, {"modality", sc.Modality}, {"roles", sc.Roles}, {"place", sc.Place}} {
			row(r.name, r.c)
			fmt.Fprintln(w)
		}
		seen := map[string]bool{}
		f1 := func(per map[string]*Counts, typ string) string {
			if c := per[typ]; c != nil && c.TP+c.FP+c.FN > 0 {
				return fmt.Sprintf("%.3f", c.F1())
			}
			return "  -  "
		}
		for _, t := range Types() {
			if seen[t.Type] {
				continue
			}
			seen[t.Type] = true
			if c := sc.PerType[t.Type]; c != nil {
				row("  "+t.Type, *c)
				fmt.Fprintf(w, "  modality %s  roles %s  place %s\n", f1(sc.ModalityByType, t.Type), f1(sc.RolesByType, t.Type), f1(sc.PlaceByType, t.Type))
			}
		}
	}
}

// matchRoles pairs gold events with mentions of the same subtype (as match
// does) and counts their agents and patients into sc.Roles, their places
// into sc.Place, and both by type.
func matchRoles(s GoldSentence, ms []Mention, sc *Score) {
	used := make([]bool, len(ms))
	for _, g := range s.Events {
		i := strings.Index(s.Text, g.Trigger)
		span := text.Span{Start: i, End: i + len(g.Trigger)}
		for j, m := range ms {
			if used[j] || !m.covers(span) || g.Kind() != m.Type {
				continue
			}
			used[j] = true
			for _, c := range []*Counts{&sc.Roles, of(sc.RolesByType, g.Type)} {
				role(s.Text, g.Agent, m.Roles.Agent, c)
				role(s.Text, g.Patient, m.Roles.Patient, c)
			}
			for _, c := range []*Counts{&sc.Place, of(sc.PlaceByType, g.Type)} {
				role(s.Text, g.Place, m.Roles.Place, c)
			}
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
