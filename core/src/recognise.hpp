// Recognition: lexicon lookup over tokens, then the language's patterns, in passes.
//
// Pass 1 runs the patterns made of words and numbers; later passes run the patterns that
// contain <T> over what earlier passes found ("early <T>", "<T> to <T>"), until nothing new
// appears. The longest matches win, left to right, and never overlap.
#pragma once

#include <span>
#include <vector>

#include "language.hpp"
#include "spec.hpp"
#include "tokenize.hpp"

namespace tarikh {

struct Match {
    int tb = 0, te = 0;          // tokens [tb, te)
    int32_t begin = 0, end = 0;  // original code points, edges trimmed of prepositions
    Spec spec;
    int pattern_line = 0;
};

// One lexicon analysis of the tokens starting at a position.
struct Analysis {
    int entry = -1;
    int length = 1;    // tokens covered
    bool clitic = false;  // a prefix was stripped from the first token
    bool definite = false;  // ... that ends in the article ("الثالثة", "والثالثة")
};

// The candidate patterns of each kind of token met (its keys, literal, whether an expression
// starts there, pass 1 or later): an open-addressing table of lists that lie back to back in
// `candidates`. They depend on the language alone, so the engine keeps a memo across texts (a
// short article met most kinds of token for the first time, and worked each out again).
struct CandidateMemo {
    // What the token after a first item that takes this token must be (at its end: the next
    // token, or past a phrase, a number or an expression) for some candidate to go past that
    // item: "the" leads some fifty patterns, and is followed by no date word most of the time.
    struct Ahead {
        KeyMask keys;
        uint64_t literals[4] = {};  // the literal words' hashes, one bit each of 256
        bool anything = false;      // a candidate that may end, or go on with an expression
        // (Mixed first: FNV-1a leaves a one-byte word's last byte in its low bits alone, and all
        // punctuation would share a bit.)
        static int bit(uint64_t hash) { return static_cast<int>((hash * 0x9e3779b97f4a7c15ull) >> 56); }
        void add_literal(uint64_t hash) { literals[bit(hash) >> 6] |= uint64_t{1} << (bit(hash) & 63); }
        // Whether one of the tokens in `next` may follow: the tokens themselves gathered as an
        // Ahead (their keys, their words' bits; `anything` unused), once for every candidate.
        bool allows(const Ahead& next) const {
            return anything || next.keys.intersects(keys) ||
                   ((literals[0] & next.literals[0]) | (literals[1] & next.literals[1]) | (literals[2] & next.literals[2]) |
                    (literals[3] & next.literals[3]));
        }
    };
    // A pattern, with the classes it requires beside it and what must follow for it alone (its
    // part of the row's Ahead): most candidates are turned down on those, without reading the
    // pattern.
    struct Candidate {
        KeyMask required;
        int pattern;
        Ahead ahead;
    };
    struct Row {
        KeyMask keys;
        int literal = 0;
        uint8_t timex = 0, later = 0, used = 0;
        uint32_t begin = 0, end = 0;
        Ahead ahead;
        // Where the probe for a row of this kind starts in a table of mask + 1 rows.
        static size_t home(const KeyMask& keys, int literal, bool timex, bool later, size_t mask) {
            const uint64_t h = (keys.bits[0] * 0x9e3779b97f4a7c15ull) ^ (keys.bits[1] * 0xc2b2ae3d27d4eb4full) ^
                               (static_cast<uint64_t>(literal + 2) * 0x165667b19e3779f9ull) ^ (timex << 1 | later);
            return (h ^ (h >> 31)) & mask;
        }
    };
    std::vector<Row> table;
    size_t used = 0;
    std::vector<Candidate> candidates;
};

class Recogniser {
public:
    // `memo` must be of `lang`, and used by one recogniser at a time.
    Recogniser(const Language& lang, CandidateMemo& memo) : lang_(lang), memo_(memo) {}

