// Tarikh — the extraction core's public API.
//
// One call turns articles into a chronology:
//
//     tarikh::Result r = tarikh::extract({{"a1", text, "2024-03-14", "ar"}});
//
// The shapes below mirror the extraction contract (../shared/schema/output.md); contract_json.hpp turns
// them into the contract's JSON. Offsets are Unicode code points into the text exactly as given.
// The core is plain C++20 + ICU: no globals with mutable state, no I/O, no Emscripten.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tarikh {

// One input article.
struct Document {
    std::string id;
    std::string text;  // UTF-8; invalid sequences are replaced by U+FFFD (one per bad byte)
    std::string dct;   // publication date "YYYY-MM-DD" or "YYYY-MM-DDThh:mm[:ss]"; "" = detect
    std::string lang;  // "ar", "en", "fr", ...; "" or "auto" = detect
};

struct Options {
    // Merge events of different documents that report the same happening (extract() only).
    bool merge_across_documents = true;
};

// A temporal expression found in the text (TIMEX3).
struct Timex {
    int64_t begin = 0, end = 0;  // code points, end exclusive
    std::string text;
    std::string type;    // DATE, TIME, DURATION, SET
    std::string value;   // TIMEX3 value: 2024-01-10, 2024-W11, P8M, PRESENT_REF, XXXX-10-07 ...
    std::string mod;     // START, MID, END, APPROX, BEFORE, AFTER, ... or "" (null)
    std::string anchor;  // "dct", "narrative" or "absolute"
};

// When an event happened: a TIMEX3 value plus the calendar days it covers.
struct When {
    std::string value;
    std::string start, end;    // first and last day covered, "YYYY-MM-DD" ("" when unknown)
    std::string granularity;   // day, week, month, quarter, half, season, year, decade, century, time
    std::string mod;           // as in Timex, "" = null
    bool approximate = false;
};

struct Event {
    std::string id;              // "e1", "e2", ... within its document
    int64_t begin = 0, end = 0;  // the clause the event comes from (code points)
    std::string title;
    std::string sentence;
    When when;
    int timex = -1;  // index into DocumentResult::timexes
    std::vector<std::string> actors;
    std::vector<std::string> places;
    // The same actors and places as language-neutral keys ("Cairo" for القاهرة): what merging
    // across articles compares. Not part of the JSON contract.
    std::vector<std::string> keys;
};

struct DocumentResult {
    std::string id;
    std::string lang;
    std::string dct;         // as given or detected; "" when none
    std::string dct_source;  // "given", "detected" or "none"
    std::vector<Timex> timexes;
    std::vector<Event> events;
    std::vector<std::string> warnings;
};

struct TimelineSource {
    int doc = 0;        // index into Result::documents
    std::string event;  // Event::id in that document
};

struct TimelineEntry {
    std::string id;  // "t1", "t2", ...
    std::string title;
    When when;
    std::vector<TimelineSource> sources;
};

struct Result {
    std::vector<DocumentResult> documents;
    std::vector<TimelineEntry> timeline;
};

// The compiled language resources (lexicon tries, rules). Building one reads what detection
// needs; each language folder is parsed once, when a document first needs it (thread-safe).
// Otherwise immutable, and safe to share between threads.
class Engine {
public:
    Engine();
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // One document on its own (the batch form: no merging).
    DocumentResult extract_one(const Document& doc) const;
    // Several documents, with the merged timeline.
    Result extract(const std::vector<Document>& docs, const Options& options = {}) const;

    // Languages with an embedded resource folder ("ar", "en", "fr", ...).
    std::vector<std::string> languages() const;

    struct Resources;

private:
    std::unique_ptr<const Resources> resources_;
};

// Convenience: the same through one lazily built, immutable Engine.
const Engine& default_engine();
Result extract(const std::vector<Document>& docs, const Options& options = {});

}  // namespace tarikh
