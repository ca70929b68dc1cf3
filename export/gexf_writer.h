// GEXF export, with time, for Gephi's timeline.
//
// Spec: https://gexf.net (GEXF 1.3, whose RelaxNG schema is normative; 1.2draft for older readers).
// The graph is dynamic with integer years (timeformat="integer"): every node and edge carries the spells
// of the years it was mentioned in (each with start and end, inclusive), edges carry their weight per
// year as the dynamic attribute titled "weight", entity nodes their mentions per year as
// "mentions_in_year". Static attributes are those of the JSON export, lists joined with '|' as in
// GraphML. viz:size grows with mentions, viz:color follows type or topic community.
// One <attributes> block per class, because graphology keeps only the last one.
// Not supported: hierarchy, phylogeny, positions, list types (lists are joined strings).
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace talkgraph {

enum class GexfVersion { k13, k12 };

struct GexfOptions {
  GexfVersion version = GexfVersion::k13;  // 1.2draft for NetworkX before 3.6
  bool color_by_community = false;
};

void write_gexf(const KnowledgeGraph& graph, std::ostream& out, const GexfOptions& options = {});

}  // namespace talkgraph
