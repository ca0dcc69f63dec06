#include "names.hpp"

#include <algorithm>
#include <stdexcept>

namespace tarikh {

int Gazetteer::match(const FoldedText& text, const std::vector<Token>& tokens, int i, int end, int& name) const {
    if (tokens[i].kind != Token::Word) return 0;
    auto walk = [&](int node) {
        int best = 0;
        for (int j = i + 1; node >= 0; ++j) {
            if (name_at[node] >= 0) {
                best = j - i;
                name = name_at[node];
            }
            if (j >= end) break;
            node = trie.child(node, token_text(text, tokens[j]), tokens[j].hash);
        }
        return best;
    };
    if (int n = walk(trie.child(WordTrie::kRoot, token_text(text, tokens[i]), tokens[i].hash))) return n;
    int found = 0;
    clitics.strip(token_text(text, tokens[i]), [&](std::string_view stem) {
        return (found = walk(trie.child(WordTrie::kRoot, stem))) > 0;
    });
    return found;
}

Gazetteer load_gazetteer(std::string_view code, std::string_view tsv, const Clitics& clitics, const Folder& folder) {
    Gazetteer g;
    g.clitics = clitics;
    SurfaceTokenizer surface_tokens(folder);
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
        const auto& toks = surface_tokens(surface);
        if (toks.empty()) continue;
        int node = WordTrie::kRoot;
        for (std::string_view word : toks) node = g.trie.add(node, word);
        if (node >= static_cast<int>(g.name_at.size())) g.name_at.resize(node + 1, -1);
        if (g.name_at[node] < 0) {
            g.name_at[node] = static_cast<int>(g.names.size());
            g.names.push_back({std::string(surface), kind == "place" ? Gazetteer::Place : Gazetteer::Org, std::string(key)});
        }
    }
    g.name_at.resize(g.trie.nodes(), -1);
    return g;
}

}  // namespace tarikh
