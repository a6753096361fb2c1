package events

import (
	"strings"
	"testing"
)

// TestPhrasal: a verb and its particle or fixed phrase are one trigger in
// every order Dutch puts them in: a main clause with the particle later in
// the clause, a subordinate clause or a participle with the particle
// joined or the phrase before the verb, an infinitive with te; a particle
// that opens a noun phrase is a preposition, and one in another clause
// belongs to another verb.
func TestPhrasal(t *testing.T) {
	l := NewLexicon()
	for _, tt := range []struct {
		name, in string
		want     string // trigger+particle type act, "; " between mentions
	}{
		// spreken ... uit
		{"main clause", "Biden sprak zijn zorgen uit over de troepen.", "sprak+uit Contact/Broadcast"},
		{"main clause, particle last", "In het gesprek sprak Biden zijn zorgen uit.", "gesprek Contact/Contact; sprak+uit Contact/Broadcast"},
		{"subordinate, joined", "Het is bekend dat Biden zijn zorgen uitsprak.", "uitsprak Contact/Broadcast"},
		{"participle, joined", "Biden heeft zijn zorgen uitgesproken.", "uitgesproken Contact/Broadcast"},
		{"infinitive with te", "Biden weigerde zijn zorgen uit te spreken.", "spreken+uit Contact/Broadcast"},
		{"preposition, not a particle", "Hij sprak uit de grond van zijn hart.", ""},
		{"particle in the next clause", "Hij sprak zacht, waarna de groep uit elkaar ging.", ""},
		{"money set aside", "Het kabinet trekt volgend jaar 500 miljoen euro uit voor woningen.", "trekt+uit Transaction/Transfer-Money"},
		{"withdrawn, no money", "De minister trekt zich terug uit de race.", "trekt+terug Movement/Transport-Person"},
		{"het leven kosten", "Storm Eunice heeft vrijdag vier mensen het leven gekost.", "gekost+het leven Life/Die"},
		{"uitsluiten", "De minister sluit een amnestie uit.", "sluit+uit Contact/Broadcast deny; amnestie Justice/Pardon"},
		{"wijzen af", "De NAVO wees dat verzoek af.", "wees+af Contact/Broadcast deny"},
		{"de eed afleggen", "De Clercq legde dinsdag de eed af in handen van de gouverneur.", "legde+af Personnel/Start-Position"},
		{"afleggen without an oath", "Hij legde een lange weg af.", ""},
		{"dat as the object", "Minister Hoekstra maakte dat dinsdagochtend bekend.", "maakte+bekend Contact/Broadcast"},
		{"dat opening a clause", "Hoekstra maakte duidelijk dat de steun er komt en bekend is.", "maakte+duidelijk Contact/Broadcast"},
		// fixed phrases
		{"phrase after the verb", "Moskou legde een lijst met garanties op tafel.", "legde+op tafel Contact/Broadcast propose"},
		{"phrase before the verb", "Het is duidelijk dat Moskou een lijst op tafel legde.", "legde+op tafel Contact/Broadcast propose"},
		{"phrase with te, participle", "Biden zou Poetin te verstaan hebben gegeven dat er sancties komen als hij binnenvalt.", "gegeven+te verstaan Contact/Broadcast warn; sancties Policy/Sanction; binnenvalt Conflict/Attack"},
		{"phrase with te, finite", "Biden gaf Poetin te verstaan dat hij blijft.", "gaf+te verstaan Contact/Broadcast"},
		{"adjective apart", "Biden maakte verder duidelijk dat de VS zullen reageren.", "maakte+duidelijk Contact/Broadcast warn"},
		{"adjective apart, participle", "De minister heeft duidelijk gemaakt dat hij blijft.", "gemaakt+duidelijk Contact/Broadcast"},
		{"phrase before participle", "Een vrouw is om het leven gekomen.", "gekomen+om het leven Life/Die"},
		{"phrase after finite verb", "Een vrouw kwam bij het ongeluk om het leven.", "kwam+om het leven Life/Die"},
		{"the street", "Duizenden mensen gingen in Istanbul de straat op.", "gingen+de straat op Conflict/Demonstrate"},
		// other separable verbs
		{"troops drawn together", "Rusland trok troepen samen aan de grens.", "trok+samen Movement/Transport-Person"},
		{"troops drawn together, joined", "Rusland heeft een troepenmacht samengetrokken.", "samengetrokken Movement/Transport-Person"},
		{"drawn together without troops", "De spieren trokken samen.", ""},
		{"resigns", "De minister nam ontslag.", "ontslag Personnel/End-Position"},
		{"calls on", "Biden riep Poetin op tot de-escalatie.", "riep+op Contact/Broadcast appeal"},
		{"calls back", "Nederland riep zijn ambassadeur terug.", "riep+terug Movement/Transport-Person"},
		{"proposes", "De PVV stelde voor om de hulp te stoppen.", "stelde+voor Contact/Broadcast propose"},
		{"appoints", "De universiteit stelde haar aan als rector.", "stelde+aan Personnel/Start-Position"},
		{"announces", "De minister kondigde nieuwe maatregelen aan.", "kondigde+aan Contact/Broadcast"},
		{"announces, infinitive", "Hij zal morgen maatregelen aankondigen.", "aankondigen Contact/Broadcast"},
		{"invades", "Rusland viel Oekraïne binnen.", "viel+binnen Conflict/Attack"},
		{"invades, subordinate", "Er volgen maatregelen als Rusland Oekraïne binnenvalt.", "binnenvalt Conflict/Attack"},
		{"invades, infinitive", "Ze vrezen dat Poetin Oekraïne gaat binnenvallen.", "binnenvallen Conflict/Attack"},
		{"takes over", "Philips nam Lumenix vorig jaar over.", "nam+over Business/Merge-Org"},
		{"takes over, te", "Philips wil Lumenix over te nemen.", "nemen+over Business/Merge-Org"},
		{"acquits", "Het hof sprak de arts vrij.", "sprak+vrij Justice/Acquit"},
		{"a phrase holding a trigger", "Het bedrijf werd failliet verklaard.", "verklaard+failliet Business/Declare-Bankruptcy"},
		{"agree", "De twee landen zijn het eens geworden over de grens.", "geworden+eens Policy/Agreement"},
		{"offers a path", "Biden zal Poetin een diplomatiek pad aanbieden.", "aanbieden Contact/Broadcast propose"},
		{"steps down", "Het kabinet stapt op na ruzie over stikstof.", "stapt+op Personnel/End-Position"},
		{"goes to court", "Omwonenden stappen naar de rechter.", "stappen+naar de rechter Justice/Sue"},
	} {
		var got []string
		for _, m := range l.Find(tt.in) {
			s := m.Trigger.Of(tt.in)
			if m.Particle.End > m.Particle.Start {
				s += "+" + m.Particle.Of(tt.in)
			}
			s += " " + m.Type.String()
			if m.Act != "" {
				s += " " + m.Act
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%s: %q:\n got %q\nwant %q", tt.name, tt.in, g, tt.want)
		}
	}
}
