// The merged timeline. Two events of different documents report the same happening when their
// dates agree (the same value, or a day inside the other's week or month) and they share an
// actor, a place or enough title words. Candidates are bucketed by month, so merging stays
// linear in the number of events for any realistic spread of dates.
#include "timeline.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "text.hpp"

namespace tarikh {
namespace {

constexpr double kSharedWords = 0.25;  // Jaccard similarity of title words that says "same story"

// Lower-cased words of three letters or more: what two titles of one happening share.
std::set<std::u32string> title_words(const std::string& title) {
    std::u32string cps;
    decode_utf8(title, cps);
    std::set<std::u32string> words;
    std::u32string w;
    auto flush = [&] {
        if (w.size() >= 3) words.insert(w);
        w.clear();
    };
    for (char32_t c : cps) {
        bool letter = c >= 0x0600 ? (c <= 0x06FF) : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= 0xC0 && c < 0x250);
        if (letter) w.push_back(c < 0x80 ? (c | 0x20) : c);
        else flush();
    }
    flush();
    return words;
}

bool share_any(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

bool dates_agree(const When& a, const When& b) {
    if (a.value == b.value) return true;
    if (a.start.empty() || b.start.empty()) return false;
    // A day inside the other's week or month ("10 January" and "in January").
    const bool a_fine = granularity_rank(a.granularity) <= 1, b_fine = granularity_rank(b.granularity) <= 1;
    if (a_fine == b_fine) return false;
    const When& day = a_fine ? a : b;
    const When& span = a_fine ? b : a;
    return granularity_rank(span.granularity) <= 3 && day.start >= span.start && day.start <= span.end;
}

struct Candidate {
    size_t entry;
    const Event* event;
    std::set<std::u32string> words;
};

}  // namespace

int granularity_rank(const std::string& g) {
    static const char* order[] = {"time", "day", "week", "month", "quarter", "season", "half", "year", "decade", "century"};
    for (int i = 0; i < 10; ++i)
        if (g == order[i]) return i;
    return 10;
}

std::vector<TimelineEntry> build_timeline(const std::vector<DocumentResult>& docs, bool merge) {
    std::vector<TimelineEntry> out;
    std::unordered_map<std::string, std::vector<Candidate>> by_month;  // "2024-01" → entries seen
    for (size_t d = 0; d < docs.size(); ++d)
        for (const Event& e : docs[d].events) {
            const int doc = static_cast<int>(d);
            if (merge && !e.when.start.empty()) {
                auto& bucket = by_month[e.when.start.substr(0, 7)];
                auto words = title_words(e.title);
                auto same = std::find_if(bucket.begin(), bucket.end(), [&](const Candidate& c) {
                    const TimelineEntry& t = out[c.entry];
                    if (std::any_of(t.sources.begin(), t.sources.end(), [&](const TimelineSource& s) { return s.doc == doc; }))
                        return false;  // one happening is told once per article
                    if (!dates_agree(c.event->when, e.when)) return false;
                    if (share_any(c.event->keys, e.keys)) return true;
                    size_t shared = 0;
                    for (const auto& w : words) shared += c.words.count(w);
                    const size_t all = words.size() + c.words.size() - shared;
                    return all > 0 && static_cast<double>(shared) / all >= kSharedWords;
                });
                if (same != bucket.end()) {
                    TimelineEntry& t = out[same->entry];
                    t.sources.push_back({doc, e.id});
                    // The entry keeps the most precise date its sources give.
                    if (granularity_rank(e.when.granularity) < granularity_rank(t.when.granularity)) t.when = e.when;
                    continue;
                }
                bucket.push_back({out.size(), &e, std::move(words)});
            }
            out.push_back({"", e.title, e.when, {{doc, e.id}}});
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
