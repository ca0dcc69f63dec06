#include "events.hpp"

#include <algorithm>

namespace tarikh {
namespace {

constexpr int kTitleWords = 12;

bool is_boundary(const Analysed& a, int i) {
    const Token& t = a.tokens[i];
    if (a.token_flags[i] & kClause) return true;
    if (t.kind != Token::Punct) return false;
    std::string_view s = token_text(a.folded, t);
    return s == "," || s == ";" || s == ":";
}

// Token index of the match that covers token i, or -1.
int match_at(const Analysed& a, int i) {
    for (size_t k = 0; k < a.matches.size(); ++k)
        if (i >= a.matches[k].tb && i < a.matches[k].te) return static_cast<int>(k);
    return -1;
}

// Words of a clause outside its time expression, as they stand in the original text, minus
// attributions ("according to officials", "وفقا لما نقلته صحيفة") and edge punctuation.
std::string make_title(const Analysed& a, int tb, int te, const Match& m) {
    std::u32string title;
    int words = 0;
    bool dropping = false;
    bool truncated = false;
    for (int i = tb; i < te; ++i) {
        const Token& t = a.tokens[i];
        if (i >= m.tb && i < m.te) continue;
        if (a.token_flags[i] & kAttribution) dropping = true;
        else if (dropping && is_boundary(a, i)) dropping = false;
        if (dropping) continue;
        bool punct = t.kind == Token::Punct;
        if (punct && title.empty()) continue;
        if (!punct && ++words > kTitleWords) {
            truncated = true;
            break;
        }
        if (!title.empty() && t.space_before) title.push_back(' ');
        title.append(a.text, t.begin, t.end - t.begin);
    }
    // No dangling punctuation or prepositions at the end.
    while (!title.empty() && (title.back() == ',' || title.back() == 0x060C || title.back() == ' ' || title.back() == ':' ||
                              title.back() == ';' || title.back() == '.'))
        title.pop_back();
    if (truncated) title += U" …";
    return to_utf8(title);
}

}  // namespace

std::vector<Event> build_events(const Analysed& a, const std::vector<Timex>& timexes) {
    std::vector<Event> events;
    const int ntok = static_cast<int>(a.tokens.size());
    size_t k = 0;
    int tok = 0;
    for (size_t si = 0; si < a.sentences.size(); ++si) {
        const Sentence& s = a.sentences[si];
        while (tok < ntok && a.tokens[tok].begin < s.begin) ++tok;
        int sb = tok, se = tok;
        while (se < ntok && a.tokens[se].begin < s.end) ++se;
        // The dated expressions of this sentence, each starting its own clause.
        std::vector<size_t> dated;
        for (; k < a.matches.size() && a.matches[k].tb < se; ++k)
            if (a.matches[k].tb >= sb && a.resolved[k].dated && !a.resolved[k].when.start.empty()) dated.push_back(k);
        int clause_start = sb;
        for (size_t d = 0; d < dated.size(); ++d) {
            const Match& m = a.matches[dated[d]];
            int clause_end = se;
            if (d + 1 < dated.size()) {
                // The first boundary after this expression that leaves it a clause of its own
                // (two words besides the date), else the last one before the next expression.
                const int next = a.matches[dated[d + 1]].tb;
                int words = 0;
                for (int i = clause_start; i < m.tb; ++i) words += a.tokens[i].kind == Token::Word;
                clause_end = next;
                for (int i = m.te; i < next; ++i) {
                    if (is_boundary(a, i) && match_at(a, i) < 0 && words >= 2) {
                        clause_end = i;
                        break;
                    }
                    words += a.tokens[i].kind == Token::Word;
                }
            }
            Event e;
            e.id = "e" + std::to_string(events.size() + 1);
            e.begin = a.tokens[clause_start].begin;
            e.end = a.tokens[std::max(clause_start, clause_end - 1)].end;
            e.title = make_title(a, clause_start, clause_end, m);
            e.sentence = to_utf8(std::u32string_view(a.text).substr(s.begin, s.end - s.begin));
            e.when = a.resolved[dated[d]].when;
            e.timex = static_cast<int>(dated[d]);
            (void)timexes;
            events.push_back(std::move(e));
            clause_start = clause_end;
        }
    }
    return events;
}

}  // namespace tarikh
