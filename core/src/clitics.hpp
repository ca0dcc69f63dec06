// Clitics: prefixes glued before a word (Arabic و ف ب ل ك ال and their combinations), and how
// to take them off. Some swallow the article: "للعام" is ل + العام, so after "لل" the article
// comes back ("عام" would miss "العام" where the lexicon or gazetteer spells it so).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tarikh {

// Whether `word` starts with `prefix`: a byte loop, as most prefixes differ from the word at
// its first or second byte (a call to memcmp costs more than that).
inline bool starts_with_bytes(std::string_view word, std::string_view prefix) {
    if (word.size() < prefix.size()) return false;
    for (size_t k = 0; k < prefix.size(); ++k)
        if (word[k] != prefix[k]) return false;
    return true;
}

struct Clitics {
    std::vector<std::string> prefixes;          // longest first
    std::vector<std::string> article_prefixes;  // prefixes that stand for ل + the article
    std::string article;                        // "ال"

    // Calls try_stem(stem) for the word without each prefix (a stem keeps two letters at least),
    // and again with the article restored where the prefix swallowed it, until it returns true.
    template <class F>
    bool strip(std::string_view word, F try_stem) const {
        for (const std::string& p : prefixes) {
            if (word.size() < p.size() + 4 || !starts_with_bytes(word, p)) continue;
            std::string_view stem = word.substr(p.size());
            if (try_stem(stem)) return true;
            for (const std::string& a : article_prefixes)
                if (a == p && try_stem(article + std::string(stem))) return true;
        }
        return false;
    }
};

}  // namespace tarikh
