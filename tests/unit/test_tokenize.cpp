// The lexicon's surfaces are tokenised by SurfaceTokenizer, which takes a short cut for surfaces
// of ASCII letters and spaces (core/src/tokenize.cpp): its words must be those that folding and
// tokenising the text give, or a lexicon entry would never meet the text's tokens.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "text.hpp"
#include "tokenize.hpp"

namespace {

// The words of `surface` the long way: decoded, folded, tokenised as a text is.
std::vector<std::string> folded_words(const tarikh::Folder& folder, const std::string& surface) {
    std::u32string code_points;
    tarikh::decode_utf8(surface, code_points);
    tarikh::FoldedText folded;
    folder.fold(code_points, folded);
    std::vector<tarikh::Token> tokens;
    tarikh::tokenize(folded, tokens);
    std::vector<std::string> out;
    for (const tarikh::Token& t : tokens) out.emplace_back(tarikh::token_text(folded, t));
    return out;
}

std::vector<std::string> surface_words(tarikh::SurfaceTokenizer& tokenizer, const std::string& surface) {
    const auto& words = tokenizer(surface);
    return {words.begin(), words.end()};
}

}  // namespace

TEST_CASE("surface words are the text's folded tokens, ASCII short cut or not", "[tokenize]") {
    const tarikh::Folder folder;
    tarikh::SurfaceTokenizer tokenizer(folder);
    CHECK(surface_words(tokenizer, "  Last   WEEK ") == std::vector<std::string>{"last", "week"});
    CHECK(surface_words(tokenizer, "l'an dernier") == std::vector<std::string>{"l", "'", "an", "dernier"});
    for (const std::string surface : {"next week", "Ramadan", "a", "  ", "", "the day before yesterday", "o'clock", "mid-March",
                                      "au cours des", "l'année prochaine", "Été", "العام الماضي", "Straße", "ﬁrst"})
        CHECK(surface_words(tokenizer, surface) == folded_words(folder, surface));

    std::mt19937 random(7);
    const std::string alphabet = "abcxyzABCXYZ ";
    for (int round = 0; round < 500; ++round) {
        std::string surface(random() % 12, ' ');
        for (char& c : surface) c = alphabet[random() % alphabet.size()];
        INFO("surface: '" << surface << "'");
        CHECK(surface_words(tokenizer, surface) == folded_words(folder, surface));
    }
}