    // Fills `analyses` (the lexicon's view of the tokens) and returns the expressions found.
    std::vector<Match> run(const FoldedText& text, const std::vector<Token>& tokens);

    // Per token, the analysis.hpp TokenFlag bits its lexicon entries carry, gathered with the
    // pattern keys in one pass over the analyses; moved out (call once, after run()).
    std::vector<int> token_flags();

    // The analyses of token i (valid after run()).
    const Analysis* begin_of(int i) const { return analyses_.data() + first_[i]; }
    const Analysis* end_of(int i) const { return analyses_.data() + first_[i + 1]; }

private:
    struct Number {
        long long value = 0;
        int length = 0;    // tokens; 0 = no number here
        int digits = 0;    // 0 for number words
    };
    struct Binding;
    struct Node {
        int te;
        Spec spec;
        int32_t begin, end;
        int line;
        uint32_t roles = 0;  // roles_taken(spec), once in nodes_
        int next = -1;       // in nodes_: the next expression from the same token, in the order found
    };

    void analyse(const FoldedText& text, const std::vector<Token>& tokens);
    void lookup(const FoldedText& text, const std::vector<Token>& tokens, int i);
    void repair_typos(const FoldedText& text, const std::vector<Token>& tokens);
    // The number starting at token i, read once (read_number) and kept: it is asked for often.
    const Number& number_at(int i) { return number_done_[i] ? numbers_[i] : read_number(i); }
    const Number& read_number(int i);
    void index_tokens();
    // Both valid until the next call (the memo's row, else ahead_).
    struct Candidates {
        std::span<const CandidateMemo::Candidate> list;
        const CandidateMemo::Ahead* ahead;
    };
    // The patterns of pass `pass` whose first item can match token i, in file order: the memo's
    // list when it has one (most calls: told inline), else make_candidates().
    Candidates candidates_at(int i, int pass) {
        const KeyMask& keys = keys_[i];
        const bool timex = first_node_[i] >= 0, later = pass > 0;
        const int literal = literal_[i];
        if (!memo_.table.empty() && lang_.keyed_classes <= KeyMask::kNum) {
            const size_t mask = memo_.table.size() - 1;
            for (size_t slot = CandidateMemo::Row::home(keys, literal, timex, later, mask); memo_.table[slot].used; slot = (slot + 1) & mask)
                if (const CandidateMemo::Row& row = memo_.table[slot]; row.keys.bits[0] == keys.bits[0] && row.keys.bits[1] == keys.bits[1] &&
                                                                       row.literal == literal && row.timex == timex && row.later == later)
                    return {{memo_.candidates.data() + row.begin, memo_.candidates.data() + row.end}, &row.ahead};
        }
        return make_candidates(i, pass);
    }
    // The list of a kind of token not in the memo yet: made, and kept in the memo.
    Candidates make_candidates(int i, int pass);
    static bool may_take(const Item& item, const KeyMask& keys, uint64_t hash, bool timex);
    // kNumberMark: a number word; kLongMark: an analysis that covers more than this token;
    // kUnknownMark: a lower-case word the lexicon does not know; kPluralMark: such a word with a
    // plural ending (Language::plural_suffixes); kDefiniteMark: a word that carries the article,
    // alone or behind a clitic, and is no time word nor preposition ("الرحلة", "للمرة"; not
    // "الأحد", "إلى").
    enum Mark : uint8_t {
        kJoinMark = 1, kBlockMark = 2, kCountedMark = 4, kNumberMark = 8, kLongMark = 16, kPluralMark = 32, kUnknownMark = 64,
        kDefiniteMark = 128
    };
    bool marked(int i, Mark mark) const { return i >= 0 && i < static_cast<int>(marks_.size()) && (marks_[i] & mark); }
    // A word that one of `prefixes` opens, clitics aside, with min_letters letters at least: a
    // verb form ("ستعلن", "ويزور") that does not carry the article (Clitics::carries_article).
    bool prefixed_verb(std::string_view word, const std::vector<std::string>& prefixes, int min_letters) const;
    // Whether token i's folded text is one of `words`; whether it follows a word of
    // Language::present_not_after ("أن يرتفع").
    bool word_in(size_t i, const std::vector<std::string>& words) const;
    // Whether a month word starts at token i, with a year in four digits right after it.
    bool month_and_year_at(int i) const;
    bool minutes_at(int i) const;  // a word giving an hour's minutes ("والنصف", "والربع") is at token i
    bool after_subjunctive(size_t i) const;
    // Whether token i follows a determiner (a lexicon flag), an apostrophe at most between.
    bool after_determiner(size_t i) const;
    // Whether a word that moves a date (the lexicon flag `moves`) stands before token tb in its clause:
    // a range there is two dates, the old and the new ("postponed from March 3 to April 12").
    bool moved_before(int tb) const;
    // Whether `word` (of Language::suffix_min_letters at least) ends with one of `suffixes`.
    bool ends_with_suffix(std::string_view word, const std::vector<std::string>& suffixes) const;
    // Whether the items of `p` from k on can start at token `pos`: a cheap test that no match
    // fails, made before the work of moving past an item.
    static uint32_t roles_taken(const Spec& node);
    // Whether `item` can match at token `pos`, from the token's keys, hash and expressions.
    bool may_start(const Item& item, int pos) const {
        if (item.keyed) return keys_[pos].intersects(item.keys);
        if (item.kind == Item::Literal) return (*tokens_)[pos].hash == item.literal_hash;
        if (item.kind == Item::Timex) return node_roles_[pos] & (1u << static_cast<int>(item.role));
        return true;
    }
    bool may_go_on(const Pattern& p, size_t k, int pos) const {
        const Pattern::Next& next = p.next[k];
        if (next.anything) return true;
        if (pos >= static_cast<int>(keys_.size())) return false;
        if (keys_[pos].intersects(next.keys) || (next.timex_roles & node_roles_[pos])) return true;
        for (uint64_t hash : next.literals)
            if ((*tokens_)[pos].hash == hash) return true;
        return false;
    }
    bool item_goes_on(const Item& item, const Pattern& p, size_t k, int pos);
    void match(const Pattern& p, size_t k, int pos, const Spec& spec, Binding& b, std::vector<Node>& found);
    bool match_item(const Item& item, const Pattern& p, size_t k, int pos, const Spec& spec, Binding& b,
                    std::vector<Node>& found);
    bool apply_role(Role role, long long value, int digits, bool to_end, Spec& spec) const;

