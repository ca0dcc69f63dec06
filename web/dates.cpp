#include "dates.hpp"

#include <charconv>

namespace tarikh::web {

// H. Hinnant's days_from_civil / civil_from_days (public domain algorithms).
long days_from_civil(int year, int month, int day) {
    const long y = year - (month <= 2);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Civil civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    Civil c;
    c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    c.year = static_cast<int>(yoe + era * 400 + (c.month <= 2));
    return c;
}

namespace {

bool read_int(std::string_view s, size_t from, size_t length, int& out) {
    if (from + length > s.size()) return false;
    const char* first = s.data() + from;
    const auto [end, error] = std::from_chars(first, first + length, out);
    return error == std::errc() && end == first + length;
}

}  // namespace

bool parse_day(std::string_view iso, double& day) {
    int y, m, d;
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return false;
    if (!read_int(iso, 0, 4, y) || !read_int(iso, 5, 2, m) || !read_int(iso, 8, 2, d)) return false;
    if (m < 1 || m > 12 || d < 1 || d > 31) return false;
    day = static_cast<double>(days_from_civil(y, m, d));
    return true;
}

bool time_of_day_span(std::string_view value, double& from, double& to) {
    const size_t t = value.find('T');
    if (t == std::string_view::npos) return false;
    const std::string_view part = value.substr(t + 1);
    struct Part { std::string_view code; double from, to; };
    static constexpr Part parts[] = {{"MO", 6, 12}, {"MI", 11, 13}, {"AF", 12, 18}, {"EV", 18, 22},
                                     {"NI", 21, 24}, {"DT", 9, 17}};
    for (const Part& p : parts)
        if (part == p.code) return from = p.from / 24, to = p.to / 24, true;
    int h = 0, min = 0;
    if (!read_int(part, 0, 2, h) || h > 24) return false;
    if (part.size() >= 5 && part[2] == ':') read_int(part, 3, 2, min);
    from = (h + min / 60.0) / 24;
    to = from + 1.0 / 24;
    return true;
}

}  // namespace tarikh::web
