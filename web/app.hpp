// The one canvas of the page and its frame scheduling, shared by main.cpp (the frame loop) and
// canvas_api.cpp (what JavaScript calls).
#pragma once

#include "timeline_canvas.hpp"

namespace tarikh::web {

TimelineCanvas& canvas();

// Asks for `n` more frames. The loop draws only when asked (input, a new result, an animation
// in progress), so an idle page costs nothing.
void request_frames(int n = 2);

}  // namespace tarikh::web
