package actors

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Joe Biden", "joe-biden"},
		{"Vladimir Poetin", "vladimir-poetin"},
		{"Oekraïne", "oekraine"},
		{"Genève", "geneve"},
		{"'s-Hertogenbosch", "s-hertogenbosch"},
		{"Poetin's", "poetin"},
		{"Massimo D'Alema", "massimo-d-alema"},
		{"Lernout & Hauspie", "lernout-hauspie"},
		{"  NAVO  ", "navo"},
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"Straße", "strasse"},
		{"JA21", "ja21"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if s := Slug("Путин"); !strings.HasPrefix(s, "x-") || !validSlug(s) {
		t.Errorf("Slug of a non-Latin name = %q, want x-<hash>", s)
	}
}

func TestParseType(t *testing.T) {
	for _, ty := range Types {
		got, err := ParseType(ty.String())
		if err != nil || got != ty {
			t.Errorf("ParseType(%q) = %v, %v", ty.String(), got, err)
		}
	}
	if got, err := ParseType("Organization"); err != nil || got != Organisation {
		t.Errorf("ParseType(Organization) = %v, %v", got, err)
	}
	if _, err := ParseType("band"); err == nil {
		t.Error("ParseType(band): no error")
	}
	if Type(0).String() != "unknown" {
		t.Error("zero Type is not unknown")
	}
}

func TestRoleActive(t *testing.T) {
	biden := Role{Phrase: "de Amerikaanse president", From: "2021-01-20", To: "2025-01-20"}
	tests := []struct {
		r    Role
		date string
		want bool
	}{
		{biden, "2021-12", true},
		{biden, "2021-01", false}, // counts as 2021-01-15: Trump
		{biden, "2021-02", true},
		{biden, "2021-01-20", true},
		{biden, "2025-01-19", true},
		{biden, "2025-01-20", false},
		{biden, "2025-01", true}, // 2025-01-15
		{biden, "2021", true},    // 2021-07-01
		{biden, "", false},
		{biden, "december 2021", false},
		{Role{Phrase: "x", From: "2012"}, "2012-01", true},
		{Role{Phrase: "x", From: "2012"}, "2011-12-31", false},
		{Role{Phrase: "x", To: "2000-05"}, "2000-04-30", true},
		{Role{Phrase: "x", To: "2000-05"}, "2000-05-01", false},
		{Role{Phrase: "x"}, "", true},
	}
	for _, tt := range tests {
		if got := tt.r.Active(tt.date); got != tt.want {
			t.Errorf("%+v.Active(%q) = %v, want %v", tt.r, tt.date, got, tt.want)
		}
	}
}

func TestParseGazetteerErrors(t *testing.T) {
	tests := []struct{ data, want string }{
		{"a\tperson\n", "g.tsv:1: want at least 3"},
		{"# c\n\nx\tband\tX\n", "g.tsv:3: unknown actor type"},
		{"x\tperson\tX\na\tplace\tB\nx\tplace\tY\n", "g.tsv:3: duplicate id x (first on line 1)"},
		{"x\tperson\tX\tnowhere\n", "g.tsv:1: unknown affiliation \"nowhere\""},
		{"X Y\tperson\tX\n", "g.tsv:1: bad id"},
		{"x\tperson\tX\t-\t-\tde baas [2021-13..]\n", "g.tsv:1: actor x: role \"de baas\": bad date \"2021-13\""},
		{"x\tperson\tX\t-\t-\tde baas [2021..2020]\n", "g.tsv:1: actor x: role \"de baas\": empty date range"},
		{"x\tperson\tX\t-\t-\tde baas [2021\n", "g.tsv:1: role \"de baas [2021\": date range must end with ']'"},
		{"x\tperson\tX\t-\t-\tde baas [2021]\n", "g.tsv:1: role \"de baas [2021]\": date range must read [FROM..TO]"},
		{"x\tperson\t-\n", "g.tsv:1: actor x: empty name"},
		{"x\tperson\tX\t-\t-\t-\textra\n", "g.tsv:1: want at most 6"},
		{"x\tperson\t...\n", "g.tsv:1: actor x: name \"...\" has no word"},
		{"x\tperson\tX\tx\n", "g.tsv:1: actor is its own affiliation"},
	}
	for _, tt := range tests {
		_, err := ParseGazetteer("g.tsv", []byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseGazetteer(%q) error = %v, want %q", tt.data, err, tt.want)
		}
	}
}

