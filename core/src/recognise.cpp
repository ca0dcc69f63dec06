#include "recognise.hpp"

#include <algorithm>

#include "analysis.hpp"

namespace tarikh {

// What a partial match has consumed so far: its span without edge prepositions, and whether
// anything in it can stand as a date on its own.
struct Recogniser::Binding {
    int32_t begin = -1, end = -1;  // first and last non-trim token, code points
    bool strong = false;           // a non-weak word, a date number or an earlier expression
    bool day_given = false;        // a day of the month in digits or as an ordinal word
};

namespace {

// Damerau-Levenshtein distance <= 1 (one insertion, deletion, substitution or swap).
bool within_one_edit(std::u32string_view a, std::u32string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (i == a.size()) return true;
    if (a.size() == b.size()) {
        if (a.substr(i + 1) == b.substr(i + 1)) return true;                       // substitution
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);  // swap
    }
    return a.substr(i) == b.substr(i + 1);                                         // insertion
}

// What a match starts from. The items before the first that adds something pass this very
// object on, and merging a spec into it gives that spec as it is (a second end only with its
// has_end): such a merge, most of them, is a copy without the tests (starts_empty).
const Spec kNoSpec{};
bool starts_empty(const Spec& spec) { return &spec == &kNoSpec; }

// A number in one of these roles is a date by itself ("2019", "الساعة الثالثة", "شهر 3");
// a day or a count needs a word beside it.
bool strong_role(Role r) {
    return r == Role::Year || r == Role::Year2 || r == Role::Hour || r == Role::Clock || r == Role::Decade || r == Role::Month ||
           r == Role::Week;
}

}  // namespace

void Recogniser::lookup(const FoldedText& text, const std::vector<Token>& tokens, int i) {
    const auto n = static_cast<int>(tokens.size());
    const Token& t = tokens[i];
    // Walks the trie from the first token's word as far as the following tokens go, keeping
    // every entry passed ("تشرين" alone and "تشرين الأول").
    // `noun`: read through the article or a prefix no verb takes; `definite`: through the article.
    auto walk = [&](int node, bool clitic, bool noun = false, bool definite = false) {
        const size_t before = analyses_.size();
        for (int j = i + 1; node >= 0; ++j) {
            for (int e : lang_.entries_at(node)) {
                const EntryKey& k = lang_.entry_keys[e];
                if ((!k.has(EntryKey::kCap) || t.upper) && (!k.has(EntryKey::kLower) || !t.upper) && !(noun && k.has(EntryKey::kVerb)) &&
                    !(definite && k.has(EntryKey::kIndefinite)))
                    analyses_.push_back({e, j - i, clitic, definite});
            }
            if (j >= n) break;
            node = lang_.trie.child(node, token_text(text, tokens[j]), tokens[j].hash);
        }
        return analyses_.size() > before;
    };
    std::string_view word = token_text(text, t);
    walk(lang_.trie.child(WordTrie::kRoot, word, t.hash), false);
    if (t.kind != Token::Word) return;
    // The word without a clitic prefix too ("وفي", "بالأمس", "العام" → عام): the first prefix
    // that leaves a lexicon word, longest first; a split that leaves only a frequent word does
    // not end the search ("وكان" is و + كان, not وك + أن). A remainder needs two letters at
    // least. Through the article, or a prefix no verb takes, a word is a noun: no verb form
    // ("الطلب", the demand, and "بطلب", at the request, are no طلب, requested).
    const std::string& article = lang_.clitics.article;
    lang_.clitics.strip(word, [&](std::string_view stem) {
        const std::string_view prefix = word.substr(0, word.size() - std::min(word.size(), stem.size()));
        const bool prefix_has_article = !article.empty() && ends_with_bytes(prefix, article);
        const bool definite = !article.empty() && (starts_with_bytes(stem, article) || prefix_has_article || lang_.clitics.is_article_prefix(prefix));
        const bool noun = definite || (!article.empty() && !lang_.clitics.takes_verb(prefix));
        const size_t before = analyses_.size();
        walk(lang_.trie.child(WordTrie::kRoot, stem), true, noun, definite);
        const bool found = std::any_of(analyses_.begin() + before, analyses_.end(), [&](const Analysis& x) { return !lang_.entry_keys[x.entry].has(EntryKey::kStopWord); });
        // A prefix that ends in the article reads the word with it too: "بالربع نفسه" is ب +
        // "الربع نفسه" as well as بال + "ربع".
        if (found && prefix_has_article && prefix.size() > article.size()) {
            with_article_.assign(article).append(stem);
            walk(lang_.trie.child(WordTrie::kRoot, with_article_), true, true, true);
        }
        return found;
    });
}

void Recogniser::analyse(const FoldedText& text, const std::vector<Token>& tokens) {
    const auto n = static_cast<int>(tokens.size());
    analyses_.clear();
    analyses_.reserve(n);  // about one per token: no regrowth, which copied them over and again
    first_.assign(n + 1, 0);
    for (int i = 0; i < n; ++i) {
        first_[i] = static_cast<uint32_t>(analyses_.size());
        lookup(text, tokens, i);
    }
    first_[n] = static_cast<uint32_t>(analyses_.size());
}

// A misspelt word just before a date ("في بدياة فبراير") is read as the lexicon word one edit
// away, so that the typo does not cut the expression short.
void Recogniser::repair_typos(const FoldedText& text, const std::vector<Token>& tokens) {
    const auto n = static_cast<int>(tokens.size());
    std::vector<std::pair<int, Analysis>> repairs;
    std::u32string word;  // the word tried, reused
    for (int i = 0; i + 1 < n; ++i) {
        const Token& t = tokens[i];
        if (t.kind != Token::Word || begin_of(i) != end_of(i) || t.fe - t.fb < 8) continue;  // 4+ Arabic letters
        bool date_follows = tokens[i + 1].kind == Token::Number;
        for (const Analysis* a = begin_of(i + 1); a != end_of(i + 1); ++a) {
            const EntryKey& k = lang_.entry_keys[a->entry];
            date_follows = date_follows || (!k.has(EntryKey::kWeak) && k.has(EntryKey::kDateWord));
        }
        if (!date_follows) continue;
        // Only modifiers are repaired: a misspelt name or noun is better left alone.
        decode_utf8(token_text(text, t), word);
        for (const auto& [surface, e] : lang_.repairable)
            if (within_one_edit(word, surface)) {
                repairs.push_back({i, {e, 1, false}});
                break;
            }
    }
    if (repairs.empty()) return;
    // Rebuild the flat analysis table with the repairs inserted.
    std::vector<Analysis> merged;
    std::vector<uint32_t> first(n + 1, 0);
    size_t r = 0;
    for (int i = 0; i < n; ++i) {
        first[i] = static_cast<uint32_t>(merged.size());
        merged.insert(merged.end(), begin_of(i), end_of(i));
        for (; r < repairs.size() && repairs[r].first == i; ++r) merged.push_back(repairs[r].second);
    }
    first[n] = static_cast<uint32_t>(merged.size());
    analyses_.swap(merged);
    first_.swap(first);
}

