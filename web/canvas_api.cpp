// What the page (web/ui/canvas.js) calls on the canvas: plain C exports taking numbers and
// UTF-8 strings (embind's glue would need eval, which the page's CSP forbids). Coordinates are
// CSS pixels relative to the canvas. Every call asks for a frame: the loop sleeps otherwise.
#include <emscripten/emscripten.h>

#include <string>

#include "app.hpp"
#include "bidi_label.hpp"

using tarikh::web::canvas;
using tarikh::web::request_frames;

namespace {

std::string g_answer;  // the last string returned to JS, valid until the next call

}  // namespace

extern "C" {

// The page's view model of a result, `size` bytes of UTF-8 (see timeline_model.hpp for its shape).
EMSCRIPTEN_KEEPALIVE void tarikh_show(const char* view, int size) {
    canvas().set_model(tarikh::web::parse_model({view, static_cast<size_t>(size)}));
    request_frames();
}

EMSCRIPTEN_KEEPALIVE void tarikh_select(int key, int reveal) {
    canvas().select(key, reveal != 0);
    request_frames();
}

EMSCRIPTEN_KEEPALIVE void tarikh_pointer_move(float x, float y) {
    canvas().pointer_move(x, y);
    request_frames();
}

EMSCRIPTEN_KEEPALIVE void tarikh_pointer_leave() {
    canvas().pointer_leave();
    request_frames();
}

EMSCRIPTEN_KEEPALIVE void tarikh_click(float x, float y) {
    canvas().click(x, y);
    request_frames();
}

EMSCRIPTEN_KEEPALIVE void tarikh_double_click(float x, float y) {
    canvas().double_click(x, y);
    request_frames();
}

// factor > 1 zooms in around x; x < 0 zooms around the centre (keyboard, buttons).
EMSCRIPTEN_KEEPALIVE void tarikh_zoom(float x, double factor) {
    if (x < 0) canvas().zoom_center(factor);
    else canvas().zoom(x, factor);
    request_frames();
}

EMSCRIPTEN_KEEPALIVE void tarikh_pan(float dx, float dy) {
    canvas().pan(dx, dy);
    request_frames();
}

EMSCRIPTEN_KEEPALIVE void tarikh_fit() {
    canvas().fit_all();
    request_frames();
}

// 0: a lane per article, 1: a lane per actor.
EMSCRIPTEN_KEEPALIVE void tarikh_set_lanes(int mode) {
    canvas().set_lane_mode(mode ? tarikh::web::LaneMode::Actor : tarikh::web::LaneMode::Article);
    request_frames();
}

EMSCRIPTEN_KEEPALIVE void tarikh_set_theme(int dark) {
    canvas().set_dark(dark != 0);
    request_frames();
}

// Shows the days [lo, hi] (days since 1970-01-01): a restored view, presentation mode's steps.
EMSCRIPTEN_KEEPALIVE void tarikh_show_days(double lo, double hi, int animate) {
    canvas().show_days(lo, hi, animate != 0);
    request_frames();
}

// The axis: Arabic labels (1) or English (0); a Hijri row under it (1) or not (0).
EMSCRIPTEN_KEEPALIVE void tarikh_set_axis(int arabic, int hijri) {
    canvas().set_axis(arabic != 0, hijri != 0);
    request_frames();
}

// The canvas was resized (or the pixel ratio changed): draw at the new size.
EMSCRIPTEN_KEEPALIVE void tarikh_invalidate() { request_frames(); }

EMSCRIPTEN_KEEPALIVE const char* tarikh_state() {
    g_answer = canvas().state_json();
    return g_answer.c_str();
}

// A label as the canvas draws it (shaped, visual order): lets tests check the shaping.
EMSCRIPTEN_KEEPALIVE const char* tarikh_visual_label(const char* logical) {
    g_answer = tarikh::web::visual_label(logical);
    return g_answer.c_str();
}

}  // extern "C"
