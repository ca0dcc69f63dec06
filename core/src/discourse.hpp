// Discourse: what a sentence and its neighbours tell about an expression, read off the analysed
// text: the tense of its clause, whether it opens its sentence, whether a list or a restating
// phrase ties it to the expression before it, and where sentences really end.
#pragma once

#include <string>

#include "analysis.hpp"
#include "resolve.hpp"

namespace tarikh {

// Whether a word with one of `flags` stands right before match m, a preposition at most between
// ("than in 2021"), or opens it as its edge.
bool word_before(const Analysed& a, const Match& m, int flags);
// Whether a word of comparison ("compared with", "مقابل") comes before match `m` in its clause, a
// few words at most between: the date is a yardstick, not the story's time. So is a date after
// "since" after a superlative ("the lowest level since 1987", "أعلى مستوى منذ").
bool compared_before(const Analysed& a, const Match& m);

// Whether a comma and "and" join another clause between tokens `from` and `to` ("will summon the
// minister next week, and the association will meet on Saturday").
bool clause_joined_between(const Analysed& a, int from, int to);

// Whether match `m` stands in a relative clause set after a comma ("Inflation, which peaked in
// September 2022, slowed"), a few words at most from its relative word.
bool in_relative_clause(const Analysed& a, const Match& m);
// Whether a comma stands between tokens `from` and `to`.
bool comma_between(const Analysed& a, int from, int to);

// Whether match k follows match k - 1 in a list, "and" or commas only between ("en juillet et en
// août", "on Monday and Tuesday").
bool listed_after_previous(const Analysed& a, size_t k);

// Whether match k names match k - 1 again, a comma between them and "soit", "i.e.", "أي" or a
// preposition at most after it, one of them counted (from the story's time, or from now after
// "i.e.") and the other not: "a week earlier, on May 14", "le 10 mars, soit deux jours avant
// l'ouverture", "on Monday, two days after the vote", "شتنبر 2016، أي منذ ثلاث سنوات".
// Returns which is counted: +1 match k, -1 match k - 1, 0 neither (no restating).
int restated_side(const Analysed& a, size_t k);

// Months and days listed with one year after the last ("January and February 2024", "March 3
// and April 9, 2024", "في كانون الثاني وشباط 2024") all take that year; before the last "and",
// a comma lists them ("January, February and March 2024").
void share_listed_year(Analysed& a);

// Whether duration `k` goes on duration `prev` as its smaller part, "and" or a comma at most
// between: "2 hours 14 minutes", "deux heures et quart", "ساعتين و14 دقيقة" are one span.
bool continues_duration(const Analysed& a, size_t prev, size_t k);

// "PT2H" then "PT14M" is "PT2H14M"; "P1D" then "PT5H" is "P1DT5H".
std::string join_durations(const std::string& larger, const std::string& smaller);

// A year ("2023", "last year", "l'an dernier"), or a month, season or quarter written with its
// year ("March 2020", "autumn 2019"): what a month named later in the same sentence belongs to.
bool names_a_year(const Resolved& r);

// Whether match `m` is a stamp that opens its line: a word at most before it ("Update",
// "تحديث"), and a colon or dash soon after it, a zone name at most between ("09:40 GMT:",
// "14:05 غرينتش -").
bool line_stamp(const Analysed& a, const Match& m);
// Whether match `m` stands alone on its line, punctuation at most around it: a heading ("Thursday,
// Aug. 17" over a live blog's entries of that day).
bool line_heading(const Analysed& a, const Match& m);

// Whether only punctuation and prepositions come before match `m` in its sentence.
bool opens_sentence(const Analysed& a, const Match& m, const Sentence& s);
// ... or its clause, after "and" ("and a year ago it still stood at that level").
bool opens_clause(const Analysed& a, const Match& m, const Sentence& s);

// No sentence ends inside an expression: "at 2:15 p.m. ET that the bridge had reopened" is one
// sentence, though "p.m." followed by a capital looks like an end to the sentence rules.
void join_sentences_split_inside_expressions(Analysed& a);

// No sentence ends after a title written short ("when Rep. Tom Delgado resigned", "selon M.
// Dupont"), though a full stop and a capital look like an end to the sentence rules.
void join_sentences_split_after_titles(Analysed& a);

// The tense a timex leans to: the nearest tense marker of its own clause, before or after it.
struct TenseReading {
    int tense = 0;              // -1 past, +1 future, 0 none
    bool present_form = false;  // the clause, as far as it was read, holds a present verb form ("يزور")
    bool leaned = false;        // no marker told, and a deadline word ("until", "حتى") leaned it ahead
    bool said = false;          // the marker is a verb of saying: "told analysts on a call at 8 a.m."
    bool decided = false;       // the marker is a decision taken ("postponed to"): +1 from when it was taken
};
TenseReading tense_near(const Analysed& a, const Match& m, const Sentence& s, bool historical);

// Word tokens of sentence `si` outside match `m`.
int words_outside(const Analysed& a, size_t si);

// Whether sentence `si` ends with a full stop, question or exclamation mark.
bool ends_sentence(const Analysed& a, size_t si);

}  // namespace tarikh
