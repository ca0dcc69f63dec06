// Publication-date detection from a dateline or header: "CAIRO, Sept. 4, 2019 —",
// "بيروت - الخميس 4 أيار 2023", "Publié le 12/03/2021", "Updated 10:30 a.m. ET, Jan 5, 2022".
#pragma once

#include <optional>

#include "analysis.hpp"
#include "calendar.hpp"

namespace tarikh {

// A full date (day, month, year) near the top that reads as a dateline: sets a.dateline (the
// match) and a.body_begin (just after the dateline's dash), and returns the date.
// Reads the matches of the recogniser (before resolution) and the token flags.
std::optional<Date> detect_dct(Analysed& a);

}  // namespace tarikh
