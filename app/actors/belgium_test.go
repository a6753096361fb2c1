package actors

import "testing"

// TestBelgium2017 checks the gazetteer's Belgian coverage for news of
// 2017–2018: parties, institutions, ministers by name and by dated role,
// regions and towns in their Dutch forms.
func TestBelgium2017(t *testing.T) {
	e := seedExtractor(t)
	tests := []struct {
		name, text, date string
		want             map[string]Type // id → type of a mention in the text
	}{
		{"parties", "De N-VA, CD&V, Open Vld, sp.a, Groen, PVDA, MR, PS, cdH, Ecolo en DéFI stemden.", "2018-03",
			map[string]Type{"n-va": Organisation, "cd-v": Organisation, "open-vld": Organisation, "vooruit": Organisation,
				"groen": Organisation, "pvda-ptb": Organisation, "mr": Organisation, "ps": Organisation,
				"les-engages": Organisation, "ecolo": Organisation, "defi": Organisation}},
		{"PvdA in mixed case stays the Dutch party", "Ook de PvdA stemde tegen.", "2018-03", map[string]Type{"pvda": Organisation}},
		{"institutions", "Het Grondwettelijk Hof, de Raad van State, het Rekenhof en het Vlaams Parlement spraken zich uit.", "2017-11",
			map[string]Type{"grondwettelijk-hof": Organisation, "raad-van-state": Organisation, "rekenhof": Organisation, "vlaams-parlement": Organisation}},
		{"ministers by name", "Theo Francken en Maggie De Block ontmoetten Liesbeth Homans.", "2018-01",
			map[string]Type{"theo-francken": Person, "maggie-de-block": Person, "liesbeth-homans": Person}},
		{"a role in its term", "Dat zei de Belgische minister van Binnenlandse Zaken gisteren.", "2018-05", map[string]Type{"jan-jambon": Person}},
		{"the same role after the term", "Dat zei de Belgische minister van Binnenlandse Zaken gisteren.", "2019-05", map[string]Type{"pieter-de-crem": Person}},
		{"Flemish minister-president", "De Vlaamse minister-president opende de zaal.", "2017-09", map[string]Type{"geert-bourgeois": Person}},
		{"regions", "Het Brussels Hoofdstedelijk Gewest en het Vlaams Gewest tekenden.", "2018-02",
			map[string]Type{"brussels-gewest": Place, "vlaams-gewest": Place}},
		{"Dutch forms of towns", "De trein reed van Luik via Namen en Bergen naar Rijsel en Kamerijk.", "2018-02",
			map[string]Type{"luik": Place, "namen": Place, "bergen": Place, "rijsel": Place, "kamerijk": Place}},
	}
	for _, tt := range tests {
		ms, found := e.ExtractAll(mkDoc(tt.text, tt.date))
		types := map[string]Type{}
		for _, a := range found {
			types[a.ID] = a.Type
		}
		for _, m := range ms {
			if ty, ok := e.TypeOf(m.ActorID()); ok {
				types[m.ActorID()] = ty
			}
		}
		for id, want := range tt.want {
			if got, ok := types[id]; !ok || got != want {
				t.Errorf("%s: %q (%s): %s is %v (found %v), want %v; all %v", tt.name, tt.text, tt.date, id, got, ok, want, types)
			}
		}
	}
}
