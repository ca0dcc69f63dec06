// Engine: loads each embedded language folder once, when a document first needs it, then runs
// the pipeline on each document:
// decode → detect language → fold → tokenise → recognise → segment → DCT → resolve → events.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <mutex>
#include <stdexcept>

#include <unicode/uchar.h>

#include "analysis.hpp"
#include "dct.hpp"
#include "detect.hpp"
#include "embedded_lang.hpp"
#include "events.hpp"
#include "tarikh/tarikh.hpp"
#include "timeline.hpp"

namespace tarikh {

// Each embedded language folder is loaded in full the first time a document needs it: a run
// over English articles never parses the Arabic and French lexicons. The languages' summaries
// (their scripts and stop words) are read the first time a document comes without its
// language, for the detector. std::call_once keeps an engine safe to share between threads.
struct Engine::Resources {
    struct Slot {
        std::string code;
        std::map<std::string, std::string_view> files;  // "lexicon.tsv" → its embedded text
        std::once_flag loaded;
        std::unique_ptr<Language> language;
        std::unique_ptr<SentenceSplitter> sentences;
        // The language's candidate memos not in use: a text takes one (a new one when texts are
        // extracted on several threads at once) and gives it back.
        mutable std::mutex memo_lock;
        mutable std::vector<std::unique_ptr<CandidateMemo>> idle_memos;

        std::unique_ptr<CandidateMemo> take_memo() const {
            std::lock_guard<std::mutex> lock(memo_lock);
            if (idle_memos.empty()) return std::make_unique<CandidateMemo>();
            std::unique_ptr<CandidateMemo> memo = std::move(idle_memos.back());
            idle_memos.pop_back();
            return memo;
        }
        void give_back(std::unique_ptr<CandidateMemo> memo) const {
            constexpr size_t kMostCandidates = size_t{1} << 20;  // a memo past this (no real text) is dropped
            if (memo->candidates.size() > kMostCandidates) return;
            std::lock_guard<std::mutex> lock(memo_lock);
            idle_memos.push_back(std::move(memo));
        }
    };
    Folder folder;
    std::vector<std::unique_ptr<Slot>> slots;  // by language code
    mutable std::once_flag detector_made;
    mutable std::unique_ptr<LanguageDetector> detector;

    Slot& ready(size_t i) const {
        Slot& slot = *slots[i];
        std::call_once(slot.loaded, [&] {
            slot.language = std::make_unique<Language>(load_language(slot.code, slot.files["language.txt"],
                                                                     slot.files["lexicon.tsv"], slot.files["patterns.txt"],
                                                                     slot.files["gazetteer.tsv"], folder));
            slot.sentences = std::make_unique<SentenceSplitter>(slot.code);
        });
        return slot;
    }

