// JSON node-link export, as NetworkX's node_link_graph and D3 read it.
//
// Format: {"directed", "multigraph", "graph", "nodes": [...], "links": [...], "edges": [...]}.
// Spec: https://networkx.org/documentation/stable/reference/readwrite/generated/networkx.readwrite.json_graph.node_link_data.html
// The edge array is written under both "links" (NetworkX <= 3.5, Debian's 2.8) and "edges" (3.6+).
// Not supported: graph-level attributes beyond name and generator; multigraph edge keys (the graph has
// at most one edge of a kind between two nodes, and never two kinds between the same ordered pair).
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "graph/knowledge_graph.h"

namespace talkgraph {

// The graph as a JSON value. Every other writer takes its attributes from here, so all formats
// carry the same data. Lists stay arrays and per-year counts stay objects.
nlohmann::json to_node_link(const KnowledgeGraph& graph);

void write_json(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace talkgraph
