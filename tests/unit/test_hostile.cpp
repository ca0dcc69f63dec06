// Hostile input (issue 7): invalid UTF-8, NUL bytes, a 50 MB text, a million one-character
// lines, bidi controls, emoji and combining marks around dates, absurd numbers, date words
// repeated without end. Each must give a clear result in bounded time and memory, never a
// crash. Every result is checked against the contract by check_result(): offsets are code
// points of the text (each invalid byte one U+FFFD, tests/hostile/utf8_reference.hpp), each
// timex's text is exactly its span, values are well-formed TIMEX3, the JSON serialises to valid
// UTF-8 and parses back.
#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <chrono>
#include <regex>
#include <sstream>
#include <string>

#include "../hostile/utf8_reference.hpp"
#include "cli.hpp"
#include "tarikh/contract_json.hpp"
#include "tarikh/tarikh.hpp"

namespace {

using tarikh::Document;
using tarikh::DocumentResult;
using tarikh_test::decode_replacing;
using tarikh_test::encode;

const tarikh::Engine& engine() { return tarikh::default_engine(); }

// Peak resident memory of this process (each Catch2 test case runs in its own CTest process).
double peak_rss_mb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}

struct Timer {
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); }
};

bool valid_day(const std::string& d) {
    static const std::regex day(R"((\d{4})-(\d{2})-(\d{2}))");
    std::smatch m;
    if (!std::regex_match(d, m, day)) return false;
    int y = std::stoi(m[1]), mo = std::stoi(m[2]), da = std::stoi(m[3]);
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return mo >= 1 && mo <= 12 && da >= 1 && da <= (mo == 2 && !leap ? 28 : days[mo - 1]);
}

// A TIMEX3 value of the contract (../shared/schema/output.md), X for unknown digits.
bool valid_value(const std::string& type, const std::string& v) {
    static const std::regex date(
        R"([0-9X]{4}(-(([0-9X]{2}(-[0-9X]{2})?)|W[0-9X]{2}(-\d|-WE)?|Q[1-4X]|H[12X]|SU|SP|FA|WI))?|[0-9X]{2,3}|PRESENT_REF|PAST_REF|FUTURE_REF)");
    static const std::regex time(R"([0-9X]{4}-[0-9X]{2}-[0-9X]{2}T(\d{2}:\d{2}(:\d{2})?|MO|AF|EV|NI|DT))");
    static const std::regex duration(R"(P([0-9X.]+[YMWDHS]|T[0-9X.]+[HMS]|[0-9X.]+(DE|CE|Q|H|ML))+|PT[0-9X.]+[HMS](\d+[MS])*)");
    static const std::regex set(R"(P[0-9X]*[YMWDQ]|PT[0-9X]*[HM]|XXXX(-[0-9X]{2}(-[0-9X]{2})?|-W[0-9X]{2}(-\d)?)(T.*)?|T.*)");
    if (type == "DATE") return std::regex_match(v, date) || std::regex_match(v, time);
    if (type == "TIME") return std::regex_match(v, time) || std::regex_match(v, date);
    if (type == "DURATION") return std::regex_match(v, duration);
    if (type == "SET") return std::regex_match(v, set) || std::regex_match(v, duration) || std::regex_match(v, date);
    return false;
}

