// Sentences (ICU BreakIterator) in code-point offsets.
#pragma once

#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tarikh {

struct Sentence {
    int32_t begin = 0, end = 0;  // code points
};

// The sentence break iterator of a language, made once per language and cloned per document
// (creating one parses ICU's rules; cloning is cheap). Null when ICU has no data for it.
std::unique_ptr<icu::BreakIterator> sentence_breaker(const std::string& lang);

// Sentence boundaries of `text`; line breaks always end one.
std::vector<Sentence> split_sentences(const std::u32string& text, const icu::BreakIterator* prototype);

}  // namespace tarikh
