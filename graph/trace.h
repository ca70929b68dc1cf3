// Trace and trends: one entity year by year, and what changed between consecutive years.
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
  std::vector<std::string> talks;                        // titles, most mentions first
  std::vector<std::pair<std::string, double>> co_mentioned;  // labels and co_occurs weight that year
  std::optional<Evidence> evidence;                      // the first sentence of that year
};

struct EntityTrace {
  std::string id, label, type;
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
  int from = 0, to = 0;
  std::vector<ShareChange> appeared, disappeared, rose, fell;
};

struct YearTop {
  int year = 0;
  int mentions = 0;  // all entity mentions that year
  std::vector<ShareChange> top;  // `after` holds the count
};

struct Trends {
  std::vector<YearTop> years;
  std::vector<YearDiff> diffs;  // between each year and the next one with data
};

// Per known year, the top entities; between consecutive years, the entities that appeared (none the
// year before), disappeared, and rose or fell in share of that year's mentions. Shares, not counts,
// because one year may have ten reviews and the next two.
Trends compute_trends(const KnowledgeGraph& graph, size_t top = 10);
nlohmann::json to_json(const Trends& trends);

}  // namespace talkgraph
