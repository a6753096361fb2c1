package actors

import (
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"corpusexplorer/app/text"
)

// render writes mentions as "span text=actor id", role phrases with a
// leading "role:".
func render(d Doc, ms []Mention) []string {
	out := make([]string, len(ms))
	for i, x := range ms {
		r := ""
		if x.Role {
			r = "role:"
		}
		out[i] = r + x.Span.Of(d.Text) + "=" + x.ActorID()
	}
	return out
}

func checkMentions(t *testing.T, e *Extractor, name, s, date string, want []string) ([]Mention, []Actor) {
	t.Helper()
	d := mkDoc(s, date)
	ms, disc := e.Extract(d)
	got := render(d, ms)
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("%s: %q\n got  %q\n want %q", name, s, got, want)
	}
	for _, x := range ms {
		if x.Span.Start < 0 || x.Span.End > len(s) || x.Span.Start >= x.Span.End {
			t.Errorf("%s: bad span %v", name, x.Span)
		}
	}
	return ms, disc
}

// TestGazetteerMatching covers the matching rules of the gazetteer.
func TestGazetteerMatching(t *testing.T) {
	e := seedExtractor(t)
	tests := []struct {
		name, text, date string
		want             []string
	}{
		{"compound prefix", "De NAVO-landen zijn bezorgd.", "2021-12", []string{"NAVO=navo"}},
		{"compound suffix", "Volgens de Kremlin-woordvoerder is dat onzin.", "2021-12", []string{"Kremlin=kremlin"}},
		{"government named after leader", "De regering-Biden heeft al gezegd dat het niet kan.", "2021-12", []string{"Biden=joe-biden"}},
		{"two-word name in compound", "Dat zei een Witte Huis-functionaris gisteren.", "2021-12", []string{"Witte Huis=witte-huis"}},
		{"possessive apostrophe", "Niemand volgt Poetin's oproep.", "2021-12", []string{"Poetin's=vladimir-poetin"}},
		{"possessive s", "Het gesprek kwam er op Bidens initiatief.", "2021-04", []string{"Bidens=joe-biden"}},
		{"longest match", "De Europese Unie en de EU-leiders reageren.", "2021-12", []string{"Europese Unie=eu", "EU=eu"}},
		{"English alias", "Putin met NATO officials in Ukraine.", "2021-12", []string{"Putin=vladimir-poetin", "NATO=navo", "Ukraine=oekraine"}},
		{"diacritics ignored", "Hij reisde naar Oekraine en Geneve.", "2021-12", []string{"Oekraine=oekraine", "Geneve=geneve"}},
		{"nationality adjective is no mention", "Russische troepen staan aan de Oekraïense grens.", "2021-12", nil},
		{"inhabitants are no mention", "Twee miljoen Oekraïners en veel Amerikanen vluchtten.", "2021-12", nil},
		{"role phrase in range", "Dat zei de Russische president gisteren.", "2021-12", []string{"role:de Russische president=vladimir-poetin"}},
		{"role phrase other holder", "Dat zei de Russische president gisteren.", "2010-06", []string{"role:de Russische president=dmitri-medvedev"}},
		{"role phrase undated article", "Dat zei de Russische president gisteren.", "", nil},
		{"role: Biden in 2021-12", "De Amerikaanse president waarschuwde.", "2021-12", []string{"role:De Amerikaanse president=joe-biden"}},
		{"role: Trump before", "De Amerikaanse president waarschuwde.", "2020-06", []string{"role:De Amerikaanse president=donald-trump"}},
		{"role: Trump on 2021-01 (the 15th)", "De Amerikaanse president waarschuwde.", "2021-01", []string{"role:De Amerikaanse president=donald-trump"}},
		{"role: Biden on inauguration day", "De Amerikaanse president waarschuwde.", "2021-01-20", []string{"role:De Amerikaanse president=joe-biden"}},
		{"role: Trump after", "De Amerikaanse president waarschuwde.", "2025-03", []string{"role:De Amerikaanse president=donald-trump"}},
		{"role: Clinton in 2000", "De Amerikaanse president waarschuwde.", "2000", []string{"role:De Amerikaanse president=bill-clinton"}},
		{"role apposition", "De Amerikaanse president Joe Biden belt met de Russische president Vladimir Poetin.", "2021-12",
			[]string{"Joe Biden=joe-biden", "Vladimir Poetin=vladimir-poetin"}},
		{"role not after other word", "De voormalige Amerikaanse president sprak.", "2021-12", nil},
		{"other role", "Dat meldt de Russische leider.", "2021-04", []string{"role:de Russische leider=vladimir-poetin"}},
		{"capital required", "Ze trokken naar het westen van Oekraïne, weg van het Westen.", "2021-12",
			[]string{"Oekraïne=oekraine", "het Westen=het-westen"}},
		{"all capitals required", "Mr. Jansen sprak met de MR.", "2021-12", []string{"Jansen=jansen", "MR=mr"}},
		{"common word sentence-initially", "Trouw aan zijn woord bleef hij.", "2021-12", nil},
		{"same word mid-sentence", "Dat meldt Trouw.", "2021-12", []string{"Trouw=trouw"}},
		{"part of a longer name", "Hunter Biden is de zoon van Joe Biden.", "2021-12", []string{"Hunter Biden=hunter-biden", "Joe Biden=joe-biden"}},
		{"first listed wins", "De VS en het VK.", "2021-12", []string{"VS=verenigde-staten", "VK=verenigd-koninkrijk"}},
		{"name followed by a year", "Het festival Brussel 2000 is voorbij, maar Brussel blijft.", "2000", []string{"Brussel=brussel"}},
		{"event name", "Hij won de Ronde van Denemarken en reed door Denemarken.", "2000", []string{"Denemarken=denemarken"}},
		{"club's town after in", "Hij werd geboren in Anderlecht en speelt bij Anderlecht.", "2000", []string{"Anderlecht=anderlecht", "Anderlecht=rsc-anderlecht"}},
	}
	for _, tt := range tests {
		checkMentions(t, e, tt.name, tt.text, tt.date, tt.want)
	}
}

