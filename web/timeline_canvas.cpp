#include "timeline_canvas.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "dates.hpp"
#include "hijri_axis.hpp"
#include "theme.hpp"

namespace tarikh::web {

namespace {

// Sizes in CSS pixels (the frame is scaled to device pixels by the renderer).
constexpr float kAxisHeight = 48, kLaneHeader = 24, kRowHeight = 36, kLaneFoot = 12;
constexpr float kMarkerRadius = 5, kBarHeight = 8, kBadgeGap = 4;
constexpr int kMinRows = 2, kMaxRows = 6;  // fewer than 2: lanes scroll instead
constexpr float kCardWidth = 380;
constexpr float kHijriRow = 22;  // the optional Hijri row under the axis

std::string iso_day(double day) {
    const Civil c = civil_from_days(static_cast<long>(std::floor(day + 1e-9)));
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

const char* part_name(Part p) {
    switch (p) {
        case Part::Start: return "early in the period";
        case Part::Mid: return "in the middle of the period";
        case Part::End: return "late in the period";
        case Part::Before: return "before this date";
        case Part::After: return "after this date";
        case Part::Whole: break;
    }
    return nullptr;
}

std::string badge_text(const Entry& e) { return std::to_string(e.docs.size()); }

bool inside(ImVec2 p, ImVec2 min, ImVec2 max) { return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y; }

// A horizontal band from alpha a0 at x0 to alpha a1 at x1: the soft edges of partial and
// approximate periods.
void fade(ImDrawList* draw, float x0, float x1, float y0, float y1, ImU32 color, float a0, float a1) {
    if (x1 - x0 < 0.5f) return;
    const ImU32 c0 = with_alpha(color, a0), c1 = with_alpha(color, a1);
    draw->AddRectFilledMultiColor({x0, y0}, {x1, y1}, c0, c1, c1, c0);
}

}  // namespace

void TimelineCanvas::set_model(Model model) {
    const int selected_key = selected_ >= 0 ? model_.entries[static_cast<size_t>(selected_)].key : -1;
    model_ = std::move(model);
    lanes_ = make_lanes(model_, lane_mode_);
    layouts_.assign(lanes_.size(), {});
    labels_.clear();
    selected_ = model_.find(selected_key);
    hovered_lane_ = hovered_item_ = -1;
    hits_.clear();
    fitted_ = false;
}

void TimelineCanvas::set_lane_mode(LaneMode mode) {
    lane_mode_ = mode;
    lanes_ = make_lanes(model_, lane_mode_);
    layouts_.assign(lanes_.size(), {});
    lanes_scroll_ = 0;
    hovered_lane_ = hovered_item_ = -1;
    hits_.clear();
}

void TimelineCanvas::set_fonts(const Fonts& fonts) {
    fonts_ = fonts;
    labels_.clear();  // widths were measured with the old font
}

void TimelineCanvas::select(int key, bool reveal) {
    selected_ = model_.find(key);
    if (selected_ < 0 || !reveal) return;
    const Entry& e = model_.entries[static_cast<size_t>(selected_)];
    if (e.end < view_.lo() || e.start > view_.hi()) view_.center_on(e.center());
    reveal_pending_ = true;
}

void TimelineCanvas::fit_all(bool animate) {
    if (model_.entries.empty()) return;
    view_.show(model_.lo, model_.hi, animate);
    fitted_ = true;
}

void TimelineCanvas::pointer_move(float x, float y) {
    pointer_ = {x, y};
    const Hit* hit = hit_at(pointer_);
    hovered_lane_ = hit ? hit->lane : -1;
    hovered_item_ = hit ? hit->item : -1;
}

void TimelineCanvas::pointer_leave() {
    pointer_ = {-1, -1};
    hovered_lane_ = hovered_item_ = -1;
}

void TimelineCanvas::pan(float dx, float dy) {
    view_.pan(dx);
    lanes_scroll_ -= dy;  // clamped when drawing, once the lanes' height is known
}

void TimelineCanvas::click(float x, float y) {
    const Hit* hit = hit_at({x, y});
    if (!hit) return;
    const LaneLayout& layout = layouts_[static_cast<size_t>(hit->lane)];
    const Item& item = layout.items[static_cast<size_t>(hit->item)];
    if (item.entry < 0) {  // a cluster: zoom in on what it gathers
        double lo = model_.entries[static_cast<size_t>(layout.members[static_cast<size_t>(item.first)])].start, hi = lo;
        for (int k = item.first; k < item.first + item.count; ++k) {
            const Entry& e = model_.entries[static_cast<size_t>(layout.members[static_cast<size_t>(k)])];
            lo = std::min(lo, e.start);
            hi = std::max(hi, e.end);
        }
        view_.show(lo, hi);
        return;
    }
    selected_ = item.entry;
    if (on_select) on_select(model_.entries[static_cast<size_t>(selected_)].key);
}

void TimelineCanvas::double_click(float x, float y) {
    const Hit* hit = hit_at({x, y});
    if (!hit) {
        view_.zoom_at(x, 2.5);
        return;
    }
    const Item& item = layouts_[static_cast<size_t>(hit->lane)].items[static_cast<size_t>(hit->item)];
    if (item.entry < 0) return click(x, y);
    // Zoom to the event: its period fills about a third of the width, a day at least.
    const Entry& e = model_.entries[static_cast<size_t>(item.entry)];
    const double span = std::max(e.end - e.start, 1.0);
    view_.show(e.center() - span * 1.5, e.center() + span * 1.5);
}

const TimelineCanvas::Hit* TimelineCanvas::hit_at(ImVec2 p) const {
    for (auto it = hits_.rbegin(); it != hits_.rend(); ++it)  // the last drawn is on top
        if (inside(p, it->min, it->max)) return &*it;
    return nullptr;
}

const char* TimelineCanvas::cursor() const { return hovered_item_ >= 0 ? "pointer" : "grab"; }

float TimelineCanvas::label_width(const Item& item) {
    if (item.entry < 0) return ImGui::CalcTextSize((std::to_string(item.count) + " events").c_str()).x;
    const Entry& e = model_.entries[static_cast<size_t>(item.entry)];
    float badge = 0;
    if (e.docs.size() > 1) {
        ImGui::PushFont(fonts_.small);
        badge = ImGui::CalcTextSize(badge_text(e).c_str()).x + 10 + kBadgeGap;
        ImGui::PopFont();
    }
    return badge + labels_.fit(item.entry, e.title, 1e9f).width;
}

bool TimelineCanvas::draw(ImDrawList* draw, ImVec2 size, float dt) {
    const Theme& t = theme(dark_);
    size_ = size;
    view_.set_area(16, size.x - 32);
    if (!fitted_) fit_all(/*animate=*/false);
    const bool moving = view_.animate(dt);
    hits_.clear();
    label_boxes_.clear();
    clusters_drawn_ = entries_drawn_ = 0;

    draw->AddRectFilled({0, 0}, size, t.background);
    const Axis axis = [&] {
        ImGui::PushFont(fonts_.small);
        // Arabic month names are wider than "Mmm": ticks keep more room between them.
        Axis a = axis_ticks(view_, arabic_axis_ ? 40 : 18);
        if (arabic_axis_)
            for (auto* ticks : {&a.minor, &a.major})
                for (Tick& tick : *ticks) tick.label = labels_.line(arabic_axis_label(tick.label));
        ImGui::PopFont();
        return a;
    }();
    axis_unit_ = axis.unit;

    if (lanes_.empty()) {
        draw_axis(draw, axis, kAxisHeight, size.y);
        const char* hint = model_.docs.empty() ? "Paste an article or pick a sample: its dated events appear here."
                                               : "No dated events in these articles yet.";
        const ImVec2 hint_size = ImGui::CalcTextSize(hint);
        draw->AddText({(size.x - hint_size.x) / 2, size.y / 2 - hint_size.y / 2}, t.label_muted, hint);
        return moving;
    }

    // Lanes share the height below the axis; with too many for the canvas they scroll.
    const float axis_bottom = kAxisHeight + (hijri_axis_ ? kHijriRow : 0);
    const float avail = size.y - axis_bottom - 4;
    const float per_lane = avail / static_cast<float>(lanes_.size());
    const int rows = std::clamp(static_cast<int>((per_lane - kLaneHeader - kLaneFoot) / kRowHeight), kMinRows, kMaxRows);
    const float lane_height = kLaneHeader + static_cast<float>(rows) * kRowHeight + kLaneFoot;
    lanes_height_ = lane_height * static_cast<float>(lanes_.size());
    lanes_scroll_ = std::clamp(lanes_scroll_, 0.0f, std::max(0.0f, lanes_height_ - avail));

    draw_axis(draw, axis, kAxisHeight, size.y);
    draw->PushClipRect({0, axis_bottom}, size, true);
    for (size_t lane = 0; lane < lanes_.size(); ++lane) {
        const float top = axis_bottom + static_cast<float>(lane) * lane_height - lanes_scroll_;
        if (top > size.y || top + lane_height < axis_bottom) continue;
        draw_lane(draw, static_cast<int>(lane), top, top + lane_height, rows);
    }
    draw->PopClipRect();
    if (lanes_height_ > avail) {  // a thin scroll indicator
        const float track = size.y - axis_bottom, thumb = track * avail / lanes_height_;
        const float y = axis_bottom + (track - thumb) * lanes_scroll_ / (lanes_height_ - avail);
        draw->AddRectFilled({size.x - 5, y}, {size.x - 2, y + thumb}, t.grid_major, 2);
    }

    // The hover state follows the content when it moves under a still pointer.
    const Hit* hit = pointer_.x >= 0 ? hit_at(pointer_) : nullptr;
    hovered_lane_ = hit ? hit->lane : -1;
    hovered_item_ = hit ? hit->item : -1;
    draw_card(draw);

    // Revealing a selected entry that sits in a cluster: zoom in on it until it stands alone.
    if (reveal_pending_ && !moving && selected_ >= 0) {
        const Entry& e = model_.entries[static_cast<size_t>(selected_)];
        bool alone = false;
        for (const LaneLayout& layout : layouts_)
            for (const Item& item : layout.items) alone |= item.entry == selected_ && item.row >= 0;
        if (alone || view_.px_per_day() >= 24 * 200) {
            reveal_pending_ = false;
        } else {
            view_.zoom_at(view_.x_of(e.center()), 3);
            view_.center_on(e.center());
        }
        return true;
    }
    return moving;
}

void TimelineCanvas::draw_axis(ImDrawList* draw, const Axis& axis, float top, float bottom) {
    const Theme& t = theme(dark_);
    ImGui::PushFont(fonts_.small);
    for (const Tick& tick : axis.minor) {
        draw->AddLine({tick.x, top - 6}, {tick.x, bottom}, t.grid);
        draw->AddText({tick.x + 4, top - 20}, t.axis_text, tick.label.c_str());
    }
    ImGui::PopFont();
    // Major labels stick to the left edge while their period is on screen.
    for (size_t i = 0; i < axis.major.size(); ++i) {
        const Tick& tick = axis.major[i];
        draw->AddLine({tick.x, 4}, {tick.x, bottom}, t.grid_major);
        const float width = ImGui::CalcTextSize(tick.label.c_str()).x;
        float x = std::max(tick.x + 5, 6.0f);
        if (i + 1 < axis.major.size()) x = std::min(x, axis.major[i + 1].x - width - 8);
        draw->AddText({x, 5}, t.axis_major_text, tick.label.c_str());
    }
    draw->AddLine({0, top}, {size_.x, top}, t.grid_major);
    if (hijri_axis_) draw_hijri_row(draw, top);
}

void TimelineCanvas::draw_hijri_row(ImDrawList* draw, float top) {
    const Theme& t = theme(dark_);
    ImGui::PushFont(fonts_.small);
    const float room = ImGui::CalcTextSize("Dhu al-Hijjah 0000").x + 12;
    const std::vector<Tick> ticks = hijri_ticks(view_, arabic_axis_, room);
    hijri_labels_.clear();
    for (size_t i = 0; i < ticks.size(); ++i) {
        const Tick& tick = ticks[i];
        draw->AddLine({tick.x, top}, {tick.x, top + kHijriRow}, t.grid_major);
        // Like the major labels: stuck to the left edge while the period is on screen.
        const std::string& label = labels_.line(tick.label);
        const float width = ImGui::CalcTextSize(label.c_str()).x;
        float x = std::max(tick.x + 4, 6.0f);
        if (i + 1 < ticks.size()) x = std::min(x, ticks[i + 1].x - width - 6);
        if (x + width < 0 || x > size_.x) continue;
        draw->AddText({x, top + 4}, t.axis_text, label.c_str());
        hijri_labels_.push_back(tick.label);
    }
    draw->AddLine({0, top + kHijriRow}, {size_.x, top + kHijriRow}, t.grid_major);
    ImGui::PopFont();
}

void TimelineCanvas::show_days(double lo, double hi, bool animate) {
    view_.show(lo, hi, animate);
    fitted_ = true;
}

void TimelineCanvas::draw_lane(ImDrawList* draw, int lane_index, float top, float bottom, int rows) {
    const Theme& t = theme(dark_);
    const Lane& lane = lanes_[static_cast<size_t>(lane_index)];
    LaneLayout& layout = layouts_[static_cast<size_t>(lane_index)];
    if (lane_index % 2) draw->AddRectFilled({0, top}, {size_.x, bottom}, with_alpha(t.lane_alt, 0.7f));
    draw->AddLine({0, bottom}, {size_.x, bottom}, t.grid);

    // The article's publication date, a dashed line: "now" for that article.
    if (!std::isnan(lane.dct) && lane.dct >= view_.lo() && lane.dct <= view_.hi()) {
        const float x = view_.x_of(lane.dct + 0.5);
        for (float y = top + 4; y < bottom - 4; y += 8) draw->AddLine({x, y}, {x, std::min(y + 4, bottom - 4)}, t.dct_line, 1.5f);
    }

    LayoutMetrics metrics;
    metrics.view_left = 8;
    layout_lane(model_, lane, view_, rows, metrics, [&](const Item& item) { return label_width(item); }, layout);
    const float baseline = bottom - kLaneFoot / 2;
    for (size_t k = 0; k < layout.items.size(); ++k) {
        const Item& item = layout.items[k];
        const float row_top = top + kLaneHeader + static_cast<float>(item.row) * kRowHeight;
        draw_item(draw, lane_index, static_cast<int>(k), item, row_top, baseline);
    }

    // The lane's name last, over a backing so that it stays legible above the entries.
    const ImU32 name_color = lane.doc >= 0 ? t.article_color(lane.doc) : t.lane_text;
    const std::string& name = labels_.line(lane.name.size() > 90 ? lane.name.substr(0, lane.name.rfind(' ', 90)) + "…" : lane.name);
    ImGui::PushFont(fonts_.small);
    const ImVec2 name_size = ImGui::CalcTextSize(name.c_str());
    draw->AddRectFilled({4, top + 3}, {18 + name_size.x, top + 5 + name_size.y}, with_alpha(t.background, 0.85f), 4);
    draw->AddCircleFilled({10, top + 4 + name_size.y / 2}, 3.5f, name_color);
    draw->AddText({16, top + 4}, t.lane_text, name.c_str());
    ImGui::PopFont();
}

void TimelineCanvas::draw_marker(ImDrawList* draw, const Entry& e, float x0, float x1, float y, ImU32 color) const {
    const float h = kBarHeight / 2;
    const float w = x1 - x0;
    if (e.mark == Mark::Point || w < kMarkerRadius * 2) {
        const float x = (x0 + x1) / 2;
        if (e.approximate) {  // fuzzy: a soft halo instead of a crisp dot
            for (int ring = 4; ring >= 1; --ring)
                draw->AddCircleFilled({x, y}, kMarkerRadius + static_cast<float>(ring) * 2.5f, with_alpha(color, 0.12f));
            draw->AddCircleFilled({x, y}, kMarkerRadius - 1, with_alpha(color, 0.8f));
        } else {
            draw->AddCircleFilled({x, y}, kMarkerRadius, color);
        }
        return;
    }
    if (e.mark == Mark::Span) {  // a range of days: a thin line with end caps
        draw->AddRectFilled({x0, y - 2}, {x1, y + 2}, color, 2);
        draw->AddRectFilled({x0, y - 7}, {x0 + 2.5f, y + 7}, color);
        draw->AddRectFilled({x1 - 2.5f, y - 7}, {x1, y + 7}, color);
        return;
    }
    // A period: the bar spans it. A part of it ("early February") is solid over its third and
    // fades over the rest; an approximate period fades out beyond both ends.
    const float y0 = y - h, y1 = y + h;
    switch (e.part) {
        case Part::Start:
            draw->AddRectFilled({x0, y0}, {x1, y1}, with_alpha(color, 0.18f), h);
            draw->AddRectFilled({x0, y0}, {x0 + w / 3, y1}, color, h, ImDrawFlags_RoundCornersLeft);
            fade(draw, x0 + w / 3, x0 + w * 0.6f, y0, y1, color, 1, 0);
            break;
        case Part::End:
            draw->AddRectFilled({x0, y0}, {x1, y1}, with_alpha(color, 0.18f), h);
            fade(draw, x0 + w * 0.4f, x1 - w / 3, y0, y1, color, 0, 1);
            draw->AddRectFilled({x1 - w / 3, y0}, {x1, y1}, color, h, ImDrawFlags_RoundCornersRight);
            break;
        case Part::Mid:
            draw->AddRectFilled({x0, y0}, {x1, y1}, with_alpha(color, 0.18f), h);
            fade(draw, x0 + w * 0.2f, x0 + w / 3, y0, y1, color, 0, 1);
            draw->AddRectFilled({x0 + w / 3, y0}, {x1 - w / 3, y1}, color);
            fade(draw, x1 - w / 3, x1 - w * 0.2f, y0, y1, color, 1, 0);
            break;
        case Part::Before:
            fade(draw, x0 - w * 0.5f, x0, y0, y1, color, 0, 1);
            draw->AddRectFilled({x0, y0}, {x1, y1}, color, h, ImDrawFlags_RoundCornersRight);
            break;
        case Part::After:
            draw->AddRectFilled({x0, y0}, {x1, y1}, color, h, ImDrawFlags_RoundCornersLeft);
            fade(draw, x1, x1 + w * 0.5f, y0, y1, color, 1, 0);
            break;
        case Part::Whole:
            if (e.approximate) {
                const float edge = std::max(8.0f, w * 0.15f);
                fade(draw, x0 - edge, x0 + edge, y0, y1, color, 0, 0.75f);
                draw->AddRectFilled({x0 + edge, y0}, {x1 - edge, y1}, with_alpha(color, 0.75f));
                fade(draw, x1 - edge, x1 + edge, y0, y1, color, 0.75f, 0);
            } else {
                draw->AddRectFilled({x0, y0}, {x1, y1}, color, h);
            }
            break;
    }
}

void TimelineCanvas::draw_item(ImDrawList* draw, int lane, int index, const Item& item, float row_top, float baseline) {
    const Theme& t = theme(dark_);
    const LaneLayout& layout = layouts_[static_cast<size_t>(lane)];
    const bool hovered = lane == hovered_lane_ && index == hovered_item_;
    const float x0 = std::max(item.x0, -20.0f), x1 = std::min(item.x1, size_.x + 20);

    if (item.row < 0) {  // no room in any row: a tick on the lane's baseline
        const int entry = item.entry >= 0 ? item.entry : layout.members[static_cast<size_t>(item.first)];
        const ImU32 color = t.article_color(model_.entries[static_cast<size_t>(entry)].doc());
        const float x = (x0 + x1) / 2;
        draw->AddRectFilled({x - 1, baseline - 4}, {x + 1, baseline + 4}, with_alpha(color, hovered ? 1 : 0.6f));
        hits_.push_back({{x - 4, baseline - 6}, {x + 4, baseline + 6}, lane, index});
        entries_drawn_ += item.count;
        return;
    }

    const float marker_y = row_top + kRowHeight - 10;
    const float label_y = row_top + 2;
    ImVec2 hit_min{x0 - kMarkerRadius - 3, marker_y - 9}, hit_max{std::max(x1, x0 + kMarkerRadius) + 3, marker_y + 9};
    std::string cluster_label;
    if (item.entry < 0) {
        // A cluster: a pill over the span it gathers, with its count.
        ++clusters_drawn_;
        entries_drawn_ += item.count;
        const int first = layout.members[static_cast<size_t>(item.first)];
        const ImU32 color = t.article_color(model_.entries[static_cast<size_t>(first)].doc());
        const std::string count = std::to_string(item.count);
        ImGui::PushFont(fonts_.small);
        const ImVec2 count_size = ImGui::CalcTextSize(count.c_str());
        const float pill_x1 = std::max(x1 + 6, x0 - 6 + count_size.x + 12);
        draw->AddRectFilled({x0 - 6, marker_y - 8}, {pill_x1, marker_y + 8}, with_alpha(color, hovered ? 0.55f : 0.35f), 8);
        draw->AddRect({x0 - 6, marker_y - 8}, {pill_x1, marker_y + 8}, color, 8, 0, 1.5f);
        draw->AddText({x0, marker_y - count_size.y / 2}, t.label, count.c_str());
        ImGui::PopFont();
        hit_max.x = pill_x1;
        cluster_label = count + " events";
    } else {
        ++entries_drawn_;
        const Entry& e = model_.entries[static_cast<size_t>(item.entry)];
        const ImU32 color = t.article_color(e.doc());
        draw_marker(draw, e, item.x0, item.x1, marker_y, color);
        if (item.entry == selected_ || hovered) {
            const ImU32 ring = item.entry == selected_ ? t.selection : with_alpha(t.label, 0.6f);
            if (e.mark == Mark::Point || item.x1 - item.x0 < kMarkerRadius * 2)
                draw->AddCircle({(item.x0 + item.x1) / 2, marker_y}, kMarkerRadius + 4, ring, 0, 2);
            else
                draw->AddRect({x0 - 3, marker_y - 8}, {x1 + 3, marker_y + 8}, ring, 6, 0, 2);
        }
    }

    // The label, in the room the layout left it (never over a neighbour's).
    const float room = std::min(item.label_room, size_.x - 4 - item.label_x);
    if (room > 0) {
        float x = item.label_x;
        const ImU32 text_color = item.entry == selected_ && item.entry >= 0 ? t.selection : t.label;
        if (item.entry < 0) {
            draw->AddText({x, label_y}, t.label_muted, cluster_label.c_str());
            hit_max.x = std::max(hit_max.x, x + ImGui::CalcTextSize(cluster_label.c_str()).x);
        } else {
            const Entry& e = model_.entries[static_cast<size_t>(item.entry)];
            if (e.docs.size() > 1) {  // merged: how many articles report it
                ImGui::PushFont(fonts_.small);
                const std::string n = badge_text(e);
                const ImVec2 n_size = ImGui::CalcTextSize(n.c_str());
                const ImU32 color = t.article_color(e.doc());
                draw->AddRectFilled({x, label_y + 2}, {x + n_size.x + 10, label_y + 4 + n_size.y}, color, 8);
                draw->AddText({x + 5, label_y + 3}, t.background, n.c_str());
                ImGui::PopFont();
                x += n_size.x + 10 + kBadgeGap;
            }
            const Labels::Fit fit = labels_.fit(item.entry, e.title, item.label_x + room - x);
            if (fit.text) {
                draw->AddText({x, label_y}, text_color, fit.text->c_str());
                const ImVec2 text_max{x + fit.width, label_y + ImGui::GetFontSize()};
                label_boxes_.push_back({e.key, {x, label_y}, text_max});
                hit_min = {std::min(hit_min.x, item.label_x), label_y};
                hit_max.x = std::max(hit_max.x, text_max.x);
            }
        }
    }
    hits_.push_back({hit_min, hit_max, lane, index});
}

void TimelineCanvas::draw_card(ImDrawList* draw) {
    if (hovered_lane_ < 0) return;
    const Theme& t = theme(dark_);
    const LaneLayout& layout = layouts_[static_cast<size_t>(hovered_lane_)];
    const Item& item = layout.items[static_cast<size_t>(hovered_item_)];
    struct Line {
        std::string text;
        bool small;
    };
    std::vector<Line> lines;
    const float width = std::min(kCardWidth, size_.x - 24);
    if (item.entry >= 0) {
        const Entry& e = model_.entries[static_cast<size_t>(item.entry)];
        for (std::string& l : labels_.wrap(e.title, width, 4)) lines.push_back({std::move(l), false});
        if (!e.written.empty()) lines.push_back({labels_.line("As written: “" + e.written + "”"), true});
        std::string date = e.value + "  ·  " + e.granularity;
        if (e.mark != Mark::Point) date += "  ·  " + iso_day(e.start) + " → " + iso_day(e.end - 1e-6);
        lines.push_back({date, true});
        if (const char* part = part_name(e.part)) lines.push_back({part, true});
        if (e.approximate) lines.push_back({"approximate date", true});
        std::string sources = e.docs.size() > 1 ? std::to_string(e.docs.size()) + " sources: " : "Source: ";
        for (size_t k = 0; k < e.docs.size(); ++k) {
            const std::string& name = model_.docs[static_cast<size_t>(e.docs[k])];
            sources += (k ? " · " : "") + (name.size() > 40 ? name.substr(0, name.rfind(' ', 40)) + "…" : name);
        }
        for (std::string& l : labels_.wrap(sources, width, 2)) lines.push_back({std::move(l), true});
    } else {
        const Entry& first = model_.entries[static_cast<size_t>(layout.members[static_cast<size_t>(item.first)])];
        const Entry& last = model_.entries[static_cast<size_t>(layout.members[static_cast<size_t>(item.first + item.count - 1)])];
        lines.push_back({std::to_string(item.count) + " events, " + iso_day(first.start) + " → " + iso_day(last.end - 1e-6), false});
        for (int k = item.first; k < item.first + std::min(item.count, 6); ++k) {
            const Entry& e = model_.entries[static_cast<size_t>(layout.members[static_cast<size_t>(k)])];
            const auto wrapped = labels_.wrap(e.value + "  " + e.title, width, 1);
            if (!wrapped.empty()) lines.push_back({wrapped.front(), true});
        }
        if (item.count > 6) lines.push_back({"… and " + std::to_string(item.count - 6) + " more", true});
        lines.push_back({"Click to zoom in", true});
    }

    // Measure, place beside the pointer (kept inside the canvas), draw.
    float w = 0, h = 0;
    for (const Line& l : lines) {
        ImGui::PushFont(l.small ? fonts_.small : fonts_.regular);
        const ImVec2 s = ImGui::CalcTextSize(l.text.c_str());
        ImGui::PopFont();
        w = std::max(w, s.x);
        h += s.y + 3;
    }
    const float pad = 10;
    ImVec2 pos{pointer_.x + 16, pointer_.y + 18};
    if (pos.x + w + 2 * pad > size_.x - 4) pos.x = std::max(4.0f, pointer_.x - 16 - w - 2 * pad);
    if (pos.y + h + 2 * pad > size_.y - 4) pos.y = std::max(4.0f, pointer_.y - 18 - h - 2 * pad);
    draw->AddRectFilled({pos.x + 2, pos.y + 3}, {pos.x + w + 2 * pad + 2, pos.y + h + 2 * pad + 3}, IM_COL32(0, 0, 0, 40), 8);
    draw->AddRectFilled(pos, {pos.x + w + 2 * pad, pos.y + h + 2 * pad}, t.card_bg, 8);
    draw->AddRect(pos, {pos.x + w + 2 * pad, pos.y + h + 2 * pad}, t.card_border, 8);
    float y = pos.y + pad;
    for (size_t k = 0; k < lines.size(); ++k) {
        const Line& l = lines[k];
        ImFont* font = l.small ? fonts_.small : fonts_.regular;
        draw->AddText(font, font->FontSize * ImGui::GetIO().FontGlobalScale, {pos.x + pad, y},
                      l.small ? t.card_muted : t.card_text, l.text.c_str());
        y += font->FontSize * ImGui::GetIO().FontGlobalScale + 3;
    }
}

std::string TimelineCanvas::state_json() const {
    nlohmann::json labels = nlohmann::json::array();
    for (const LabelBox& b : label_boxes_)
        labels.push_back({{"key", b.key}, {"x", b.min.x}, {"y", b.min.y}, {"w", b.max.x - b.min.x}, {"h", b.max.y - b.min.y}});
    const int hovered = hovered_lane_ >= 0 ? layouts_[static_cast<size_t>(hovered_lane_)].items[static_cast<size_t>(hovered_item_)].entry : -1;
    return nlohmann::json{
        {"entries", model_.entries.size()},
        {"lanes", lanes_.size()},
        {"laneMode", lane_mode_ == LaneMode::Article ? "article" : "actor"},
        {"view", {{"from", iso_day(view_.lo())}, {"to", iso_day(view_.hi())}, {"lo", view_.lo()}, {"hi", view_.hi()}, {"unit", axis_unit_}}},
        {"selected", selected_ >= 0 ? model_.entries[static_cast<size_t>(selected_)].key : -1},
        {"hovered", hovered >= 0 ? model_.entries[static_cast<size_t>(hovered)].key : -1},
        {"drawn", entries_drawn_},
        {"clusters", clusters_drawn_},
        {"labels", labels},
        {"frameMs", frame_ms},
        {"renderMs", render_ms},
        {"axis", {{"arabic", arabic_axis_}, {"hijri", hijri_axis_}, {"hijriLabels", hijri_labels_}}},
    }.dump();
}

}  // namespace tarikh::web