func TestParseGazetteerFormat(t *testing.T) {
	data := "\ufeff# comment\n" +
		"verenigde-staten\tplace\tVerenigde Staten\t-\tVS|Amerika\n" +
		"\tperson\tJoe Biden\tverenigde-staten\tBiden\tde Amerikaanse president [2021-01-20..2025-01-20]|Amerikaanse leider\r\n" +
		"kremlin\torganisation\tKremlin\n"
	g, err := ParseGazetteer("g.tsv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []Actor{
		{ID: "verenigde-staten", Name: "Verenigde Staten", Type: Place, Aliases: []string{"VS", "Amerika"}},
		{ID: "joe-biden", Name: "Joe Biden", Type: Person, Affiliation: "verenigde-staten", Aliases: []string{"Biden"},
			Roles: []Role{{Phrase: "de Amerikaanse president", From: "2021-01-20", To: "2025-01-20"}, {Phrase: "Amerikaanse leider"}}},
		{ID: "kremlin", Name: "Kremlin", Type: Organisation},
	}
	if got := g.Actors(); !reflect.DeepEqual(got, want) {
		t.Errorf("Actors() =\n%+v\nwant\n%+v", got, want)
	}
	if a, ok := g.Actor("joe-biden"); !ok || a.Name != "Joe Biden" {
		t.Errorf("Actor(joe-biden) = %+v, %v", a, ok)
	}
	if got := g.Lookup("biden"); !reflect.DeepEqual(got, []string{"joe-biden"}) {
		t.Errorf("Lookup(biden) = %v", got)
	}
	if got := g.Lookup("De amerikaanse president"); got != nil {
		t.Errorf("Lookup of a role phrase = %v, want nil", got)
	}
}

// TestRoundTrip checks that WriteTo writes what ParseGazetteer reads back,
// for the shipped gazetteer and after edits.
func TestRoundTrip(t *testing.T) {
	g := seedGazetteer(t)
	var b bytes.Buffer
	if _, err := g.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	g2, err := ParseGazetteer("out.tsv", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g.Actors(), g2.Actors()) {
		t.Fatal("round trip changed the actors")
	}
	if !bytes.Equal(g2.Format(), b.Bytes()) {
		t.Error("second write differs from the first")
	}
	if !strings.HasPrefix(b.String(), Header) {
		t.Error("output does not start with the format header")
	}

	// Edit, write, read back.
	if err := g2.Put(Actor{Name: "Jan Peeters", Type: Person, Affiliation: "belgie", Aliases: []string{"Peeters"},
		Roles: []Role{{Phrase: "de burgemeester van Lier", From: "2019-01"}}}); err != nil {
		t.Fatal(err)
	}
	if err := g2.Put(Actor{ID: "kremlin", Name: "Kremlin", Type: Organisation, Affiliation: "rusland", Aliases: []string{"Moskouse Kremlin"}}); err != nil {
		t.Fatal(err)
	}
	if err := g2.Put(Actor{Name: "X", Type: Person, Affiliation: "nergens"}); err == nil {
		t.Error("Put with an unknown affiliation: no error")
	}
	if err := g2.Put(Actor{Name: "A|B", Type: Person}); err == nil {
		t.Error("Put with '|' in the name: no error")
	}
	if _, err := g2.Remove("rusland"); err == nil {
		t.Error("Remove of an affiliation target: no error")
	}
	if ok, err := g2.Remove("reuters"); !ok || err != nil {
		t.Errorf("Remove(reuters) = %v, %v", ok, err)
	}
	g3, err := ParseGazetteer("edited.tsv", g2.Format())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g2.Actors(), g3.Actors()) {
		t.Error("round trip after edits changed the actors")
	}
	if a, ok := g3.Actor("jan-peeters"); !ok || a.Roles[0].From != "2019-01" {
		t.Errorf("edited actor = %+v, %v", a, ok)
	}
	if a, _ := g3.Actor("kremlin"); len(a.Aliases) != 1 {
		t.Errorf("replaced actor = %+v", a)
	}
	if _, ok := g3.Actor("reuters"); ok {
		t.Error("removed actor is back")
	}
	if g3.Len() != g.Len() {
		t.Errorf("Len = %d, want %d", g3.Len(), g.Len())
	}
}

