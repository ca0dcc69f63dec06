// Points on the calendar: a resolved position at some grain (a day, an ISO week, a quarter, a
// season, a decade ...), the arithmetic that moves and picks them, and their TIMEX3 values.
#pragma once

#include <optional>
#include <string>

#include "calendar.hpp"
#include "spec.hpp"

namespace tarikh {

enum class Grain { Unknown, Time, Day, Week, Weekend, Month, Quarter, Half, Season, Year, Decade, Century };

// A resolved calendar position at some grain. `known` is false when the year (or the whole
// reference) is unknown: the value then carries X's.
struct Point {
    Grain grain = Grain::Unknown;
    bool known = true;
    bool impossible = false;   // a day its month does not have ("February 30")
    int y = 0, m = 0, d = 0;   // Day/Time: the day; Month: y-m; Year: y
    int week = 0;              // Week/Weekend: ISO week of ISO year y
    int part = 0;              // Quarter/Half number
    std::string season;        // Season
    int decade = 0, century = 0;
    int hour = -1, minute = -1;
    std::string pod;
};

std::string two(int v);          // two digits: 7 → "07"
int sign(int tense);             // -1, 0 or +1

Point day_point(Date d);
Point week_point(Date d, bool weekend = false);  // the ISO week holding d (or its weekend)
Point month_point(int y, int m);
Point year_point(int y);

// The season `want` before (direction < 0), after (> 0) or nearest to (0) the one of `ref`;
// `strict` leaves the current one out.
Point season_near(Date ref, const std::string& want, int direction, bool strict);
// `base` moved by n units, at the grain of the unit.
Point shifted(Date base, Unit unit, long n);
// A weekday near `ref`: the last one before (direction < 0), the next one after (> 0), else the
// nearest; `strict` leaves `ref` itself out.
Date weekday_near(Date ref, int weekday, int direction, bool strict);
// The year of a month (and day) without one, near `ref` as the tense points (see point.cpp).
// `story`: `ref` is the story's time, not the publication's.
int year_near(Date ref, const std::optional<Date>& dct, int month, int day, int direction, bool by_month, bool own_tense,
              bool deadline, bool story);
// A clock time or part of the day of `s` put on a day point, which becomes a time.
void apply_time(const Spec& s, Point& p);
bool has_calendar_fields(const Spec& s);

std::string format_value(const Point& p);  // the TIMEX3 value
const char* grain_name(Grain g);           // the contract's granularity
bool span_of(const Point& p, Date& first, Date& last);  // the days it covers, when known
std::string duration_value(int count, Unit unit, bool and_half = false);  // P3W, PT2H, P2Y6M

}  // namespace tarikh
