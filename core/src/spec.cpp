#include "spec.hpp"

#include <charconv>
#include <cstring>

namespace tarikh {
namespace {

template <size_t N>
void merge_chars(char (&mine)[N], const char (&theirs)[N]) {
    if (!mine[0] && theirs[0]) std::memcpy(mine, theirs, N);
}

void merge_int(int& mine, int theirs) {
    if (mine == kUnset) mine = theirs;
}

template <size_t N>
bool set_chars(char (&field)[N], std::string_view v) {
    if (v.empty() || v.size() >= N) return false;
    std::memcpy(field, v.data(), v.size());
    field[v.size()] = 0;
    return true;
}

bool set_int(int& field, std::string_view v) {
    int x = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
    if (ec != std::errc() || p != v.data() + v.size()) return false;
    field = x;
    return true;
}

}  // namespace

Unit unit_from_name(std::string_view n) {
    if (n == "second") return Unit::Second;
    if (n == "minute") return Unit::Minute;
    if (n == "hour") return Unit::Hour;
    if (n == "day") return Unit::Day;
    if (n == "week") return Unit::Week;
    if (n == "weekend") return Unit::Weekend;
    if (n == "month") return Unit::Month;
    if (n == "quarter") return Unit::Quarter;
    if (n == "half") return Unit::Half;
    if (n == "year") return Unit::Year;
    if (n == "decade") return Unit::Decade;
    if (n == "century") return Unit::Century;
    return Unit::None;
}

bool SpecFields::compatible(const SpecFields& o) const {
    auto same = [](int a, int b) { return a == kUnset || b == kUnset || a == b; };
    // "now" and a date are two expressions, not one.
    auto dated = [](const SpecFields& s) { return s.year != kUnset || s.month != kUnset || s.day != kUnset || s.weekday != kUnset || s.shift != kUnset; };
    if ((ref[0] && dated(o)) || (o.ref[0] && dated(*this))) return false;
    // A date and a day counted from the story's are two ways to name a day, side by side:
    // "le mercredi 28 janvier à 20 heures, la veille de la grève".
    auto counted_day = [](const SpecFields& s) { return s.anchor == Anchor::Narrative && s.unit == Unit::Day; };
    if ((day != kUnset && counted_day(o)) || (o.day != kUnset && counted_day(*this))) return false;
    // Nor are a day named from today and a date of its own: "Twenty-five years ago today, at 7:48
    // a.m. on Tuesday, Oct. 11, 1994" (a weekday may go with it: "tomorrow, Thursday").
    auto from_today = [](const SpecFields& s) { return s.unit == Unit::Day && s.shift != kUnset; };
    auto own_date = [](const SpecFields& s) { return s.year != kUnset || s.month != kUnset || s.day != kUnset; };
    if ((own_date(*this) && from_today(o)) || (own_date(o) && from_today(*this))) return false;
    return same(year, o.year) && same(month, o.month) && same(day, o.day) && same(weekday, o.weekday) &&
           same(hour, o.hour) && same(minute, o.minute) && same(shift, o.shift) && same(count, o.count) &&
           same(quarter, o.quarter) && same(half, o.half) && (unit == Unit::None || o.unit == Unit::None || unit == o.unit);
}

void SpecFields::merge(const SpecFields& o) {
    merge_int(year, o.year);
    merge_int(month, o.month);
    merge_int(day, o.day);
    merge_int(weekday, o.weekday);
    merge_int(hour, o.hour);
    merge_int(minute, o.minute);
    merge_int(decade, o.decade);
    merge_int(century, o.century);
    merge_int(quarter, o.quarter);
    merge_int(half, o.half);
    merge_chars(season, o.season);
    merge_chars(pod, o.pod);
    if (!ampm) ampm = o.ampm;
    two_digit_year = two_digit_year || o.two_digit_year;
    if (!cal) cal = o.cal;
    merge_int(easter, o.easter);
    merge_int(at_hour, o.at_hour);
    merge_int(plus_days, o.plus_days);
    merge_int(if_saturday, o.if_saturday);
    merge_int(if_sunday, o.if_sunday);
    bc = bc || o.bc;
    merge_int(count, o.count);
    if (unit == Unit::None) unit = o.unit;
    merge_int(shift, o.shift);
    if (dir == Direction::None) dir = o.dir;
    // "The year" means the sentence's year, unless a word says the current one ("مطلع العام الجاري").
    if (anchor == Anchor::None || (anchor == Anchor::Sentence && o.anchor == Anchor::Dct)) anchor = o.anchor;
    merge_int(nth, o.nth);
    if (nth_of == Unit::None) nth_of = o.nth_of;
    merge_chars(mod, o.mod);
    merge_chars(ref, o.ref);
    set = set || o.set;
    and_half = and_half || o.and_half;
    clock24 = clock24 || o.clock24;
    same_part = same_part || o.same_part;
    to_the_day = to_the_day || o.to_the_day;
    if (!tense) tense = o.tense;
}

bool SpecFields::apply(std::string_view k, std::string_view v) {
    if (k == "year") return set_int(year, v);
    if (k == "month") return set_int(month, v);
    if (k == "day") return set_int(day, v);
    if (k == "weekday") return set_int(weekday, v);
    if (k == "hour") return set_int(hour, v);
    if (k == "minute") return set_int(minute, v);
    if (k == "decade") return set_int(decade, v);
    if (k == "century") return set_int(century, v);
    if (k == "quarter") return set_int(quarter, v);
    if (k == "half") return set_int(half, v);
    if (k == "count") return v == "X" ? (count = -1, true) : set_int(count, v);  // X: "years", "several weeks"
    if (k == "shift") return set_int(shift, v);
    if (k == "nth") return set_int(nth, v);
    if (k == "season") return set_chars(season, v);
    if (k == "pod") return set_chars(pod, v);
    if (k == "mod") return set_chars(mod, v);
    if (k == "ref") return set_chars(ref, v);
    if (k == "unit") return (unit = unit_from_name(v)) != Unit::None;
    if (k == "nth_of") return (nth_of = unit_from_name(v)) != Unit::None;
    if (k == "ampm") return (ampm = v == "am" ? -1 : v == "pm" ? 1 : 0) != 0;
    if (k == "clock") return v == "24" && (clock24 = true);  // "11:40 بتوقيت غرينتش": never a p.m. hour
    if (k == "tense") return (tense = v == "past" ? -1 : v == "future" ? 1 : 0) != 0;
    if (k == "cal") {
        cal = v == "hijri" ? 1 : v == "hebrew" ? 2 : v == "chinese" ? 3 : v == "julian" ? 4 : v == "hindu" ? 5
            : v == "hindu_solar" ? 6 : v == "nakshatra" ? 7 : v == "parsi" ? 8 : v == "persian" ? 9 : 0;
        return cal != 0;
    }
    if (k == "easter") return set_int(easter, v);
    if (k == "at_hour") return set_int(at_hour, v);
    if (k == "plus_days") return set_int(plus_days, v);
    if (k == "if_saturday") return set_int(if_saturday, v);
    if (k == "if_sunday") return set_int(if_sunday, v);
    if (k == "era") return (bc = v == "bc");
    if (k == "set") return (set = true);
    if (k == "and_half") return (and_half = true);
    if (k == "same_part") return (same_part = true);
    if (k == "to_the_day") return (to_the_day = true);
    if (k == "anchor") {
        anchor = v == "dct" ? Anchor::Dct : v == "narrative" ? Anchor::Narrative : v == "sentence" ? Anchor::Sentence : Anchor::None;
        return anchor != Anchor::None;
    }
    if (k == "dir") {
        dir = v == "ago" ? Direction::Ago : v == "in" ? Direction::In : v == "later" ? Direction::Later
            : v == "earlier" ? Direction::Earlier : v == "within" ? Direction::Within : Direction::None;
        return dir != Direction::None;
    }
    return false;
}

}  // namespace tarikh
