// The language folders as the engine loads them: budgets the matcher relies on.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "embedded_lang.hpp"
#include "language.hpp"
#include "text.hpp"

using namespace tarikh;

namespace {

// The files of each embedded language folder, by code and file name.
std::map<std::string, std::map<std::string, std::string_view>> folders() {
    std::map<std::string, std::map<std::string, std::string_view>> out;
    for (const EmbeddedFile& f : embedded_lang_files()) {
        const size_t slash = f.path.find('/');
        out[std::string(f.path.substr(0, slash))][std::string(f.path.substr(slash + 1))] = f.content;
    }
    return out;
}

}  // namespace

TEST_CASE("the classes a language's patterns name fit in a key mask", "[language]") {
    // Past KeyMask::kNum classes the candidate memo and the class pre-checks are switched off:
    // extraction stays right but gets several times slower. Classes that only carry flags
    // ("SAYING", "TENSE") take no bit, however many there are.
    const Folder folder;
    for (auto& [code, files] : folders()) {
        INFO("language " << code);
        const Language lang = load_language(code, files["language.txt"], files["lexicon.tsv"], files["patterns.txt"],
                                            files["gazetteer.tsv"], folder);
        CHECK(lang.keyed_classes > 0);
        CHECK(lang.keyed_classes <= KeyMask::kNum);
        CHECK(static_cast<size_t>(lang.keyed_classes) <= lang.classes.size());
        // The named classes come first: every pattern item's class is one of them.
        for (const Pattern& p : lang.patterns)
            for (const Item& item : p.items)
                if (item.kind == Item::Class) CHECK(item.cls < lang.keyed_classes);
    }
}