    const Language& lang_;
    const std::vector<Token>* tokens_ = nullptr;
    const FoldedText* text_ = nullptr;
    std::vector<Analysis> analyses_;
    std::string with_article_;  // a clitic's stem with the article put back (lookup), reused
    std::vector<uint32_t> first_;
    std::vector<Number> numbers_;
    std::vector<uint8_t> number_done_;
    // Per token, what the patterns' pre-checks read, gathered once (an Entry is big and far):
    std::vector<KeyMask> keys_;    // the classes of the analyses starting here, a number, an ordinal
    std::vector<uint8_t> marks_;   // Mark bits of those analyses
    std::vector<int> literal_;     // the token's node in the index's literal trie, or -1
    std::vector<int> flags_;       // TokenFlag bits (a phrase marks every token it covers)
    // Expressions from earlier passes, all in one table (a text has a few per hundred tokens):
    // per start token, the first and the last of its list, linked by Node::next; -1 for none.
    std::vector<Node> nodes_;
    std::vector<int> first_node_, last_node_;
    // Per start token, the roles (bit 1 << Role) some expression of nodes_ can take as a <T> item:
    // most tries of a <T:time> or <T:date> fail for want of one, told here without a search.
    std::vector<uint32_t> node_roles_;
    std::vector<uint64_t> candidate_bits_;  // scratch for make_candidates
    CandidateMemo::Ahead ahead_;            // make_candidates' answer for a list just made
    CandidateMemo& memo_;
};

}  // namespace tarikh
