#include "formats.hpp"

#include <algorithm>
#include <ostream>
#include <vector>

namespace tarikh::cli {
namespace {

// RFC 4180: quote every field that holds a comma, a quote or a line break; double the quotes.
std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

std::string xml_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// Byte offset where each code point of `text` starts (plus one past the end), counting code
// points as the core does: a byte that is not part of a valid UTF-8 sequence is one code point.
std::vector<size_t> code_point_starts(const std::string& text) {
    std::vector<size_t> starts;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    size_t i = 0, n = text.size();
    while (i < n) {
        starts.push_back(i);
        unsigned char b = s[i];
        size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        bool valid = len > 0 && i + len <= n;
        for (size_t k = 1; valid && k < len; ++k) valid = (s[i + k] & 0xC0) == 0x80;
        if (valid && len > 1) {
            // Reject overlong forms, surrogates and values above U+10FFFF.
            uint32_t cp = b & (0x7F >> len);
            for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
            static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
            valid = cp >= kMin[len] && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        }
        i += valid ? len : 1;
    }
    starts.push_back(n);
    return starts;
}

}  // namespace

void write_csv_header(std::ostream& out) {
    out << "doc,event,begin,end,value,start,end_date,granularity,mod,approximate,title\r\n";
}

void write_csv_rows(std::ostream& out, const DocumentResult& doc) {
    for (const Event& e : doc.events) {
        out << csv_field(doc.id) << ',' << csv_field(e.id) << ',' << e.begin << ',' << e.end << ','
            << csv_field(e.when.value) << ',' << csv_field(e.when.start) << ',' << csv_field(e.when.end) << ','
            << csv_field(e.when.granularity) << ',' << csv_field(e.when.mod) << ','
            << (e.when.approximate ? "true" : "false") << ',' << csv_field(e.title) << "\r\n";
    }
}

void write_timeml(std::ostream& out, const DocumentResult& doc, const std::string& text) {
    const std::vector<size_t> starts = code_point_starts(text);
    const int64_t length = static_cast<int64_t>(starts.size()) - 1;
    auto byte_at = [&](int64_t cp) { return starts[static_cast<size_t>(std::clamp<int64_t>(cp, 0, length))]; };

    // TimeML tags cannot overlap: keep timexes in text order and skip any that starts inside
    // the previous one.
    std::vector<size_t> order(doc.timexes.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return doc.timexes[a].begin < doc.timexes[b].begin; });

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>" << xml_escape(doc.id) << "</DOCID>\n";
    if (!doc.dct.empty())
        out << "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" << xml_escape(doc.dct)
            << "\" functionInDocument=\"CREATION_TIME\">" << xml_escape(doc.dct) << "</TIMEX3></DCT>\n";
    out << "<TEXT>";
    size_t pos = 0;
    for (size_t i : order) {
        const Timex& t = doc.timexes[i];
        size_t b = byte_at(t.begin), e = byte_at(t.end);
        if (b < pos || e <= b) continue;
        out << xml_escape(std::string_view(text).substr(pos, b - pos)) << "<TIMEX3 tid=\"t" << i + 1
            << "\" type=\"" << xml_escape(t.type) << "\" value=\"" << xml_escape(t.value) << '"';
        if (!t.mod.empty()) out << " mod=\"" << xml_escape(t.mod) << '"';
        out << '>' << xml_escape(std::string_view(text).substr(b, e - b)) << "</TIMEX3>";
        pos = e;
    }
    out << xml_escape(std::string_view(text).substr(pos)) << "</TEXT>\n</TimeML>\n";
}

}  // namespace tarikh::cli
