#include "calendar.hpp"

#include <unicode/ucal.h>

#include <cstdio>

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

// A calendar on GMT: plain dates need no time-zone data.
UCalendar* open_calendar(Calendar cal, UErrorCode& status) {
    static const UChar gmt[] = {'G', 'M', 'T', 0};
    const char* locale = cal == Calendar::Hijri ? "en@calendar=islamic-umalqura" : cal == Calendar::Hebrew ? "en@calendar=hebrew"
                       : cal == Calendar::Chinese ? "en@calendar=chinese" : "en@calendar=gregorian";
    return ucal_open(gmt, 3, locale, UCAL_DEFAULT, &status);
}

}  // namespace

std::optional<Date> to_gregorian(Calendar which, int year, int month, int day) {
    UErrorCode status = U_ZERO_ERROR;
    UCalendar* cal = open_calendar(which, status);
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
    UCalendar* cal = open_calendar(which, status);
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

std::string format_day(Date date) { return format_month(date.y, date.m) + (date.d < 10 ? "-0" : "-") + std::to_string(date.d); }

std::string format_month(int y, int m) { return format_year(y) + (m < 10 ? "-0" : "-") + std::to_string(m); }

std::string format_year(int y) {
    // Astronomical year 0 is 1 BC: TimeML writes BC0001.
    char buf[16];
    std::snprintf(buf, sizeof buf, y <= 0 ? "BC%04d" : "%04d", y <= 0 ? 1 - y : y);
    return buf;
}

}  // namespace tarikh
