package events

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// GoldSentence is one hand-labelled sentence of an evaluation set: its
// text and the happenings it reports.
type GoldSentence struct {
	ID string `json:"id"`
	// Split is "dev" (rules may be written looking at it) or "test" (held
	// out from the rule writing).
	Split  string      `json:"split"`
	Text   string      `json:"text"`
	Events []GoldEvent `json:"events"`
}

// GoldEvent is one labelled happening. Participants are written as they
// appear in the sentence (surface strings), so that the set does not
// depend on an actor gazetteer.
type GoldEvent struct {
	// Trigger is the word or words of Text that express the happening.
	Trigger  string   `json:"trigger"`
	Type     string   `json:"type"`
	Subtype  string   `json:"subtype"`
	Act      string   `json:"act"`
	Agent    []string `json:"agent"`
	Patient  []string `json:"patient"`
	Place    []string `json:"place"`
	Modality Modality `json:"modality"`
}

// Kind returns the event's type and subtype.
func (e GoldEvent) Kind() Type { return Type{e.Type, e.Subtype} }

// ReadGold reads a set of labelled sentences, one JSON object per line
// (JSON Lines), and checks each: known fields only, a known type and
// subtype, an act only on Contact events, a known modality, and every
// trigger and participant found in the text. Errors name file and line.
func ReadGold(name string, r io.Reader) ([]GoldSentence, error) {
	var out []GoldSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	seen := map[string]int{}
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var s GoldSentence
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&s); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if err := s.check(); err != nil {
			return nil, fmt.Errorf("%s:%d: %s: %v", name, line, s.ID, err)
		}
		if l, ok := seen[s.ID]; ok {
			return nil, fmt.Errorf("%s:%d: id %s already used on line %d", name, line, s.ID, l)
		}
		seen[s.ID] = line
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return out, nil
}

func (s GoldSentence) check() error {
	if s.ID == "" || strings.TrimSpace(s.Text) == "" {
		return fmt.Errorf("no id or no text")
	}
	if s.Split != "dev" && s.Split != "test" {
		return fmt.Errorf("split %q, want dev or test", s.Split)
	}
	for i, e := range s.Events {
		if !e.Kind().Valid() {
			return fmt.Errorf("event %d: unknown type %s", i+1, e.Kind())
		}
		if e.Act != "" && (e.Type != "Contact" || !slices.Contains(Acts(), e.Act)) {
			return fmt.Errorf("event %d: act %q (only the speech acts %v, on Contact events)", i+1, e.Act, Acts())
		}
		if !e.Modality.Valid() {
			return fmt.Errorf("event %d: modality %q", i+1, e.Modality)
		}
		if e.Trigger == "" || !strings.Contains(s.Text, e.Trigger) {
			return fmt.Errorf("event %d: trigger %q is not in the text", i+1, e.Trigger)
		}
		for _, p := range slices.Concat(e.Agent, e.Patient, e.Place) {
			if p == "" || !strings.Contains(s.Text, p) {
				return fmt.Errorf("event %d: participant %q is not in the text", i+1, p)
			}
		}
	}
	return nil
}
