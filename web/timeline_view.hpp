// The time axis: which span of days the canvas shows (zoom and pan, eased towards a target so
// that wheel notches and "fit all" glide), and the ticks that label it at the level of detail
// the zoom allows: centuries → decades → years → months → days → hours.
#pragma once

#include <string>
#include <vector>

namespace tarikh::web {

class TimelineView {
public:
    // The drawable width in pixels and where it starts on the canvas.
    void set_area(float left, float width);

    float x_of(double day) const { return left_ + static_cast<float>((day - lo_) * scale_); }
    double day_at(float x) const { return lo_ + (x - left_) / scale_; }
    double lo() const { return lo_; }
    double hi() const { return lo_ + width_ / scale_; }
    double px_per_day() const { return scale_; }

    void zoom_at(float x, double factor);  // factor > 1 zooms in, keeping the day under x still
    void pan(float dx);                     // by dx pixels, right = back in time
    void show(double lo, double hi, bool animate = true);  // a span of days, padded by 6 %
    void center_on(double day);
    bool animate(float dt);                 // eases towards the target; true while moving

private:
    void clamp_target();
    float left_ = 0, width_ = 1;
    double lo_ = 19700, scale_ = 1;           // current: first day shown, pixels per day
    double target_lo_ = 19700, target_scale_ = 1;
};

struct Tick {
    double day;
    float x;
    std::string label;
};

struct Axis {
    std::vector<Tick> minor;  // each step of the chosen unit ("Mar", "14", "14:00", "1990")
    std::vector<Tick> major;  // the enclosing unit ("2024", "March 2024", "Thu 14 March 2024")
    std::string unit;         // the minor unit, for tests and the page: "hour", "day", "month", ...
};

// Ticks no closer than `min_gap` pixels; labels measured with the current ImGui font.
Axis axis_ticks(const TimelineView& view, float min_gap);

}  // namespace tarikh::web