// TestDiscovery covers discovery of names the gazetteer does not know.
func TestDiscovery(t *testing.T) {
	e := seedExtractor(t)
	tests := []struct {
		name, text string
		want       []string
		types      map[string]Type
	}{
		{"full and short form", "Burgemeester Jan Peeters opende de brug. Later zei Peeters dat hij tevreden was.",
			[]string{"Jan Peeters=jan-peeters", "Peeters=jan-peeters"}, map[string]Type{"jan-peeters": Person}},
		{"descriptor opening the sentence", "Milieuorganisatie Milieudefensie heeft Shell gedagvaard.",
			[]string{"Milieudefensie=milieudefensie", "Shell=shell"}, map[string]Type{"milieudefensie": Organisation}},
		{"a title compound is no name", "Dat zei Commissievoorzitter Ursula von der Leyen gisteren. Oppositieleider Jan Peeters zweeg.",
			[]string{"Ursula von der Leyen=ursula-von-der-leyen", "Jan Peeters=jan-peeters"}, map[string]Type{"jan-peeters": Person}},
		{"first name that is also a language", "Topman Frans Muller spreekt van een stap. Dat benadrukt Muller.",
			[]string{"Frans Muller=frans-muller", "Muller=frans-muller"}, map[string]Type{"frans-muller": Person}},
		{"short form before full name", "Peeters tevreden\nBurgemeester Jan Peeters opende gisteren de brug.",
			[]string{"Peeters=jan-peeters", "Jan Peeters=jan-peeters"}, map[string]Type{"jan-peeters": Person}},
		{"possessive short form", "Volgens Karel Vermeulen is het klaar. Vermeulens plan kost veel.",
			[]string{"Karel Vermeulen=karel-vermeulen", "Vermeulens=karel-vermeulen"}, nil},
		{"gazetteer full name, short form not an alias", "Minister Louis Michel reist af. Michel wil praten.",
			[]string{"Louis Michel=louis-michel", "Michel=louis-michel"}, nil},
		{"Dutch particles", "Dat zei burgemeester Gerrit van der Berg van Zwolle.",
			[]string{"Gerrit van der Berg=gerrit-van-der-berg", "Zwolle=zwolle"}, map[string]Type{"gerrit-van-der-berg": Person, "zwolle": Place}},
		{"capitalised particle mid-sentence", "Dat vindt ook Van den Bossche, net als De Clercq.",
			[]string{"Van den Bossche=van-den-bossche", "De Clercq=de-clercq"}, map[string]Type{"van-den-bossche": Person, "de-clercq": Person}},
		{"'t particle", "Volgens Gerard 't Hooft klopt het.", []string{"Gerard 't Hooft=gerard-t-hooft"}, map[string]Type{"gerard-t-hooft": Person}},
		{"initials", "Het rapport van J. Vermeersch is klaar.", []string{"J. Vermeersch=j-vermeersch"}, map[string]Type{"j-vermeersch": Person}},
		{"hyphenated first name", "Ook Jean-Pierre Lambotte was er.", []string{"Jean-Pierre Lambotte=jean-pierre-lambotte"}, map[string]Type{"jean-pierre-lambotte": Person}},
		{"sentence-initial common words", "Harde maatregelen bij geweld\nUit satellietbeelden bleek dat het klopte. Gisteren kwam het.", nil, nil},
		{"sentence-initial common word before a name", "Uit Moskou kwam geen reactie. Volgens Verhofstadt niet.",
			[]string{"Moskou=moskou", "Verhofstadt=guy-verhofstadt"}, nil},
		{"sentence-initial word written lower case elsewhere", "Zwaluwen vlogen laag. Er waren veel zwaluwen.", nil, nil},
		{"sentence-initial name capitalised elsewhere", "Vandeputte reageerde niet. Later belde Vandeputte terug.",
			[]string{"Vandeputte=vandeputte", "Vandeputte=vandeputte"}, nil},
		{"sentence-initial article", "De Morgen en De Gucht.", []string{"De Morgen=de-morgen", "De Gucht=karel-de-gucht"}, nil},
		{"nationality adjectives and holidays", "Hij wenste de Franse en Duitse collega's een gelukkig Nieuwjaar.", nil, nil},
		{"elliptic compound", "De invloed in Oost- en Centraal-Europa groeit.", []string{"Centraal-Europa=centraal-europa"}, nil},
		{"compound of a name and a common word", "Alle Sovjetlanden en NAVO-landen.", []string{"NAVO=navo"}, nil},
		{"title cue", "Dat zegt minister Dirk Vandaele.", []string{"Dirk Vandaele=dirk-vandaele"}, map[string]Type{"dirk-vandaele": Person}},
		{"title cue, unknown first name", "Dat zegt woordvoerder Wardo Kimpe.", []string{"Wardo Kimpe=wardo-kimpe"}, map[string]Type{"wardo-kimpe": Person}},
		{"age cue", "Ook Kasongo (34) werd opgepakt.", []string{"Kasongo=kasongo"}, map[string]Type{"kasongo": Person}},
		{"organisation word", "Hij werkt voor het Ministerie van Onderwijs en de Kredietbank.",
			[]string{"Ministerie van Onderwijs=ministerie-van-onderwijs", "Kredietbank=kredietbank"},
			map[string]Type{"ministerie-van-onderwijs": Organisation, "kredietbank": Organisation}},
		{"organisation with a known place", "Ze studeert aan de Universiteit van Tilburg.",
			[]string{"Universiteit van Tilburg=universiteit-van-tilburg"}, map[string]Type{"universiteit-van-tilburg": Organisation}},
		{"club", "Hij speelde bij FC Dender.", []string{"FC Dender=fc-dender"}, map[string]Type{"fc-dender": Organisation}},
		{"acronym", "Volgens KPMG daalde de winst.", []string{"KPMG=kpmg"}, map[string]Type{"kpmg": Organisation}},
		{"place list", "Het ongeval gebeurde in Zwevegem.", []string{"Zwevegem=zwevegem"}, map[string]Type{"zwevegem": Place}},
		{"place cue", "Hij woont te Oudekapelle.", []string{"Oudekapelle=oudekapelle"}, map[string]Type{"oudekapelle": Place}},
		{"place shape", "Het bedrijf verhuist naar Wondelgem.", []string{"Wondelgem=wondelgem"}, map[string]Type{"wondelgem": Place}},
		{"portfolio is a ministry", "Dat zei de minister van Binnenlandse Zaken.", []string{"Binnenlandse Zaken=binnenlandse-zaken"},
			map[string]Type{"binnenlandse-zaken": Organisation}},
		{"job before a name", "Correspondent Kees Broekaert meldt het.", []string{"Kees Broekaert=kees-broekaert"}, nil},
		{"quoted title", "Het boek 'De Avonden Van Toen' verscheen.", nil, nil},
		{"language alone vs first name", "Hij spreekt Frans met Frans Timmermans.", []string{"Frans Timmermans=frans-timmermans"}, nil},
	}
	for _, tt := range tests {
		ms, disc := checkMentions(t, e, tt.name, tt.text, "2021-12", tt.want)
		for _, a := range disc {
			if !a.Discovered || a.ID != Slug(a.Name) {
				t.Errorf("%s: discovered actor %+v", tt.name, a)
			}
		}
		types := discoveredTypes(t, e, tt.name, ms, disc)
		for id, ty := range tt.types {
			if got, ok := types[id]; ok && got != ty {
				t.Errorf("%s: %s typed %v, want %v", tt.name, id, got, ty)
			} else if !ok {
				if a, known := e.Actor(id); !known || a.Type != ty {
					t.Errorf("%s: no actor %s of type %v", tt.name, id, ty)
				}
			}
		}
	}
}

