// Language detection: the script first (Arabic letters against Latin ones), then, among the
// languages written in that script, the one whose frequent words ("stop" in the lexicon)
// occur most in the first few hundred tokens.
#pragma once

#include <string>
#include <vector>

#include "language.hpp"
#include "tokenize.hpp"

namespace tarikh {

class LanguageDetector {
public:
    explicit LanguageDetector(const std::vector<LanguageSummary>& languages);

    // The index of the language in the constructor's list; -1 only when the list is empty.
    int detect(const std::u32string& text, const FoldedText& folded, const std::vector<Token>& tokens) const;

private:
    std::vector<std::string> scripts_;  // per language
    // Every language's single-word stop words in one trie: a token is looked up once, for all
    // of them. stop_of_[node] has bit l set when the word is a stop word of languages_[l].
    WordTrie stop_words_;
    std::vector<uint64_t> stop_of_;
};

}  // namespace tarikh
