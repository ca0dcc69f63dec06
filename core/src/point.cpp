#include "point.hpp"

namespace tarikh {
namespace {

// Seasons are meteorological and a winter belongs to the year it starts in (2023-WI is
// December 2023 to February 2024). A season's ordinal counts seasons: year * 4 + index.
const char* const kSeasons[] = {"SP", "SU", "FA", "WI"};

int season_index(const std::string& s) { return s == "SP" ? 0 : s == "SU" ? 1 : s == "FA" ? 2 : 3; }

int season_ordinal(Date d) {
    if (d.m <= 2) return (d.y - 1) * 4 + 3;
    return d.y * 4 + (d.m == 12 ? 3 : (d.m - 3) / 3);
}

}  // namespace

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

int sign(int tense) { return tense < 0 ? -1 : tense > 0 ? 1 : 0; }

// The season `want` before (direction < 0), after (> 0) or nearest to (0) the one of `ref`;
// `strict` leaves the current one out.
Point season_near(Date ref, const std::string& want, int direction, bool strict) {
    const int now = season_ordinal(ref), index = season_index(want);
    int back = now - ((now % 4 - index + 4) % 4), fwd = now + ((index - now % 4 + 4) % 4);
    if (strict && back == now) back -= 4;
    if (strict && fwd == now) fwd += 4;
    // As far back as ahead in seasons, the nearer in months wins: "à l'automne" in late May is
    // the coming one (four months off, where the last ended six months ago).
    auto first_month = [](int ordinal) { return ordinal / 4 * 12 + 2 + 3 * (ordinal % 4); };  // months since year 0, 0-based
    const int month = ref.y * 12 + ref.m - 1;
    const bool nearer_back = now - back != fwd - now ? now - back < fwd - now : month - (first_month(back) + 2) <= first_month(fwd) - month;
    int ord = direction < 0 ? back : direction > 0 ? fwd : nearer_back ? back : fwd;
    Point p;
    p.grain = Grain::Season;
    p.y = ord / 4;
    p.season = kSeasons[ord % 4];
    return p;
}

std::string format_value(const Point& p) {
    if (p.grain == Grain::Day && p.known && p.m && p.d) return format_day({p.y, p.m, p.d});  // the same, most often, in place
    std::string y = p.known ? format_year(p.y) : "XXXX";
    switch (p.grain) {
        case Grain::Time: {
            std::string v = y + "-" + (p.known || p.m ? two(p.m) : "XX") + "-" + (p.known || p.d ? two(p.d) : "XX");
            if (!p.pod.empty() && p.hour < 0) return v + "T" + p.pod;
            return v + "T" + two(p.hour) + ":" + two(p.minute < 0 ? 0 : p.minute);
        }
        case Grain::Day:
            return y + "-" + (p.m ? two(p.m) : "XX") + "-" + (p.d ? two(p.d) : "XX");
        case Grain::Week: return p.known ? y + "-W" + two(p.week) : "XXXX-WXX";
        case Grain::Weekend: return p.known ? y + "-W" + two(p.week) + "-WE" : "XXXX-WXX-WE";
        case Grain::Month: return y + "-" + (p.m ? two(p.m) : "XX");
        case Grain::Quarter: return y + "-Q" + (p.part ? std::to_string(p.part) : "X");
        case Grain::Half: return y + "-H" + std::to_string(p.part);
        case Grain::Season: return y + "-" + p.season;
        case Grain::Year: return y;
        case Grain::Decade: return p.known ? std::to_string(p.decade) : "XXX";
        case Grain::Century: return p.known ? two(p.century) : "XX";
        case Grain::Unknown: break;
    }
    return p.pod.empty() ? "XXXX-XX-XX" : p.pod;  // PAST_REF / FUTURE_REF of "years ago"
}

const char* grain_name(Grain g) {
    switch (g) {
        case Grain::Time: return "time";
        case Grain::Day: return "day";
        case Grain::Week: case Grain::Weekend: return "week";
        case Grain::Month: return "month";
        case Grain::Quarter: return "quarter";
        case Grain::Half: return "half";
        case Grain::Season: return "season";
        case Grain::Year: return "year";
        case Grain::Decade: return "decade";
        case Grain::Century: return "century";
        case Grain::Unknown: break;
    }
    return "day";
}

// First and last calendar day a point covers.
bool span_of(const Point& p, Date& first, Date& last) {
    if (!p.known) return false;
    switch (p.grain) {
        case Grain::Time: case Grain::Day: first = last = {p.y, p.m, p.d}; return true;
        case Grain::Week: first = monday_of_iso_week(p.y, p.week); last = add_days(first, 6); return true;
        case Grain::Weekend: first = add_days(monday_of_iso_week(p.y, p.week), 5); last = add_days(first, 1); return true;
        case Grain::Month: first = {p.y, p.m, 1}; last = {p.y, p.m, days_in_month(p.y, p.m)}; return true;
        case Grain::Quarter:
            if (!p.part) { first = {p.y, 1, 1}; last = {p.y, 12, 31}; return true; }
            first = {p.y, p.part * 3 - 2, 1}; last = {p.y, p.part * 3, days_in_month(p.y, p.part * 3)}; return true;
        case Grain::Half: first = {p.y, p.part * 6 - 5, 1}; last = {p.y, p.part * 6, days_in_month(p.y, p.part * 6)}; return true;
        case Grain::Season: {
            first = {p.y, season_index(p.season) * 3 + 3, 1};
            Date end = add_months(first, 2);
            last = {end.y, end.m, days_in_month(end.y, end.m)};
            return true;
        }
        case Grain::Year: first = {p.y, 1, 1}; last = {p.y, 12, 31}; return true;
        case Grain::Decade: first = {p.decade * 10, 1, 1}; last = {p.decade * 10 + 9, 12, 31}; return true;
        case Grain::Century: first = {p.century * 100, 1, 1}; last = {p.century * 100 + 99, 12, 31}; return true;
        case Grain::Unknown: break;
    }
    return false;
}

Point day_point(Date d) {
    Point p;
    p.grain = Grain::Day;
    p.y = d.y, p.m = d.m, p.d = d.d;
    return p;
}

Point week_point(Date d, bool weekend) {
    Point p;
    p.grain = weekend ? Grain::Weekend : Grain::Week;
    iso_week(d, p.y, p.week);
    return p;
}

Point month_point(int y, int m) {
    Point p;
    p.grain = Grain::Month;
    p.y = y, p.m = m;
    return p;
}

Point year_point(int y) {
    Point p;
    p.grain = Grain::Year;
    p.y = y;
    return p;
}

// The point `n` units away from `base`, at the unit's grain ("three days ago", "next month").
Point shifted(Date base, Unit unit, long n) {
    switch (unit) {
        case Unit::Week: return week_point(add_days(base, 7 * n));
        case Unit::Weekend: return week_point(add_days(base, 7 * n), true);
        case Unit::Month: { Date d = add_months(base, static_cast<int>(n)); return month_point(d.y, d.m); }
        case Unit::Quarter: {
            Date d = add_months(base, static_cast<int>(3 * n));
            Point p;
            p.grain = Grain::Quarter;
            p.y = d.y, p.part = (d.m - 1) / 3 + 1;
            return p;
        }
        case Unit::Half: {
            Date d = add_months(base, static_cast<int>(6 * n));
            Point p;
            p.grain = Grain::Half;
            p.y = d.y, p.part = d.m <= 6 ? 1 : 2;
            return p;
        }
        case Unit::Year: return year_point(base.y + static_cast<int>(n));
        case Unit::Decade: { Point p; p.grain = Grain::Decade; p.decade = base.y / 10 + static_cast<int>(n); return p; }
        case Unit::Century: { Point p; p.grain = Grain::Century; p.century = base.y / 100 + static_cast<int>(n); return p; }
        default: return day_point(add_days(base, n));
    }
}

// A weekday near `ref`: the last one before (tense < 0, or shift -1), the next one after
// (tense > 0, shift +1), else the nearest (today counts).
Date weekday_near(Date ref, int weekday, int direction, bool strict) {
    int today = iso_weekday(ref);
    int back = (today - weekday + 7) % 7, fwd = (weekday - today + 7) % 7;
    if (strict) {
        if (back == 0) back = 7;
        if (fwd == 0) fwd = 7;
    }
    if (direction < 0) return add_days(ref, -back);
    if (direction > 0) return add_days(ref, fwd);
    return back <= fwd ? add_days(ref, -back) : add_days(ref, fwd);
}

// The year for a month (and day) written without one: the occurrence nearest to the reference
// (the narrative time, else the DCT), then moved so that a past tense does not land after the
// DCT nor a future tense before it.
// `by_month`: compare months only, so that the current month still counts as the next one.
int year_near(Date ref, const std::optional<Date>& dct, int month, int day, int direction, bool by_month, bool own_tense,
              bool deadline, bool story) {
    // News reports more than it announces: from the publication date the window reaches further
    // back than ahead. A story goes on as often as it looks back: from its time, the nearest
    // ("began on Aug. 14 and was interrupted in January": the January after).
    long diff = (static_cast<long>(month) - ref.m) * 31 + (day > 0 ? day - ref.d : 0);
    const long ahead = story ? 186 : 160, back = story ? 186 : 240;
    int y = diff > ahead ? ref.y - 1 : diff < -back ? ref.y + 1 : ref.y;
    if (!dct || direction == 0) return y;
    const bool days = day > 0 && !by_month;
    auto key = [&](int year) { return Date{year, month, days ? std::min(day, days_in_month(year, month)) : 1}; };
    const Date now = days ? *dct : Date{dct->y, dct->m, 1};
    // Within a month of the DCT the date is meant as it stands: a past verb then belongs to
    // something else in the sentence ("ruled on Monday that it must end by Jan. 14"); so is next
    // month as a deadline ("gave it until mid-November"), but not a month a past verb tells of
    // ("closed for three days in January", written in December). Not when the expression
    // carries its own tense: "since February" is past.
    const long near = std::labs(days_from_civil(key(y)) - days_from_civil(*dct));
    const int months_ahead = (y - dct->y) * 12 + month - dct->m;
    // A future verb does move a date just gone to next year ("s'élancera le 4 juillet" on 14 July).
    const bool gone_by_ahead = direction > 0 && key(y) < now;
    if (!by_month && !own_tense && !gone_by_ahead && (days ? near <= 31 : months_ahead == 0 || (deadline && months_ahead == 1)))
        return y;
    while (direction < 0 && key(y) > now) --y;
    while (direction > 0 && key(y) < now) ++y;
    return y;
}

void apply_time(const Spec& s, Point& p) {
    if (s.hour == kUnset && !s.pod[0]) return;
    if (p.grain != Grain::Day && p.grain != Grain::Time) return;
    p.grain = Grain::Time;
    if (s.hour != kUnset) {
        int h = s.hour;
        int minute = s.minute == kUnset ? 0 : s.minute;
        if (minute < 0) {  // "إلا ربع": a quarter to the hour
            minute += 60;
            h = h == 1 ? 12 : h == 0 ? 23 : h - 1;
        }
        bool pm = s.ampm > 0 || ((s.pod[0] == 'A' || s.pod[0] == 'E' || (s.pod[0] == 'N' && h >= 6)) && s.ampm == 0);
        if (pm && h < 12) h += 12;
        if (h == 12 && s.pod[0] == 'N' && s.ampm == 0 && s.minute == kUnset && minute == 0) h = 0;  // 12 at night
        if (s.ampm < 0 && h == 12) h = 0;
        p.hour = h == 24 ? 0 : h;
        p.minute = minute;
    } else {
        p.pod = s.pod;
    }
}

bool has_calendar_fields(const Spec& s) {
    return s.year != kUnset || s.month != kUnset || s.day != kUnset || s.weekday != kUnset || s.decade != kUnset ||
           s.century != kUnset || s.quarter != kUnset || s.half != kUnset || s.season[0] || s.hour != kUnset || s.pod[0] ||
           s.easter != kUnset || (s.nth != kUnset && s.unit == Unit::Week && s.nth_of == Unit::Week);  // "la semaine 9"
}

std::string duration_value(int count, Unit unit, bool and_half) {
    std::string n = count < 0 ? "X" : std::to_string(count);
    // "2 1/2 years" = P2Y6M: half of the unit in the next smaller one.
    if (and_half && count >= 0) {
        switch (unit) {
            case Unit::Year: return "P" + n + "Y6M";
            case Unit::Month: return "P" + n + "M15D";
            case Unit::Week: return "P" + n + "W3DT12H";
            case Unit::Day: return "P" + n + "DT12H";
            case Unit::Hour: return "PT" + n + "H30M";
            case Unit::Minute: return "PT" + n + "M30S";
            default: break;
        }
    }
    switch (unit) {
        case Unit::Second: return "PT" + n + "S";
        case Unit::Minute: return "PT" + n + "M";
        case Unit::Hour: return "PT" + n + "H";
        case Unit::Day: return "P" + n + "D";
        case Unit::Week: return "P" + n + "W";
        case Unit::Weekend: return "P" + n + "WE";
        case Unit::Month: return "P" + n + "M";
        case Unit::Quarter: return "P" + n + "Q";
        case Unit::Half: return count < 0 ? "PXM" : "P" + std::to_string(count * 6) + "M";
        case Unit::Year: return "P" + n + "Y";
        // In years, as TimeML annotators and ISO 8601 write them ("two decades" = P20Y).
        case Unit::Decade: return count < 0 ? "PXY" : "P" + std::to_string(count * 10) + "Y";
        case Unit::Century: return count < 0 ? "PXY" : "P" + std::to_string(count * 100) + "Y";
        case Unit::None: break;
    }
    return "P" + n + "X";
}

}  // namespace tarikh
