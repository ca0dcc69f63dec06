// Calendar arithmetic on proleptic Gregorian days, ISO weeks, and Hijri conversion (ICU).
#pragma once

#include <optional>
#include <string>

namespace tarikh {

struct Date {
    int y = 0, m = 1, d = 1;
    auto operator<=>(const Date&) const = default;
};

long days_from_civil(Date date);          // days since 1970-01-01
Date civil_from_days(long days);
int iso_weekday(Date date);               // 1 = Monday .. 7 = Sunday
int days_in_month(int y, int m);
Date add_days(Date date, long n);
Date add_months(Date date, int n);        // day clamped to the month's length
void iso_week(Date date, int& iso_year, int& week);
Date monday_of_iso_week(int iso_year, int week);

// Umm al-Qura (islamic-umalqura) to Gregorian and back; nullopt when ICU cannot say.
std::optional<Date> hijri_to_gregorian(int year, int month, int day);
std::optional<Date> gregorian_to_hijri(Date date);

// "2024-03-14" or "2024-03-14T10:30[:00]"; hour/minute are -1 when absent.
bool parse_iso_date(const std::string& s, Date& date, int& hour, int& minute);

std::string format_day(Date date);        // 2024-03-14
std::string format_month(int y, int m);   // 2024-03
std::string format_year(int y);           // 2024, 0300; 0 and below are BC: -43 → "BC0044"

}  // namespace tarikh
