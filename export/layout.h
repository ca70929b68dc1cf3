// The topic map: which nodes a drawn map shows, how large, and where. The HTML page draws it and the
// Cytoscape export carries the same positions, so both are computed here, once, the same way.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.h"

namespace talkgraph {

struct Point {
  double x = 0, y = 0;
};

// How many nodes of each kind a map shows by default: about what a 1400x900 window labels legibly.
// `--top N` asks for N entities (and talks and events in proportion).
constexpr size_t kMapEntities = 100;

struct MapNode {
  Vertex vertex = 0;
  double radius = 0;  // in layout units: a disc of this radius around `position` overlaps no other node's
  Point position;
  bool label = false;  // among the most important: its label is always drawn
};

struct TopicMap {
  std::vector<MapNode> nodes;  // most important first (the order labels are given in)
  size_t entities = 0, talks = 0, events = 0;  // how many of each were chosen
};

// The summary a map shows: the `top` entities with the most mentions (kMapEntities when 0), the talks
// the most reviews cover, then the most entities, and the events most reviewed. Documents never: the
// reviews are listed in the talks' panels. Positions come from summary_layout; all of it is
// deterministic (no random numbers, no threads).
TopicMap choose_topic_map(const KnowledgeGraph& graph, size_t top = 0);

struct LayoutEdge {
  size_t a = 0, b = 0;
  double weight = 1;
};

// Positions for nodes of the given radii (most important first) joined by weighted edges: a
// force-directed layout whose repulsion only looks at neighbouring cells of a grid, for a bounded
// number of iterations, so its cost grows with n rather than n^2; then discs that still overlap are
// pushed apart until every two nodes are at least `gap` apart, edge to edge. Starting positions lie on
// a sunflower spiral in the given order, so the largest nodes start in the middle. Coordinates are
// rounded to 0.01: the output's bytes do not depend on the last bits of floating point.
std::vector<Point> summary_layout(const std::vector<double>& radii, const std::vector<LayoutEdge>& edges, double gap = 3);

}  // namespace talkgraph
