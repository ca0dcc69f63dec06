// Spec: what a temporal expression says, before it is resolved against a reference date.
//
// Lexicon entries carry pieces of a Spec ("month=3", "unit=day shift=-1", "mod=START"); a
// pattern match merges the pieces of its tokens into one Spec; resolve.cpp turns that into a
// TIMEX3 value. The vocabulary of effects below is the whole contract between language data
// and the engine: adding a language means writing entries in these terms, never new code.
#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>

namespace tarikh {

constexpr int kUnset = INT_MIN;

enum class Unit : uint8_t { None, Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Half, Year, Decade, Century };
// Within: English "in" before a duration, a date ahead ("in two weeks") unless the clause is
// past, where it counts a stretch ("his second letter in two weeks was published").
enum class Direction : uint8_t { None, Ago, In, Later, Earlier, Within };
// Sentence: the year its sentence named earlier if any ("approved in 2022 ... the end of the
// year"), else the publication date's.
enum class Anchor : uint8_t { None, Dct, Narrative, Sentence };

// The fields of one point in time. A Spec is one of these, plus a second one for ranges; both
// are plain values, so the matcher copies them freely while it searches.
struct SpecFields {
    // Calendar fields, as written.
    int year = kUnset, month = kUnset, day = kUnset, weekday = kUnset;  // weekday: ISO 1 = Monday
    int hour = kUnset, minute = kUnset;
    int decade = kUnset, century = kUnset, quarter = kUnset, half = kUnset;
    char season[3] = "";  // SP SU FA WI
    char pod[3] = "";     // part of day: MO AF EV NI DT
    int ampm = 0;         // -1 a.m., +1 p.m.
    bool clock24 = false; // the hour was written with a leading zero ("09:00"): never a p.m. hour
    bool two_digit_year = false;
    uint8_t cal = 0;      // Calendar (calendar.hpp): 0 Gregorian, 1 Hijri, 2 Hebrew, 3 Chinese; 4 Julian (Orthodox
                          // Easter); 5 Hindu lunar (month, day = tithi 1-30); 6 Hindu solar (month = sign);
                          // 7 Hindu nakshatra (month = solar sign, day = nakshatra 1-27); 8 Parsi (Shahenshahi)
    int easter = kUnset;  // days after Easter Sunday ("Good Friday" = -2)
    int at_hour = kUnset; // Hindu lunar dates: the hour (Indian time) the tithi is taken at (6 sunrise)
    int plus_days = kUnset; // days after the calendar day named ("Bhogi" = the day before Makar Sankranti)
    int if_saturday = kUnset, if_sunday = kUnset;  // a fixed feast moved off a weekend (King's Day: -1 on a Sunday)
    bool bc = false;

    // Quantities and relative positions.
    int count = kUnset;   // "three" in "three days"
    Unit unit = Unit::None;
    int shift = kUnset;   // "last" = -1, "next" = +1, "this" = 0; "yesterday" = unit day, shift -1
    Direction dir = Direction::None;
    Anchor anchor = Anchor::None;
    int nth = kUnset;     // "the first week of", "the last Monday of" (-1)
    Unit nth_of = Unit::None; // what nth counts when other words name the period: "the first week of next month"

    // Qualifiers.
    char mod[12] = "";    // START MID END APPROX MORE_THAN LESS_THAN BEFORE AFTER ...
    char ref[12] = "";    // PRESENT_REF PAST_REF FUTURE_REF
    bool set = false;     // "every", "weekly"
    bool and_half = false; // "2 1/2 years", "two and a half hours": the count plus half a unit
    bool same_part = false; // "the same period last year": the quarter just reported, in the year reached
    bool to_the_day = false; // "twenty years ago to the day", "il y a vingt ans jour pour jour": the day reached
    int tense = 0;        // -1 past, +1 future (a marker inside the expression)

    // Copies every field that `other` sets and this one does not.
    void merge(const SpecFields& other);
    // False when both say different things about the same field ("منتصف العام" + "الماضي"
    // when the first already says "this year"): such pieces do not make one expression.
    bool compatible(const SpecFields& other) const;
    // Applies one "key=value" effect; returns false for an unknown key or a bad value.
    bool apply(std::string_view key, std::string_view value);
    // A clock time with no day to it: no day, weekday, month, nor day counted from today ("at 8 a.m.").
    bool clock_only() const { return hour != kUnset && day == kUnset && weekday == kUnset && month == kUnset && shift == kUnset; }
    bool operator==(const SpecFields&) const = default;
};

struct Spec : SpecFields {
    // A range's second end ("from May 3 to May 6"): missing fields come from the first. It stays
    // empty while has_end is false (the matcher's merges rely on it).
    bool has_end = false;
    SpecFields end;

    void merge(const Spec& other) {
        SpecFields::merge(other);
        if (!has_end && other.has_end) {
            has_end = true;
            end = other.end;
        }
    }
    bool operator==(const Spec&) const = default;
};

Unit unit_from_name(std::string_view name);

}  // namespace tarikh
