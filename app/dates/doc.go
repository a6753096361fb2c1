// Package dates finds Dutch temporal expressions in news text and resolves
// them to calendar values, in the spirit of HeidelTime's Dutch rules.
//
// Resolve takes an article, its sentences (byte spans) and its publication
// date (Ref, dated to the day, the month or the year) and returns every
// expression with its byte span, its Value (a day, an ISO week, a month or
// a year, exact or not) and the name of the rule that matched.
//
// # Matching
//
// Each sentence is tokenized with text.AppendTokens, so spans are exact
// byte offsets into the original text whatever its diacritics; words are
// compared in their folded form (text.Fold(): lower case, no diacritics), so
// "DECEMBER", "December" and "december" are alike. At each token the rules
// below are tried in a fixed order, longest forms first; a match consumes
// its tokens. A preposition that licenses the expression (in, op, sinds,
// vanaf, tot, tot en met, t/m, van, na, voor, rond, omstreeks, tussen, per,
// tijdens, uit, anno, met) is recorded in Expr.Prep but is not part of the
// span; modifiers (vorige, afgelopen, begin, eind …) are. ResolveTokens
// does the same on tokens the caller already has, which is several times
// faster (tokenizing is most of the cost).
//
// Rules (Expr.Rule):
//
//	numeric              10-01-2022, 10/1/2022, 10.01.2022, 2022-01-10 (day-month-year or ISO order; year 1900–2100)
//	day-month(-year)     7 december, 24 dec. 2021, 7de december, 1e jan; in a range (7 en 8 december, 7-9 december,
//	                     7 tot 9 december) the first day takes the month of the second
//	weekday-day-month(-year)  vrijdag 24 december, dinsdag 10 oktober 2000; the weekday is checked (below)
//	day-month-range-end  a day and month after tot, tot en met or t/m, when the sentence mentioned a date
//	                     before it: the first such day on or after that date (vanaf 1 april 2023 … tot en met
//	                     30 september is 2023-09-30)
//	month-year           januari 2022, jan. 2022, mei 2020, november '99 (two digits after an apostrophe: the
//	                     century nearest the article year)
//	month-relyear        januari vorig jaar, maart van dit jaar, mei volgend jaar, vorig jaar november,
//	                     november van dat jaar (the year of the last date mentioned)
//	month                a bare month after a licensing preposition (in januari, sinds maart, vanaf mei, tot juni,
//	                     tegen november), after "maand" (de maand mei), after a conjunction right after another
//	                     date (in mei en juni), after a modifier (afgelopen januari, komende maart, voorbije juni)
//	                     or before jl./a.s. (november jl.); never a year on its own
//	year                 1900–2100 after a licensing preposition (in, sinds, tot, vanaf, van, voor, na, rond,
//	                     tussen …), after "jaar" (het jaar 2014), in brackets ((2014)), as either end of a range
//	                     (2014-2016, 2014/2015, van 2014 tot 2016, tussen 2014 en 2016)
//	decade               (de) jaren negentig, jaren '90, jaren 90, jaren 1990: the first year, inexact; decade words and
//	                     two-digit decades are taken in the 1900s, "jaren nul" is 2000
//	part-…               begin/eind/einde/medio/half/halverwege/midden (van) + month, year, relative month/year/week,
//	                     decade or season (eind december, begin 2022, medio maart, half maart, eind vorig jaar,
//	                     begin deze maand, eind jaren tachtig): the same value, inexact; with "het jaar", "de
//	                     maand", "de week" (eind van het jaar, begin van de maand, halverwege de week) the
//	                     article's year, month or week, inexact
//	relative-week        deze/vorige/afgelopen/volgende/komende week (ISO week)
//	relative-weekend     dit/afgelopen/vorig/komend/volgend weekend: the ISO week of that weekend, inexact
//	relative-month       deze/vorige/afgelopen/volgende/komende maand
//	relative-year        dit/vorig/afgelopen/volgend/komend jaar
//	week-weekday         vorige week dinsdag, volgende week maandag, deze week vrijdag, dinsdag vorige week,
//	                     donderdag van volgende week: that weekday of that ISO week, one day
//	week-number          (in) week 12, week 12 2022 (ISO week)
//	weekday              donderdag, zaterdagavond, afgelopen maandag, komende vrijdag, dinsdag jl., zaterdag a.s.
//	                     (not after elke/iedere/alle)
//	deictic              vandaag, gisteren, eergisteren, morgen, overmorgen, vanavond, vanochtend, vanmorgen,
//	                     vanmiddag, vannacht, gisteravond, morgenochtend … (not "vandaag de dag", not "de morgen")
//	anaphor              (in) dat jaar, die dag, die week, die maand, dezelfde dag, datzelfde jaar: the last date
//	                     mentioned, at the unit's precision
//	anchor-later/-earlier  een dag later, twee dagen eerder, een week later, drie maanden daarna, een jaar eerder,
//	                     de dag erna, het jaar daarvoor, daags erna: shifted from the last date mentioned
//	next-day, previous-day  de volgende dag, de vorige dag: from the last date mentioned
//	ago                  twee jaar geleden, een week geleden: shifted from the article date
//	in-time              over twee weken, over een maand: shifted from the article date
//	season               (in de) zomer van 2019, zomer 2019, deze zomer, afgelopen winter, volgend voorjaar: the year
//	                     (of the season's first month), inexact; a bare season is not resolved
//	holiday              met Kerstmis, rond Pasen, op Koningsdag, Pasen 2022, tweede kerstdag, goede vrijdag,
//	                     Hemelvaartsdag, Pinksteren, Prinsjesdag … (a single-word holiday needs a preposition,
//	                     a modifier or a year)
//
// Two expressions side by side with the same value are one (op
// Prinsjesdag 17 september).
//
// # What is not a date
//
// A number is a year only if it has four digits, lies in 1900–2100 and is
// licensed as above, and not when a counted noun, "%" or a nationality
// adjective follows (2014 mensen, van 2000 euro, voor 2000 Russische
// militairen). Numbers with inner separators (14.000, 100.000, 10.30) are
// never days or years. Durations and clock times (vijftig minuten, twee
// uur, de komende jaren, de afgelopen dagen) are not resolved. A bare month
// name is not a date ("Mei zei …"), nor an abbreviated month without a day
// or year (Jan), nor "eerder"/"vorige" without a unit (een eerder gesprek,
// het vorige gesprek).
//
// # Dates without a year: the tense rule
//
// A date without a year (7 december, in januari, Pasen, week 12) is given
// the year, among the article year and the years before and after, that
// the direction of the clause allows and that puts it nearest the article
// date; the distance is the gap in days between the candidate and the
// article date (the whole article month when the article is dated to the
// month, so a date in the article month is at distance 0 in either
// direction), and a tie goes to the later candidate. The direction is:
//
//   - "sinds"/"sedert" before the date: not after the article date;
//   - "tot", "tot en met", "t/m" before the date in a clause that is not
//     past: not before the article date (het museum is dicht tot 30
//     september);
//   - afgelopen, vorige, jl.: strictly before; komende, volgende,
//     aanstaande, a.s.: strictly after;
//   - otherwise the tense of the clause around the date. The clause runs
//     between punctuation marks and clause-opening conjunctions (dat, die,
//     omdat, terwijl, als, maar …). Future (zal, zullen, zult; gaan with
//     an infinitive ending the clause: gaat verhuizen, gaan de werken
//     beginnen, not gaat naar Parijs; wil, willen), unless the clause is
//     past: not before the article date. Past: not after it. The clause is past when it
//     holds a listed strong or irregular past form (was, had, werd, zei,
//     sprak, spraken, liet, kwam, ging … also with a prefix: ontstond,
//     besloot), a regular past form (-de/-te, -den/-ten: meldde,
//     bevestigde, annexeerde; not -ende, -ste, listed nouns and
//     adjectives, not after a determiner (but after a sentence-opening Dat
//     or Dit: Dat meldde de NOS), preposition or adjective, not
//     capitalised inside the sentence), a past adverb (toen, destijds,
//     vroeger, geleden, jl.), or a perfect: an auxiliary (heeft, hebben,
//     is, zijn …) with a participle (gesproken, opgelopen, bevestigd).
//     Present tense, or no cue at all, leaves the nearest candidate.
//
// If no candidate fits the direction the nearest one is taken. So in an
// article of December 2021 "Op 10 januari bespreken …" and "Op 10 januari
// zal …" are 10 January 2022, "Op 10 januari sprak …" is 10 January 2021;
// in an article of April 2021 "in januari" is January 2021 unless the
// clause is in the future tense (January 2022).
//
// When the weekday is given with the date (vrijdag 24 december), only
// candidate years on which the date falls on that weekday are considered
// (at most one of three consecutive years fits); if none fits, the date is
// kept as if no weekday were given and marked inexact. A weekday given
// with an explicit year that does not fit marks the value inexact.
//
// # Weekdays and other day-relative expressions
//
// With an article dated to the day, a weekday is always one day. A bare
// weekday is the nearest such day in the direction of its clause: past
// tense, or a present-tense reporting verb (meldt, zegt, laat weten …),
// gives the last one on or before the article day (news names the day of
// publication by its weekday too); future or other present tense, which
// in news announces what is planned ("De Kamer debatteert donderdag"), the
// first one on or after it; afgelopen/vorige/voorbije/jl. the last one
// strictly before, komende/volgende/aanstaande/a.s. the first one strictly
// after, deze the first one on or after. A weekday beside gisteren, vandaag
// or morgen (gisteren (dinsdag), dinsdag, gisteren,) is the day that word
// names when the weekday fits it, else the nearest such day on its side of
// the article day. A weekday alone in brackets takes the tense of the
// clause around the brackets. gisteren, vandaag,
// morgen … are exact days; deze/vorige/volgende week are ISO weeks (the
// article day's week, one before, one after); afgelopen week is the week
// before, inexact; a weekend is given as its ISO week, inexact (afgelopen
// weekend: the weekend whose Sunday is before the article day; komend
// weekend: the one whose Saturday is after it).
//
// With an article dated only to the month, everything that needs the day
// (a bare weekday, gisteren, vandaag, vorige week, deze week, afgelopen
// weekend, vorige week dinsdag) resolves to the article month, inexact:
// the article may be from any day of the month, and a week before it lies
// in the same month more often than not. vorige/volgende maand and
// vorig/volgend jaar stay exact. With an article dated only to the year the
// same holds at year precision. With no article date, only expressions
// that carry their own year are resolved.
//
// # The anchor
//
// Every resolved expression becomes the anchor, the "last mentioned date";
// it starts as the article date and carries across the sentences of one
// Resolve call. Anaphors (dat jaar), narrative shifts (een dag later) and
// de volgende dag are resolved from it. A shift by days or weeks keeps day
// precision on a day anchor; an anchor too coarse for the shift (een dag
// later after "in januari") gives the anchor itself, inexact. Shifts by
// months give a month, by years a year.
package dates
