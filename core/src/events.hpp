// Events: one per dated thing in the text, tied to its clause, with a short title.
#pragma once

#include <vector>

#include "analysis.hpp"
#include "tarikh/tarikh.hpp"

namespace tarikh {

std::vector<Event> build_events(const Analysed& a, const std::vector<Timex>& timexes);

}  // namespace tarikh
