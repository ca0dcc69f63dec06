// Loading a language folder: settings, lexicon (into a token trie) and patterns.
#include "language.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <stdexcept>

#include "tokenize.hpp"

namespace tarikh {
namespace {

std::string_view trim_ws(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == sep) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return parts;
}

// Calls f(word) for each word of `s` between spaces (no list: an engine's start reads the
// words of thousands of lines).
template <class F>
void for_each_word(std::string_view s, F f) {
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == ' ') {
            if (std::string_view w = trim_ws(s.substr(start, i - start)); !w.empty()) f(w);
            start = i + 1;
        }
}

std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    for_each_word(s, [&](std::string_view w) { out.push_back(w); });
    return out;
}

// Calls f(line_number, line) for each line that is not blank or a # comment.
template <class F>
void for_each_line(std::string_view text, F f) {
    int number = 0;
    for (size_t start = 0; start <= text.size();) {
        const size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++number;
        std::string_view t = trim_ws(line);
        if (t.empty() || t.front() == '#') continue;
        f(number, line);
    }
}

[[noreturn]] void fail(std::string_view where, int line, const std::string& what) {
    throw std::runtime_error(std::string(where) + ":" + std::to_string(line) + ": " + what);
}

// Calls f(line_number, surface, class, effects) for each entry of a lexicon.tsv.
template <class F>
void for_each_entry(std::string_view file, std::string_view lexicon, F f) {
    for_each_line(lexicon, [&](int n, std::string_view line) {
        // Columns by their tabs (an engine's start reads thousands of lines); a fourth is ignored.
        const size_t tab1 = line.find('\t');
        if (tab1 == std::string_view::npos) fail(file, n, "expected surface<TAB>CLASS<TAB>effects");
        const size_t tab2 = line.find('\t', tab1 + 1);
        const std::string_view effects =
            tab2 == std::string_view::npos ? std::string_view() : line.substr(tab2 + 1, line.find('\t', tab2 + 1) - (tab2 + 1));
        f(n, trim_ws(line.substr(0, tab1)), trim_ws(line.substr(tab1 + 1, tab2 - (tab1 + 1))), effects);
    });
}

bool parse_long(std::string_view v, long long& out) {
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    return ec == std::errc() && p == v.data() + v.size();
}

Role role_from_name(std::string_view n) {
    static const std::pair<std::string_view, Role> roles[] = {
        {"day", Role::Day},         {"month", Role::Month},     {"year", Role::Year},       {"year2", Role::Year2},     {"clock", Role::Clock},       {"hour", Role::Hour},
        {"minute", Role::Minute},   {"count", Role::Count},     {"decade", Role::Decade},   {"century", Role::Century},
        {"quarter", Role::Quarter}, {"half", Role::Half},       {"nth", Role::Nth},         {"week", Role::Week}};
    for (auto& [name, role] : roles)
        if (name == n) return role;
    return Role::None;
}

class PatternParser {
public:
    PatternParser(Language& lang, const Folder& folder, std::string_view file, int line)
        : lang_(lang), folder_(folder), file_(file), line_(line) {}

    Item parse(std::string_view text) {
        Item item;
        if (text.size() > 1 && text.back() == '?') {
            item.optional = true;
            text.remove_suffix(1);
        }
        if (text.size() > 1 && text.back() == '!') {
            item.overrides = true;
            text.remove_suffix(1);
        }
        if (text.size() > 4 && text.substr(text.size() - 4) == "@end") {
            item.to_end = true;
            text.remove_suffix(4);
        }
        if (text.front() == '(') {
            if (text.back() != ')') fail(file_, line_, "unclosed ( in " + std::string(text));
            item.kind = Item::Any;
            for (std::string_view alt : split(text.substr(1, text.size() - 2), '|')) {
                Item a = parse(alt);
                a.to_end = a.to_end || item.to_end;
                item.alts.push_back(std::move(a));
            }
            return item;
        }
        if (text.front() == '\'') {
            if (text.size() < 3 || text.back() != '\'') fail(file_, line_, "bad literal " + std::string(text));
            SurfaceTokenizer tokenizer(folder_);
            const auto& toks = tokenizer(text.substr(1, text.size() - 2));
            if (toks.size() != 1) fail(file_, line_, "a literal must be one token: " + std::string(text));
            item.kind = Item::Literal;
            item.literal = toks[0];
            return item;
        }
        // <T> is any earlier expression; <T:time> one with a clock time or part of day,
        // <T:date> one without; <T:span> an amount of time, alone or counted from something
        // ("three years", "two weeks ago"), naming no calendar unit ("May", "Friday").
        if (text == "<T>" || text == "<T:time>" || text == "<T:date>" || text == "<T:span>") {
            item.kind = Item::Timex;
            item.role = text == "<T:time>" ? Role::Hour : text == "<T:date>" ? Role::Day : text == "<T:span>" ? Role::Count : Role::None;
            return item;
        }
        std::string_view name = text, role;
        if (auto colon = text.find(':'); colon != std::string_view::npos) {
            name = text.substr(0, colon);
            role = text.substr(colon + 1);
            item.role = role_from_name(role);
            if (item.role == Role::None) fail(file_, line_, "unknown role " + std::string(role));
        }
        if (name == "NUM" || name == "DIG") {
            item.kind = Item::Num;
            item.digits_only = name == "DIG";
        }
        else if (name == "ORD") item.kind = Item::Ord;
        else {
            item.kind = Item::Class;
            item.cls = lang_.class_id(name);
            if (item.cls < 0) fail(file_, line_, "no lexicon class " + std::string(name));
        }
        return item;
    }

private:
    Language& lang_;
    const Folder& folder_;
    std::string_view file_;
    int line_;
};

