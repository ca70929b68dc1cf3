// Two views of one graph. The full view writes every node and edge (the contract other tools rely
// on). The topic-map view is what a person looks at: entities placed by co-occurrence with the fdp
// engine, sized by mentions and colored by type or community, talks in one box per year; documents and
// structural edges are left out, and entity-entity edges below the median weight of the kept ones are
// dropped when there are many, since a hairball shows nothing.
#include "export/dot_writer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "export/palette.h"

namespace talkgraph {

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) break;
        out.push_back(c);
    }
  }
  out += "\"";
  return out;
}

namespace {

std::set<Vertex> kept_vertices(const Graph& g, const DotOptions& options) {
  std::set<Vertex> kept;
  std::vector<Vertex> entities;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (is_entity_type(g[v].type)) {
      entities.push_back(v);
    } else if (!(options.topic_map && g[v].type == "document")) {
      kept.insert(v);
    }
  }
  std::stable_sort(entities.begin(), entities.end(), [&](Vertex a, Vertex b) { return g[a].mentions > g[b].mentions; });
  if (options.top > 0 && entities.size() > options.top) entities.resize(options.top);
  kept.insert(entities.begin(), entities.end());
  return kept;
}

std::string fill(const NodeProps& n, const DotOptions& options) {
  if (options.color_by_community && is_entity_type(n.type)) return community_color(n.community).hex();
  return type_color(n.type).hex();
}

}  // namespace

void write_dot(const KnowledgeGraph& kg, std::ostream& out, const DotOptions& options) {
  const Graph& g = kg.graph();
  std::set<Vertex> kept = kept_vertices(g, options);

  out << "digraph talkgraph {\n";
  if (options.topic_map) {
    out << "  graph [layout=\"fdp\", fontname=\"NanumGothic\", charset=\"UTF-8\", outputorder=\"edgesfirst\", "
           "overlap=\"prism\", splines=\"true\", K=\"1.2\", pad=\"0.3\", size=\"20,16\", bgcolor=\"white\", fontsize=\"18\", "
           "labeljust=\"l\"];\n";
  } else {
    out << "  graph [fontname=\"NanumGothic\", charset=\"UTF-8\", rankdir=\"LR\", overlap=\"false\", splines=\"true\"];\n";
  }
  out << "  node [fontname=\"NanumGothic\", style=\"filled\", fontsize=\"11\", penwidth=\"0.5\"];\n"
         "  edge [fontname=\"NanumGothic\", color=\"#00000030\", arrowsize=\"0.5\"];\n";

  std::map<int, std::vector<Vertex>> by_year;  // talks and events
  for (Vertex v : kept) {
    if (g[v].type == "talk" || g[v].type == "event") by_year[g[v].year].push_back(v);
  }
  auto node_line = [&](Vertex v, std::string_view indent) {
    const NodeProps& n = g[v];
    std::string shape = n.type == "talk" ? "box" : n.type == "event" ? "doubleoctagon" : n.type == "document" ? "note" : "ellipse";
    std::string label = n.label;
    if (options.topic_map && n.type == "talk" && label.size() > 60) {
      size_t cut = 57;
      while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;
      label = label.substr(0, cut) + "…";
    }
    std::string extra;
    if (options.topic_map && (n.type == "talk" || n.type == "event")) extra = ", fontsize=\"15\"";
    if (is_entity_type(n.type)) {
      extra = fmt::format(", fontsize=\"{:.1f}\", width=\"{:.2f}\"", 10 + 4 * std::log2(1.0 + n.mentions),
                          0.3 + 0.15 * std::log2(1.0 + n.mentions));
    }
    out << indent << dot_quote(n.id) << " [label=" << dot_quote(label) << ", shape=\"" << shape << "\", fillcolor=\""
        << fill(n, options) << "\"" << extra << "];\n";
  };
  for (const auto& [year, vs] : by_year) {
    std::string name = year == 0 ? "unknown_year" : std::to_string(year);
    out << "  subgraph " << dot_quote("cluster_" + name) << " {\n    label=" << dot_quote(year == 0 ? "year unknown" : name)
        << "; style=\"rounded,filled\"; fillcolor=\"#f7f7f7\"; color=\"#cccccc\";\n";
    for (Vertex v : vs) node_line(v, "    ");
    out << "  }\n";
  }
  for (Vertex v : kept) {
    if (g[v].type != "talk" && g[v].type != "event") node_line(v, "  ");
  }

  // In the topic map, keep the stronger half of entity-entity edges once there are more than a few
  // per entity.
  double min_cooccurrence = 0;
  if (options.topic_map) {
    std::vector<double> weights;
    for (Edge e : kg.ordered_edges()) {
      if (g[e].kind == EdgeKind::kCoOccurs && kept.count(boost::source(e, g)) && kept.count(boost::target(e, g))) {
        weights.push_back(g[e].weight);
      }
    }
    if (weights.size() > 2 * kept.size()) {
      std::nth_element(weights.begin(), weights.begin() + static_cast<long>(weights.size() / 2), weights.end());
      min_cooccurrence = weights[weights.size() / 2];
    }
  }
  for (Edge e : kg.ordered_edges()) {
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!kept.count(s) || !kept.count(t)) continue;
    const EdgeProps& p = g[e];
    if (options.topic_map && (p.kind == EdgeKind::kPresentedAt || p.kind == EdgeKind::kVersionOf)) continue;
    if (p.kind == EdgeKind::kCoOccurs && p.weight < min_cooccurrence) continue;
    std::string attrs;
    if (p.kind == EdgeKind::kCoOccurs) {
      attrs = fmt::format("dir=\"none\", color=\"#3366cc40\", penwidth=\"{:.2f}\", weight=\"{}\"", 0.5 + std::log2(p.weight),
                          std::max(1L, std::lround(p.weight)));
    } else if (p.kind == EdgeKind::kMentions) {
      attrs = fmt::format("penwidth=\"{:.2f}\", weight=\"{}\"", 0.4 + 0.5 * std::log2(p.weight),
                          std::max(1L, std::lround(p.weight)));
    } else {
      attrs = fmt::format("label={}, weight=\"1\"", dot_quote(edge_kind_name(p.kind)));
    }
    out << "  " << dot_quote(g[s].id) << " -> " << dot_quote(g[t].id) << " [" << attrs << "];\n";
  }
  if (options.topic_map) {
    size_t entities = static_cast<size_t>(std::count_if(kept.begin(), kept.end(), [&](Vertex v) { return is_entity_type(g[v].type); }));
    out << "  label=" << dot_quote(fmt::format("talkgraph topic map: the {} most mentioned entities; color: {}", entities,
                                               options.color_by_community ? "topic community" : "type"))
        << "; labelloc=\"t\";\n";
  }
  out << "}\n";
}

}  // namespace talkgraph
