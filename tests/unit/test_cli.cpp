// The `tarikh` command line, run in-process through tarikh::cli::run.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli.hpp"

namespace {

struct Run {
    int status;
    std::string out, err;
};

Run tarikh_cli(std::vector<std::string> args, const std::string& input = "") {
    std::istringstream in(input);
    std::ostringstream out, err;
    int status = tarikh::cli::run(args, in, out, err);
    return {status, out.str(), err.str()};
}

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// The error message is one line, starts with "tarikh: ".
void check_one_line_error(const Run& r) {
    CHECK(r.err.rfind("tarikh: ", 0) == 0);
    CHECK(lines(r.err).size() == 1);
}

}  // namespace

TEST_CASE("help documents the extract command and exits 0", "[cli]") {
    Run r = tarikh_cli({"--help"});
    CHECK(r.status == 0);
    CHECK(r.out.find("tarikh extract [--dct YYYY-MM-DD] [--lang ar|en|fr|auto]") != std::string::npos);
    CHECK(r.out.find("--jsonl") != std::string::npos);
    CHECK(tarikh_cli({"extract", "--help"}).status == 0);
    CHECK(tarikh_cli({"--version"}).out.rfind("tarikh ", 0) == 0);
}

TEST_CASE("bad usage gives a one-line error and exit 2", "[cli]") {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"extract", "--bogus"},
             {"extract", "--format", "xml"},
             {"extract", "--lang", "de"},
             {"extract", "--dct", "14/03/2024"},
             {"extract", "--dct", "2024-13-01"},
             {"extract", "--dct"},
             {"extract", "--jsonl", "--format", "csv"},
             {"extract", "--jsonl", "--jobs", "0"},
             {"extract", "--jsonl", "--jobs", "two"},
             {"extract", "--jobs", "2"},
             {"frobnicate"}}) {
        INFO(args.back());
        Run r = tarikh_cli(args);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        check_one_line_error(r);
    }
    CHECK(tarikh_cli({}).status == 2);
}

TEST_CASE("an unreadable file gives a one-line error and exit 1 and the other inputs go on", "[cli]") {
    Run r = tarikh_cli({"extract", "--format", "jsonl", "/nonexistent/a.txt", "-"}, "hello");
    CHECK(r.status == 1);
    check_one_line_error(r);
    CHECK(r.err.find("/nonexistent/a.txt") != std::string::npos);
    REQUIRE(lines(r.out).size() == 1);
    CHECK(nlohmann::json::parse(r.out)["id"] == "stdin");

    Run j = tarikh_cli({"extract", "--jsonl", "/nonexistent/b.jsonl"});
    CHECK(j.status == 1);
    check_one_line_error(j);
}

TEST_CASE("plain text with one document gives the single-document object", "[cli]") {
    Run r = tarikh_cli({"extract", "--dct", "2024-03-14", "--lang", "en"}, "Talks began on 10 January.");
    REQUIRE(r.status == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["id"] == "stdin");
    CHECK(j["dct"] == "2024-03-14");
    CHECK(j["dct_source"] == "given");
    CHECK(j["lang"] == "en");
    CHECK(j.contains("timexes"));
    CHECK(j.contains("events"));
}

TEST_CASE("plain text with several files gives the several-documents form", "[cli]") {
    const std::string seed = TARIKH_SHARED_DIR "/corpus/seed/000_07468601ac65605b.txt";
    Run r = tarikh_cli({"extract", seed, seed});
    REQUIRE(r.status == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["documents"].size() == 2);
    CHECK(j["timeline"].is_array());
}

TEST_CASE("jsonl batch gives one output line per input line in order with the same ids", "[cli]") {
    Run r = tarikh_cli({"extract", "--jsonl"},
                       "{\"id\":\"a\",\"text\":\"one\",\"dct\":\"2024-01-01\",\"lang\":\"en\"}\n"
                       "\n"
                       "{\"id\":2,\"text\":\"deux\"}\n"
                       "{\"id\":\"c\",\"text\":\"three\"}");  // no final newline
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    auto out = lines(r.out);
    REQUIRE(out.size() == 3);
    CHECK(nlohmann::json::parse(out[0])["id"] == "a");
    CHECK(nlohmann::json::parse(out[1])["id"] == "2");
    CHECK(nlohmann::json::parse(out[2])["id"] == "c");
}

TEST_CASE("jsonl batch takes --dct and --lang for documents that lack them", "[cli]") {
    Run r = tarikh_cli({"extract", "--jsonl", "--dct", "2020-05-05"},
                       "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"x\",\"dct\":\"2021-01-01\"}\n");
    auto out = lines(r.out);
    REQUIRE(out.size() == 2);
    CHECK(nlohmann::json::parse(out[0])["dct"] == "2020-05-05");
    CHECK(nlohmann::json::parse(out[1])["dct"] == "2021-01-01");
}

TEST_CASE("jsonl batch reports and answers a malformed line and goes on with exit 1", "[cli]") {
    Run r = tarikh_cli({"extract", "--jsonl"},
                       "{\"id\":\"a\",\"text\":\"ok\"}\n"
                       "{not json\n"
                       "{\"id\":\"c\",\"txt\":\"no text field\"}\n"
                       "[1,2]\n"
                       "{\"id\":\"e\",\"text\":\"ok\"}\n");
    CHECK(r.status == 1);
    auto err = lines(r.err);
    REQUIRE(err.size() == 3);
    CHECK(err[0] == "tarikh: line 2: not valid JSON");
    CHECK(err[1].rfind("tarikh: line 3: ", 0) == 0);
    CHECK(err[2].rfind("tarikh: line 4: ", 0) == 0);
    auto out = lines(r.out);
    REQUIRE(out.size() == 5);
    CHECK(nlohmann::json::parse(out[1]) == nlohmann::json({{"id", nullptr}, {"error", "not valid JSON"}}));
    CHECK(nlohmann::json::parse(out[2])["id"] == "c");
    CHECK(nlohmann::json::parse(out[2]).contains("error"));
    CHECK(nlohmann::json::parse(out[4])["id"] == "e");
}