// The keys (KeyMask) a token must carry for `item` to match there; false when the item cannot
// be told by keys (a literal word, an expression, a class beyond the mask).
bool keys_of(const Item& item, KeyMask& keys) {
    switch (item.kind) {
        case Item::Class:
            if (item.cls >= KeyMask::kNum) return false;
            keys.set(item.cls);
            return true;
        case Item::Num: keys.set(KeyMask::kNum); return true;
        case Item::Ord: keys.set(KeyMask::kOrd); return true;
        case Item::Any: return std::all_of(item.alts.begin(), item.alts.end(), [&](const Item& a) { return keys_of(a, keys); });
        default: return false;
    }
}

// The most tokens `item` can cover, or -1 when unbounded (numbers in words, expressions).
int max_tokens(const Item& item, const std::vector<int>& class_length, int ord_length) {
    switch (item.kind) {
        case Item::Class: return class_length[item.cls];
        case Item::Literal: return 1;
        case Item::Ord: return ord_length;
        case Item::Any: {
            int most = 0;
            for (const Item& a : item.alts) {
                const int m = max_tokens(a, class_length, ord_length);
                if (m < 0) return -1;
                most = std::max(most, m);
            }
            return most;
        }
        default: return -1;
    }
}

bool uses_timex(const Item& item) {
    if (item.kind == Item::Timex) return true;
    return std::any_of(item.alts.begin(), item.alts.end(), uses_timex);
}

}  // namespace

int Language::class_id(std::string_view name) const {
    auto it = std::find(classes.begin(), classes.end(), name);
    return it == classes.end() ? -1 : static_cast<int>(it - classes.begin());
}

