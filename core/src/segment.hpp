// Sentences (ICU BreakIterator) in code-point offsets.
#pragma once

#include <unicode/brkiter.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tarikh {

struct Sentence {
    int32_t begin = 0, end = 0;  // code points
};

// The sentence boundaries of a language's texts. ICU's sentence break iterator decides every
// boundary, but is shown only the stretches of text where one can be: one made once per
// language, cloned per document (creating one parses ICU's rules; cloning is cheap).
class SentenceSplitter {
public:
    explicit SentenceSplitter(const std::string& lang);

    // Sentence boundaries of `text`; line breaks always end one.
    std::vector<Sentence> split(const std::u32string& text) const;

private:
    // What the search for boundaries needs of a code point's Sentence_Break property (UAX #29).
    enum Kind : uint8_t {
        kOther,
        kLower,    // Lower
        kCapital,  // Upper or OLetter (a letter of a script without case)
        kTerm,     // STerm or ATerm: a boundary can follow it
        kParaSep,  // Sep, CR or LF: a boundary follows it
    };
    static Kind kind_of(char32_t c);
    Kind kind(char32_t c) const { return c < kind_.size() ? static_cast<Kind>(kind_[c]) : kind_of(c); }

    std::unique_ptr<icu::BreakIterator> prototype_;  // null when ICU has no data for the language
    std::array<uint8_t, 0x800> kind_{};              // kind_of, cached for Latin, Greek, Cyrillic, Arabic
};

}  // namespace tarikh
