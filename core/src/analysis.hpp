// One document on its way through the pipeline: everything the stages after recognition read.
#pragma once

#include <string>
#include <vector>

#include "language.hpp"
#include "recognise.hpp"
#include "resolve.hpp"
#include "segment.hpp"
#include "text.hpp"
#include "tokenize.hpp"

namespace tarikh {

struct Analysed {
    const Language* lang = nullptr;
    std::u32string text;
    FoldedText folded;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Match> matches;
    std::vector<Resolved> resolved;  // one per match
    std::vector<int> sentence_of;    // per match: index into sentences
    std::vector<int> token_flags;    // per token: OR of the TokenFlag bits below
    std::vector<uint8_t> in_match;   // per token: 1 inside a temporal expression
    int dateline = -1;               // the match that dates the article (its dateline), or -1
    int32_t body_begin = 0;          // where the article's text starts after its dateline
};

enum TokenFlag : int {
    kPast = 1, kFuture = 2, kClause = 4, kPublished = 8, kTitleWord = 16, kAttribution = 32, kTrim = 64,
    kStop = 128, kKnown = 256,  // a preposition left out of spans; a frequent word; any lexicon word
    kLocative = 512, kJoinWord = 1024,  // a preposition of place; "and", "و", "et"
    kPastForm = 2048,  // an unknown word with a past ending ("promised"): past only right before a timex
    kOrgHead = 4096,   // opens an organisation's name ("وزارة", "Ministry")
};

}  // namespace tarikh
