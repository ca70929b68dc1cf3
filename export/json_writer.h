// JSON node-link export, as NetworkX's node_link_graph and D3 read it.
//
// Format: {"directed", "multigraph", "graph", "nodes": [...], "links": [...]}.
// Spec: https://networkx.org/documentation/stable/reference/readwrite/generated/networkx.readwrite.json_graph.node_link_data.html
// The edge array's key: "links" by default (D3's convention, NetworkX up to 3.5, Debian 12's 2.8.8),
// "edges" for NetworkX 3.6 and later, or both (the same array twice, so one file loads in every
// version without arguments, at the cost of the largest part of the file written again).
// Not supported: graph-level attributes beyond name and generator; multigraph edge keys (the graph has
// at most one edge of a kind between two nodes, and never two kinds between the same ordered pair).
#pragma once

#include <functional>
#include <ostream>

#include <nlohmann/json.hpp>

#include "graph/knowledge_graph.h"

namespace talkgraph {

// The key (or keys) the edge array is written under: --json-edges.
enum class JsonEdgeKey { kLinks, kEdges, kBoth };
struct JsonOptions {
  JsonEdgeKey key = JsonEdgeKey::kLinks;
};

// Streams the node-link JSON. Attributes come from export/attributes.h, as in every other writer,
// so all formats carry the same data; lists stay arrays and per-year counts stay objects.
void write_json(const KnowledgeGraph& graph, std::ostream& out, const JsonOptions& options = {});

// The same as a JSON value, for tests and small graphs (it holds the whole document in memory).
nlohmann::json to_node_link(const KnowledgeGraph& graph, const JsonOptions& options = {});

// Pieces shared with the Cytoscape.js writer: the graph attributes object, and each node or edge
// object on its own line, wrapped in prefix and suffix, separated by commas.
void write_graph_attributes(const KnowledgeGraph& graph, std::ostream& out);
void write_json_nodes(const KnowledgeGraph& graph, std::ostream& out, std::string_view prefix, std::string_view suffix);
// The same, with each node's suffix appended by suffix(v, text): Cytoscape adds a position to some.
void write_json_nodes(const KnowledgeGraph& graph, std::ostream& out, std::string_view prefix,
                      const std::function<void(Vertex, std::string*)>& suffix);
void write_json_edges(const KnowledgeGraph& graph, std::ostream& out, std::string_view prefix, std::string_view suffix);

}  // namespace talkgraph
