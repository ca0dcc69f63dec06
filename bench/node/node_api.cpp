// The extraction core for Node (bench/ and the native/wasm agreement test): the same calls as
// the web app's bindings (web/bindings.cpp) and the CLI's batch form, as plain C exports.
#include <emscripten/emscripten.h>

#include <exception>
#include <string>
#include <vector>

#include "tarikh/contract_json.hpp"
#include "tarikh/tarikh.hpp"

namespace {

std::string g_answer;  // valid until the next call

const char* answer(std::string s) {
    g_answer = std::move(s);
    return g_answer.c_str();
}

}  // namespace

extern "C" {

// One input document (a JSON line of `tarikh extract --jsonl`) → its output line, without the
// newline: the bytes the CLI writes for that line.
EMSCRIPTEN_KEEPALIVE const char* tarikh_node_extract_one(const char* line) {
    std::string error;
    return answer(tarikh::extract_jsonl_line(tarikh::default_engine(), line, error));
}

// Documents (one, an array or {"documents": [...]}) → {"documents", "timeline"}, merged: what
// window.tarikh.extract(docs) returns in the browser.
EMSCRIPTEN_KEEPALIVE const char* tarikh_node_extract(const char* documents_json) {
    std::vector<tarikh::Document> docs;
    std::string error;
    try {
        if (!tarikh::documents_from_json(documents_json, docs, error))
            return answer(tarikh::dump(nlohmann::ordered_json{{"error", error}}));
        return answer(tarikh::dump(tarikh::extract(docs)));
    } catch (const std::exception& e) {
        return answer(tarikh::dump(nlohmann::ordered_json{{"error", std::string("extraction failed: ") + e.what()}}));
    }
}

}  // extern "C"
