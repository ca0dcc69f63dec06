#include "detect.hpp"

namespace tarikh {

LanguageDetector::LanguageDetector(const std::vector<LanguageSummary>& languages) {
    for (const LanguageSummary& l : languages) scripts_.push_back(l.script);
    for (size_t l = 0; l < languages.size() && l < 64; ++l)
        for (const std::vector<std::string>& words : languages[l].stop_words) {
            int node = WordTrie::kRoot;
            for (const std::string& w : words) node = stop_words_.add(node, w);
            if (node >= static_cast<int>(stop_of_.size())) stop_of_.resize(node + 1, 0);
            stop_of_[node] |= uint64_t{1} << l;
        }
    stop_of_.resize(stop_words_.nodes(), 0);
}

int LanguageDetector::detect(const std::u32string& text, const FoldedText& folded, const std::vector<Token>& tokens) const {
    const size_t count = scripts_.size();
    if (!count) return -1;
    constexpr size_t kScriptSample = 2000;  // letters: plenty to tell the script
    size_t arab = 0, latn = 0;
    for (size_t i = 0; i < text.size() && arab + latn < kScriptSample; ++i) {
        char32_t c = text[i];
        if ((c | 0x20) - U'a' < 26u) ++latn;  // the commoner test first
        else if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0xFB50 && c <= 0xFEFF)) ++arab;
    }
    const std::string script = arab > latn ? "Arab" : "Latn";
    std::vector<size_t> hits(count, 0);
    int candidates = 0;
    for (const std::string& s : scripts_) candidates += s == script;
    if (candidates > 1) {
        // A few hundred words tell one language from another; counting further only costs time.
        constexpr size_t kWordSample = 500;
        for (size_t i = 0; i < tokens.size() && i < kWordSample; ++i) {
            // The stop words starting here, for each language at most one ("l'" is two tokens).
            uint64_t found = 0;
            int node = WordTrie::kRoot;
            for (size_t j = i; j < tokens.size(); ++j) {
                node = stop_words_.child(node, token_text(folded, tokens[j]), tokens[j].hash);
                if (node < 0) break;
                found |= stop_of_[node];
            }
            for (size_t l = 0; found && l < count && l < 64; ++l) hits[l] += (found >> l) & 1;  // most words are none
        }
    }
    int best = -1;
    for (size_t l = 0; l < count; ++l)
        if (scripts_[l] == script && (best < 0 || hits[l] > hits[best])) best = static_cast<int>(l);
    return best < 0 ? 0 : best;
}

}  // namespace tarikh
