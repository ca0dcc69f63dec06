// An independent reading of the contract's text model, for the hostile-input tests and the
// fuzzers: UTF-8 decoded into code points, each byte that does not start a valid sequence (bad
// lead, truncated, overlong, surrogate, past U+10FFFF) replaced by U+FFFD, one per bad byte.
// Offsets in results are indexes into that sequence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tarikh_test {

inline std::u32string decode_replacing(std::string_view s) {
    std::u32string out;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t i = 0; i < s.size();) {
        const unsigned b = p[i];
        size_t len = 0;
        char32_t c = 0, min = 0;
        if (b < 0x80) len = 1, c = b;
        else if (b >= 0xC2 && b <= 0xDF) len = 2, c = b & 0x1F, min = 0x80;
        else if (b >= 0xE0 && b <= 0xEF) len = 3, c = b & 0x0F, min = 0x800;
        else if (b >= 0xF0 && b <= 0xF4) len = 4, c = b & 0x07, min = 0x10000;
        bool ok = len > 0 && i + len <= s.size();
        for (size_t k = 1; ok && k < len; ++k) {
            ok = (p[i + k] & 0xC0) == 0x80;
            c = (c << 6) | (p[i + k] & 0x3F);
        }
        ok = ok && c >= min && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
        out.push_back(ok ? c : U'\uFFFD');
        i += ok ? len : 1;
    }
    return out;
}

inline std::string encode(std::u32string_view s) {
    std::string out;
    for (char32_t c : s) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// Valid UTF-8 with no replacement needed?
inline bool valid_utf8(std::string_view s) { return encode(decode_replacing(s)) == s; }

}  // namespace tarikh_test
