#include "hijri_axis.hpp"

#include <unicode/ucal.h>

#include <cmath>
#include <cstring>
#include <sstream>

namespace tarikh::web {

namespace {

constexpr double kMsPerDay = 86400000.0;

const char* const kArabicMonths[] = {"يناير", "فبراير", "مارس",   "أبريل",  "مايو",   "يونيو",
                                     "يوليو", "أغسطس",  "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
const char* const kEnglishMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                      "July",    "August",   "September", "October", "November", "December"};
const char* const kEnglishShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kEnglishDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char* const kArabicDays[] = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
const char* const kHijriArabic[] = {"محرم",  "صفر",   "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                                    "رجب",   "شعبان", "رمضان",      "شوال",       "ذو القعدة",    "ذو الحجة"};
const char* const kHijriEnglish[] = {"Muharram", "Safar",   "Rabi I",  "Rabi II",  "Jumada I",    "Jumada II",
                                     "Rajab",    "Shaaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"};

std::string arabic_digits(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            // U+0660 + digit, as UTF-8: D9 A0..A9.
            out += '\xD9';
            out += static_cast<char>(0xA0 + (c - '0'));
        } else {
            out += c;
        }
    }
    return out;
}

template <size_t N>
int find_word(const std::string& word, const char* const (&table)[N]) {
    for (size_t i = 0; i < N; ++i)
        if (word == table[i]) return static_cast<int>(i);
    return -1;
}

// One calendar for the page's lifetime: opening a calendar loads its rules each time.
UCalendar* umalqura() {
    static UCalendar* cal = [] {
        UErrorCode status = U_ZERO_ERROR;
        const UChar gmt[] = {'G', 'M', 'T', 0};
        UCalendar* c = ucal_open(gmt, 3, "ar@calendar=islamic-umalqura", UCAL_DEFAULT, &status);
        return U_SUCCESS(status) ? c : nullptr;
    }();
    return cal;
}

double day_of_hijri(int year, int month0) {
    UErrorCode status = U_ZERO_ERROR;
    ucal_clear(umalqura());
    ucal_setDate(umalqura(), year, month0, 1, &status);
    return std::floor(ucal_getMillis(umalqura(), &status) / kMsPerDay + 1e-9);
}

}  // namespace

std::string arabic_axis_label(const std::string& english) {
    std::istringstream words(english);
    std::string word, out;
    while (words >> word) {
        std::string arabic;
        if (const int m = find_word(word, kEnglishMonths); m >= 0) arabic = kArabicMonths[m];
        else if (const int s = find_word(word, kEnglishShort); s >= 0) arabic = kArabicMonths[s];
        else if (const int d = find_word(word, kEnglishDays); d >= 0) arabic = kArabicDays[d];
        else if (!word.empty() && word.back() == 's') arabic = "عقد " + arabic_digits(word.substr(0, word.size() - 1));
        else arabic = arabic_digits(word);
        out += (out.empty() ? "" : " ") + arabic;
    }
    return out;
}

std::vector<Tick> hijri_ticks(const TimelineView& view, bool arabic, float label_px) {
    std::vector<Tick> ticks;
    if (!umalqura()) return ticks;
    UErrorCode status = U_ZERO_ERROR;
    ucal_setMillis(umalqura(), std::floor(view.lo()) * kMsPerDay + kMsPerDay / 2, &status);
    int year = ucal_get(umalqura(), UCAL_YEAR, &status), month = ucal_get(umalqura(), UCAL_MONTH, &status);
    if (U_FAILURE(status)) return ticks;
    const double hijri_month = 29.53, hijri_year = 354.37;
    if (hijri_month * view.px_per_day() >= label_px) {  // months
        for (;; ++month) {
            if (month == 12) month = 0, ++year;
            const double day = day_of_hijri(year, month);
            const std::string name = arabic ? kHijriArabic[month] : kHijriEnglish[month];
            const std::string y = std::to_string(year);
            ticks.push_back({day, view.x_of(day), name + " " + (arabic ? arabic_digits(y) : y)});
            if (day > view.hi()) break;
        }
        return ticks;
    }
    int step = 1;  // years: 1, 2, 5, 10, 20, 50, ... so that labels never touch
    for (int k = 0; step * hijri_year * view.px_per_day() < label_px && step < 100000; ++k)
        step = (k % 3 == 1 ? step / 2 * 5 : step * 2);
    for (year -= ((year % step) + step) % step;; year += step) {
        const double day = day_of_hijri(year, 0);
        const std::string y = std::to_string(year);
        ticks.push_back({day, view.x_of(day), arabic ? arabic_digits(y) + " هـ" : y + " AH"});
        if (day > view.hi()) break;
    }
    return ticks;
}

}  // namespace tarikh::web
