// libFuzzer target: tarikh's extraction on arbitrary bytes (tools/fuzz.sh builds and runs it).
// The first byte picks the options, the rest is the text:
//   bits 0-1  lang: "" (detect), "ar", "en", "fr"
//   bits 2-3  dct:  "" (detect), "2024-03-14", "2013-02-12T04:30:00", "0001-01-01"
//   bit  4    several documents: the text is split at form feeds (\f) and extracted together,
//             merged into one timeline (Engine::extract); otherwise Engine::extract_one.
// Every result is serialised with tarikh::dump (which throws on invalid UTF-8) and its offsets
// are checked against the text: 0 <= begin <= end <= code points of the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <vector>

#include "tarikh/contract_json.hpp"
#include "tarikh/tarikh.hpp"
#include "utf8_reference.hpp"  // tests/hostile/

namespace {

int64_t code_points(const std::string& s) { return static_cast<int64_t>(tarikh_test::decode_replacing(s).size()); }

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_extract: %s\n", what);
        std::abort();
    }
}

void check_offsets(const tarikh::DocumentResult& r, int64_t limit) {
    for (const auto& t : r.timexes) check(0 <= t.begin && t.begin <= t.end && t.end <= limit, "timex offsets out of range");
    for (const auto& e : r.events) {
        check(0 <= e.begin && e.begin <= e.end && e.end <= limit, "event offsets out of range");
        check(e.timex >= -1 && e.timex < static_cast<int>(r.timexes.size()), "event timex index out of range");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const tarikh::Engine& engine = tarikh::default_engine();
    if (size == 0) return 0;
    static const char* const langs[] = {"", "ar", "en", "fr"};
    static const char* const dcts[] = {"", "2024-03-14", "2013-02-12T04:30:00", "0001-01-01"};
    const uint8_t flags = data[0];
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    const std::string lang = langs[flags & 3], dct = dcts[(flags >> 2) & 3];

    if (!(flags & 16)) {
        tarikh::DocumentResult r = engine.extract_one({"f", text, dct, lang});
        check_offsets(r, code_points(text));
        (void)tarikh::dump(r);
        return 0;
    }
    std::vector<tarikh::Document> docs;
    for (size_t at = 0;;) {
        size_t ff = text.find('\f', at);
        docs.push_back({"d" + std::to_string(docs.size()), text.substr(at, ff - at), dct, lang});
        if (ff == std::string::npos || docs.size() == 16) break;
        at = ff + 1;
    }
    tarikh::Result r = engine.extract(docs);
    check(r.documents.size() == docs.size(), "one result per document");
    for (size_t i = 0; i < docs.size(); ++i) check_offsets(r.documents[i], code_points(docs[i].text));
    for (const auto& entry : r.timeline)
        for (const auto& s : entry.sources) check(s.doc >= 0 && s.doc < static_cast<int>(docs.size()), "timeline source out of range");
    (void)tarikh::dump(r);
    return 0;
}
