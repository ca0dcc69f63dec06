#include "tokenize.hpp"

#include <algorithm>

#include "word_trie.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tarikh {

void tokenize(const FoldedText& text, std::vector<Token>& out) {
    out.clear();
    out.reserve(text.utf8.size() / 4);  // about a token per word and its space
    const auto* s = reinterpret_cast<const uint8_t*>(text.utf8.data());
    const auto n = static_cast<int32_t>(text.utf8.size());
    const uint8_t* dropped = text.dropped.data();
    const auto code_points = static_cast<int32_t>(text.dropped.size());
    bool space = true, line = false;
    Token cur;
    bool open = false;
    auto close = [&](int32_t at) {
        if (!open) return;
        cur.fe = static_cast<uint32_t>(at);
        cur.hash = WordTrie::hash(token_text(text, cur));
        cur.end = text.source[at - 1] + 1;
        // Marks and tatweel that folding dropped after the word still belong to it ("هـ").
        while (cur.end < code_points && dropped[cur.end]) ++cur.end;
        out.push_back(cur);
        open = false;
    };
    // The rest of a word or number in a tight loop: ASCII letters and digits (most of a
    // Latin-script text), and the Arabic letters U+0621–U+064A (D8 A1–D8 BF, D9 80–D9 8A), all
    // of which u_isalpha accepts (most of an Arabic text, once folded).
    auto skip_run = [&](int32_t& i) {
        if (cur.kind == Token::Word) {
            while (i < n) {
                if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ++i;
                else if (i + 1 < n && ((s[i] == 0xD8 && s[i + 1] >= 0xA1 && s[i + 1] <= 0xBF) ||
                                       (s[i] == 0xD9 && s[i + 1] >= 0x80 && s[i + 1] <= 0x8A)))
                    i += 2;
                else break;
            }
            return;
        }
        for (; i < n && s[i] >= '0' && s[i] <= '9'; ++i) {
            if (cur.digits < 18) cur.value = cur.value * 10 + (s[i] - '0');
            if (cur.digits < 255) ++cur.digits;  // saturates: a 300-digit run is no year
        }
    };
    for (int32_t i = 0; i < n;) {
        int32_t at = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        Token::Kind kind;
        if (c >= '0' && c <= '9') kind = Token::Number;
        else if (c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : (u_isalpha(c) || u_getCombiningClass(c) > 0 ||
                                                                       u_charType(c) == U_NON_SPACING_MARK))
            kind = Token::Word;
        else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(c) || c == 0x200B ||
                 c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0xFEFF || (c >= 0x202A && c <= 0x202E) ||
                 (c >= 0x2066 && c <= 0x2069)) {
            close(at);
            space = true;
            line = line || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
            continue;
        } else kind = Token::Punct;
        if (open && kind == cur.kind && kind != Token::Punct) {
            if (kind == Token::Number) {
                if (cur.digits < 18) cur.value = cur.value * 10 + (c - '0');
                if (cur.digits < 255) ++cur.digits;
            }
            skip_run(i);
            continue;
        }
        close(at);
        cur = Token{};
        cur.kind = kind;
        cur.fb = static_cast<uint32_t>(at);
        cur.begin = text.source[at];
        cur.upper = kind == Token::Word && text.upper[cur.begin];
        cur.space_before = space;
        cur.line_before = line;
        if (kind == Token::Number) {
            cur.digits = 1;
            cur.value = c - '0';
        }
        open = true;
        space = line = false;
        if (kind != Token::Punct) skip_run(i);
    }
    close(n);
}

const std::vector<std::string_view>& SurfaceTokenizer::operator()(std::string_view surface) {
    words_.clear();
    // ASCII letters and spaces alone (most English and French surfaces) are words between the
    // spaces, lowered, as folding and tokenising would make them.
    if (std::all_of(surface.begin(), surface.end(), [](char c) { return c == ' ' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); })) {
        lowered_.assign(surface);
        for (char& c : lowered_)
            if (c != ' ') c |= 0x20;
        const std::string_view text = lowered_;
        for (size_t i = 0, j = 0; i < text.size(); i = j) {
            for (j = i; j < text.size() && text[j] != ' ';) ++j;
            if (j == i) {
                ++j;  // a space
                continue;
            }
            words_.push_back(text.substr(i, j - i));
        }
        return words_;
    }
    decode_utf8(surface, code_points_);
    folder_.fold(code_points_, folded_);
    tokenize(folded_, tokens_);
    for (const Token& t : tokens_) words_.push_back(token_text(folded_, t));
    return words_;
}

}  // namespace tarikh
