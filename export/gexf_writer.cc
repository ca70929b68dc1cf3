// Attribute values and types come from the node-link JSON value, as in GraphML, so every format carries
// the same data; only time (spells, per-year values) and viz are GEXF's own.
#include "export/gexf_writer.h"

#include <cmath>
#include <map>

#include <fmt/format.h>

#include "export/attributes.h"
#include "export/palette.h"
#include "export/xml_text.h"

namespace talkgraph {

namespace {

void spells(std::ostream& out, const std::vector<int>& years, const char* indent) {
  if (years.empty()) return;
  out << indent << "<spells>";
  for (int y : years) out << "<spell start=\"" << y << "\" end=\"" << y << "\"/>";
  out << "</spells>\n";
}

bool skipped(std::string_view key) {
  return key == "id" || key == "label" || key == "source" || key == "target" || key == "weight";
}

}  // namespace

void write_gexf(const KnowledgeGraph& kg, std::ostream& out, const GexfOptions& options) {
  const Graph& g = kg.graph();
  bool v13 = options.version == GexfVersion::k13;

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  if (v13) {
    out << "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n";
  } else {
    out << "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" version=\"1.2\">\n";
  }
  out << "  <meta>\n    <creator>talkgraph " << TALKGRAPH_VERSION << "</creator>\n"
      << "    <description>Talks, events and the technologies reviews mention, by year</description>\n  </meta>\n"
      << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"integer\">\n";
  // 1.3: one block per class, all attributes dynamic (an attvalue without start/end holds for all
  // time), because graphology reads only the last block of a class. 1.2: static and dynamic blocks,
  // because NetworkX reads start/end of every attvalue of a dynamic attribute.
  auto declare = [&](const char* cls, const std::vector<AttrSpec>& specs, const char* dynamic_id, const char* dynamic_type) {
    out << "    <attributes class=\"" << cls << "\" mode=\"" << (v13 ? "dynamic" : "static") << "\">\n";
    for (const AttrSpec& a : specs) {
      if (skipped(a.name)) continue;
      out << "      <attribute id=\"" << a.name << "\" title=\"" << a.name << "\" type=\"" << a.type << "\"/>\n";  // GEXF names the types as GraphML does
    }
    if (!v13) out << "    </attributes>\n    <attributes class=\"" << cls << "\" mode=\"dynamic\">\n";
    out << "      <attribute id=\"" << dynamic_id << "\" title=\"" << dynamic_id << "\" type=\"" << dynamic_type
        << "\"/>\n    </attributes>\n";
  };
  declare("node", node_attribute_specs(), "mentions_in_year", "long");
  declare("edge", edge_attribute_specs(), "weight", "double");

  std::string value;  // reused for every value
  auto attvalue = [&](std::string_view name, const AttrValue& v) {
    value.clear();
    append_flat_xml(&value, v);
    out << "          <attvalue for=\"" << name << "\" value=\"" << value << "\"/>\n";
  };
  out << "    <nodes count=\"" << kg.node_count() << "\">\n";
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    out << "      <node id=\"" << xml_escape(n.id) << "\" label=\"" << xml_escape(n.label) << "\">\n        <attvalues>\n";
    for_each_node_attribute(n, [&](std::string_view k, const AttrValue& val) {
      if (skipped(k) || val.kind == AttrValue::kNull) return;
      attvalue(k, val);
    });
    for (const auto& [year, count] : n.mentions_by_year) {
      out << "          <attvalue for=\"mentions_in_year\" value=\"" << count << "\" start=\"" << year << "\" end=\"" << year
          << "\"/>\n";
    }
    out << "        </attvalues>\n";
    std::vector<int> years;
    if (is_entity_type(n.type)) {
      for (const auto& [year, count] : n.mentions_by_year) years.push_back(year);
    } else if (n.year != 0) {
      years.push_back(n.year);
    }
    spells(out, years, "        ");
    Rgb c = options.color_by_community && is_entity_type(n.type) ? community_color(n.community) : type_color(n.type);
    double size = is_entity_type(n.type) ? 4 + 4 * std::log2(1.0 + n.mentions) : n.type == "event" ? 14 : n.type == "talk" ? 7 : 5;
    out << fmt::format("        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/>\n        <viz:size value=\"{:.2f}\"/>\n", c.r, c.g,
                       c.b, size);
    out << "      </node>\n";
  }
  out << "    </nodes>\n    <edges count=\"" << kg.edge_count() << "\">\n";
  kg.for_each_edge_reading_ahead([&](const Edge e) {
    const EdgeProps& p = kg.edge(e);
    out << "      <edge id=\"" << EdgeId(g[e].index).view() << "\" source=\"" << xml_escape(g[boost::source(e, g)].id) << "\" target=\""
        << xml_escape(g[boost::target(e, g)].id) << "\" weight=\"" << fmt::format("{}", p.weight) << "\"";
    if (v13) out << " kind=\"" << edge_kind_name(p.kind) << "\"";
    out << ">\n        <attvalues>\n";
    for_each_edge_attribute(kg, e, [&](std::string_view k, const AttrValue& val) {
      if (skipped(k) || val.kind == AttrValue::kNull) return;
      attvalue(k, val);
    });
    const YearWeightsView weight_by_year = kg.weight_by_year(e);
    for (const auto& [year, w] : weight_by_year) {
      out << "          <attvalue for=\"weight\" value=\"" << fmt::format("{}", w) << "\" start=\"" << year << "\" end=\""
          << year << "\"/>\n";
    }
    out << "        </attvalues>\n";
    std::vector<int> years;
    for (const auto& [year, w] : weight_by_year) years.push_back(year);
    if (years.empty()) {
      int year = g[boost::source(e, g)].year;
      if (year != 0 && !is_entity_type(g[boost::source(e, g)].type)) years.push_back(year);
    }
    spells(out, years, "        ");
    out << "      </edge>\n";
  });
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace talkgraph