// The contract's promises about one result for `text`.
void check_result(const DocumentResult& r, const std::string& text) {
    const std::u32string cps = decode_replacing(text);
    const auto n = static_cast<int64_t>(cps.size());
    for (const auto& t : r.timexes) {
        INFO("timex [" << t.begin << ", " << t.end << ") '" << t.text << "' " << t.type << " " << t.value);
        REQUIRE(0 <= t.begin);
        REQUIRE(t.begin <= t.end);
        REQUIRE(t.end <= n);
        CHECK(encode(cps.substr(t.begin, t.end - t.begin)) == t.text);
        CHECK(valid_value(t.type, t.value));
    }
    for (const auto& e : r.events) {
        INFO("event " << e.id << " [" << e.begin << ", " << e.end << ") " << e.when.value);
        REQUIRE(0 <= e.begin);
        REQUIRE(e.begin <= e.end);
        REQUIRE(e.end <= n);
        REQUIRE(e.timex >= -1);
        REQUIRE(e.timex < static_cast<int>(r.timexes.size()));
        if (!e.when.start.empty()) CHECK(valid_day(e.when.start));
        if (!e.when.end.empty()) CHECK(valid_day(e.when.end));
        if (!e.when.start.empty() && !e.when.end.empty()) CHECK(e.when.start <= e.when.end);
    }
    const std::string json = tarikh::dump(r);
    CHECK(tarikh_test::valid_utf8(json));
    CHECK_NOTHROW(nlohmann::json::parse(json));
}

DocumentResult run(const std::string& text, const std::string& lang = "", const std::string& dct = "2024-03-14") {
    DocumentResult r = engine().extract_one({"h", text, dct, lang});
    check_result(r, text);
    return r;
}

bool has_value(const DocumentResult& r, const std::string& value) {
    for (const auto& t : r.timexes)
        if (t.value == value) return true;
    return false;
}

std::string repeat(const std::string& s, size_t times) {
    std::string out;
    out.reserve(s.size() * times);
    for (size_t i = 0; i < times; ++i) out += s;
    return out;
}

// Bounds for the large inputs (Release build). Generous next to the measured figures
// (BENCHMARKS.md), so that they catch a blow-up (quadratic time, runaway memory), not noise.
constexpr double kLargeSeconds = 120;  // the 50 MB text
constexpr double kLargeMemoryPerByte = 60;  // peak RSS / input size
constexpr double kSeconds = 20;  // the other inputs (1-3 MB)

}  // namespace

TEST_CASE("invalid UTF-8 is replaced, one U+FFFD per bad byte, and offsets stay consistent", "[hostile]") {
    // Bad lead bytes, an overlong '/', a surrogate, a code point past U+10FFFF, a cut sequence.
    const std::string text =
        "\xff\xfe\xfd On 10 January 2024 \xc0\xaf talks \xed\xa0\x80 began in Muscat \xf4\x90\x80\x80 on 12 January "
        "2024.\xe2\x82";
    DocumentResult r = run(text, "en");
    REQUIRE(has_value(r, "2024-01-10"));
    REQUIRE(has_value(r, "2024-01-12"));
    CHECK(r.timexes.front().begin == 7);  // three U+FFFD, a space, "On "
    CHECK(r.timexes.back().begin == 60);
    for (const auto& e : r.events) CHECK(tarikh_test::valid_utf8(e.sentence));
    // A cut Arabic letter inside an Arabic sentence.
    const std::string ar = "عقدت المحادثات \xd9 في 10 يناير 2024 في مسقط \xd8";
    DocumentResult a = run(ar, "ar");
    CHECK(has_value(a, "2024-01-10"));
    // Nothing but invalid bytes.
    std::string junk;
    for (int i = 0; i < 200000; ++i) junk += static_cast<char>(0x80 + i % 0x80);
    Timer t;
    CHECK(run(junk).timexes.empty());
    CHECK(t.seconds() < kSeconds);
}

