#include "export/cytoscape_writer.h"

#include <iterator>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>

#include "export/json_writer.h"
#include "export/layout.h"

namespace talkgraph {

namespace {

// The nodes as {"data": {...}} in graph order, with the map's position on those it draws.
void write_nodes(const KnowledgeGraph& kg, std::ostream& out, size_t top) {
  std::unordered_map<Vertex, Point> positions;
  for (const MapNode& m : choose_topic_map(kg, top).nodes) positions[m.vertex] = m.position;
  write_json_nodes(kg, out, "{\"data\":", [&](Vertex v, std::string* text) {
    if (auto p = positions.find(v); p != positions.end()) {
      // Sigma's y axis points up, Cytoscape's down.
      fmt::format_to(std::back_inserter(*text), ",\"position\":{{\"x\":{},\"y\":{}}}", p->second.x,
                     p->second.y == 0 ? 0.0 : -p->second.y);
    }
    text->push_back('}');
  });
}

}  // namespace

void write_cytoscape(const KnowledgeGraph& graph, std::ostream& out, size_t top) {
  out << "{\"data\":";
  write_graph_attributes(graph, out);
  out << ",\n\"elements\":{\"nodes\":[";
  write_nodes(graph, out, top);
  out << "\n],\"edges\":[";
  write_json_edges(graph, out, "{\"data\":", "}");
  out << "\n]}}\n";
}

nlohmann::json to_cytoscape(const KnowledgeGraph& graph, size_t top) {
  std::ostringstream out;
  write_cytoscape(graph, out, top);
  return nlohmann::json::parse(out.str());
}

}  // namespace talkgraph
