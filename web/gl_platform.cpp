#include "gl_platform.hpp"

#include <GLES3/gl3.h>
#include <emscripten/html5.h>
#include <emscripten/html5_webgl.h>

#include <cmath>
#include <cstdio>

#include "imgui_impl_opengl3.h"

namespace tarikh::web {

namespace {

constexpr float kFontSize = 15, kSmallFontSize = 12.5f;

// DejaVu Sans covers Latin and Arabic, including the presentation forms that visual_label()
// produces (U+FB50–FDFF, U+FE70–FEFF): one font file, one glyph range list.
const ImWchar* glyph_ranges() {
    static ImVector<ImWchar> ranges;  // must outlive the font atlas
    if (ranges.empty()) {
        static const ImWchar extra[] = {0x0600, 0x06FF, 0x0750, 0x077F, 0x2000, 0x206F, 0x2190, 0x2193,
                                        0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0};
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());
        builder.AddRanges(extra);
        builder.BuildRanges(&ranges);
    }
    return ranges.Data;
}

}  // namespace

bool GlPlatform::init(const char* canvas_selector, const char* font_path) {
    selector_ = canvas_selector;
    font_path_ = font_path;
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.alpha = false;
    attributes.antialias = false;  // ImGui antialiases its own shapes
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(selector_, &attributes);
    if (context <= 0 || emscripten_webgl_make_context_current(context) != EMSCRIPTEN_RESULT_SUCCESS) return false;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini in the browser
    io.BackendPlatformName = "tarikh_html5";
    return ImGui_ImplOpenGL3_Init("#version 300 es");
}

void GlPlatform::build_fonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Rasterise at device pixels and draw at 1/scale: sharp text on HiDPI screens.
    ImFontConfig config;
    config.OversampleH = 2;
    fonts_.regular = io.Fonts->AddFontFromFileTTF(font_path_, kFontSize * scale, &config, glyph_ranges());
    fonts_.small = io.Fonts->AddFontFromFileTTF(font_path_, kSmallFontSize * scale, &config, glyph_ranges());
    if (!fonts_.regular || !fonts_.small) {
        std::fprintf(stderr, "tarikh: cannot load %s, using ImGui's default font\n", font_path_);
        io.Fonts->Clear();
        fonts_.regular = fonts_.small = io.Fonts->AddFontDefault();
    }
    io.FontGlobalScale = 1 / scale;
    // The first atlas is uploaded by the backend's first NewFrame; later ones replace it here.
    if (scale_ > 0) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    fonts_changed_ = true;
}

ImVec2 GlPlatform::begin_frame(float dt) {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(selector_, &css_w, &css_h);
    const auto scale = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (scale != scale_) {
        build_fonts(scale);
        scale_ = scale;
    }
    const int fb_w = static_cast<int>(std::lround(css_w * scale)), fb_h = static_cast<int>(std::lround(css_h * scale));
    if (fb_w != fb_width_ || fb_h != fb_height_) {
        fb_width_ = fb_w;
        fb_height_ = fb_h;
        emscripten_set_canvas_element_size(selector_, fb_w, fb_h);
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = {static_cast<float>(css_w), static_cast<float>(css_h)};
    io.DisplayFramebufferScale = {scale, scale};
    io.DeltaTime = dt > 0 ? dt : 1.0f / 60;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::PushFont(fonts_.regular);
    return io.DisplaySize;
}

void GlPlatform::end_frame(ImU32 clear_color) {
    ImGui::PopFont();
    ImGui::Render();
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(clear_color);
    glViewport(0, 0, fb_width_, fb_height_);
    glClearColor(c.x, c.y, c.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

bool GlPlatform::fonts_changed() {
    const bool changed = fonts_changed_;
    fonts_changed_ = false;
    return changed;
}

}  // namespace tarikh::web
