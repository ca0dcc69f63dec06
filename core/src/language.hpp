// Language: one folder of core/lang/<code>/, compiled for matching.
//
//   language.txt  key = value settings (name, script, clitic prefixes)
//   lexicon.tsv   surface <TAB> CLASS <TAB> effects      (one word or phrase per line)
//   patterns.txt  sequences of items that make a temporal expression
//   corpus.jsonl  examples with their expected values (tests only; not embedded)
//
// Classes are the language's own names; effects are the engine's vocabulary (spec.hpp plus
// the flags below). Patterns refer to classes, to the built-ins NUM, ORD and <T> (an
// expression found by an earlier pass), and to literal tokens in quotes.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "clitics.hpp"
#include "names.hpp"
#include "spec.hpp"
#include "text.hpp"
#include "word_trie.hpp"

namespace tarikh {

// What a number inside a pattern stands for; it also bounds the number's value.
// Week: an ISO week number ("la semaine 9", "epidemiological week 12").
enum class Role : uint8_t { None, Day, Month, Year, Year2, Clock, Hour, Minute, Count, Decade, Century, Quarter, Half, Nth, Week };

// What the stages after recognition read of a token: the bits of the lexicon entries covering it.
enum TokenFlag : int {
    kPast = 1, kFuture = 2, kClause = 4, kPublished = 8, kTitleWord = 16, kAttribution = 32, kTrim = 64,
    kStop = 128, kKnown = 256,  // a preposition left out of spans; a frequent word; any lexicon word
    kLocative = 512, kJoinWord = 1024,  // a preposition of place; "and", "و", "et"
    kPastForm = 2048,  // an unknown word with a past ending ("promised"): past only right before a timex
    kOrgHead = 4096,   // opens an organisation's name ("وزارة", "Ministry")
    kFutureForm = 8192,   // an unknown word with a future ending ("viendra", "s'élancera")
    kLeanFuture = 16384,  // leans to the future when nothing else tells ("until Friday", "the deadline is Friday")
    kPresent = 32768,     // a present auxiliary: "has suspended ... until Monday" is a state lasting till then
    kSince = 65536,       // "since", "depuis", "منذ": the date after it opens a stretch lasting till now
    kPresentForm = 131072,  // a present that announces ("يزور", "begins"): a weekday in its clause is ahead
    kTenseEdge = 262144,    // opens a reported or relative clause ("that", "que"): a tense past it is another verb's
    kNoTense = 524288,      // words whose tense marks do not count together ("may be", "could have"): epistemic
    kReporting = 1048576,   // a verb of saying: the day after it is when words were said, not the story's
    kRestates = 2097152,    // "soit", "i.e.", "أي": what follows names again what came before
    kCompares = 4194304,    // "than", "qu'en", "مقارنة": the date after it is a yardstick, not the story's time
    kFrames = 8388608,      // "when", "lorsque", "عندما" after a year: the clause it opens is in that year
    kDecided = 16777216,    // "agreed to", "voted to", "reporté au": ahead for the date after it, but a date
                            // before it is when the decision was taken ("On Sept. 5, Harborline agreed to lease")
    kSuperlative = 33554432,  // "biggest", "plus forte", "أعلى": "since" after it opens a yardstick ("its biggest
                              // gain since November 2022"), not the story's time
    kDeterminer = 67108864,   // an article or determiner: a word after it is a noun ("les vignerons" is no
                              // future), a clause word before it a preposition ("appear before the committee")
    kMoves = 134217728,       // "postponed", "reporté", "أرجأ": "from X to Y" after it moves a date, no span
};

struct Entry {
    int cls = -1;             // class id (Language::classes)
    int length = 1;           // tokens
    Spec spec;                // its effects on the expression
    bool no_spec = false;     // spec is empty: merging it changes nothing, and it fits anything
    long long num = kUnset;   // a number word's value ("ثلاثة" = 3)
    int ord = kUnset;         // an ordinal's value ("الثالث" = 3)
    bool mult = false;        // a number word that multiplies ("hundred", "ألف")
    bool join = false;        // joins number words or range ends ("و", "and", "-")
    bool weak = false;        // cannot make an expression alone ("May", "آب")
    bool cap = false;         // only when capitalised in the original text
    bool lower = false;       // only when not capitalised ("mars" the month, not "Mars" the planet)
    bool trim = false;        // belongs outside the span at its edges ("on", "في")
    bool strong = false;      // makes a weak neighbour an expression ("in May"), even when trimmed
    bool block = false;       // the next number is not a date ("القرار 2254")
    bool counted = false;     // a preceding number is a count, not a year ("2000 people")
    bool stop = false;        // a frequent word of the language (for language detection)
    bool clause = false;      // starts a new clause ("and", "after", "و", "بعد أن")
    bool published = false;   // introduces the publication date ("Updated", "نشر في")
    bool attribution = false; // an attribution a title drops ("according to", "وفقا ل")
    bool person_title = false; // a title before a name ("President", "الرئيس", "وزير")
    bool org_head = false;     // opens an organisation's name ("وزارة الصحة", "هيئة الأمم المتحدة")
    bool lean_future = false;  // leans to the future when nothing else tells ("until", "jusqu'à")
    bool present = false;      // a present auxiliary ("has", "is", "est")
    bool since = false;        // opens a stretch lasting till now ("since", "depuis", "منذ")
    bool verb = false;         // a verb form: never read through the article ("الطلب" is no طلب, requested)
    bool no_hour = false;      // an ordinal that never names an hour (Arabic masculine: "محمد السادس")
    bool locative = false;    // a preposition of place: the name after it is a place ("in", "à")
    bool tense_edge = false;  // the tense of a verb past it is not the expression's ("said Monday that ... will")
    bool announce = false;    // a present that schedules ("begins", "commencent", "تنطلق"): a weekday with it is ahead
    bool no_tense = false;    // its words mark no tense, whatever their own entries say ("may be responsible")
    bool reporting = false;   // a verb of saying ("said"): the day right after it does not move the story
    bool compares = false;    // "than", "qu'en", "مقارنة مع": the date after it is a yardstick
    bool frames = false;      // "2017, when ...": the year before it dates the clause it opens
    bool restates = false;    // "soit", "i.e.": the expression after it is the one before it, named again
    bool indefinite = false;  // never read through the article: "ساعة" is one hour, "الساعة" the hour (of the clock)
    bool decided = false;     // a decision taken ("agreed to"): ahead after it, in the past before it
    bool moves = false;       // a date moved ("postponed"): the two ends of "from X to Y" after it are two dates
    bool superlative = false; // "highest", "le plus bas": a "since" after it compares
    bool determiner = false;  // an article or determiner ("the", "les"): a word after it is a noun
    int token_flags = 0;      // the TokenFlag bits of the tokens it covers, from the fields above
};

// What the recogniser reads of an entry for every token it covers, side by side: an Entry, with
// its Spec, spans several cache lines, and reading these from it cost a miss each.
struct EntryKey {
    enum Mark : uint16_t {
        kCap = 1, kLower = 2, kVerb = 4, kStopWord = 8, kWeak = 16, kJoin = 32, kBlock = 64, kCounted = 128,
        kNumber = 256, kOrdinal = 512,
        kDateWord = 1024,  // names a time itself: a month, a weekday, a unit, a season, a part of the day ...
        kIndefinite = 2048,  // never read through the article
    };
    int16_t cls = -1;
    uint16_t marks = 0;
    int token_flags = 0;
    bool has(Mark m) const { return marks & m; }
};

// A set of token classes (ids below 126), a number (bit 126) and an ordinal (bit 127).
struct KeyMask {
    uint64_t bits[2] = {0, 0};
    static constexpr int kNum = 126, kOrd = 127;
    void set(int k) {
        if (k >= 0 && k < 128) bits[k >> 6] |= uint64_t{1} << (k & 63);
    }
    KeyMask& operator|=(const KeyMask& o) {
        bits[0] |= o.bits[0];
        bits[1] |= o.bits[1];
        return *this;
    }
    bool test(int k) const { return bits[k >> 6] >> (k & 63) & 1; }
    bool covers(const KeyMask& need) const { return (bits[0] & need.bits[0]) == need.bits[0] && (bits[1] & need.bits[1]) == need.bits[1]; }
    bool intersects(const KeyMask& o) const { return (bits[0] & o.bits[0]) || (bits[1] & o.bits[1]); }
};

struct Item {
    enum Kind : uint8_t { Class, Num, Ord, Literal, Timex, Any } kind = Class;
    int cls = -1;              // Class: which
    std::string literal;       // Literal: folded token text
    Role role = Role::None;    // Num/Ord/Class: what the number is
    bool digits_only = false;  // DIG: a number written in digits, not in words
    bool optional = false;
    bool to_end = false;       // "@end": fills the range's second end
    bool overrides = false;    // "!": what this item says wins over what came before ("<T> الموافق <T>!")
    std::vector<Item> alts;    // Any: one of these
    // A quick test before trying the item at a token: when `keyed`, the token's keys must meet
    // `keys`; a literal's token must have its hash.
    bool keyed = false;
    KeyMask keys;
    uint64_t literal_hash = 0;
};

struct Pattern {
    std::vector<Item> items;
    int line = 0;
    bool uses_timex = false;   // matched in the later passes, over earlier expressions
    bool veto = false;         // "!" line: what it matches is not a temporal expression ("6-year-old")
    bool opens_none = false;   // "!^" line: what it matches opens no expression ("بعد عام من قرارات")
    KeyMask required;          // what must occur in the tokens a match covers (a quick pre-check)
    // Another pre-check: one of first_keys (what the first item that is not optional can be)
    // must occur within lead_reach tokens of the start, past the optional items before it.
    // lead_reach -1: those optional items have no bounded length (or first_keys is unknown).
    KeyMask first_keys;
    int lead_reach = -1;
    // What the rest of the pattern can start with, from each item on (next[k]: items k..., up
    // to the first one that is not optional; next[items.size()]: the end). The recogniser moves
    // past an item only when the token after it can go on.
    struct Next {
        KeyMask keys;                    // the keyed items' keys
        std::vector<uint64_t> literals;  // the literal words' hashes
        uint32_t timex_roles = 0;        // an earlier expression, in one of these roles (bit 1 << Role)
        bool anything = false;           // the end, or an item no cheap test tells (a class past the mask)
    };
    std::vector<Next> next;
};

// Which patterns can start at a token, by what the token is: the recogniser tries only those.
struct PatternIndex {
    // Sets of patterns as bits (pattern p is bit p), so that a token's candidates are a few ORs
    // and come out in file order.
    using Set = std::vector<uint64_t>;
    size_t words = 0;                                              // uint64 words per set
    std::vector<Set> by_class;                                     // class id → patterns
    Set by_num, by_ord, by_timex;                                  // a number, an ordinal, an expression
    Set over_words, over_timexes;                                  // the patterns of pass 1, of the later ones
    WordTrie literals;                                             // the literal words, one level deep
    std::vector<Set> by_literal;                                   // literals' node → patterns
};

struct Language {
    std::string code, name, script;   // script: "Arab" or "Latn"
    Clitics clitics;                    // prefixes that may be glued before a word
    bool hour_ordinals_definite = false;  // an ordinal names an hour only with the article ("الثالثة")
    int weekday_tense = 0;              // a bare weekday in a sentence with no tense marker: -1 past
    bool twelve_hour_clock = true;      // a bare "9:00" may be 9 p.m. (false: times are written 0-24)
    bool next_weekday_in_next_week = false;  // "next Friday" = the Friday of next week (English)
    bool this_weekday_in_this_week = false;  // "ce jeudi" = the Thursday of this week, gone or coming (French)
    // Verb prefixes that mark the future on words the lexicon does not know (Arabic سـ: ستعلن,
    // سيجتمع), for words of at least future_min_letters letters.
    std::vector<std::string> future_prefixes;
    int future_min_letters = 0;
    // Verb prefixes of the present on words the lexicon does not know (Arabic ي: يزور، يعقد), for
    // words of at least present_min_letters letters: news announces with them ("يزور الرئيس
    // باريس الخميس"), so a weekday in their clause, with no tense marker, is the coming one.
    std::vector<std::string> present_prefixes;
    int present_min_letters = 0;
    // Words after which such a verb is a subjunctive or a negation, and announces nothing ("قبل
    // أن يرتفع", "لم يصل").
    std::vector<std::string> present_not_after;
    // Past particles that mark the past only before a perfect verb (Arabic قد): before a present
    // they make a possibility ("قد يعاد فتحه يوم الجمعة").
    std::vector<std::string> past_only_before_perfect;
    // Present auxiliaries of the passive: a past form after one is a participle, no past ("the case
    // is heard in May", "the final is held on Sunday").
    std::vector<std::string> passive_present;
    // Verb endings that mark the past or the future on lower-case words the lexicon does not
    // know (English -ed: "promised"; French -ra, -ront: "viendra"), for words of at least
    // suffix_min_letters letters; a past ending is read only right before a date. A past verb
    // ending is read anywhere in the clause, as a future one is: one no other word has (French
    // imperfect -ait, -aient: "le kilo se vendait").
    std::vector<std::string> past_suffixes, future_suffixes, past_verb_suffixes;
    // Endings of plural nouns on such words: an hour before one is a count ("at two brokerages").
    std::vector<std::string> plural_suffixes;
    // Endings that make such a word a counted noun, after which a number is a count for every
    // role (the Arabic accusative of "1055 ترشحا", "2000 عضوا").
    std::vector<std::string> count_suffixes;
    int suffix_min_letters = 0;
    // Where a script has no capitals: the prefixes of the words that go on a name after its head
    // (Arabic ال، لل: "وزارة الصحة المصرية"). Empty: capitalised words go on it.
    std::vector<std::string> name_prefixes;
    // Titles written short before a name, without their dot ("Rep", "Dr", "M"): no sentence ends
    // after one ("when Rep. Tom Delgado resigned", "selon M. Dupont").
    std::vector<std::u32string> title_abbreviations;
    // Small lower-case words inside a capitalised name ("of", "for": "Bank of England"; "de").
    std::vector<std::string> name_joiners;
    // The lexicon's classes: first those its patterns name (ids below keyed_classes, a bit each
    // in a KeyMask while they fit), then those that only carry flags ("SAYING", "TENSE"), which
    // need no bit.
    std::vector<std::string> classes;
    int keyed_classes = 0;
    std::vector<Entry> entries;
    std::vector<EntryKey> entry_keys;   // entries[i]'s key fields, at i
    WordTrie trie;                      // the lexicon's surfaces, word by word
    // Per trie node, the entries whose surface ends there, in file order: one list for all
    // nodes, node after node (a list per node cost an allocation each, and a jump per lookup).
    std::vector<int> node_entries;
    std::vector<uint32_t> node_entries_begin;  // per node, where its entries start; then the end
    std::span<const int> entries_at(int node) const {
        return {node_entries.data() + node_entries_begin[node], node_entries.data() + node_entries_begin[node + 1]};
    }
    std::vector<Pattern> patterns;
    Gazetteer names;                    // places and organisations (gazetteer.tsv)
    PatternIndex index;                 // patterns by their possible first item
    // Single-word modifiers ("بداية", "early") as code points: what a typo may have meant.
    std::vector<std::pair<std::u32string, int>> repairable;

    int class_id(std::string_view name) const;  // -1 when unknown
};

// What the engine knows of a language before loading it: enough to detect it.
struct LanguageSummary {
    std::string code, script;
    std::vector<std::vector<std::string>> stop_words;  // the folded tokens of each "stop" entry
};

// Reads language.txt and the "stop" entries of lexicon.tsv only (cheap).
LanguageSummary summarise_language(std::string_view code, std::string_view settings, std::string_view lexicon,
                                   const Folder& folder);

// Parses the embedded folder of one language; throws std::runtime_error("ar/lexicon.tsv:12: ...").
Language load_language(std::string_view code, std::string_view settings, std::string_view lexicon,
                       std::string_view patterns, std::string_view gazetteer, const Folder& folder);

}  // namespace tarikh