    const LanguageDetector& detector_ready() const {
        std::call_once(detector_made, [&] {
            std::vector<LanguageSummary> summaries;
            for (const auto& slot : slots)
                summaries.push_back(summarise_language(slot->code, slot->files["language.txt"], slot->files["lexicon.tsv"], folder));
            detector = std::make_unique<LanguageDetector>(summaries);
        });
        return *detector;
    }
};

namespace {

// Whether tokens [from, to) are "and" or commas only: "2 hours and 14 minutes", "January,
// February and March 2024".
bool joiners_only(const Analysed& a, int from, int to) {
    for (int i = from; i < to; ++i) {
        const bool comma = a.tokens[i].kind == Token::Punct && (token_text(a.folded, a.tokens[i]) == "," || token_text(a.folded, a.tokens[i]) == "،");
        if (!comma && !(a.token_flags[i] & kJoinWord)) return false;
    }
    return true;
}

// Whether token i opens with a clitic "and" ("وشباط"): a prefix the lexicon reads as a joiner.
bool opens_with_joiner(const Analysed& a, int i) {
    const Language& lang = *a.lang;
    const std::string_view word = token_text(a.folded, a.tokens[i]);
    return lang.clitics.strip(word, [&](std::string_view stem) {
        const int node = lang.trie.child(WordTrie::kRoot, word.substr(0, word.size() - stem.size()));
        return node >= 0 && std::any_of(lang.entries_at[node].begin(), lang.entries_at[node].end(),
                                        [&](int e) { return lang.entries[e].join; });
    });
}

// Whether a word with one of `flags` stands right before match m, a preposition at most between
// ("than in 2021"), or opens it as its edge.
bool word_before(const Analysed& a, const Match& m, int flags) {
    int i = m.tb - 1;
    if (i > 0 && (a.token_flags[i] & kTrim) && !(a.token_flags[i] & flags)) --i;
    return (i >= 0 && (a.token_flags[i] & flags)) || (a.in_match[m.tb] == kAtEdge && (a.token_flags[m.tb] & flags));
}

// Whether match k names match k - 1 again, a comma between them and "soit", "i.e.", "أي" or a
// preposition at most after it, one of them counted (from the story's time, or from now after
// "i.e.") and the other not: "a week earlier, on May 14", "le 10 mars, soit deux jours avant
// l'ouverture", "on Monday, two days after the vote", "شتنبر 2016، أي منذ ثلاث سنوات".
// Returns which is counted: +1 match k, -1 match k - 1, 0 neither (no restating).
int restated_side(const Analysed& a, size_t k) {
    const Match& p = a.matches[k - 1];
    const Match& m = a.matches[k];
    int i = p.te;
    if (i >= m.tb || a.tokens[i].kind != Token::Punct || (token_text(a.folded, a.tokens[i]) != "," && token_text(a.folded, a.tokens[i]) != "،")) return 0;
    const bool said_again = ++i < m.tb && (a.token_flags[i] & kRestates);
    if (said_again) ++i;
    if (i < m.tb && (a.token_flags[i] & kTrim) && !(a.token_flags[i] & kJoinWord) && !opens_with_joiner(a, i)) ++i;  // "on", "le"; not "وفي"
    if (i != m.tb || opens_with_joiner(a, m.tb)) return 0;
    auto counted = [&](const Spec& s) {
        return !s.has_end && (s.anchor == Anchor::Narrative || s.dir == Direction::Later || s.dir == Direction::Earlier ||
                              (said_again && (s.dir == Direction::Ago || s.dir == Direction::In)));
    };
    const bool before = counted(p.spec), here = counted(m.spec);
    return before == here ? 0 : here ? 1 : -1;
}

// Months and days listed with one year after the last ("January and February 2024", "March 3
// and April 9, 2024", "في كانون الثاني وشباط 2024") all take that year; before the last "and",
// a comma lists them ("January, February and March 2024").
void share_listed_year(Analysed& a) {
    bool listed = false;  // match k took its year from the list
    for (size_t k = a.matches.size(); k-- > 1;) {
        const Spec& next = a.matches[k].spec;
        Spec& s = a.matches[k - 1].spec;
        const bool next_ok = next.year != kUnset && next.month != kUnset && next.cal == s.cal && !next.has_end;
        const bool open = s.year == kUnset && s.month != kUnset && s.decade == kUnset && s.shift == kUnset && s.dir == Direction::None && !s.has_end;
        const int from = a.matches[k - 1].te, to = a.matches[k].tb;
        const bool joined = std::any_of(a.token_flags.begin() + from, a.token_flags.begin() + to, [](int f) { return f & kJoinWord; });
        const bool between = to - from <= 2 && joiners_only(a, from, to) && (joined || (to == from ? opens_with_joiner(a, to) : listed));
        listed = next_ok && open && between;
        if (listed) {
            s.year = next.year;
            s.two_digit_year = next.two_digit_year;
        }
    }
}

// Whether duration `k` goes on duration `prev` as its smaller part, "and" or a comma at most
// between: "2 hours 14 minutes", "deux heures et quart", "ساعتين و14 دقيقة" are one span.
bool continues_duration(const Analysed& a, size_t prev, size_t k) {
    const Match& p = a.matches[prev];
    const Match& m = a.matches[k];
    const Resolved& rp = a.resolved[prev];
    const Resolved& r = a.resolved[k];
    if (rp.type != "DURATION" || r.type != "DURATION" || !r.mod.empty() || p.spec.and_half || m.spec.and_half) return false;
    if (rp.value.find('X') != std::string::npos || r.value.find('X') != std::string::npos) return false;
    // Units ISO 8601 writes side by side (weeks, decades and quarters stand alone).
    auto joinable = [](Unit u) {
        return u == Unit::Year || u == Unit::Month || u == Unit::Day || u == Unit::Hour || u == Unit::Minute || u == Unit::Second;
    };
    if (!joinable(p.spec.unit) || !joinable(m.spec.unit) || m.spec.unit >= p.spec.unit || m.tb - p.te > 1) return false;
    return joiners_only(a, p.te, m.tb);
}

// "PT2H" then "PT14M" is "PT2H14M"; "P1D" then "PT5H" is "P1DT5H".
std::string join_durations(const std::string& larger, const std::string& smaller) {
    std::string_view rest = std::string_view(smaller).substr(1);  // without its P
    if (larger.find('T') != std::string::npos && !rest.empty() && rest[0] == 'T') rest.remove_prefix(1);
    return larger + std::string(rest);
}

// A year ("2023", "last year", "l'an dernier"), or a month, season or quarter written with its
// year ("March 2020", "autumn 2019"): what a month named later in the same sentence belongs to.
bool names_a_year(const Resolved& r) {
    // A range over several years ("between 2006 and 2010") names no one year.
    if (r.when.start.size() >= 4 && r.when.end.size() >= 4 && r.when.start.compare(0, 4, r.when.end, 0, 4) != 0) return false;
    const std::string& g = r.when.granularity;
    const bool with_year = g == "year" || (r.anchor == "absolute" && (g == "month" || g == "quarter" || g == "half" || g == "season"));
    return r.type == "DATE" && with_year && r.value.size() >= 4 &&
           std::all_of(r.value.begin(), r.value.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

// The first token at or after code point `at` (tokens are in text order).
int first_token_at(const Analysed& a, int32_t at) {
    auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), at, [](const Token& t, int32_t x) { return t.begin < x; });
    return static_cast<int>(it - a.tokens.begin());
}

// Where the search for a tense marker stops: a clause word, or a word opening a reported or
// relative clause ("said Monday that ... will"). "and" does not: it joins nouns as often as
// clauses ("will double flights between Australia and India by August").
bool clause_edge(const Analysed& a, int i) {
    const int flags = a.token_flags[i];
    if (((flags & kClause) && !(flags & kJoinWord)) || (flags & kTenseEdge)) return true;
    const Token& t = a.tokens[i];
    if (t.kind != Token::Punct) return false;
    std::string_view p = token_text(a.folded, t);
    // A thousands separator is no edge: "will knock on 50,000 doors by Friday".
    const bool in_number = p == "," && i > 0 && i + 1 < static_cast<int>(a.tokens.size()) && a.tokens[i - 1].kind == Token::Number &&
                           a.tokens[i + 1].kind == Token::Number && !t.space_before && !a.tokens[i + 1].space_before;
    return (p == "," && !in_number) || p == ";" || p == ":";
}

// Whether match `m` is a stamp that opens its line: a word at most before it ("Update",
// "تحديث"), and a colon or dash soon after it, a zone name at most between ("09:40 GMT:",
// "14:05 غرينتش -").
bool line_stamp(const Analysed& a, const Match& m) {
    int words = 0;
    bool in_word = false;
    for (int32_t c = m.begin - 1; c >= 0 && a.text[c] != '\n'; --c) {
        const bool space = a.text[c] == ' ' || a.text[c] == '\t';
        if (!space && !u_isalpha(a.text[c])) return false;
        if (!space && !in_word && ++words > 1) return false;
        in_word = !space;
    }
    constexpr int32_t kZoneReach = 16;  // code points
    for (int32_t c = m.end; c < static_cast<int32_t>(a.text.size()) && c < m.end + kZoneReach; ++c) {
        const char32_t ch = a.text[c];
        if (ch == ':' || ch == '-' || ch == 0x2014 || ch == 0x2013 || ch == '|') return true;
        if (ch == '\n' || (ch >= '0' && ch <= '9')) return false;
    }
    return false;
}

// Whether only punctuation and prepositions come before match `m` in its sentence.
bool opens_sentence(const Analysed& a, const Match& m, const Sentence& s) {
    for (int i = first_token_at(a, s.begin); i < m.tb; ++i)
        if (a.tokens[i].kind != Token::Punct && !(a.token_flags[i] & kTrim)) return false;
    return true;
}

// No sentence ends inside an expression: "at 2:15 p.m. ET that the bridge had reopened" is one
// sentence, though "p.m." followed by a capital looks like an end to the sentence rules.
void join_sentences_split_inside_expressions(Analysed& a) {
    size_t kept = 0, k = 0;
    for (size_t i = 0; i < a.sentences.size(); ++i) {
        if (kept > 0) {
            Sentence& last = a.sentences[kept - 1];
            while (k < a.matches.size() && a.matches[k].end <= last.end) ++k;
            if (k < a.matches.size() && a.matches[k].begin < last.end) {
                last.end = a.sentences[i].end;
                continue;
            }
        }
        a.sentences[kept++] = a.sentences[i];
    }
    a.sentences.resize(kept);
}

// No sentence ends after a title written short ("when Rep. Tom Delgado resigned", "selon M.
// Dupont"), though a full stop and a capital look like an end to the sentence rules.
void join_sentences_split_after_titles(Analysed& a) {
    const auto& titles = a.lang->title_abbreviations;
    if (titles.empty() || a.sentences.empty()) return;
    auto ends_in_title = [&](const Sentence& s) {
        if (s.end - s.begin < 2 || a.text[s.end - 1] != '.') return false;
        int32_t b = s.end - 1;
        while (b > s.begin && u_isalpha(a.text[b - 1])) --b;
        if (b > s.begin && a.text[b - 1] != ' ' && a.text[b - 1] != '(' && a.text[b - 1] != '\n') return false;
        const std::u32string_view word(a.text.data() + b, static_cast<size_t>(s.end - 1 - b));
        return std::find(titles.begin(), titles.end(), word) != titles.end();
    };
    size_t kept = 0;
    for (size_t i = 0; i < a.sentences.size(); ++i) {
        const bool same_line = kept > 0 && std::find(a.text.begin() + a.sentences[kept - 1].end, a.text.begin() + a.sentences[i].begin,
                                                     U'\n') == a.text.begin() + a.sentences[i].begin;
        if (same_line && ends_in_title(a.sentences[kept - 1])) {
            a.sentences[kept - 1].end = a.sentences[i].end;
            continue;
        }
        a.sentences[kept++] = a.sentences[i];
    }
    a.sentences.resize(kept);
}

// The tense a timex leans to: the nearest tense marker of its own clause, before or after it.
// `present_form`: whether the clause, as far as it was read, holds a present verb form ("يزور").
int tense_near(const Analysed& a, const Match& m, const Sentence& s, bool historical, bool& present_form) {
    present_form = false;
    constexpr int kTenseReach = 12;  // tokens; further markers tell about other things
    const int first = std::max(first_token_at(a, s.begin), m.tb - kTenseReach);
    const int last = std::min({static_cast<int>(a.tokens.size()), m.te + kTenseReach, first_token_at(a, s.end)});
    // A future ending is a marker wherever it stands ("s'élancera de Barcelone le 4 juillet"): few
    // other words end so. A past ending counts only right before the date (below).
    // A present that announces holds words that mark the past alone: "a" in "a lieu".
    auto tense_of = [&](int i) {
        const int f = a.token_flags[i];
        return f & kNoTense ? 0 : f & (kFuture | kFutureForm) ? 1 : (f & kPast) && !(f & kPresentForm) ? -1 : 0;
    };
    int left = 0, left_dist = 1 << 30, right = 0, right_dist = 1 << 30;
    // The expression's own preposition may open clauses elsewhere ("before he left"); past it,
    // only a future marker counts: "will not recover before the fourth quarter", while a
    // participle there is as often a wish ("souhaitent que le budget soit adopté avant le printemps").
    bool past_own_preposition = false;
    // A participle after a present auxiliary, with a deadline word before the date, is a state
    // lasting till then: "has suspended service until Monday", "is closed until Friday"; not in
    // a `historical` sentence, which a past year opens ("En 1968, le théâtre est occupé jusqu'à").
    auto lasting = [&](int i) {
        if (historical) return false;
        bool present = false;
        for (int j = i - 1; j >= first && j >= i - 2; --j) present = present || (a.token_flags[j] & kPresent);
        for (int j = i + 1; present && j < m.tb; ++j)
            if (a.token_flags[j] & kLeanFuture) return true;
        return false;
    };
    for (int i = m.tb - 1; i >= first; --i) {
        present_form = present_form || (a.token_flags[i] & kPresentForm);
        if ((left = tense_of(i))) {
            // A participle after a future auxiliary is a future passive: "seront publiés",
            // "will be released".
            for (int j = i - 1; left < 0 && j >= first && j >= i - 2; --j)
                if (tense_of(j) > 0) left = 1;
            if (left < 0 && lasting(i)) left = 1;
            if (past_own_preposition && left < 0) left = 0;
            if (left) left_dist = m.tb - i;
            // A day right after a verb of saying is when the words were said, whatever the words
            // say: "وقال الوزير في مؤتمر صحفي الثلاثاء إن الوزارة ستنشر التقرير" (not a season
            // or a month: "said its summer schedule will be its largest").
            // Nor a day after another expression the verb already took ("ont annoncé lundi de
            // nouvelles actions les 7 et 8 mars").
            const bool day = m.spec.weekday != kUnset || m.spec.day != kUnset || (m.spec.unit == Unit::Day && m.spec.shift != kUnset);
            // (The verb of saying may follow its auxiliary: "ont annoncé".)
            const bool first_after = std::none_of(a.in_match.begin() + i + 1, a.in_match.begin() + m.tb, [](uint8_t x) { return x == kInSpan; });
            const bool saying = (a.token_flags[i] & kReporting) || (i + 1 < m.tb && (a.token_flags[i + 1] & kReporting));
            if (left < 0 && day && first_after && saying) left_dist = 0;
            // What was said is not when it was said: a date after the one the verb took tells
            // its own time ("ont annoncé lundi de nouvelles actions les 7 et 8 mars").
            if (left < 0 && !first_after && saying) left = 0;
            break;
        }
        // A comma right after another expression sets the two side by side, in one clause: "will
        // reopen in the fall, in October".
        const bool apposition = i > first && a.in_match[i - 1] && a.tokens[i].kind == Token::Punct && token_text(a.folded, a.tokens[i]) == ",";
        if (clause_edge(a, i) && !apposition) {
            if (i != m.tb - 1 || !(a.token_flags[i] & kTrim)) break;
            past_own_preposition = true;
        }
    }
    // Failing a marker, a past ending right before it, a preposition at most between: "promised
    // in January", "predicted Wednesday", or a preposition and one unknown word, its object,
    // with a frequent word before it at most: "halted play on March 12", "injured his knee on
    // March 15". A marker wins over it ("would be redeemed in five years"), and further away or
    // after it such a word is as often an adjective ("the reduced dividend", "markets untouched by").
    const int adjacent = m.tb - 1 >= first && (a.token_flags[m.tb - 1] & kTrim) ? m.tb - 2 : m.tb - 1;
    if (!left && adjacent >= first && (a.token_flags[adjacent] & kPastForm)) {
        left = lasting(adjacent) ? 1 : -1;
        left_dist = m.tb - adjacent;
    } else if (!left && adjacent == m.tb - 2 && adjacent >= first && a.tokens[adjacent].kind == Token::Word &&
               !(a.token_flags[adjacent] & kKnown)) {
        int verb = adjacent - 1;
        if (verb >= first && (a.token_flags[verb] & kKnown)) --verb;  // "his", "a", "the"
        if (verb >= first && (a.token_flags[verb] & kPastForm)) {
            left = -1;
            left_dist = m.tb - verb;
        }
    }
    // A fronted expression ("Three days later, he was arrested") takes the tense of the clause
    // after its comma.
    const bool fronted = opens_sentence(a, m, s);
    for (int i = m.te; i < last; ++i) {
        if (clause_edge(a, i) && !(fronted && i == m.te && a.tokens[i].kind == Token::Punct)) break;
        // "opened its inquiry on Sept. 3 and expects a report": the verb after "and" is another's.
        if ((a.token_flags[i] & kJoinWord) && !fronted) break;
        present_form = present_form || (a.token_flags[i] & kPresentForm);
        // After the date, a word of another expression tells that one's time ("will play on Sunday
        // against last year's champions"); before it, it is often the same time ("غدا الأربعاء هو
        // غرة ذي الحجة").
        if (a.in_match[i] == kInSpan) continue;  // its edge words ("on") are the clause's
        if ((right = tense_of(i))) {
            right_dist = i - m.te + 1;
            break;
        }
    }
    if (left || right) return left_dist <= right_dist ? left : right;
    // Nothing tells: a deadline or a present copula just before it, or inside it, leans ahead
    // ("have until Friday", "jusqu'à vendredi", "the deadline is Friday"), in the present.
    if (historical) return 0;
    constexpr int kLeanReach = 3;
    for (int i = std::max(first, m.tb - kLeanReach); i < m.te; ++i)
        if ((a.token_flags[i] & kLeanFuture) && !(a.token_flags[i] & kNoTense)) return 1;
    return 0;
}

// Word tokens of sentence `si` outside match `m`.
int words_outside(const Analysed& a, size_t si) {
    if (a.sentences.empty()) return 0;
    const Sentence& s = a.sentences[si];
    int n = 0;
    for (int i = first_token_at(a, s.begin); i < static_cast<int>(a.tokens.size()); ++i) {
        const Token& t = a.tokens[i];
        if (t.begin >= s.end) break;
        n += t.begin >= s.begin && t.kind == Token::Word && !a.in_match[i];
        if (n >= 3) break;  // enough to call it prose
    }
    return n;
}

// Whether sentence `si` ends with a full stop, question or exclamation mark.
bool ends_sentence(const Analysed& a, size_t si) {
    if (a.sentences.empty()) return false;
    char32_t last = a.text[a.sentences[si].end - 1];
    return last == '.' || last == '!' || last == '?' || last == 0x061F || last == 0x06D4 || last == 0x2026;
}

}  // namespace

Engine::Engine() : resources_(nullptr) {
    auto r = std::make_unique<Resources>();
    // Group the embedded files by folder: "ar/lexicon.tsv" → ar.
    std::map<std::string, std::map<std::string, std::string_view>> by_lang;
    for (const EmbeddedFile& f : embedded_lang_files()) {
        auto slash = f.path.find('/');
        if (slash == std::string_view::npos) continue;
        by_lang[std::string(f.path.substr(0, slash))][std::string(f.path.substr(slash + 1))] = f.content;
    }
    for (auto& [code, files] : by_lang) {
        auto slot = std::make_unique<Resources::Slot>();
        slot->code = code;
        slot->files = std::move(files);
        r->slots.push_back(std::move(slot));
    }
    resources_ = std::move(r);
}

Engine::~Engine() = default;

std::vector<std::string> Engine::languages() const {
    std::vector<std::string> out;
    for (const auto& slot : resources_->slots) out.push_back(slot->code);
    return out;
}

DocumentResult Engine::extract_one(const Document& doc) const {
    DocumentResult out;
    out.id = doc.id;
    Analysed a;
    if (size_t bad = decode_utf8(doc.text, a.text))
        out.warnings.push_back("the text is not valid UTF-8: " + std::to_string(bad) +
                               " byte(s) were replaced by U+FFFD (offsets count them as one character each)");
    resources_->folder.fold(a.text, a.folded);
    tokenize(a.folded, a.tokens);

    const auto& slots = resources_->slots;
    int slot = -1;
    if (!doc.lang.empty() && doc.lang != "auto") {
        auto it = std::find_if(slots.begin(), slots.end(), [&](const auto& s) { return s->code == doc.lang; });
        if (it != slots.end()) slot = static_cast<int>(it - slots.begin());
        else out.warnings.push_back("no resources for language \"" + doc.lang + "\": detected instead");
    }
    if (slot < 0) slot = resources_->detector_ready().detect(a.text, a.folded, a.tokens);
    if (slot < 0) {
        out.lang = "und";
        return out;
    }
    const Resources::Slot& language = resources_->ready(static_cast<size_t>(slot));
    a.lang = language.language.get();
    out.lang = a.lang->code;

    {
        std::unique_ptr<CandidateMemo> memo = language.take_memo();
        Recogniser rec(*a.lang, *memo);  // its per-token tables go as soon as the matches are out
        a.matches = rec.run(a.folded, a.tokens);
        a.token_flags = rec.token_flags();
        language.give_back(std::move(memo));
    }
    a.in_match.assign(a.tokens.size(), 0);
    for (const Match& m : a.matches)
        for (int i = m.tb; i < m.te; ++i) a.in_match[i] = a.tokens[i].begin >= m.begin && a.tokens[i].end <= m.end ? kInSpan : kAtEdge;
    a.sentences = language.sentences->split(a.text);
    join_sentences_split_inside_expressions(a);
    join_sentences_split_after_titles(a);
    share_listed_year(a);

    Context ctx;
    int dct_hour = -1, dct_minute = -1;
    Date dct_date;
    if (!doc.dct.empty()) {
        if (parse_iso_date(doc.dct, dct_date, dct_hour, dct_minute)) {
            ctx.dct = dct_date;
            ctx.dct_hour = dct_hour;
            ctx.dct_minute = dct_minute;
            out.dct = doc.dct;
            out.dct_source = "given";
        } else {
            out.warnings.push_back("dct \"" + doc.dct + "\" is not a date (YYYY-MM-DD[Thh:mm]): detected instead");
        }
    }
    std::optional<Date> dateline = detect_dct(a);  // also marks the dateline, given a dct or not
    if (!ctx.dct) {
        if (auto found = dateline) {
            ctx.dct = *found;
            out.dct = format_day(*found);
            out.dct_source = "detected";
        } else {
            out.dct_source = "none";
        }
    }

    // Resolve in reading order: each fully specified date becomes the narrative time.
    ctx.next_weekday_in_next_week = a.lang->next_weekday_in_next_week;
    ctx.this_weekday_in_this_week = a.lang->this_weekday_in_this_week;
    ctx.twelve_hour_clock = a.lang->twelve_hour_clock;
    a.sentence_of.assign(a.matches.size(), -1);
    size_t si = 0;
    int narrative_sentence = -1, quarter_sentence = -1, year_sentence = -1, year_te = -1, story_day_sentence = -1, month_sentence = -1,
        week_sentence = -1, week_te = -1, period_sentence = -1;
    for (size_t k = 0; k < a.matches.size(); ++k) {
        const Match& m = a.matches[k];
        while (si + 1 < a.sentences.size() && a.sentences[si].end <= m.begin) ++si;
        a.sentence_of[k] = a.sentences.empty() ? -1 : static_cast<int>(si);
        bool present_form = false;
        if (year_sentence != static_cast<int>(si)) ctx.sentence_year = 0;
        ctx.year_frames_sentence = ctx.year_frames_sentence && ctx.sentence_year;
        const bool historical = ctx.year_frames_sentence && ctx.dct && ctx.sentence_year < ctx.dct->y;
        ctx.tense = a.sentences.empty() ? 0 : tense_near(a, m, a.sentences[si], historical, present_form);
        // In prose (three words besides the expressions, or a word and a full stop) the language's
        // default tense for weekdays applies, unless a present verb announces it ("يزور الرئيس
        // باريس الخميس"); a bare expression ("Friday", "الخميس 15 أغسطس") is read as a calendar
        // query: the next one.
        const int outside = words_outside(a, si);
        const bool prose = outside >= 3 || (outside >= 1 && ends_sentence(a, si));
        ctx.weekday_tense = prose && !present_form ? a.lang->weekday_tense : 1;
        ctx.default_direction = prose ? 0 : 1;
        ctx.narrative_age = narrative_sentence < 0 ? 1 << 20 : static_cast<int>(si) - narrative_sentence;
        ctx.story_day_age = story_day_sentence < 0 ? 1 << 20 : static_cast<int>(si) - story_day_sentence;
        ctx.quarter_age = quarter_sentence < 0 ? 1 << 20 : static_cast<int>(si) - quarter_sentence;
        if (month_sentence != static_cast<int>(si)) ctx.sentence_month = ctx.sentence_month_year = 0;
        if (period_sentence != static_cast<int>(si)) ctx.period_grain = Grain::Unknown;
        if (week_sentence != static_cast<int>(si)) ctx.sentence_week.reset();
        ctx.year_just_before = ctx.sentence_year && m.tb - year_te <= 3;  // a comma and a preposition between
        ctx.week_just_before = ctx.sentence_week && m.tb - week_te <= 2 &&
                               std::all_of(a.tokens.begin() + week_te, a.tokens.begin() + m.tb, [](const Token& t) { return t.kind == Token::Punct; });
        ctx.opens_sentence = !a.sentences.empty() && opens_sentence(a, m, a.sentences[si]);
        ctx.line_stamp = line_stamp(a, m);
        if (ctx.line_stamp) ctx.entry_hour = ctx.entry_minute = -1;  // a new entry: its own stamp is resolved first
        ctx.deadline = false;
        for (int i = std::max(0, m.tb - 3); i < m.te && !ctx.deadline; ++i) ctx.deadline = a.token_flags[i] & kLeanFuture;
        Resolved r = resolve(m.spec, ctx);
        // Named again: what the story's time gave way to the date written beside it, at the
        // grain it was counted in ("le mercredi 28 janvier à 20 heures, la veille" is that day).
        if (const int side = k > 0 ? restated_side(a, k) : 0; side && a.resolved.back().dated && r.dated) {
            Resolved& before = a.resolved.back();
            const bool this_one_counted = side > 0;
            Resolved& counted = this_one_counted ? r : before;
            const Resolved& named = this_one_counted ? before : r;
            const std::string& grain = counted.when.granularity;
            const size_t keep = grain == named.when.granularity ? named.value.size()
                                : grain == "day" && named.when.granularity == "time" ? 10
                                : grain == "month" && (named.when.granularity == "day" || named.when.granularity == "time") ? 7
                                : grain == "year" && named.when.granularity != "decade" && named.when.granularity != "century" ? 4
                                : 0;
            if (keep && named.value.size() >= keep && std::isdigit(static_cast<unsigned char>(named.value[0]))) {
                Resolved restated = named;
                restated.value = named.value.substr(0, keep);
                restated.when.granularity = grain;
                restated.type = keep < named.value.size() ? counted.type : named.type;
                restated.mod = counted.mod;
                restated.anchor = counted.anchor;
                restated.hour = keep > 10 ? named.hour : -1;
                restated.minute = keep > 10 ? named.minute : -1;
                counted = std::move(restated);
            }
        }
        // "This year", "the fiscal year" name the publication's year: nothing the tense would not
        // find, and no reason to hold a later date back ("the fiscal year that begins Oct. 1").
        const bool this_year = r.anchor != "absolute" && ctx.dct && std::atoi(r.value.c_str()) == ctx.dct->y;
        // A date after "since" opens a stretch that runs till now: its year dates nothing after it
        // ("atone depuis fin 2024, ... tombée à 1,2 % en septembre"), nor does a date compared
        // with ("8 % de plus qu'en 2021, grâce à une subvention votée en février").
        const bool since = word_before(a, m, kSince | kCompares);
        if (names_a_year(r) && !this_year && !since) {
            ctx.sentence_year = std::atoi(r.value.c_str());
            // A year that opens its sentence, or a clause after it ("memories of 2017, when ... on
            // the evening of October 19"), dates the days named after it.
            int after = m.te;
            if (after < static_cast<int>(a.tokens.size()) && a.tokens[after].kind == Token::Punct) ++after;
            ctx.year_frames_sentence = ctx.opens_sentence || (after < static_cast<int>(a.tokens.size()) && (a.token_flags[after] & kFrames));
            year_sentence = static_cast<int>(si);
            year_te = m.te;
        } else if (r.dated) {
            ctx.sentence_year = 0;  // a day or a weekday since: the month may go with that instead
        }
        if (r.type == "DATE" && r.when.granularity == "month" && r.value.size() == 7 && r.value[4] == '-' &&
            r.value[0] >= '0' && r.value[0] <= '9') {
            ctx.sentence_month_year = std::atoi(r.value.c_str());
            ctx.sentence_month = std::atoi(r.value.c_str() + 5);
            month_sentence = static_cast<int>(si);
        }
        // A whole week, not its weekend nor a part of it ("jusqu'à la fin de la semaine prochaine").
        if (r.type == "DATE" && r.when.granularity == "week" && r.first_day && r.mod.empty() && r.value.find("WE") == std::string::npos) {
            ctx.sentence_week = r.first_day;
            week_sentence = static_cast<int>(si);
            week_te = m.te;
        }
        // A month, quarter or half of a known year (not a range of them, nor "the same period" itself).
        if (r.type == "DATE" && !m.spec.same_part && !m.spec.has_end && r.value.size() >= 7 && r.value[4] == '-' && std::isdigit(static_cast<unsigned char>(r.value[0]))) {
            const std::string& g = r.when.granularity;
            const char* part = r.value.c_str() + 5;
            const bool month = g == "month" && r.value.size() == 7, quarter = g == "quarter" && part[0] == 'Q', half = g == "half" && part[0] == 'H';
            if (month || quarter || half) {
                ctx.period_grain = month ? Grain::Month : quarter ? Grain::Quarter : Grain::Half;
                ctx.period_year = std::atoi(r.value.c_str());
                ctx.period_part = std::atoi(month ? part : part + 1);
                period_sentence = static_cast<int>(si);
            }
        }
        const bool names_quarter = m.spec.quarter != kUnset || m.spec.unit == Unit::Quarter;
        if (names_quarter && r.when.granularity == "quarter" && r.value.size() == 7 && r.value[5] == 'Q') {
            ctx.quarter_year = std::atoi(r.value.c_str());
            ctx.quarter = r.value[6] - '0';
            quarter_sentence = static_cast<int>(si);
        }
        // Nor is the start of a stretch lasting till now the story's time: "invaincu depuis le 5
        // octobre. Deux heures plus tôt, ..." counts from the story's day, not from October 5.
        // The day words were said moves the narrative but not the story's day, which a bare clock
        // time keeps ("went offline on Tuesday morning, the company said Wednesday. The outage
        // began shortly after 7 a.m.").
        int before = m.tb - 1;
        if (before >= 0 && (a.token_flags[before] & kTrim)) --before;
        const bool said_on = before >= 0 && (a.token_flags[before] & kReporting);
        if (r.specific && r.first_day && !since) {
            ctx.narrative = r.first_day;
            ctx.narrative_day = r.day;
            ctx.narrative_said = said_on;
            if (r.day && !said_on) {
                ctx.story_day = r.first_day;
                story_day_sentence = static_cast<int>(si);
            }
            // Months count from a season, quarter or half too ("في ربيع 2011. وبعد شهرين": from its start).
            const std::string& g = r.when.granularity;
            ctx.narrative_month = r.day || g == "week" || g == "month" || g == "season" || g == "quarter" || g == "half";
            ctx.narrative_week = g == "week";
            ctx.narrative_hour = r.hour;
            ctx.narrative_minute = r.minute;
            ctx.narrative_night = r.value.size() > 3 && r.value.compare(r.value.size() - 3, 3, "TNI") == 0;
            if (r.day && !said_on) ctx.story_night = ctx.narrative_night;
            narrative_sentence = static_cast<int>(si);
        }
        // A live-blog stamp opens an entry that lasts till the next stamp.
        if (ctx.line_stamp && r.hour >= 0) {
            ctx.entry_hour = r.hour;
            ctx.entry_minute = r.minute;
        }
        a.resolved.push_back(std::move(r));
    }
    // "February 30", "يوم 45 مارس": numbers that name no day are no expressions.
    size_t kept = 0;
    int kept_dateline = -1;
    for (size_t k = 0; k < a.matches.size(); ++k) {
        if (a.resolved[k].impossible) continue;
        if (kept > 0 && continues_duration(a, kept - 1, k)) {
            Match& into = a.matches[kept - 1];
            into.te = a.matches[k].te;
            into.end = a.matches[k].end;
            a.resolved[kept - 1].value = join_durations(a.resolved[kept - 1].value, a.resolved[k].value);
            continue;
        }
        if (static_cast<int>(k) == a.dateline) kept_dateline = static_cast<int>(kept);
        if (kept != k) {
            a.matches[kept] = std::move(a.matches[k]);
            a.resolved[kept] = std::move(a.resolved[k]);
            a.sentence_of[kept] = a.sentence_of[k];
        }
        ++kept;
    }
    a.matches.resize(kept);
    a.resolved.resize(kept);
    a.sentence_of.resize(kept);
    a.dateline = kept_dateline;
    for (size_t k = 0; k < kept; ++k) {
        const Match& m = a.matches[k];
        const Resolved& r = a.resolved[k];
        Timex t;
        t.begin = m.begin;
        t.end = m.end;
        t.text = to_utf8(std::u32string_view(a.text).substr(m.begin, m.end - m.begin));
        t.type = r.type;
        t.value = r.value;
        t.mod = r.mod;
        t.anchor = r.anchor;
        out.timexes.push_back(std::move(t));
    }
    out.events = build_events(a, out.timexes);
    return out;
}

Result Engine::extract(const std::vector<Document>& docs, const Options& options) const {
    Result r;
    r.documents.reserve(docs.size());
    for (const Document& d : docs) r.documents.push_back(extract_one(d));
    r.timeline = build_timeline(r.documents, options.merge_across_documents);
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
