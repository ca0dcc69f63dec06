// The extraction contract in JSON (../shared/schema/output.md), with nlohmann/json.
// Shared by the CLI and the WebAssembly bindings so that both print byte-identical JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/tarikh.hpp"

namespace tarikh {

// The contract's JSON as compact text, written directly (the fast path: the CLI, the
// WebAssembly bindings). Invalid UTF-8 in a string (an id from a file name) becomes U+FFFD.
std::string dump(const DocumentResult& doc);
std::string dump(const Result& result);

// The same as JSON values, for callers that inspect or extend them.
nlohmann::ordered_json to_json(const DocumentResult& doc);
nlohmann::ordered_json to_json(const Result& result);

// Reads one input document ({"id", "text", "dct", "lang"}). Returns false and sets `error`
// to a one-line, human-readable message when the object does not fit the contract.
bool document_from_json(const nlohmann::json& in, Document& out, std::string& error);

// Reads either one document object or {"documents": [...]} / a JSON array of documents.
bool documents_from_json(std::string_view text, std::vector<Document>& out, std::string& error);

// One line of the JSON-lines form, as `tarikh extract --jsonl` answers it: the document's result,
// or {"id", "error"} with `error` set. The dct and lang defaults fill what the line leaves out.
std::string extract_jsonl_line(const Engine& engine, std::string_view line, std::string& error,
                               std::string_view default_dct = "", std::string_view default_lang = "");

// The fast path of the above: a flat object of strings with a "text", read without a JSON tree.
// False for anything else; when true, `out` is what document_from_json makes of the same line.
bool read_flat_document(std::string_view line, Document& out);

// Serialises any JSON value the same way (error objects); invalid UTF-8 becomes U+FFFD.
std::string dump(const nlohmann::ordered_json& j);

}  // namespace tarikh
