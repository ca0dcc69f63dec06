// Clitics: prefixes glued before a word (Arabic و ف ب ل ك ال and their combinations), and how
// to take them off. Some swallow the article: "للعام" is ل + العام, so after "لل" the article
// comes back ("عام" would miss "العام" where the lexicon or gazetteer spells it so).
#pragma once

#include <algorithm>
#include <cstdint>
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

// Whether `word` ends with `suffix`, the same way.
inline bool ends_with_bytes(std::string_view word, std::string_view suffix) {
    if (word.size() < suffix.size()) return false;
    const size_t from = word.size() - suffix.size();
    for (size_t k = 0; k < suffix.size(); ++k)
        if (word[from + k] != suffix[k]) return false;
    return true;
}

struct Clitics {
    std::vector<std::string> prefixes;          // longest first
    std::vector<std::string> article_prefixes;  // prefixes that stand for ل + the article
    std::vector<std::string> verb_prefixes;     // the prefixes a verb takes (و ف); none listed: any
    std::string article;                        // "ال"
    // The prefixes after which a word is a noun: the article, those that end in it ("بال"), and
    // article_prefixes (finish() fills it, once every setting is read).
    std::vector<std::string> noun_prefixes;
    // The prefixes grouped by their first character, each group longest first (finish() fills
    // it): a word is compared only with the group of its own first character, as strip() runs
    // for most words of an Arabic text, three times.
    struct Prefix {
        std::string text;
        bool article = false;  // one of article_prefixes: it swallowed the article
    };
    struct Group {
        uint32_t first = 0;  // the character's UTF-8 bytes, packed by first_character()
        std::vector<Prefix> prefixes;
    };
    std::vector<Group> groups;

    // The bytes of the character that opens `word`, packed in one number (0 for no word): a
    // group is found by comparing numbers, not strings byte by byte. (Words and prefixes are
    // folded text, valid UTF-8: the lead byte tells the character's length.)
    static uint32_t first_character(std::string_view word) {
        if (word.empty()) return 0;
        const auto lead = static_cast<unsigned char>(word[0]);
        const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (word.size() < length) return 0;
        uint32_t packed = 0;
        for (size_t k = 0; k < length; ++k) packed = packed << 8 | static_cast<unsigned char>(word[k]);
        return packed;
    }

    // Once every setting is read: the groups, and the noun prefixes.
    void finish() {
        groups.clear();
        for (const std::string& p : prefixes) {
            const uint32_t first = first_character(p);
            auto g = std::find_if(groups.begin(), groups.end(), [&](const Group& x) { return x.first == first; });
            if (g == groups.end()) g = groups.insert(groups.end(), Group{first, {}});
            g->prefixes.push_back({p, is_article_prefix(p)});
        }
        noun_prefixes.clear();
        if (article.empty()) return;
        for (const std::string& p : prefixes)
            if (ends_with_bytes(p, article)) noun_prefixes.push_back(p);
        if (std::find(noun_prefixes.begin(), noun_prefixes.end(), article) == noun_prefixes.end()) noun_prefixes.push_back(article);
        noun_prefixes.insert(noun_prefixes.end(), article_prefixes.begin(), article_prefixes.end());
    }

    // Whether `word` carries the article, alone or behind a clitic prefix that ends in it or
    // stands for it ("السياحة", "والسياسة", "للعام"): a noun.
    bool carries_article(std::string_view word) const {
        for (const std::string& p : noun_prefixes)
            if (word.size() > p.size() && starts_with_bytes(word, p)) return true;
        return false;
    }

    // Whether `prefix` stands for ل + the article ("لل").
    bool is_article_prefix(std::string_view prefix) const {
        for (const std::string& a : article_prefixes)
            if (a == prefix) return true;
        return false;
    }

    // Whether a verb may follow `prefix` ("وقال", but "بطلب" is ب + a noun, the request).
    bool takes_verb(std::string_view prefix) const {
        return verb_prefixes.empty() || std::find(verb_prefixes.begin(), verb_prefixes.end(), prefix) != verb_prefixes.end();
    }

    // Calls try_stem(stem) for the word without each prefix (a stem keeps two letters at least),
    // and again with the article restored where the prefix swallowed it, until it returns true.
    template <class F>
    bool strip(std::string_view word, F try_stem) const {
        if (groups.empty()) return false;  // a language without clitics
        const uint32_t first = first_character(word);
        for (const Group& g : groups) {
            if (g.first != first) continue;
            for (const Prefix& p : g.prefixes) {
                if (word.size() < p.text.size() + 4 || !starts_with_bytes(word, p.text)) continue;
                std::string_view stem = word.substr(p.text.size());
                if (try_stem(stem)) return true;
                if (p.article && try_stem(article + std::string(stem))) return true;
            }
            return false;  // no other group starts as the word does
        }
        return false;
    }
};

}  // namespace tarikh