bool Recogniser::prefixed_verb(std::string_view word, const std::vector<std::string>& prefixes, int min_letters) const {
    auto letters = [](std::string_view w) {
        int count = 0;
        for (unsigned char c : w) count += (c & 0xC0) != 0x80;
        return count;
    };
    auto marked = [&](std::string_view w) {
        // The prefix first: few words have one, and counting letters reads the whole word.
        for (const std::string& p : prefixes)
            if (starts_with_bytes(w, p)) return letters(w) >= min_letters;
        return false;
    };
    if (marked(word)) return true;
    return lang_.clitics.strip(word, [&](std::string_view stem) {  // "وستعلن", "ويزور"; not "بسيارة"
        return lang_.clitics.takes_verb(word.substr(0, word.size() - stem.size())) && marked(stem);
    });
}

bool Recogniser::ends_with_suffix(std::string_view word, const std::vector<std::string>& suffixes) const {
    if (suffixes.empty() || static_cast<int>(word.size()) < lang_.suffix_min_letters) return false;  // bytes: the suffixes are ASCII
    for (const std::string& s : suffixes)
        if (ends_with_bytes(word, s)) return true;
    return false;
}

bool Recogniser::minutes_at(int i) const {
    if (i >= static_cast<int>(keys_.size())) return false;
    for (const Analysis* a = begin_of(i); a != end_of(i); ++a)
        if (lang_.entries[a->entry].spec.minute != kUnset) return true;
    return false;
}

bool Recogniser::month_and_year_at(int i) const {
    const auto n = static_cast<int>(tokens_->size());
    if (i >= n) return false;
    for (const Analysis* a = begin_of(i); a != end_of(i); ++a) {
        const Spec& s = lang_.entries[a->entry].spec;
        const int year = i + a->length;
        if (s.month != kUnset && s.day == kUnset && s.weekday == kUnset && year < n && (*tokens_)[year].kind == Token::Number &&
            (*tokens_)[year].digits == 4)
            return true;
    }
    return false;
}

