// Attribute values and types come from the node-link JSON value, as in GraphML, so every format carries
// the same data; only time (spells, per-year values) and viz are GEXF's own.
#include "export/gexf_writer.h"

#include <cmath>
#include <map>

#include <fmt/format.h>

#include "export/json_writer.h"
#include "export/palette.h"
#include "export/xml_text.h"

namespace talkgraph {

namespace {

using nlohmann::json;

std::string gexf_type(const json& v) {
  if (v.is_boolean()) return "boolean";
  if (v.is_number_integer()) return "long";
  if (v.is_number_float()) return "double";
  return "string";
}

std::string flat(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number_float()) return fmt::format("{}", v.get<double>());
  std::string out;
  if (v.is_array()) {
    for (const json& x : v) {
      if (!out.empty()) out += x.is_object() ? "\n" : "|";
      out += x.is_object() ? fmt::format("{}:{}: {}", x.value("document", ""), x.value("line", 0), x.value("sentence", ""))
                           : flat(x);
    }
  } else if (v.is_object()) {
    for (const auto& [k, x] : v.items()) out += (out.empty() ? "" : "|") + k + ":" + flat(x);
  }
  return out;
}

// Attributes written as attvalues: everything but what GEXF has its own place for.
bool skipped(const std::string& key) {
  return key == "id" || key == "label" || key == "source" || key == "target" || key == "weight";
}

std::map<std::string, std::string> attribute_types(const json& elements) {
  std::map<std::string, std::string> types;
  for (const json& el : elements) {
    for (const auto& [k, v] : el.items()) {
      if (skipped(k)) continue;
      std::string t = (v.is_array() || v.is_object()) ? "string" : gexf_type(v);
      auto [it, inserted] = types.emplace(k, t);
      if (!inserted && it->second != t) {
        it->second = (it->second == "long" && t == "double") || (it->second == "double" && t == "long") ? "double" : "string";
      }
    }
  }
  return types;
}

void spells(std::ostream& out, const std::vector<int>& years, const char* indent) {
  if (years.empty()) return;
  out << indent << "<spells>";
  for (int y : years) out << "<spell start=\"" << y << "\" end=\"" << y << "\"/>";
  out << "</spells>\n";
}

}  // namespace

void write_gexf(const KnowledgeGraph& kg, std::ostream& out, const GexfOptions& options) {
  const Graph& g = kg.graph();
  json nl = to_node_link(kg);
  bool v13 = options.version == GexfVersion::k13;
  auto node_types = attribute_types(nl["nodes"]);
  auto edge_types = attribute_types(nl["edges"]);

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
  auto declare = [&](const char* cls, const std::map<std::string, std::string>& types, const char* dynamic_id,
                     const char* dynamic_type) {
    out << "    <attributes class=\"" << cls << "\" mode=\"" << (v13 ? "dynamic" : "static") << "\">\n";
    for (const auto& [name, type] : types) {
      out << "      <attribute id=\"" << xml_escape(name) << "\" title=\"" << xml_escape(name) << "\" type=\"" << type << "\"/>\n";
    }
    if (!v13) out << "    </attributes>\n    <attributes class=\"" << cls << "\" mode=\"dynamic\">\n";
    out << "      <attribute id=\"" << dynamic_id << "\" title=\"" << dynamic_id << "\" type=\"" << dynamic_type
        << "\"/>\n    </attributes>\n";
  };
  declare("node", node_types, "mentions_in_year", "long");
  declare("edge", edge_types, "weight", "double");

  out << "    <nodes count=\"" << kg.node_count() << "\">\n";
  size_t i = 0;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    const json& j = nl["nodes"][i++];
    out << "      <node id=\"" << xml_escape(n.id) << "\" label=\"" << xml_escape(n.label) << "\">\n        <attvalues>\n";
    for (const auto& [k, val] : j.items()) {
      if (skipped(k)) continue;
      out << "          <attvalue for=\"" << xml_escape(k) << "\" value=\"" << xml_escape(flat(val)) << "\"/>\n";
    }
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
  i = 0;
  for (Edge e : kg.ordered_edges()) {
    const EdgeProps& p = g[e];
    const json& j = nl["edges"][i++];
    out << "      <edge id=\"" << xml_escape(p.id) << "\" source=\"" << xml_escape(g[boost::source(e, g)].id) << "\" target=\""
        << xml_escape(g[boost::target(e, g)].id) << "\" weight=\"" << fmt::format("{}", p.weight) << "\"";
    if (v13) out << " kind=\"" << edge_kind_name(p.kind) << "\"";
    out << ">\n        <attvalues>\n";
    for (const auto& [k, val] : j.items()) {
      if (skipped(k)) continue;
      out << "          <attvalue for=\"" << xml_escape(k) << "\" value=\"" << xml_escape(flat(val)) << "\"/>\n";
    }
    for (const auto& [year, w] : p.weight_by_year) {
      out << "          <attvalue for=\"weight\" value=\"" << fmt::format("{}", w) << "\" start=\"" << year << "\" end=\""
          << year << "\"/>\n";
    }
    out << "        </attvalues>\n";
    std::vector<int> years;
    for (const auto& [year, w] : p.weight_by_year) years.push_back(year);
    if (years.empty()) {
      int year = g[boost::source(e, g)].year;
      if (year != 0 && !is_entity_type(g[boost::source(e, g)].type)) years.push_back(year);
    }
    spells(out, years, "        ");
    out << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace talkgraph
