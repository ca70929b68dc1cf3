// Two views of one graph. The full view writes every node and edge (the contract other tools rely
// on). The topic-map view is what a person looks at: entities placed by co-occurrence with the fdp
// engine, sized by mentions and colored by type or community, talks in one box per year; documents and
// structural edges are left out, and entity-entity edges below the median weight of the kept ones are
// dropped when there are many, since a hairball shows nothing.
#include "export/dot_writer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <iterator>

#include <fmt/format.h>

#include "export/chunked_output.h"
#include "export/plain_run.h"
#include "export/palette.h"

namespace talkgraph {

// Graphviz decodes HTML entities in every label ("&#1;" becomes a control character in the SVG, which
// no XML reader accepts), so '&' is written "&amp;", which it decodes back to '&'.
void append_dot_quoted(std::string* out, std::string_view text) {
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for_each_special_byte<'\\', '"', '&', 0x7F>(text, [&](size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    out->append(text.data() + run, i - run);
    run = i + 1;
    if (c == '\\') out->append("\\\\");
    if (c == '"') out->append("\\\"");
    if (c == '&') out->append("&amp;");
    if (c == '\n') out->append("\\n");
    // other control characters are dropped
    return i + 1;
  });
  out->append(text.data() + run, text.size() - run);
  out->push_back('"');
}

namespace {

// The nodes the view shows, as a flag per vertex.
std::vector<char> kept_vertices(const Graph& g, const DotOptions& options) {
  std::vector<char> kept(boost::num_vertices(g), 0);
  std::vector<Vertex> entities;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (is_entity_type(g[v].type)) {
      entities.push_back(v);
    } else if (!(options.topic_map && g[v].type == "document")) {
      kept[v] = 1;
    }
  }
  std::stable_sort(entities.begin(), entities.end(), [&](Vertex a, Vertex b) { return g[a].mentions > g[b].mentions; });
  if (options.top > 0 && entities.size() > options.top) entities.resize(options.top);
  for (Vertex v : entities) kept[v] = 1;
  return kept;
}

std::string fill(const NodeProps& n, const DotOptions& options) {
  if (options.color_by_community && is_entity_type(n.type)) return community_color(n.community).hex();
  return type_color(n.type).hex();
}

}  // namespace

void write_dot(const KnowledgeGraph& kg, std::ostream& stream, const DotOptions& options) {
  const Graph& g = kg.graph();
  const std::vector<char> kept = kept_vertices(g, options);
  ChunkedOutput out(stream);
  std::string* text = out.text();

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
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (kept[v] && (g[v].type == "talk" || g[v].type == "event")) by_year[g[v].year].push_back(v);
  }
  auto node_line = [&](Vertex v, std::string_view indent) {
    const NodeProps& n = g[v];
    std::string_view shape = n.type == "talk" ? "box" : n.type == "event" ? "doubleoctagon" : n.type == "document" ? "note" : "ellipse";
    std::string_view label = n.label;
    std::string cut_label;
    if (options.topic_map && n.type == "talk" && label.size() > 60) {
      size_t cut = 57;
      while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;
      cut_label = std::string(label.substr(0, cut)) + "…";
      label = cut_label;
    }
    out << indent;
    append_dot_quoted(text, n.id);
    out << " [label=";
    append_dot_quoted(text, label);
    out << ", shape=\"" << shape << "\", fillcolor=\"" << fill(n, options) << "\"";
    if (is_entity_type(n.type)) {
      fmt::format_to(std::back_inserter(*text), ", fontsize=\"{:.1f}\", width=\"{:.2f}\"", 10 + 4 * std::log2(1.0 + n.mentions),
                     0.3 + 0.15 * std::log2(1.0 + n.mentions));
    } else if (options.topic_map && (n.type == "talk" || n.type == "event")) {
      out << ", fontsize=\"15\"";
    }
    out << "];\n";
    out.record_done();
  };
  for (const auto& [year, vs] : by_year) {
    std::string name = year == 0 ? "unknown_year" : std::to_string(year);
    out << "  subgraph ";
    append_dot_quoted(text, "cluster_" + name);
    out << " {\n    label=";
    append_dot_quoted(text, year == 0 ? "year unknown" : name);
    out << "; style=\"rounded,filled\"; fillcolor=\"#f7f7f7\"; color=\"#cccccc\";\n";
    for (Vertex v : vs) node_line(v, "    ");
    out << "  }\n";
  }
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (kept[v] && g[v].type != "talk" && g[v].type != "event") node_line(v, "  ");
  }

  // In the topic map, keep the stronger half of entity-entity edges once there are more than a few
  // per entity.
  double min_cooccurrence = 0;
  if (options.topic_map) {
    std::vector<double> weights;
    for (Edge e : kg.ordered_edges()) {
      if (kg.edge(e).kind == EdgeKind::kCoOccurs && kept[boost::source(e, g)] && kept[boost::target(e, g)]) {
        weights.push_back(kg.edge(e).weight);
      }
    }
    const size_t kept_count = static_cast<size_t>(std::count(kept.begin(), kept.end(), 1));
    if (weights.size() > 2 * kept_count) {
      std::nth_element(weights.begin(), weights.begin() + static_cast<long>(weights.size() / 2), weights.end());
      min_cooccurrence = weights[weights.size() / 2];
    }
  }
  for (Edge e : kg.ordered_edges()) {
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!kept[s] || !kept[t]) continue;
    const EdgeProps& p = kg.edge(e);
    if (options.topic_map && (p.kind == EdgeKind::kPresentedAt || p.kind == EdgeKind::kVersionOf)) continue;
    if (p.kind == EdgeKind::kCoOccurs && p.weight < min_cooccurrence) continue;
    out << "  ";
    append_dot_quoted(text, g[s].id);
    out << " -> ";
    append_dot_quoted(text, g[t].id);
    out << " [";
    if (p.kind == EdgeKind::kCoOccurs) {
      fmt::format_to(std::back_inserter(*text), "dir=\"none\", color=\"#3366cc40\", penwidth=\"{:.2f}\", weight=\"{}\"",
                     0.5 + std::log2(p.weight), std::max(1L, std::lround(p.weight)));
    } else if (p.kind == EdgeKind::kMentions) {
      fmt::format_to(std::back_inserter(*text), "penwidth=\"{:.2f}\", weight=\"{}\"", 0.4 + 0.5 * std::log2(p.weight),
                     std::max(1L, std::lround(p.weight)));
    } else {
      out << "label=";
      append_dot_quoted(text, edge_kind_name(p.kind));
      out << ", weight=\"1\"";
    }
    out << "];\n";
    out.record_done();
  }
  if (options.topic_map) {
    size_t entities = 0;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) entities += kept[v] && is_entity_type(g[v].type);
    out << "  label=";
    append_dot_quoted(text, fmt::format("talkgraph topic map: the {} most mentioned entities; color: {}", entities,
                                        options.color_by_community ? "topic community" : "type"));
    out << "; labelloc=\"t\";\n";
  }
  out << "}\n";
  out.flush();
}

}  // namespace talkgraph
