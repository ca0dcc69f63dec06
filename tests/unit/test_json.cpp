// The contract's JSON (core/include/tarikh/contract_json.hpp): field names and order, nulls, inputs.
#include <catch2/catch.hpp>

#include <optional>

#include "tarikh/contract_json.hpp"

using tarikh::Document;

TEST_CASE("a document result serialises with the contract's fields in order", "[json]") {
    tarikh::DocumentResult d;
    d.id = "a1";
    d.lang = "ar";
    d.dct = "2024-03-14";
    d.dct_source = "given";
    d.timexes.push_back({331, 339, "10 يناير", "DATE", "2024-01-10", "", "absolute"});
    tarikh::Event e;
    e.id = "e1";
    e.when = {"2024-01-10", "2024-01-10", "2024-01-10", "day", "", false};
    e.timex = 0;
    d.events.push_back(e);

    const std::string s = tarikh::dump(d);
    CHECK(s.rfind(R"({"id":"a1","lang":"ar","dct":"2024-03-14","dct_source":"given","timexes":[)", 0) == 0);
    CHECK(s.find(R"("text":"10 يناير")") != std::string::npos);  // UTF-8 as is, not \u-escaped
    CHECK(s.find(R"("mod":null,"anchor":"absolute")") != std::string::npos);
    CHECK(s.find(R"("granularity":"day","mod":null,"approximate":false})") != std::string::npos);
    CHECK(s.find(R"("warnings":[])") != std::string::npos);
}

TEST_CASE("the direct writer prints what nlohmann prints: escapes, UTF-8, numbers", "[json]") {
    tarikh::DocumentResult d;
    d.id = "bad\xFFid";  // invalid UTF-8 (a file name): U+FFFD
    d.lang = "en";
    d.dct_source = "none";
    d.timexes.push_back({-1, 9007199254740993, "q\"uote\\ tab\t nl\n cr\r bs\b ff\f nul\x01 del\x7F", "DATE", "X", "", "dct"});
    tarikh::Event e;
    e.id = "e1";
    e.title = "عنوان \xF0\x9F\x98\x80 émoji";
    e.actors = {"a", ""};
    e.when = {"2024", "", "", "year", "APPROX", true};
    d.events.push_back(e);
    d.warnings = {"w"};
    tarikh::Result r;
    r.documents = {d, d};
    r.timeline.push_back({"t1", "x", e.when, {{1, "e1"}}});
    for (const std::string& s : {tarikh::dump(d), tarikh::dump(r)}) {
        // Parsing and printing again with nlohmann gives the same bytes: same format, same escapes.
        CHECK(nlohmann::ordered_json::parse(s).dump() == s);
    }
    CHECK(tarikh::dump(d).find("\"bad\xEF\xBF\xBDid\"") != std::string::npos);
    CHECK(tarikh::dump(d).find(R"(nul\u0001 del)") != std::string::npos);
}

TEST_CASE("a missing dct is null", "[json]") {
    tarikh::DocumentResult d;
    d.dct_source = "none";
    CHECK(tarikh::to_json(d)["dct"].is_null());
}

TEST_CASE("the several-documents form has documents and timeline", "[json]") {
    tarikh::Result r;
    r.documents.resize(2);
    r.timeline.push_back({"t1", "talks", {"2024-01", "2024-01-01", "2024-01-31", "month", "START", true},
                          {{0, "e1"}, {1, "e3"}}});
    auto j = tarikh::to_json(r);
    REQUIRE(j["documents"].size() == 2);
    CHECK(j["timeline"][0]["sources"][1] == nlohmann::ordered_json({{"doc", 1}, {"event", "e3"}}));
    CHECK(j["timeline"][0]["when"]["mod"] == "START");
}

TEST_CASE("input documents accept integer ids and nulls", "[json]") {
    Document d;
    std::string error;
    REQUIRE(tarikh::document_from_json(
        nlohmann::json::parse(R"({"id":7,"text":"x","dct":"2024-01-01","lang":null})"), d, error));
    CHECK(d.id == "7");
    CHECK(d.dct == "2024-01-01");
    CHECK(d.lang.empty());
}

TEST_CASE("input documents that do not fit the contract are refused with a reason", "[json]") {
    Document d;
    std::string error;
    CHECK_FALSE(tarikh::document_from_json(nlohmann::json::parse(R"({"id":"a"})"), d, error));
    CHECK(error.find("text") != std::string::npos);
    CHECK_FALSE(tarikh::document_from_json(nlohmann::json::parse(R"({"text":"x","dct":5})"), d, error));
    CHECK(error.find("dct") != std::string::npos);
    CHECK_FALSE(tarikh::document_from_json(nlohmann::json::parse("[1]"), d, error));

    std::vector<Document> docs;
    CHECK_FALSE(tarikh::documents_from_json("{nope", docs, error));
    CHECK(tarikh::documents_from_json(R"({"documents":[{"text":"a"},{"text":"b"}]})", docs, error));
    CHECK(docs.size() == 2);
    CHECK(tarikh::documents_from_json(R"([{"text":"a"}])", docs, error));
    CHECK(tarikh::documents_from_json(R"({"text":"a"})", docs, error));
}

