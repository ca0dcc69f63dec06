// The timeline canvas's frame loop: Dear ImGui on WebGL2 in the page's <canvas>. The text
// input, the controls and the event list are HTML (shell.html, web/ui/); this module draws the
// chronology (timeline_canvas.hpp) and answers the calls in canvas_api.cpp.
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cstring>

#include "app.hpp"
#include "gl_platform.hpp"
#include "theme.hpp"

namespace tarikh::web {

namespace {

constexpr const char* kCanvasSelector = "#canvas";
constexpr const char* kFontPath = "/fonts/DejaVuSans.ttf";  // written by web/app.js before main()

GlPlatform g_platform;
int g_frames_wanted = 2;
double g_last_frame = 0;
const char* g_cursor = "";

// The pointer's shape, set on the canvas element (CSSOM, which the page's CSP allows).
EM_JS(void, js_set_cursor, (const char* cursor), { Module.canvas.style.cursor = UTF8ToString(cursor); });

// The user picked an entry on the canvas: the page selects it in the list and the source pane.
EM_JS(void, js_on_select, (int key), {
    if (Module.onCanvasSelect) Module.onCanvasSelect(key);
});

void frame() {
    const double now = emscripten_get_now();
    const float dt = std::min(0.1f, static_cast<float>((now - g_last_frame) / 1000));
    g_last_frame = now;
    if (g_frames_wanted <= 0) return;
    --g_frames_wanted;

    const ImVec2 size = g_platform.begin_frame(dt);
    if (g_platform.fonts_changed()) canvas().set_fonts(g_platform.fonts());
    const double drawn = emscripten_get_now();
    if (canvas().draw(ImGui::GetBackgroundDrawList(), size, dt)) request_frames();
    const double laid_out = emscripten_get_now();
    g_platform.end_frame(IM_COL32(0, 0, 0, 255));
    // Layout and draw lists (ours) apart from ImGui's render and WebGL (the GPU's, or
    // SwiftShader's in headless tests).
    canvas().frame_ms = static_cast<float>(laid_out - drawn);
    canvas().render_ms = static_cast<float>(emscripten_get_now() - laid_out);

    if (const char* cursor = canvas().cursor(); std::strcmp(cursor, g_cursor) != 0) {
        g_cursor = cursor;
        js_set_cursor(cursor);
    }
}

}  // namespace

TimelineCanvas& canvas() {
    static TimelineCanvas instance;
    return instance;
}

void request_frames(int n) { g_frames_wanted = std::max(g_frames_wanted, n); }

}  // namespace tarikh::web

int main() {
    using namespace tarikh::web;
    if (!g_platform.init(kCanvasSelector, kFontPath)) return 1;
    canvas().on_select = [](int key) { js_on_select(key); };
    g_last_frame = emscripten_get_now();
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
