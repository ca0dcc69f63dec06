#include "timeline.hpp"

#include <algorithm>
#include <unordered_map>

namespace tarikh {

int granularity_rank(const std::string& g) {
    static const char* order[] = {"time", "day", "week", "month", "quarter", "season", "half", "year", "decade", "century"};
    for (int i = 0; i < 10; ++i)
        if (g == order[i]) return i;
    return 10;
}

std::vector<TimelineEntry> build_timeline(const std::vector<DocumentResult>& docs, bool merge) {
    std::vector<TimelineEntry> out;
    // Events of different documents with the same date value are candidates for one entry.
    std::unordered_map<std::string, std::vector<size_t>> by_value;
    for (size_t d = 0; d < docs.size(); ++d)
        for (const Event& e : docs[d].events) {
            if (merge) {
                auto& bucket = by_value[e.when.value];
                auto same = std::find_if(bucket.begin(), bucket.end(), [&](size_t i) {
                    return std::none_of(out[i].sources.begin(), out[i].sources.end(),
                                        [&](const TimelineSource& s) { return s.doc == static_cast<int>(d); });
                });
                if (same != bucket.end()) {
                    out[*same].sources.push_back({static_cast<int>(d), e.id});
                    continue;
                }
                bucket.push_back(out.size());
            }
            out.push_back({"", e.title, e.when, {{static_cast<int>(d), e.id}}});
        }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.when.start.empty() != b.when.start.empty()) return b.when.start.empty();
        if (a.when.start != b.when.start) return a.when.start < b.when.start;
        return granularity_rank(a.when.granularity) < granularity_rank(b.when.granularity);
    });
    for (size_t i = 0; i < out.size(); ++i) out[i].id = "t" + std::to_string(i + 1);
    return out;
}

}  // namespace tarikh
