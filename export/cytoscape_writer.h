// Cytoscape.js export: the `elements` JSON that cytoscape({elements}) and web viewers load.
//
// Format: https://js.cytoscape.org/#notation/elements-json — {"elements": {"nodes": [{"data": {...}}],
// "edges": [{"data": {"id", "source", "target", ...}}]}}. Data fields are those of the node-link JSON.
// Not supported: positions (let the viewer lay the graph out), compound nodes, styles.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "graph/knowledge_graph.h"

namespace talkgraph {

nlohmann::json to_cytoscape(const KnowledgeGraph& graph);
void write_cytoscape(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace talkgraph
