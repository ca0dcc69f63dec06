// Names of places and organisations (a language folder's gazetteer.tsv), found in text by the
// same kind of word trie as the lexicon, so "وبالولايات المتحدة" finds "الولايات المتحدة".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clitics.hpp"
#include "text.hpp"
#include "tokenize.hpp"
#include "word_trie.hpp"

namespace tarikh {

struct Gazetteer {
    enum Kind : uint8_t { Place, Org };
    struct Name {
        std::string surface;  // as the gazetteer writes it: what events report
        Kind kind;
        std::string key;      // the same in every language ("Cairo" for القاهرة and Le Caire)
    };
    std::vector<Name> names;
    WordTrie trie;                      // the names' folded words
    std::vector<int> name_at;           // per trie node: index into names, or -1
    Clitics clitics;                    // the language's clitics

    // The longest name starting at token i; returns its token length (0 = none).
    int match(const FoldedText& text, const std::vector<Token>& tokens, int i, int end, int& name) const;
};

// Parses "surface<TAB>place|org[<TAB>key]" lines (no key: the surface is the key); throws
// std::runtime_error("ar/gazetteer.tsv:3: ...").
Gazetteer load_gazetteer(std::string_view code, std::string_view tsv, const Clitics& clitics, const Folder& folder);

}  // namespace tarikh
