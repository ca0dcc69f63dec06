#include "timeline_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <nlohmann/json.hpp>

#include "dates.hpp"

namespace tarikh::web {

namespace {

std::string text(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Part part_of(const std::string& mod) {
    if (mod == "START") return Part::Start;
    if (mod == "MID") return Part::Mid;
    if (mod == "END") return Part::End;
    if (mod == "BEFORE" || mod == "ON_OR_BEFORE") return Part::Before;
    if (mod == "AFTER" || mod == "ON_OR_AFTER") return Part::After;
    return Part::Whole;
}

// Fills start/end/mark from the contract's `when` fields; false when the entry has no date.
bool place(Entry& e, const std::string& start, const std::string& end) {
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

Model parse_model(std::string_view json) {
    Model m;
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) return m;
    for (const auto& d : j.value("docs", nlohmann::json::array())) {
        m.docs.push_back(text(d, "name"));
        double dct;
        m.doc_dct.push_back(parse_day(text(d, "dct"), dct) ? dct : std::numeric_limits<double>::quiet_NaN());
    }
    std::map<std::string, int> actor_index;
    for (const auto& item : j.value("entries", nlohmann::json::array())) {
        Entry e;
        e.key = item.value("key", -1);
        e.title = text(item, "title");
        e.value = text(item, "value");
        e.written = text(item, "written");
        e.granularity = text(item, "granularity");
        e.part = part_of(text(item, "mod"));
        e.approximate = item.value("approximate", false) || text(item, "mod") == "APPROX";
        if (!place(e, text(item, "start"), text(item, "end"))) continue;
        for (const auto& d : item.value("docs", nlohmann::json::array()))
            if (d.is_number_integer()) e.docs.push_back(d.get<int>());
        if (const std::string actor = text(item, "actor"); !actor.empty()) {
            const auto [it, added] = actor_index.emplace(actor, static_cast<int>(m.actors.size()));
            if (added) m.actors.push_back(actor);
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
