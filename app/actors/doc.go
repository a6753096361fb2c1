// Package actors finds the actors (people, organisations, places and
// media) that Dutch news articles mention, so that readers can filter
// articles by actor and see each mention marked in the text.
//
// # Gazetteer
//
// Known actors come from a curated gazetteer, a UTF-8 text file (the
// project ships seeds/actors.tsv) read with ParseGazetteer and written back
// with (*Gazetteer).WriteTo, so that a user's edits can be exported in the
// same format. One actor per line, six fields separated by TABs:
//
//	id  type  name  affiliation  aliases  roles
//
// The fields:
//
//   - id: stable ASCII slug (a-z, 0-9, inner '-'), normally Slug(name):
//     joe-biden. "-" or empty derives it from the name.
//   - type: person, organisation, place (countries, regions, cities) or
//     media (press agencies, newspapers, broadcasters).
//   - name: the canonical name as written in Dutch: Vladimir Poetin.
//   - affiliation: the id of the actor this one belongs to (joe-biden →
//     verenigde-staten, witte-huis → verenigde-staten), or "-".
//   - aliases: other names separated by '|', English spellings included:
//     Poetin|Putin. A word written with a capital must be capitalised in
//     the text (Westen, not "in het westen"), a word written in capitals
//     must be in capitals (MR is a party, Mr. is not); case is ignored
//     otherwise, and so are diacritics.
//   - roles: role phrases separated by '|', each optionally followed by a
//     date range "[FROM..TO]", FROM inclusive and TO exclusive, dates as
//     YYYY, YYYY-MM or YYYY-MM-DD, either side open:
//     de Amerikaanse president [2021-01-20..2025-01-20].
//
// Trailing empty fields may be left out; lines starting with '#' and blank
// lines are ignored. When two actors share an alias the first one listed
// wins, unless the text writes the name in capitals as only a later one
// does (PvdA is the Dutch party, PVDA the Belgian); analysis then gives
// the name to the actor of the country the article's other actors belong
// to (Extractor.Sharing, CountryOf: "de Kamer" in a Belgian article).
// Errors name the file and line: "actors.tsv:12: unknown actor type".
//
// # Matching
//
// Names, aliases and role phrases are matched on folded tokens
// (text.Tokenize, text.FoldWord), longest match first:
//
//   - Names match inside hyphenated compounds, and the mention spans the
//     name part: NAVO-landen → navo, Kremlin-woordvoerder → kremlin,
//     Witte Huis-functionaris → witte-huis, regering-Biden → joe-biden
//     (a government named after its leader mentions the leader).
//   - Possessives: Poetin's (any name), Bidens (a person's last word).
//   - A person's own first names or their initials directly before a
//     matched name or alias belong to the mention: Dilan
//     Yeşilgöz-Zegerius (alias Yeşilgöz-Zegerius), Jan Balkenende, Jan P.
//     Balkenende and J.P. Balkenende are Jan Peter Balkenende. After other
//     first names or initials the name is left to discovery: Kees P.
//     Balkenende.
//   - A role phrase matches only when the article date lies in its range;
//     an article dated to the month counts as the 15th of that month, one
//     dated to the year as the 1st of July. "de Amerikaanse president" is
//     Joe Biden in 2021-12 and Donald Trump in 2020-06. A role phrase
//     directly followed by a name (de Amerikaanse president Joe Biden) is
//     an apposition: only the name is a mention.
//   - Adjectives and inhabitant nouns of nationality are not mentions of
//     the country: "Russische troepen", "Oekraïners" and "Amerikanen"
//     mention nothing. They are matched only as part of a role phrase. The
//     same holds for the inhabitants of a known town or region, made from
//     its name (Rotterdammers, Hagenaars, Nijmegenaren, Brabanders), and
//     for the members of a party (VVD'ers, D66'er).
//   - A one-word name that is also a common word (Trouw, Namen, Vooruit)
//     is not trusted at the start of a sentence.
//   - A one-word name that is only part of a longer capitalised name the
//     gazetteer does not know (Hunter Biden, Noord-Ierland) is left to
//     discovery. The name of an organisation or medium stays a mention
//     after a descriptor, a noun for its kind or an adjective of place
//     (Vakbond FNV, Omroep NOS, Supermarktketen Jumbo: the mention is the
//     name, as with a title before a person), and beside a name of its own
//     (treft Feyenoord NEC): an acronym, a first name and surname, or a
//     word the article also writes apart, that holds no organisation word,
//     place or common word (Philips Stadion stays one name).
//   - Names followed by a year (Brussel 2000), inside an event name (Ronde
//     van Denemarken) or discovered names quoted as titles are names of
//     another kind (see below), not mentions of the actor.
//
// # Discovery
//
// Capitalised word sequences that the gazetteer does not cover are
// discovered as new actors (Discovered true, ID Slug(name), so the same
// name gets the same id in every article). A sequence joins capitalised
// words, capitalised hyphen parts (Jean-Luc, Sint-Truiden), initials (J.
// Peeters), particles after a first name, initial or capitalised particle
// (Jan van der Berg, Peter R. de Vries, Van den Bossche, De Gucht, 't
// Hooft), connectors inside organisation names (Commissie voor Monumenten
// en Landschappen, Universiteit van Gent, Lernout & Hauspie; not "in"
// before a known place: Bank of England in Bergen op Zoom, and not before a
// person: a gazetteer person or a known first name followed by a surname,
// so that Europese Volkspartij van Ursula von der Leyen is an organisation
// and its leader), and particles inside place and building names: a listed
// place (Bergen op Zoom), an old dative ten, ter, den, am or im before a
// capitalised word (Paleis Huis ten Bosch, Capelle aan den IJssel,
// Frankfurt am Main), or aan (de), op, bij joining two single words after a
// place cue (in Ouderkerk aan de Amstel, in Wijk bij Duurstede; after bij
// only a place-like word that is no known place: in Maranello bij Modena is
// two names). A broadcaster's word before the one-digit number of a
// channel takes the number, and the name is an organisation (Radio 1,
// Kanaal 2, and after a gazetteer medium BBC 2; not TV 1-serie). A first
// name the lexicon does not know is recognised by its
// surname: one capitalised word, maybe with initials, then de, van de, van
// der, van den, ter or ten and one capitalised word that ends the name
// (Royce de Vries, Jorien van den Herik). Van alone joins only after
// initials (Yusuf B. van Leeuwen) or when the article also writes the
// surname with a capitalised Van (Karien van Gennip ... Van Gennip):
// otherwise it more often names an owner (woordvoerder Verstraete van
// Sidmar, McDonald's van Millau). Sentence-initially van de does not join
// (Leden van de Raad). The first word must be no place, organisation or
// event word, common word or surname the article writes at the end of a
// longer name (Piet Jansen ... Jansen de Vries), the last no place, first
// name, title or organisation word (Universiteit van Amsterdam, Koning van
// Spanje, Tour de France). It never starts with an adjective or inhabitant
// noun of nationality or of a known town, a party member noun, a language,
// a holiday or a title word.
//
// At the start of a sentence (and after a colon or an opening quote) every
// word is capitalised, so a word there is kept only with evidence: it is a
// known first name or place, it is capitalised mid-sentence elsewhere in
// the article, or it is written in capitals. It is dropped when the
// article writes it in lower case elsewhere or a hand-written lexicon of
// frequent Dutch words knows it (directly, by Snowball stem, as the last
// part of a compound, or by a derivational ending such as -heid or -ing).
//
// A later or earlier short form resolves to the full person name in the
// same article: Mark Rutte ... Rutte, Herman Van Rompuy ... Van Rompuy,
// and Ruttes (possessive).
//
// Types are chosen by adding up evidence over all occurrences of a name in
// the article: a title or person noun before it (president, minister,
// woordvoerder, de heer, dr., filmster), a first name, an age or party in
// parentheses, initials signing an article or a note in brackets (... zin.
// (KS), (gisteren, TS)), "familie" before it (de familie Baert), a verb of
// saying after it (person); an organisation word in it (Ministerie, Partij,
// Bank, Universiteit, Raad, Commissie, FC, NV, BV, Groep), a noun for a kind
// of organisation before it (krant, club, partij), capitals (KBC)
// (organisation); an article before it, evidence against a person and, as
// much, for an organisation and for a name of another kind (de Previa, de
// Weglooplijn: Other unless more evidence decides); a place list, a
// place-like ending (-gem, -burg, -stad), a street or square word as the
// last word or its last compound part after at least three letters (Lange
// Leidsedwarsstraat, Coolsingel, Museumplein, de Dam, de Grote Markt, with
// -straat, -weg, -laan, -plein, -gracht, -kade, -dijk, -singel, -markt,
// -steeg, -pad, -dreef; not after a particle or first name, nor in the
// surnames Verlaan, Versteeg, Van Dijk or Soutendijk), Lange or Korte before
// it (Lange Voorhout), a kind of place before a particle (Col de Vars,
// Kasteel de Merode, Rio de Janeiro), "te", "in", "naar" before it, or a
// preposition of place before its article (in de Dolomieten, op de Kouter,
// naar het Eilandje) (place); a word for a building or venue as its head
// (place), the last word (Koninklijk Paleis, Philips Stadion,
// Sint-Baafskathedraal) or the first before more words (Paleis Noordeinde,
// Kasteel Groeneveld), unless another organisation word is in the name
// (Stichting Kasteel Groeneveld), it starts with a first name, the head
// before the name has three letters (Hal Foster), or a church adjective
// makes Kerk the institution (Protestantse Kerk, but Nieuwe Kerk). Particles
// count too: one after a first name or a name-like word is a person's
// (Guusje ter Horst), one after a common word a building's or place's (Huis
// ten Bosch), and aan, op, bij a place's (Bergen op Zoom); a leading article
// (De Kuip, De Telegraaf) is weaker person evidence than Van or Ter, so that
// "in De Kuip" is a place while De Clercq stays a person. After "van" or
// "tegen" in a sentence with a match score (2-1), a name of several words
// without a first name is a team (won met 2-1 van Go Ahead Eagles). A
// ministry named by its portfolio after "minister van" (Binnenlandse Zaken),
// also with the minister's name between (minister Dilan Yeşilgöz-Zegerius
// van Justitie en Veiligheid), is an organisation; it may start with an
// adjective (Buitenlandse Handel en Ontwikkelingssamenwerking, Economische
// Zaken), and a title at the start of the sentence is no part of the
// minister's name (Minister Liesje Schreinemacher van Buitenlandse Handel).
// Without evidence a name is a person: news introduces a person with a
// first name or title, and the later short form is linked to that full
// name.
//
// # Names that are no actors
//
// Some names are no actors: events (Olympische Spelen, Ronde van
// Denemarken, Brussel 2000), prizes, works (a title between quotes, a
// name after film, boek, album …), products, laws and treaties (Grondwet,
// Verdrag van Maastricht), languages, religions, and words of nationality
// used as names (Amerikaanse, Belgen, Frans-Duitse). They get the type
// Other (CoNLL's MISC). Extract leaves them out, so that the actor lists
// hold actors only; ExtractAll returns them with the actors. They come
// from a list of such names (lexicon/other.lst, matched like gazetteer
// names), from the [name] words of lexicon/nonnames.lst and the shapes of
// nationality adjectives, from an event word before a name (Ronde van),
// a year after it (Euro 2000) or quotes around it, and from the head of a
// discovered name: an [eventhead] word as its last word or last compound
// part (Davis Cup, Australian Open, Marshallplan) or an [eventfirst] word
// before it (Memorial Van Damme, Wet Bibob). One name has one type per
// article: a name the article quotes as a title is Other wherever it
// stands.
//
// A name in the genitive (Poetin's, Bidens) is a mention of its actor
// with Mention.Possessive set.
//
// All word lists (frequent words, first names, places, organisation words,
// titles, non-names, other names) are written by hand from general
// knowledge and embedded; see the lexicon folder.
package actors
