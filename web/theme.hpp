// The canvas's colours, one set per page theme (light / dark, chosen by the page: it follows
// prefers-color-scheme unless the user toggles it). The HTML side has the same palette in
// style.css; keep the two in step.
#pragma once

#include "imgui.h"

namespace tarikh::web {

struct Theme {
    ImU32 background, lane_alt, grid, grid_major, axis_text, axis_major_text, lane_text;
    ImU32 label, label_muted, card_bg, card_border, card_text, card_muted, selection, dct_line;
    // Article colours: lanes and markers take the colour of the article they come from.
    ImU32 article[8];
    ImU32 article_color(int doc) const { return article[(doc < 0 ? 0 : doc) % 8]; }
};

const Theme& theme(bool dark);

// `color` with its alpha multiplied by `alpha` (0..1): soft edges and fuzzy dates.
ImU32 with_alpha(ImU32 color, float alpha);

}  // namespace tarikh::web
