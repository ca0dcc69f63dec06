#include "timeline_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>

#include "dates.hpp"
#include "imgui.h"

namespace tarikh::web {

namespace {

// Zoom limits: about 8 000 years across the canvas at most, an hour over 240 px at least.
constexpr double kMaxSpanDays = 8000 * 365.25;
constexpr double kMaxPxPerHour = 240;

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
const char* const kWeekdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday

enum class Unit { Hour, Day, Month, Year };

struct Step {
    Unit unit;
    int n;
    const char* name;
};

constexpr Step kSteps[] = {
    {Unit::Hour, 1, "hour"},   {Unit::Hour, 3, "hour"},     {Unit::Hour, 6, "hour"},    {Unit::Hour, 12, "hour"},
    {Unit::Day, 1, "day"},     {Unit::Day, 2, "day"},       {Unit::Day, 7, "week"},     {Unit::Month, 1, "month"},
    {Unit::Month, 3, "month"}, {Unit::Month, 6, "month"},   {Unit::Year, 1, "year"},    {Unit::Year, 2, "year"},
    {Unit::Year, 5, "year"},   {Unit::Year, 10, "decade"},  {Unit::Year, 20, "decade"}, {Unit::Year, 50, "decade"},
    {Unit::Year, 100, "century"}, {Unit::Year, 200, "century"}, {Unit::Year, 500, "century"},
    {Unit::Year, 1000, "century"}};

double approx_days(const Step& s) {
    switch (s.unit) {
        case Unit::Hour: return s.n / 24.0;
        case Unit::Day: return s.n;
        case Unit::Month: return s.n * 30.44;
        case Unit::Year: return s.n * 365.25;
    }
    return 1;
}

// A label as wide as the widest one of this step, to check that neighbours do not touch.
const char* widest_label(const Step& s) {
    switch (s.unit) {
        case Unit::Hour: return "00:00";
        case Unit::Day: return s.n == 7 ? "00 Mmm" : "00";
        case Unit::Month: return "Mmm";
        case Unit::Year: return "0000";
    }
    return "0000";
}

int floor_div(long a, long b) { return static_cast<int>(a >= 0 ? a / b : -((-a + b - 1) / b)); }

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
    char buf[64];
    va_list args;
    va_start(args, fmt);
    std::vsnprintf(buf, sizeof buf, fmt, args);
    va_end(args);
    return buf;
}

// Calls f(day, civil) for each boundary of `unit` × n from before `lo` to after `hi`.
template <typename F>
void each_boundary(Unit unit, int n, double lo, double hi, F f) {
    if (unit == Unit::Hour || unit == Unit::Day) {
        const double step = unit == Unit::Hour ? n / 24.0 : n;
        // Weeks start on Mondays (day 4 since the epoch); other steps on multiples of themselves.
        const double offset = unit == Unit::Day && n == 7 ? 4 : 0;
        for (double d = std::floor((lo - offset) / step) * step + offset; d <= hi + step; d += step)
            f(d, civil_from_days(static_cast<long>(std::floor(d + 1e-9))));
        return;
    }
    const Civil first = civil_from_days(static_cast<long>(std::floor(lo)));
    if (unit == Unit::Month) {
        int index = first.year * 12 + (first.month - 1);
        index = floor_div(index, n) * n;
        for (;; index += n) {
            const int y = floor_div(index, 12), m = index - y * 12 + 1;
            const double d = static_cast<double>(days_from_civil(y, m, 1));
            f(d, Civil{y, m, 1});
            if (d > hi) break;
        }
        return;
    }
    for (int y = floor_div(first.year, n) * n;; y += n) {
        const double d = static_cast<double>(days_from_civil(y, 1, 1));
        f(d, Civil{y, 1, 1});
        if (d > hi) break;
    }
}

std::string minor_label(const Step& s, double day, const Civil& c) {
    switch (s.unit) {
        case Unit::Hour: {
            const int hour = static_cast<int>(std::lround((day - std::floor(day + 1e-9)) * 24)) % 24;
            return format("%02d:00", hour);
        }
        case Unit::Day: return s.n == 7 ? format("%d %s", c.day, kMonths[c.month - 1]) : format("%d", c.day);
        case Unit::Month: return kMonths[c.month - 1];
        case Unit::Year: return format("%d", c.year);
    }
    return {};
}

}  // namespace

