// Engine: owns the compiled language resources and runs the pipeline on each document.
// (Scaffold: the temporal pipeline lands with the temporal-core work.)
#include "tarikh/tarikh.hpp"

namespace tarikh {

struct Engine::Resources {};

Engine::Engine() : resources_(std::make_unique<Resources>()) {}
Engine::~Engine() = default;

std::vector<std::string> Engine::languages() const { return {}; }

DocumentResult Engine::extract_one(const Document& doc) const {
    DocumentResult out;
    out.id = doc.id;
    out.lang = doc.lang.empty() || doc.lang == "auto" ? "und" : doc.lang;
    out.dct = doc.dct;
    out.dct_source = doc.dct.empty() ? "none" : "given";
    return out;
}

Result Engine::extract(const std::vector<Document>& docs, const Options&) const {
    Result r;
    for (const Document& d : docs) r.documents.push_back(extract_one(d));
    return r;
}

const Engine& default_engine() {
    static const Engine engine;
    return engine;
}

Result extract(const std::vector<Document>& docs, const Options& options) {
    return default_engine().extract(docs, options);
}

}  // namespace tarikh
