// The language folders (core/lang/<code>/...), embedded at build time by embed_lang.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace tarikh {

struct EmbeddedFile {
    std::string_view path;     // "ar/months.tsv"
    std::string_view content;  // the file's bytes (UTF-8 text)
};

const std::vector<EmbeddedFile>& embedded_lang_files();

}  // namespace tarikh
