// ImGui draws glyphs left to right, one code point at a time: it has no bidi and no Arabic
// shaping. visual_label() turns a logical UTF-8 string into what ImGui must draw: Arabic letters
// replaced by their contextual presentation forms, the whole line in visual order.
#pragma once

#include <string>
#include <string_view>

namespace tarikh::web {

std::string visual_label(std::string_view logical_utf8);

}  // namespace tarikh::web
