#include "export/cytoscape_writer.h"

#include "export/json_writer.h"

namespace talkgraph {

nlohmann::json to_cytoscape(const KnowledgeGraph& graph) {
  nlohmann::json nl = to_node_link(graph);
  nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
  for (auto& n : nl["nodes"]) nodes.push_back({{"data", std::move(n)}});
  for (auto& e : nl["edges"]) edges.push_back({{"data", std::move(e)}});
  return {{"elements", {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}}}, {"data", nl["graph"]}};
}

void write_cytoscape(const KnowledgeGraph& graph, std::ostream& out) {
  out << to_cytoscape(graph).dump(1, ' ', false, nlohmann::json::error_handler_t::strict) << '\n';
}

}  // namespace talkgraph
