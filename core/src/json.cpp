// The contract's JSON shapes. Field order follows ../shared/schema/output.md so that the
// output reads like the documentation; a missing mod is JSON null, never "".
#include "tarikh/contract_json.hpp"

#include <unicode/utf8.h>

#include <bit>
#include <charconv>
#include <climits>
#include <cstring>

#include "text.hpp"

namespace tarikh {
namespace {

using ojson = nlohmann::ordered_json;

// How many bytes from p on a JSON string holds as they are (printable ASCII but '"' and '\\'),
// tested eight at a time: most of an article is such a run.
size_t plain_run(const uint8_t* p, size_t n) {
    static_assert(std::endian::native == std::endian::little);
    constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has_zero_byte = [](uint64_t x) { return (x - ones) & ~x & highs; };
    size_t i = 0;
    for (uint64_t w; i + 8 <= n; i += 8) {
        std::memcpy(&w, p + i, 8);
        const uint64_t special = (w & highs) | ((w - ones * 0x20) & ~w & highs) |  // non-ASCII, control
                                 has_zero_byte(w ^ (ones * '"')) | has_zero_byte(w ^ (ones * '\\'));
        // The lowest byte flagged is the first special one (a borrow only flags bytes above a
        // byte that is flagged itself): in Arabic text the run is a space between two words.
        if (special) return i + (std::countr_zero(special) >> 3);
    }
    while (i < n && p[i] >= 0x20 && p[i] < 0x80 && p[i] != '"' && p[i] != '\\') ++i;
    return i;
}

// How many bytes from p on are two-byte UTF-8 characters (Arabic letters, accents: a lead byte
// C2–DF, then a continuation byte 80–BF), tested four characters at a time. The byte at p is
// the low byte of the word read.
size_t two_byte_run(const uint8_t* p, size_t n) {
    static_assert(std::endian::native == std::endian::little);
    constexpr uint64_t lead_top = 0x00E000E000E000E0ull, lead_is = 0x00C000C000C000C0ull;  // 110xxxxx
    constexpr uint64_t cont_top = 0xC000C000C000C000ull, cont_is = 0x8000800080008000ull;  // 10xxxxxx
    // A lead byte above C1 has one of its bits 1-4 set; adding FE to those bits then carries.
    constexpr uint64_t lead_low = 0x001E001E001E001Eull, carry_in = 0x00FE00FE00FE00FEull, carry_out = 0x0100010001000100ull;
    size_t i = 0;
    for (uint64_t w; i + 8 <= n; i += 8) {
        std::memcpy(&w, p + i, 8);
        // Each character's faults stay in its own 16 bits: the lowest one tells how many are good.
        const uint64_t faults = ((w & lead_top) ^ lead_is) | ((w & cont_top) ^ cont_is) | (~((w & lead_low) + carry_in) & carry_out);
        if (faults) return i + 2 * (std::countr_zero(faults) >> 4);
    }
    return i;
}

// The same, with valid UTF-8 beyond ASCII too (an Arabic article is all such characters).
size_t text_run(const uint8_t* p, size_t n) {
    size_t i = 0;
    for (;;) {
        i += plain_run(p + i, n - i);
        if (i >= n || p[i] < 0x80) return i;
        i += two_byte_run(p + i, n - i);
        while (i < n && p[i] >= 0x80) {
            if (p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {  // two bytes: Arabic, accents
                i += 2;
                continue;
            }
            auto j = static_cast<int32_t>(i);
            UChar32 cp;
            U8_NEXT(p, j, static_cast<int32_t>(n), cp);
            if (cp < 0) return i;  // left to the caller, which knows what an invalid byte means
            i = static_cast<size_t>(j);
        }
    }
}

// The results are written straight into a string, in nlohmann's compact format (its escapes,
// ensure_ascii off): building a JSON tree first cost more than extracting a short article.
void put_string(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        // Runs of characters that need no escape are copied in one go.
        const auto plain = static_cast<int32_t>(i + text_run(p + i, n - i));
        if (plain > i) {
            out.append(s.data() + i, plain - i);
            i = plain;
            continue;
        }
        const uint8_t c = p[i];
        if (c >= 0x80) {  // invalid UTF-8 (an id from a file name): U+FFFD for the bytes U8_NEXT skips
            UChar32 cp;
            U8_NEXT(p, i, n, cp);
            out += "\xEF\xBF\xBD";
            continue;
        }
        ++i;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\f': out += "\\f"; break;
            case '\r': out += "\\r"; break;
            default:  // the other control characters
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 15];
        }
    }
    out += '"';
}

