#include "segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

namespace tarikh {

std::vector<Sentence> split_sentences(const std::u32string& text, const icu::BreakIterator* prototype) {
    std::vector<Sentence> out;
    auto add = [&](int32_t b, int32_t e) {
        while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\r' || text[b] == '\t')) ++b;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\r' || text[e - 1] == '\t')) --e;
        if (e > b) out.push_back({b, e});
    };
    if (!prototype) {
        add(0, static_cast<int32_t>(text.size()));
        return out;
    }
    // ICU works in UTF-16: convert, keeping the map from UTF-16 units back to code points.
    // (The text is valid: decoding replaced what was not.)
    icu::UnicodeString u;
    std::vector<int32_t> cp_of_unit;
    cp_of_unit.reserve(text.size() + 1);
    {
        UChar* units = u.getBuffer(static_cast<int32_t>(2 * text.size() + 1));
        int32_t length = 0;
        for (size_t cp = 0; cp < text.size(); ++cp) {
            const char32_t c = text[cp];
            cp_of_unit.push_back(static_cast<int32_t>(cp));
            if (c <= 0xFFFF) {
                units[length++] = static_cast<UChar>(c);
            } else {
                cp_of_unit.push_back(static_cast<int32_t>(cp));
                units[length++] = U16_LEAD(c);
                units[length++] = U16_TRAIL(c);
            }
        }
        u.releaseBuffer(length);
    }
    cp_of_unit.push_back(static_cast<int32_t>(text.size()));

    std::unique_ptr<icu::BreakIterator> it(prototype->clone());
    it->setText(u);
    int32_t prev = 0;
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        int32_t from = cp_of_unit[prev], to = cp_of_unit[b];
        // Arabic and French text often sits between line breaks without final punctuation.
        int32_t start = from;
        for (int32_t i = from; i < to; ++i)
            if (text[i] == '\n') {
                add(start, i);
                start = i + 1;
            }
        add(start, to);
        prev = b;
    }
    return out;
}

std::unique_ptr<icu::BreakIterator> sentence_breaker(const std::string& lang) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale(lang.c_str()), status));
    if (U_FAILURE(status)) it.reset();
    return it;
}

}  // namespace tarikh
