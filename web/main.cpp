// The timeline canvas: Dear ImGui on GLFW + WebGL2, drawn into the page's <canvas>. The text
// input, the controls and the event list are plain HTML (shell.html, app.js); the canvas shows
// the current result: a time axis with ticks and each timeline entry as a point.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bidi_label.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

namespace {

constexpr const char* kCanvasSelector = "#canvas";
constexpr const char* kFontPath = "/fonts/DejaVuSans.ttf";  // written by app.js before main()

struct Point {
    double start_day = 0, end_day = 0;  // days since 1970-01-01
    std::string value;                  // TIMEX3 value, shown as is
    std::string label;                  // title in visual order, ready for ImGui
};

GLFWwindow* g_window = nullptr;
std::vector<Point> g_points;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long days_from_civil(long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

bool parse_day(const nlohmann::json& j, double& day) {
    int y, m, d;
    if (!j.is_string() || std::sscanf(j.get_ref<const std::string&>().c_str(), "%d-%d-%d", &y, &m, &d) != 3) return false;
    day = static_cast<double>(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
    return true;
}

void civil_from_days(long z, int& y, int& m, int& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

// A tick step (in days) that puts roughly `target` ticks on the span, and how to label it.
struct TickStep {
    double days;
    const char* unit;  // "day", "month" or "year"
};

TickStep tick_step(double span_days, int target) {
    static const TickStep steps[] = {{1, "day"},     {7, "day"},      {30.436875, "month"}, {91.310625, "month"},
                                     {365.2425, "year"}, {1826.2125, "year"}, {3652.425, "year"}, {36524.25, "year"}};
    for (const TickStep& s : steps)
        if (span_days / s.days <= target) return s;
    return steps[std::size(steps) - 1];
}

std::string tick_label(double day, const char* unit) {
    int y, m, d;
    civil_from_days(std::lround(day), y, m, d);
    char buf[16];
    if (unit[0] == 'd') std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else if (unit[0] == 'm') std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    else std::snprintf(buf, sizeof buf, "%04d", y);
    return buf;
}

void draw_timeline() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("timeline", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float left = origin.x + 40, right = origin.x + avail.x - 40;
    const float axis_y = origin.y + avail.y * 0.6f;
    const ImU32 axis_color = IM_COL32(200, 200, 210, 255), point_color = IM_COL32(90, 170, 255, 255);

    draw->AddLine({left, axis_y}, {right, axis_y}, axis_color, 2.0f);
    if (g_points.empty()) {
        ImGui::TextUnformatted("No dated events to show.");
        ImGui::End();
        return;
    }

    // The span shown: all points, padded by 5% (and at least a week) on each side.
    double lo = g_points.front().start_day, hi = g_points.front().end_day;
    for (const Point& p : g_points) lo = std::min(lo, p.start_day), hi = std::max(hi, p.end_day);
    const double pad = std::max(7.0, (hi - lo) * 0.05);
    lo -= pad, hi += pad;
    auto x_of = [&](double day) { return left + static_cast<float>((day - lo) / (hi - lo)) * (right - left); };

    const TickStep step = tick_step(hi - lo, std::max(2, static_cast<int>((right - left) / 110)));
    for (double t = std::ceil(lo / step.days) * step.days; t <= hi; t += step.days) {
        const float x = x_of(t);
        draw->AddLine({x, axis_y - 5}, {x, axis_y + 5}, axis_color);
        const std::string label = tick_label(t, step.unit);
        draw->AddText({x - ImGui::CalcTextSize(label.c_str()).x / 2, axis_y + 8}, axis_color, label.c_str());
    }

    // Points (a bar for entries that cover a span), labels staggered on three rows above the axis.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (size_t i = 0; i < g_points.size(); ++i) {
        const Point& p = g_points[i];
        const float x0 = x_of(p.start_day), x1 = std::max(x_of(p.end_day + 1), x0 + 1);
        draw->AddRectFilled({x0, axis_y - 3}, {x1, axis_y + 3}, point_color, 3.0f);
        draw->AddCircleFilled({x0, axis_y}, 5.0f, point_color);
        const float label_y = axis_y - 30 - static_cast<float>(i % 3) * 22;
        draw->AddLine({x0, axis_y - 5}, {x0, label_y + 18}, IM_COL32(90, 170, 255, 120));
        // Labels that would run off the right edge end at their point instead.
        const float label_w = ImGui::CalcTextSize(p.label.c_str()).x;
        const float label_x = x0 + 3 + label_w > origin.x + avail.x ? x0 - 3 - label_w : x0 + 3;
        draw->AddText({label_x, label_y}, IM_COL32(235, 235, 240, 255), p.label.c_str());
        if (std::abs(mouse.x - x0) < 6 && std::abs(mouse.y - axis_y) < 8) ImGui::SetTooltip("%s\n%s", p.value.c_str(), p.label.c_str());
    }
    ImGui::End();
}

void frame() {
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    draw_timeline();
    ImGui::Render();
    int width, height;
    glfwGetFramebufferSize(g_window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.10f, 0.11f, 0.14f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void load_font() {
    // DejaVu Sans covers Latin and Arabic, including the presentation forms that
    // visual_label() produces: one font file, one glyph range list.
    ImGuiIO& io = ImGui::GetIO();
    static const ImWchar arabic[] = {0x0600, 0x06FF, 0x0750, 0x077F, 0x2000, 0x206F,
                                     0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0};
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    builder.AddRanges(arabic);
    static ImVector<ImWchar> ranges;  // must outlive the font atlas build
    builder.BuildRanges(&ranges);
    if (!io.Fonts->AddFontFromFileTTF(kFontPath, 17.0f, nullptr, ranges.Data))
        std::fprintf(stderr, "tarikh: cannot load %s, using ImGui's default font\n", kFontPath);
}

}  // namespace

extern "C" {

// Shows a result of tarikh_extract ({"documents", "timeline"}) on the canvas.
EMSCRIPTEN_KEEPALIVE void tarikh_show(const char* result_json) {
    g_points.clear();
    const nlohmann::json result = nlohmann::json::parse(result_json, nullptr, /*allow_exceptions=*/false);
    if (!result.is_object() || !result.contains("timeline")) return;
    for (const auto& entry : result["timeline"]) {
        Point p;
        const auto& when = entry.value("when", nlohmann::json::object());
        if (!parse_day(when.value("start", nlohmann::json()), p.start_day)) continue;  // undated
        if (!parse_day(when.value("end", nlohmann::json()), p.end_day)) p.end_day = p.start_day;
        p.value = when.value("value", "");
        p.label = tarikh::web::visual_label(entry.value("title", ""));
        g_points.push_back(std::move(p));
    }
}

}  // extern "C"

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    g_window = glfwCreateWindow(800, 400, "Tarikh", nullptr, nullptr);
    if (!g_window) return 1;
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // no imgui.ini in the browser
    ImGui::StyleColorsDark();
    load_font();
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    // Keep the GLFW window the size the page's CSS gives the canvas.
    ImGui_ImplGlfw_InstallEmscriptenCanvasResizeCallback(kCanvasSelector);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
