// YearWeights: a small sorted map from year to weight, compact enough for millions of edges.
#pragma once

#include <algorithm>
#include <stdexcept>
#include <utility>
#include <vector>

#include "extract/extraction.h"

namespace talkgraph {

// Per-year counts and weights keep what has no known year under kUnknownYear (extract/extraction.h),
// so that the parts add up to the whole (a node's `mentions`, an edge's `weight`). Writers name it
// "unknown" and put it last; it is never a year on a timeline.

// Most edges hold one to three years; a sorted vector costs 16 bytes a year where std::map costs 48,
// and a lookup reads one block where a tree follows a pointer per level.
template <typename Value>
class YearMap {
 public:
  using value_type = std::pair<int, Value>;
  Value& operator[](int year) {
    auto it = std::lower_bound(items_.begin(), items_.end(), year, [](const value_type& v, int y) { return v.first < y; });
    if (it == items_.end() || it->first != year) it = items_.insert(it, {year, Value{}});
    return it->second;
  }
  Value at(int year) const {
    auto it = std::lower_bound(items_.begin(), items_.end(), year, [](const value_type& v, int y) { return v.first < y; });
    if (it == items_.end() || it->first != year) throw std::out_of_range("year");
    return it->second;
  }
  auto begin() const { return items_.begin(); }
  const value_type* data() const { return items_.data(); }
  auto end() const { return items_.end(); }
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  bool operator==(const YearMap&) const = default;
  // Asks the CPU for the items ahead of a lookup (GraphBuilder fetches many edges' data at once).
  void prefetch() const { __builtin_prefetch(items_.data()); }

 private:
  std::vector<value_type> items_;
};

using YearWeights = YearMap<double>;
using YearCounts = YearMap<int>;

// An edge's weight per year as readers see it: a co_occurs edge's own YearWeights, or the one year of
// a mentions edge, whose source (a talk, a review or an event) has one year, so that all of the
// edge's weight is that year's and a map per edge would only repeat it (KnowledgeGraph::weight_by_year).
class YearWeightsView {
 public:
  using value_type = YearWeights::value_type;
  YearWeightsView() = default;
  explicit YearWeightsView(const YearWeights* map) : map_(map) {}
  YearWeightsView(int year, double weight) : single_{year, weight}, single_set_(true) {}
  // Pointers made on each call, never stored, so that a copied view reads its own single year.
  const value_type* begin() const { return single_set_ ? &single_ : map_ != nullptr ? map_->data() : nullptr; }
  const value_type* end() const { return begin() + size(); }
  size_t size() const { return single_set_ ? 1 : map_ != nullptr ? map_->size() : 0; }
  bool empty() const { return size() == 0; }

 private:
  const YearWeights* map_ = nullptr;
  value_type single_{};
  bool single_set_ = false;
};

}  // namespace talkgraph
