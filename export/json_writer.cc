// Streams the node-link JSON straight from the graph, one node or edge per line: no JSON document
// is built in memory, so writing costs what the output does, whatever the graph's size.
#include "export/json_writer.h"

#include <sstream>

#include <fmt/format.h>

#include "export/attributes.h"
#include "export/chunked_output.h"
#include "export/output_file.h"

namespace talkgraph {

namespace {

// One JSON object from an attribute visitor: for_each(callback) calls callback(name, value).
template <typename ForEach>
void append_object(std::string* out, ForEach&& for_each) {
  out->push_back('{');
  bool first = true;
  for_each([&](std::string_view name, const AttrValue& v) {
    if (!first) out->push_back(',');
    first = false;
    append_json_string(out, name);
    out->push_back(':');
    append_json(out, v);
  });
  out->push_back('}');
}

}  // namespace

void write_graph_attributes(const KnowledgeGraph& kg, std::ostream& out) {
  out << fmt::format("{{\"betweenness\":\"{}\",\"communities\":{},\"generator\":\"talkgraph {}\",\"modularity\":{},"
                     "\"name\":\"talkgraph\"}}",
                     kg.betweenness_exact() ? "exact" : "sampled", kg.communities(), TALKGRAPH_VERSION,
                     number_text(kg.modularity()));
}

void write_json_nodes(const KnowledgeGraph& kg, std::ostream& stream, std::string_view prefix, std::string_view suffix) {
  write_json_nodes(kg, stream, prefix, [&](Vertex, std::string* text) { text->append(suffix); });
}

void write_json_nodes(const KnowledgeGraph& kg, std::ostream& stream, std::string_view prefix,
                      const std::function<void(Vertex, std::string*)>& suffix) {
  const Graph& g = kg.graph();
  ChunkedOutput out(stream);
  bool first = true;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    out << (first ? "\n" : ",\n") << prefix;
    append_object(out.text(), [&](auto&& f) { for_each_node_attribute(g[v], f); });
    suffix(v, out.text());
    out.record_done();
    first = false;
  }
  out.flush();
}

void write_json_edges(const KnowledgeGraph& kg, std::ostream& stream, std::string_view prefix, std::string_view suffix) {
  ChunkedOutput out(stream);
  bool first = true;
  kg.for_each_edge_reading_ahead([&](const Edge e) {
    out << (first ? "\n" : ",\n") << prefix;
    append_object(out.text(), [&](auto&& f) { for_each_edge_attribute(kg, e, f); });
    out << suffix;
    out.record_done();
    first = false;
  });
  out.flush();
}

void write_json(const KnowledgeGraph& kg, std::ostream& out, const JsonOptions& options) {
  out << "{\"directed\":false,\"multigraph\":false,\"graph\":";
  write_graph_attributes(kg, out);
  out << ",\n\"nodes\":[";
  write_json_nodes(kg, out, "", "");
  out << (options.key == JsonEdgeKey::kEdges ? "\n],\n\"edges\":[" : "\n],\n\"links\":[");
  const std::streampos first_begin = out.tellp();
  write_json_edges(kg, out, "", "");
  const std::streampos first_end = out.tellp();
  if (options.key == JsonEdgeKey::kBoth) {
    // Into a file, the kernel copies the bytes just written instead of formatting them again.
    out << "\n],\n\"edges\":[";
    if (!repeat_output(out, first_begin, first_end)) write_json_edges(kg, out, "", "");
  }
  out << "\n]}\n";
}

nlohmann::json to_node_link(const KnowledgeGraph& graph, const JsonOptions& options) {
  std::ostringstream out;
  write_json(graph, out, options);
  return nlohmann::json::parse(out.str());
}

}  // namespace talkgraph
