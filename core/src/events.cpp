// Events: each dated expression in the body of the article gives one event, tied to its clause.
//
// A sentence with several dated expressions is cut into clauses between them, at a comma or a
// clause word ("and", "after", "و", "بعد أن"); the title is the clause without its dates,
// prepositions, attributions and dangling connectives; actors and places come from the
// gazetteer, from titles before names ("الرئيس", "Minister"), and in Latin script from
// capitalised names.
#include "events.hpp"

#include <algorithm>

namespace tarikh {
namespace {

constexpr int kTitleWords = 12;
constexpr int kNameWords = 3;  // words of a name after a title word
constexpr int kOrgWords = 4;   // words of an organisation's name after its head

bool is_punct(const Analysed& a, int i, std::string_view any_of) {
    const Token& t = a.tokens[i];
    if (t.kind != Token::Punct) return false;
    std::string_view p = token_text(a.folded, t);
    return p.size() == 1 && any_of.find(p[0]) != std::string_view::npos;
}

// A clause boundary: a clause word, or punctuation that is not inside a number ("7,2 %").
bool is_boundary(const Analysed& a, int i) {
    if (a.token_flags[i] & kClause) return true;
    if (!is_punct(a, i, ",;:")) return false;
    const int n = static_cast<int>(a.tokens.size());
    const bool in_number = i > 0 && i + 1 < n && a.tokens[i - 1].kind == Token::Number && a.tokens[i + 1].kind == Token::Number &&
                           !a.tokens[i].space_before && !a.tokens[i + 1].space_before;
    return !in_number;
}

std::string original(const Analysed& a, int tb, int te) { return a.original(a.tokens[tb].begin, a.tokens[te - 1].end); }

// (A view: most names found are in the list already, and are not copied to be compared.)
void add_unique(std::vector<std::string>& list, std::string_view s) {
    if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end()) list.emplace_back(s);
}

// The words of a clause that say what happened: not dates, not the prepositions that
// introduced them, not attributions (unless the attribution is all the clause has: "citing
// slowing inflation"); no connective or punctuation at either end.
std::string make_title(const Analysed& a, int tb, int te, const std::vector<uint8_t>& in_timex, bool drop_attributions = true) {
    std::vector<int> keep;
    keep.reserve(te - tb);  // one allocation, not one per doubling
    bool dropping = false;
    for (int i = tb; i < te; ++i) {
        if (drop_attributions && (a.token_flags[i] & kAttribution)) dropping = true;
        else if (dropping && is_boundary(a, i)) dropping = false;
        if (dropping || in_timex[i]) continue;
        // The possessive of a date went with it ("next week's meeting").
        if (i > tb && in_timex[i - 1] && is_punct(a, i, "'") && i + 1 < te && token_text(a.folded, a.tokens[i + 1]) == "s") {
            ++i;
            continue;
        }
        // A preposition right before a date went with it ("on Friday", "في 5 يناير"), glued
        // pieces and all ("d'"); a word before it stays ("ended on Monday").
        int j = i + 1;
        while (j < te && (a.token_flags[j] & kTrim) && !in_timex[j] && !a.tokens[j].space_before) ++j;
        if ((a.token_flags[i] & kTrim) && j < te && in_timex[j]) continue;
        keep.push_back(i);
    }
    auto dangling = [&](int i) {
        if (is_punct(a, i, "%") && i > tb && a.tokens[i - 1].kind == Token::Number) return false;  // "7,2 %"
        return a.tokens[i].kind == Token::Punct || (a.token_flags[i] & (kClause | kTrim)) || is_punct(a, i, "-");
    };
    // At the start, a trim word right before a word is an article that stays ("Le gouvernement
    // a ...", "l'inflation a reculé").
    auto dangling_start = [&](size_t k) {
        const int i = keep[k];
        auto kept_word = [&](size_t at) { return at < keep.size() && a.tokens[keep[at]].kind == Token::Word; };
        const bool elided = k + 1 < keep.size() && keep[k + 1] == i + 1 && is_punct(a, i + 1, "'") && kept_word(k + 2);
        const bool article = a.tokens[i].kind == Token::Word && (a.token_flags[i] & kTrim) && !(a.token_flags[i] & kClause) &&
                             k + 1 < keep.size() && keep[k + 1] == i + 1 && (kept_word(k + 1) || elided);
        return !article && dangling(i);
    };
    size_t first = 0, last = keep.size();
    while (first < last && dangling_start(first)) ++first;
    while (last > first && dangling(keep[last - 1])) --last;
    // UTF-8, from the text's own bytes (Analysed::utf8).
    std::string title;
    if (first < last)  // the clause, " …"
        title.reserve(a.byte_of(a.tokens[keep[last - 1]].end) - a.byte_of(a.tokens[keep[first]].begin) + 4);
    int words = 0;
    for (size_t k = first; k < last; ++k) {
        const Token& t = a.tokens[keep[k]];
        if (t.kind != Token::Punct && ++words > kTitleWords) {
            for (;;) {  // no comma (',', or the Arabic one in two bytes) nor space before the ellipsis
                if (!title.empty() && (title.back() == ',' || title.back() == ' ')) title.pop_back();
                else if (title.size() >= 2 && title.compare(title.size() - 2, 2, "\xD8\x8C") == 0) title.resize(title.size() - 2);
                else break;
            }
            title += " \xE2\x80\xA6";  // " …"
            break;
        }
        // A space where the text had one, or where a removed date left a gap.
        const bool gap = k > first && keep[k] != keep[k - 1] + 1 && t.kind != Token::Punct;
        if (!title.empty() && (t.space_before || gap)) title.push_back(' ');
        title.append(a.utf8.data() + a.byte_of(t.begin), a.byte_of(t.end) - a.byte_of(t.begin));
    }
    if (title.empty() && drop_attributions) return make_title(a, tb, te, in_timex, false);
    return title;
}

// Where a name opening at token i begins: after a preposition or conjunction glued before its
// article ("بالبنك المركزي" names "البنك المركزي").
int32_t name_begin(const Analysed& a, int i) {
    const Token& t = a.tokens[i];
    const Clitics& c = a.lang->clitics;
    if (c.article.empty()) return t.begin;
    const std::string_view w = token_text(a.folded, t);
    // The head word itself, as the lexicon has it ("وكالة" is one, not و + ك + "الة").
    auto org_head = [&](std::string_view word) {
        const int node = a.lang->trie.child(WordTrie::kRoot, word);
        if (node < 0) return false;
        const std::span<const int> entries = a.lang->entries_at(node);
        return std::any_of(entries.begin(), entries.end(), [&](int e) { return a.lang->entries[e].org_head; });
    };
    if (org_head(w)) return t.begin;
    for (const std::string& p : c.prefixes) {
        if (p.size() >= w.size() || w.compare(0, p.size(), p) != 0 || w.compare(p.size(), c.article.size(), c.article) != 0) continue;
        if (p.size() >= c.article.size() && p.compare(p.size() - c.article.size(), c.article.size(), c.article) == 0) continue;
        if (!org_head(w.substr(p.size() + c.article.size()))) continue;
        return a.folded.source[t.fb + p.size()];
    }
    return t.begin;
}

// Whether token j can go on a name: a capitalised word, or where the script has no capitals a
// word with one of the language's name prefixes ("الصحة", "للسكك").
bool goes_on_name(const Analysed& a, int j) {
    const Token& t = a.tokens[j];
    if (t.kind != Token::Word) return false;
    if (a.lang->name_prefixes.empty()) return t.upper;
    const std::string_view w = token_text(a.folded, t);
    return std::any_of(a.lang->name_prefixes.begin(), a.lang->name_prefixes.end(),
                       [&](const std::string& p) { return w.size() > p.size() && w.compare(0, p.size(), p) == 0; });
}

// Places and organisations of the gazetteer, else organisations after their head word ("وزارة
// الصحة المصرية"), people after a title word, and (Latin script) runs of capitalised words
// that are neither sentence openers nor lexicon words.
void find_names(const Analysed& a, int tb, int te, const std::vector<uint8_t>& in_timex, Event& e) {
    const Gazetteer& g = a.lang->names;
    const bool latin = a.lang->script == "Latn";
    constexpr int kNameStop = kStop | kTrim | kClause | kPast | kFuture;
    auto gazetteer_name_at = [&](int j) {
        int ignored = -1;
        return g.match(a.folded, a.tokens, j, te, ignored) > 0;
    };
    for (int i = tb; i < te;) {
        int name = -1;
        if (int n = g.match(a.folded, a.tokens, i, te, name)) {
            const Gazetteer::Name& found = g.names[name];
            add_unique(found.kind == Gazetteer::Place ? e.places : e.actors, found.surface);
            add_unique(e.keys, found.key);
            i += n;
            continue;
        }
        if (a.token_flags[i] & kOrgHead) {
            int j = i + 1;
            // (A place's adjective goes on it: "وكالة الأنباء السورية".)
            while (j < te && j - i <= kOrgWords && !in_timex[j] && !(a.token_flags[j] & kNameStop) && goes_on_name(a, j)) ++j;
            if (j > i + 1) {
                const int32_t begin = name_begin(a, i);
                const std::string name = a.original(begin, a.tokens[j - 1].end);
                add_unique(e.actors, name);
                add_unique(e.keys, name);
                i = j;
                continue;
            }
        }
        if (a.token_flags[i] & kTitleWord) {
            // "الرئيس الأميركي جو بايدن", "Prime Minister Rishi Sunak": the title and the name after it.
            int j = i + 1, words = 0;
            while (j < te && words < kNameWords && a.tokens[j].kind == Token::Word && !in_timex[j] &&
                   !(a.token_flags[j] & kNameStop) && (!latin || a.tokens[j].upper || (a.token_flags[j] & kTitleWord)) &&
                   !gazetteer_name_at(j)) {  // "المبعوث الأميركي" then the place "بيروت"
                ++j;
                ++words;
            }
            if (words > 0) {
                add_unique(e.actors, original(a, i, j));
                add_unique(e.keys, original(a, i + 1, j));  // the name without its title
            }
            i = std::max(j, i + 1);
            continue;
        }
        if (latin && a.tokens[i].upper && !in_timex[i] && !(a.token_flags[i] & kKnown)) {
            // Capitalised words, and the small words that join them inside one name ("Court of
            // Arbitration for Sport", "Banque de France").
            auto capital = [&](int k) {
                return k < te && a.tokens[k].kind == Token::Word && a.tokens[k].upper && !in_timex[k] && !(a.token_flags[k] & kStop);
            };
            auto joiner = [&](int k) {
                const auto& joiners = a.lang->name_joiners;
                return k < te && !a.tokens[k].upper &&
                       std::find(joiners.begin(), joiners.end(), token_text(a.folded, a.tokens[k])) != joiners.end();
            };
            int j = i;
            while (capital(j) || (j > i && joiner(j) && capital(j + 1))) ++j;
            // A single capitalised word opening the sentence is just a sentence opener.
            const bool opener = i == tb || is_punct(a, i - 1, ".\"'");
            if (j - i >= 2 || (!opener && j - i == 1 && a.tokens[i].fe - a.tokens[i].fb > 2)) {
                // After "in", "at", "à": a place the gazetteer does not know ("in Tulsa").
                const bool place = i > tb && (a.token_flags[i - 1] & kLocative);
                add_unique(place ? e.places : e.actors, original(a, i, j));
                add_unique(e.keys, original(a, i, j));
            }
            i = std::max(j, i + 1);
            continue;
        }
        ++i;
    }
}

// The sentence of an event; a sentence longer than any real one (a paste with no full stops)
// is cut to a window around the event's clause, so output stays proportional to the input.
std::string sentence_around(const Analysed& a, const Sentence& s, int32_t begin, int32_t end) {
    constexpr int32_t kLongest = 800, kContext = 300;
    int32_t from = s.begin, to = s.end;
    if (to - from > kLongest) {
        from = std::max(s.begin, begin - kContext);
        to = std::min(s.end, std::max(end, from) + kContext);
    }
    if (from == s.begin && to == s.end) return a.original(from, to);  // the usual sentence
    std::string out;
    if (from > s.begin) out += "\xE2\x80\xA6 ";  // "… "
    out += a.utf8.substr(a.byte_of(from), a.byte_of(to) - a.byte_of(from));
    if (to < s.end) out += " \xE2\x80\xA6";
    return out;
}

// Coarse to fine: how much time a granularity covers, for choosing between two dates of one event.
int coarseness(const std::string& granularity) {
    static constexpr const char* kOrder[] = {"time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"};
    for (int i = 0; i < static_cast<int>(std::size(kOrder)); ++i)
        if (granularity == kOrder[i]) return i;
    return static_cast<int>(std::size(kOrder));
}

// Two dated expressions with nothing but prepositions and articles between them date one
// happening ("cut its rate for the third time this year on Tuesday", "حلّ عيد الفطر يوم
// الاثنين 2 مايو 2022"): the finer one heads the event, the coarser one stays in its title
// (its tokens are unmasked in `masked`). "18 مايو و22 يونيو" are two: "and" is no glue.
void merge_adjacent_dates(const Analysed& a, std::vector<size_t>& dated, std::vector<uint8_t>& masked) {
    std::vector<size_t> kept;
    for (size_t k : dated) {
        if (!kept.empty()) {
            const Match& before = a.matches[kept.back()];
            const Match& here = a.matches[k];
            bool only_glue = true;
            for (int i = before.te; i < here.tb && only_glue; ++i)
                only_glue = a.tokens[i].kind == Token::Punct ? is_punct(a, i, ",")
                                                              : (a.token_flags[i] & (kTrim | kStop)) && !(a.token_flags[i] & kClause);
            if (only_glue) {
                // The finer one; between equals, a date written out in full ("Eid al-Fitr, Monday
                // 2 May 2022").
                const Resolved &was = a.resolved[kept.back()], &is = a.resolved[k];
                const int c_was = coarseness(was.when.granularity), c_is = coarseness(is.when.granularity);
                const bool finer = c_is < c_was || (c_is == c_was && is.anchor == "absolute" && was.anchor != "absolute");
                const Match& dropped = finer ? before : here;
                std::fill(masked.begin() + dropped.tb, masked.begin() + dropped.te, 0);
                if (finer) kept.back() = k;
                continue;
            }
        }
        kept.push_back(k);
    }
    dated.swap(kept);
}

}  // namespace

