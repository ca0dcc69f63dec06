// Calendar arithmetic on proleptic Gregorian days, ISO weeks, and Hijri conversion (ICU).
#pragma once

#include <cstdint>
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

// The other calendars dates are written in: Umm al-Qura (Hijri), Hebrew, Chinese and the
// Persian Solar Hijri (through ICU). Years are each calendar's own extended years (1445, 5784,
// 4661, 1402); months count from 1 in ICU's order (Hebrew: Tishri = 1 … Nisan = 8 … Elul = 13,
// Adar I = 6 only in leap years; Persian: Farvardin = 1). The values are those of a Spec's `cal`
// (4-8 are the Julian and Hindu reckonings, which resolve.cpp computes itself).
enum class Calendar : uint8_t { Gregorian, Hijri, Hebrew, Chinese, Persian = 9 };
std::optional<Date> to_gregorian(Calendar cal, int year, int month, int day);
std::optional<Date> from_gregorian(Calendar cal, Date date);
inline std::optional<Date> hijri_to_gregorian(int year, int month, int day) { return to_gregorian(Calendar::Hijri, year, month, day); }
inline std::optional<Date> gregorian_to_hijri(Date date) { return from_gregorian(Calendar::Hijri, date); }

// The Hindu lunisolar calendar as observed in India (amanta months named by the sidereal sign
// the Sun enters during them, Lahiri ayanamsa, tithis from the Sun's and Moon's longitudes):
// the day of Gregorian year `year` on which tithi `tithi` (1-15 bright half, 16-30 dark half,
// 30 the new moon) of lunar month `month` (1 Chaitra ... 12 Phalguna, leap months skipped)
// prevails at `hour` (Indian time: 6 sunrise, 18 evening, 24 midnight).
std::optional<Date> hindu_lunar_day(int year, int month, int tithi, int hour);
// The day of Gregorian year `year` on which the Sun enters sidereal sign `sign` (1 Mesha ...
// 12 Meena), the next day when it does so after sunset (Indian time).
std::optional<Date> hindu_solar_day(int year, int sign);
// The day in the solar month of sidereal sign `sign` of Gregorian year `year` whose sunrise
// finds the Moon in nakshatra `nakshatra` (1 Ashvini ... 22 Shravana ... 27 Revati): Onam.
std::optional<Date> hindu_nakshatra_day(int year, int sign, int nakshatra);
// The Parsi (Shahenshahi) calendar: twelve months of 30 days and five Gatha days, 365 days a
// year with no leap day; the day of Gregorian year `year` that is `day` of `month`.
std::optional<Date> parsi_day(int year, int month, int day);

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
Date easter_sunday(int year);
// Orthodox Easter Sunday (the Julian computus), as its Gregorian day.
Date orthodox_easter_sunday(int year);

// "2024-03-14" or "2024-03-14T10:30[:00]"; hour/minute are -1 when absent.
bool parse_iso_date(const std::string& s, Date& date, int& hour, int& minute);

std::string format_day(Date date);        // 2024-03-14
std::string format_month(int y, int m);   // 2024-03
std::string format_year(int y);           // 2024, 0300; 0 and below are BC: -43 → "BC0044"

}  // namespace tarikh
