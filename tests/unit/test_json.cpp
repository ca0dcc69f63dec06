// The contract's JSON (core/include/tarikh/contract_json.hpp): field names and order, nulls, inputs.
#include <catch2/catch.hpp>

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
