// The timeline canvas: draws the axis, the lanes and their entries (timeline_layout.hpp) with
// ImGui's draw lists, and answers the pointer: hover cards, selection, zoom and pan. Input
// arrives already decoded by the page (web/ui/canvas.js → web/exports.cpp) in CSS pixels.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "imgui.h"
#include "labels.hpp"
#include "timeline_layout.hpp"
#include "timeline_model.hpp"
#include "timeline_view.hpp"

namespace tarikh::web {

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* small = nullptr;
};

class TimelineCanvas {
public:
    void set_model(Model model);
    void set_lane_mode(LaneMode mode);
    void set_dark(bool dark) { dark_ = dark; }
    void set_fonts(const Fonts& fonts);

    // Selects the entry with that key (-1: none). `reveal` pans (and zooms, when it sits in a
    // cluster) to make it visible: the page selected it in the list or the source pane.
    void select(int key, bool reveal);
    std::function<void(int key)> on_select;  // the user selected an entry on the canvas

    void pointer_move(float x, float y);
    void pointer_leave();
    void click(float x, float y);
    void double_click(float x, float y);
    void zoom(float x, double factor) { view_.zoom_at(x, factor); }
    void zoom_center(double factor) { view_.zoom_at(size_.x / 2, factor); }
    void pan(float dx, float dy);
    void fit_all(bool animate = true);
    // Shows the days [lo, hi] (padded like fit_all): a restored view, a presented event.
    void show_days(double lo, double hi, bool animate);
    // Axis labels in Arabic, and a second row of Hijri (Umm al-Qura) months (hijri_axis.hpp).
    void set_axis(bool arabic, bool hijri) { arabic_axis_ = arabic, hijri_axis_ = hijri; }

    // Draws one frame of `size` CSS pixels; returns true while something still moves.
    bool draw(ImDrawList* draw, ImVec2 size, float dt);

    std::string state_json() const;  // for the page and the tests (window.tarikh.state())
    float frame_ms = 0;   // the last frame's layout and drawing time (set by the frame loop)
    float render_ms = 0;  // and its rendering time (ImGui's renderer and WebGL)
    const char* cursor() const;      // the CSS cursor the pointer should show

private:
    // What the pointer can touch, gathered while drawing the frame.
    struct Hit {
        ImVec2 min, max;
        int lane, item;
    };
    struct LabelBox {
        int key;
        ImVec2 min, max;
    };

    void draw_axis(ImDrawList* draw, const Axis& axis, float top, float bottom);
    void draw_lane(ImDrawList* draw, int lane, float top, float bottom, int rows);
    void draw_item(ImDrawList* draw, int lane, int index, const Item& item, float row_top, float baseline);
    void draw_marker(ImDrawList* draw, const Entry& e, float x0, float x1, float y, ImU32 color) const;
    void draw_card(ImDrawList* draw);
    void draw_hijri_row(ImDrawList* draw, float top);
    const Hit* hit_at(ImVec2 p) const;
    float label_width(const Item& item);

    Model model_;
    std::vector<Lane> lanes_;
    std::vector<LaneLayout> layouts_;
    LaneMode lane_mode_ = LaneMode::Article;
    TimelineView view_;
    Labels labels_;
    Fonts fonts_;
    bool dark_ = true;
    bool fitted_ = false;      // the first frame with a model fits it
    ImVec2 size_{0, 0};
    ImVec2 pointer_{-1, -1};
    float lanes_scroll_ = 0, lanes_height_ = 0;
    std::vector<Hit> hits_;
    std::vector<LabelBox> label_boxes_;
    int hovered_lane_ = -1, hovered_item_ = -1;
    int selected_ = -1;        // position in model_.entries
    bool reveal_pending_ = false;
    int clusters_drawn_ = 0, entries_drawn_ = 0;
    std::string axis_unit_;
    bool arabic_axis_ = false, hijri_axis_ = false;
    std::vector<std::string> hijri_labels_;  // the Hijri row's visible labels (logical), for state_json
};

}  // namespace tarikh::web
