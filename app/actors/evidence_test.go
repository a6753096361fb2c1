package actors

import "testing"

// TestTypeEvidence covers the type decisions from the words around a
// name, its shape, its other mentions in the article and the lists.
func TestTypeEvidence(t *testing.T) {
	e := seedExtractor(t)
	tests := []struct {
		name, text string
		want       map[string]Type
	}{
		{"a ministry by its portfolio, after the minister's name", "Dat heeft minister Mona Keijzer van Volkshuisvesting dinsdag bekendgemaakt.",
			map[string]Type{"volkshuisvesting": Organisation}},
		{"an instance of a kind of organisation", "Het bedrijf benadeelde muziekdiensten als Spotify. Spotify reageerde tevreden.",
			map[string]Type{"spotify": Organisation}},
		{"kind of place before", "Het water van de rivier Dijle en het eiland Schiermonnikoog.",
			map[string]Type{"dijle": Place, "schiermonnikoog": Place}},
		{"ruler of a place", "De burgemeester van Oudewater en de gouverneur van Kivu-Noord zijn er.",
			map[string]Type{"oudewater": Place, "kivu-noord": Place}},
		{"a ruler's title before a name is a person's", "Burgemeester Foubert van Sint-Niklaas besliste.",
			map[string]Type{"foubert": Person}},
		{"apposition: a kind of company", "Gisteren meldde Arinso, de informaticaspecialist voor personeelsbeheer, nieuws.",
			map[string]Type{"arinso": Organisation}},
		{"apposition: a kind of place", "Zij woont in Wasserbillig, een dorp aan de Moezel, en werkt in Trier.",
			map[string]Type{"wasserbillig": Place}},
		{"result list: country codes and riders", "1. Zabel (Dui) 3u15:58, 2. Buenahora (Col), 3. Simoni (Ita).",
			map[string]Type{"zabel": Person, "buenahora": Person, "simoni": Person, "dui": Place, "col": Place, "ita": Place}},
		{"result list: a team after the country code", "8. Wüst (Dui / Festina) de 102,6 km in 2u28:10, 10. Garzelli (Ita / Mercatone Uno).",
			map[string]Type{"wust": Person, "festina": Organisation, "mercatone-uno": Organisation}},
		{"ISO code in capitals", "Winnaar werd Moreau (FRA) voor Kessler (GER).", map[string]Type{"moreau": Person, "fra": Place}},
		{"party in brackets is no country", "Dat zei Vanhecke (CVP) gisteren.", map[string]Type{"vanhecke": Person}},
		{"business news: a lone name is a company", "De omzet van Telindus steeg met 12 procent. Het aandeel Telindus won 3 procent op de beurs.",
			map[string]Type{"telindus": Organisation}},
		{"a lone name outside business news is a person", "Gisteren scoorde Strupar twee keer voor de ploeg.",
			map[string]Type{"strupar": Person}},
		{"surname repeated: a person", "De soap rond Toni Brogno is voorbij. Brogno tekent vandaag.",
			map[string]Type{"toni-brogno": Person}},
		{"state body", "Hij reed langs Rijkswaterstaat.", map[string]Type{"rijkswaterstaat": Organisation}},
		{"country from CLDR", "De ploeg reisde naar Burkina Faso en Equatoriaal-Guinea.",
			map[string]Type{"burkina-faso": Place, "equatoriaal-guinea": Place}},
		{"town from GeoNames", "Het ongeval gebeurde in Lichtenvoorde bij Boxtel.", map[string]Type{"lichtenvoorde": Place, "boxtel": Place}},
		{"foreign city from GeoNames", "Het team vloog naar Surabaya.", map[string]Type{"surabaya": Place}},
		{"a GeoNames place with a first name is a person", "Dat zegt Peter Almere.", map[string]Type{"peter-almere": Person}},
		{"a preposition of place before the article", "Zij wachtten op de Zorrel en liepen dan naar het Baltaar.",
			map[string]Type{"zorrel": Place, "baltaar": Place}},
		{"an article alone: no actor", "Volgens de Zorrel is dat niet zo.", map[string]Type{"zorrel": Other}},
		{"an article in business news: an organisation", "De omzet van de Zorrel steeg met 12 procent. Het aandeel won 3 procent op de beurs.",
			map[string]Type{"zorrel": Organisation}},
		{"museums, halls and buildings are places", "Het Volkskundemuseum, de Gele Zaal en het Concertgebouw gaan open.",
			map[string]Type{"volkskundemuseum": Place, "gele-zaal": Place, "concertgebouw": Place}},
		{"initials signing a note in brackets", "Het was druk (gisteren op de persconferentie, TS). Dat bleek. (KDM)",
			map[string]Type{"ts": Person, "kdm": Person}},
		{"an age and a party in brackets are no signature", "Dat zei Jan Peeters (52, ABC) gisteren.", map[string]Type{"abc": Organisation}},
		{"a family is named by its surname", "De familie Baert verkoopt haar aandelen.", map[string]Type{"baert": Person}},
		{"a channel is an organisation", "Dat zei hij op Radio 1 en op Kanaal 2.", map[string]Type{"radio-1": Organisation, "kanaal-2": Organisation}},
		{"one type per name per article", "Het boek 'Sfinx' verscheen. Sfinx werd een succes.", map[string]Type{"sfinx": Other}},
	}
	for _, tt := range tests {
		d := mkDoc(tt.text, "2000-08")
		ms, found := e.ExtractAll(d)
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
				t.Errorf("%s: %q: %s is %v (found %v), want %v; all %v", tt.name, tt.text, id, got, ok, want, types)
			}
		}
	}
}
