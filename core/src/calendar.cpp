#include "calendar.hpp"

#include <unicode/ucal.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

namespace tarikh {

// Howard Hinnant's civil-from-days algorithms: exact for the whole proleptic Gregorian range.
long days_from_civil(Date date) {
    long y = date.y - (date.m <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (date.m + (date.m > 2 ? -3 : 9)) + 2) / 5 + date.d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int iso_weekday(Date date) {
    long z = days_from_civil(date);
    return static_cast<int>(z >= -4 ? (z + 3) % 7 + 1 : (z + 4) % 7 + 7);
}

int days_in_month(int y, int m) {
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : len[(m - 1 + 1200) % 12];
}

Date add_days(Date date, long n) { return civil_from_days(days_from_civil(date) + n); }

Date add_months(Date date, int n) {
    long total = static_cast<long>(date.y) * 12 + (date.m - 1) + n;
    int y = static_cast<int>(total >= 0 ? total / 12 : (total - 11) / 12);
    int m = static_cast<int>(total - static_cast<long>(y) * 12) + 1;
    int d = date.d > days_in_month(y, m) ? days_in_month(y, m) : date.d;
    return {y, m, d};
}

void iso_week(Date date, int& iso_year, int& week) {
    // The ISO week belongs to the year of its Thursday.
    Date thursday = add_days(date, 4 - iso_weekday(date));
    iso_year = thursday.y;
    week = static_cast<int>((days_from_civil(thursday) - days_from_civil({thursday.y, 1, 1})) / 7 + 1);
}

Date monday_of_iso_week(int iso_year, int week) {
    Date jan4{iso_year, 1, 4};
    Date monday1 = add_days(jan4, 1 - iso_weekday(jan4));
    return add_days(monday1, static_cast<long>(week - 1) * 7);
}

namespace {

// A calendar on GMT: plain dates need no time-zone data. Saudi Arabia has fixed its months by the
// Umm al-Qura rule since 1420 AH (1999); earlier Hijri dates follow the Moon (ICU's astronomical
// calendar), which the feasts then kept better than ICU's arithmetic fallback.
UCalendar* open_calendar(Calendar cal, UErrorCode& status, bool before_umm_al_qura = false) {
    static const UChar gmt[] = {'G', 'M', 'T', 0};
    const char* locale = cal == Calendar::Hijri ? (before_umm_al_qura ? "en@calendar=islamic" : "en@calendar=islamic-umalqura")
                       : cal == Calendar::Hebrew ? "en@calendar=hebrew"
                       : cal == Calendar::Chinese ? "en@calendar=chinese"
                       : cal == Calendar::Persian ? "en@calendar=persian" : "en@calendar=gregorian";
    return ucal_open(gmt, 3, locale, UCAL_DEFAULT, &status);
}

}  // namespace

std::optional<Date> to_gregorian(Calendar which, int year, int month, int day) {
    UErrorCode status = U_ZERO_ERROR;
    UCalendar* cal = open_calendar(which, status, which == Calendar::Hijri && year < 1420);
    if (U_FAILURE(status)) return std::nullopt;
    ucal_clear(cal);
    ucal_set(cal, UCAL_EXTENDED_YEAR, year);
    ucal_set(cal, UCAL_MONTH, month - 1);
    ucal_set(cal, UCAL_DATE, day);
    UDate ms = ucal_getMillis(cal, &status);
    ucal_close(cal);
    if (U_FAILURE(status)) return std::nullopt;
    long days = static_cast<long>(ms / 86400000.0 + (ms < 0 ? -0.5 : 0.5));
    return civil_from_days(days);
}

std::optional<Date> from_gregorian(Calendar which, Date date) {
    UErrorCode status = U_ZERO_ERROR;
    UCalendar* cal = open_calendar(which, status, which == Calendar::Hijri && date < Date{1999, 4, 17});
    if (U_FAILURE(status)) return std::nullopt;
    ucal_setMillis(cal, static_cast<UDate>(days_from_civil(date)) * 86400000.0 + 43200000.0, &status);
    Date d{ucal_get(cal, UCAL_EXTENDED_YEAR, &status), ucal_get(cal, UCAL_MONTH, &status) + 1, ucal_get(cal, UCAL_DATE, &status)};
    ucal_close(cal);
    if (U_FAILURE(status)) return std::nullopt;
    return d;
}

Date easter_sunday(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return {y, month, day};
}

namespace {

constexpr double kPi = 3.14159265358979323846;
double rad(double deg) { return deg * kPi / 180.0; }
double norm360(double a) { a = std::fmod(a, 360.0); return a < 0 ? a + 360.0 : a; }

// Julian day of 00:00 UTC on a Gregorian date.
double julian_day(Date d) { return 2440587.5 + static_cast<double>(days_from_civil(d)); }

// Apparent geocentric longitudes (degrees) of the Sun and the Moon: the main terms of Meeus,
// Astronomical Algorithms ch. 25 and 47 (a few hundredths of a degree; a tithi is 12 degrees).
double sun_longitude(double jd) {
    const double t = (jd - 2451545.0) / 36525.0;
    const double l0 = 280.46646 + 36000.76983 * t, m = rad(357.52911 + 35999.05029 * t);
    const double c = (1.914602 - 0.004817 * t) * std::sin(m) + 0.019993 * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
    return norm360(l0 + c - 0.00569);
}

double moon_longitude(double jd) {
    const double t = (jd - 2451545.0) / 36525.0;
    const double l = 218.3164477 + 481267.88123421 * t, d = 297.8501921 + 445267.1114034 * t;
    const double m = 357.5291092 + 35999.0502909 * t, mp = 134.9633964 + 477198.8675055 * t;
    const double f = 93.2720950 + 483202.0175233 * t;
    static const struct { int d, m, mp, f; double s; } terms[] = {
        {0, 0, 1, 0, 6.288774},  {2, 0, -1, 0, 1.274027}, {2, 0, 0, 0, 0.658314},  {0, 0, 2, 0, 0.213618},
        {0, 1, 0, 0, -0.185116}, {0, 0, 0, 2, -0.114332}, {2, 0, -2, 0, 0.058793}, {2, -1, -1, 0, 0.057066},
        {2, 0, 1, 0, 0.053322},  {2, -1, 0, 0, 0.045758}, {0, 1, -1, 0, -0.040923}, {1, 0, 0, 0, -0.034720},
        {0, 1, 1, 0, -0.030383}, {2, 0, 0, -2, 0.015327}, {0, 0, 1, 2, -0.012528}, {0, 0, 1, -2, 0.010980},
        {4, 0, -1, 0, 0.010675}, {0, 0, 3, 0, 0.010034},  {4, 0, -2, 0, 0.008548},  {2, 1, -1, 0, -0.007888},
        {2, 1, 0, 0, -0.006766}, {1, 0, -1, 0, -0.005163}, {1, 1, 0, 0, 0.004987},  {2, -1, 1, 0, 0.004036},
        {2, 0, 2, 0, 0.003994},  {4, 0, 0, 0, 0.003861},  {2, 0, -3, 0, 0.003665},  {0, 1, -2, 0, -0.002689},
    };
    double sum = 0;
    for (const auto& k : terms) sum += k.s * std::sin(rad(k.d * d + k.m * m + k.mp * mp + k.f * f));
    return norm360(l + sum);
}

// Lahiri ayanamsa: the sidereal zodiac lags the tropical one by about 23.85 degrees in 2000.
double ayanamsa(double jd) { return 23.853 + (jd - 2451545.0) / 365.25 * 0.013969; }
double sidereal_sun(double jd) { return norm360(sun_longitude(jd) - ayanamsa(jd)); }
double elongation(double jd) { return norm360(moon_longitude(jd) - sun_longitude(jd)); }

// India (UTC+5:30): the Julian day of an hour of a civil day.
double ist(Date d, double hour) { return julian_day(d) + (hour - 5.5) / 24.0; }

// Sunrise in northern India, in hours: 7:14 in early January, 5:22 in late June.
double sunrise_hour(Date d) {
    const double doy = static_cast<double>(days_from_civil(d) - days_from_civil({d.y, 1, 1}));
    return 6.3 + 0.95 * std::cos(2 * kPi * (doy + 9) / 365.25);
}

// New moons (elongation 0) between two Julian days, found day by day then halved.
std::vector<double> new_moons(double from, double to) {
    std::vector<double> out;
    double prev = elongation(from);
    for (double jd = from + 1; jd <= to; jd += 1) {
        double e = elongation(jd);
        if (e < prev - 180) {  // wrapped past 360
            double lo = jd - 1, hi = jd;
            for (int i = 0; i < 40; ++i) {
                double mid = (lo + hi) / 2;
                (elongation(mid) > 180 ? lo : hi) = mid;
            }
            out.push_back((lo + hi) / 2);
        }
        prev = e;
    }
    return out;
}

}  // namespace

namespace {
// Each search walks a year of sunrises: remembered per thread (an article names a feast many times).
template <typename F>
std::optional<Date> remembered(int kind, int year, int a, int b, int c, F compute) {
    thread_local std::map<std::array<int, 5>, std::optional<Date>> cache;
    const std::array<int, 5> key{kind, year, a, b, c};
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    if (cache.size() > 4096) cache.clear();
    return cache[key] = compute();
}
std::optional<Date> lunar_day(int year, int month, int tithi, int hour);
std::optional<Date> solar_day(int year, int sign);
std::optional<Date> nakshatra_day(int year, int sign, int nakshatra);
}  // namespace

std::optional<Date> hindu_lunar_day(int year, int month, int tithi, int hour) {
    return remembered(0, year, month, tithi, hour, [&] { return lunar_day(year, month, tithi, hour); });
}
std::optional<Date> hindu_solar_day(int year, int sign) {
    return remembered(1, year, sign, 0, 0, [&] { return solar_day(year, sign); });
}
std::optional<Date> hindu_nakshatra_day(int year, int sign, int nakshatra) {
    return remembered(2, year, sign, nakshatra, 0, [&] { return nakshatra_day(year, sign, nakshatra); });
}

namespace {
std::optional<Date> lunar_day(int year, int month, int tithi, int hour) {
    if (month < 1 || month > 12 || tithi < 1 || tithi > 30 || year < -9999 || year > 9999) return std::nullopt;
    const double start = julian_day({year - 1, 11, 1}), end = julian_day({year + 1, 2, 1});
    const std::vector<double> moons = new_moons(start, end);
    if (moons.size() < 2) return std::nullopt;
    // Each lunation's month: named by the sign the Sun is in when it begins (Meena: Chaitra);
    // none when the Sun enters no sign during it (an adhika month).
    auto month_at = [&](double jd) {
        for (size_t i = 0; i + 1 < moons.size(); ++i)
            if (jd >= moons[i] && jd < moons[i + 1]) {
                int first = static_cast<int>(sidereal_sun(moons[i]) / 30), last = static_cast<int>(sidereal_sun(moons[i + 1]) / 30);
                if (first == last) return 0;
                return (first + 1) % 12 + 1;
            }
        return -1;
    };
    auto tithi_at = [&](double jd) { return static_cast<int>(elongation(jd) / 12) + 1; };
    int before = 0;
    for (Date d{year, 1, 1}; d.y == year; d = add_days(d, 1)) {
        const double when = ist(d, hour == 6 ? sunrise_hour(d) : hour);
        const int t = tithi_at(when);
        // The tithi at that hour, or one that began and ended between two days (kshaya).
        const bool skipped = before == (tithi == 1 ? 30 : tithi - 1) && t == (tithi == 30 ? 1 : tithi + 1);
        if ((t == tithi || skipped) && month_at(t == tithi ? when : when - 0.5) == month) return d;
        before = t;
    }
    return std::nullopt;
}

std::optional<Date> solar_day(int year, int sign) {
    if (sign < 1 || sign > 12 || year < -9999 || year > 9999) return std::nullopt;
    const double target = (sign - 1) * 30.0;
    for (Date d{year, 1, 1}; d.y == year; d = add_days(d, 1)) {
        const double a = ist(d, 0), b = ist(d, 24);
        const double sa = norm360(sidereal_sun(a) - target), sb = norm360(sidereal_sun(b) - target);
        if (sa > 300 && sb < 60) {  // the Sun crosses the sign's first degree this day
            double lo = a, hi = b;
            for (int i = 0; i < 40; ++i) {
                double mid = (lo + hi) / 2;
                (norm360(sidereal_sun(mid) - target) > 180 ? lo : hi) = mid;
            }
            const double hour = ((lo - julian_day(d)) * 24.0) + 5.5;
            return hour >= 18.0 ? add_days(d, 1) : d;  // after sunset the next day keeps it
        }
    }
    return std::nullopt;
}

std::optional<Date> nakshatra_day(int year, int sign, int nakshatra) {
    if (sign < 1 || sign > 12 || nakshatra < 1 || nakshatra > 27 || year < -9999 || year > 9999) return std::nullopt;
    for (Date d{year, 1, 1}; d.y == year; d = add_days(d, 1)) {
        const double when = ist(d, sunrise_hour(d));
        if (static_cast<int>(sidereal_sun(when) / 30) + 1 != sign) continue;
        const double moon = norm360(moon_longitude(when) - ayanamsa(when));
        if (static_cast<int>(moon / (360.0 / 27)) + 1 == nakshatra) return d;
    }
    return std::nullopt;
}

}  // namespace

std::optional<Date> parsi_day(int year, int month, int day) {
    if (month < 1 || month > 13 || day < 1 || day > 30) return std::nullopt;
    // 1 Farvardin 1388 YZ (Shahenshahi) was 2018-08-17; every year is 365 days.
    const long epoch = days_from_civil({2018, 8, 17}), offset = (month - 1) * 30L + (day - 1);
    const long first = days_from_civil({year, 1, 1});
    long k = (first - epoch - offset) / 365 - 1;
    for (int i = 0; i < 4; ++i, ++k) {
        const Date d = civil_from_days(epoch + 365 * k + offset);
        if (d.y == year) return d;
    }
    return std::nullopt;
}

Date orthodox_easter_sunday(int y) {
    int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
    // Julian to Gregorian: the gap grows by a day in each century year not divisible by 400.
    return add_days({y, month, day}, y / 100 - y / 400 - 2);
}

bool parse_iso_date(const std::string& s, Date& date, int& hour, int& minute) {
    hour = minute = -1;
    int y = 0, m = 0, d = 0, hh = -1, mm = -1, consumed = 0;
    if (std::sscanf(s.c_str(), "%4d-%2d-%2d%n", &y, &m, &d, &consumed) != 3 || consumed != 10) return false;
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return false;
    if (s.size() > 10) {
        if (s[10] != 'T' && s[10] != ' ') return false;
        if (std::sscanf(s.c_str() + 11, "%2d:%2d", &hh, &mm) != 2 || hh < 0 || hh > 23 || mm < 0 || mm > 59) return false;
        hour = hh;
        minute = mm;
    }
    date = {y, m, d};
    return true;
}

std::string format_day(Date date) {
    // The usual date, a year of four digits, is written in place: a document formats thousands
    // (each value, start and end), and building it from pieces cost more than resolving it.
    if (date.y >= 1000 && date.y <= 9999 && date.m >= 0 && date.m <= 99 && date.d >= 0 && date.d <= 99) {
        auto digit = [](int v) { return static_cast<char>('0' + v); };
        const char out[] = {digit(date.y / 1000), digit(date.y / 100 % 10), digit(date.y / 10 % 10), digit(date.y % 10), '-',
                            digit(date.m / 10),   digit(date.m % 10),      '-',                     digit(date.d / 10), digit(date.d % 10)};
        return std::string(out, sizeof out);
    }
    std::string out = format_month(date.y, date.m);
    out += date.d < 10 ? "-0" : "-";
    out += std::to_string(date.d);
    return out;
}

std::string format_month(int y, int m) {
    std::string out = format_year(y);
    out += m < 10 ? "-0" : "-";
    out += std::to_string(m);
    return out;
}

std::string format_year(int y) {
    // Astronomical year 0 is 1 BC: TimeML writes BC0001. Four digits at least (no printf: a
    // document formats thousands of these).
    const std::string digits = std::to_string(y <= 0 ? 1 - y : y);
    std::string out = y <= 0 ? "BC" : "";
    if (digits.size() < 4) out.append(4 - digits.size(), '0');
    out += digits;
    return out;
}

}  // namespace tarikh
