// Cytoscape.js export: the `elements` JSON that cytoscape({elements}) and web viewers load.
//
// Format: https://js.cytoscape.org/#notation/elements-json — {"elements": {"nodes": [{"data": {...},
// "position": {"x", "y"}}], "edges": [{"data": {"id", "source", "target", ...}}]}}. Data fields are those
// of the node-link JSON. Every node is written; the nodes of the topic map (export/layout.h, the same
// summary and layout the HTML page draws) carry its position, with y pointing down as in Cytoscape, so
// `layout: {name: 'preset'}` shows the HTML map's picture. The others have no position: run a layout
// on them, or filter on the position's presence. Not supported: compound nodes, styles.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "graph/knowledge_graph.h"

namespace talkgraph {

// `top`: the topic map's --top (0: its default).
nlohmann::json to_cytoscape(const KnowledgeGraph& graph, size_t top = 0);
void write_cytoscape(const KnowledgeGraph& graph, std::ostream& out, size_t top = 0);

}  // namespace talkgraph
