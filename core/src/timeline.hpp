// The merged timeline of several documents: events reporting the same happening become one
// entry listing every source; entries sorted by first day, finer granularity first.
#pragma once

#include <vector>

#include "tarikh/tarikh.hpp"

namespace tarikh {

std::vector<TimelineEntry> build_timeline(const std::vector<DocumentResult>& docs, bool merge);

// The rank of a granularity, finest first (time < day < week < ... < century).
int granularity_rank(const std::string& granularity);

}  // namespace tarikh