TEST_CASE("NUL bytes are ordinary characters", "[hostile]") {
    const std::string text("On 10 January 2024\0 the talks\0\0 began.\0 In 2023 they failed.\0", 63);
    DocumentResult r = run(text, "en");
    CHECK(has_value(r, "2024-01-10"));
    CHECK(has_value(r, "2023"));
    CHECK(tarikh::dump(r).find("\\u0000") != std::string::npos);
    // Through the CLI: a text file with NULs, and a JSON line whose text escapes them.
    std::istringstream in(text);
    std::ostringstream out, err;
    CHECK(tarikh::cli::run({"extract", "--dct", "2024-03-14"}, in, out, err) == 0);
    CHECK(nlohmann::json::parse(out.str())["timexes"].size() == r.timexes.size());
    std::istringstream line(R"({"id":"n","text":"\u0000On 10 January 2024\u0000","dct":"2024-03-14"})");
    std::ostringstream out2;
    CHECK(tarikh::cli::run({"extract", "--jsonl"}, line, out2, err) == 0);
    CHECK(nlohmann::json::parse(out2.str())["timexes"][0]["begin"] == 4);
    // A megabyte of NULs.
    Timer t;
    CHECK(run(std::string(1 << 20, '\0')).timexes.empty());
    CHECK(t.seconds() < kSeconds);
}

