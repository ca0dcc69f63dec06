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
#include "discourse.hpp"
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
            // A memo past this (real texts make a few thousand candidates, 80 bytes each) is dropped.
            constexpr size_t kMostCandidates = size_t{1} << 18;
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
    const size_t bad = decode_utf8(doc.text, a.text);
    if (bad)
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
    int narrative_sentence = -1, past_day_sentence = -1, ahead_day_sentence = -1, said_day_sentence = -1, quarter_sentence = -1, year_sentence = -1, year_te = -1, story_day_sentence = -1, month_sentence = -1,
        week_sentence = -1, week_te = -1, period_sentence = -1;
    int listed_tense = 0;  // the tense the last expression read
    bool year_in_relative = false;  // the sentence's year was named in a relative clause
    for (size_t k = 0; k < a.matches.size(); ++k) {
        const Match& m = a.matches[k];
        while (si + 1 < a.sentences.size() && a.sentences[si].end <= m.begin) ++si;
        a.sentence_of[k] = a.sentences.empty() ? -1 : static_cast<int>(si);
        if (year_sentence != static_cast<int>(si)) ctx.sentence_year = 0;
        ctx.year_frames_sentence = ctx.year_frames_sentence && ctx.sentence_year;
        const bool historical = ctx.year_frames_sentence && ctx.dct && ctx.sentence_year < ctx.dct->y;
        TenseReading reading = a.sentences.empty() ? TenseReading{} : tense_near(a, m, a.sentences[si], historical);
        // An expression listed after another that found a tense has it too: "fermée pendant six
        // semaines, en juillet et en août" (the list's last item sees no verb past its "and").
        if (!reading.tense && listed_after_previous(a, k) && a.sentence_of[k - 1] == static_cast<int>(si)) reading.tense = listed_tense;
        ctx.tense = reading.tense;
        listed_tense = reading.tense;
        ctx.tense_leaned = reading.leaned;
        ctx.tense_said = reading.said;
        ctx.tense_decided = reading.decided;
        const bool present_form = reading.present_form;
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
        ctx.past_story_day_age = past_day_sentence < 0 ? 1 << 20 : static_cast<int>(si) - past_day_sentence;
        ctx.ahead_story_day_age = ahead_day_sentence < 0 ? 1 << 20 : static_cast<int>(si) - ahead_day_sentence;
        ctx.said_day_age = said_day_sentence < 0 ? 1 << 20 : static_cast<int>(si) - said_day_sentence;
        ctx.quarter_age = quarter_sentence < 0 ? 1 << 20 : static_cast<int>(si) - quarter_sentence;
        if (month_sentence != static_cast<int>(si)) ctx.sentence_month = ctx.sentence_month_year = 0;
        if (period_sentence != static_cast<int>(si)) ctx.period_grain = Grain::Unknown;
        if (week_sentence != static_cast<int>(si)) ctx.sentence_week.reset();
        // (Not a week named in another clause: "will summon the minister next week, and the association
        // will meet on Saturday" is this week's Saturday.)
        if (ctx.sentence_week && clause_joined_between(a, week_te, m.tb)) ctx.sentence_week.reset();
        // (Nor does a year inside a relative clause date what follows the clause: "Inflation, which
        // peaked in September 2022, slowed to 0.9 percent in May".)
        if (ctx.sentence_year && year_in_relative && comma_between(a, year_te, m.tb)) ctx.sentence_year = 0;
        ctx.year_just_before = ctx.sentence_year && m.tb - year_te <= 3;  // a comma and a preposition between
        ctx.week_just_before = ctx.sentence_week && m.tb - week_te <= 2 &&
                               std::all_of(a.tokens.begin() + week_te, a.tokens.begin() + m.tb, [](const Token& t) { return t.kind == Token::Punct; });
        ctx.opens_sentence = !a.sentences.empty() && opens_sentence(a, m, a.sentences[si]);
        ctx.opens_clause = !a.sentences.empty() && opens_clause(a, m, a.sentences[si]);
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
        // with ("8 % de plus qu'en 2021, grâce à une subvention votée en février"). The word may open
        // the expression itself: "أدنى مستوى منذ عام 1933، إذ تلقّى في الربع الأول من العام".
        const bool since = word_before(a, m, kSince) || compared_before(a, m);
        // A season or month named from now frames the clause a word like "when" opens after it, as a
        // year does: "تعود وقائع القضية إلى الصيف الماضي، حين عثر مزارعون ... فجر 23 يوليو".
        int after_period = m.te;
        if (after_period < static_cast<int>(a.tokens.size()) && a.tokens[after_period].kind == Token::Punct) ++after_period;
        const bool framing_period = r.type == "DATE" && r.anchor == "dct" && (r.when.granularity == "season" || r.when.granularity == "month") &&
                                    r.value.size() >= 4 && std::isdigit(static_cast<unsigned char>(r.value[0])) &&
                                    after_period < static_cast<int>(a.tokens.size()) && (a.token_flags[after_period] & kFrames);
        if ((names_a_year(r) || framing_period) && !this_year && !since && !(a.token_flags[m.tb] & kSince)) {
            ctx.sentence_year = std::atoi(r.value.c_str());
            // A year that opens its sentence, or a clause after it ("memories of 2017, when ... on
            // the evening of October 19"), dates the days named after it.
            int after = m.te;
            if (after < static_cast<int>(a.tokens.size()) && a.tokens[after].kind == Token::Punct) ++after;
            // So does one in a phrase that opens it, two words at most besides prepositions and
            // articles, up to a comma: "In the 2019 general election, voting took place between
            // April 11 and May 19", "Lors de l'élection de 2019, le scrutin s'était tenu le 24 février".
            bool opens_phrase = !a.sentences.empty();
            for (int i = m.tb - 1, words = 0; opens_phrase && i >= 0 && a.tokens[i].begin >= a.sentences[si].begin; --i) {
                words += a.tokens[i].kind != Token::Punct && !(a.token_flags[i] & (kTrim | kStop));
                opens_phrase = words <= 2 && !(a.token_flags[i] & (kPast | kFuture | kClause | kTenseEdge));
            }
            constexpr int kPhraseReach = 3;  // words after the year: "general election"
            bool comma_after = false;
            for (int i = m.te; opens_phrase && !comma_after && i < static_cast<int>(a.tokens.size()) && i <= m.te + kPhraseReach; ++i) {
                if (a.tokens[i].kind == Token::Punct) {
                    comma_after = token_text(a.folded, a.tokens[i]) == "," || token_text(a.folded, a.tokens[i]) == "،";
                    break;
                }
                if (a.in_match[i] || (a.token_flags[i] & (kClause | kTenseEdge | kPast | kFuture))) break;
            }
            ctx.year_frames_sentence = ctx.opens_sentence || (opens_phrase && comma_after) ||
                                       (after < static_cast<int>(a.tokens.size()) && (a.token_flags[after] & kFrames));
            year_sentence = static_cast<int>(si);
            year_in_relative = in_relative_clause(a, m);
            year_te = m.te;
        } else if (r.dated && std::atoi(r.value.c_str()) != ctx.sentence_year) {
            ctx.sentence_year = 0;  // a day or a weekday since: the month may go with that instead
        }
        if (r.type == "DATE" && r.when.granularity == "month" && r.value.size() == 7 && r.value[4] == '-' &&
            r.value[0] >= '0' && r.value[0] <= '9') {
            ctx.sentence_month_year = std::atoi(r.value.c_str());
            ctx.sentence_month = std::atoi(r.value.c_str() + 5);
            month_sentence = static_cast<int>(si);
        }
        // A whole week or its start ("early next week, with landfall possible on Monday or Tuesday"),
        // not its weekend nor its end ("jusqu'à la fin de la semaine prochaine").
        // A weekend holds its own two days only ("ce week-end, avec des orages samedi après-midi").
        if (r.type == "DATE" && r.when.granularity == "week" && r.first_day && (r.mod.empty() || r.mod == "START")) {
            ctx.sentence_weekend = r.value.find("WE") != std::string::npos;
            ctx.sentence_week = add_days(*r.first_day, 1 - iso_weekday(*r.first_day));
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
        // Nor is the day a stretch lasting till now started the story's time: "invaincu depuis le 5
        // octobre. Deux heures plus tôt, ..." counts from the story's day, not from October 5; a
        // year it started is ("en service depuis 2005. Cette année-là, ...").
        // The day words were said moves the narrative but not the story's day, which a bare clock
        // time keeps ("went offline on Tuesday morning, the company said Wednesday. The outage
        // began shortly after 7 a.m.").
        // (The verb's subject may stand between, verb first: "أعلنتها غرفة طوارئ محلية مساء أمس",
        // a few words that are no verb, no expression and close no clause.)
        int before = m.tb - 1;
        if (before >= 0 && (a.token_flags[before] & kTrim)) --before;
        constexpr int kSubjectReach = 3;  // words
        bool said_on = false;
        for (int i = before; i >= 0 && i >= before - kSubjectReach && !said_on; --i) {
            said_on = a.token_flags[i] & kReporting;
            if (!said_on && (a.in_match[i] || a.tokens[i].kind != Token::Word ||
                             (a.token_flags[i] & (kPast | kFuture | kClause | kTenseEdge | kPresentForm | kJoinWord | kPastForm))))
                break;
        }
        // A decade named (not one counted to: "Forty years later") holds the decades counted after it.
        if (r.when.granularity == "decade" && m.spec.decade != kUnset) {
            ctx.story_decade = std::atoi(r.value.c_str());
            ctx.story_decade_newer = true;
        }
        if (r.specific && r.first_day && !(since && (r.day || compared_before(a, m)))) {
            ctx.story_decade_newer = false;
            ctx.narrative = r.first_day;
            // (A night from one day to the next is its first day's: "dans la nuit de samedi à
            // dimanche ... le lendemain vers 7 h" is Sunday.)
            ctx.narrative_last = m.spec.pod[0] == 'N' ? std::nullopt : r.last_day;
            ctx.narrative_day = r.day;
            ctx.narrative_said = said_on;
            ctx.narrative_year_from_now = r.anchor == "dct" && r.when.granularity == "year";
            if (r.day && said_on) {
                ctx.said_day = r.first_day;
                said_day_sentence = static_cast<int>(si);
            }
            // (A stretch of days is no day a clock time falls on: "the current cap, which covers the
            // period from 1 July to 30 September. ... Ofgem published the figures at 7 a.m.")
            constexpr long kStretchDays = 7;
            const bool stretch = r.last_day && r.first_day && days_from_civil(*r.last_day) - days_from_civil(*r.first_day) > kStretchDays;
            ctx.narrative_stretch = stretch;
            if (r.day && !said_on && !stretch) {
                ctx.story_day = r.first_day;
                story_day_sentence = static_cast<int>(si);
                if (ctx.dct && *r.first_day <= *ctx.dct) {
                    ctx.past_story_day = r.first_day;
                    past_day_sentence = static_cast<int>(si);
                } else if (ctx.dct) {
                    ctx.ahead_story_day = r.first_day;
                    ahead_day_sentence = static_cast<int>(si);
                }
            }
            // Months count from a season, quarter or half too ("في ربيع 2011. وبعد شهرين": from its start).
            const std::string& g = r.when.granularity;
            ctx.narrative_month = r.day || g == "week" || g == "month" || g == "season" || g == "quarter" || g == "half";
            ctx.narrative_week = g == "week";
            ctx.narrative_hour = r.hour;
            ctx.narrative_minute = r.minute;
            auto ends_with = [&](const char* pod) { return r.value.size() > 3 && r.value.compare(r.value.size() - 3, 3, pod) == 0; };
            ctx.narrative_night = ends_with("TNI") || ends_with("TEV");
            if (r.day && !said_on) ctx.story_night = ctx.narrative_night;
            // Midnight ends the day before it: "won Monday night. ... By midnight the party led.
            // ... shortly after 10:15 p.m." is Monday's; its small hours are the next day's.
            if (r.day && !said_on && r.hour == 0 && r.minute <= 0) {
                ctx.story_day = add_days(*r.first_day, -1);
                ctx.story_night = true;
            }
            narrative_sentence = static_cast<int>(si);
        }
        // A live-blog stamp opens an entry that lasts till the next stamp.
        if (ctx.line_stamp && r.hour >= 0) {
            ctx.entry_hour = ctx.stamp_hour = r.hour;
            ctx.entry_minute = r.minute;
            ctx.stamp_day = r.first_day;
        }
        // A day heading its line starts the entries below it: "Thursday, Aug. 17" after the
        // evening's stamps of the 16th.
        if (!ctx.line_stamp && r.day && r.hour < 0 && r.first_day && line_heading(a, m)) {
            ctx.stamp_day = r.first_day;
            ctx.stamp_hour = -1;
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
    if (bad) a.reencoded = to_utf8(a.text);
    a.utf8 = bad ? std::string_view(a.reencoded) : std::string_view(doc.text);
    if (a.utf8.size() != a.text.size()) {
        // Uninitialised: utf8_offsets writes every entry (Emscripten's libc++ has no make_unique_for_overwrite).
        a.byte_at = std::unique_ptr<uint32_t[]>(new uint32_t[a.text.size() + 1]);
        utf8_offsets(a.text, a.byte_at.get());
    }
    for (size_t k = 0; k < kept; ++k) {
        const Match& m = a.matches[k];
        const Resolved& r = a.resolved[k];
        Timex t;
        t.begin = m.begin;
        t.end = m.end;
        t.text = a.original(m.begin, m.end);
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
