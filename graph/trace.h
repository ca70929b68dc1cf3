// Trace and trends: one entity year by year, and what changed between consecutive editions of a
// conference series (or, pooled, between consecutive years).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/knowledge_graph.h"

namespace talkgraph {

struct YearTrace {
  int year = 0;  // 0: documents whose year is unknown
  int mentions = 0;
  std::vector<std::string> events;                       // labels of the events mentioning it that year, sorted
  std::vector<std::string> talks;                        // titles, most mentions first
  std::vector<std::pair<std::string, double>> co_mentioned;  // labels and co_occurs weight that year
  std::optional<Evidence> evidence;                      // the first sentence of that year
};

struct EntityTrace {
  std::string id, label;
  NodeKind type = NodeKind::kNone;
  std::vector<std::string> aliases;
  int mentions = 0;
  std::vector<YearTrace> years;  // ascending, unknown year last
};

EntityTrace trace_entity(const KnowledgeGraph& graph, Vertex entity, size_t top = 5);
nlohmann::json to_json(const EntityTrace& trace);

struct ShareChange {
  std::string id, label;
  int before = 0, after = 0;
  double before_share = 0, after_share = 0;  // of all entity mentions that year
};

struct YearDiff {
  std::string series;  // empty when years are pooled across series
  int from = 0, to = 0;
  std::vector<ShareChange> appeared, disappeared, rose, fell;
};

struct YearTop {
  std::string series;  // empty when years are pooled across series
  int year = 0;
  int mentions = 0;  // all entity mentions of that edition (or year)
  std::vector<ShareChange> top;  // `after` holds the count
};

struct Trends {
  std::vector<YearTop> years;   // by series, then year
  std::vector<YearDiff> diffs;  // between each edition and the series' next one with data
};

// Per edition of each conference series (PyCon KR 2019, PyCon US 2019), the top entities; between an
// edition and the same series' next one, the entities that appeared (none the edition before),
// disappeared, and rose or fell in share of the edition's mentions. Shares, not counts, because one
// edition may have ten reviews and the next two. Comparing PyCon US 2018 with PyCon KR 2019 would
// measure the conferences, not the years. With `pool_series`, all series of a year count as one (the
// series left empty). Mentions of no known year are in neither; reviews that name no event count only
// when series are pooled.
Trends compute_trends(const KnowledgeGraph& graph, size_t top = 10, bool pool_series = false);
nlohmann::json to_json(const Trends& trends);

}  // namespace talkgraph
