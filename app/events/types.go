// Package events holds what the explorer knows of happenings: the
// inventory of event types (the ACE/ERE types plus Policy), speech acts and
// modalities, and the hand-labelled sentences the extractor is measured on
// (testdata/events.jsonl, see Gold).
package events

import "slices"

// Type is an event type and subtype, as "Contact" and "Meet".
type Type struct {
	Type, Subtype string
}

// String writes t as "Type/Subtype".
func (t Type) String() string { return t.Type + "/" + t.Subtype }

// inventory lists the subtypes of each type, in the ACE/ERE order, with
// Policy (sanctions, agreements, annexations, laws) for what ERE lacks.
func inventory() []struct {
	typ      string
	subtypes []string
} {
	return []struct {
		typ      string
		subtypes []string
	}{
		{"Business", []string{"Start-Org", "End-Org", "Merge-Org", "Declare-Bankruptcy"}},
		{"Conflict", []string{"Attack", "Demonstrate"}},
		{"Contact", []string{"Meet", "Correspondence", "Broadcast", "Contact"}},
		{"Justice", []string{"Arrest-Jail", "Release-Parole", "Trial-Hearing", "Charge-Indict", "Sue", "Convict", "Sentence", "Fine", "Execute", "Extradite", "Acquit", "Appeal", "Pardon", "Investigate"}},
		{"Life", []string{"Be-Born", "Marry", "Divorce", "Injure", "Die"}},
		{"Movement", []string{"Transport-Person", "Transport-Artifact"}},
		{"Personnel", []string{"Start-Position", "End-Position", "Nominate", "Elect"}},
		{"Transaction", []string{"Transfer-Money", "Transfer-Ownership"}},
		{"Policy", []string{"Sanction", "Agreement", "Annex", "Law"}},
	}
}

// Types returns every event type and subtype, in inventory order.
func Types() []Type {
	var out []Type
	for _, g := range inventory() {
		for _, s := range g.subtypes {
			out = append(out, Type{g.typ, s})
		}
	}
	return out
}

// Valid reports whether t is in the inventory.
func (t Type) Valid() bool { return slices.Contains(Types(), t) }

// Acts are the speech acts a Contact event may carry.
func Acts() []string {
	return []string{"demand", "warn", "threaten", "criticize", "propose", "appeal", "support", "deny", "confirm"}
}

// Modality says whether a happening took place as reported.
type Modality string

// The modalities of an event mention.
const (
	Asserted     Modality = "asserted"
	Planned      Modality = "planned"      // future or scheduled: "zal plaatsvinden"
	Negated      Modality = "negated"      // "weigerde te", "niet"
	Hypothetical Modality = "hypothetical" // conditional: "als Rusland binnenvalt"
)

// Valid reports whether m is one of the four modalities.
func (m Modality) Valid() bool {
	switch m {
	case Asserted, Planned, Negated, Hypothetical:
		return true
	}
	return false
}
