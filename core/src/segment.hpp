// Sentences (ICU BreakIterator) in code-point offsets, and the tense each one leans to.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tarikh {

struct Sentence {
    int32_t begin = 0, end = 0;  // code points
};

// Sentence boundaries of `text` for `lang` ("ar", "en", ...); line breaks always end one.
std::vector<Sentence> split_sentences(const std::u32string& text, const std::string& lang);

}  // namespace tarikh
