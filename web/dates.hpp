// Calendar arithmetic for the canvas: the timeline's x axis is a continuous count of days since
// 1970-01-01 (fractions are times of day), on the proleptic Gregorian calendar the core uses.
#pragma once

#include <string_view>

namespace tarikh::web {

struct Civil {
    int year = 1970, month = 1, day = 1;
};

long days_from_civil(int year, int month, int day);
Civil civil_from_days(long days);

// "YYYY-MM-DD" (optionally followed by "Thh:mm" or a part of day such as "TEV") → days.
// Returns false for anything else (unknown dates are "", X's are not dates).
bool parse_day(std::string_view iso, double& day);

// The span a TIMEX3 time of day covers, in days since its date: "T17:00" → [17h, 18h),
// "TMO" (morning) → [6h, 12h). Returns false when `value` has no time part.
bool time_of_day_span(std::string_view value, double& from, double& to);

}  // namespace tarikh::web