TEST_CASE("a 50 MB text gives a result in bounded time and memory", "[hostile][large]") {
    const std::string paragraph =
        "WASHINGTON, March 13, 2024 — The talks that began on 10 January 2024 in Muscat resumed on Monday, "
        "three weeks after they stalled, officials said. The next round is due in early April.\n"
        "وقالت مصادر إن المحادثات التي بدأت في 10 يناير 2024 في مسقط استؤنفت يوم الاثنين، بعد ثلاثة أسابيع من "
        "توقفها، على أن تعقد الجولة المقبلة مطلع أبريل.\n";
    const size_t size = 50u << 20;
    std::string text = repeat(paragraph, size / paragraph.size() + 1);
    text.resize(size);
    while ((static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();  // a whole last letter
    const double rss_before = peak_rss_mb();
    Timer t;
    DocumentResult r = engine().extract_one({"big", text, "2024-03-14", ""});
    const double seconds = t.seconds();
    INFO("50 MB: " << seconds << " s, peak RSS " << peak_rss_mb() << " MB (" << rss_before << " MB before)");
    CHECK(r.timexes.size() > 100000);
    CHECK(seconds < kLargeSeconds);
    CHECK(peak_rss_mb() < kLargeMemoryPerByte * 50);
    // The offsets of the last timex still point at its text.
    const std::u32string cps = decode_replacing(text);
    const auto& last = r.timexes.back();
    REQUIRE(last.end <= static_cast<int64_t>(cps.size()));
    CHECK(encode(cps.substr(last.begin, last.end - last.begin)) == last.text);
}

TEST_CASE("a million one-character lines", "[hostile][large]") {
    for (const char* line : {"a\n", "5\n", "\xd9\x85\n", "\n"}) {
        INFO("line " << line);
        Timer t;
        DocumentResult r = run(repeat(line, 1000000));
        CHECK(t.seconds() < kSeconds);
        CHECK(r.events.size() <= 1000000);
    }
}

TEST_CASE("bidi controls around and inside dates", "[hostile]") {
    // U+202E (RLO) ... U+202C (PDF) around an English date: still the date.
    DocumentResult r = run("\u202e10 January 2024\u202c and \u202d12 January 2024\u202c", "en");
    CHECK(has_value(r, "2024-01-10"));
    // Every kind of control, many of them, between words.
    std::string soup;
    for (const char* c : {"\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
                          "\u2067", "\u2068", "\u2069"})
        soup += repeat(c, 1000) + " 5 مايو 2023 " + c + "March 2024" + c + " ";
    Timer t;
    run(soup);
    run(repeat("\u202e", 300000));
    CHECK(t.seconds() < kSeconds);
}

TEST_CASE("bidi marks glued to an Arabic date do not hide it", "[hostile]") {
    // A right-to-left mark or an isolate glued to the first word separates it like a space.
    CHECK(has_value(run("\u200f10 يناير 2024\u200f", "ar"), "2024-01-10"));
    CHECK(has_value(run("\u2067في 5 مايو 2023\u2069", "ar"), "2023-05-05"));
    CHECK(has_value(run("\u202b12 January 2024\u202c", "en"), "2024-01-12"));
    CHECK(has_value(run("\u202d12 January 2024\u202c", "en"), "2024-01-12"));
}

TEST_CASE("emoji and combining marks around dates", "[hostile]") {
    // Emoji are one code point each (not two UTF-16 units): offsets count them once.
    DocumentResult r = run("📅 10 January 2024 🎉 and 👨‍👩‍👧 on 12 January 2024, 🇸🇦 في 5 مايو 2023 👍🏽", "");
    CHECK(has_value(r, "2024-01-10"));
    CHECK(r.timexes.front().begin == 2);
    run("10\u0301 January 2024, Janu\u0308ary 10\u20e3 2024, ١٠ يناير ٢٠٢٤\u0651\u064b, 5\ufe0f\u20e3 May");
    run(repeat("\u0301", 200000) + "10 January 2024" + repeat("🎉", 100000));
}

TEST_CASE("absurd numbers give no impossible date", "[hostile]") {
    for (const char* text : {"In 99999999 BC the world began.", "On March 45, 2024, nothing happened.",
                             "February 30, 2023 and 31/02/2024 and 2024-13-45 and 00/00/0000.",
                             "In the year 99999999999999999999999999999999 and 999999999999 years ago.",
                             "in 1e308 days, in -5 days, 18446744073709551616 weeks later",
                             "وقع ذلك يوم 45 مارس", "منذ 99999999999 عاما وفي عام 99999999 وبعد ٩٩٩٩٩٩٩٩٩٩٩ يوما",
                             "le 45 mars 2024, en l'an 99999999999 avant J.-C."}) {
        INFO(text);
        DocumentResult r = run(text);
        for (const auto& t : r.timexes) CHECK(t.value.find("-45") == std::string::npos);
    }
    // A number with a million digits.
    Timer t;
    run("in " + std::string(1000000, '9') + " BC, on " + std::string(100000, '4') + " March");
    CHECK(t.seconds() < kSeconds);
}

TEST_CASE("date words repeated without end", "[hostile]") {
    for (const char* word : {"January ", "next ", "the day before ", "منذ ", "يناير ", "yesterday, ", "2024 ",
                             "10 January 2024 ", "early ", "avant-hier "}) {
        INFO("repeated: " << word);
        Timer t;
        run(repeat(word, 16000 / std::string(word).size()) + "week");
        CHECK(t.seconds() < kSeconds);
    }
    // Words that start no expression, at length.
    Timer t;
    run(repeat("next ", 300000) + "week");
    run(repeat("منذ ", 200000));
    CHECK(t.seconds() < kSeconds);
}

// A text without sentence breaks is one sentence; an event's sentence is cut to a window around
// its clause, so the output grows with the text, not with events x text.
TEST_CASE("output grows linearly with repeated date words", "[hostile]") {
    for (const char* word : {"يناير ", "January ", "2024 "}) {
        INFO("repeated: " << word);
        auto json_size = [&](size_t bytes) {
            return tarikh::dump(run(repeat(word, bytes / std::string(word).size()))).size();
        };
        const double small = json_size(4000), large = json_size(16000);
        CHECK(large / small < 6);  // linear: 4; quadratic: 16
    }
}

TEST_CASE("several hostile documents merge into one timeline", "[hostile]") {
    std::vector<Document> docs;
    for (int i = 0; i < 50; ++i)
        docs.push_back({"d" + std::to_string(i), repeat("On 10 January 2024 the talks began. \xff\0", 20 + i), "2024-03-14", ""});
    tarikh::Result r = engine().extract(docs);
    REQUIRE(r.documents.size() == docs.size());
    for (size_t i = 0; i < docs.size(); ++i) check_result(r.documents[i], docs[i].text);
    for (const auto& entry : r.timeline)
        for (const auto& s : entry.sources) CHECK((s.doc >= 0 && s.doc < 50));
}
