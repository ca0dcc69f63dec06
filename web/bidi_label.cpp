#include "bidi_label.hpp"

#include <unicode/ubidi.h>
#include <unicode/ushape.h>
#include <unicode/ustring.h>

#include <memory>
#include <vector>

namespace tarikh::web {
namespace {

std::u16string to_utf16(std::string_view s) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    // Preflight, then convert; invalid UTF-8 becomes U+FFFD.
    u_strFromUTF8WithSub(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), 0xFFFD, nullptr, &status);
    std::u16string out(static_cast<size_t>(length), u'\0');
    status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(out.data(), length, nullptr, s.data(), static_cast<int32_t>(s.size()), 0xFFFD, nullptr, &status);
    return U_SUCCESS(status) ? out : std::u16string();
}

std::string to_utf8(const std::u16string& s) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strToUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &status);
    std::string out(static_cast<size_t>(length), '\0');
    status = U_ZERO_ERROR;
    u_strToUTF8(out.data(), length, nullptr, s.data(), static_cast<int32_t>(s.size()), &status);
    return U_SUCCESS(status) ? out : std::string();
}

}  // namespace

std::string visual_label(std::string_view logical_utf8) {
    const std::u16string logical = to_utf16(logical_utf8);
    if (logical.empty()) return std::string(logical_utf8);
    const auto length = static_cast<int32_t>(logical.size());

    // Shape first, in logical order: joining depends on the neighbouring letters in the text.
    // Lam + alef become one ligature glyph, so the shaped text can be shorter: keep the length
    // ICU returns (the rest of the buffer is not text).
    std::u16string shaped(logical.size(), u'\0');
    UErrorCode status = U_ZERO_ERROR;
    const int32_t shaped_length = u_shapeArabic(logical.data(), length, shaped.data(), length,
                                                U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL, &status);
    if (U_FAILURE(status)) shaped = logical;
    else shaped.resize(static_cast<size_t>(shaped_length));

    // Then reorder the line for display; the paragraph direction follows its first strong letter.
    std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_open(), ubidi_close);
    status = U_ZERO_ERROR;
    const auto shaped_size = static_cast<int32_t>(shaped.size());
    ubidi_setPara(bidi.get(), shaped.data(), shaped_size, UBIDI_DEFAULT_LTR, nullptr, &status);
    std::u16string visual(shaped.size(), u'\0');
    int32_t visual_length = ubidi_writeReordered(bidi.get(), visual.data(), shaped_size,
                                                 UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
    if (U_FAILURE(status)) return to_utf8(shaped);
    visual.resize(static_cast<size_t>(visual_length));
    return to_utf8(visual);
}

}  // namespace tarikh::web
