// The HTML writer picks the nodes to draw (all of them up to max_nodes), lays them out in C++
// (graph/layout.h), and writes one JSON object the page script reads: nodes with position, size,
// years, aliases, talks and evidence; edges with type and weight; the palettes. Everything the page
// shows comes from that object, written with append_json_string and made script-safe.
#include "export/html_writer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "export/attributes.h"
#include "export/palette.h"
#include "graph/layout.h"

namespace talkgraph {

std::string script_safe_json(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' && (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

namespace {

// A library's text inside <script>: "</script" cannot end it early.
std::string script_safe_js(std::string_view js) {
  std::string out(js);
  for (size_t p = out.find("</"); p != std::string::npos; p = out.find("</", p + 3)) out.replace(p, 2, "<\\/");
  return out;
}

// What to draw within the node budget, by what a topic map is for: events always; then entities by
// mentions (up to --top, and at most 60% of the budget); then talks by how many entities they mention;
// then documents if they fit.
std::vector<Vertex> drawn_nodes(const Graph& g, size_t max_nodes, size_t top) {
  std::vector<Vertex> events, talks, entities, documents;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const std::string& t = g[v].type;
    if (t == "document") documents.push_back(v);
    else if (t == "talk") talks.push_back(v);
    else if (is_entity_type(t)) entities.push_back(v);
    else events.push_back(v);
  }
  auto keep = [](std::vector<Vertex>* from, size_t room, std::vector<Vertex>* into) {
    if (from->size() > room) from->resize(room);
    into->insert(into->end(), from->begin(), from->end());
  };
  std::vector<Vertex> out = events;
  auto room = [&] { return max_nodes > out.size() ? max_nodes - out.size() : 0; };
  std::stable_sort(entities.begin(), entities.end(), [&](Vertex a, Vertex b) { return g[a].mentions > g[b].mentions; });
  size_t entity_room = std::min(room(), top > 0 ? top : max_nodes * 3 / 5);
  keep(&entities, entity_room, &out);
  std::stable_sort(talks.begin(), talks.end(), [&](Vertex a, Vertex b) { return boost::out_degree(a, g) > boost::out_degree(b, g); });
  keep(&talks, room(), &out);
  if (documents.size() <= room()) out.insert(out.end(), documents.begin(), documents.end());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

void write_html(const KnowledgeGraph& kg, std::ostream& out, const HtmlAssets& assets, const HtmlOptions& options) {
  const Graph& g = kg.graph();
  std::vector<Vertex> nodes = drawn_nodes(g, options.max_nodes, options.top);
  std::set<Vertex> drawn(nodes.begin(), nodes.end());
  auto positions = force_layout(kg, nodes);

  std::string j = "{\"nodes\":[";
  std::set<int> all_years;
  std::set<std::string> types;
  bool first = true;
  for (Vertex v : nodes) {
    const NodeProps& n = g[v];
    const std::vector<int> years = known_years(n);
    all_years.insert(years.begin(), years.end());
    types.insert(n.type);
    double size = is_entity_type(n.type) ? 3 + 2.2 * std::log2(1.0 + n.mentions) : n.type == "event" ? 9 : n.type == "talk" ? 4 : 2.5;
    // Talks and evidence that mention this entity, from its incoming mentions edges.
    std::vector<std::string> talks;
    std::vector<std::pair<int, Evidence>> evidence;
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
      if (kg.edge(e).kind != EdgeKind::kMentions) continue;
      const NodeProps& src = g[boost::source(e, g)];
      if (src.type == "talk") talks.push_back(src.title);
      for (const Evidence& ev : kg.edge(e).evidence) evidence.emplace_back(src.year, ev);
    }
    std::sort(talks.begin(), talks.end());
    talks.erase(std::unique(talks.begin(), talks.end()), talks.end());
    std::sort(evidence.begin(), evidence.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first, a.second) < std::tie(b.first, b.second);
    });
    if (evidence.size() > options.evidence_per_node) evidence.resize(options.evidence_per_node);

    j += first ? "\n{" : ",\n{";
    first = false;
    j += "\"key\":";
    append_json_string(&j, n.id);
    j += ",\"label\":";
    append_json_string(&j, n.label);
    j += ",\"type\":";
    append_json_string(&j, n.type);
    j += fmt::format(",\"x\":{},\"y\":{},\"size\":{:.2f},\"community\":{},\"mentions\":{}", positions[v].x, positions[v].y,
                     size, n.community, n.mentions);
    j += ",\"years\":[";
    for (size_t i = 0; i < years.size(); ++i) j += (i ? "," : "") + std::to_string(years[i]);
    j += "],\"aliases\":[";
    for (size_t i = 0; i < n.aliases.size(); ++i) {
      if (i) j += ",";
      append_json_string(&j, n.aliases[i]);
    }
    j += "],\"talks\":[";
    for (size_t i = 0; i < talks.size(); ++i) {
      if (i) j += ",";
      append_json_string(&j, talks[i]);
    }
    j += "],\"evidence\":[";
    for (size_t i = 0; i < evidence.size(); ++i) {
      const Evidence& ev = evidence[i].second;
      // An unknown year is null, never 0.
      const int year = evidence[i].first;
      j += fmt::format("{}{{\"year\":{},\"line\":{},\"document\":", i ? "," : "",
                       year == 0 ? std::string("null") : std::to_string(year), ev.line);
      append_json_string(&j, ev.document);
      j += ",\"sentence\":";
      append_json_string(&j, ev.sentence);
      j += "}";
    }
    j += "]}";
  }
  // The strongest edges among the drawn nodes (ties: graph order), written in graph order.
  std::vector<size_t> candidates;
  const auto& ordered = kg.ordered_edges();
  for (size_t i = 0; i < ordered.size(); ++i) {
    if (drawn.count(boost::source(ordered[i], g)) && drawn.count(boost::target(ordered[i], g))) candidates.push_back(i);
  }
  if (candidates.size() > options.max_edges) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](size_t a, size_t b) { return kg.edge(ordered[a]).weight > kg.edge(ordered[b]).weight; });
    candidates.resize(options.max_edges);
    std::sort(candidates.begin(), candidates.end());
  }
  j += "\n],\"edges\":[";
  first = true;
  for (size_t i : candidates) {
    Edge e = ordered[i];
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    j += first ? "\n" : ",\n";
    first = false;
    j += "{\"source\":";
    append_json_string(&j, g[s].id);
    j += ",\"target\":";
    append_json_string(&j, g[t].id);
    j += fmt::format(",\"type\":\"{}\",\"weight\":{}}}", edge_kind_name(kg.edge(e).kind), kg.edge(e).weight);
  }
  j += "\n],\"years\":[";
  first = true;
  for (int y : all_years) {
    j += (first ? "" : ",") + std::to_string(y);
    first = false;
  }
  j += "],\"typeColors\":{";
  first = true;
  for (const std::string& t : types) {
    j += fmt::format("{}\"{}\":\"{}\"", first ? "" : ",", t, type_color(t).hex());
    first = false;
  }
  j += "},\"communityColors\":[";
  for (int c = 0; c < 12; ++c) j += fmt::format("{}\"{}\"", c ? "," : "", community_color(c).hex());
  j += fmt::format("],\"totalNodes\":{},\"drawnNodes\":{}}}", kg.node_count(), nodes.size());

  out << "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
         // No network at all: scripts and styles are inline, images only as data: (sigma's WebGL needs none).
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
         "style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; form-action 'none'; base-uri 'none'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"talkgraph "
      << TALKGRAPH_VERSION << "\">\n<title>talkgraph topic map</title>\n<style>\n"
      << assets.style_css << "</style>\n</head>\n<body>\n"
      << "<div id=\"app\">\n<aside id=\"controls\">\n<h1>talkgraph</h1>\n"
         "<label for=\"search\">Find</label>\n<input id=\"search\" type=\"search\" autocomplete=\"off\" "
         "placeholder=\"Django, 장고, GIL…\">\n<p id=\"search-result\"></p>\n"
         "<fieldset id=\"years\"><legend>Years</legend></fieldset>\n"
         "<fieldset id=\"types\"><legend>Show</legend></fieldset>\n"
         "<fieldset id=\"coloring\"><legend>Color by</legend>"
         "<label><input type=\"radio\" name=\"color\" value=\"type\" checked> type</label> "
         "<label><input type=\"radio\" name=\"color\" value=\"community\"> topic community</label></fieldset>\n"
         "<div id=\"legend\"></div>\n<p id=\"status\"></p>\n</aside>\n"
         "<main id=\"map\" aria-label=\"topic map\"></main>\n"
         "<aside id=\"panel\" hidden><button id=\"close\" type=\"button\" aria-label=\"close\">×</button>"
         "<h2 id=\"panel-title\"></h2><p id=\"panel-meta\"></p><h3>Talks</h3><ul id=\"panel-talks\"></ul>"
         "<h3>Evidence</h3><ul id=\"panel-evidence\"></ul></aside>\n</div>\n"
         "<script type=\"application/json\" id=\"talkgraph-data\">"
      << script_safe_json(j) << "</script>\n<script>\n"
      << script_safe_js(assets.graphology_js) << "\n</script>\n<script>\n"
      << script_safe_js(assets.sigma_js) << "\n</script>\n<script>\n"
      << script_safe_js(assets.app_js) << "\n</script>\n</body>\n</html>\n";
}

}  // namespace talkgraph