// TestGazetteerParserSteps: a parse a line at a time finds what a parse
// at once finds, the same gazetteer or the same first error, whatever
// the line endings, in a step per line.
func TestGazetteerParserSteps(t *testing.T) {
	seeds, err := os.ReadFile("../../seeds/actors.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, data, err string }{
		{"seeds", string(seeds), ""},
		{"CRLF, BOM, no final newline", "\ufeffa\tperson\tA\r\n\r\n# note\r\nb\tplace\tB\t-\tBe\r\r", ""},
		{"empty", "", ""},
		{"error after many lines", strings.Repeat("# c\n", 50) + "x\tband\tX\n", "g.tsv:51: unknown actor type"},
		{"affiliation checked at the end", "x\tperson\tX\tnowhere\ny\tperson\tY\n", "g.tsv:1: unknown affiliation"},
		{"line too long", "a\tperson\tA\n" + strings.Repeat("x", maxLine) + "\n", "g.tsv:2: bufio.Scanner: token too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			whole, werr := ParseGazetteer("g.tsv", []byte(tt.data))
			p := NewGazetteerParser("g.tsv", []byte(tt.data))
			if _, err := p.Gazetteer(); err == nil {
				t.Error("a parser gives a gazetteer before it is done")
			}
			steps := 0
			for !p.Step(1) {
				steps++
			}
			stepped, serr := p.Gazetteer()
			if fmt.Sprint(werr) != fmt.Sprint(serr) || (tt.err == "") != (serr == nil) || (serr != nil && !strings.Contains(serr.Error(), tt.err)) {
				t.Fatalf("errors: at once %v, a line at a time %v, want %q", werr, serr, tt.err)
			}
			if serr != nil {
				return
			}
			if !bytes.Equal(whole.Format(), stepped.Format()) {
				t.Error("the gazetteers differ")
			}
			if lines := strings.Count(tt.data, "\n"); steps < lines-1 {
				t.Errorf("%d steps for %d lines", steps, lines)
			}
		})
	}
}

// TestGazetteerParserComments: the comment lines reach SetComments' func
// with their numbers, trimmed, and an error it returns ends the parse.
func TestGazetteerParserComments(t *testing.T) {
	data := "\ufeff# one\r\na\tplace\tA\n  #! two  \n\n#stop\nb\tplace\tB\n"
	var got []string
	p := NewGazetteerParser("g.tsv", []byte(data))
	p.SetComments(func(n int, line string) error {
		got = append(got, fmt.Sprint(n, ":", line))
		if line == "#stop" {
			return fmt.Errorf("g.tsv:%d: stop", n)
		}
		return nil
	})
	for !p.Step(1) {
	}
	if _, err := p.Gazetteer(); err == nil || err.Error() != "g.tsv:5: stop" {
		t.Errorf("error %v, want g.tsv:5: stop", err)
	}
	if want := []string{"1:# one", "3:#! two", "5:#stop"}; !slices.Equal(got, want) {
		t.Errorf("comments %q, want %q", got, want)
	}
}

