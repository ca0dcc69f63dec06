// Text: the input decoded to code points, and the folded form the matchers read.
//
// Offsets everywhere in Tarikh are code-point indices into the text exactly as given, so the
// decoder keeps one code point per input character (an invalid byte becomes one U+FFFD) and the
// folded text keeps, for each folded code point, the index of the original one it came from.
#pragma once

#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class UnicodeString;
U_NAMESPACE_END

namespace tarikh {

// Code points that folding drops (tatweel, harakat): they stay inside the span of their word.
bool folded_away(char32_t c);

// Decodes UTF-8; every byte that does not start a valid sequence becomes U+FFFD.
// Returns the number of replacements made.
size_t decode_utf8(std::string_view bytes, std::u32string& out);
void append_utf8(char32_t c, std::string& out);
std::string to_utf8(std::u32string_view text);
// Per code point of `text`, where it starts in to_utf8(text); then that string's size: text.size()
// + 1 values into `out`.
void utf8_offsets(std::u32string_view text, uint32_t* out);

// An allocator whose resize() leaves new elements of a plain type unwritten: for a buffer that
// is written in full right after (filling a text-sized buffer with zeros first cost about as
// much as folding the text into it).
template <class T>
struct Unfilled : std::allocator<T> {
    Unfilled() = default;
    template <class U>
    Unfilled(const Unfilled<U>&) noexcept {}
    template <class U>
    void construct(U* p) noexcept {
        ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
};

// The folded text: case-folded NFKC, Arabic-Indic and Persian digits as ASCII, tatweel and
// harakat removed, alef/hamza/yaa/taa-marbuta variants unified. Matching reads only this.
struct FoldedText {
    std::string utf8;                // folded text, UTF-8
    std::vector<int32_t, Unfilled<int32_t>> source;  // per folded byte: index of the original code point
    std::vector<uint8_t, Unfilled<uint8_t>> upper;   // per original code point: 1 if it was an uppercase letter
    std::vector<uint8_t> dropped;    // per original code point: 1 if folding dropped it (harakat, tatweel)
};

class Folder {
public:
    Folder();
    ~Folder();
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;

    void fold(std::u32string_view text, FoldedText& out) const;
    // The folded form of a lexicon word (same rules; no offsets kept).
    std::string fold(std::string_view utf8) const;

private:
    // The folding of one code point, as fold() appends it.
    struct FoldedChar {
        static constexpr uint8_t kNotCached = 0xFF;
        uint8_t length = kNotCached;  // bytes in utf8 (0: folded away)
        bool upper = false, dropped = false;
        char utf8[9] = {};
    };
    static int cache_index(char32_t c);  // -1: not cached
    void fold_char(char32_t c, int32_t src, FoldedText& out, icu::UnicodeString& one, icu::UnicodeString& folded) const;

    const void* nfkc_cf_;  // icu::Normalizer2*, owned by ICU
    std::vector<FoldedChar> cache_;
};

}  // namespace tarikh
