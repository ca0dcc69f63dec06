// One document on its way through the pipeline: everything the stages after recognition read.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "language.hpp"
#include "recognise.hpp"
#include "resolve.hpp"
#include "segment.hpp"
#include "text.hpp"
#include "tokenize.hpp"

namespace tarikh {

// Where a token stands in a temporal expression (Analysed::in_match).
enum MatchPlace : uint8_t { kAtEdge = 1, kInSpan = 2 };

struct Analysed {
    const Language* lang = nullptr;
    std::u32string text;
    // The text in UTF-8: the input itself, or `reencoded` from `text` when the input held invalid
    // bytes; and per code point of `text` its first byte there, then the size (none when the text
    // is ASCII: a code point is a byte). The text that results quote is copied out of it
    // (original()), not encoded again.
    std::string_view utf8;
    std::string reencoded;
    std::unique_ptr<uint32_t[]> byte_at;
    FoldedText folded;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Match> matches;
    std::vector<Resolved> resolved;  // one per match
    std::vector<int> sentence_of;    // per match: index into sentences
    std::vector<int> token_flags;    // per token: OR of TokenFlag bits (language.hpp)
    // per token: inside a temporal expression, kAtEdge where it is left out of the span ("on"),
    // kInSpan in the span itself; 0 outside
    std::vector<uint8_t> in_match;
    int dateline = -1;               // the match that dates the article (its dateline), or -1
    int32_t body_begin = 0;          // where the article's text starts after its dateline

    // Where code point i of the text starts in utf8.
    uint32_t byte_of(int32_t i) const { return byte_at ? byte_at[i] : static_cast<uint32_t>(i); }
    // Code points [begin, end) of the text, in UTF-8.
    std::string original(int32_t begin, int32_t end) const { return std::string(utf8.substr(byte_of(begin), byte_of(end) - byte_of(begin))); }
};

}  // namespace tarikh
