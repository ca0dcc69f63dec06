// The contract's JSON shapes. Field order follows ../shared/schema/output.md so that the
// output reads like the documentation; a missing mod is JSON null, never "".
#include "tarikh/contract_json.hpp"

namespace tarikh {
namespace {

using ojson = nlohmann::ordered_json;

ojson null_if_empty(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

ojson when_json(const When& w) {
    return ojson{{"value", w.value},
                 {"start", null_if_empty(w.start)},
                 {"end", null_if_empty(w.end)},
                 {"granularity", w.granularity},
                 {"mod", null_if_empty(w.mod)},
                 {"approximate", w.approximate}};
}

bool optional_string(const nlohmann::json& in, const char* key, std::string& out, std::string& error) {
    auto it = in.find(key);
    if (it == in.end() || it->is_null()) return true;
    if (!it->is_string()) {
        error = std::string("\"") + key + "\" must be a string";
        return false;
    }
    out = it->get<std::string>();
    return true;
}

}  // namespace

ojson to_json(const DocumentResult& d) {
    ojson timexes = ojson::array();
    for (const Timex& t : d.timexes)
        timexes.push_back({{"begin", t.begin},
                           {"end", t.end},
                           {"text", t.text},
                           {"type", t.type},
                           {"value", t.value},
                           {"mod", null_if_empty(t.mod)},
                           {"anchor", t.anchor}});
    ojson events = ojson::array();
    for (const Event& e : d.events)
        events.push_back({{"id", e.id},
                          {"begin", e.begin},
                          {"end", e.end},
                          {"title", e.title},
                          {"sentence", e.sentence},
                          {"when", when_json(e.when)},
                          {"timex", e.timex},
                          {"actors", e.actors},
                          {"places", e.places}});
    return ojson{{"id", d.id},
                 {"lang", d.lang},
                 {"dct", null_if_empty(d.dct)},
                 {"dct_source", d.dct_source},
                 {"timexes", std::move(timexes)},
                 {"events", std::move(events)},
                 {"warnings", d.warnings}};
}

ojson to_json(const Result& r) {
    ojson documents = ojson::array();
    for (const DocumentResult& d : r.documents) documents.push_back(to_json(d));
    ojson timeline = ojson::array();
    for (const TimelineEntry& t : r.timeline) {
        ojson sources = ojson::array();
        for (const TimelineSource& s : t.sources) sources.push_back({{"doc", s.doc}, {"event", s.event}});
        timeline.push_back({{"id", t.id}, {"title", t.title}, {"when", when_json(t.when)}, {"sources", std::move(sources)}});
    }
    return ojson{{"documents", std::move(documents)}, {"timeline", std::move(timeline)}};
}

bool document_from_json(const nlohmann::json& in, Document& out, std::string& error) {
    if (!in.is_object()) {
        error = "a document must be a JSON object with a \"text\" field";
        return false;
    }
    auto text = in.find("text");
    if (text == in.end() || !text->is_string()) {
        error = "a document needs a \"text\" string";
        return false;
    }
    out = Document{};
    out.text = text->get<std::string>();
    auto id = in.find("id");
    if (id != in.end() && id->is_number_integer()) out.id = std::to_string(id->get<long long>());
    else if (!optional_string(in, "id", out.id, error)) return false;
    return optional_string(in, "dct", out.dct, error) && optional_string(in, "lang", out.lang, error);
}

bool documents_from_json(std::string_view text, std::vector<Document>& out, std::string& error) {
    nlohmann::json in = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (in.is_discarded()) {
        error = "not valid JSON";
        return false;
    }
    const nlohmann::json* list = &in;
    if (in.is_object() && in.contains("documents")) list = &in["documents"];
    out.clear();
    if (list->is_object()) {
        out.emplace_back();
        return document_from_json(*list, out.back(), error);
    }
    if (!list->is_array()) {
        error = "expected a document object, an array of documents or {\"documents\": [...]}";
        return false;
    }
    for (size_t i = 0; i < list->size(); ++i) {
        out.emplace_back();
        if (!document_from_json((*list)[i], out.back(), error)) {
            error = "document " + std::to_string(i) + ": " + error;
            return false;
        }
    }
    return true;
}

std::string dump(const nlohmann::ordered_json& j) {
    return j.dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
}

}  // namespace tarikh
