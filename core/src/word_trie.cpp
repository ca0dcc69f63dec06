#include "word_trie.hpp"

namespace tarikh {

int WordTrie::add(int node, std::string_view word) {
    const uint64_t h = hash(word);
    if (int c = child(node, word, h); c >= 0) return c;
    if (2 * (used_ + 1) > slots_.size()) grow();
    Edge e;
    e.key = mix(node, h);
    e.parent = node;
    e.child = nodes_++;
    has_children_[node] = 1;
    if (node == kRoot) root_hashes_[h >> (64 - kRootBits + 6)] |= uint64_t{1} << (h & 63);
    has_children_.push_back(0);
    e.word = static_cast<uint32_t>(words_.size());
    e.length = static_cast<uint32_t>(word.size());
    words_.append(word);
    size_t s = e.key & mask_;
    while (slots_[s].child >= 0) s = (s + 1) & mask_;
    slots_[s] = e;
    ++used_;
    return e.child;
}

void WordTrie::grow() {
    std::vector<Edge> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Edge{});
    mask_ = slots_.size() - 1;
    for (const Edge& e : old) {
        if (e.child < 0) continue;
        size_t s = e.key & mask_;
        while (slots_[s].child >= 0) s = (s + 1) & mask_;
        slots_[s] = e;
    }
}

}  // namespace tarikh