// TestSeedGazetteer checks the shipped gazetteer: size, types, and the
// actors the seed articles need.
func TestSeedGazetteer(t *testing.T) {
	g := seedGazetteer(t)
	if g.Len() < 500 {
		t.Errorf("only %d actors", g.Len())
	}
	count := map[Type]int{}
	for _, a := range g.Actors() {
		count[a.Type]++
		if !validSlug(a.ID) {
			t.Errorf("bad id %q", a.ID)
		}
	}
	for _, ty := range Types {
		if count[ty] < 40 {
			t.Errorf("only %d actors of type %s", count[ty], ty)
		}
	}
	checks := []struct {
		id, name string
		ty       Type
		aff      string
		alias    string
	}{
		{"joe-biden", "Joe Biden", Person, "verenigde-staten", "Biden"},
		{"vladimir-poetin", "Vladimir Poetin", Person, "rusland", "Putin"},
		{"jens-stoltenberg", "Jens Stoltenberg", Person, "navo", "Stoltenberg"},
		{"navo", "NAVO", Organisation, "", "NATO"},
		{"eu", "Europese Unie", Organisation, "", "EU"},
		{"kremlin", "Kremlin", Organisation, "rusland", ""},
		{"witte-huis", "Witte Huis", Organisation, "verenigde-staten", "White House"},
		{"afp", "AFP", Media, "frankrijk", ""},
		{"ria-novosti", "RIA Novosti", Media, "rusland", ""},
		{"reuters", "Reuters", Media, "verenigd-koninkrijk", ""},
		{"anp", "ANP", Media, "nederland", ""},
		{"belga", "Belga", Media, "belgie", ""},
		{"ap", "Associated Press", Media, "verenigde-staten", "AP"},
		{"oekraine", "Oekraïne", Place, "", "Ukraine"},
		{"rusland", "Rusland", Place, "", "Russia"},
		{"verenigde-staten", "Verenigde Staten", Place, "", "VS"},
		{"krim", "Krim", Place, "oekraine", ""},
		{"geneve", "Genève", Place, "zwitserland", "Geneva"},
		{"moskou", "Moskou", Place, "rusland", "Moscow"},
		{"iran", "Iran", Place, "", ""},
		{"afghanistan", "Afghanistan", Place, "", ""},
		{"oost-europa", "Oost-Europa", Place, "", ""},
		{"centraal-europa", "Centraal-Europa", Place, "", ""},
		{"europa", "Europa", Place, "", "Europe"},
		{"het-westen", "het Westen", Place, "", "Westen"},
		{"mark-rutte", "Mark Rutte", Person, "nederland", "Rutte"},
		{"guy-verhofstadt", "Guy Verhofstadt", Person, "belgie", "Verhofstadt"},
		{"vn", "Verenigde Naties", Organisation, "", "VN"},
		{"europese-commissie", "Europese Commissie", Organisation, "eu", ""},
		{"tweede-kamer", "Tweede Kamer", Organisation, "nederland", ""},
		{"vvd", "VVD", Organisation, "nederland", ""},
		{"n-va", "N-VA", Organisation, "belgie", ""},
	}
	for _, c := range checks {
		a, ok := g.Actor(c.id)
		if !ok {
			t.Errorf("no actor %s", c.id)
			continue
		}
		if a.Name != c.name || a.Type != c.ty || a.Affiliation != c.aff {
			t.Errorf("%s = %q %v %q, want %q %v %q", c.id, a.Name, a.Type, a.Affiliation, c.name, c.ty, c.aff)
		}
		if c.alias != "" && !contains(a.Aliases, c.alias) {
			t.Errorf("%s has no alias %q: %v", c.id, c.alias, a.Aliases)
		}
	}
	// Heads of state with role phrases and date ranges.
	for _, id := range []string{"joe-biden", "donald-trump", "vladimir-poetin", "volodymyr-zelensky", "emmanuel-macron", "mark-rutte", "alexander-de-croo"} {
		a, _ := g.Actor(id)
		dated := false
		for _, r := range a.Roles {
			dated = dated || r.From != ""
		}
		if !dated {
			t.Errorf("%s has no dated role", id)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestCountry(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Oekraïne", true}, {"oekraine", true}, {"Verenigde Staten", true}, {"België", true},
		{"Den Haag", false}, {"Antwerpen", false}, {"NAVO", false}, {"", false},
	} {
		if got := Country(tt.name); got != tt.want {
			t.Errorf("Country(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNationality(t *testing.T) {
	g, err := ParseGazetteer("g", []byte("rusland\tplace\tRusland\nverenigde-staten\tplace\tVerenigde Staten\t-\tVS\neu\torganisation\tEuropese Unie\t-\tEU\nchina\tplace\tChina\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := g.NewExtractor()
	for _, tt := range []struct {
		fold, want string
	}{
		{"russische", "rusland"}, {"russisch", "rusland"}, {"amerikaanse", "verenigde-staten"},
		{"europese", "eu"}, {"chinese", "china"}, {"chinees", "china"},
		{"duitse", ""}, // no Duitsland in this gazetteer
		{"rusland", ""}, {"", ""},
	} {
		if got, _ := e.Nationality(tt.fold); got != tt.want {
			t.Errorf("Nationality(%q) = %q, want %q", tt.fold, got, tt.want)
		}
	}
}

func TestSharing(t *testing.T) {
	g, err := ParseGazetteer("g", []byte("nederland\tplace\tNederland\nbelgie\tplace\tBelgië\ntweede-kamer\torganisation\tTweede Kamer\tnederland\tKamer\nkamer-be\torganisation\tKamer van Volksvertegenwoordigers\tbelgie\tKamer\nrutte\tperson\tMark Rutte\tnederland\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := g.NewExtractor()
	if got := fmt.Sprint(e.Sharing("Kamer"), e.Sharing("kamer"), e.Sharing("Tweede Kamer")); got != "[tweede-kamer kamer-be] [tweede-kamer kamer-be] []" {
		t.Errorf("Sharing: %s", got)
	}
	if !e.SharesName("kamer-be") || e.SharesName("rutte") {
		t.Error("SharesName")
	}
	for id, want := range map[string]string{"nederland": "nederland", "tweede-kamer": "nederland", "kamer-be": "belgie", "rutte": "nederland", "nope": ""} {
		if got := e.CountryOf(id); got != want {
			t.Errorf("CountryOf(%s) = %q, want %q", id, got, want)
		}
	}
}
