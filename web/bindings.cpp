// What JavaScript calls (web/app.js): extraction as C functions taking and returning JSON
// strings, so the browser gets exactly the bytes the native CLI prints (tarikh/contract_json.hpp).
// Plain C exports rather than embind: embind's glue needs eval, which the page's CSP forbids.
#include <emscripten/emscripten.h>

#include <exception>
#include <string>

#include "tarikh/contract_json.hpp"
#include "tarikh/tarikh.hpp"

namespace {

// The last answer; its buffer stays valid until the next call, long enough for JS to copy it.
std::string g_answer;

const char* answer_error(const std::string& message) {
    g_answer = tarikh::dump(nlohmann::ordered_json{{"error", message}});
    return g_answer.c_str();
}

}  // namespace

extern "C" {

// `documents_json`: a document, an array of documents or {"documents": [...]} (the contract's
// input). Returns the several-documents result {"documents", "timeline"}, or {"error": "..."}.
EMSCRIPTEN_KEEPALIVE const char* tarikh_extract(const char* documents_json) {
    try {
        std::vector<tarikh::Document> docs;
        std::string error;
        if (!tarikh::documents_from_json(documents_json, docs, error)) return answer_error(error);
        g_answer = tarikh::dump(tarikh::extract(docs));
        return g_answer.c_str();
    } catch (const std::exception& e) {
        return answer_error(std::string("extraction failed: ") + e.what());
    }
}

}  // extern "C"
