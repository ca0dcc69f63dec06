#include "timeline_model.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>

#include "dates.hpp"

namespace tarikh::web {

namespace {

// Splits `line` at tabs into at most N fields; fields past the last tab are empty.
template <size_t N>
std::array<std::string_view, N> fields(std::string_view line) {
    std::array<std::string_view, N> out{};
    for (size_t i = 0; i < N && !line.empty(); ++i) {
        const size_t tab = line.find('\t');
        out[i] = line.substr(0, tab);
        line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    }
    return out;
}

int number(std::string_view text, int fallback) {
    int n = fallback;
    std::from_chars(text.data(), text.data() + text.size(), n);
    return n;
}

Part part_of(std::string_view mod) {
    if (mod == "START") return Part::Start;
    if (mod == "MID") return Part::Mid;
    if (mod == "END") return Part::End;
    if (mod == "BEFORE" || mod == "ON_OR_BEFORE") return Part::Before;
    if (mod == "AFTER" || mod == "ON_OR_AFTER") return Part::After;
    return Part::Whole;
}

// Fills start/end/mark from the contract's `when` fields; false when the entry has no date.
bool place(Entry& e, std::string_view start, std::string_view end) {
    double first, last;
    if (!parse_day(start, first)) return false;
    if (!parse_day(end, last) || last < first) last = first;
    e.start = first;
    e.end = last + 1;
    double from, to;
    if (e.granularity == "time" && first == last && time_of_day_span(e.value, from, to)) {
        e.start = first + from;
        e.end = first + to;
        e.mark = to - from <= 1.0 / 24 + 1e-9 ? Mark::Point : Mark::Bar;
    } else if (e.granularity == "day" || e.granularity == "time") {
        e.mark = first == last ? Mark::Point : Mark::Span;
    } else {
        e.mark = Mark::Bar;
    }
    return true;
}

}  // namespace

int Model::find(int key) const {
    for (size_t i = 0; i < entries.size(); ++i)
        if (entries[i].key == key) return static_cast<int>(i);
    return -1;
}

Model parse_model(std::string_view text) {
    Model m;
    std::map<std::string, int, std::less<>> actor_index;
    while (!text.empty()) {
        const size_t newline = text.find('\n');
        const std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        if (line.starts_with("D\t")) {
            const auto [name, dct] = fields<2>(line.substr(2));
            m.docs.emplace_back(name);
            double day;
            m.doc_dct.push_back(parse_day(dct, day) ? day : std::numeric_limits<double>::quiet_NaN());
            continue;
        }
        if (!line.starts_with("E\t")) continue;
        const auto [key, title, value, start, end, granularity, mod, approximate, written, docs, actor] =
            fields<11>(line.substr(2));
        Entry e;
        e.key = number(key, -1);
        e.title = title;
        e.value = value;
        e.written = written;
        e.granularity = granularity;
        e.part = part_of(mod);
        e.approximate = approximate == "1" || mod == "APPROX";
        if (!place(e, start, end)) continue;
        for (std::string_view rest = docs; !rest.empty();) {
            const size_t comma = rest.find(',');
            e.docs.push_back(number(rest.substr(0, comma), 0));
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
        if (!actor.empty()) {
            auto it = actor_index.find(actor);
            if (it == actor_index.end()) {
                it = actor_index.emplace(std::string(actor), static_cast<int>(m.actors.size())).first;
                m.actors.emplace_back(actor);
            }
            e.actor = it->second;
        }
        m.entries.push_back(std::move(e));
    }
    std::stable_sort(m.entries.begin(), m.entries.end(),
                     [](const Entry& a, const Entry& b) { return a.start < b.start; });
    if (!m.entries.empty()) {
        m.lo = m.entries.front().start;
        m.hi = m.entries.front().end;
        for (const Entry& e : m.entries) {
            m.hi = std::max(m.hi, e.end);
            m.max_length = std::max(m.max_length, e.end - e.start);
        }
    }
    return m;
}

}  // namespace tarikh::web
