// Resolution: a Spec plus its reference times → a TIMEX3 type and value, and the days it covers.
//
// Deictic expressions ("yesterday", "last week") count from the publication date (DCT);
// anaphoric ones ("three days later", "the next day") from the narrative time, the last fully
// specified date before them; a month or weekday without a year takes the occurrence that the
// tense points to (past, future, else the nearest). What cannot be known stays X.
#pragma once

#include <optional>
#include <string>

#include "calendar.hpp"
#include "point.hpp"
#include "spec.hpp"
#include "tarikh/tarikh.hpp"

namespace tarikh {

struct Context {
    std::optional<Date> dct;
    int dct_hour = -1, dct_minute = -1;
    bool twelve_hour_clock = true;  // the language's bare hours may be p.m. ("at 9:00" in an afternoon report)
    std::optional<Date> narrative;  // the last date the text named, at day grain or with its year
    std::optional<Date> narrative_last;  // ... its last day when it was a range ("du 2 au 13 octobre")
    bool narrative_day = false;     // ... and it was a day (not a month or a year)
    bool narrative_month = false;   // ... or a month at least, or a season, quarter or half (not a year)
    bool narrative_week = false;    // ... or a week
    bool narrative_said = false;    // ... the day words were said ("said Wednesday"), not the story's day
    bool narrative_stretch = false; // ... a stretch of more than a week ("from 1 July to 30 September"): no day for a clock time
    bool narrative_year_from_now = false;  // ... a year counted from now ("l'an dernier"): a year later goes on from it, a year earlier from now
    int narrative_hour = -1, narrative_minute = -1;  // ... and its clock time, if it said one
    bool narrative_night = false;   // ... or that it was a night or an evening: its small hours are the next day's
    // The last day the text named, and sentences since: day offsets keep to it through a
    // flashback to a coarser time ("في 3 نوفمبر ... عام 2011 ... في عطلة نهاية الأسبوع نفسه").
    std::optional<Date> story_day;
    int story_day_age = 1 << 20;
    // ... and the last of them on or before the publication: a clock time in a past clause goes
    // there when the story has moved ahead since ("a fixé hier le prix ... qui s'ouvre le 1er
    // avril. La décision a été annoncée en fin d'après-midi").
    std::optional<Date> past_story_day;
    int past_story_day_age = 1 << 20;
    // ... and the last of them after it: a clock time in a future clause goes there when the story
    // has gone back since ("attendus dimanche à 8 h 15 ... présenté jeudi matin ... publié mercredi,
    // la circulation sera interdite dès 6 h").
    std::optional<Date> ahead_story_day;
    int ahead_story_day_age = 1 << 20;
    // The last day words were said on ("أعلنت المؤسسة أمس"), and sentences since: a clock time in a
    // clause of saying goes there ("وأوضح المدير خلال ندوة صحفية في حدود الساعة التاسعة صباحا").
    std::optional<Date> said_day;
    int said_day_age = 1 << 20;
    // The last decade the text named ("in the early 1980s"), else -1: whole decades counted later
    // or earlier count from it ("Forty years later", "A decade later") when it was named since the
    // story's time last moved, or when counting from that time would pass the publication in a
    // past clause ("walked off the job Monday. ... A decade later, containers had cut").
    int story_decade = -1;
    bool story_decade_newer = false;
    bool story_night = false;       // that day was named as a night ("dans la nuit de jeudi à vendredi")
    int tense = 0;                  // of the sentence: -1 past, +1 future, 0 unknown
    bool tense_leaned = false;      // ... +1 only for a deadline word ("until"), no verb
    bool tense_said = false;        // ... -1 from a verb of saying ("told analysts on a call at 8 a.m.")
    bool tense_decided = false;     // ... +1 from a decision taken ("agreed to", "reporté au"): ahead of when it was taken
    int weekday_tense = 0;          // for a weekday when the sentence shows no tense (language default)
    int default_direction = 0;      // for a month or day without a year when no tense shows (+1: the next)
    bool next_weekday_in_next_week = false;  // the language's "next Friday" is next week's Friday
    bool this_weekday_in_this_week = false;  // its "this Thursday", with no tense, is this week's
    int narrative_age = 1 << 20;    // sentences since the narrative time was set (0: this one)
    // The year of a year, month, season or quarter named earlier in this sentence ("In 2023,
    // ... from January to April", "L'an dernier, ... en mars"): a month without a year in the
    // same sentence is in it. 0: none.
    int sentence_year = 0;
    bool year_just_before = false;  // that year was named right before ("il y a deux ans, du 5 au 9 octobre")
    // That year opens the sentence ("In 2019, the first snow fell on Nov. 11", "En 1968, le théâtre
    // est occupé jusqu'à la mi-juin"): it frames the days after it too, and its present is historical.
    bool year_frames_sentence = false;
    // A month named with its year earlier in this sentence: a day of that month is in it ("En
    // février dernier, ... le 15 février", "In March 2020, ... on March 12"). 0: none.
    int sentence_month_year = 0, sentence_month = 0;
    // The Monday of a week named earlier in this sentence: a weekday is in it ("la semaine
    // dernière, ... avant de la perdre jeudi").
    std::optional<Date> sentence_week;
    bool sentence_weekend = false;  // ... and it was a weekend: it holds its Saturday and Sunday only
    bool week_just_before = false;  // ... named right before, a comma between ("la semaine prochaine, mercredi à 14 heures")
    bool line_stamp = false;        // a time stamp opening its line ("09:40 GMT:" in a live blog)
    // The time stamp of the live-blog entry the expression is in (-1: none): "an hour ago" there
    // counts from it, not from the publication time ("12 h 05 – ... il y a une heure").
    int entry_hour = -1, entry_minute = -1;
    // The day and hour of the last stamp: the next one goes on from it, into the next day when it
    // comes back to the small hours after an evening ("22:25 – ... 00:50 – ...").
    std::optional<Date> stamp_day;
    int stamp_hour = -1;
    bool opens_sentence = false;    // nothing but prepositions before it in its sentence ("وبعد ثلاثة أيام، انهار")
    bool opens_clause = false;      // ... or in its clause, after "and" ("and a year ago it still stood")
    bool deadline = false;          // "until", "jusqu'à", "حتى" just before it or in it
    // The last quarter the text named ("third-quarter profit"), and sentences since: then "a year
    // ago" compares quarters (1988-Q3), as financial news means it.
    int quarter_year = 0, quarter = 0, quarter_age = 1 << 20;
    // A month, quarter or half with its year named earlier in this sentence ("في يناير", "in the
    // fourth quarter of 2023"): "the same period last year" is that period a year back.
    Grain period_grain = Grain::Unknown;  // Unknown: none
    int period_year = 0, period_part = 0;  // part: the month, quarter or half
};

struct Resolved {
    std::string type;      // DATE TIME DURATION SET
    std::string value;
    std::string mod;
    std::string anchor;    // dct, narrative, absolute
    When when;             // days covered (a range spans both ends)
    bool dated = false;    // a point or span on the calendar that an event can carry
    bool impossible = false;  // no such day ("February 30"): not a temporal expression
    bool specific = false; // becomes the narrative time
    bool day = false;      // at day grain
    std::optional<Date> first_day;
    std::optional<Date> last_day;  // a range's last day ("du 2 au 13 octobre")
    int hour = -1, minute = -1;  // a clock time (TIME values with hours)
};

Resolved resolve(const Spec& spec, const Context& context);

}  // namespace tarikh