// TestNameBoundaries covers where discovered names begin and end and how
// they are typed: particles inside place names, adjacent names,
// descriptors before a known name, inhabitant and member nouns, and the
// type cues of articles, "in" and match scores.
func TestNameBoundaries(t *testing.T) {
	e := seedExtractor(t)
	tests := []struct {
		name, text string
		want       []string
		types      map[string]Type
	}{
		{"particle ten in a building name", "Premier Mark Rutte bood zaterdag in Paleis Huis ten Bosch het ontslag aan.",
			[]string{"Mark Rutte=mark-rutte", "Paleis Huis ten Bosch=paleis-huis-ten-bosch"},
			map[string]Type{"paleis-huis-ten-bosch": Place}},
		{"listed places with op and aan den", "Het bedrijf verhuist van Bergen op Zoom naar Alphen aan den Rijn.",
			[]string{"Bergen op Zoom=bergen-op-zoom", "Alphen aan den Rijn=alphen-aan-den-rijn"},
			map[string]Type{"bergen-op-zoom": Place, "alphen-aan-den-rijn": Place}},
		{"unlisted places with ter, aan den and bij", "De kazerne in Huis ter Heide sluit, net als die in Capelle aan den IJssel en Wijk bij Duurstede.",
			[]string{"Huis ter Heide=huis-ter-heide", "Capelle aan den IJssel=capelle-aan-den-ijssel", "Wijk bij Duurstede=wijk-bij-duurstede"},
			map[string]Type{"huis-ter-heide": Place, "capelle-aan-den-ijssel": Place, "wijk-bij-duurstede": Place}},
		{"German am", "De ECB zetelt in Frankfurt am Main.",
			[]string{"ECB=ecb", "Frankfurt am Main=frankfurt-am-main"}, map[string]Type{"frankfurt-am-main": Place}},
		{"bij meaning near", "Ze verbleven in Cortina bij Belluno.", []string{"Cortina=cortina", "Belluno=belluno"}, nil},
		{"person particles after a first name", "Volgens Guusje ter Horst is het klaar, zei staatssecretaris Eric van der Burg.",
			[]string{"Guusje ter Horst=guusje-ter-horst", "Eric van der Burg=eric-van-der-burg"},
			map[string]Type{"guusje-ter-horst": Person, "eric-van-der-burg": Person}},
		{"known name beside another name", "In de finale treft Feyenoord NEC.",
			[]string{"Feyenoord=feyenoord", "NEC=nec"}, map[string]Type{"feyenoord": Organisation, "nec": Organisation}},
		{"churches as institutions and as buildings", "De Protestantse Kerk en de Oekraïens-Orthodoxe Kerk riepen op tot vrede in de Nieuwe Kerk in Delft.",
			[]string{"Protestantse Kerk=protestantse-kerk", "Oekraïens-Orthodoxe Kerk=oekraiens-orthodoxe-kerk", "Nieuwe Kerk=nieuwe-kerk", "Delft=delft"},
			map[string]Type{"protestantse-kerk": Organisation, "oekraiens-orthodoxe-kerk": Organisation, "nieuwe-kerk": Place}},
		{"adjective as a hyphen part", "De Rooms-Katholieke Kerk sprak over de Frans-Duitse grens.",
			[]string{"Rooms-Katholieke Kerk=rooms-katholieke-kerk"}, map[string]Type{"rooms-katholieke-kerk": Organisation}},
		{"known name inside a longer name", "Het concert in het Philips Stadion was uitverkocht.",
			[]string{"Philips Stadion=philips-stadion"}, nil},
		{"inhabitants of towns and regions", "De Rotterdammers wonnen met 2-1. Ook Utrechters, Nijmegenaren, Hagenaars, Groningers, Limburgers en Brabanders juichten.",
			nil, nil},
		{"inhabitants of countries", "Fransen, Belgen, Amerikanen, Russen en Oekraïners kwamen ook.", nil, nil},
		{"party members", "De VVD'ers en PvdA’ers stemden tegen, een D66'er niet.", nil, nil},
		{"article name after in is a place", "Feyenoord heeft woensdagavond in De Kuip de bekerfinale gehaald.",
			[]string{"Feyenoord=feyenoord", "De Kuip=de-kuip"}, map[string]Type{"de-kuip": Place}},
		{"article name of a person", "Dat vindt ook De Clercq.", []string{"De Clercq=de-clercq"}, map[string]Type{"de-clercq": Person}},
		{"team after a score", "De ploeg won in de halve finale met 2-1 van Go Ahead Eagles.",
			[]string{"Go Ahead Eagles=go-ahead-eagles"}, map[string]Type{"go-ahead-eagles": Organisation}},
		{"player after a score", "Clijsters won met 6-3 van Justine Henin.",
			[]string{"Clijsters=kim-clijsters", "Justine Henin=justine-henin"}, map[string]Type{"justine-henin": Person}},
		{"descriptor before a known organisation", "Vakbond FNV eist een loonsverhoging. Dat meldt de Omroep NOS.",
			[]string{"FNV=fnv", "NOS=nos"}, nil},
		{"first name, initial, particle and surname", "De misdaadverslaggever Peter R. de Vries werd op 6 juli 2021 neergeschoten. Later sprak De Vries nog.",
			[]string{"Peter R. de Vries=peter-r-de-vries", "De Vries=peter-r-de-vries"}, map[string]Type{"peter-r-de-vries": Person}},
		{"initials with particles", "Ook Hans J. van Dijk, Yusuf B. van Leeuwen en A.B. van der Weerelt waren er, net als Ingrid van Engelshoven.",
			[]string{"Hans J. van Dijk=hans-j-van-dijk", "Yusuf B. van Leeuwen=yusuf-b-van-leeuwen", "A.B. van der Weerelt=a-b-van-der-weerelt", "Ingrid van Engelshoven=ingrid-van-engelshoven"},
			map[string]Type{"hans-j-van-dijk": Person, "yusuf-b-van-leeuwen": Person, "a-b-van-der-weerelt": Person, "ingrid-van-engelshoven": Person}},
		{"first names and initials before a known surname", "Volgens Jan P. Balkenende, J.P. Balkenende en Jan Balkenende niet.",
			[]string{"Jan P. Balkenende=jan-peter-balkenende", "J.P. Balkenende=jan-peter-balkenende", "Jan Balkenende=jan-peter-balkenende"}, nil},
		{"other first names before a known surname", "Dat zei Kees P. Balkenende, de neef van Hunter Biden.",
			[]string{"Kees P. Balkenende=kees-p-balkenende", "Hunter Biden=hunter-biden"}, map[string]Type{"kees-p-balkenende": Person}},
		{"unknown first name and particles", "Zijn zoon Royce de Vries sprak van een zwarte dag, net als Kamerlid Jorien van den Herik.",
			[]string{"Royce de Vries=royce-de-vries", "Jorien van den Herik=jorien-van-den-herik"},
			map[string]Type{"royce-de-vries": Person, "jorien-van-den-herik": Person}},
		{"unknown first name and particles sentence-initially", "Royce de Vries sprak. Bewoners van de Kalverstraat zwegen.",
			[]string{"Royce de Vries=royce-de-vries", "Kalverstraat=kalverstraat"}, map[string]Type{"royce-de-vries": Person, "kalverstraat": Place}},
		{"van alone after an unknown word", "Dat zei woordvoerder Verstraete van Sidmar over de McDonald's van Millau.",
			[]string{"Verstraete=verstraete", "Sidmar=sidmar", "McDonald's=mcdonald", "Millau=millau"}, nil},
		{"van alone when the article writes Van", "Minister Karien van Gennip reageerde. Volgens Van Gennip is het klaar.",
			[]string{"Karien van Gennip=karien-van-gennip", "Van Gennip=karien-van-gennip"}, map[string]Type{"karien-van-gennip": Person}},
		{"organisation, event and place names with particles", "Ze studeerde aan de Universiteit van Amsterdam, won de Tour de France en sprak met de Raad van State en de Koning van Spanje.",
			[]string{"Universiteit van Amsterdam=universiteit-van-amsterdam", "Raad van State=raad-van-state", "Spanje=spanje"},
			map[string]Type{"universiteit-van-amsterdam": Organisation}},
		{"organisation in a place", "De Bank of England in Bergen op Zoom en het Hof van Twente.",
			[]string{"Bank of England=bank-of-england", "Bergen op Zoom=bergen-op-zoom", "Hof van Twente=hof-van-twente"},
			map[string]Type{"bank-of-england": Organisation, "bergen-op-zoom": Place}},
		{"kind of place before a particle", "De renners beklimmen de Col de Vars en rijden naar Rio de Janeiro.",
			[]string{"Col de Vars=col-de-vars", "Rio de Janeiro=rio-de-janeiro"}, map[string]Type{"col-de-vars": Place, "rio-de-janeiro": Place}},
		{"hyphenated surname of a known person", "Dat zei minister Dilan Yeşilgöz-Zegerius van Justitie en Veiligheid.",
			[]string{"Dilan Yeşilgöz-Zegerius=dilan-yesilgoz", "Justitie en Veiligheid=justitie-en-veiligheid"},
			map[string]Type{"justitie-en-veiligheid": Organisation}},
		{"double surnames", "Sigrid Kaag, Hanke Bruins Slot, Jan Peter Balkenende en Marie-Louise Coleiro Preca waren er.",
			[]string{"Sigrid Kaag=sigrid-kaag", "Hanke Bruins Slot=hanke-bruins-slot", "Jan Peter Balkenende=jan-peter-balkenende", "Marie-Louise Coleiro Preca=marie-louise-coleiro-preca"},
			map[string]Type{"hanke-bruins-slot": Person, "marie-louise-coleiro-preca": Person}},
		{"portfolio after a minister's name", "Minister Femke de Groot-Jansen van Binnenlandse Zaken en Koninkrijksrelaties reageerde.",
			[]string{"Femke de Groot-Jansen=femke-de-groot-jansen", "Binnenlandse Zaken en Koninkrijksrelaties=binnenlandse-zaken-en-koninkrijksrelaties"},
			map[string]Type{"femke-de-groot-jansen": Person, "binnenlandse-zaken-en-koninkrijksrelaties": Organisation}},
		{"streets and squares", "Hij werd neergeschoten in de Lange Leidsedwarsstraat, vlak bij het Lange Voorhout, de Dam en de Grote Markt.",
			[]string{"Lange Leidsedwarsstraat=lange-leidsedwarsstraat", "Lange Voorhout=lange-voorhout", "Dam=dam", "Grote Markt=grote-markt"},
			map[string]Type{"lange-leidsedwarsstraat": Place, "lange-voorhout": Place, "dam": Place, "grote-markt": Place}},
		{"surnames and organisations that end like streets", "Klaas Dijkhoff, Hans van Dijk, Jan Verlaan en Royce Soutendijk reden over de Coolsingel langs Rijkswaterstaat.",
			[]string{"Klaas Dijkhoff=klaas-dijkhoff", "Hans van Dijk=hans-van-dijk", "Jan Verlaan=jan-verlaan", "Royce Soutendijk=royce-soutendijk", "Coolsingel=coolsingel", "Rijkswaterstaat=rijkswaterstaat"},
			map[string]Type{"klaas-dijkhoff": Person, "hans-van-dijk": Person, "jan-verlaan": Person, "royce-soutendijk": Person, "coolsingel": Place, "rijkswaterstaat": Organisation}},
		{"connector before a known person", "In het Europees Parlement blijft de Europese Volkspartij van Ursula von der Leyen de grootste fractie.",
			[]string{"Europees Parlement=europees-parlement", "Europese Volkspartij=europese-volkspartij", "Ursula von der Leyen=ursula-von-der-leyen"},
			map[string]Type{"europese-volkspartij": Organisation}},
		{"connector before a first name and surname", "Het plan komt van de Boerenpartij van Hendrik Koekoek en de Stichting voor Pieter de Boer.",
			[]string{"Boerenpartij=boerenpartij", "Hendrik Koekoek=hendrik-koekoek", "Stichting=stichting", "Pieter de Boer=pieter-de-boer"},
			map[string]Type{"boerenpartij": Organisation, "hendrik-koekoek": Person, "pieter-de-boer": Person}},
		{"sentence-initial organisation before a person", "Dat is bekend. De Vereniging van Jan Peters steunt het.",
			[]string{"Vereniging=vereniging", "Jan Peters=jan-peters"}, map[string]Type{"jan-peters": Person}},
		{"connectors inside organisation names", "Ze sprak met de Commissie voor Monumenten en Landschappen, het Museum of Modern Art en de Bank of England.",
			[]string{"Commissie voor Monumenten en Landschappen=commissie-voor-monumenten-en-landschappen", "Museum of Modern Art=museum-of-modern-art", "Bank of England=bank-of-england"},
			map[string]Type{"commissie-voor-monumenten-en-landschappen": Organisation, "museum-of-modern-art": Place}},
		{"lower-case organisation nouns before a person", "Het ging over de partij van Geert Wilders, het kabinet van Mark Rutte en de regering van Joe Biden.",
			[]string{"Geert Wilders=geert-wilders", "Mark Rutte=mark-rutte", "Joe Biden=joe-biden"}, nil},
		{"portfolio after a sentence-initial title", "Dat was bekend. Minister Liesje Schreinemacher van Buitenlandse Handel zei dat het klopte.",
			[]string{"Liesje Schreinemacher=liesje-schreinemacher", "Buitenlandse Handel=buitenlandse-handel"},
			map[string]Type{"liesje-schreinemacher": Person, "buitenlandse-handel": Organisation}},
		{"portfolios that start with an adjective", "Het klopte. Minister Liesje Schreinemacher van Buitenlandse Handel en Ontwikkelingssamenwerking, Minister Micky Adriaansens van Economische Zaken en Klimaat en minister Karien van Gennip van Sociale Zaken en Werkgelegenheid waren er.",
			[]string{"Liesje Schreinemacher=liesje-schreinemacher", "Buitenlandse Handel en Ontwikkelingssamenwerking=buitenlandse-handel-en-ontwikkelingssamenwerking",
				"Micky Adriaansens=micky-adriaansens", "Economische Zaken en Klimaat=economische-zaken-en-klimaat",
				"Karien van Gennip=karien-van-gennip", "Sociale Zaken en Werkgelegenheid=sociale-zaken-en-werkgelegenheid"},
			map[string]Type{"buitenlandse-handel-en-ontwikkelingssamenwerking": Organisation, "economische-zaken-en-klimaat": Organisation, "sociale-zaken-en-werkgelegenheid": Organisation}},
		{"building as the last word", "Koning Filip ontvangt dinsdag de partijvoorzitters op het Koninklijk Paleis in Brussel.",
			[]string{"Koning Filip=koning-filip", "Koninklijk Paleis=koninklijk-paleis", "Brussel=brussel"},
			map[string]Type{"koninklijk-paleis": Place}},
		{"building as the first word or compound part", "De minister sprak op Kasteel Groeneveld, in de Nieuwe Kerk en in de Sint-Baafskathedraal met Hal Foster.",
			[]string{"Kasteel Groeneveld=kasteel-groeneveld", "Nieuwe Kerk=nieuwe-kerk", "Sint-Baafskathedraal=sint-baafskathedraal", "Hal Foster=hal-foster"},
			map[string]Type{"kasteel-groeneveld": Place, "nieuwe-kerk": Place, "sint-baafskathedraal": Place, "hal-foster": Person}},
		{"organisation word before a building", "Het geld gaat naar de Stichting Kasteel Groeneveld.",
			[]string{"Stichting Kasteel Groeneveld=stichting-kasteel-groeneveld"}, map[string]Type{"stichting-kasteel-groeneveld": Organisation}},
	}
	for _, tt := range tests {
		ms, disc := checkMentions(t, e, tt.name, tt.text, "2023-07", tt.want)
		types := discoveredTypes(t, e, tt.name, ms, disc)
		for id, ty := range tt.types {
			got, ok := types[id]
			if !ok {
				a, known := e.Actor(id)
				got, ok = a.Type, known
			}
			if !ok || got != ty {
				t.Errorf("%s: %s typed %v (found %v), want %v", tt.name, id, got, ok, ty)
			}
		}
	}
}

