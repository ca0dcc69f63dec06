#include "timeline_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tarikh::web {

std::vector<Lane> make_lanes(const Model& model, LaneMode mode) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<Lane> lanes;
    if (mode == LaneMode::Article) {
        for (size_t d = 0; d < model.docs.size(); ++d)
            lanes.push_back({model.docs[d], static_cast<int>(d), model.doc_dct[d], {}, 0});
    } else {
        for (const std::string& actor : model.actors) lanes.push_back({actor, -1, nan, {}, 0});
        lanes.push_back({"No actor named", -1, nan, {}, 0});
    }
    for (size_t i = 0; i < model.entries.size(); ++i) {
        const Entry& e = model.entries[i];
        size_t lane = mode == LaneMode::Article ? static_cast<size_t>(e.doc())
                                                : (e.actor >= 0 ? static_cast<size_t>(e.actor) : lanes.size() - 1);
        if (lane >= lanes.size()) continue;
        lanes[lane].entries.push_back(static_cast<int>(i));
        lanes[lane].max_length = std::max(lanes[lane].max_length, e.end - e.start);
    }
    std::erase_if(lanes, [](const Lane& l) { return l.entries.empty(); });
    return lanes;
}

namespace {

// The lane's entries that overlap the view: binary search on start (entries are sorted by it),
// reaching back by the longest entry so that a long span that began earlier is kept.
std::vector<int> visible_entries(const Model& model, const Lane& lane, const TimelineView& view) {
    const double lo = view.lo(), hi = view.hi();
    auto first = std::lower_bound(lane.entries.begin(), lane.entries.end(), lo - lane.max_length,
                                  [&](int i, double day) { return model.entries[i].start < day; });
    std::vector<int> out;
    for (auto it = first; it != lane.entries.end() && model.entries[*it].start <= hi; ++it)
        if (model.entries[*it].end >= lo) out.push_back(*it);
    return out;
}

}  // namespace

void layout_lane(const Model& model, const Lane& lane, const TimelineView& view, int rows, const LayoutMetrics& m,
                 const std::function<float(const Item&)>& label_width, LaneLayout& out) {
    out.items.clear();
    out.members.clear();
    const std::vector<int> visible = visible_entries(model, lane, view);

    // Clusters: short entries whose centres fall in the same bucket of `cluster_px` pixels, when
    // there are more of them than rows to stack them in. Buckets are fixed in time (not in
    // pixels), so clusters stay put while panning and split as the zoom grows.
    const double bucket_days = m.cluster_px / view.px_per_day();
    std::vector<std::pair<double, int>> short_ones;  // (bucket, entry)
    for (int i : visible) {
        const Entry& e = model.entries[i];
        const float x0 = view.x_of(e.start), x1 = view.x_of(e.end);
        if (x1 - x0 < m.cluster_px) short_ones.push_back({std::floor(e.center() / bucket_days), i});
        else out.items.push_back({i, 0, 1, x0, x1});
    }
    std::stable_sort(short_ones.begin(), short_ones.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t a = 0; a < short_ones.size();) {
        size_t b = a;
        while (b < short_ones.size() && short_ones[b].first == short_ones[a].first) ++b;
        const auto bounds = [&](size_t k) {
            const Entry& e = model.entries[short_ones[k].second];
            return std::pair{view.x_of(e.start), view.x_of(e.end)};
        };
        if (static_cast<int>(b - a) > rows) {
            Item cluster{-1, static_cast<int>(out.members.size()), static_cast<int>(b - a),
                         std::numeric_limits<float>::max(), std::numeric_limits<float>::lowest()};
            for (size_t k = a; k < b; ++k) {
                const auto [x0, x1] = bounds(k);
                cluster.x0 = std::min(cluster.x0, x0);
                cluster.x1 = std::max(cluster.x1, x1);
                out.members.push_back(short_ones[k].second);
            }
            out.items.push_back(cluster);
        } else {
            for (size_t k = a; k < b; ++k) {
                const auto [x0, x1] = bounds(k);
                out.items.push_back({short_ones[k].second, 0, 1, x0, x1});
            }
        }
        a = b;
    }

    // Rows: each item goes to the first row that is free at its start, label included; failing
    // that, to a row where it fits if the previous label there is cut short; failing that, to
    // the lane's baseline without a label. Labels therefore never overlap.
    std::stable_sort(out.items.begin(), out.items.end(), [](const Item& a, const Item& b) { return a.x0 < b.x0; });
    std::vector<float> label_end(rows, std::numeric_limits<float>::lowest());
    std::vector<float> marker_end(rows, std::numeric_limits<float>::lowest());
    std::vector<int> last(rows, -1);
    for (size_t k = 0; k < out.items.size(); ++k) {
        Item& item = out.items[k];
        const float start = item.x0 - m.marker / 2;
        int row = -1;
        for (int r = 0; r < rows && row < 0; ++r)
            if (label_end[r] + m.gap <= start) row = r;
        for (int r = 0; r < rows && row < 0; ++r) {
            if (last[r] < 0 || marker_end[r] + m.gap > start) continue;
            Item& previous = out.items[static_cast<size_t>(last[r])];
            previous.label_room = std::max(0.0f, start - m.gap - previous.label_x);
            row = r;
        }
        if (row < 0) continue;
        item.row = row;
        item.label_x = std::max(start, m.view_left);
        item.label_room = label_width(item);
        marker_end[row] = std::max(item.x1, item.x0 + m.marker / 2);
        label_end[row] = std::max(marker_end[row], item.label_x + item.label_room);
        last[row] = static_cast<int>(k);
    }
    for (Item& item : out.items)
        if (item.label_room < m.min_label) item.label_room = 0;
}

}  // namespace tarikh::web
