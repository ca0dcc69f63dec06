// Canvas text, ready for ImGui: shaped and in visual order (bidi_label.hpp), measured, and cut
// at word boundaries to fit the room the layout gives it. Shaping runs once per string and
// width, never per frame: the results are cached until the text or the font changes.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace tarikh::web {

class Labels {
public:
    struct Fit {
        const std::string* text = nullptr;  // nullptr: not even one word fits
        float width = 0;
    };

    // The longest word prefix of `logical` (with "…" when cut) that fits in `max_width` pixels.
    // `id` names the string in the cache (an entry's position in the model).
    Fit fit(int id, const std::string& logical, float max_width);

    // `logical` broken into lines no wider than `width` (at most `max_lines`), each shaped and
    // reordered on its own, as a multi-line bidi paragraph needs.
    std::vector<std::string> wrap(const std::string& logical, float width, int max_lines);

    // One shaped line (lane names, card lines), cached by its text.
    const std::string& line(const std::string& logical);

    void clear();  // the model or the font changed

private:
    // 1 word, 2 words, ... the whole (shortened) title; shaped and measured when first needed
    // (width < 0: not yet), since most labels are only ever drawn whole.
    struct Variants {
        std::vector<std::string> words;
        std::vector<std::string> text;
        std::vector<float> width;
    };
    void variant(Variants& v, size_t k);
    std::unordered_map<int, Variants> fits_;
    std::unordered_map<std::string, std::string> lines_;
};

}  // namespace tarikh::web
