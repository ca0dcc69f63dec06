#include "labels.hpp"

#include "bidi_label.hpp"
#include "imgui.h"

namespace tarikh::web {

namespace {

constexpr size_t kMaxWords = 12;  // a canvas label is a headline, the card has the rest

std::vector<std::string> words_of(const std::string& s) {
    std::vector<std::string> words;
    size_t i = 0;
    while (i < s.size()) {
        const size_t j = s.find(' ', i);
        const size_t end = j == std::string::npos ? s.size() : j;
        if (end > i) words.push_back(s.substr(i, end - i));
        i = end + 1;
    }
    return words;
}

float width_of(const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x; }

}  // namespace

Labels::Fit Labels::fit(int id, const std::string& logical, float max_width) {
    auto [it, added] = fits_.try_emplace(id);
    Variants& v = it->second;
    if (added) {
        const std::vector<std::string> words = words_of(logical);
        std::string prefix;
        for (size_t k = 0; k < words.size() && k < kMaxWords; ++k) {
            prefix += (k ? " " : "") + words[k];
            const bool cut = k + 1 < words.size();
            v.text.push_back(visual_label(cut ? prefix + "…" : prefix));
            v.width.push_back(width_of(v.text.back()));
        }
    }
    Fit best;
    for (size_t k = 0; k < v.text.size() && v.width[k] <= max_width; ++k) best = {&v.text[k], v.width[k]};
    return best;
}

std::vector<std::string> Labels::wrap(const std::string& logical, float width, int max_lines) {
    std::vector<std::string> lines;
    std::string current;
    const std::vector<std::string> words = words_of(logical);
    for (size_t k = 0; k < words.size(); ++k) {
        const std::string candidate = current.empty() ? words[k] : current + " " + words[k];
        if (current.empty() || width_of(visual_label(candidate)) <= width) {
            current = candidate;
            continue;
        }
        if (static_cast<int>(lines.size()) + 1 == max_lines) {
            current += "…";
            break;
        }
        lines.push_back(visual_label(current));
        current = words[k];
    }
    if (!current.empty()) lines.push_back(visual_label(current));
    return lines;
}

const std::string& Labels::line(const std::string& logical) {
    auto [it, added] = lines_.try_emplace(logical);
    if (added) it->second = visual_label(logical);
    return it->second;
}

void Labels::clear() {
    fits_.clear();
    lines_.clear();
}

}  // namespace tarikh::web
