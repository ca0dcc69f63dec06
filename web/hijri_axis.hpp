// The axis in the reader's language and calendar (issue 6): Arabic month names and
// Arabic-Indic digits for the Gregorian axis, and an optional second row of Umm al-Qura (Hijri)
// months or years under it, in either interface language. Labels are logical UTF-8: the canvas
// shapes them (labels.hpp) before drawing.
#pragma once

#include <string>
#include <vector>

#include "timeline_view.hpp"

namespace tarikh::web {

// The Gregorian axis's English label ("Mar", "March 2024", "Thu 14 March 2024", "1990s") in
// Arabic ("مارس", "مارس ٢٠٢٤", "الخميس ١٤ مارس ٢٠٢٤", "١٩٩٠s" → "عقد ١٩٩٠").
std::string arabic_axis_label(const std::string& english);

// Hijri month (or year, when months would be too narrow) boundaries in the view, labelled
// "Rajab 1445" / "رجب ١٤٤٥" or "1445 AH" / "١٤٤٥ هـ". `label_px`: how wide a label may be.
std::vector<Tick> hijri_ticks(const TimelineView& view, bool arabic, float label_px);

}  // namespace tarikh::web
