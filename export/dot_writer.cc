#include "export/dot_writer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

namespace talkgraph {

namespace {

// Colors by node type: a qualitative palette (ColorBrewer Set2) that stays readable in print.
std::string_view color_for(std::string_view type) {
  if (type == "library") return "#66c2a5";
  if (type == "tool") return "#fc8d62";
  if (type == "language") return "#8da0cb";
  if (type == "concept") return "#e78ac3";
  if (type == "organization") return "#a6d854";
  if (type == "talk") return "#ffd92f";
  if (type == "event") return "#e5c494";
  return "#b3b3b3";
}

}  // namespace

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;
        out.push_back(c);
    }
  }
  out += "\"";
  return out;
}

void write_dot(const KnowledgeGraph& kg, std::ostream& out, const DotOptions& options) {
  const Graph& g = kg.graph();
  std::set<Vertex> kept;
  std::vector<Vertex> entities;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (is_entity_type(g[v].type)) {
      entities.push_back(v);
    } else {
      kept.insert(v);
    }
  }
  std::stable_sort(entities.begin(), entities.end(), [&](Vertex a, Vertex b) { return g[a].mentions > g[b].mentions; });
  if (options.top > 0 && entities.size() > options.top) entities.resize(options.top);
  kept.insert(entities.begin(), entities.end());

  out << "digraph talkgraph {\n"
         "  graph [fontname=\"NanumGothic\", charset=\"UTF-8\", rankdir=\"LR\", overlap=\"false\", "
         "splines=\"true\"];\n"
         "  node [fontname=\"NanumGothic\", style=\"filled\", fontsize=\"11\"];\n"
         "  edge [fontname=\"NanumGothic\", color=\"#00000040\"];\n";

  std::map<int, std::vector<Vertex>> by_year;  // talks and events
  for (Vertex v : kept) {
    const NodeProps& n = g[v];
    if (n.type == "talk" || n.type == "event") by_year[n.year].push_back(v);
  }
  auto node_line = [&](Vertex v, std::string_view indent) {
    const NodeProps& n = g[v];
    std::string shape = n.type == "talk" ? "box" : n.type == "event" ? "doubleoctagon" : n.type == "document" ? "note" : "ellipse";
    std::string extra;
    if (is_entity_type(n.type)) {
      double size = 10 + 4 * std::log2(1.0 + n.mentions);
      extra = fmt::format(", fontsize=\"{:.1f}\"", size);
    }
    out << indent << dot_quote(n.id) << " [label=" << dot_quote(n.label) << ", shape=\"" << shape
        << "\", fillcolor=\"" << color_for(n.type) << "\"" << extra << "];\n";
  };
  for (const auto& [year, vs] : by_year) {
    out << "  subgraph " << dot_quote("cluster_" + (year == 0 ? std::string("unknown_year") : std::to_string(year)))
        << " {\n    label=" << dot_quote(year == 0 ? "year unknown" : std::to_string(year)) << ";\n";
    for (Vertex v : vs) node_line(v, "    ");
    out << "  }\n";
  }
  for (Vertex v : kept) {
    if (g[v].type != "talk" && g[v].type != "event") node_line(v, "  ");
  }
  for (Edge e : kg.ordered_edges()) {
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!kept.count(s) || !kept.count(t)) continue;
    const EdgeProps& p = g[e];
    std::string attrs = fmt::format("label={}, weight=\"{}\"", dot_quote(edge_kind_name(p.kind)),
                                    std::max(1L, std::lround(p.weight)));
    if (p.kind == EdgeKind::kCoOccurs) attrs += ", dir=\"none\", style=\"dashed\"";
    if (p.kind == EdgeKind::kMentions || p.kind == EdgeKind::kCoOccurs) {
      attrs += fmt::format(", penwidth=\"{:.2f}\"", 0.5 + std::log2(1.0 + p.weight));
      attrs = attrs.substr(attrs.find(", ") + 2);  // entity edges are many: no text label
    }
    out << "  " << dot_quote(g[s].id) << " -> " << dot_quote(g[t].id) << " [" << attrs << "];\n";
  }
  out << "}\n";
}

}  // namespace talkgraph
