// Attribute values and types come from the node-link JSON value, as in GraphML, so every format carries
// the same data; only time (spells, per-year values) and viz are GEXF's own.
#include "export/gexf_writer.h"

#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "export/attributes.h"
#include "export/palette.h"
#include "export/xml_text.h"

namespace talkgraph {

namespace {

// The known years of an edge's own: per-year weights (co-occurrence, mentions), or the year of a
// structural edge's source (a talk's, a document's). version_of has none: it holds while both ends do.
std::vector<int> edge_years(const KnowledgeGraph& kg, Edge e) {
  const Graph& g = kg.graph();
  std::vector<int> years;
  for (const auto& [year, w] : kg.weight_by_year(e)) {
    if (year != kUnknownYear) years.push_back(year);
  }
  const NodeProps& source = g[boost::source(e, g)];
  if (years.empty() && !is_entity(source.type) && source.year != kUnknownYear) years.push_back(source.year);
  return years;
}

// Whether an element is on the timeline: a node with a known year; an edge between two such nodes
// with a known year of its own (or a version_of edge).
class Timeline {
 public:
  explicit Timeline(const KnowledgeGraph& kg) : kg_(kg), dated_(kg.node_count()) {
    for (Vertex v : boost::make_iterator_range(boost::vertices(kg.graph()))) dated_[v] = !known_years(kg.graph()[v]).empty();
  }
  bool dated(Vertex v) const { return dated_[v]; }
  bool dated(Edge e, const std::vector<int>& years) const {
    const Graph& g = kg_.graph();
    if (!dated_[boost::source(e, g)] || !dated_[boost::target(e, g)]) return false;
    return !years.empty() || kg_.edge(e).kind == EdgeKind::kVersionOf;
  }

 private:
  const KnowledgeGraph& kg_;
  std::vector<char> dated_;
};

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

UndatedElements undated_elements(const KnowledgeGraph& kg) {
  const Timeline timeline(kg);
  UndatedElements out;
  for (Vertex v : boost::make_iterator_range(boost::vertices(kg.graph()))) out.nodes += !timeline.dated(v);
  for (Edge e : kg.ordered_edges()) out.edges += !timeline.dated(e, edge_years(kg, e));
  return out;
}

void write_gexf(const KnowledgeGraph& kg, std::ostream& out, const GexfOptions& options) {
  const Graph& g = kg.graph();
  const bool v13 = options.version == GexfVersion::k13;
  const Timeline timeline(kg);
  std::vector<char> written_node(kg.node_count());
  size_t nodes = 0;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    written_node[v] = options.keep_undated || timeline.dated(v);
    nodes += written_node[v];
  }
  std::vector<char> written_edge(kg.edge_count());
  size_t edges = 0;
  for (size_t i = 0; i < kg.ordered_edges().size(); ++i) {
    const Edge e = kg.ordered_edges()[i];
    written_edge[i] = options.keep_undated || timeline.dated(e, edge_years(kg, e));
    edges += written_edge[i];
  }

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  if (v13) {
    out << "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n";
  } else {
    out << "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" version=\"1.2\">\n";
  }
  out << "  <meta>\n    <creator>talkgraph " << TALKGRAPH_VERSION << "</creator>\n"
      << "    <description>Talks, events and the technologies reviews mention, by year";
  if (nodes != kg.node_count() || edges != kg.edge_count()) {
    out << fmt::format(" ({} nodes and {} edges of no known year left out)", kg.node_count() - nodes, kg.edge_count() - edges);
  }
  out << "</description>\n  </meta>\n"
      << "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"integer\">\n";
  // Per class: the dynamic block, then the static one (graphology reads only the last block).
  auto declare = [&](const char* cls, const std::vector<AttrSpec>& specs, const char* dynamic_id, const char* dynamic_type) {
    out << "    <attributes class=\"" << cls << "\" mode=\"dynamic\">\n"
        << "      <attribute id=\"" << dynamic_id << "\" title=\"" << dynamic_id << "\" type=\"" << dynamic_type << "\"/>\n"
        << "    </attributes>\n    <attributes class=\"" << cls << "\" mode=\"static\">\n";
    for (const AttrSpec& a : specs) {
      if (skipped(a.name)) continue;
      out << "      <attribute id=\"" << a.name << "\" title=\"" << a.name << "\" type=\"" << a.type << "\"/>\n";  // GEXF names the types as GraphML does
    }
    out << "    </attributes>\n";
  };
  declare("node", node_attribute_specs(), "mentions_in_year", "long");
  declare("edge", edge_attribute_specs(), "weight", "double");

  std::string value;  // reused for every value
  auto attvalue = [&](std::string_view name, const AttrValue& v) {
    value.clear();
    append_flat_xml(&value, v);
    out << "          <attvalue for=\"" << name << "\" value=\"" << value << "\"/>\n";
  };
  out << "    <nodes count=\"" << nodes << "\">\n";
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (!written_node[v]) continue;
    const NodeProps& n = g[v];
    out << "      <node id=\"" << xml_escape(n.id) << "\" label=\"" << xml_escape(n.label) << "\">\n        <attvalues>\n";
    for_each_node_attribute(n, [&](std::string_view k, const AttrValue& val) {
      if (skipped(k) || val.kind == AttrValue::kNull) return;
      attvalue(k, val);
    });
    for (const auto& [year, count] : n.mentions_by_year) {
      if (year == kUnknownYear) continue;
      out << "          <attvalue for=\"mentions_in_year\" value=\"" << count << "\" start=\"" << year << "\" end=\"" << year
          << "\"/>\n";
    }
    out << "        </attvalues>\n";
    spells(out, known_years(n), "        ");
    Rgb c = options.color_by_community && is_entity(n.type) ? community_color(n.community) : type_color(n.type);
    double size = is_entity(n.type) ? 4 + 4 * std::log2(1.0 + n.mentions) : n.type == NodeKind::kEvent ? 14 : n.type == NodeKind::kTalk ? 7 : 5;
    out << fmt::format("        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/>\n        <viz:size value=\"{:.2f}\"/>\n", c.r, c.g,
                       c.b, size);
    out << "      </node>\n";
  }
  out << "    </nodes>\n    <edges count=\"" << edges << "\">\n";
  kg.for_each_edge_reading_ahead([&](const Edge e) {
    if (!written_edge[g[e].index]) return;
    const EdgeProps& p = kg.edge(e);
    out << "      <edge id=\"" << EdgeId(g[e].index).view() << "\" source=\"" << xml_escape(g[boost::source(e, g)].id) << "\" target=\""
        << xml_escape(g[boost::target(e, g)].id) << "\" weight=\"" << fmt::format("{}", p.weight) << "\"";
    if (v13) out << " kind=\"" << edge_kind_name(p.kind) << "\"";
    out << ">\n        <attvalues>\n";
    for_each_edge_attribute(kg, e, [&](std::string_view k, const AttrValue& val) {
      if (skipped(k) || val.kind == AttrValue::kNull) return;
      attvalue(k, val);
    });
    for (const auto& [year, w] : kg.weight_by_year(e)) {
      if (year == kUnknownYear) continue;
      out << "          <attvalue for=\"weight\" value=\"" << fmt::format("{}", w) << "\" start=\"" << year << "\" end=\""
          << year << "\"/>\n";
    }
    out << "        </attvalues>\n";
    spells(out, edge_years(kg, e), "        ");
    out << "      </edge>\n";
  });
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace talkgraph