// TestStreetShape covers the street words that mark a place: a whole
// compound part after at least three letters, not a surname.
func TestStreetShape(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"leidsedwarsstraat", true},
		{"kalverstraat", true},
		{"coolsingel", true},
		{"museumplein", true},
		{"brouwersgracht", true},
		{"wetstraat", true},
		{"dam", true},
		{"markt", true},
		{"dijkhoff", false},
		{"rijkswaterstaat", false},
		{"verlaan", false},
		{"versteeg", false},
		{"verkade", false},
		{"vanderlaan", false},
		{"milaan", false},
		{"rotterdam", false}, // a place by placeShape, not a street
	}
	for _, tt := range tests {
		if got := streetShape(tt.word); got != tt.want {
			t.Errorf("streetShape(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestDiscoveredIDStable checks that one name gets one id in every article,
// and that an empty gazetteer still discovers (Mark Rutte ... Rutte).
func TestDiscoveredIDStable(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	e := g.NewExtractor()
	d1 := mkDoc("Premier Mark Rutte sprak in Den Haag. Rutte was kort.", "2021-12")
	d2 := mkDoc("Rutte ontkent\nHet kabinet van Mark Rutte viel gisteren.", "2022-01")
	ms1, disc1 := e.Extract(d1)
	ms2, disc2 := e.Extract(d2)
	got1, got2 := render(d1, ms1), render(d2, ms2)
	want1 := []string{"Mark Rutte=mark-rutte", "Den Haag=den-haag", "Rutte=mark-rutte"}
	want2 := []string{"Rutte=mark-rutte", "Mark Rutte=mark-rutte"}
	if fmt.Sprint(got1) != fmt.Sprint(want1) || fmt.Sprint(got2) != fmt.Sprint(want2) {
		t.Errorf("got %q and %q, want %q and %q", got1, got2, want1, want2)
	}
	find := func(as []Actor, id string) Actor {
		for _, a := range as {
			if a.ID == id {
				return a
			}
		}
		return Actor{}
	}
	a1, a2 := find(disc1, "mark-rutte"), find(disc2, "mark-rutte")
	if a1.Name != "Mark Rutte" || a2.Name != "Mark Rutte" || a1.Type != Person || !a1.Discovered {
		t.Errorf("discovered %+v and %+v", a1, a2)
	}
	if !contains(a1.Aliases, "Rutte") {
		t.Errorf("short form not an alias: %+v", a1)
	}
	if p := find(disc1, "den-haag"); p.Type != Place {
		t.Errorf("Den Haag = %+v", p)
	}
}

// TestExtractDefaults checks a Doc without tokens or sentences.
func TestExtractDefaults(t *testing.T) {
	e := seedExtractor(t)
	s := "Gisteren sprak Poetin. Harde woorden vielen.\nUit Kiev kwam geen reactie."
	ms, disc := e.Extract(Doc{Text: s, Date: "2021-12"})
	got := render(Doc{Text: s}, ms)
	want := []string{"Poetin=vladimir-poetin", "Kiev=kiev"}
	if fmt.Sprint(got) != fmt.Sprint(want) || len(disc) != 0 {
		t.Errorf("got %q %v, want %q", got, disc, want)
	}
	if ms, disc := e.Extract(Doc{}); len(ms) != 0 || len(disc) != 0 {
		t.Error("empty doc has mentions")
	}
}

// seedExpect lists, per seed article, the mentions of each actor (names
// and role phrases together), counted by reading the articles.
var seedExpect = map[string]map[string]int{
	// 2021-12: Biden 4 names + 2 roles ("de Amerikaanse president" twice;
	// the role before "Joe Biden" is an apposition); Poetin 7 names
	// (incl. Poetin's) + 3 roles ("de Russische president"); "Oekraïense",
	// "Russische", "Amerikanen", "Europese leiders" are no mentions;
	// EU-leiders is a mention of the EU.
	"000_6ffce1f1300ed2ce.txt": {
		"joe-biden": 6, "vladimir-poetin": 10, "oekraine": 10, "verenigde-staten": 7, "rusland": 5,
		"navo": 3, "het-westen": 3, "eu": 3, "kremlin": 2, "witte-huis": 1, "afp": 1, "ria-novosti": 1,
		"oost-europa": 1,
	},
	// 2021-12: regering-Biden → joe-biden; Kremlin-woordvoerder → kremlin;
	// NAVO-landen, NAVO-bondgenoten → navo; Witte Huis-functionaris →
	// witte-huis; "Oost- en Centraal-Europa" → centraal-europa only;
	// Sovjetlanden, Sovjetstaten are no mentions.
	"001_bf50bb1e933bb69b.txt": {
		"joe-biden": 8, "vladimir-poetin": 10, "rusland": 7, "oekraine": 7, "navo": 6, "verenigde-staten": 4,
		"kremlin": 2, "moskou": 2, "geneve": 1, "centraal-europa": 1, "witte-huis": 1,
	},
	// 2021-04: Biden 6 names (incl. Bidens) + 2 roles; Poetin 5 names + 1
	// role ("de Russische leider"); the roles before "Joe Biden" and
	// "Vladimir Poetin" are appositions.
	"003_7a24964f7ba50c8d.txt": {
		"joe-biden": 8, "vladimir-poetin": 6, "krim": 4, "verenigde-staten": 2, "oekraine": 3, "witte-huis": 1,
		"rusland": 3, "moskou": 2, "kremlin": 2, "reuters": 1, "iran": 1, "afghanistan": 1,
		"jens-stoltenberg": 1, "navo": 1,
	},
}

// TestSeeds checks the actors of the seed articles against counts made by
// reading them.
func TestSeeds(t *testing.T) {
	e := seedExtractor(t)
	files, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no seed articles", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		want, ok := seedExpect[name]
		if !ok {
			t.Logf("%s: no expectations", name)
			continue
		}
		s, date := readSeed(t, name)
		ms, disc := e.Extract(mkDoc(s, date))
		got := map[string]int{}
		for _, x := range ms {
			got[x.ActorID()]++
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			var ids []string
			for id := range mergeKeys(got, want) {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			for _, id := range ids {
				if got[id] != want[id] {
					t.Errorf("%s: %s: %d mentions, want %d", name, id, got[id], want[id])
				}
			}
		}
		if len(disc) != 0 {
			t.Errorf("%s: discovered %v, want none (the gazetteer covers the seeds)", name, disc)
		}
	}
}

func mergeKeys(a, b map[string]int) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// TestSentenceSplitter checks the tests' own splitter.
func TestSentenceSplitter(t *testing.T) {
	s := "Dat zei J. Peeters. Hij ging weg! \"Echt?\" vroeg ze.\nKop zonder punt\nNog een zin."
	toks := text.Tokenize(s)
	var got []string
	for _, sp := range splitSentences(s, toks) {
		got = append(got, sp.Of(s))
	}
	want := []string{"Dat zei J. Peeters.", "Hij ging weg!", "\"Echt?\" vroeg ze.", "Kop zonder punt", "Nog een zin."}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// BenchmarkExtract extracts over the seed articles repeated to about 10 MB,
// one Extract call per article, and reports MB/s.
func BenchmarkExtract(b *testing.B) {
	e := seedExtractor(b)
	files, _ := filepath.Glob("../../seeds/*.txt")
	var docs []Doc
	total := 0
	for total < 10<<20 {
		for _, f := range files {
			s, date := readSeed(b, filepath.Base(f))
			docs = append(docs, mkDoc(s, date))
			total += len(s)
		}
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			e.Extract(d)
		}
	}
}

// BenchmarkExtractTokenize includes tokenizing and sentence splitting.
func BenchmarkExtractTokenize(b *testing.B) {
	e := seedExtractor(b)
	files, _ := filepath.Glob("../../seeds/*.txt")
	var texts []string
	total := 0
	for total < 10<<20 {
		for _, f := range files {
			s, _ := readSeed(b, filepath.Base(f))
			texts = append(texts, s)
			total += len(s)
		}
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			e.Extract(mkDoc(s, "2021-12"))
		}
	}
}

// discoveredTypes returns the types of the discovered actors by id, and
// checks that every mention names a gazetteer or a discovered actor.
func discoveredTypes(t *testing.T, e *Extractor, name string, ms []Mention, disc []Actor) map[string]Type {
	t.Helper()
	types := map[string]Type{}
	for _, a := range disc {
		types[a.ID] = a.Type
	}
	for _, x := range ms {
		if _, known := e.Actor(x.ActorID()); !known {
			if _, ok := types[x.ActorID()]; !ok {
				t.Errorf("%s: mention of %s has no actor", name, x.ActorID())
			}
		}
	}
	return types
}

// TestExtractorBuilderSteps: an Extractor built a few actors at a time is
// the one NewExtractor builds.
func TestExtractorBuilderSteps(t *testing.T) {
	g := seedGazetteer(t)
	want := g.NewExtractor()
	for _, n := range []int{1, 7, 1000} {
		b := g.ExtractorBuilder()
		for !b.Step(n) {
			if done, total := b.Progress(); done > total {
				t.Fatalf("step %d: progress %d of %d", n, done, total)
			}
		}
		if got := b.Extractor(); !reflect.DeepEqual(got, want) {
			t.Errorf("step %d: the extractor differs from NewExtractor's", n)
		}
	}
}