void put_int(std::string& out, int64_t v) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<size_t>(end - buf));  // (the iterator form goes through _M_replace)
}

void put_nullable(std::string& out, const std::string& s) {
    if (s.empty()) out += "null";
    else put_string(out, s);
}

void put_strings(std::string& out, const std::vector<std::string>& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
        if (i) out += ',';
        put_string(out, list[i]);
    }
    out += ']';
}

void put_when(std::string& out, const When& w) {
    out += "{\"value\":";
    put_string(out, w.value);
    out += ",\"start\":";
    put_nullable(out, w.start);
    out += ",\"end\":";
    put_nullable(out, w.end);
    out += ",\"granularity\":";
    put_string(out, w.granularity);
    out += ",\"mod\":";
    put_nullable(out, w.mod);
    out += w.approximate ? ",\"approximate\":true}" : ",\"approximate\":false}";
}

void put_timex(std::string& out, const Timex& t) {
    out += "{\"begin\":";
    put_int(out, t.begin);
    out += ",\"end\":";
    put_int(out, t.end);
    out += ",\"text\":";
    put_string(out, t.text);
    out += ",\"type\":";
    put_string(out, t.type);
    out += ",\"value\":";
    put_string(out, t.value);
    out += ",\"mod\":";
    put_nullable(out, t.mod);
    out += ",\"anchor\":";
    put_string(out, t.anchor);
    out += '}';
}

void put_event(std::string& out, const Event& e) {
    out += "{\"id\":";
    put_string(out, e.id);
    out += ",\"begin\":";
    put_int(out, e.begin);
    out += ",\"end\":";
    put_int(out, e.end);
    out += ",\"title\":";
    put_string(out, e.title);
    out += ",\"sentence\":";
    put_string(out, e.sentence);
    out += ",\"when\":";
    put_when(out, e.when);
    out += ",\"timex\":";
    put_int(out, e.timex);
    out += ",\"actors\":";
    put_strings(out, e.actors);
    out += ",\"places\":";
    put_strings(out, e.places);
    out += '}';
}

void put_document(std::string& out, const DocumentResult& d) {
    out += "{\"id\":";
    put_string(out, d.id);
    out += ",\"lang\":";
    put_string(out, d.lang);
    out += ",\"dct\":";
    put_nullable(out, d.dct);
    out += ",\"dct_source\":";
    put_string(out, d.dct_source);
    out += ",\"timexes\":[";
    for (size_t i = 0; i < d.timexes.size(); ++i) {
        if (i) out += ',';
        put_timex(out, d.timexes[i]);
    }
    out += "],\"events\":[";
    for (size_t i = 0; i < d.events.size(); ++i) {
        if (i) out += ',';
        put_event(out, d.events[i]);
    }
    out += "],\"warnings\":";
    put_strings(out, d.warnings);
    out += '}';
}

void put_entry(std::string& out, const TimelineEntry& t) {
    out += "{\"id\":";
    put_string(out, t.id);
    out += ",\"title\":";
    put_string(out, t.title);
    out += ",\"when\":";
    put_when(out, t.when);
    out += ",\"sources\":[";
    for (size_t k = 0; k < t.sources.size(); ++k) {
        out += k ? ",{\"doc\":" : "{\"doc\":";
        put_int(out, t.sources[k].doc);
        out += ",\"event\":";
        put_string(out, t.sources[k].event);
        out += '}';
    }
    out += "]}";
}

bool optional_string(const nlohmann::json& in, const char* key, std::string& out, std::string& error) {
    auto it = in.find(key);
    if (it == in.end() || it->is_null()) return true;
    if (!it->is_string()) {
        error = std::string("\"") + key + "\" must be a string";
        return false;
    }
    out = it->get<std::string>();
    return true;
}

// The usual JSON-lines document, an object whose "text", "id", "dct" and "lang" are strings (or
// null), read without a JSON tree (nlohmann's parser costs as much as a tenth of an extraction,
// a fifth when a line carries annotations such as TimeBank's "timexes"). The values of other
// fields are checked and skipped. Anything else (a number id, a byte-order mark, deep nesting,
// what nlohmann might refuse) returns false, and the caller asks nlohmann.
class FlatDocumentReader {
public:
    explicit FlatDocumentReader(std::string_view s) : s_(s), p_(reinterpret_cast<const uint8_t*>(s.data())) {}

