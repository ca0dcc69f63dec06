#include "labels.hpp"

#include <algorithm>

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

void Labels::variant(Variants& v, size_t k) {
    if (v.width[k] >= 0) return;
    std::string prefix;
    for (size_t i = 0; i <= k; ++i) prefix += (i ? " " : "") + v.words[i];
    v.text[k] = visual_label(k + 1 < v.words.size() ? prefix + "…" : prefix);
    v.width[k] = width_of(v.text[k]);
}

Labels::Fit Labels::fit(int id, const std::string& logical, float max_width) {
    auto [it, added] = fits_.try_emplace(id);
    Variants& v = it->second;
    if (added) {
        v.words = words_of(logical);
        const size_t n = std::min(v.words.size(), kMaxWords);
        v.text.resize(n);
        v.width.assign(n, -1);
    }
    if (v.text.empty()) return {};
    // Widths grow with the word count: binary search for the longest prefix that fits.
    size_t lo = 0, hi = v.text.size();  // prefixes [0, lo) fit, [hi, n) do not
    while (lo < hi) {
        const size_t mid = hi == v.text.size() ? hi - 1 : (lo + hi) / 2;  // try the whole first
        variant(v, mid);
        if (v.width[mid] <= max_width) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return {};
    return {&v.text[lo - 1], v.width[lo - 1]};
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
