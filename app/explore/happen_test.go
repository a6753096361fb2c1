package explore_test

import (
	"slices"
	"testing"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
	"corpusexplorer/app/corpus"
	"corpusexplorer/app/events"
	"corpusexplorer/app/explore"
	"corpusexplorer/app/search"
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

func TestMainHappenings(t *testing.T) {
	ac := loadSeeds(t)
	for i, a := range ac.Articles {
		hs := explore.MainHappenings(ac, i, 3, search.State{})
		if len(hs) == 0 || len(hs) > 3 {
			t.Errorf("%s: %d main happenings", a.ID, len(hs))
			continue
		}
		if hs[0].When == analysis.Reported {
			t.Errorf("%s: the first main happening is dated only by the publication: %s", a.ID, explore.HappeningLabel(ac, hs[0]))
		}
	}
	// The December articles lead with what both tell of.
	i := ac.Corpus.Index("000_6ffce1f1300ed2ce")
	if hs := explore.MainHappenings(ac, i, 1, search.State{}); explore.Sources(hs[0]) < 2 {
		t.Errorf("the first main happening of %s has %d source", ac.Articles[i].ID, explore.Sources(hs[0]))
	}
	// Asked for January 2022, it leads with the talks planned then.
	jan := search.State{EFrom: corpus.Date{Year: 2022, Month: 1}}
	if hs := explore.MainHappenings(ac, i, 1, jan); hs[0].Date.String() != "2022-01-10" {
		t.Errorf("happened from 2022-01, the first main happening of %s is %s %s", ac.Articles[i].ID, hs[0].Date, explore.HappeningLabel(ac, hs[0]))
	}
}

func TestSentenceIn(t *testing.T) {
	ac := loadSeeds(t)
	for i := range ac.Happenings().List {
		h := &ac.Happenings().List[i]
		for ai := range ac.Articles {
			tells := slices.ContainsFunc(h.Mentions(), func(m analysis.MentionRef) bool { return m.Article == ai })
			s := explore.SentenceIn(ac, h, ai)
			if tells != (s >= 0) || s >= len(ac.Articles[ai].Sentences) {
				t.Errorf("%s in article %d: sentence %d (tells of it: %v)", h.ID, ai, s, tells)
			}
		}
	}
}

func TestShortName(t *testing.T) {
	for _, tt := range []struct {
		name string
		typ  actors.Type
		want string
	}{
		{"Joe Biden", actors.Person, "Biden"},
		{"Mathias De Clercq", actors.Person, "De Clercq"},
		{"Edwin van der Sar", actors.Person, "Van der Sar"},
		{"Ursula von der Leyen", actors.Person, "Von der Leyen"},
		{"Recep Tayyip Erdoğan", actors.Person, "Erdoğan"},
		{"Koning Willem-Alexander", actors.Person, "Willem-Alexander"},
		{"Poetin", actors.Person, "Poetin"},
		{"De Wever", actors.Person, "De Wever"},
		{"Verenigde Staten", actors.Place, "Verenigde Staten"},
		{"Den Haag", actors.Place, "Den Haag"},
	} {
		if got := explore.ShortName(actors.Actor{Name: tt.name, Type: tt.typ}); got != tt.want {
			t.Errorf("ShortName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
