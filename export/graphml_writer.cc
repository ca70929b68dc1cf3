// The GraphML writer streams from the graph through the attribute visitor (export/attributes.h), so
// GraphML carries exactly the attributes JSON does; keys are declared from the fixed attribute specs.
#include "export/graphml_writer.h"

#include <fmt/format.h>

#include "export/attributes.h"
#include "export/chunked_output.h"
#include "export/xml_text.h"

namespace talkgraph {

namespace {

// <data key="n_name">value</data>, the value flattened and escaped.
void append_data(std::string* out, char prefix, std::string_view name, const AttrValue& value) {
  out->append("      <data key=\"");
  out->push_back(prefix);
  out->push_back('_');
  out->append(name);
  out->append("\">");
  append_flat_xml(out, value);
  out->append("</data>\n");
}

}  // namespace

void write_graphml(const KnowledgeGraph& kg, std::ostream& stream) {
  const Graph& g = kg.graph();
  ChunkedOutput out(stream);
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
  out << "  <graph id=\"talkgraph\" edgedefault=\"undirected\">\n";
  std::string* text = out.text();
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    out << "    <node id=\"";
    append_xml_escaped(text, g[v].id);
    out << "\">\n";
    for_each_node_attribute(g[v], [&](std::string_view name, const AttrValue& value) {
      if (name != "id" && value.kind != AttrValue::kNull) append_data(text, 'n', name, value);
    });
    out << "    </node>\n";
    out.record_done();
  }
  kg.for_each_edge_reading_ahead([&](const Edge e) {
    out << "    <edge id=\"";
    out << EdgeId(g[e].index).view();
    out << "\" source=\"";
    append_xml_escaped(text, g[boost::source(e, g)].id);
    out << "\" target=\"";
    append_xml_escaped(text, g[boost::target(e, g)].id);
    out << "\">\n";
    for_each_edge_attribute(kg, e, [&](std::string_view name, const AttrValue& value) {
      if (name != "id" && name != "source" && name != "target") append_data(text, 'e', name, value);
    });
    out << "    </edge>\n";
    out.record_done();
  });
  out << "  </graph>\n</graphml>\n";
  out.flush();
}

}  // namespace talkgraph