TEST_CASE("dump replaces invalid UTF-8 instead of throwing", "[json]") {
    nlohmann::ordered_json j = {{"id", std::string("a\xff" "b")}};
    CHECK(tarikh::dump(j) == "{\"id\":\"a\xEF\xBF\xBD" "b\"}");
}

namespace {

// The document nlohmann and document_from_json make of a line, or nullopt when they refuse it.
std::optional<Document> through_nlohmann(const std::string& line) {
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    Document d;
    std::string error;
    if (j.is_discarded() || !tarikh::document_from_json(j, d, error)) return std::nullopt;
    return d;
}

}  // namespace

TEST_CASE("the flat reader of JSON lines reads what nlohmann reads, or leaves it to nlohmann", "[json]") {
    struct Case {
        std::string line;
        bool flat;  // the fast path takes it
    };
    const std::vector<Case> cases = {
        {R"({"id":"a1","text":"On 10 January 2024.","dct":"2024-03-14","lang":"en"})", true},
        {R"(  { "text" : "x" , "id" : null , "dct" : null }  )", true},
        {R"({"text":"a\"b\\c\/d\b\f\n\r\t\u00e9\u0000\ud83d\ude00","extra":"ignored"})", true},
        {"{\"text\":\"عربي 10 يناير\"}", true},
        {R"({"text":"first","text":"second"})", true},      // the last one wins, as in nlohmann
        {R"({"id":"x","id":null,"text":"t"})", true},
        {R"({"id":7,"text":"numbers go to nlohmann"})", false},
        {R"({"text":"t","nested":{"a":1}})", true},  // other fields are skipped, whatever they hold
        {R"({"text":"t","timexes":[{"begin":70,"value":"P1W","n":-0.5,"ok":true,"no":false,"x":null}],"e":[ ],"o":{ }})", true},
        {R"({"text":"t","n":1e400})", false},  // exponents go to nlohmann (its overflow)
        {R"({"text":"t","n":01})", false},
        {R"({"text":"t","n":1.})", false},
        {R"({"text":"t","n":-})", false},
        {R"({"text":"t","a":[1,]})", false},
        {R"({"text":"t","o":{"a"}})", false},
        {R"({"text":"t","o":{"a":1,}})", false},
        {R"({"text":"t","a":[tru]})", false},
        {R"({"text":"t","a":["\x"]})", false},
        {R"({"text":"t","a":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})", false},  // too deep
        {R"({"text":"t","id":["not a string"]})", false},
        {R"({"text":null})", false},
        {R"({"id":"no text"})", false},
        {R"({"text":"lone \udc00"})", false},
        {R"({"text":"lone \ud800 high"})", false},
        {R"({"text":"bad \x escape"})", false},
        {"{\"text\":\"raw \x01 control\"}", false},
        {"{\"text\":\"bad \xC3\x28 utf-8\"}", false},
        {"{\"text\":\"عربيعربي\xC3\x28 after eight Arabic bytes\"}", false},
        {"{\"text\":\"عربيعر\xC1\xA1 an overlong lead\"}", false},
        {"{\"text\":\"عربيعربيع ok\"}", true},
        {"\xEF\xBB\xBF{\"text\":\"a byte-order mark\"}", false},
        {R"({"text":"trailing"} x)", false},
        {R"({"text":"unclosed)", false},
        {R"({"text":"t",})", false},
        {R"([{"text":"an array"}])", false},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        Document flat;
        const bool took = tarikh::read_flat_document(c.line, flat);
        CHECK(took == c.flat);
        if (!took) continue;
        const auto slow = through_nlohmann(c.line);
        REQUIRE(slow);
        CHECK(flat.id == slow->id);
        CHECK(flat.text == slow->text);
        CHECK(flat.dct == slow->dct);
        CHECK(flat.lang == slow->lang);
    }
}

TEST_CASE("a JSON line gives the same answer through either reader", "[json]") {
    std::string error;
    const auto& engine = tarikh::default_engine();
    const std::string flat = tarikh::extract_jsonl_line(engine, R"({"id":"a","text":"Talks began on 10 January 2024."})", error);
    CHECK(error.empty());
    // An integer id goes through nlohmann; the answer differs only in the id.
    const std::string slow = tarikh::extract_jsonl_line(engine, R"({"id":1,"text":"Talks began on 10 January 2024."})", error);
    CHECK(error.empty());
    CHECK(flat.substr(flat.find(",\"lang\"")) == slow.substr(slow.find(",\"lang\"")));
    CHECK(tarikh::extract_jsonl_line(engine, "{\"id\":\"k\",\"text\":", error) == R"({"id":null,"error":"not valid JSON"})");
    CHECK(error == "not valid JSON");
}
