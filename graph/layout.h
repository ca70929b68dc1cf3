// Layout: node positions for drawn maps, computed ahead of time so a page opens already readable.
#pragma once

#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"

namespace talkgraph {

struct Point {
  double x = 0, y = 0;
};

// Fruchterman-Reingold force-directed layout (Boost.Graph, grid-approximated repulsion, so it scales
// to thousands of nodes) over `nodes` and every edge of the graph between two of them. Starting
// positions come from a fixed seed: the same graph always gets the same picture. Coordinates fall in
// [-1, 1].
std::unordered_map<Vertex, Point> force_layout(const KnowledgeGraph& graph, const std::vector<Vertex>& nodes,
                                               unsigned seed = 7);

}  // namespace talkgraph