namespace {

// language.txt: the settings, into `lang`.
void read_settings(std::string_view code, std::string_view settings, const Folder& folder, Language& lang) {
    lang.code = code;
    const std::string settings_file = std::string(code) + "/language.txt";
    for_each_line(settings, [&](int n, std::string_view line) {
        auto eq = line.find('=');
        if (eq == std::string_view::npos) fail(settings_file, n, "expected key = value");
        std::string_view key = trim_ws(line.substr(0, eq)), value = trim_ws(line.substr(eq + 1));
        if (key == "name") lang.name = value;
        else if (key == "script") lang.script = value;
        else if (key == "future_prefixes" || key == "present_prefixes") {
            auto& prefixes = key == "future_prefixes" ? lang.future_prefixes : lang.present_prefixes;
            for (std::string_view p : words(value)) prefixes.push_back(folder.fold(p));
        } else if (key == "present_not_after" || key == "past_only_before_perfect" || key == "passive_present") {
            auto& list = key == "present_not_after"          ? lang.present_not_after
                         : key == "past_only_before_perfect" ? lang.past_only_before_perfect
                                                             : lang.passive_present;
            for (std::string_view p : words(value)) list.push_back(folder.fold(p));
        } else if (key == "future_min_letters" || key == "present_min_letters") {
            long long x = 0;
            if (!parse_long(value, x)) fail(settings_file, n, std::string(key) + " must be a number");
            (key == "future_min_letters" ? lang.future_min_letters : lang.present_min_letters) = static_cast<int>(x);
        } else if (key == "title_abbreviations") {
            for (std::string_view w : words(value)) {
                std::u32string title;
                decode_utf8(w, title);
                lang.title_abbreviations.push_back(std::move(title));
            }
        } else if (key == "name_prefixes") {
            for (std::string_view p : words(value)) lang.name_prefixes.push_back(folder.fold(p));
        } else if (key == "name_joiners") {
            for (std::string_view p : words(value)) lang.name_joiners.push_back(folder.fold(p));
        } else if (key == "past_suffixes" || key == "future_suffixes" || key == "past_verb_suffixes" || key == "plural_suffixes" ||
                   key == "count_suffixes") {
            auto& list = key == "past_suffixes" ? lang.past_suffixes : key == "future_suffixes" ? lang.future_suffixes
                       : key == "past_verb_suffixes" ? lang.past_verb_suffixes : key == "plural_suffixes" ? lang.plural_suffixes
                       : lang.count_suffixes;
            for (std::string_view p : words(value)) list.push_back(folder.fold(p));
        } else if (key == "suffix_min_letters") {
            long long x = 0;
            if (!parse_long(value, x)) fail(settings_file, n, "suffix_min_letters must be a number");
            lang.suffix_min_letters = static_cast<int>(x);
        } else if (key == "next_weekday") {
            if (value != "next_week" && value != "first_after") fail(settings_file, n, "next_weekday is next_week or first_after");
            lang.next_weekday_in_next_week = value == "next_week";
        } else if (key == "this_weekday") {
            if (value != "this_week" && value != "next") fail(settings_file, n, "this_weekday is this_week or next");
            lang.this_weekday_in_this_week = value == "this_week";
        } else if (key == "hour_ordinals") {
            if (value != "definite" && value != "any") fail(settings_file, n, "hour_ordinals is definite or any");
            lang.hour_ordinals_definite = value == "definite";
        } else if (key == "weekday_tense") lang.weekday_tense = value == "past" ? -1 : value == "future" ? 1 : 0;
        else if (key == "clock") {
            if (value != "12" && value != "24") fail(settings_file, n, "clock is 12 or 24");
            lang.twelve_hour_clock = value == "12";
        }
        else if (key == "prefixes") {
            auto& prefixes = lang.clitics.prefixes;
            for (std::string_view p : words(value)) prefixes.push_back(folder.fold(p));
            std::stable_sort(prefixes.begin(), prefixes.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
        } else if (key == "article") {
            lang.clitics.article = folder.fold(value);
        } else if (key == "article_prefixes") {
            for (std::string_view p : words(value)) lang.clitics.article_prefixes.push_back(folder.fold(p));
        } else if (key == "verb_prefixes") {
            for (std::string_view p : words(value)) lang.clitics.verb_prefixes.push_back(folder.fold(p));
        } else fail(settings_file, n, "unknown setting " + std::string(key));
    });
    lang.clitics.finish();
}

}  // namespace

LanguageSummary summarise_language(std::string_view code, std::string_view settings, std::string_view lexicon,
                                   const Folder& folder) {
    Language lang;
    read_settings(code, settings, folder, lang);
    LanguageSummary out{lang.code, lang.script, {}};
    SurfaceTokenizer surface_tokens(folder);
    for_each_entry(std::string(code) + "/lexicon.tsv", lexicon,
                   [&](int, std::string_view surface, std::string_view, std::string_view effects) {
                       for (std::string_view effect : words(effects))
                           if (effect == "stop") {
                               const auto& toks = surface_tokens(surface);
                               out.stop_words.emplace_back(toks.begin(), toks.end());
                               break;
                           }
                   });
    return out;
}

Language load_language(std::string_view code, std::string_view settings, std::string_view lexicon,
                       std::string_view patterns, std::string_view gazetteer, const Folder& folder) {
    Language lang;
    read_settings(code, settings, folder, lang);
    const std::string lexicon_file = std::string(code) + "/lexicon.tsv";
    SurfaceTokenizer surface_tokens(folder);
    lang.entries.reserve(std::count(lexicon.begin(), lexicon.end(), '\n') + 1);  // an Entry is big: no regrowth
    int last_class = -1;  // lines come grouped by class: most need no search
    std::vector<int> entry_node;  // per entry, the trie node its surface ends at
    for_each_entry(lexicon_file, lexicon, [&](int n, std::string_view surface, std::string_view cls, std::string_view effects) {
        Entry e;
        e.cls = last_class >= 0 && lang.classes[last_class] == cls ? last_class : lang.class_id(cls);
        if (e.cls < 0) {
            e.cls = static_cast<int>(lang.classes.size());
            lang.classes.emplace_back(cls);
        }
        last_class = e.cls;
        for_each_word(effects, [&](std::string_view effect) {
            auto eq = effect.find('=');
            std::string_view key = effect.substr(0, eq), value = eq == std::string_view::npos ? "" : effect.substr(eq + 1);
            long long x = 0;
            if (key == "num" && parse_long(value, x)) e.num = x;
            else if (key == "ord" && parse_long(value, x)) e.ord = static_cast<int>(x);
            else if (key == "mult") e.mult = true;
            else if (key == "join") e.join = true;
            else if (key == "weak") e.weak = true;
            else if (key == "cap") e.cap = true;
            else if (key == "lower") e.lower = true;
            else if (key == "trim") e.trim = true;
            else if (key == "strong") e.strong = true;
            else if (key == "block") e.block = true;
            else if (key == "counted") e.counted = true;
            else if (key == "stop") e.stop = true;
            else if (key == "clause") e.clause = true;
            else if (key == "published") e.published = true;
            else if (key == "attribution") e.attribution = true;
            else if (key == "person_title") e.person_title = true;
            else if (key == "org_head") e.org_head = true;
            else if (key == "lean_future") e.lean_future = true;
            else if (key == "present") e.present = true;
            else if (key == "since") e.since = true;
            else if (key == "verb") e.verb = true;
            else if (key == "no_hour") e.no_hour = true;
            else if (key == "locative") e.locative = true;
            else if (key == "tense_edge") e.tense_edge = true;
            else if (key == "announce") e.announce = true;
            else if (key == "no_tense") e.no_tense = true;
            else if (key == "reporting") e.reporting = true;
            else if (key == "restates") e.restates = true;
            else if (key == "compares") e.compares = true;
            else if (key == "superlative") e.superlative = true;
            else if (key == "determiner") e.determiner = true;
            else if (key == "frames") e.frames = true;
            else if (key == "indefinite") e.indefinite = true;
            else if (key == "decided") e.decided = true;
            else if (key == "moves") e.moves = true;
            else if (!e.spec.apply(key, value)) fail(lexicon_file, n, "bad effect " + std::string(effect));
        });
        e.token_flags = (e.spec.tense < 0 ? kPast : 0) | (e.spec.tense > 0 ? kFuture : 0) | (e.clause ? kClause : 0) |
                        (e.published ? kPublished : 0) | (e.person_title ? kTitleWord : 0) | (e.org_head ? kOrgHead : 0) |
                        (e.attribution ? kAttribution : 0) | (e.lean_future ? kLeanFuture : 0) | (e.present ? kPresent : 0) | (e.since ? kSince : 0) |
                        (e.trim ? kTrim : 0) | (e.stop ? kStop : 0) | (e.locative ? kLocative : 0) | (e.join ? kJoinWord : 0) |
                        (e.tense_edge ? kTenseEdge : 0) | (e.announce ? kPresentForm : 0) | (e.no_tense ? kNoTense : 0) | (e.reporting ? kReporting : 0) |
                        (e.restates ? kRestates : 0) | (e.compares ? kCompares : 0) | (e.frames ? kFrames : 0) | (e.decided ? kDecided : 0) |
                        (e.superlative ? kSuperlative : 0) | (e.determiner ? kDeterminer : 0) | (e.moves ? kMoves : 0) | kKnown;
        e.no_spec = e.spec == Spec{};
        const auto& toks = surface_tokens(surface);
        if (toks.empty()) fail(lexicon_file, n, "empty surface");
        e.length = static_cast<int>(toks.size());
        int node = WordTrie::kRoot;
        for (std::string_view t : toks) node = lang.trie.add(node, t);
        entry_node.push_back(node);
        lang.entries.push_back(std::move(e));
    });
    // The entries by node: counted, then placed in file order.
    lang.node_entries_begin.assign(lang.trie.nodes() + 1, 0);
    for (int node : entry_node) ++lang.node_entries_begin[node + 1];
    for (size_t k = 1; k < lang.node_entries_begin.size(); ++k) lang.node_entries_begin[k] += lang.node_entries_begin[k - 1];
    lang.node_entries.resize(entry_node.size());
    {
        std::vector<uint32_t> next(lang.node_entries_begin.begin(), lang.node_entries_begin.end() - 1);
        for (size_t e = 0; e < entry_node.size(); ++e) lang.node_entries[next[entry_node[e]]++] = static_cast<int>(e);
    }

    // The classes the patterns name come first, so that the flag-only ones use up no key bit.
    {
        std::vector<char> named(lang.classes.size(), 0);
        for_each_line(patterns, [&](int, std::string_view line) {
            if (auto hash = line.find(" #"); hash != std::string_view::npos) line = line.substr(0, hash);
            bool quoted = false;
            for (size_t i = 0; i < line.size();) {
                if (line[i] == '\'') quoted = !quoted;
                const bool name_char = (line[i] >= 'A' && line[i] <= 'Z') || (line[i] >= '0' && line[i] <= '9') || line[i] == '_';
                if (quoted || !name_char) {
                    ++i;
                    continue;
                }
                size_t j = i;
                while (j < line.size() && ((line[j] >= 'A' && line[j] <= 'Z') || (line[j] >= '0' && line[j] <= '9') || line[j] == '_')) ++j;
                if (const int id = lang.class_id(line.substr(i, j - i)); id >= 0) named[id] = 1;
                i = j;
            }
        });
        std::vector<int> new_id(lang.classes.size());
        std::vector<std::string> reordered;
        for (int pass = 1; pass >= 0; --pass)
            for (size_t c = 0; c < lang.classes.size(); ++c)
                if (named[c] == pass) {
                    new_id[c] = static_cast<int>(reordered.size());
                    reordered.push_back(lang.classes[c]);
                }
        lang.keyed_classes = static_cast<int>(std::count(named.begin(), named.end(), 1));
        lang.classes = std::move(reordered);
        for (Entry& e : lang.entries) e.cls = new_id[e.cls];
    }
    const std::string patterns_file = std::string(code) + "/patterns.txt";
    for_each_line(patterns, [&](int n, std::string_view line) {
        if (auto hash = line.find(" #"); hash != std::string_view::npos) line = line.substr(0, hash);
        PatternParser parser(lang, folder, patterns_file, n);
        Pattern p;
        p.line = n;
        std::string_view body = trim_ws(line);
        if (body.size() > 1 && body.front() == '!' && body[1] == ' ') {
            p.veto = true;
            body.remove_prefix(2);
        } else if (body.size() > 2 && body.substr(0, 3) == "!^ ") {
            p.veto = p.opens_none = true;
            body.remove_prefix(3);
        }
        for_each_word(body, [&](std::string_view w) { p.items.push_back(parser.parse(w)); });
        if (p.items.empty()) return;
        if (std::all_of(p.items.begin(), p.items.end(), [](const Item& i) { return i.optional; }))
            fail(patterns_file, n, "a pattern needs at least one item that is not optional");
        p.uses_timex = std::any_of(p.items.begin(), p.items.end(), uses_timex);
        for (const Item& item : p.items) {
            if (item.optional) continue;
            if (item.kind == Item::Class && item.cls < KeyMask::kNum) p.required.set(item.cls);
            if (item.kind == Item::Num) p.required.set(KeyMask::kNum);
            if (item.kind == Item::Ord) p.required.set(KeyMask::kOrd);
        }
        if (p.veto && p.uses_timex) fail(patterns_file, n, "a veto pattern cannot use <T>");
        lang.patterns.push_back(std::move(p));
    });
    lang.names = load_gazetteer(code, gazetteer, lang.clitics, folder);

    // Index the patterns by the items they can start with (the optional ones up to the first
    // required one), so that each token is tried against a handful of patterns, not all.
    PatternIndex& index = lang.index;
    index.words = (lang.patterns.size() + 63) / 64;
    const PatternIndex::Set empty(index.words, 0);
    index.by_class.assign(lang.classes.size(), empty);
    index.by_num = index.by_ord = index.by_timex = index.over_words = index.over_timexes = empty;
    std::vector<int> class_length(lang.classes.size(), 1);
    int ord_length = 1;
    for (const Entry& e : lang.entries) {
        class_length[e.cls] = std::max(class_length[e.cls], e.length);
        if (e.ord != kUnset) ord_length = std::max(ord_length, e.length);
    }
    std::function<void(Item&)> prepare = [&](Item& item) {
        for (Item& alt : item.alts) prepare(alt);
        KeyMask keys;
        item.keyed = keys_of(item, keys);
        item.keys = keys;
        if (item.kind == Item::Literal) item.literal_hash = WordTrie::hash(item.literal);
    };
    for (Pattern& p : lang.patterns)
        for (Item& item : p.items) prepare(item);
    std::function<void(const Item&, Pattern::Next&)> add_start = [&](const Item& item, Pattern::Next& next) {
        if (item.keyed) next.keys |= item.keys;
        else if (item.kind == Item::Literal) next.literals.push_back(item.literal_hash);
        else if (item.kind == Item::Timex) next.timex_roles |= 1u << static_cast<int>(item.role);
        else if (item.kind == Item::Any) for (const Item& alt : item.alts) add_start(alt, next);
        else next.anything = true;
    };
    for (Pattern& p : lang.patterns) {
        p.next.resize(p.items.size() + 1);
        p.next.back().anything = true;
        for (size_t k = p.items.size(); k-- > 0;) {
            Pattern::Next& next = p.next[k];
            add_start(p.items[k], next);
            if (!p.items[k].optional) continue;
            const Pattern::Next& after = p.next[k + 1];
            next.keys |= after.keys;
            next.literals.insert(next.literals.end(), after.literals.begin(), after.literals.end());
            next.timex_roles |= after.timex_roles;
            next.anything = next.anything || after.anything;
        }
    }
    for (Pattern& p : lang.patterns) {
        int reach = 0;
        for (const Item& item : p.items) {
            if (!item.optional) {
                if (keys_of(item, p.first_keys)) p.lead_reach = reach;
                break;
            }
            const int m = max_tokens(item, class_length, ord_length);
            if (m < 0) break;
            reach += m;
        }
    }
    for (int p = 0; p < static_cast<int>(lang.patterns.size()); ++p) {
        std::function<void(const Item&)> add = [&](const Item& item) {
            auto push = [&](PatternIndex::Set& set) {
                if (set.empty()) set = empty;
                set[p >> 6] |= uint64_t{1} << (p & 63);
            };
            switch (item.kind) {
                case Item::Class: push(lang.index.by_class[item.cls]); break;
                case Item::Num: push(lang.index.by_num); break;
                case Item::Ord: push(lang.index.by_ord); break;
                case Item::Literal: {
                    const int node = index.literals.add(WordTrie::kRoot, item.literal);
                    if (node >= static_cast<int>(index.by_literal.size())) index.by_literal.resize(node + 1);
                    push(index.by_literal[node]);
                    break;
                }
                case Item::Timex: push(lang.index.by_timex); break;
                case Item::Any: for (const Item& alt : item.alts) add(alt); break;
            }
        };
        for (const Item& item : lang.patterns[p].items) {
            add(item);
            if (!item.optional) break;
        }
        PatternIndex::Set& pass = lang.patterns[p].uses_timex ? index.over_timexes : index.over_words;
        pass[p >> 6] |= uint64_t{1} << (p & 63);
    }
    for (const Entry& e : lang.entries) {
        EntryKey k;
        k.cls = static_cast<int16_t>(e.cls);
        k.token_flags = e.token_flags;
        k.marks = (e.cap ? EntryKey::kCap : 0) | (e.lower ? EntryKey::kLower : 0) | (e.verb ? EntryKey::kVerb : 0) |
                  (e.stop ? EntryKey::kStopWord : 0) | (e.weak ? EntryKey::kWeak : 0) | (e.join ? EntryKey::kJoin : 0) |
                  (e.block ? EntryKey::kBlock : 0) | (e.counted ? EntryKey::kCounted : 0) |
                  (e.num != kUnset ? EntryKey::kNumber : 0) | (e.ord != kUnset ? EntryKey::kOrdinal : 0) |
                  (e.indefinite ? EntryKey::kIndefinite : 0);
        const Spec& s = e.spec;
        if (s.year != kUnset || s.month != kUnset || s.day != kUnset || s.weekday != kUnset || s.unit != Unit::None ||
            s.season[0] || s.pod[0] || s.quarter != kUnset || s.half != kUnset || s.easter != kUnset || s.cal || s.hour != kUnset)
            k.marks |= EntryKey::kDateWord;
        lang.entry_keys.push_back(k);
    }
    lang.trie.for_each_child(WordTrie::kRoot, [&](std::string_view surface, int node) {
        for (int e : lang.entries_at(node))
            if (lang.entries[e].spec.mod[0] && surface.size() >= 6) {
                std::u32string cps;
                decode_utf8(surface, cps);
                lang.repairable.emplace_back(std::move(cps), e);
            }
    });
    std::sort(lang.repairable.begin(), lang.repairable.end());
    return lang;
}

}  // namespace tarikh
