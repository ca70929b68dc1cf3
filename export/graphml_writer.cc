// The GraphML writer streams from the graph through the attribute visitor (export/attributes.h), so
// GraphML carries exactly the attributes JSON does; keys are declared from the fixed attribute specs.
#include "export/graphml_writer.h"

#include <fmt/format.h>

#include "export/attributes.h"
#include "export/xml_text.h"

namespace talkgraph {

void write_graphml(const KnowledgeGraph& kg, std::ostream& out) {
  const Graph& g = kg.graph();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n";
  for (const AttrSpec& a : node_attribute_specs()) {
    out << fmt::format("  <key id=\"n_{0}\" for=\"node\" attr.name=\"{0}\" attr.type=\"{1}\"/>\n", a.name, a.type);
  }
  for (const AttrSpec& a : edge_attribute_specs()) {
    out << fmt::format("  <key id=\"e_{0}\" for=\"edge\" attr.name=\"{0}\" attr.type=\"{1}\"/>\n", a.name, a.type);
  }
  out << "  <graph id=\"talkgraph\" edgedefault=\"directed\">\n";
  std::string buf;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    buf = "    <node id=\"" + xml_escape(g[v].id) + "\">\n";
    for_each_node_attribute(g[v], [&](std::string_view name, const AttrValue& value) {
      if (name == "id") return;
      buf += "      <data key=\"n_";
      buf += name;
      buf += "\">" + xml_escape(flatten(value)) + "</data>\n";
    });
    buf += "    </node>\n";
    out << buf;
  }
  for (Edge e : kg.ordered_edges()) {
    const EdgeProps& p = g[e];
    buf = "    <edge id=\"" + xml_escape(p.id) + "\" source=\"" + xml_escape(g[boost::source(e, g)].id) + "\" target=\"" +
          xml_escape(g[boost::target(e, g)].id) + "\">\n";
    for_each_edge_attribute(kg, e, [&](std::string_view name, const AttrValue& value) {
      if (name == "id" || name == "source" || name == "target") return;
      buf += "      <data key=\"e_";
      buf += name;
      buf += "\">" + xml_escape(flatten(value)) + "</data>\n";
    });
    buf += "    </edge>\n";
    out << buf;
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace talkgraph
