package actors

import (
	"strings"
	"testing"
)

// renderAll writes the mentions of ExtractAll as "text=id/type", with a
// trailing "'" for a name in the genitive.
func renderAll(t *testing.T, e *Extractor, d Doc) string {
	t.Helper()
	ms, found := e.ExtractAll(d)
	types := map[string]Type{}
	for _, a := range found {
		types[a.ID] = a.Type
	}
	var out []string
	for _, m := range ms {
		ty, ok := types[m.ActorID()]
		if !ok {
			if ty, ok = e.TypeOf(m.ActorID()); !ok {
				t.Errorf("%q: mention of %s has no actor", d.Text, m.ActorID())
			}
		}
		s := m.Span.Of(d.Text) + "=" + m.ActorID() + "/" + ty.String()
		if m.Role {
			s = "role:" + s
		}
		if m.Possessive {
			s += "'"
		}
		out = append(out, s)
	}
	return strings.Join(out, " | ")
}

// TestOtherNames covers the names of type Other: what ExtractAll returns
// and Extract leaves out.
func TestOtherNames(t *testing.T) {
	e := seedExtractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"nationality adjective", "Amerikaanse troepen trekken weg.", "Amerikaanse=amerikaanse/other"},
		{"inhabitants", "Twee miljoen Oekraïners vluchtten.", "Oekraïners=oekrainers/other"},
		{"inhabitants of a foreign country", "Duizenden Kongolezen en Oegandezen vluchtten.", "Kongolezen=kongolezen/other | Oegandezen=oegandezen/other"},
		{"inhabitant of a region", "De Texaan won.", "Texaan=texaan/other"},
		{"language", "Hij spreekt vloeiend Nederlands.", "Nederlands=nederlands/other"},
		{"hyphenated adjectives are one name", "Een Frans-Duitse top.", "Frans-Duitse=frans-duitse/other"},
		{"compass word joins", "De Oost-Europese landen.", "Oost-Europese=oost-europese/other"},
		{"compound with another part is none", "De Amerikaans-gezinde regering.", ""},
		{"listed event", "Hij won goud op de Olympische Spelen.", "Olympische Spelen=olympische-spelen/other"},
		{"a storm's name, sentence-initially", "Storm Eunice heeft vrijdag vier mensen het leven gekost.", "Storm Eunice=storm-eunice/other"},
		{"listed law", "Dat staat in de Grondwet.", "Grondwet=grondwet/other"},
		{"name and a year", "De organisatie van Brussel 2000 is klaar.", "Brussel 2000=brussel-2000/other"},
		{"event word before a place", "Hij reed de Ronde van Denemarken.", "Ronde van Denemarken=ronde-van-denemarken/other"},
		{"event head", "België speelt de Davis Cup.", "België=belgie/place | Davis Cup=davis-cup/other"},
		{"quoted title", "Het boek 'De Avonden Van Toen' verscheen.", "De Avonden Van Toen=de-avonden-van-toen/other"},
		{"work noun before a name", "Hij regisseerde de film Underground Zeven.", "Underground Zeven=underground-zeven/other"},
		{"adjective in a role phrase stays the role's", "Dat zei de Russische president.", "role:de Russische president=vladimir-poetin/person"},
		{"adjective inside an organisation name", "De Koninklijke Belgische Voetbalbond.", "Koninklijke Belgische Voetbalbond=kbvb/organisation"},
		{"a first name is no adjective", "Frans Timmermans spreekt Frans.", "Frans Timmermans=frans-timmermans/person | Frans=frans/other"},
		{"possessive apostrophe", "Niemand volgt Poetin's oproep.", "Poetin's=vladimir-poetin/person'"},
		{"possessive s", "Het kwam er op Bidens initiatief.", "Bidens=joe-biden/person'"},
		{"no possessive in a name ending in s", "Dat zei Paul Janssens.", "Paul Janssens=paul-janssens/person"},
	}
	for _, tt := range tests {
		d := mkDoc(tt.text, "2021-12")
		if got := renderAll(t, e, d); got != tt.want {
			t.Errorf("%s: %q\n got  %s\n want %s", tt.name, tt.text, got, tt.want)
		}
		ms, found := e.Extract(d)
		for _, m := range ms {
			if ty, ok := e.TypeOf(m.ActorID()); ok && ty == Other || strings.Contains(tt.want, m.Span.Of(d.Text)+"="+m.ActorID()+"/other") {
				t.Errorf("%s: Extract returned the Other name %q", tt.name, m.Span.Of(d.Text))
			}
		}
		for _, a := range found {
			if a.Type == Other {
				t.Errorf("%s: Extract discovered the Other name %q", tt.name, a.Name)
			}
		}
	}
}
