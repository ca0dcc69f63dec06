// Sentence boundaries without walking ICU over every character.
//
// Under UAX #29, which ICU's rules implement, a boundary only follows a paragraph separator or
// a run STerm/ATerm Close* Sp*: most of a text cannot hold one. ICU is shown windows around
// the terminators instead, and what it answers there is what it would answer walking the whole
// text, because of three properties of its rules (sent.txt: chained, with {bof}):
//   - after a boundary its state machine starts afresh, as at the start of the text;
//   - after two letters in a row (Upper, Lower or OLetter) its state is the fresh state having
//     read the second letter: every rule under way ends at or before that letter, and
//     chaining restarts the rules from it exactly as a fresh start does;
//   - after a paragraph separator (CR LF as one) no rule is under way: the text after it
//     changes nothing before it.
// So a window starts at a boundary, or at the second letter of the last letter pair before a
// terminator, and ends after the first letter pair or paragraph separator past the
// terminator. Every boundary ICU finds inside is a true one; the window's own end is one only
// after a separator or at the end of the text, and otherwise the next window starts at its
// last letter. Each stretch of text is read about once. The commonest windows, a terminator
// then a capital, or a paragraph separator, are answered without ICU by the rules that decide
// them. (tests/unit/test_segment.cpp compares the result with ICU walked over whole texts.)
#include "segment.hpp"

#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace tarikh {

SentenceSplitter::SentenceSplitter(const std::string& lang) {
    UErrorCode status = U_ZERO_ERROR;
    prototype_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(lang.c_str()), status));
    if (U_FAILURE(status)) prototype_.reset();
    for (char32_t c = 0; c < kind_.size(); ++c) kind_[c] = kind_of(c);
}

SentenceSplitter::Kind SentenceSplitter::kind_of(char32_t c) {
    switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK)) {
        case U_SB_ATERM:
        case U_SB_STERM: return kTerm;
        case U_SB_SEP:
        case U_SB_CR:
        case U_SB_LF: return kParaSep;
        case U_SB_LOWER: return kLower;
        case U_SB_UPPER:
        case U_SB_OLETTER: return kCapital;
        default: return kOther;
    }
}

std::vector<Sentence> SentenceSplitter::split(const std::u32string& text) const {
    std::vector<Sentence> out;
    const auto n = static_cast<int32_t>(text.size());
    auto add = [&](int32_t b, int32_t e) {
        while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\r' || text[b] == '\t')) ++b;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\r' || text[e - 1] == '\t')) --e;
        if (e > b) out.push_back({b, e});
    };
    if (!prototype_) {
        add(0, n);
        return out;
    }
    // ICU ends a sentence at every line break too (Arabic and French text often sits between
    // line breaks without final punctuation).
    int32_t sentence = 0;  // where the current sentence starts
    auto end_sentence = [&](int32_t at) {
        add(sentence, at);
        sentence = at;
    };
    std::unique_ptr<icu::BreakIterator> it(prototype_->clone());
    std::u16string units;  // the window, as ICU reads it
    UText window = UTEXT_INITIALIZER;
    auto letter = [&](int32_t i) { return kind(text[i]) == kLower || kind(text[i]) == kCapital; };
    auto letter_pair_ends_at = [&](int32_t i) { return letter(i) && letter(i - 1); };
    auto separator_ends_at = [&](int32_t i) {
        return kind(text[i]) == kParaSep && !(text[i] == '\r' && i + 1 < n && text[i + 1] == '\n');
    };
    int32_t from = 0;  // a boundary or the second letter of a pair: ICU may start afresh here
    while (from < n) {
        int32_t hard = from;
        while (hard < n && kind(text[hard]) < kTerm) ++hard;
        if (hard == n) break;
        // The usual end of a sentence, a terminator, spaces, then a capital or a letter of a
        // script without case and another letter ("talks. The", "الضغوط. المفاوضون"), has its
        // boundary before that letter (UAX #29 SB11: SB8 would want a lower-case letter, SB8a a
        // continuation), the only one ICU would find in the window: it is not asked.
        // A paragraph separator (CR LF as one), where the search stopped or after a terminator
        // and spaces, has the boundary after it (SB4, SB11), the only one ICU would find there.
        int32_t separator = hard;
        if (kind(text[separator]) == kTerm)
            for (++separator; separator < n && text[separator] == ' ';) ++separator;
        if (separator < n && kind(text[separator]) == kParaSep) {
            if (text[separator] == '\r' && separator + 1 < n && text[separator + 1] == '\n') ++separator;
            end_sentence(separator + 1);
            from = separator + 1;
            continue;
        }
        if (kind(text[hard]) == kTerm && hard + 1 < n && text[hard + 1] == ' ') {
            int32_t letter_at = hard + 1;
            while (letter_at < n && text[letter_at] == ' ') ++letter_at;
            if (letter_at + 1 < n && kind(text[letter_at]) == kCapital && letter(letter_at + 1)) {
                end_sentence(letter_at);
                from = letter_at + 1;
                continue;
            }
        }
        int32_t begin = from;
        for (int32_t i = hard - 1; i > from; --i)
            if (letter_pair_ends_at(i)) {
                begin = i;
                break;
            }
        int32_t end = n;
        bool end_is_boundary = true;
        for (int32_t i = hard; i < n; ++i)
            if (separator_ends_at(i) || (i > hard + 1 && letter_pair_ends_at(i))) {
                end = i + 1;
                end_is_boundary = kind(text[i]) == kParaSep;
                break;
            }

        units.clear();
        bool astral = false;  // code points beyond the BMP take two UTF-16 units
        for (int32_t i = begin; i < end; ++i) {
            const char32_t c = text[i];
            if (c <= 0xFFFF) {
                units.push_back(static_cast<char16_t>(c));
            } else {
                astral = true;
                units.push_back(static_cast<char16_t>(U16_LEAD(c)));
                units.push_back(static_cast<char16_t>(U16_TRAIL(c)));
            }
        }
        UErrorCode status = U_ZERO_ERROR;
        utext_openUChars(&window, units.data(), static_cast<int64_t>(units.size()), &status);
        it->setText(&window, status);
        int32_t cp = begin, unit = 0;  // ICU's offsets are UTF-16 units into the window
        for (int32_t b = it->next(); b != icu::BreakIterator::DONE && U_SUCCESS(status); b = it->next()) {
            if (!astral) {
                cp = begin + b;
            } else {
                for (; unit < b; ++cp) unit += text[cp] > 0xFFFF ? 2 : 1;
            }
            if (cp < end || end_is_boundary) end_sentence(cp);
        }
        from = end_is_boundary ? end : end - 1;
    }
    utext_close(&window);
    end_sentence(n);
    return out;
}

}  // namespace tarikh
