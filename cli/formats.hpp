// Output formats of `tarikh extract` other than JSON: CSV (one row per event) and TimeML
// (the text with inline TIMEX3 tags).
#pragma once

#include <iosfwd>
#include <string>

#include "tarikh/tarikh.hpp"

namespace tarikh::cli {

void write_csv_header(std::ostream& out);
void write_csv_rows(std::ostream& out, const DocumentResult& doc);

// `text` is the document's text exactly as given: timex offsets are code points into it.
void write_timeml(std::ostream& out, const DocumentResult& doc, const std::string& text);

}  // namespace tarikh::cli
