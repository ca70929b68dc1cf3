// GEXF export, with time, for Gephi's timeline.
//
// Spec: https://gexf.net (GEXF 1.3, whose RelaxNG schema is normative; 1.2draft for older readers).
// The graph is dynamic with integer years (timeformat="integer") and undirected, as co-occurrence is;
// structural edges keep their direction in source and target, named by their `type` (docs/graph.md).
// Every node and edge carries the spells of the known years it was mentioned in (each with start and
// end, inclusive). Per-year values sit in a dynamic attributes block: edges' weight per year as the
// attribute titled "weight", entity nodes' mentions per year as "mentions_in_year". Every other
// attribute is static, in a static block, as in the JSON export (lists joined with '|' as in
// GraphML): Gephi then partitions and ranks by them. The static block comes last in each class,
// because graphology reads only the last block of a class (it needs allowUndeclaredAttributes for
// the per-year values). viz:size grows with mentions, viz:color follows type or topic community.
//
// What has no known year (an undated review's document, talks and event; an entity or edge seen only
// in undated reviews) has no place on a timeline: an element without spells would show at every
// time. It is left out by default and counted (undated_elements); GexfOptions::keep_undated writes
// it without spells. GraphML and JSON always hold the whole graph.
// Not supported: hierarchy, phylogeny, positions, list types (lists are joined strings).
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace talkgraph {

enum class GexfVersion { k13, k12 };

struct GexfOptions {
  GexfVersion version = GexfVersion::k13;  // 1.2draft for NetworkX before 3.6
  bool color_by_community = false;
  bool keep_undated = false;  // write elements with no known year, without spells (shown at every time)
};

void write_gexf(const KnowledgeGraph& graph, std::ostream& out, const GexfOptions& options = {});

// The nodes and edges of no known year, which write_gexf leaves out unless keep_undated. An edge
// counts when it has no known year or one of its ends has none.
struct UndatedElements {
  size_t nodes = 0;
  size_t edges = 0;
};
UndatedElements undated_elements(const KnowledgeGraph& graph);

}  // namespace talkgraph