TEST_CASE("jsonl batch gives the same lines and errors in the same order on any number of jobs", "[cli]") {
    // More lines than one batch holds, with malformed lines among them.
    std::string input;
    const char* texts[] = {"The vote was held on March 3, 2021.", "وصل الوفد أمس إلى القاهرة.", "Il est parti il y a trois jours.", "no date here"};
    for (int i = 0; i < 1200; ++i) {
        if (i % 97 == 5) input += "{broken\n";
        input += "{\"id\":\"d" + std::to_string(i) + "\",\"dct\":\"2021-03-10\",\"text\":\"" + texts[i % 4] + "\"}\n";
    }
    const Run one = tarikh_cli({"extract", "--jsonl", "--jobs", "1"}, input);
    CHECK(one.status == 1);
    CHECK(lines(one.out).size() == 1213);
    CHECK(lines(one.err).size() == 13);
    CHECK(nlohmann::json::parse(lines(one.out)[1212])["id"] == "d1199");
    for (const char* jobs : {"2", "5"}) {
        INFO(jobs);
        const Run many = tarikh_cli({"extract", "--jsonl", "--jobs", jobs}, input);
        CHECK(many.status == one.status);
        CHECK(many.out == one.out);
        CHECK(many.err == one.err);
    }
}

TEST_CASE("invalid UTF-8 never crashes and always gives valid JSON", "[cli]") {
    const std::string bad = "caf\xC3 \xFF\xFE 10 January 2024 \xE2\x82 \xED\xA0\x80 end";
    for (const std::string& format : {"json", "jsonl", "csv", "timeml"}) {
        INFO(format);
        Run r = tarikh_cli({"extract", "--format", format}, bad);
        CHECK(r.status == 0);
        if (format.rfind("json", 0) == 0) CHECK_NOTHROW(nlohmann::json::parse(r.out));
    }
    // In a JSON line, invalid UTF-8 makes the line malformed JSON: an error line, no crash.
    Run j = tarikh_cli({"extract", "--jsonl"}, "{\"id\":\"x\",\"text\":\"" + bad + "\"}\n");
    CHECK(j.status == 1);
    CHECK_NOTHROW(nlohmann::json::parse(j.out));
}

TEST_CASE("offsets are code points so each timex text is its span of the input", "[cli]") {
    // Arabic (2 bytes a letter), an emoji (4 bytes) and Latin: byte and code-point offsets differ.
    const std::string text = "اجتمع الوزراء 🙂 في 10 يناير 2024. Talks resumed on 12 March 2024.";
    Run r = tarikh_cli({"extract", "--dct", "2024-03-14"}, text);
    REQUIRE(r.status == 0);
    auto j = nlohmann::json::parse(r.out);
    std::u32string u32;
    for (size_t i = 0; i < text.size();) {  // the text is valid UTF-8: decode it
        unsigned char b = text[i];
        int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? b : b & (0x7F >> len);
        for (int k = 1; k < len; ++k) cp = (cp << 6) | (text[i + k] & 0x3F);
        u32 += cp;
        i += len;
    }
    for (const auto& t : j["timexes"]) {
        size_t begin = t["begin"], end = t["end"];
        REQUIRE(begin <= end);
        REQUIRE(end <= u32.size());
        std::u32string span = u32.substr(begin, end - begin);
        std::string utf8;
        for (char32_t c : span) {
            if (c < 0x80) utf8 += char(c);
            else if (c < 0x800) utf8 += {char(0xC0 | c >> 6), char(0x80 | (c & 0x3F))};
            else if (c < 0x10000) utf8 += {char(0xE0 | c >> 12), char(0x80 | (c >> 6 & 0x3F)), char(0x80 | (c & 0x3F))};
            else utf8 += {char(0xF0 | c >> 18), char(0x80 | (c >> 12 & 0x3F)), char(0x80 | (c >> 6 & 0x3F)), char(0x80 | (c & 0x3F))};
        }
        CHECK(utf8 == t["text"].get<std::string>());
    }
}

TEST_CASE("csv has a header and one row per event", "[cli]") {
    Run r = tarikh_cli({"extract", "--format", "csv", "--dct", "2024-03-14"}, "Talks began on 10 January 2024.");
    REQUIRE(r.status == 0);
    CHECK(r.out.rfind("doc,event,begin,end,value,start,end_date,granularity,mod,approximate,title\r\n", 0) == 0);
}

TEST_CASE("timeml is the escaped text with inline TIMEX3 tags", "[cli]") {
    Run r = tarikh_cli({"extract", "--format", "timeml", "--dct", "2024-03-14"}, "a < b & 10 January 2024");
    REQUIRE(r.status == 0);
    CHECK(r.out.find("<TimeML>") != std::string::npos);
    CHECK(r.out.find("functionInDocument=\"CREATION_TIME\">2024-03-14</TIMEX3>") != std::string::npos);
    CHECK(r.out.find("a &lt; b &amp; ") != std::string::npos);
}