std::vector<Event> build_events(const Analysed& a, const std::vector<Timex>& timexes) {
    std::vector<Event> events;
    events.reserve(a.matches.size());  // one event a match at most: no regrowth moving them all
    const int ntok = static_cast<int>(a.tokens.size());
    // The dates a title leaves out: not the durations and sets, which say what happened ("ont 48
    // heures pour déposer un recours"), nor the dates merged into another's event.
    std::vector<uint8_t> in_timex = a.in_match;
    for (size_t m = 0; m < a.matches.size(); ++m)
        if (!a.resolved[m].dated) std::fill(in_timex.begin() + a.matches[m].tb, in_timex.begin() + a.matches[m].te, 0);

    size_t k = 0;
    int tok = 0;
    for (const Sentence& s : a.sentences) {
        while (tok < ntok && a.tokens[tok].begin < std::max(s.begin, a.body_begin)) ++tok;
        int sb = tok, se = tok;
        while (se < ntok && a.tokens[se].begin < s.end) ++se;
        if (sb >= se) continue;
        // The dated expressions of this sentence (not the dateline), each heading a clause.
        std::vector<size_t> dated;
        for (; k < a.matches.size() && a.matches[k].tb < se; ++k)
            if (a.matches[k].tb >= sb && static_cast<int>(k) != a.dateline && a.resolved[k].dated &&
                !a.resolved[k].when.start.empty())
                dated.push_back(k);
        merge_adjacent_dates(a, dated, in_timex);
        int clause_start = sb;
        for (size_t d = 0; d < dated.size(); ++d) {
            const Match& m = a.matches[dated[d]];
            int clause_end = se;
            if (d + 1 < dated.size()) {
                // The first boundary after this expression that leaves it a clause of its own
                // (two words besides the date), else the last token before the next expression.
                const int next = a.matches[dated[d + 1]].tb;
                int words = 0;
                for (int i = clause_start; i < m.tb; ++i) words += a.tokens[i].kind == Token::Word;
                clause_end = next;
                for (int i = m.te; i < next; ++i) {
                    if (is_boundary(a, i) && !in_timex[i] && words >= 2) {
                        clause_end = i;
                        break;
                    }
                    words += a.tokens[i].kind == Token::Word;
                }
            }
            // A date that opens its piece with no boundary since the date before it ends that
            // one's clause ("reported third-quarter results late Thursday, while ..."): it tells of
            // the words before it, up to the boundary after it.
            int from = clause_start, to = clause_end;
            bool opens_piece = d > 0;
            for (int i = clause_start; i < m.tb && opens_piece; ++i) opens_piece = a.tokens[i].kind != Token::Word || in_timex[i];
            if (opens_piece)
                for (int i = a.matches[dated[d - 1]].te; i < m.tb && opens_piece; ++i) opens_piece = !is_boundary(a, i);
            if (opens_piece) {
                constexpr int kReachBack = 2 * kTitleWords;  // tokens: a title is short, and a run of dates stays linear
                from = m.tb;
                while (from > sb && from > m.tb - kReachBack && !is_boundary(a, from - 1)) --from;
                for (to = m.te; to < clause_end && !is_boundary(a, to); ++to) {}
            }
            Event e;
            e.id = "e" + std::to_string(events.size() + 1);
            e.begin = a.tokens[from].begin;
            e.end = a.tokens[std::max(from, to - 1)].end;
            e.title = make_title(a, from, to, in_timex);
            // A clause of one word or none once its date is out ("which ends on Wednesday") says
            // too little: the sentence's words say what happened, else the date itself.
            if (std::count(e.title.begin(), e.title.end(), ' ') == 0) {
                std::string whole = make_title(a, sb, se, in_timex);
                if (std::count(whole.begin(), whole.end(), ' ') > 0) e.title = std::move(whole);
            }
            if (e.title.empty()) e.title = timexes[dated[d]].text;
            e.sentence = sentence_around(a, s, e.begin, e.end);
            e.when = a.resolved[dated[d]].when;
            e.timex = static_cast<int>(dated[d]);
            find_names(a, from, to, in_timex, e);
            events.push_back(std::move(e));
            clause_start = clause_end;
        }
    }
    // The dateline's place ("RABAT (Reuters) -", "بيروت -") is where the lead event happened. It
    // is no key for the timeline: two stories filed from one capital on one day are not one.
    if (!events.empty() && a.body_begin > 0) {
        const Gazetteer& g = a.lang->names;
        for (int i = 0; i < ntok && a.tokens[i].end <= a.body_begin; ++i) {
            int name = -1;
            if (g.match(a.folded, a.tokens, i, ntok, name) && g.names[name].kind == Gazetteer::Place) {
                add_unique(events.front().places, g.names[name].surface);
                break;
            }
        }
    }
    return events;
}

}  // namespace tarikh
