#include "export/cytoscape_writer.h"

#include <sstream>

#include "export/json_writer.h"

namespace talkgraph {

void write_cytoscape(const KnowledgeGraph& graph, std::ostream& out) {
  out << "{\"data\":";
  write_graph_attributes(graph, out);
  out << ",\n\"elements\":{\"nodes\":[";
  write_json_nodes(graph, out, "{\"data\":", "}");
  out << "\n],\"edges\":[";
  write_json_edges(graph, out, "{\"data\":", "}");
  out << "\n]}}\n";
}

nlohmann::json to_cytoscape(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_cytoscape(graph, out);
  return nlohmann::json::parse(out.str());
}

}  // namespace talkgraph