bool Recogniser::word_in(size_t i, const std::vector<std::string>& words) const {
    const std::string_view word = token_text(*text_, (*tokens_)[i]);
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool Recogniser::after_subjunctive(size_t i) const { return i > 0 && word_in(i - 1, lang_.present_not_after); }

bool Recogniser::moved_before(int tb) const {
    // A range opened by its own preposition ("from", "du", "من") is moved by a word a few tokens
    // before it at most, the verb's object between ("postponed the vote from March 3 to April 12");
    // further on, it belongs to a word of its own: "reporter leurs déplacements prévus du 20 au 22
    // janvier". One without is moved from anywhere in the clause: "أرجأ رئيس المجلس الجلسة التي كانت
    // مقررة صباح اليوم إلى الأسبوع المقبل". Not past a comma or a line ("postponed, runs from").
    constexpr int kObjectReach = 3;
    const int reach = (flags_[tb] & kTrim) ? kObjectReach : tb;
    for (int j = tb - 1; j >= 0 && tb - j <= reach; --j) {
        if (flags_[j] & kMoves) return true;
        const Token& t = (*tokens_)[j];
        if (t.line_before) return false;
        if (t.kind != Token::Punct) continue;
        const std::string_view mark = token_text(*text_, t);
        if (mark != "'" && mark != "-") return false;  // (an elision or a hyphen goes on: "reporté l'examen")
    }
    return false;
}

bool Recogniser::after_determiner(size_t i) const {
    if (i > 1 && token_text(*text_, (*tokens_)[i - 1]) == "'") --i;  // "l'opéra"
    return i > 0 && (flags_[i - 1] & kDeterminer);
}

std::vector<int> Recogniser::token_flags() {
    // Unknown words that a future or present prefix ("ستعلن", "يزور") or a past or future ending
    // ("promised", "viendra") marks: only now, as few tokens need it. A capital is a name
    // ("United"). Most languages have one kind of mark or none.
    const bool prefixes = !lang_.future_prefixes.empty() || !lang_.present_prefixes.empty();
    const bool suffixes = !lang_.past_suffixes.empty() || !lang_.future_suffixes.empty() || !lang_.past_verb_suffixes.empty();
    for (size_t i = 0; i < flags_.size() && (prefixes || suffixes); ++i) {
        const Token& t = (*tokens_)[i];
        if (begin_of(i) != end_of(i) || t.kind != Token::Word) continue;
        const std::string_view word = token_text(*text_, t);
        // A word with the article is a noun, whatever letters follow it: "السياحة", "والسياسة".
        const bool verb = prefixes && !lang_.clitics.carries_article(word);
        if (verb && prefixed_verb(word, lang_.future_prefixes, lang_.future_min_letters)) flags_[i] |= kFuture;
        else if (verb && prefixed_verb(word, lang_.present_prefixes, lang_.present_min_letters) && !after_subjunctive(i))
            flags_[i] |= kPresentForm;
        else if (!suffixes || t.upper || after_determiner(i)) continue;
        else if (ends_with_suffix(word, lang_.past_suffixes)) flags_[i] |= kPastForm;
        else if (ends_with_suffix(word, lang_.future_suffixes)) flags_[i] |= kFutureForm;
        else if (ends_with_suffix(word, lang_.past_verb_suffixes)) flags_[i] |= kPast;
    }
    // A past particle before a present is a possibility, not the past, and a possibility lies
    // ahead: "قد يعاد فتحه يوم الجمعة", "قال إن السعر قد يتجاوز 17 ألفا بحلول تشرين الأول".
    for (size_t i = 0; i + 1 < flags_.size() && !lang_.past_only_before_perfect.empty(); ++i)
        if ((flags_[i + 1] & kPresentForm) && word_in(i, lang_.past_only_before_perfect)) flags_[i] = (flags_[i] & ~kPast) | kFuture;
    // A past form after a present auxiliary of the passive is a participle: "is heard in May".
    for (size_t i = 1; i < flags_.size() && !lang_.passive_present.empty(); ++i)
        if ((flags_[i] & kPast) && !(flags_[i] & kTrim) && word_in(i - 1, lang_.passive_present)) flags_[i] &= ~kPast;  // not "is since"
    return std::move(flags_);
}

// Fills keys_, marks_, literal_ and flags_ (after analyse() and repair_typos()).
void Recogniser::index_tokens() {
    const auto& tokens = *tokens_;
    const auto n = static_cast<int>(tokens.size());
    keys_.assign(n, KeyMask{});
    marks_.assign(n, 0);
    literal_.assign(n, -1);
    flags_.assign(n, 0);
    for (int i = 0; i < n; ++i) {
        bool date_word = false;
        for (const Analysis* a = begin_of(i); a != end_of(i); ++a) {
            const EntryKey& e = lang_.entry_keys[a->entry];
            date_word = date_word || e.has(EntryKey::kDateWord);
            keys_[i].set(e.cls < KeyMask::kNum ? e.cls : -1);
            if (e.has(EntryKey::kOrdinal)) keys_[i].set(KeyMask::kOrd);
            marks_[i] |= (e.has(EntryKey::kJoin) ? kJoinMark : 0) | (e.has(EntryKey::kCounted) ? kCountedMark : 0) |
                         (e.has(EntryKey::kNumber) ? kNumberMark : 0) | (a->length > 1 ? kLongMark : 0);
            // A blocking phrase blocks the number after its last token: "n° 07/09", "no. 5".
            if (e.has(EntryKey::kBlock)) marks_[std::min(i + a->length, n) - 1] |= kBlockMark;
            for (int k = 0; k < a->length && i + k < n; ++k) flags_[i + k] |= e.token_flags;
        }
        literal_[i] = lang_.index.literals.child(WordTrie::kRoot, token_text(*text_, tokens[i]), tokens[i].hash);
        if (tokens[i].kind == Token::Word && !date_word && !(flags_[i] & (kTrim | kStop)) &&
            lang_.clitics.carries_article(token_text(*text_, tokens[i])))
            marks_[i] |= kDefiniteMark;
        // Words the lexicon does not know, by their endings: plural nouns, counted nouns.
        if (begin_of(i) == end_of(i) && tokens[i].kind == Token::Word && !tokens[i].upper) {
            marks_[i] |= kUnknownMark;
            const std::string_view word = token_text(*text_, tokens[i]);
            if (!lang_.plural_suffixes.empty() && ends_with_suffix(word, lang_.plural_suffixes)) marks_[i] |= kPluralMark;
            // (A noun counted has no article: "إلى 1270 صفقة", not "منذ 2014 الحكومة".)
            if (!lang_.count_suffixes.empty() && !(marks_[i] & kDefiniteMark) && ends_with_suffix(word, lang_.count_suffixes))
                marks_[i] |= kCountedMark;
        }
    }
    // A number glued by a hyphen to a word in capitals is a code: "BK-1700", "MH-370" (not
    // "mid-2019", "Mid-2019").
    for (int i = 2; i < n; ++i) {
        const Token &code = tokens[i - 2], &hyphen = tokens[i - 1];
        if (tokens[i].kind != Token::Number || tokens[i].space_before || hyphen.space_before || hyphen.kind != Token::Punct ||
            code.kind != Token::Word || code.end - code.begin < 2 || token_text(*text_, hyphen) != "-")
            continue;
        bool capitals = true;
        for (int32_t k = code.begin; k < code.end && capitals; ++k) capitals = text_->upper[k];
        if (capitals) marks_[i - 1] |= kBlockMark;
    }
    for (int i = 0; i < n; ++i)  // numbers read the join marks of the tokens after them
        if ((tokens[i].kind == Token::Number || (marks_[i] & kNumberMark)) && number_at(i).length) keys_[i].set(KeyMask::kNum);
}

// Digits, or number words joined the way the language joins them ("ثلاثة وعشرين", "twenty-five",
// "ألفين وستة عشر"); multipliers ("hundred", "ألف") scale what came before them.
const Recogniser::Number& Recogniser::read_number(int i) {
    number_done_[i] = 1;
    Number& out = numbers_[i];
    const auto& tokens = *tokens_;
    if (tokens[i].kind == Token::Number) {
        out = {tokens[i].digits > 18 ? -1 : tokens[i].value, 1, tokens[i].digits};
        return out;
    }
    const auto n = static_cast<int>(tokens.size());
    long long total = 0, current = 0, last = 0;
    bool last_mult = false;
    int j = i;
    bool have = false;
    while (j < n) {
        const Analysis* best = nullptr;
        for (const Analysis* a = begin_of(j); a != end_of(j); ++a)
            if (lang_.entry_keys[a->entry].has(EntryKey::kNumber) && (!best || a->length > best->length)) best = a;
        if (!best) {
            // A joiner between two number words ("and", "-", "و" on its own).
            if (have && j + 1 < n && marked(j, kJoinMark)) {
                bool next_is_number = false;
                for (const Analysis* a = begin_of(j + 1); a != end_of(j + 1); ++a)
                    next_is_number = next_is_number || lang_.entry_keys[a->entry].has(EntryKey::kNumber);
                if (next_is_number) {
                    ++j;
                    continue;
                }
            }
            break;
        }
        const Entry& e = lang_.entries[best->entry];
        if (have) {
            // Which words make one number: with a joiner ("and", "-", "و"), units and tens in
            // either order ("خمسة وعشرين", "twenty-five") or something smaller after hundreds and
            // thousands ("ألفين وستة"); side by side, a multiplier ("three hundred"), the teens
            // ("ستة عشر"), units after tens ("twenty four") and something smaller after a
            // multiplier ("two thousand ten", "ألفين عشرين"). "ثلاثة وثمانية" is two numbers.
            const bool joined = best->clitic || (j > 0 && marked(j - 1, kJoinMark));
            const bool tens = e.num >= 20 && e.num <= 90 && e.num % 10 == 0;
            const bool units_after_tens = last >= 20 && last <= 90 && last % 10 == 0 && e.num >= 1 && e.num <= 9;
            // French counts by twenties: "soixante-dix" (60 + 10), "quatre-vingt-dix-neuf" (80 + 19).
            const bool teen_after_tens = last >= 20 && last <= 90 && last % 10 == 0 && e.num >= 10 && e.num <= 19;
            const bool ok = joined ? (tens && last < 10) || units_after_tens || teen_after_tens || (last >= 100 && e.num < last)
                                   : e.mult || (e.num == 10 && last < 10) || units_after_tens || (last_mult && e.num < last);
            if (!ok) {
                if (joined && !best->clitic) --j;  // leave the joiner to what follows
                break;
            }
        }
        if (e.mult) {
            current = std::max<long long>(current, 1) * e.num;
            if (e.num >= 1000) {
                total += current;
                current = 0;
            }
        } else {
            current += e.num;
        }
        last = e.num;
        last_mult = e.mult;
        have = true;
        j += best->length;
    }
    if (have) out = {total + current, j - i, 0};
    return out;
}

bool Recogniser::apply_role(Role role, long long v, int digits, bool to_end, Spec& spec) const {
    spec.has_end = spec.has_end || to_end;
    SpecFields& s = to_end ? spec.end : spec;
    auto set = [](int& field, long long value) {
        if (field != kUnset) return false;
        field = static_cast<int>(value);
        return true;
    };
    constexpr long long kLastYear = 2199;
    switch (role) {
        case Role::Day: return v >= 1 && v <= 31 && digits <= 2 && set(s.day, v);
        case Role::Month: return v >= 1 && v <= 12 && digits <= 2 && set(s.month, v);
        // (Up to 2199: news names no later year, and "بنحو 2600 طلب" is a count.)
        case Role::Year:  // four digits, or number words past a thousand ("ألفين وستة عشر", not "ألف")
            return ((digits == 4 && v >= 1000) || (digits == 0 && v > 1000)) && v <= kLastYear && set(s.year, v);
        case Role::Year2:  // "12/03/24", "the '80s": two digits allowed
            if (digits == 2) {
                s.two_digit_year = true;
                return set(s.year, v);
            }
            return (digits == 4 || digits == 0) && v >= 1000 && v <= kLastYear && set(s.year, v);
        // An hour written with a leading zero ("09:00", "0930") is on the 24-hour clock.
        case Role::Hour:
            s.clock24 = s.clock24 || (digits == 2 && v < 10);
            return v >= 0 && v <= 24 && digits <= 2 && set(s.hour, v);
        case Role::Clock:  // "1030", "330 p.m.": hours and minutes in three or four digits
            s.clock24 = s.clock24 || (digits == 4 && v < 1000);
            return (digits == 3 || digits == 4) && v / 100 <= 24 && v % 100 <= 59 && set(s.hour, v / 100) && set(s.minute, v % 100);
        case Role::Minute: return v >= 0 && v <= 59 && (digits == 2 || digits == 0) && set(s.minute, v);
        case Role::Count: return v >= 1 && v <= 100000 && set(s.count, v);
        case Role::Decade:
            if (digits == 4 && v % 10 == 0 && v >= 1000 && v <= 2990) return set(s.decade, v / 10);
            // "the '80s", "les années quatre-vingt" (words: a decade of the 1900s).
            if ((digits == 2 || (digits == 0 && v >= 10 && v <= 90)) && v % 10 == 0) return set(s.decade, 190 + v / 10);
            return false;
        case Role::Century: return v >= 1 && v <= 30 && set(s.century, v - 1);
        case Role::Quarter: return (v == -1 || (v >= 1 && v <= 4)) && set(s.quarter, v == -1 ? 4 : v);  // -1: the last
        case Role::Half: return (v == -1 || (v >= 1 && v <= 2)) && set(s.half, v == -1 ? 2 : v);
        case Role::Nth: return v >= -1 && v <= 5 && v != 0 && set(s.nth, v);
        case Role::Week:
            if (v < 1 || v > 53 || digits > 2 || (s.unit != Unit::None && s.unit != Unit::Week)) return false;
            s.unit = s.nth_of = Unit::Week;  // counted in a year, not a span
            return set(s.nth, v);
        case Role::None: return true;
    }
    return false;
}

// The roles an earlier expression can take as a <T> item: a time of day (<T:time>) is timed, a
// date (<T:date>) is neither timed nor an amount of time, a span (<T:span>) names no calendar
// point; the other roles take any expression.
uint32_t Recogniser::roles_taken(const Spec& n) {
    const bool timed = n.hour != kUnset || n.pod[0];
    const bool duration = n.unit != Unit::None && n.dir == Direction::None && n.shift == kUnset && n.year == kUnset &&
                          n.month == kUnset && n.day == kUnset && n.weekday == kUnset && !n.set && !n.ref[0];
    const bool span = n.unit != Unit::None && n.shift == kUnset && n.year == kUnset && n.month == kUnset &&
                      n.day == kUnset && n.weekday == kUnset && n.quarter == kUnset && n.half == kUnset &&
                      n.easter == kUnset && !n.season[0] && !n.set && !n.ref[0];
    auto bit = [](Role r) { return 1u << static_cast<int>(r); };
    uint32_t roles = ~(bit(Role::Hour) | bit(Role::Day) | bit(Role::Count));
    if (timed) roles |= bit(Role::Hour);
    if (!timed && !duration) roles |= bit(Role::Day);
    if (span) roles |= bit(Role::Count);
    return roles;
}

bool Recogniser::match_item(const Item& item, const Pattern& p, size_t k, int pos, const Spec& spec, Binding& b,
                            std::vector<Node>& found) {
    const auto& tokens = *tokens_;
    if (pos >= static_cast<int>(keys_.size())) return false;  // (a size without a division: keys are 16 bytes)
    bool any = false;
    auto advance = [&](int next, const Spec& s, bool trim, bool strong, bool day_given = false) {
        Binding nb = b;
        nb.day_given = nb.day_given || day_given;
        if (!trim) {
            if (nb.begin < 0) nb.begin = tokens[pos].begin;
            nb.end = tokens[next - 1].end;
        }
        nb.strong = nb.strong || strong;
        match(p, k + 1, next, s, nb, found);
        any = true;
    };
    auto number_ok = [&](int next, Role role, int digits) {
        // The second number of a score ("2-1", no more than the first, which no clock holds)
        // starts no hour of its own: "بفوزه على الإسماعيلي 2-1 مساء أمس" (where "8-10 p.m." and
        // "3:30-6 p.m." are ranges).
        if (role == Role::Hour && b.begin < 0 && pos >= 2 && tokens[pos - 2].kind == Token::Number && !tokens[pos].space_before &&
            !tokens[pos - 1].space_before && token_text(*text_, tokens[pos - 1]) == "-" && tokens[pos].value <= tokens[pos - 2].value &&
            (pos < 3 || tokens[pos - 3].kind != Token::Punct || tokens[pos - 2].space_before))
            return false;
        // "القرار 2254": a number right after a blocking word is not a date; "2000 people": a
        // number before a counted noun is a count, but not the year of a season or a month
        // already begun ("في ربيع 2013 عضوا في لجنة": in spring 2013, as a member), nor the day of a
        // month just named ("On May 5 residents fled").
        // (Nor a count of four digits or more: "القرار 2254 عام 2015" counts no years.)
        if (role == Role::Count || role == Role::None) return !(digits >= 4 && marked(pos - 1, kBlockMark));
        if ((role == Role::Year || role == Role::Year2 || (role == Role::Day && spec.month != kUnset)) && b.begin >= 0)
            return !marked(pos - 1, kBlockMark);
        // An hour is no count of a noun the lexicon does not know either, an adjective at most
        // between ("at two brokerages", "at 14 secondary schools"), where a day or a year goes on to
        // the sentence ("On May 5 residents fled").
        if (role == Role::Hour && (marked(next, kPluralMark) ||
                                   (marked(next, kUnknownMark) && (marked(next + 1, kPluralMark) || marked(next + 1, kCountedMark)))))
            return false;
        // (Nor through a hyphenated one: "at three coal-fired power stations".)
        if (role == Role::Hour && marked(next, kUnknownMark) && next + 2 < static_cast<int>(tokens.size()) &&
            token_text(*text_, tokens[next + 1]) == "-" && !tokens[next + 1].space_before && !tokens[next + 2].space_before) {
            const int after = next + 3;  // a noun counted, an unknown word at most before it
            auto counted = [&](int i) { return marked(i, kPluralMark) || marked(i, kCountedMark); };
            if (counted(after) || (marked(after, kUnknownMark) && counted(after + 1))) return false;
        }
        // A whole date after a blocking word is still one: "قرار 3 نوفمبر 2016" is the decision
        // of that day (where "شارع 26 يوليو" is a street's name, and "القرار 2254" a number).
        const bool blocked = marked(pos - 1, kBlockMark) && !(role == Role::Day && month_and_year_at(next));
        // (The minutes of a clock count nothing: "الساعة 11:30 تكريما لأرواح الشهداء".)
        return !blocked && (role == Role::Minute || !marked(next, kCountedMark));
    };
    switch (item.kind) {
        case Item::Class:
            // Longest analyses first: "الحادية عشر" before "الحادية" when both reach the same end.
            for (const Analysis* a = end_of(pos); a != begin_of(pos);) {
                --a;
                if (lang_.entry_keys[a->entry].cls != item.cls || !may_go_on(p, k + 1, pos + a->length)) continue;
                const Entry& e = lang_.entries[a->entry];
                // A unit counted is written without the article: "خمسة آلاف العام الماضي" is a
                // count, then last year.
                if (a->definite && spec.count > 1 && e.spec.unit != Unit::None && !item.to_end) continue;
                const bool strong = e.strong || (!e.weak && !e.trim && !e.join);
                if (e.no_spec && !item.to_end && item.role == Role::None) {  // "في", "the": nothing to add, no copy
                    advance(pos + a->length, spec, e.trim, strong);
                    continue;
                }
                const bool first = !item.to_end && starts_empty(spec);
                Spec s = first ? e.spec : spec;
                if (item.to_end) {
                    if (!s.end.compatible(e.spec)) continue;
                    s.has_end = true;
                    s.end.merge(e.spec);
                } else if (!first) {
                    if (!s.compatible(e.spec)) continue;
                    s.merge(e.spec);
                }
                if (item.role != Role::None) {
                    long long v = e.ord != kUnset ? e.ord : e.num;
                    if (v == kUnset || !apply_role(item.role, v, 0, item.to_end, s)) continue;
                }
                advance(pos + a->length, s, e.trim, strong);
            }
            break;
        case Item::Num: {
            const Number& num = number_at(pos);
            if (!num.length || num.value < 0 || (item.digits_only && !num.digits) || !number_ok(pos + num.length, item.role, num.digits)) break;
            // "one" in words is an article more than the first of a month ("vendredi une hausse")
            // or a minute ("à 20 h une grève"); the first is written 1, 1er, premier.
            if ((item.role == Role::Day || item.role == Role::Minute) && !num.digits && num.value == 1) break;
            // Digits after a decimal point or a thousands comma do not open an expression: "10.85
            // seconds" is not 85 seconds, nor "3,500 years" 500 years; nor do the digits that go on
            // a blocked number ("la loi n° 2021-1104 du 22 août").
            if (b.begin < 0 && pos >= 2 && num.digits && !tokens[pos].space_before && !tokens[pos - 1].space_before &&
                tokens[pos - 2].kind == Token::Number) {
                const std::string_view mark = token_text(*text_, tokens[pos - 1]);
                if (mark == "." || mark == ",") break;
                if ((mark == "-" || mark == "/") && marked(pos - 3, kBlockMark)) break;
            }
            // Nor is a number with a decimal part a year: "بقي مثبتا عند 1507.5 ليرات" (but "2015.3", a
            // year and its month, is one).
            const int after = pos + num.length;
            constexpr long long kModernYears = 1900;
            if (item.role == Role::Year && num.digits && after + 1 < static_cast<int>(tokens.size()) && !tokens[after].space_before &&
                !tokens[after + 1].space_before && tokens[after + 1].kind == Token::Number &&
                (token_text(*text_, tokens[after]) == "." || token_text(*text_, tokens[after]) == ",") &&
                (num.value < kModernYears || tokens[after + 1].end - tokens[after + 1].begin > 2))
                break;
            if (!may_go_on(p, k + 1, pos + num.length)) break;
            Spec s = spec;
            if (!apply_role(item.role, num.value, num.digits, item.to_end, s)) break;
            advance(pos + num.length, s, false, strong_role(item.role), item.role == Role::Day && num.digits > 0);
            break;
        }
        case Item::Ord:
            for (const Analysis* a = end_of(pos); a != begin_of(pos);) {
                --a;
                const Entry& e = lang_.entries[a->entry];
                // (Where hours take the article, an ordinal without it is no hour: "قافلة ثالثة بعد غد";
                // nor is one opening the expression right after a noun with the article, whose
                // adjective it is: "للمرة الأولى صباح اليوم", "الرحلة الأولى صباح الغد"; unless the
                // minutes of an hour follow it: "غادرت صالة أبو يوسف النجار السابعة والنصف صباحا".)
                const bool adjective = b.begin < 0 && marked(pos - 1, kDefiniteMark) && !minutes_at(pos + a->length);
                const bool no_hour = e.no_hour || (lang_.hour_ordinals_definite && (!a->definite || adjective));
                if (e.ord == kUnset || (item.role == Role::Hour && no_hour) || !may_go_on(p, k + 1, pos + a->length)) continue;
                Spec s = spec;
                if (!apply_role(item.role, e.ord, 0, item.to_end, s)) continue;
                advance(pos + a->length, s, false, strong_role(item.role), item.role == Role::Day);
            }
            break;
        case Item::Literal:
            // Optional punctuation never opens a match (", August 7" is "August 7").
            if (item.optional && b.begin < 0 && tokens[pos].kind == Token::Punct) break;
            // A dash set apart after a date with its year, before a capital, ends a dateline: "PARIS,
            // 10 novembre 2010 — Mardi, à 12 h 45, le jury".
            if (item.literal == "-" && spec.year != kUnset && tokens[pos].space_before && pos + 1 < static_cast<int>(keys_.size()) &&
                tokens[pos + 1].space_before && tokens[pos + 1].upper)
                break;
            // A comma is left out of the span at its edges: "الثامن من ذي الحجة،" with no year after it.
            if (token_text(*text_, tokens[pos]) == item.literal && may_go_on(p, k + 1, pos + 1))
                advance(pos + 1, spec, item.literal == "," || item.literal == "،", false);
            break;
        case Item::Timex:
            for (int x = first_node_[pos]; x >= 0; x = nodes_[x].next) {
                const Node& node = nodes_[x];
                if (!may_go_on(p, k + 1, node.te) || !(node.roles & (1u << static_cast<int>(item.role)))) continue;
                // A range ends on a day or a time, not an offset: "July 16, 2025 — 50 years ago"
                // is a dateline and a sentence. Nor does a clock time, a part of the day or a weekday
                // take an offset after it: "by 6 p.m. About an hour ago, ..." is two sentences, and
                // "مساء السبت المقبل، بعد أكثر من عشرين عاماً على إغلاقها" a day, then a span since.
                if (item.to_end && node.spec.dir != Direction::None) continue;
                if (b.begin >= 0 && (spec.hour != kUnset || spec.pod[0] || spec.weekday != kUnset) && node.spec.dir != Direction::None) continue;
                // Nor does a stretch opened by "since" go on another: "يوليو منذ عام 2010" is July,
                // then a stretch since 2010.
                if (b.begin >= 0 && (flags_[pos] & kSince)) continue;
                const bool first = !item.to_end && !item.overrides && starts_empty(spec);
                Spec s = first ? node.spec : spec;
                if (item.to_end) {
                    s.has_end = true;
                    s.end = node.spec;  // its own fields, not its range
                } else if (item.overrides) {
                    s = node.spec;
                    s.merge(spec);
                    s.cal = node.spec.cal;
                } else if (!first) {
                    if (!s.compatible(node.spec)) continue;
                    s.merge(node.spec);
                }
                Binding nb = b;
                if (nb.begin < 0) nb.begin = node.begin;
                nb.end = node.end;
                nb.strong = true;
                match(p, k + 1, node.te, s, nb, found);
                any = true;
            }
            break;
        case Item::Any:
            for (const Item& alt : item.alts)
                if (may_start(alt, pos)) any = match_item(alt, p, k, pos, spec, b, found) || any;
            break;
    }
    return any;
}

// Whether a match of `p` at token `pos` can get past item k (`item`, or one of its
// alternatives), where the items before it took no token: the tests match() and match_item()
// make before they go on, made without their calls, as most tries end there. An optional item
// may also be passed over, for the next one to be tested at the same token.
bool Recogniser::item_goes_on(const Item& item, const Pattern& p, size_t k, int pos) {
    auto goes_on = [&] {
        if (!may_start(item, pos)) return false;
        switch (item.kind) {
            case Item::Class:
            case Item::Ord:
                for (const Analysis* a = begin_of(pos); a != end_of(pos); ++a) {
                    const EntryKey& e = lang_.entry_keys[a->entry];
                    const bool fits = item.kind == Item::Class ? e.cls == item.cls : e.has(EntryKey::kOrdinal);
                    if (fits && may_go_on(p, k + 1, pos + a->length)) return true;
                }
                return false;
            case Item::Num: {
                const Number& num = number_at(pos);
                return num.length && may_go_on(p, k + 1, pos + num.length);
            }
            case Item::Literal: return may_go_on(p, k + 1, pos + 1);
            case Item::Timex:
                for (int x = first_node_[pos]; x >= 0; x = nodes_[x].next)
                    if (const Node& node = nodes_[x]; (node.roles & (1u << static_cast<int>(item.role))) && may_go_on(p, k + 1, node.te)) return true;
                return false;
            case Item::Any:
                for (const Item& alt : item.alts)
                    if (item_goes_on(alt, p, k, pos)) return true;
                return false;
        }
        return true;
    };
    if (goes_on()) return true;
    return item.optional && (k + 1 == p.items.size() || item_goes_on(p.items[k + 1], p, k + 1, pos));
}

void Recogniser::match(const Pattern& p, size_t k, int pos, const Spec& spec, Binding& b, std::vector<Node>& found) {
    if (k == p.items.size()) {
        // A day with its month is a date even when the month is weak alone ("12 رمضان", "الثامن
        // من ذي الحجة").
        const bool day_of_month = b.day_given && spec.month != kUnset;
        if ((!b.strong && !p.veto && !day_of_month) || b.begin < 0) return;
        // A weekday with a month is one day of it only with its date or its rank ("Monday, March
        // 3", "the first Monday of March"): "شهر رمضان يوم الاثنين" is a month, then a day.
        if (spec.weekday != kUnset && spec.month != kUnset && spec.day == kUnset && spec.nth == kUnset && !p.veto) return;
        for (Node& f : found)
            if (f.te == pos) return;  // the first way to reach this end wins
        found.push_back({pos, spec, b.begin, b.end, p.line});  // (Emscripten's clang has no aggregate emplace)
        return;
    }
    const Item& item = p.items[k];
    // Most tries fail on the first token: tell them from the token's keys, without a call. No
    // expression goes across a line break: "السبت 17 مايو 2025" is a dateline, and the "08:30"
    // opening the next line a live blog's stamp.
    if (pos < static_cast<int>(keys_.size()) && may_start(item, pos) && !(b.begin >= 0 && (*tokens_)[pos].line_before))
        match_item(item, p, k, pos, spec, b, found);
    if (item.optional) match(p, k + 1, pos, spec, b, found);
}

// Whether `item` may take a token with these keys, word hash and expressions (timex): what a
// candidate list's row tells, the same for every token it serves.
bool Recogniser::may_take(const Item& item, const KeyMask& keys, uint64_t hash, bool timex) {
    if (item.keyed) return keys.intersects(item.keys);
    switch (item.kind) {
        case Item::Literal: return hash == item.literal_hash;
        case Item::Timex: return timex;
        case Item::Any:
            return std::any_of(item.alts.begin(), item.alts.end(), [&](const Item& alt) { return may_take(alt, keys, hash, timex); });
        default: return true;  // a class past the mask's room
    }
}

Recogniser::Candidates Recogniser::make_candidates(int i, int pass) {
    const PatternIndex& index = lang_.index;
    const KeyMask& keys = keys_[i];
    const bool timex = first_node_[i] >= 0;
    const int literal = literal_[i];
    const bool later = pass > 0;
    // Classes past the mask's room come from the analyses, which the memo's key does not hold.
    const bool memo = lang_.keyed_classes <= KeyMask::kNum;
    size_t slot = 0;
    if (memo) {
        if (memo_.table.empty()) memo_.table.resize(256);  // the kinds of token an article meets
        const size_t mask = memo_.table.size() - 1;
        for (slot = CandidateMemo::Row::home(keys, literal, timex, later, mask); memo_.table[slot].used;) slot = (slot + 1) & mask;
    }
    CandidateMemo::Row want;
    want.keys = keys;
    want.literal = literal;
    want.timex = timex;
    want.later = later;
    want.used = 1;
    std::vector<uint64_t>& bits = candidate_bits_;
    bits.assign(index.words, 0);
    auto add = [&](const PatternIndex::Set& set) {
        for (size_t w = 0; w < bits.size(); ++w) bits[w] |= set[w];
    };
    for (int w = 0; w < 2; ++w)
        for (uint64_t b = keys.bits[w]; b; b &= b - 1) {
            const int key = w * 64 + __builtin_ctzll(b);
            add(key == KeyMask::kNum ? index.by_num : key == KeyMask::kOrd ? index.by_ord : index.by_class[key]);
        }
    if (!memo)
        for (const Analysis* a = begin_of(i); a != end_of(i); ++a)
            if (int cls = lang_.entry_keys[a->entry].cls; cls >= KeyMask::kNum) add(index.by_class[cls]);
    if (timex) add(index.by_timex);
    if (literal_[i] >= 0) add(index.by_literal[literal_[i]]);
    const PatternIndex::Set& in_pass = pass > 0 ? index.over_timexes : index.over_words;
    want.begin = static_cast<uint32_t>(memo_.candidates.size());
    for (size_t w = 0; w < bits.size(); ++w)
        for (uint64_t b = bits[w] & in_pass[w]; b; b &= b - 1) {
            const auto p = static_cast<int>(w * 64 + __builtin_ctzll(b));
            const Pattern& pattern = lang_.patterns[p];
            CandidateMemo::Candidate c{pattern.required, p, {}};
            // Any item up to the first that is not optional may take this token; the rest
            // must go on from the next one.
            for (size_t k = 0; k < pattern.items.size(); ++k) {
                if (may_take(pattern.items[k], keys, (*tokens_)[i].hash, timex)) {
                    const Pattern::Next& next = pattern.next[k + 1];
                    c.ahead.anything = c.ahead.anything || next.anything || next.timex_roles;
                    c.ahead.keys |= next.keys;
                    for (uint64_t hash : next.literals) c.ahead.add_literal(hash);
                }
                if (!pattern.items[k].optional) break;
            }
            want.ahead.anything = want.ahead.anything || c.ahead.anything;
            want.ahead.keys |= c.ahead.keys;
            for (int w = 0; w < 4; ++w) want.ahead.literals[w] |= c.ahead.literals[w];
            memo_.candidates.push_back(c);
        }
    want.end = static_cast<uint32_t>(memo_.candidates.size());
    ahead_ = want.ahead;  // not the row's: the table may move as it grows
    const Candidates out{{memo_.candidates.data() + want.begin, memo_.candidates.data() + want.end}, &ahead_};
    if (!memo) {
        memo_.candidates.resize(want.begin);  // nothing kept: the list stays valid until the next call
        return out;
    }
    memo_.table[slot] = want;
    if (2 * ++memo_.used > memo_.table.size()) {  // at most half full
        std::vector<CandidateMemo::Row> old(2 * memo_.table.size());
        old.swap(memo_.table);
        const size_t mask = memo_.table.size() - 1;
        for (const CandidateMemo::Row& m : old) {
            if (!m.used) continue;
            size_t s2 = CandidateMemo::Row::home(m.keys, m.literal, m.timex, m.later, mask);
            while (memo_.table[s2].used) s2 = (s2 + 1) & mask;
            memo_.table[s2] = m;
        }
    }
    return out;
}

std::vector<Match> Recogniser::run(const FoldedText& text, const std::vector<Token>& tokens) {
    text_ = &text;
    tokens_ = &tokens;
    const auto n = static_cast<int>(tokens.size());
    analyse(text, tokens);
    repair_typos(text, tokens);
    numbers_.assign(n, Number{});
    number_done_.assign(n, 0);
    nodes_.clear();
    first_node_.assign(n, -1);
    last_node_.assign(n, -1);
    node_roles_.assign(n, 0);
    index_tokens();

    // What occurs within reach of each token: a pattern whose required classes are not all
    // there cannot match, and most tokens ("the", "in", "a") are ruled out without a search.
    constexpr int kWindow = 24;  // tokens: longer than any pattern's match
    const std::vector<KeyMask>& here = keys_;
    std::vector<KeyMask> near(n);
    // near[i] = here[i] | ... | here[i + kWindow - 1] in O(n): within blocks of kWindow tokens,
    // the OR from i to its block's end, plus the OR from the next block's start to i + kWindow - 1
    // (kept as a running OR, reset at each block start).
    for (int i = n - 1; i >= 0; --i) {
        near[i] = here[i];
        if ((i + 1) % kWindow && i + 1 < n) near[i] |= near[i + 1];
    }
    {
        KeyMask from_block_start;
        auto extend = [&](int j) {
            if (j % kWindow == 0) from_block_start = KeyMask{};
            if (j < n) from_block_start |= here[j];
        };
        for (int j = 0; j < kWindow - 1; ++j) extend(j);
        for (int i = 0; i < n; ++i) {
            extend(i + kWindow - 1);
            if (i % kWindow) near[i] |= from_block_start;
        }
    }

    // Whether the first item of `p` that is not optional can match within its reach of token i.
    auto can_lead = [&](const Pattern& p, int i) {
        if (p.lead_reach < 0) return true;
        KeyMask seen;
        for (int j = i; j < n && j <= i + p.lead_reach; ++j) seen |= here[j];
        return seen.intersects(p.first_keys);
    };

    // Pass 1: words and numbers, and the vetoes: tokens a veto pattern covers start no
    // expression and belong to none, unless the expression holds the whole veto and more (the
    // mixed number "2 1/2" is no date, "2 1/2 years" is a duration). An opening veto ("!^") only
    // keeps expressions from starting where it starts: "بعد عام من قرارات الرئيس" is no date a
    // year from now, but "عام" is still a year's span. Later passes: patterns over earlier expressions, tried
    // only a few tokens before an expression (a pattern is short), which keeps them cheap.
    constexpr int kReach = 8;
    std::vector<uint8_t> vetoed(n, 0);
    struct VetoSpan {
        int tb, te;       // tokens [tb, te)
        bool opens_none;  // an opening veto
    };
    std::vector<VetoSpan> veto_spans;
    std::vector<Node> found, vetoes;
    // A match new in a pass uses an expression the pass before added (else that pass would
    // have found it): from the third pass on, only starts shortly before those are tried.
    constexpr int kFreshReach = 2 * kWindow;
    std::vector<int> fresh, added_now;  // where the last pass and this one added expressions
    for (int pass = 0; pass < 4; ++pass) {
        added_now.clear();
        int next_node = 0;  // the first token at or after i that starts an expression
        size_t next_fresh = 0;
        for (int i = 0; i < n; ++i) {
            if (pass > 0) {
                if (next_node < i) next_node = i;
                while (next_node < n && first_node_[next_node] < 0) ++next_node;
                if (next_node - i > kReach) {
                    i = next_node - kReach - 1;
                    continue;
                }
            }
            if (pass > 1) {
                while (next_fresh < fresh.size() && fresh[next_fresh] < i) ++next_fresh;
                if (next_fresh == fresh.size()) break;
                if (fresh[next_fresh] - i > kFreshReach) {
                    i = fresh[next_fresh] - kFreshReach - 1;
                    continue;
                }
            }
            if (!keys_[i].bits[0] && !keys_[i].bits[1] && literal_[i] < 0 && first_node_[i] < 0) continue;  // most words of a text
            const Candidates candidates = candidates_at(i, pass);
            if (candidates.list.empty()) continue;
            // A first item that takes this token ends at the next one, or past a phrase, a number in
            // words or an expression starting here; the tokens after it (none past the text's end)
            // decide for every candidate at once, then for each.
            CandidateMemo::Ahead next;
            auto add_end = [&](int e) {
                if (e >= n) return;
                next.keys |= keys_[e];
                next.add_literal(tokens[e].hash);
            };
            add_end(i + 1);
            if (marked(i, kLongMark))
                for (const Analysis* a = begin_of(i); a != end_of(i); ++a) add_end(i + a->length);
            if (keys_[i].test(KeyMask::kNum)) add_end(i + number_at(i).length);
            for (int x = first_node_[i]; x >= 0; x = nodes_[x].next) add_end(nodes_[x].te);
            if (!candidates.ahead->allows(next)) continue;
            found.clear();
            const KeyMask near_i = near[i];
            for (const CandidateMemo::Candidate& c : candidates.list) {
                if (!near_i.covers(c.required) || !c.ahead.allows(next)) continue;
                const Pattern& p = lang_.patterns[c.pattern];
                if (!can_lead(p, i) || !item_goes_on(p.items[0], p, 0, i)) continue;
                Binding b;
                if (!p.veto) {
                    match(p, 0, i, kNoSpec, b, found);
                    continue;
                }
                vetoes.clear();
                match(p, 0, i, kNoSpec, b, vetoes);
                for (const Node& f : vetoes) {
                    std::fill(vetoed.begin() + i, vetoed.begin() + (p.opens_none ? i + 1 : f.te), 1);
                    veto_spans.push_back({i, f.te, p.opens_none});
                }
            }
            for (Node& f : found) {
                bool known = false;
                for (int x = first_node_[i]; x >= 0 && !known; x = nodes_[x].next) known = nodes_[x].te == f.te;
                if (known) continue;
                f.roles = roles_taken(f.spec);
                node_roles_[i] |= f.roles;
                const auto added = static_cast<int>(nodes_.size());
                nodes_.push_back(std::move(f));
                (last_node_[i] >= 0 ? nodes_[last_node_[i]].next : first_node_[i]) = added;
                last_node_[i] = added;
                if (added_now.empty() || added_now.back() != i) added_now.push_back(i);
            }
        }
        if (pass > 0 && added_now.empty()) break;
        fresh.swap(added_now);
    }

    // The longest expressions win; among equals, the earlier one, then the earlier pattern.
    struct Candidate {
        int tb;
        const Node* node;
    };
    std::vector<Candidate> all;
    for (int i = 0; i < n; ++i)
        for (int x = first_node_[i]; x >= 0; x = nodes_[x].next) all.push_back({i, &nodes_[x]});
    std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        // Length of the span itself: an edge preposition does not make a match longer.
        int la = a.node->end - a.node->begin, lb = b.node->end - b.node->begin;
        if (la != lb) return la > lb;
        if (a.tb != b.tb) return a.tb < b.tb;
        return a.node->line < b.node->line;
    });
    std::vector<uint8_t> taken(n, 0);
    std::vector<Match> out;
    std::vector<std::pair<int, int>> moves;  // [tb, te) of ranges read as a date moved to another
    for (const Candidate& c : all) {
        if (std::any_of(taken.begin() + c.tb, taken.begin() + c.node->te, [](uint8_t t) { return t != 0; })) continue;
        if (c.node->spec.has_end && moved_before(c.tb)) {  // its two ends stand on their own
            moves.push_back({c.tb, c.node->te});
            continue;
        }
        const int te = c.node->te;
        if (std::any_of(vetoed.begin() + c.tb, vetoed.begin() + te, [](uint8_t t) { return t != 0; }) &&
            std::any_of(veto_spans.begin(), veto_spans.end(), [&](const VetoSpan& v) {
                const bool overlaps = v.opens_none ? c.tb == v.tb : v.tb < te && c.tb < v.te;
                const bool holds_more = c.tb <= v.tb && v.te <= te && te - c.tb > v.te - v.tb;
                return overlaps && !holds_more;
            }))
            continue;
        std::fill(taken.begin() + c.tb, taken.begin() + c.node->te, 1);
        out.push_back({c.tb, c.node->te, c.node->begin, c.node->end, c.node->spec, c.node->line});
        // The date a thing was moved to lies ahead, whatever the verb's tense: "was postponed from
        // March 3 to April 12" in January is this April.
        Spec& spec = out.back().spec;
        if (!spec.tense && std::any_of(moves.begin(), moves.end(), [&](const auto& m) { return m.first < c.tb && m.second == c.node->te; }))
            spec.tense = 1;
    }
    std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.tb < b.tb; });
    return out;
}

}  // namespace tarikh
