#include "theme.hpp"

namespace tarikh::web {

namespace {

constexpr ImU32 rgb(unsigned hex, unsigned alpha = 255) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

// Article hues chosen to stay distinct from each other and readable on both backgrounds.
const Theme kDark = {
    rgb(0x16181f), rgb(0x1c1f28), rgb(0x2a2e3a), rgb(0x3a4050), rgb(0x9096a8), rgb(0xe2e4ec),
    rgb(0xaab0c0), rgb(0xe6e8ef), rgb(0x9096a8), rgb(0x242834, 250), rgb(0x444b5e), rgb(0xeef0f5),
    rgb(0xa0a6b6), rgb(0xffd166), rgb(0x9096a8, 140),
    {rgb(0x5aa9ff), rgb(0xff8c69), rgb(0x6fd39a), rgb(0xc59bff), rgb(0xf2c14e), rgb(0x4fd1d9),
     rgb(0xff7eb6), rgb(0xb5c75a)}};

const Theme kLight = {
    rgb(0xfbfbfd), rgb(0xf2f3f7), rgb(0xe3e5ec), rgb(0xc9cdd8), rgb(0x5f6576), rgb(0x1d2130),
    rgb(0x4b5163), rgb(0x1d2130), rgb(0x6b7183), rgb(0xffffff, 252), rgb(0xc9cdd8), rgb(0x1d2130),
    rgb(0x5f6576), rgb(0xd9480f), rgb(0x5f6576, 140),
    {rgb(0x1f6fd1), rgb(0xd9572b), rgb(0x1e9a5a), rgb(0x8247d6), rgb(0xb7860b), rgb(0x0f8f99),
     rgb(0xc8377c), rgb(0x6f8a10)}};

}  // namespace

const Theme& theme(bool dark) { return dark ? kDark : kLight; }

ImU32 with_alpha(ImU32 color, float alpha) {
    const unsigned a = (color >> IM_COL32_A_SHIFT) & 0xFF;
    const auto scaled = static_cast<unsigned>(static_cast<float>(a) * (alpha < 0 ? 0 : alpha > 1 ? 1 : alpha));
    return (color & ~IM_COL32_A_MASK) | (scaled << IM_COL32_A_SHIFT);
}

}  // namespace tarikh::web
