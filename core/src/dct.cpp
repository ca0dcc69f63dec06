#include "dct.hpp"

#include <unicode/uchar.h>

namespace tarikh {
namespace {

constexpr int32_t kHeadLength = 400;  // code points of the article's head that may hold a dateline

bool is_dash(const Analysed& a, const Token& t) {
    if (t.kind != Token::Punct) return false;
    std::string_view s = token_text(a.folded, t);
    return s == "-" || s == "|" || s == ":";
}

bool full_date(const Spec& s) { return s.year != kUnset && s.month != kUnset && s.day != kUnset && !s.cal && !s.two_digit_year; }

// A dateline date is closed by a dash (possibly after an agency in capitals or in parentheses),
// or ends its line. A sentence that ends in a date is no dateline ("The clerk was shot on June 3,
// 2024."): a full stop closes it, or more words than a place and a weekday come before it.
bool closed_like_dateline(const Analysed& a, const Match& m) {
    constexpr int kMostWordsBefore = 6;
    int32_t line_start = m.begin;
    while (line_start > 0 && a.text[line_start - 1] != '\n') --line_start;
    int words_before = 0;
    for (int i = m.tb - 1; i >= 0 && a.tokens[i].begin >= line_start; --i) words_before += a.tokens[i].kind == Token::Word;
    if (words_before > kMostWordsBefore) return false;
    // The end of its line.
    for (int32_t c = m.end;; ++c) {
        if (c == static_cast<int32_t>(a.text.size()) || a.text[c] == '\n') return true;
        if (a.text[c] != ' ' && a.text[c] != '\t' && a.text[c] != '\r') break;
    }
    // Or a dash, possibly after an agency in capitals or in parentheses ("(AFP) -", "GMT —").
    const auto n = static_cast<int>(a.tokens.size());
    int32_t line_end = m.end;
    while (line_end < static_cast<int32_t>(a.text.size()) && line_end < m.end + 80 && a.text[line_end] != '\n') ++line_end;
    for (int i = m.te; i < n && i < m.te + 8; ++i) {
        const Token& t = a.tokens[i];
        if (t.begin > line_end) return a.text[line_end] == '\n';  // an agency, then the end of the line
        if (is_dash(a, t)) return true;
        // A sentence's full stop, not a clock's ("07.00 GMT").
        const bool last = t.end >= static_cast<int32_t>(a.text.size());
        if (t.kind == Token::Punct && token_text(a.folded, t) == "." && (last || u_isspace(a.text[t.end]))) return false;
        if (t.kind == Token::Word && !t.upper) return false;
    }
    return false;
}

// A dateline with no date ("WASHINGTON (AP) —", "NAIROBI, Kenya -", "بيروت -"): where the body
// starts after it, or 0. Latin script: capitals first; Arabic: a few words before a spaced dash.
int32_t dateless_dateline_end(const Analysed& a) {
    constexpr int32_t kLongest = 60;  // code points
    const int n = static_cast<int>(a.tokens.size());
    if (n < 3 || a.tokens[0].kind != Token::Word) return 0;
    const bool latin = a.lang && a.lang->script == "Latn";
    auto all_caps = [&](const Token& t) {
        for (int32_t c = t.begin; c < t.end; ++c)
            if (u_islower(a.text[c])) return false;
        return t.end - t.begin >= 2;
    };
    if (latin && !all_caps(a.tokens[0])) return 0;
    int words = 1;
    for (int i = 1; i < n; ++i) {
        const Token& t = a.tokens[i];
        if (t.end > kLongest || t.kind == Token::Number) return 0;
        for (int32_t c = a.tokens[i - 1].end; c < t.begin; ++c)
            if (a.text[c] == '\n') return 0;
        if (is_dash(a, t) && t.space_before) return t.end;  // "52-48" is no dateline's dash
        if (t.kind == Token::Word && ((latin && !t.upper) || (!latin && ++words > 3))) return 0;
    }
    return 0;
}

// Only a place before the date on its line ("GENEVA, March 3 (Reuters) -"): capitalised words
// and punctuation.
bool only_place_before(const Analysed& a, const Match& m, int32_t line_start) {
    for (int i = 0; i < m.tb; ++i) {
        const Token& t = a.tokens[i];
        if (t.begin < line_start) continue;
        if (t.kind == Token::Number || (t.kind == Token::Word && !t.upper)) return false;
    }
    return true;
}

// Marks match k as the dateline; the body starts after the dash that closes it, else on the
// next line.
void mark_dateline(Analysed& a, size_t k) {
    const Match& m = a.matches[k];
    a.dateline = static_cast<int>(k);
    a.body_begin = m.end;
    const size_t line_end = a.text.find(U'\n', m.end);
    for (int i = m.te; i < static_cast<int>(a.tokens.size()) && i < m.te + 8; ++i)
        if (is_dash(a, a.tokens[i]) || line_end < static_cast<size_t>(a.tokens[i].begin)) {
            a.body_begin = is_dash(a, a.tokens[i]) ? a.tokens[i].end : a.tokens[i].begin;
            break;
        }
}

}  // namespace

std::optional<Date> detect_dct(Analysed& a) {
    for (size_t k = 0; k < a.matches.size(); ++k) {
        const Match& m = a.matches[k];
        if (m.begin > kHeadLength) break;
        if (m.spec.has_end) continue;
        int32_t line_start = m.begin;
        while (line_start > 0 && a.text[line_start - 1] != '\n') --line_start;
        // A wire dateline without its year ("GENEVA, March 3 (Reuters) -") dates nothing new
        // but is still no event of the story.
        const bool yearless = m.spec.year == kUnset && m.spec.month != kUnset && m.spec.day != kUnset && !m.spec.cal;
        if (yearless && only_place_before(a, m, line_start) && closed_like_dateline(a, m)) {
            mark_dateline(a, k);
            return std::nullopt;
        }
        // The Gregorian date of a Hijri + Gregorian pair, a date written in full, and nothing vaguer.
        if (!full_date(m.spec)) continue;
        bool published = false;
        for (int i = 0; i < m.tb; ++i)
            if (a.tokens[i].begin >= line_start && (a.token_flags[i] & kPublished)) published = true;
        if (published || closed_like_dateline(a, m)) {
            Date d{m.spec.year, m.spec.month, m.spec.day};
            if (d.d > days_in_month(d.y, d.m)) continue;
            mark_dateline(a, k);
            return d;
        }
    }
    a.body_begin = dateless_dateline_end(a);
    return std::nullopt;
}

}  // namespace tarikh
