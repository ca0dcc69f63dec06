// Decoding and folding. The folder runs once over each document, one code point at a time,
// with an ASCII fast path; ICU is asked only about code points that NFKC_Casefold changes.
#include "text.hpp"

#include <algorithm>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace tarikh {

size_t decode_utf8(std::string_view s, std::u32string& out) {
    out.resize(s.size());  // a code point per byte at most; written through a pointer, then cut
    char32_t* o = out.data();
    size_t bad = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    for (size_t i = 0; i < n;) {
        // ASCII (most of a Latin-script text), eight bytes at a time.
        for (uint64_t w; i + 8 <= n && (std::memcpy(&w, p + i, 8), (w & 0x8080808080808080ull) == 0); i += 8, o += 8)
            for (int k = 0; k < 8; ++k) o[k] = p[i + k];
        if (i == n) break;
        unsigned char b = p[i];
        if (b < 0x80) {
            *o++ = b;
            ++i;
            continue;
        }
        // Two bytes (Arabic, accents), a word's worth in a row.
        auto two_bytes = [&] { return i + 1 < n && p[i] >= 0xC2 && p[i] <= 0xDF && (p[i + 1] & 0xC0) == 0x80; };
        if (two_bytes()) {
            do {
                *o++ = static_cast<char32_t>((p[i] & 0x1F) << 6 | (p[i + 1] & 0x3F));
                i += 2;
            } while (two_bytes());
            continue;
        }
        int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
        char32_t c = len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) ok = false;
            else c = (c << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid too.
        if (ok && ((len == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (len == 4 && (c < 0x10000 || c > 0x10FFFF))))
            ok = false;
        if (!ok) {
            *o++ = 0xFFFD;
            ++bad;
            ++i;
            continue;
        }
        *o++ = c;
        i += len;
    }
    out.resize(static_cast<size_t>(o - out.data()));
    return bad;
}

void append_utf8(char32_t c, std::string& out) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::string to_utf8(std::u32string_view text) {
    std::string out(4 * text.size(), '\0');  // four bytes a code point at most; cut after
    char* o = out.data();
    for (char32_t c : text) {
        if (c < 0x80) {
            *o++ = static_cast<char>(c);
        } else if (c < 0x800) {
            *o++ = static_cast<char>(0xC0 | (c >> 6));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *o++ = static_cast<char>(0xE0 | (c >> 12));
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            *o++ = static_cast<char>(0xF0 | (c >> 18));
            *o++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    out.resize(static_cast<size_t>(o - out.data()));
    return out;
}

void utf8_offsets(std::u32string_view text, uint32_t* out) {
    uint32_t at = 0;
    for (char32_t c : text) {  // a code point at a time (an Arabic letter is two bytes), without a branch
        *out++ = at;
        at += 1 + (c >= 0x80) + (c >= 0x800) + (c >= 0x10000);
    }
    *out = at;
}

bool folded_away(char32_t c) {
    return c == 0x0640 ||                                                        // tatweel
           (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A) ||
           (c >= 0x06D6 && c <= 0x06ED);                                         // harakat, Quranic marks
}

namespace {

// Arabic letters and marks that spelling varies on; folding them lets one lexicon entry match
// every spelling ("أبريل"/"ابريل"/"إبريل", "السنة"/"السنه", "الماضي"/"الماضى").
// Returns 0 for a code point to drop.
char32_t fold_arabic(char32_t c) {
    if (folded_away(c)) return 0;
    switch (c) {
        case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627;       // alef variants
        case 0x0649: case 0x06CC: case 0x0626: return 0x064A;                    // yaa variants
        case 0x0629: return 0x0647;                                              // taa marbuta
        case 0x0624: return 0x0648;                                              // waw with hamza
        case 0x06A9: return 0x0643;                                              // Persian kaf
        case 0x060C: return ',';                                                 // Arabic comma
        case 0x061B: return ';';
        case 0x061F: return '?';
        case 0x066B: return '.';                                                 // Arabic decimal separator
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';
        case 0x2018: case 0x2019: case 0x02BC: return '\'';
        case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: return '"';
        case 0x00A0: case 0x202F: case 0x2009: return ' ';
        default: return c;
    }
}

void emit(char32_t c, int32_t source, FoldedText& out) {
    if (c >= '0' && c <= '9') {
        out.utf8.push_back(static_cast<char>(c));
        out.source.push_back(source);
        return;
    }
    if (c > 0x7F && u_charType(c) == U_DECIMAL_DIGIT_NUMBER) c = '0' + u_charDigitValue(c);  // ٣ ۳ ３
    c = fold_arabic(c);
    if (c == 0) return;
    size_t before = out.utf8.size();
    append_utf8(c, out.utf8);
    out.source.insert(out.source.end(), out.utf8.size() - before, source);
}

}  // namespace

// The code points most text is made of beyond ASCII: Latin, Greek, Cyrillic, Hebrew and
// Arabic letters (U+0080–U+07FF) and the Arabic presentation forms (U+FB50–U+FEFF).
constexpr char32_t kCachedLow = 0x80, kCachedLowEnd = 0x800, kCachedHigh = 0xFB50, kCachedHighEnd = 0xFF00;

Folder::Folder() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_cf_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) nfkc_cf_ = nullptr;  // folding then keeps case-folding by u_foldCase only
    // Fold each cached code point once, now: a table read then replaces an ICU normalisation
    // per character (the same result: characters are folded one at a time either way).
    cache_.resize((kCachedLowEnd - kCachedLow) + (kCachedHighEnd - kCachedHigh));
    FoldedText one;
    one.upper.assign(1, 0);
    one.dropped.assign(1, 0);
    icu::UnicodeString scratch, folded;
    auto fill = [&](char32_t from, char32_t to) {
        for (char32_t c = from; c < to; ++c) {
            one.utf8.clear();
            one.source.clear();
            fold_char(c, 0, one, scratch, folded);
            FoldedChar& f = cache_[cache_index(c)];
            if (one.utf8.size() > sizeof f.utf8) continue;  // a long ligature (U+FDFA): not cached
            f.length = static_cast<uint8_t>(one.utf8.size());
            std::copy(one.utf8.begin(), one.utf8.end(), f.utf8);
            f.upper = u_isupper(c) != 0;
            f.dropped = folded_away(c);
        }
    };
    fill(kCachedLow, kCachedLowEnd);
    fill(kCachedHigh, kCachedHighEnd);
}

Folder::~Folder() = default;

int Folder::cache_index(char32_t c) {
    if (c >= kCachedLow && c < kCachedLowEnd) return static_cast<int>(c - kCachedLow);
    if (c >= kCachedHigh && c < kCachedHighEnd) return static_cast<int>((kCachedLowEnd - kCachedLow) + (c - kCachedHigh));
    return -1;
}

// One non-ASCII character, the slow way.
void Folder::fold_char(char32_t c, int32_t src, FoldedText& out, icu::UnicodeString& one, icu::UnicodeString& folded) const {
    // Bidi controls and zero-width marks separate words (NFKC would drop them and glue a
    // mark's neighbours: "\u200f10" must stay "10").
    if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
        c == 0x061C || c == 0xFEFF) {
        out.utf8.push_back(' ');
        out.source.push_back(src);
        return;
    }
    const auto* nfkc = static_cast<const icu::Normalizer2*>(nfkc_cf_);
    if (!nfkc || nfkc->isInert(c)) {
        emit(c, src, out);
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    one.setTo(static_cast<UChar32>(c));
    nfkc->normalize(one, folded, status);
    if (U_FAILURE(status)) {
        emit(u_foldCase(c, U_FOLD_CASE_DEFAULT), src, out);
        return;
    }
    for (int32_t k = 0; k < folded.length();) {
        UChar32 f = folded.char32At(k);
        emit(static_cast<char32_t>(f), src, out);
        k += U16_LENGTH(f);
    }
}

void Folder::fold(std::u32string_view text, FoldedText& out) const {
    // The folded bytes and their sources are written through pointers into buffers kept longer
    // than what they hold (`length` bytes), then cut: appending a byte at a time cost more than
    // folding it.
    size_t length = 0;
    out.utf8.resize(text.size() + sizeof(FoldedChar::utf8));  // room for ASCII; Arabic grows it once
    out.source.resize(out.utf8.size());
    auto room = [&](size_t more) {
        if (length + more <= out.utf8.size()) return;
        out.utf8.resize(2 * (length + more));
        out.source.resize(out.utf8.size());
    };
    out.upper.resize(text.size());  // every code point writes its own
    out.dropped.assign(text.size(), 0);
    FoldedText slow;                  // what fold_char gives, copied in
    icu::UnicodeString one, folded;  // reused: no allocation per character once grown
    for (size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        const auto src = static_cast<int32_t>(i);
        if (c < 0x80) {
            // A run of ASCII (most of a Latin-script text) is lowered in one go.
            size_t end = i + 1;
            // Its end: four code points at a time, then one by one.
            while (end + 4 <= text.size() && (text[end] | text[end + 1] | text[end + 2] | text[end + 3]) < 0x80) end += 4;
            while (end < text.size() && text[end] < 0x80) ++end;
            room(end - i);
            // Without branches and through unaliased pointers, which lets the compiler use vectors.
            const char32_t* __restrict from = text.data() + i;
            char* __restrict folded = out.utf8.data() + length;
            int32_t* __restrict source = out.source.data() + length;
            uint8_t* __restrict upper = out.upper.data() + i;
            for (size_t k = 0; k < end - i; ++k) {
                const char32_t a = from[k];
                const bool capital = a - 'A' < 26u;
                upper[k] = capital;
                folded[k] = static_cast<char>(a | (capital ? 0x20 : 0));
                source[k] = static_cast<int32_t>(i + k);
            }
            length += end - i;
            i = end - 1;
            continue;
        }
        if (const int slot = cache_index(c); slot >= 0 && cache_[slot].length != FoldedChar::kNotCached) {
            const FoldedChar& f = cache_[slot];
            out.upper[i] = f.upper;
            out.dropped[i] = f.dropped;
            room(sizeof f.utf8);
            std::memcpy(out.utf8.data() + length, f.utf8, sizeof f.utf8);  // all of it: the rest is overwritten or cut
            std::fill_n(out.source.data() + length, f.length, src);
            length += f.length;
            continue;
        }
        out.upper[i] = u_isupper(c) ? 1 : 0;
        out.dropped[i] = folded_away(c) ? 1 : 0;
        slow.utf8.clear();
        slow.source.clear();
        fold_char(c, src, slow, one, folded);
        room(slow.utf8.size());
        std::copy(slow.utf8.begin(), slow.utf8.end(), out.utf8.begin() + static_cast<ptrdiff_t>(length));
        std::copy(slow.source.begin(), slow.source.end(), out.source.begin() + static_cast<ptrdiff_t>(length));
        length += slow.utf8.size();
    }
    out.utf8.resize(length);
    out.source.resize(length);
}

std::string Folder::fold(std::string_view utf8) const {
    std::u32string cps;
    decode_utf8(utf8, cps);
    FoldedText out;
    fold(cps, out);
    return std::move(out.utf8);
}

}  // namespace tarikh
