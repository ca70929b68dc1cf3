// DOT is talkgraph's topic map for Graphviz: the summary export/topic_map.h selects, laid out by
// neato from a fixed start so that the same graph gives the same picture, with a legend. `-f svg` and
// `-f png` render this same file; `dot -Tsvg talkgraph.dot` (or sfdp, ...) draws it the same way,
// because the file names its layout engine. The whole graph is GraphML's, GEXF's and JSON's.
#include "export/dot_writer.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "base/text_util.h"
#include "export/chunked_output.h"
#include "export/palette.h"
#include "export/plain_run.h"

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

// Text inside an HTML-like label (the legend): markup characters as entities, control characters dropped.
std::string html_label_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out.push_back(c);
  }
  return out;
}

// A long title cut at a character boundary, with an ellipsis.
std::string shortened(std::string_view label, size_t max_bytes) {
  if (label.size() <= max_bytes) return std::string(label);
  return std::string(utf8_prefix(label, max_bytes - 3)) + "…";  // "…" is 3 bytes
}

// Type order in the legend: entities, then talks and events.
constexpr NodeKind kTypeOrder[] = {NodeKind::kLibrary,      NodeKind::kTool, NodeKind::kLanguage, NodeKind::kConcept,
                                   NodeKind::kOrganization, NodeKind::kTalk, NodeKind::kEvent};

std::string legend(const KnowledgeGraph& kg, const MapSelection& map, const DotOptions& options) {
  const Graph& g = kg.graph();
  std::string rows;
  auto row = [&](const std::string& color, std::string_view text) {
    // A colored square before the name: one cell per row, so no column widens the swatches.
    rows += fmt::format("<tr><td align=\"left\"><font color=\"{}\" point-size=\"16\">■</font> {}</td></tr>", color,
                        html_label_text(text));
  };
  for (NodeKind type : kTypeOrder) {
    const bool entity = is_entity(type);
    if (entity && options.color_by_community) continue;
    const bool present = std::any_of(map.nodes.begin(), map.nodes.end(), [&](Vertex v) { return g[v].type == type; });
    if (present) row(type_color(type).hex(), node_kind_name(type));
  }
  if (options.color_by_community) {
    for (const CommunityLegendEntry& c : map.communities) {
      row(community_fill(map, c.community), fmt::format("topic around {} ({} entities)", c.name, c.members));
    }
    row(community_fill(map, -1), "other topics");
  }
  const std::string title = fmt::format(
      "talkgraph topic map: the {} most mentioned of {} entities, {} of {} talks (--top N shows more)", map.entities,
      map.total_entities, map.talks, map.total_talks);
  return fmt::format(
      "<<table border=\"0\" cellspacing=\"0\" cellpadding=\"1\"><tr><td align=\"left\"><b>{}</b></td></tr>{}"
      "<tr><td align=\"left\">blue line: mentioned in the same sentence (thicker: more often); "
      "grey arrow: a talk mentions; dashed: a talk at its event; dotted: a version of</td></tr></table>>",
      html_label_text(title), rows);
}

std::string fill(const MapSelection& map, const NodeProps& n, const DotOptions& options) {
  if (options.color_by_community && is_entity(n.type)) return community_fill(map, n.community);
  return type_color(n.type).hex();
}

}  // namespace

void write_dot(const KnowledgeGraph& kg, std::ostream& stream, const DotOptions& options) {
  const Graph& g = kg.graph();
  const MapSelection map = select_map(kg, options.map);
  ChunkedOutput out(stream);
  std::string* text = out.text();

  // neato from a fixed seed: the same bytes every run; overlap removal keeps labels apart; no `size`,
  // so nothing is scaled down and a label's font size is its size at 100%.
  out << "digraph talkgraph {\n"
         "  graph [layout=\"neato\", start=\"7\", overlap=\"prism\", sep=\"+6\", splines=\"true\", outputorder=\"edgesfirst\", "
         "fontname=\"NanumGothic\", charset=\"UTF-8\", pad=\"0.3\", bgcolor=\"white\", fontsize=\"12\", labelloc=\"t\", "
         "labeljust=\"l\"];\n"
         "  node [fontname=\"NanumGothic\", style=\"filled\", fontsize=\"12\", penwidth=\"0.5\"];\n"
         "  edge [fontname=\"NanumGothic\", color=\"#00000040\", arrowsize=\"0.5\"];\n";
  out << "  label=" << legend(kg, map, options) << ";\n";

  for (Vertex v : map.nodes) {
    const NodeProps& n = g[v];
    out << "  ";
    append_dot_quoted(text, n.id);
    out << " [label=";
    if (n.type == NodeKind::kTalk) {
      append_dot_quoted(text, shortened(n.label, 48));
      out << ", tooltip=";
      append_dot_quoted(text, n.label);
      out << ", shape=\"box\", fontsize=\"11\"";
    } else if (n.type == NodeKind::kEvent) {
      append_dot_quoted(text, n.label);
      out << ", shape=\"doubleoctagon\", fontsize=\"14\"";
    } else {
      append_dot_quoted(text, n.label);
      fmt::format_to(std::back_inserter(*text), ", shape=\"ellipse\", fontsize=\"{:.1f}\"",
                     std::min(24.0, 12 + 1.5 * std::log2(1.0 + n.mentions)));
    }
    out << ", fillcolor=\"" << fill(map, n, options) << "\"];\n";
    out.record_done();
  }
  for (Edge e : map.edges) {
    const EdgeProps& p = kg.edge(e);
    out << "  ";
    append_dot_quoted(text, g[boost::source(e, g)].id);
    out << " -> ";
    append_dot_quoted(text, g[boost::target(e, g)].id);
    if (p.kind == EdgeKind::kCoOccurs) {
      fmt::format_to(std::back_inserter(*text), " [dir=\"none\", color=\"#3366cc80\", penwidth=\"{:.2f}\"];\n",
                     std::min(6.0, 0.6 + std::log2(p.weight)));
    } else if (p.kind == EdgeKind::kPresentedAt) {
      out << " [style=\"dashed\"];\n";
    } else if (p.kind == EdgeKind::kVersionOf) {
      out << " [style=\"dotted\"];\n";
    } else {
      out << ";\n";
    }
    out.record_done();
  }
  out << "}\n";
  out.flush();
}

}  // namespace talkgraph
