// ImGui on the page's <canvas> without GLFW: a WebGL2 context from Emscripten's html5 API, a
// framebuffer that follows the canvas's CSS size × devicePixelRatio (sharp on HiDPI screens),
// and fonts rasterised at the device's pixel size. Input does not come through here: the page
// decodes pointer, wheel and key events on the canvas itself (web/ui/canvas.js), so nothing
// listens on the window and typing in the text areas never reaches the canvas.
#pragma once

#include "imgui.h"
#include "timeline_canvas.hpp"

namespace tarikh::web {

class GlPlatform {
public:
    bool init(const char* canvas_selector, const char* font_path);

    // Follows size and pixel ratio changes; returns the canvas size in CSS pixels. When the
    // pixel ratio changed, the fonts were rebuilt: `fonts_changed()` says so once.
    ImVec2 begin_frame(float dt);
    void end_frame(ImU32 clear_color);
    bool fonts_changed();
    const Fonts& fonts() const { return fonts_; }

private:
    void build_fonts(float scale);
    const char* selector_ = nullptr;
    const char* font_path_ = nullptr;
    int fb_width_ = 0, fb_height_ = 0;
    float scale_ = 0;
    bool fonts_changed_ = false;
    Fonts fonts_;
};

}  // namespace tarikh::web
