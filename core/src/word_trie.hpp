// WordTrie: a trie whose edges are whole words (folded tokens), for the lexicon, the gazetteer
// and the patterns' literal words.
//
// All edges of all nodes live in one open-addressing table keyed by (node, word), so that a
// step is one probe. A token's word hash is computed once, when the text is tokenised
// (Token::hash), and every trie of every language reuses it: a word is never hashed twice.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tarikh {

class WordTrie {
public:
    static constexpr int kRoot = 0;

    // The hash of a word, as Token::hash holds it.
    static uint64_t hash(std::string_view word) {
        uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a: words are short, a byte loop is enough
        for (unsigned char c : word) h = (h ^ c) * 0x100000001b3ull;
        return h;
    }

    // The child of `node` along `word`, created when missing.
    int add(int node, std::string_view word);
    // The child of `node` along `word` (whose hash is `h`), or -1.
    int child(int node, std::string_view word, uint64_t h) const {
        if (!has_children_[node]) return -1;  // most walks end at a leaf: no probe there
        if (node == kRoot && !(root_hashes_[h >> (64 - kRootBits + 6)] >> (h & 63) & 1)) return -1;  // most words start nothing
        const uint64_t key = mix(node, h);
        for (size_t s = key & mask_;; s = (s + 1) & mask_) {
            const Edge& e = slots_[s];
            if (e.child < 0) return -1;
            if (e.key == key && e.parent == node && e.length == word.size() && same_bytes(words_.data() + e.word, word))
                return e.child;
        }
    }
    int child(int node, std::string_view word) const { return child(node, word, hash(word)); }
    int nodes() const { return nodes_; }

    // Calls f(word, child) for each edge out of `node` (in no particular order).
    template <class F>
    void for_each_child(int node, F f) const {
        for (const Edge& e : slots_)
            if (e.child >= 0 && e.parent == node) f(std::string_view(words_).substr(e.word, e.length), e.child);
    }

private:
    struct Edge {
        uint64_t key = 0;
        int32_t parent = -1, child = -1;  // child -1: an empty slot
        uint32_t word = 0, length = 0;    // the word's bytes in words_
    };
    // A byte loop: words are short, and a call to memcmp costs more than comparing them.
    static bool same_bytes(const char* stored, std::string_view word) {
        for (size_t k = 0; k < word.size(); ++k)
            if (stored[k] != word[k]) return false;
        return true;
    }
    static uint64_t mix(int node, uint64_t h) {
        uint64_t k = h ^ (static_cast<uint64_t>(node) * 0x9e3779b97f4a7c15ull);
        return k ^ (k >> 29);
    }
    void grow();

    std::vector<Edge> slots_;  // a power of two, at most half full
    size_t mask_ = 0, used_ = 0;
    std::string words_;        // every edge's word, back to back
    int nodes_ = 1;            // the root
    std::vector<uint8_t> has_children_ = std::vector<uint8_t>(1, 0);  // per node
    // A bit per root word, picked by its hash (a Bloom filter of one function): a word whose
    // bit is clear starts no edge, which one load tells where a probe takes a few.
    static constexpr int kRootBits = 15;
    std::vector<uint64_t> root_hashes_ = std::vector<uint64_t>(size_t{1} << kRootBits >> 6, 0);
};

}  // namespace tarikh
