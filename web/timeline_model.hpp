// What the canvas shows: the timeline entries of the current result, reduced by the page
// (web/ui/canvas.js) to what drawing needs, and their dates turned into day numbers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tarikh::web {

// How an entry is drawn (issue 5: a day is a point, a week or a month a bar spanning it,
// a range "from March 3 to March 6" a span with end caps).
enum class Mark { Point, Bar, Span };

// The part of its period a START/MID/END date covers ("early February"), drawn solid with soft
// edges over the whole period; BEFORE/AFTER open the period on one side.
enum class Part { Whole, Start, Mid, End, Before, After };

struct Entry {
    int key = 0;                  // index in the result's timeline (how the page names it)
    double start = 0, end = 0;    // [start, end) in days since 1970-01-01
    Mark mark = Mark::Point;
    Part part = Part::Whole;
    bool approximate = false;
    std::string title;            // logical order; labels.hpp shapes it
    std::string value, written, granularity;
    std::vector<int> docs;        // the source articles (merged entries have several)
    int actor = -1;               // index into Model::actors, -1 = none named

    double center() const { return (start + end) / 2; }
    int doc() const { return docs.empty() ? 0 : docs.front(); }
};

struct Model {
    std::vector<Entry> entries;     // dated entries only, sorted by start
    std::vector<std::string> docs;  // article names, by document index
    std::vector<double> doc_dct;    // publication day per article, NaN when unknown
    std::vector<std::string> actors;
    double lo = 0, hi = 0;          // the extent of all entries
    double max_length = 0;          // the longest entry, in days (for culling by start)

    int find(int key) const;        // position of the entry with that key, -1 if none
};

// Parses the page's view model (web/ui/canvas.js writes it): one line per article, then one per
// timeline entry, fields separated by tabs (the page turns tabs and line breaks inside texts into
// spaces). A line-based text rather than JSON: 5 000 entries are read in a few milliseconds, on
// the page's thread.
//   D <name> <dct>
//   E <key> <title> <value> <start> <end> <granularity> <mod> <approximate 0|1> <written> <docs: 0,2> <actor>
// Undated entries are left out.
Model parse_model(std::string_view text);

}  // namespace tarikh::web
