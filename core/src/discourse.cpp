#include "discourse.hpp"

#include <algorithm>

#include <unicode/uchar.h>

namespace tarikh {

// Whether tokens [from, to) are "and" or commas only: "2 hours and 14 minutes", "January,
// February and March 2024".
static bool joiners_only(const Analysed& a, int from, int to) {
    for (int i = from; i < to; ++i) {
        const bool comma = a.tokens[i].kind == Token::Punct && (token_text(a.folded, a.tokens[i]) == "," || token_text(a.folded, a.tokens[i]) == "،");
        if (!comma && !(a.token_flags[i] & kJoinWord)) return false;
    }
    return true;
}

static bool opens_with_joiner(const Analysed& a, int i);

bool clause_joined_between(const Analysed& a, int from, int to) {
    for (int i = from; i + 1 < to; ++i) {
        const bool comma = a.tokens[i].kind == Token::Punct && (token_text(a.folded, a.tokens[i]) == "," || token_text(a.folded, a.tokens[i]) == "،");
        if (comma && ((a.token_flags[i + 1] & kJoinWord) || opens_with_joiner(a, i + 1))) return true;
    }
    return false;
}

bool in_relative_clause(const Analysed& a, const Match& m) {
    constexpr int kReach = 10;  // tokens back to the comma that opens the clause
    for (int i = m.tb - 1; i >= 0 && i >= m.tb - kReach; --i) {
        // (Punctuation inside the clause is no edge: "à 70 % en septembre 2022".)
        const std::string_view mark = a.tokens[i].kind == Token::Punct ? token_text(a.folded, a.tokens[i]) : std::string_view();
        if (a.tokens[i].kind == Token::Punct && mark != "%" && mark != "'" && mark != "-" && mark != "’") return false;
        const bool relative = (a.token_flags[i] & (kTenseEdge | kClause)) && !(a.token_flags[i] & kJoinWord);
        if (relative && i > 0 && a.tokens[i - 1].kind == Token::Punct &&
            (token_text(a.folded, a.tokens[i - 1]) == "," || token_text(a.folded, a.tokens[i - 1]) == "،"))
            return true;
    }
    return false;
}

bool comma_between(const Analysed& a, int from, int to) {
    for (int i = from; i < to; ++i)
        if (a.tokens[i].kind == Token::Punct && (token_text(a.folded, a.tokens[i]) == "," || token_text(a.folded, a.tokens[i]) == "،")) return true;
    return false;
}

bool listed_after_previous(const Analysed& a, size_t k) {
    return k > 0 && a.matches[k - 1].te < a.matches[k].tb && joiners_only(a, a.matches[k - 1].te, a.matches[k].tb);
}

// Whether token i opens with a clitic "and" ("وشباط"): a prefix the lexicon reads as a joiner.
static bool opens_with_joiner(const Analysed& a, int i) {
    const Language& lang = *a.lang;
    const std::string_view word = token_text(a.folded, a.tokens[i]);
    return lang.clitics.strip(word, [&](std::string_view stem) {
        const int node = lang.trie.child(WordTrie::kRoot, word.substr(0, word.size() - stem.size()));
        if (node < 0) return false;
        const std::span<const int> entries = lang.entries_at(node);
        return std::any_of(entries.begin(), entries.end(), [&](int e) { return lang.entries[e].join; });
    });
}

// Whether a word with one of `flags` stands right before match m, a preposition or a frequent
// word at most between ("than in 2021", "since the 2021 title run"), or opens it as its edge.
bool word_before(const Analysed& a, const Match& m, int flags) {
    int i = m.tb - 1;
    if (i > 0 && (a.token_flags[i] & (kTrim | kStop)) && !(a.token_flags[i] & flags)) --i;
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
    // (A year of its own is named, whatever its preposition: "منذ عام 1986، أي منذ نحو ربع قرن".)
    auto counted = [&](const Spec& s) {
        return !s.has_end && s.year == kUnset &&
               (s.anchor == Anchor::Narrative || s.dir == Direction::Later || s.dir == Direction::Earlier ||
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
static int first_token_at(const Analysed& a, int32_t at) {
    auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), at, [](const Token& t, int32_t x) { return t.begin < x; });
    return static_cast<int>(it - a.tokens.begin());
}

// Where the search for a tense marker stops: a clause word, or a word opening a reported or
// relative clause ("said Monday that ... will"). "and" does not: it joins nouns as often as
// clauses ("will double flights between Australia and India by August").
static bool clause_edge(const Analysed& a, int i) {
    const int flags = a.token_flags[i];
    // (A clause word before an article and a noun is a preposition: "is scheduled to appear before
    // the committee on Wednesday"; not one before an expression: "avant le printemps".)
    const bool before_article = (flags & kTrim) && i + 2 < static_cast<int>(a.tokens.size()) && (a.token_flags[i + 1] & kDeterminer) &&
                                !a.in_match[i + 2];
    if (((flags & kClause) && !(flags & kJoinWord) && !before_article) || (flags & kTenseEdge)) return true;
    const Token& t = a.tokens[i];
    if (t.kind != Token::Punct) return false;
    std::string_view p = token_text(a.folded, t);
    // A thousands separator is no edge: "will knock on 50,000 doors by Friday"; nor a comma in a
    // list of names: "will halt services between Bristol, Swindon and London on Monday".
    const bool inside = i > 0 && i + 1 < static_cast<int>(a.tokens.size());
    const bool in_number = p == "," && inside && a.tokens[i - 1].kind == Token::Number && a.tokens[i + 1].kind == Token::Number &&
                           !t.space_before && !a.tokens[i + 1].space_before;
    const bool in_names = p == "," && inside && a.tokens[i - 1].kind == Token::Word && a.tokens[i + 1].kind == Token::Word &&
                          a.tokens[i - 1].upper && a.tokens[i + 1].upper && !a.in_match[i - 1] && !a.in_match[i + 1];
    return (p == "," && !in_number && !in_names) || p == ";" || p == ":";
}

bool compared_before(const Analysed& a, const Match& m) {
    constexpr int kReach = 6;  // tokens: "مقابل 41 إصابة طوال سنة 2023", "compared with 41 cases in all of 2023"
    const int compares = kCompares | (word_before(a, m, kSince) ? kSuperlative : 0);
    for (int i = m.tb - 1; i >= 0 && i >= m.tb - kReach; --i) {
        if (a.token_flags[i] & compares) return true;
        if (a.in_match[i] || clause_edge(a, i)) return false;
    }
    return false;
}

// Whether match `m` is a stamp that opens its line: a word at most before it ("Update",
// "تحديث"), and a colon or dash soon after it, a zone name at most between ("09:40 GMT:",
// "14:05 غرينتش -"); or a clock time with nothing after it on its line but a zone name (the
// entry's text on the lines below: "09:12 GMT"); or a clock time with no word before it at all,
// the entry's text following on its line ("8.47am Everton have confirmed ...").
bool line_stamp(const Analysed& a, const Match& m) {
    int words = 0;
    bool in_word = false;
    for (int32_t c = m.begin - 1; c >= 0 && a.text[c] != '\n'; --c) {
        const bool space = a.text[c] == ' ' || a.text[c] == '\t';
        if (!space && !u_isalpha(a.text[c])) return false;
        if (!space && !in_word && ++words > 1) return false;
        in_word = !space;
    }
    if (words == 0 && m.spec.clock_only()) return true;
    constexpr int32_t kZoneReach = 16;  // code points
    for (int32_t c = m.end; c < static_cast<int32_t>(a.text.size()) && c < m.end + kZoneReach; ++c) {
        const char32_t ch = a.text[c];
        if (ch == ':' || ch == '-' || ch == 0x2014 || ch == 0x2013 || ch == '|') return true;
        if (ch == '\n') return m.spec.hour != kUnset;
        if (ch >= '0' && ch <= '9') return false;
    }
    return m.end == static_cast<int32_t>(a.text.size()) && m.spec.hour != kUnset;
}

bool line_heading(const Analysed& a, const Match& m) {
    auto blank = [&](char32_t ch) { return ch == ' ' || ch == '\t' || u_ispunct(ch); };
    int32_t c = m.begin - 1;
    while (c >= 0 && a.text[c] != '\n' && blank(a.text[c])) --c;
    if (c >= 0 && a.text[c] != '\n') return false;
    c = m.end;
    while (c < static_cast<int32_t>(a.text.size()) && a.text[c] != '\n' && blank(a.text[c])) ++c;
    return c == static_cast<int32_t>(a.text.size()) || a.text[c] == '\n';
}

// Whether only punctuation and prepositions come before match `m` in its sentence.
bool opens_sentence(const Analysed& a, const Match& m, const Sentence& s) {
    for (int i = first_token_at(a, s.begin); i < m.tb; ++i)
        if (a.tokens[i].kind != Token::Punct && !(a.token_flags[i] & kTrim)) return false;
    return true;
}

bool opens_clause(const Analysed& a, const Match& m, const Sentence& s) {
    if (opens_sentence(a, m, s)) return true;
    const int first = first_token_at(a, s.begin);
    int i = m.tb - 1;
    while (i >= first && (a.token_flags[i] & kTrim) && !(a.token_flags[i] & kJoinWord)) --i;
    return i >= first && a.tokens[i].kind == Token::Word && (a.token_flags[i] & kJoinWord);
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
        // Letters, and dots between them: "U.S." is a title too ("hearings against U.S. District Judge").
        while (b > s.begin && (u_isalpha(a.text[b - 1]) || (a.text[b - 1] == '.' && b - 1 > s.begin && u_isalpha(a.text[b - 2])))) --b;
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
// Whether match `m` is followed by a possessive "'s" ("Wednesday's ruling").
static bool possessive(const Analysed& a, const Match& m) {
    const int n = static_cast<int>(a.tokens.size());
    if (m.te + 1 >= n || a.tokens[m.te].space_before || a.tokens[m.te + 1].space_before) return false;
    return token_text(a.folded, a.tokens[m.te]) == "'" && token_text(a.folded, a.tokens[m.te + 1]) == "s";
}

TenseReading tense_near(const Analysed& a, const Match& m, const Sentence& s, bool historical) {
    TenseReading out;
    bool& present_form = out.present_form;
    // A weekday's thing ("Wednesday's ruling", "Friday's close", "some of Sunday's acts") is one
    // that has happened, as TimeBank and AQUAINT date all of theirs, whatever the clause's verb
    // says of it; unless a word right before it looks ahead ("ahead of Sunday's meeting").
    if (m.spec.weekday != kUnset && m.spec.day == kUnset && possessive(a, m)) {
        bool ahead = false;
        for (int i = std::max(0, m.tb - 2); i < m.tb; ++i) ahead = ahead || (a.token_flags[i] & (kFuture | kLeanFuture));
        // (So does a future verb of its clause: "will take charge for Tuesday night's trip".)
        constexpr int kFutureReach = 4;  // tokens
        for (int i = m.tb - 1; i >= 0 && i >= m.tb - kFutureReach && !ahead && !clause_edge(a, i); --i)
            ahead = (a.token_flags[i] & kFuture) && !(a.token_flags[i] & kNoTense);
        out.tense = ahead ? 1 : -1;
        return out;
    }
    constexpr int kTenseReach = 16;  // tokens; further markers tell about other things
    const int first = std::max(first_token_at(a, s.begin), m.tb - kTenseReach);
    const int last = std::min({static_cast<int>(a.tokens.size()), m.te + kTenseReach, first_token_at(a, s.end)});
    // A future ending is a marker wherever it stands ("s'élancera de Barcelone le 4 juillet"): few
    // other words end so. A past ending counts only right before the date (below).
    // A present that announces holds words that mark the past alone: "a" in "a lieu".
    // "Since" marks the past of the date it opens, not of another in its clause: "will mark 50
    // years since the Carnation Revolution on Thursday".
    auto tense_of = [&](int i) {
        const int f = a.token_flags[i];
        if ((f & kSince) && i != m.tb - 1 && a.in_match[i] != kAtEdge) return 0;
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
    // Another expression's own tense ("أمس", "yesterday") is this one's when the two stand side by
    // side ("غدا الأربعاء"), not past a word of the clause ("أعلن أمس إقفال المدارس يوم الاثنين").
    bool clause_word_between = false;
    for (int i = m.tb - 1; i >= first; --i) {
        if (a.in_match[i] == kInSpan && clause_word_between) continue;
        clause_word_between = clause_word_between || (!a.in_match[i] && a.tokens[i].kind == Token::Word && !(a.token_flags[i] & kTrim));
        present_form = present_form || (a.token_flags[i] & kPresentForm);
        // A present that goes on to a deadline before the date looks ahead: "وانطلق الموسم ويستمر
        // حتى نهاية أبريل" (the past verb before it is another's).
        if ((a.token_flags[i] & kPresentForm) && !(a.token_flags[i] & kPast) && !historical) {
            bool deadline = false;
            for (int j = i + 1; j <= m.tb && j < static_cast<int>(a.tokens.size()) && !deadline; ++j) deadline = a.token_flags[j] & kLeanFuture;
            if (deadline) {
                left = 1;
                left_dist = m.tb - i;
                out.leaned = true;  // as weak as the deadline word alone
                break;
            }
        }
        if ((left = tense_of(i))) {
            // A participle after a future auxiliary is a future passive: "seront publiés",
            // "will be released".
            for (int j = i - 1; left < 0 && j >= first && j >= i - 2; --j)
                if (tense_of(j) > 0) left = 1;
            if (left < 0 && lasting(i)) left = 1;
            // (Unless the verb took a clock time: "told supporters shortly before 2 a.m.", "the
            // meeting did not end until after 11 p.m.")
            const bool saying = (a.token_flags[i] & kReporting) || (i + 1 < m.tb && (a.token_flags[i + 1] & kReporting));
            if (past_own_preposition && left < 0 && !m.spec.clock_only()) left = 0;
            if (left) left_dist = m.tb - i;
            // A day right after a verb of saying is when the words were said, whatever the words
            // say: "وقال الوزير في مؤتمر صحفي الثلاثاء إن الوزارة ستنشر التقرير" (not a season
            // or a month: "said its summer schedule will be its largest").
            // Nor a day after another expression the verb already took ("ont annoncé lundi de
            // nouvelles actions les 7 et 8 mars").
            const bool day = m.spec.weekday != kUnset || m.spec.day != kUnset || (m.spec.unit == Unit::Day && m.spec.shift != kUnset);
            // (The verb of saying may follow its auxiliary: "ont annoncé".)
            const bool first_after = std::none_of(a.in_match.begin() + i + 1, a.in_match.begin() + m.tb, [](uint8_t x) { return x == kInSpan; });
            if (left < 0 && day && first_after && saying) left_dist = 0;
            // What was said is not when it was said: a date after the one the verb took tells
            // its own time ("ont annoncé lundi de nouvelles actions les 7 et 8 mars"), and what
            // is announced comes after it ("قد أعلن أمس إقفال المدارس يوم الاثنين").
            if (left < 0 && !first_after && saying) left = 1;
            // A day right after a verb of decision, with no preposition of its own between, is when
            // the decision was taken: "a convoqué lundi l'Assemblée nationale" (not "reporté au 12").
            // (The verb's subject and the day's own preposition may stand between: "بعد أن قرر التحالف في
            // الخامس من تشرين الأول خفض الإنتاج".)
            const int date_at = m.tb + (a.in_match[m.tb] == kAtEdge ? 1 : 0);  // past the day's own preposition
            const bool preposition_between = i + 2 == date_at && (a.token_flags[i + 1] & kTrim);
            const bool subject_between = i + 3 == date_at && a.tokens[i + 1].kind == Token::Word &&
                                         !(a.token_flags[i + 1] & (kTrim | kPast | kFuture | kClause)) && (a.token_flags[i + 2] & kTrim);
            if (left > 0 && (a.token_flags[i] & kDecided) && (m.spec.weekday != kUnset || m.spec.day != kUnset) &&
                (i == m.tb - 1 || preposition_between || subject_between) && !(a.token_flags[i] & kTrim))
                left = -1;
            out.said = left < 0 && saying;
            out.decided = left > 0 && (a.token_flags[i] & kDecided);
            break;
        }
        // A comma right after another expression sets the two side by side, in one clause: "will
        // reopen in the fall, in October".
        // (Right before this one, a preposition at most between: not "الذي وُقّع في 28 كانون الثاني،
        // قد يبدأ تنفيذه في الربع الثالث", where the comma closes a clause.)
        const bool next_to_this = i + 1 == m.tb || (i + 2 == m.tb && (a.token_flags[i + 1] & kTrim));
        const bool apposition = i > first && a.in_match[i - 1] && a.tokens[i].kind == Token::Punct && token_text(a.folded, a.tokens[i]) == "," &&
                                next_to_this;
        if (clause_edge(a, i) && !apposition) {
            // (An article may stand between: "avant le troisième trimestre", the article left out
            // of the span when a veto holds it.)
            const bool own = i == m.tb - 1 || (i == m.tb - 2 && (a.token_flags[m.tb - 1] & kStop));
            if (!own || !(a.token_flags[i] & kTrim)) break;
            past_own_preposition = true;
        }
    }
    // Failing a marker, a past ending right before it, a preposition at most between: "promised
    // in January", "predicted Wednesday", or a preposition and one unknown word, its object,
    // with a frequent word before it at most: "halted play on March 12", "injured his knee on
    // March 15". A marker wins over it ("would be redeemed in five years"), and further away or
    // after it such a word is as often an adjective ("the reduced dividend", "markets untouched by").
    // (The preposition may be the expression's own edge, the verb right before the word: "walked
    // away in September"; not "stayed its decision until Aug. 15", "supposed to conclude by May".)
    const int adjacent = m.tb - 1 >= first && (a.token_flags[m.tb - 1] & kTrim) ? m.tb - 2 : m.tb - 1;
    const bool own_edge = adjacent == m.tb - 1 && a.in_match[m.tb] == kAtEdge && (a.token_flags[m.tb] & kTrim);
    // (An article may stand after the preposition: "celebrated in the evening".)
    const bool article = adjacent == m.tb - 1 && adjacent - 1 > first && (a.token_flags[adjacent] & kStop) &&
                         !(a.token_flags[adjacent] & kTrim) && (a.token_flags[adjacent - 1] & kTrim) && !a.in_match[adjacent];
    if (!left && article && (a.token_flags[adjacent - 2] & kPastForm)) {
        left = lasting(adjacent - 2) ? 1 : -1;
        left_dist = m.tb - adjacent + 2;
    } else if (!left && adjacent >= first && (a.token_flags[adjacent] & kPastForm)) {
        left = lasting(adjacent) ? 1 : -1;
        left_dist = m.tb - adjacent;
    } else if (!left && (adjacent == m.tb - 2 || own_edge) && adjacent >= first && a.tokens[adjacent].kind == Token::Word &&
               !(a.token_flags[adjacent] & kKnown)) {
        int verb = adjacent - 1;
        if (!own_edge && verb >= first && (a.token_flags[verb] & kKnown)) --verb;  // "his", "a", "the"
        if (verb >= first && (a.token_flags[verb] & kPastForm)) {
            left = -1;
            left_dist = m.tb - verb;
        }
    }
    // A fronted expression ("Three days later, he was arrested") takes the tense of the clause
    // after its comma.
    // So does one set between commas after the subject ("La cérémonie de clôture, le 1er mai,
    // coïncidera avec la fête du Travail"), unless words were said after it ("a week earlier,
    // on May 14, the airline said").
    auto comma = [&](int i) { return i >= first && i < last && a.tokens[i].kind == Token::Punct && token_text(a.folded, a.tokens[i]) == ","; };
    // (Words that tell no tense may stand between the comma and it: "L'annonce, initialement prévue
    // dimanche, avait été repoussée".)
    int before = m.tb > 0 && (a.token_flags[m.tb - 1] & kTrim) ? m.tb - 2 : m.tb - 1;
    while (before > first && (a.token_flags[before] & kNoTense) && !a.in_match[before]) --before;
    constexpr int kSaidReach = 4;  // tokens: "the airline said", "a précisé le ministre"
    bool said_after = false;
    for (int i = m.te + 1; i < last && i <= m.te + kSaidReach; ++i) said_after = said_after || (a.token_flags[i] & kReporting);
    // A list of expressions is fronted as one: "Samedi et dimanche, la situation sera critique".
    auto in_list = [&](int j) { return a.in_match[j] != 0 || (a.token_flags[j] & kJoinWord); };
    bool list_opens = true;
    for (int j = first_token_at(a, s.begin); j < m.tb && list_opens; ++j)
        list_opens = a.tokens[j].kind == Token::Punct || (a.token_flags[j] & kTrim) || in_list(j);
    const bool fronted = list_opens || (comma(before) && comma(m.te) && !said_after);
    int list_end = m.te;  // past the expressions and joins that follow it
    while (list_end < last && in_list(list_end)) ++list_end;
    // (A fronted expression may have an aside after it, between commas: "Du 24 au 28 juillet, en
    // pleine canicule, la capitale avait connu".)
    constexpr int kAsideReach = 6;  // tokens
    auto aside_comma = [&](int i) { return fronted && comma(i) && i - list_end <= kAsideReach; };
    for (int i = m.te; i < last; ++i) {
        if (clause_edge(a, i) && !(fronted && (i == m.te || i == list_end) && a.tokens[i].kind == Token::Punct) && !aside_comma(i)) break;
        // "opened its inquiry on Sept. 3 and expects a report": the verb after "and" is another's,
        // as after ", and" past an expression between commas ("à Salzbourg, mardi à 20 h 45, et
        // les Autrichiens n'ont plus perdu").
        // (Not a hyphen inside a word: "The 3pm kick-off was delayed".)
        const bool hyphen = a.tokens[i].kind == Token::Punct && !a.tokens[i].space_before && i + 1 < last && !a.tokens[i + 1].space_before;
        if ((a.token_flags[i] & kJoinWord) && !hyphen && (!fronted || (i > m.te && comma(i - 1)))) break;
        present_form = present_form || (a.token_flags[i] & kPresentForm);
        // After the date, a word of another expression tells that one's time ("will play on Sunday
        // against last year's champions"); before it, it is often the same time ("غدا الأربعاء هو
        // غرة ذي الحجة").
        if (a.in_match[i] == kInSpan) continue;  // its edge words ("on") are the clause's
        // A decision taken after the date was taken then: "On Sept. 5, Harborline agreed to lease".
        if (a.token_flags[i] & kDecided) right = -1;
        if (right || (right = tense_of(i))) {
            right_dist = i - m.te + 1;
            break;
        }
    }
    if (left || right) {
        out.tense = left_dist <= right_dist ? left : right;
        out.said = out.said && out.tense < 0 && left_dist <= right_dist;
        out.decided = out.decided && left_dist <= right_dist;
        out.leaned = out.leaned && left_dist <= right_dist;
        return out;
    }
    // Nothing tells: a deadline or a present copula just before it, or inside it, leans ahead
    // ("have until Friday", "jusqu'à vendredi", "the deadline is Friday"), in the present.
    if (historical) return out;
    constexpr int kLeanReach = 3;
    for (int i = std::max(first, m.tb - kLeanReach); i < m.te; ++i)
        if ((a.token_flags[i] & kLeanFuture) && !(a.token_flags[i] & kNoTense)) {
            out.leaned = true;
            out.tense = 1;
            return out;
        }
    return out;
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


}  // namespace tarikh
