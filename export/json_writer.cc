// Streams the node-link JSON straight from the graph, one node or edge per line: no JSON document
// is built in memory, so writing costs what the output does, whatever the graph's size.
#include "export/json_writer.h"

#include <sstream>

#include <fmt/format.h>

#include "export/attributes.h"

namespace talkgraph {

namespace {

// One JSON object from an attribute visitor: for_each(callback) calls callback(name, value).
template <typename ForEach>
std::string object_line(ForEach&& for_each) {
  std::string line = "{";
  bool first = true;
  for_each([&](std::string_view name, const AttrValue& v) {
    if (!first) line += ",";
    first = false;
    append_json_string(&line, name);
    line += ":";
    append_json(&line, v);
  });
  line += "}";
  return line;
}

std::string node_line(const NodeProps& n) {
  return object_line([&](auto&& f) { for_each_node_attribute(n, f); });
}

std::string edge_line(const KnowledgeGraph& kg, Edge e) {
  return object_line([&](auto&& f) { for_each_edge_attribute(kg, e, f); });
}

}  // namespace

void write_graph_attributes(const KnowledgeGraph& kg, std::ostream& out) {
  out << fmt::format("{{\"betweenness\":\"{}\",\"communities\":{},\"generator\":\"talkgraph {}\",\"modularity\":{},"
                     "\"name\":\"talkgraph\"}}",
                     kg.betweenness_exact() ? "exact" : "sampled", kg.communities(), TALKGRAPH_VERSION,
                     number_text(kg.modularity()));
}

void write_json_nodes(const KnowledgeGraph& kg, std::ostream& out, std::string_view prefix, std::string_view suffix) {
  const Graph& g = kg.graph();
  bool first = true;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    out << (first ? "\n" : ",\n") << prefix << node_line(g[v]) << suffix;
    first = false;
  }
}

void write_json_edges(const KnowledgeGraph& kg, std::ostream& out, std::string_view prefix, std::string_view suffix) {
  bool first = true;
  for (Edge e : kg.ordered_edges()) {
    out << (first ? "\n" : ",\n") << prefix << edge_line(kg, e) << suffix;
    first = false;
  }
}

void write_json(const KnowledgeGraph& kg, std::ostream& out) {
  out << "{\"directed\":true,\"multigraph\":false,\"graph\":";
  write_graph_attributes(kg, out);
  out << ",\n\"nodes\":[";
  write_json_nodes(kg, out, "", "");
  out << "\n],\n\"links\":[";
  write_json_edges(kg, out, "", "");
  out << "\n],\n\"edges\":[";
  write_json_edges(kg, out, "", "");
  out << "\n]}\n";
}

nlohmann::json to_node_link(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_json(graph, out);
  return nlohmann::json::parse(out.str());
}

}  // namespace talkgraph
