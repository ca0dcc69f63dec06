// libFuzzer target: the JSON import (tarikh::documents_from_json, tarikh::document_from_json,
// and the flat reader of JSON lines checked against them), the paths the web app and the CLI's
// --jsonl take. Documents that parse are extracted too
// (small inputs only), and the answer must serialise.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/contract_json.hpp"
#include "tarikh/tarikh.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const tarikh::Engine& engine = tarikh::default_engine();
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    std::vector<tarikh::Document> docs;
    std::string error;
    if (tarikh::documents_from_json(text, docs, error)) {
        size_t total = 0;
        for (const auto& d : docs) total += d.text.size();
        if (total <= 8192 && docs.size() <= 32) (void)tarikh::dump(engine.extract(docs));
    } else if (error.empty()) {
        __builtin_trap();  // a refusal must say why
    }

    // The --jsonl path: one document per line, each through document_from_json.
    nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    tarikh::Document d;
    std::string e;
    const bool slow = !j.is_discarded() && tarikh::document_from_json(j, d, e);
    if (slow && d.text.size() <= 8192) (void)tarikh::dump(engine.extract_one(d));
    // Its fast path must agree with nlohmann: what it reads, nlohmann reads the same.
    tarikh::Document flat;
    if (tarikh::read_flat_document(text, flat) &&
        (!slow || flat.id != d.id || flat.text != d.text || flat.dct != d.dct || flat.lang != d.lang))
        __builtin_trap();
    return 0;
}
