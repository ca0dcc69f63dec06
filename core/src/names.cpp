#include "names.hpp"

#include <algorithm>
#include <stdexcept>

namespace tarikh {
namespace {

int child(const std::vector<NameTrieNode>& trie, int node, std::string_view token) {
    for (const auto& [t, n] : trie[node].next)
        if (t == token) return n;
    return -1;
}

}  // namespace

int Gazetteer::match(const FoldedText& text, const std::vector<Token>& tokens, int i, int end, int& name) const {
    if (tokens[i].kind != Token::Word) return 0;
    // The root has thousands of children: look the first word up by binary search.
    auto first = [&](std::string_view w) {
        const auto& root = trie[0].next;
        auto it = std::lower_bound(root.begin(), root.end(), w, [](const auto& e, std::string_view x) { return e.first < x; });
        return it != root.end() && it->first == w ? it->second : -1;
    };
    auto walk = [&](int node) {
        int best = 0;
        for (int j = i + 1;; ++j) {
            if (trie[node].name >= 0) {
                best = j - i;
                name = trie[node].name;
            }
            if (j >= end) break;
            node = child(trie, node, token_text(text, tokens[j]));
            if (node < 0) break;
        }
        return best;
    };
    std::string_view word = token_text(text, tokens[i]);
    if (int node = first(word); node >= 0)
        if (int n = walk(node)) return n;
    int found = 0;
    clitics.strip(word, [&](std::string_view stem) {
        int node = first(stem);
        return node >= 0 && (found = walk(node)) > 0;
    });
    return found;
}

Gazetteer load_gazetteer(std::string_view code, std::string_view tsv, const Clitics& clitics, const Folder& folder) {
    Gazetteer g;
    g.clitics = clitics;
    int line_no = 0;
    size_t start = 0;
    while (start <= tsv.size()) {
        size_t nl = tsv.find('\n', start);
        std::string_view line = tsv.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        start = nl == std::string_view::npos ? tsv.size() + 1 : nl + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        size_t tab = line.find('\t'), tab2 = tab == std::string_view::npos ? tab : line.find('\t', tab + 1);
        std::string_view surface = line.substr(0, tab);
        std::string_view kind = tab == std::string_view::npos ? "" : line.substr(tab + 1, tab2 == std::string_view::npos ? tab2 : tab2 - tab - 1);
        std::string_view key = tab2 == std::string_view::npos ? surface : line.substr(tab2 + 1);
        if (kind != "place" && kind != "org")
            throw std::runtime_error(std::string(code) + "/gazetteer.tsv:" + std::to_string(line_no) + ": expected surface<TAB>place|org");
        std::vector<std::string> toks = folded_tokens(surface, folder);
        if (toks.empty()) continue;
        int node = 0;
        for (std::string& word : toks) {
            int next = child(g.trie, node, word);
            if (next < 0) {
                next = static_cast<int>(g.trie.size());
                g.trie[node].next.emplace_back(std::move(word), next);
                g.trie.emplace_back();
            }
            node = next;
        }
        if (g.trie[node].name < 0) {
            g.trie[node].name = static_cast<int>(g.names.size());
            g.names.push_back({std::string(surface), kind == "place" ? Gazetteer::Place : Gazetteer::Org, std::string(key)});
        }
    }
    std::sort(g.trie[0].next.begin(), g.trie[0].next.end());
    return g;
}

}  // namespace tarikh