void TimelineView::set_area(float left, float width) {
    left_ = left;
    width_ = std::max(1.0f, width);
}

void TimelineView::clamp_target() {
    target_scale_ = std::clamp(target_scale_, width_ / kMaxSpanDays, kMaxPxPerHour * 24);
}

void TimelineView::zoom_at(float x, double factor) {
    // Zoom around the day under the cursor in the *target* view, so quick notches compose.
    const double day = target_lo_ + (x - left_) / target_scale_;
    target_scale_ *= factor;
    clamp_target();
    target_lo_ = day - (x - left_) / target_scale_;
}

void TimelineView::pan(float dx) {
    // Dragging moves both current and target: the content sticks to the pointer.
    lo_ -= dx / scale_;
    target_lo_ -= dx / target_scale_;
}

void TimelineView::show(double lo, double hi, bool animate) {
    const double span = std::max(hi - lo, 1.0 / 24);
    const double pad = span * 0.06;
    target_scale_ = width_ / (span + 2 * pad);
    clamp_target();
    target_lo_ = (lo + hi) / 2 - width_ / target_scale_ / 2;
    if (!animate) lo_ = target_lo_, scale_ = target_scale_;
}

void TimelineView::center_on(double day) { target_lo_ = day - width_ / target_scale_ / 2; }

bool TimelineView::animate(float dt) {
    // Exponential easing of the scale (in log space, so zooming feels even) and of the centre.
    const double k = 1 - std::exp(-dt * 14.0);
    const double center = lo_ + width_ / scale_ / 2, target_center = target_lo_ + width_ / target_scale_ / 2;
    const double log_scale = std::log(scale_) + (std::log(target_scale_) - std::log(scale_)) * k;
    const double new_center = center + (target_center - center) * k;
    const bool moving = std::abs(log_scale - std::log(target_scale_)) > 1e-4 ||
                        std::abs(new_center - target_center) * target_scale_ > 0.25;
    scale_ = moving ? std::exp(log_scale) : target_scale_;
    lo_ = (moving ? new_center : target_center) - width_ / scale_ / 2;
    return moving;
}

Axis axis_ticks(const TimelineView& view, float min_gap) {
    Axis axis;
    const Step* step = &kSteps[std::size(kSteps) - 1];
    for (const Step& s : kSteps) {
        const float room = ImGui::CalcTextSize(widest_label(s)).x + min_gap;
        if (approx_days(s) * view.px_per_day() >= room) {
            step = &s;
            break;
        }
    }
    axis.unit = step->name;
    const double lo = view.lo(), hi = view.hi();
    each_boundary(step->unit, step->n, lo, hi, [&](double day, const Civil& c) {
        axis.minor.push_back({day, view.x_of(day), minor_label(*step, day, c)});
    });

    // The enclosing unit: days for hours, months for days, years for months, and for years the
    // decade or century (or none when the minor labels are already centuries).
    auto major = [&](Unit unit, int n, auto label) {
        each_boundary(unit, n, lo, hi, [&](double day, const Civil& c) {
            axis.major.push_back({day, view.x_of(day), label(day, c)});
        });
    };
    switch (step->unit) {
        case Unit::Hour:
            major(Unit::Day, 1, [](double day, const Civil& c) {
                const long d = static_cast<long>(std::floor(day + 1e-9));
                return format("%s %d %s %d", kWeekdays[((d % 7) + 7) % 7], c.day, kMonthNames[c.month - 1], c.year);
            });
            break;
        case Unit::Day:
            major(Unit::Month, 1, [](double, const Civil& c) { return format("%s %d", kMonthNames[c.month - 1], c.year); });
            break;
        case Unit::Month:
            major(Unit::Year, 1, [](double, const Civil& c) { return format("%d", c.year); });
            break;
        case Unit::Year:
            if (step->n < 10) major(Unit::Year, 10, [](double, const Civil& c) { return format("%ds", c.year); });
            else if (step->n < 100) major(Unit::Year, 100, [](double, const Civil& c) { return format("%ds", c.year); });
            break;
    }
    return axis;
}

}  // namespace tarikh::web
