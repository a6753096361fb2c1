package explore_test

import (
	"slices"
	"testing"

	"corpusexplorer/app/events"
	"corpusexplorer/app/explore"
)

// TestHappeningLabels: the seeds' main happenings are named for people.
func TestHappeningLabels(t *testing.T) {
	ac := loadSeeds(t)
	var labels []string
	for i := range ac.Happenings().List {
		labels = append(labels, ac.Happenings().List[i].Date.String()+" "+explore.HappeningLabel(ac, &ac.Happenings().List[i]))
	}
	for _, want := range []string{
		"2014 Rusland – Krim · annexation",
		"2021-12-07 Biden – Poetin · call",
		"2021-12-23 Poetin threatens",
		"2021-12-24 Kremlin confirms",
		"2021-12-16 Europese Unie · sanctions (planned)",
		"2022-01-10 Rusland – Verenigde Staten · meeting in Genève (planned)",
		"2021-04 Stoltenberg criticizes Rusland",
	} {
		if !slices.Contains(labels, want) {
			t.Errorf("no happening labelled %q among\n%q", want, labels)
		}
	}
}

func TestWhat(t *testing.T) {
	corr := events.Type{Type: "Contact", Subtype: "Correspondence"}
	tests := []struct {
		t       events.Type
		trigger string
		want    string
	}{
		{corr, "belden", "phone call"},
		{corr, "telefoongesprek", "phone call"},
		{corr, "videogesprek", "video call"},
		{corr, "brief", "letter"},
		{corr, "gesprek", "call"},
		{events.Type{Type: "Justice", Subtype: "Arrest-Jail"}, "aangehouden", "arrest"},
		{events.Type{Type: "Policy", Subtype: "Annex"}, "annexeerde", "annexation"},
	}
	for _, tc := range tests {
		if got := explore.What(tc.t, tc.trigger); got != tc.want {
			t.Errorf("What(%v, %q) = %q, want %q", tc.t, tc.trigger, got, tc.want)
		}
	}
	for _, ty := range events.Types() {
		if explore.SubtypeName(ty) == "" {
			t.Errorf("%v has no name", ty)
		}
	}
}
