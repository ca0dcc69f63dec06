// Tokens over the folded text: runs of letters, runs of digits, single punctuation marks.
// A token knows its folded bytes (what matching reads) and its original code-point span.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text.hpp"

namespace tarikh {

struct Token {
    enum Kind : uint8_t { Word, Number, Punct } kind = Word;
    uint32_t fb = 0, fe = 0;       // folded byte range
    int32_t begin = 0, end = 0;    // original code points, end exclusive
    bool upper = false;            // first letter uppercase in the original
    bool space_before = false;     // whitespace between this token and the previous one
    bool line_before = false;      // a line break in that whitespace: no expression goes across it
    uint8_t digits = 0;            // Number: how many digits
    long long value = 0;           // Number: its value (capped)
    uint64_t hash = 0;             // WordTrie::hash of the folded bytes: every lookup reuses it
};

void tokenize(const FoldedText& text, std::vector<Token>& out);

// The folded tokens of lexicon and gazetteer surfaces, as the text's tokens would read. One
// object reads a whole file and reuses its buffers: an engine's start folds thousands of lines.
class SurfaceTokenizer {
public:
    explicit SurfaceTokenizer(const Folder& folder) : folder_(folder) {}
    // The tokens' folded words, valid until the next call (they point into this object's buffers).
    const std::vector<std::string_view>& operator()(std::string_view surface);

private:
    const Folder& folder_;
    std::string lowered_;  // an ASCII surface, lowered
    std::u32string code_points_;
    FoldedText folded_;
    std::vector<Token> tokens_;
    std::vector<std::string_view> words_;
};

inline std::string_view token_text(const FoldedText& t, const Token& k) {
    return std::string_view(t.utf8).substr(k.fb, k.fe - k.fb);
}

}  // namespace tarikh
