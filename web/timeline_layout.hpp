// Where each entry goes on the canvas: lanes (one per article, or one per actor), rows inside a
// lane, clusters where the entries are too dense to tell apart at this zoom, and the room each
// label gets so that no two labels overlap. Recomputed every frame for the visible span only,
// so 10 000 entries cost what the few hundred on screen cost.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "timeline_model.hpp"
#include "timeline_view.hpp"

namespace tarikh::web {

enum class LaneMode { Article, Actor };

struct Lane {
    std::string name;          // logical order (the canvas shapes it)
    int doc = 0;               // the article whose colour the lane takes (-1: mixed)
    double dct;                // the article's publication day (NaN: none or mixed)
    std::vector<int> entries;  // positions in Model::entries, sorted by start
    double max_length = 0;     // the longest entry in days, to cull by start
};

std::vector<Lane> make_lanes(const Model& model, LaneMode mode);

struct Item {
    int entry = -1;             // position in Model::entries; -1 for a cluster
    int first = 0, count = 1;   // a cluster's entries: LaneLayout::members[first .. first+count)
    float x0 = 0, x1 = 0;       // the marker's extent on screen
    int row = -1;               // -1: no room, drawn as a tick on the lane's baseline
    float label_x = 0, label_room = 0;  // where the label starts and how wide it may be
};

struct LaneLayout {
    std::vector<Item> items;
    std::vector<int> members;  // clustered entries, grouped by cluster
};

struct LayoutMetrics {
    float marker = 10;        // the narrowest a marker is drawn
    float gap = 8;            // between neighbours in a row
    float min_label = 28;     // less room than this: no label
    float cluster_px = 14;    // entries closer than this (centre to centre) may cluster
    float view_left = 0;      // labels of entries that begin off-screen start here
};

// Lays out the lane's visible entries in `rows` rows. `label_width(item)`: how wide the item's
// full label would be (an entry's title, a cluster's "12 events").
void layout_lane(const Model& model, const Lane& lane, const TimelineView& view, int rows, const LayoutMetrics& m,
                 const std::function<float(const Item&)>& label_width, LaneLayout& out);

}  // namespace tarikh::web