    bool read(Document& out) {
        if (s_.size() > INT32_MAX) return false;
        out = Document{};
        bool has_text = false;
        space();
        if (!take('{')) return false;
        space();
        if (take('}')) return false;  // no "text"
        std::string key, value;
        for (;;) {
            if (!take('"') || !string(&key)) return false;
            space();
            if (!take(':')) return false;
            space();
            if (s_.compare(i_, 4, "null") == 0) {  // null: as if absent (a null "text" is an error)
                i_ += 4;
                if (key == "text") return false;
                if (key == "id") out.id.clear();
                else if (key == "dct") out.dct.clear();
                else if (key == "lang") out.lang.clear();
                space();
                if (take('}')) break;
                if (!take(',')) return false;
                space();
                continue;
            }
            const bool wanted = key == "text" || key == "id" || key == "dct" || key == "lang";
            if (!wanted) {
                if (!skip_value(0)) return false;
            } else if (!take('"') || !string(&value)) {
                return false;
            } else if (key == "text") {
                out.text = value;
                has_text = true;
            } else if (key == "id") {
                out.id = value;
            } else if (key == "dct") {
                out.dct = value;
            } else if (key == "lang") {
                out.lang = value;
            }
            space();
            if (take('}')) break;
            if (!take(',')) return false;
            space();
        }
        space();
        return has_text && i_ == s_.size();
    }

private:
    void space() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }
    bool take(char c) {
        if (i_ >= s_.size() || s_[i_] != c) return false;
        ++i_;
        return true;
    }
    // Passes over one JSON value, only if nlohmann would take it: strings, literals, arrays and
    // objects nested at most kMaxDepth deep, numbers short and without an exponent (so never
    // the "number overflow" nlohmann reports for 1e400).
    static constexpr int kMaxDepth = 32;
    bool skip_value(int depth) {
        if (depth > kMaxDepth || i_ >= s_.size()) return false;
        const char c = s_[i_];
        if (take('"')) return string(nullptr);
        if (c == '[' || c == '{') {
            const char close = c == '[' ? ']' : '}';
            ++i_;
            space();
            if (take(close)) return true;
            for (;;) {
                if (c == '{') {
                    if (!take('"') || !string(nullptr)) return false;
                    space();
                    if (!take(':')) return false;
                    space();
                }
                if (!skip_value(depth + 1)) return false;
                space();
                if (take(close)) return true;
                if (!take(',')) return false;
                space();
            }
        }
        if (c == 't') return literal("true");
        if (c == 'f') return literal("false");
        if (c == 'n') return literal("null");
        return number();
    }
    bool literal(std::string_view word) {
        if (s_.compare(i_, word.size(), word) != 0) return false;
        i_ += word.size();
        return true;
    }
    // -?(0|[1-9][0-9]*)(.[0-9]+)?, at most 100 characters.
    bool number() {
        const size_t start = i_;
        auto digits = [&] {
            const size_t from = i_;
            while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
            return i_ > from;
        };
        take('-');
        if (!take('0') && !(i_ < s_.size() && s_[i_] >= '1' && s_[i_] <= '9' && digits())) return false;
        if (take('.') && !digits()) return false;
        if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) return false;
        return i_ - start <= 100;
    }
    bool hex4(uint32_t& v) {
        if (i_ + 4 > s_.size()) return false;
        v = 0;
        for (int k = 0; k < 4; ++k) {
            const char h = s_[i_++];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= static_cast<uint32_t>(h - '0');
            else if ((h | 0x20) >= 'a' && (h | 0x20) <= 'f') v |= static_cast<uint32_t>((h | 0x20) - 'a' + 10);
            else return false;
        }
        return true;
    }
    // After the opening quote: the string's value, as nlohmann would decode it, into `out`
    // unless it is null (a value skipped is only checked).
    bool string(std::string* out) {
        if (out) out->clear();
        const size_t n = s_.size();
        while (i_ < n) {
            const size_t start = i_;
            i_ += text_run(p_ + i_, n - i_);
            if (out) out->append(s_.data() + start, i_ - start);
            if (i_ >= n) return false;
            const uint8_t c = p_[i_];
            if (c == '"') {
                ++i_;
                return true;
            }
            if (c < 0x20) return false;  // a raw control character: invalid JSON
            if (c >= 0x80) return false;  // invalid UTF-8 (text_run takes valid sequences)
            if (++i_ >= n) return false;  // a backslash
            uint32_t cp = 0;
            switch (s_[i_++]) {
                case '"': cp = '"'; break;
                case '\\': cp = '\\'; break;
                case '/': cp = '/'; break;
                case 'b': cp = '\b'; break;
                case 'f': cp = '\f'; break;
                case 'n': cp = '\n'; break;
                case 'r': cp = '\r'; break;
                case 't': cp = '\t'; break;
                case 'u': {
                    uint32_t low = 0;
                    if (!hex4(cp) || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair
                        if (!take('\\') || !take('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    break;
                }
                default: return false;
            }
            if (out) append_utf8(static_cast<char32_t>(cp), *out);
        }
        return false;
    }

    std::string_view s_;
    const uint8_t* p_;
    size_t i_ = 0;
};

}  // namespace

std::string dump(const DocumentResult& doc) {
    std::string out;
    // Room for what the fields take, once: an event holds its sentence, and growing the string
    // a doubling at a time copied it over and over.
    size_t size = 256 + 200 * doc.timexes.size();
    for (const Event& e : doc.events) size += 400 + e.title.size() + e.sentence.size();
    out.reserve(size);
    put_document(out, doc);
    return out;
}

std::string dump(const Result& result) {
    std::string out = "{\"documents\":[";
    for (size_t i = 0; i < result.documents.size(); ++i) {
        if (i) out += ',';
        put_document(out, result.documents[i]);
    }
    out += "],\"timeline\":[";
    for (size_t i = 0; i < result.timeline.size(); ++i) {
        if (i) out += ',';
        put_entry(out, result.timeline[i]);
    }
    out += "]}";
    return out;
}

ojson to_json(const DocumentResult& doc) { return ojson::parse(dump(doc)); }
ojson to_json(const Result& result) { return ojson::parse(dump(result)); }

bool document_from_json(const nlohmann::json& in, Document& out, std::string& error) {
    if (!in.is_object()) {
        error = "a document must be a JSON object with a \"text\" field";
        return false;
    }
    auto text = in.find("text");
    if (text == in.end() || !text->is_string()) {
        error = "a document needs a \"text\" string";
        return false;
    }
    out = Document{};
    out.text = text->get<std::string>();
    auto id = in.find("id");
    if (id != in.end() && id->is_number_integer()) out.id = std::to_string(id->get<long long>());
    else if (!optional_string(in, "id", out.id, error)) return false;
    return optional_string(in, "dct", out.dct, error) && optional_string(in, "lang", out.lang, error);
}

bool documents_from_json(std::string_view text, std::vector<Document>& out, std::string& error) {
    nlohmann::json in = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (in.is_discarded()) {
        error = "not valid JSON";
        return false;
    }
    const nlohmann::json* list = &in;
    if (in.is_object() && in.contains("documents")) list = &in["documents"];
    out.clear();
    if (list->is_object()) {
        out.emplace_back();
        return document_from_json(*list, out.back(), error);
    }
    if (!list->is_array()) {
        error = "expected a document object, an array of documents or {\"documents\": [...]}";
        return false;
    }
    for (size_t i = 0; i < list->size(); ++i) {
        out.emplace_back();
        if (!document_from_json((*list)[i], out.back(), error)) {
            error = "document " + std::to_string(i) + ": " + error;
            return false;
        }
    }
    return true;
}

std::string extract_jsonl_line(const Engine& engine, std::string_view line, std::string& error, std::string_view default_dct,
                               std::string_view default_lang) {
    error.clear();
    Document doc;
    nlohmann::json j;  // parsed only when the flat reader declines, or for an error's id
    bool ok = FlatDocumentReader(line).read(doc);
    if (!ok) {
        j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (j.is_discarded()) error = "not valid JSON";
        else ok = document_from_json(j, doc, error);
    }
    if (ok) {
        if (doc.dct.empty()) doc.dct = default_dct;
        if (doc.lang.empty()) doc.lang = default_lang;
        try {
            return dump(engine.extract_one(doc));
        } catch (const std::exception& e) {
            error = std::string("extraction failed: ") + e.what();
            j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
        }
    }
    ojson id = nullptr;
    if (j.is_object() && j.contains("id") && (j["id"].is_string() || j["id"].is_number_integer())) id = j["id"];
    return dump(ojson{{"id", id}, {"error", error}});
}

bool read_flat_document(std::string_view line, Document& out) { return FlatDocumentReader(line).read(out); }

std::string dump(const nlohmann::ordered_json& j) {
    return j.dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
}

}  // namespace tarikh
