// The sentence splitter shows ICU only windows around terminators (core/src/segment.cpp): its
// sentences must be those of ICU's iterator walked over the whole text, whatever the text.
#include <catch2/catch.hpp>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>

#include "segment.hpp"

namespace {

// The sentences of ICU's iterator walked over the whole text, trimmed of white space and cut
// at line breaks the way SentenceSplitter documents.
std::vector<tarikh::Sentence> walked(const std::u32string& text, const std::string& lang) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale(lang.c_str()), status));
    REQUIRE(U_SUCCESS(status));
    const icu::UnicodeString u = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                                static_cast<int32_t>(text.size()));
    it->setText(u);
    std::vector<tarikh::Sentence> out;
    auto space = [&](int32_t i) { return text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'; };
    auto add = [&](int32_t b, int32_t e) {
        while (b < e && space(b)) ++b;
        while (e > b && space(e - 1)) --e;
        if (e > b) out.push_back({b, e});
    };
    int32_t prev = 0;
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        const int32_t to = u.countChar32(0, b);
        int32_t start = prev;
        for (int32_t i = prev; i < to; ++i)
            if (text[i] == '\n') {
                add(start, i);
                start = i + 1;
            }
        add(start, to);
        prev = to;
    }
    return out;
}

// The splitter's sentences of `text` (the k-th random one) are those ICU finds walking all of it.
void same_as_icu(const tarikh::SentenceSplitter& splitter, const std::u32string& text, const std::string& lang, int k) {
    const auto expected = walked(text, lang);
    const auto got = splitter.split(text);
    INFO(lang << " text " << k << " of " << text.size() << " code points");
    REQUIRE(got.size() == expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
        CHECK(got[i].begin == expected[i].begin);
        CHECK(got[i].end == expected[i].end);
    }
}

}  // namespace

TEST_CASE("sentences are ICU's, terminators, quotes, marks and separators in any order", "[segment]") {
    // Letters of each Sentence_Break class (one beyond the BMP), and everything else that
    // decides a boundary: terminators, closing marks, spaces, separators, marks, formats, digits.
    const std::u32string letters = U"abxABZéÉابلßωΩ\U0001D400\U00010428一";
    const std::u32string others = U"...!?\u061F\u06D4\u2026\u2024\u3002\uFF0E;,:-\u060C\"')([\u00AB\u00BB\u201D\u201C   \t\u00A0"
                                  U"\n\n\r\u2029\u0085\u2028\u0301\u064E\u200D\u200E\u00AD\uFEFF17\u0661\U0001F600$%/\uFFFD";
    std::mt19937 rng(7);
    for (const std::string lang : {"en", "ar", "fr"}) {
        const tarikh::SentenceSplitter splitter(lang);
        for (int k = 0; k < 3000; ++k) {
            std::u32string text;
            const int length = k % 10 == 0 ? static_cast<int>(rng() % 2000) : static_cast<int>(rng() % 120);
            const unsigned letter_share = rng() % 10;  // in tenths: from punctuation soup to prose
            for (int i = 0; i < length; ++i)
                text += rng() % 10 < letter_share ? letters[rng() % letters.size()] : others[rng() % others.size()];
            same_as_icu(splitter, text, lang, k);
        }
    }
}

TEST_CASE("sentences are ICU's in prose: words, terminators and spaces", "[segment]") {
    // The splitter answers the usual "word. Word" and "word.\n" itself (a terminator, spaces, then
    // a capital or an uncased letter and a letter, or a paragraph separator): prose exercises
    // those paths and their near misses.
    const std::vector<std::u32string> pieces = {U"talks", U"The", U"Mr", U"U", U"S", U"الضغوط", U"وقال", U"éTé", U"Ωmega", U"2023",
                                                U".", U".", U"!", U"?", U"\u061F", U"\u2026", U"\"", U")", U",", U" ", U" ", U" ",
                                                U"  ", U"\n", U"\n", U"\r\n", U"\r", U"\u2029", U"\u00A0", U"\u0301", U"\u200E", U"a", U"B"};
    std::mt19937 rng(11);
    for (const std::string lang : {"en", "ar", "fr"}) {
        const tarikh::SentenceSplitter splitter(lang);
        for (int k = 0; k < 2000; ++k) {
            std::u32string text;
            const int length = static_cast<int>(rng() % 60);
            for (int i = 0; i < length; ++i) text += pieces[rng() % pieces.size()];
            same_as_icu(splitter, text, lang, k);
        }
    }
}
