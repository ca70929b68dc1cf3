// The HTML writer takes the map's summary and positions from export/layout.h and writes one JSON object
// the page script reads: nodes with position, radius, years, search names and what their panel lists;
// edges with type and weight; communities named by their top entity; the palettes. Everything the page
// shows comes from that object, made with nlohmann::json (keys sorted, so the bytes are the same every
// run) and made script-safe.
#include "export/html_writer.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "export/layout.h"
#include "export/palette.h"

namespace talkgraph {

using nlohmann::json;

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

std::string script_safe_js(std::string_view js) {
  std::string out(js);
  for (size_t p = out.find("</"); p != std::string::npos; p = out.find("</", p + 3)) out.replace(p, 2, "<\\/");
  return out;
}

std::string fill_template(std::string_view page, const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  size_t at = 0;
  while (true) {
    const size_t open = page.find("{{", at);
    const size_t close = open == std::string_view::npos ? open : page.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    const std::string_view name = page.substr(open + 2, close - open - 2);
    auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
    out.append(page.substr(at, open - at));
    if (value == values.end()) {
      out.append(page.substr(open, close + 2 - open));
    } else {
      out.append(value->second);
    }
    at = close + 2;
  }
  out.append(page.substr(at));
  return out;
}

namespace {

// How many communities get a colour of their own; the rest are grey. Ten colours are told apart at a
// glance, twelve already less so, seventy-seven not at all.
constexpr size_t kColoredCommunities = 10;

// Every name search should find a drawn entity by: its label, the forms the reviews wrote, and every
// alias the lexicon gives its entry (장고 and "Django framework" for Django, even if no review wrote
// them). Other nodes are found by their label.
std::unordered_map<Vertex, std::vector<std::string>> search_names(const KnowledgeGraph& kg, const TopicMap& map,
                                                                  const Lexicon* lexicon) {
  const Graph& g = kg.graph();
  std::unordered_map<std::string_view, Vertex> by_id;
  std::unordered_map<Vertex, std::set<std::string>> names;
  for (const MapNode& m : map.nodes) {
    const NodeProps& n = g[m.vertex];
    names[m.vertex].insert(n.aliases.begin(), n.aliases.end());
    if (is_entity(n.type)) by_id[n.id] = m.vertex;
  }
  if (lexicon != nullptr) {
    // The resolved aliases: an alias that two entries claim belongs to the one that won it.
    for (const LexiconAlias& a : lexicon->aliases()) {
      auto v = by_id.find(lexicon->entries()[a.entry].id());
      if (v != by_id.end()) names[v->second].insert(a.text);
    }
  }
  std::unordered_map<Vertex, std::vector<std::string>> out;
  for (const MapNode& m : map.nodes) {
    std::vector<std::string>& list = out[m.vertex];
    list.push_back(g[m.vertex].label);
    for (const std::string& name : names[m.vertex]) {
      if (name != list.front()) list.push_back(name);
    }
  }
  return out;
}

json years_of(const NodeProps& n) {
  json out = json::array();
  for (int y : known_years(n)) out.push_back(y);
  return out;
}

// The first `limit` of `items`, and how many there were in all.
void add_list(json* node, const char* name, std::vector<json> items, size_t limit) {
  (*node)[std::string(name) + "Count"] = items.size();
  if (items.size() > limit) items.resize(limit);
  (*node)[name] = std::move(items);
}

// An entity's panel: the talks that mention it, most mentions first, and its evidence, each sentence
// once (two aliases on one line are two mentions but one piece of evidence). An entity of a large
// corpus has thousands of sources: only the few listed are ever sorted in full.
void add_entity_panel(const KnowledgeGraph& kg, Vertex v, const HtmlOptions& options, json* node) {
  const Graph& g = kg.graph();
  std::vector<std::pair<double, Vertex>> talks;
  // The first pieces of evidence by (year, document, line, sentence): a set that drops a repeat of the
  // same sentence at the same place, and is cut back to the number listed as it fills.
  using Place = std::tuple<int, std::string_view, int, std::string_view>;
  std::set<Place> evidence;
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
    const EdgeProps& edge = kg.edge(e);
    if (edge.kind != EdgeKind::kMentions) continue;
    const Vertex source = boost::source(e, g);
    if (g[source].type == NodeKind::kTalk) talks.emplace_back(-edge.weight, source);
    for (const Evidence& ev : edge.evidence) {
      evidence.emplace(g[source].year, ev.document.view(), ev.line, ev.sentence.view());
      if (evidence.size() > options.evidence_per_node) evidence.erase(std::prev(evidence.end()));
    }
  }
  const size_t listed = std::min(talks.size(), options.list_limit);
  auto more = [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : g[a.second].title < g[b.second].title;
  };
  std::partial_sort(talks.begin(), talks.begin() + static_cast<std::ptrdiff_t>(listed), talks.end(), more);
  (*node)["talksCount"] = talks.size();
  json talk_list = json::array();
  for (size_t i = 0; i < listed; ++i) talk_list.push_back(g[talks[i].second].title);
  (*node)["talks"] = std::move(talk_list);

  json list = json::array();
  for (const auto& [year, document, line, sentence] : evidence) {
    // An unknown year is null, never 0.
    list.push_back({{"year", year == 0 ? json() : json(year)},
                    {"line", line},
                    {"document", std::string(document)},
                    {"sentence", std::string(sentence)}});
  }
  (*node)["evidence"] = std::move(list);
}

// A talk's panel: its event, the reviews that cover it and the entities it mentions, most first.
void add_talk_panel(const KnowledgeGraph& kg, Vertex v, const HtmlOptions& options, json* node) {
  const Graph& g = kg.graph();
  const NodeProps& n = g[v];
  std::vector<std::pair<double, Vertex>> entities;
  std::vector<std::string> documents;
  std::string event_key;
  for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
    const Vertex t = boost::target(e, g);
    if (kg.edge(e).kind == EdgeKind::kPresentedAt) event_key = g[t].id;
    if (kg.edge(e).kind == EdgeKind::kMentions) entities.emplace_back(-kg.edge(e).weight, t);
    if (kg.edge(e).kind == EdgeKind::kReviewedIn) documents.push_back(g[t].path.empty() ? g[t].label : g[t].path);
  }
  // Built without document nodes (--no-documents), the talk still knows the review that named it.
  if (documents.empty() && !n.path.empty()) documents.push_back(n.path);
  std::sort(documents.begin(), documents.end());
  std::sort(entities.begin(), entities.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : g[a.second].label < g[b.second].label;
  });
  std::vector<json> entity_list;
  for (const auto& [weight, t] : entities) entity_list.push_back({{"key", g[t].id}, {"label", g[t].label}, {"mentions", static_cast<int64_t>(-weight)}});
  std::vector<json> document_list(documents.begin(), documents.end());
  (*node)["event"] = n.event;
  (*node)["eventKey"] = event_key;
  (*node)["kind"] = n.kind;
  add_list(node, "entities", std::move(entity_list), options.list_limit);
  add_list(node, "documents", std::move(document_list), options.list_limit);
}

// An event's panel: the talks presented at it.
void add_event_panel(const KnowledgeGraph& kg, Vertex v, const HtmlOptions& options, json* node) {
  const Graph& g = kg.graph();
  std::vector<std::string> talks;
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
    if (kg.edge(e).kind == EdgeKind::kPresentedAt) talks.push_back(g[boost::source(e, g)].title);
  }
  std::sort(talks.begin(), talks.end());
  add_list(node, "talks", std::vector<json>(talks.begin(), talks.end()), options.list_limit);
}

struct Community {
  int id = -1;
  size_t drawn = 0;
  std::string name;     // the label of its entity with the most mentions
  int top_mentions = -1;
};

// The communities of the drawn nodes, largest on the map first (ties by name), each named by its most
// mentioned entity; a community without a drawn entity is named by its largest node.
std::vector<Community> drawn_communities(const Graph& g, const TopicMap& map) {
  std::map<int, Community> by_id;
  for (const MapNode& m : map.nodes) {
    const NodeProps& n = g[m.vertex];
    if (n.community < 0) continue;
    Community& c = by_id[n.community];
    c.id = n.community;
    ++c.drawn;
    const int weight = is_entity(n.type) ? n.mentions : -1;
    if (c.name.empty() || weight > c.top_mentions) c.name = n.label, c.top_mentions = weight;
  }
  std::vector<Community> out;
  for (auto& [id, c] : by_id) out.push_back(std::move(c));
  std::stable_sort(out.begin(), out.end(), [](const Community& a, const Community& b) {
    return a.drawn != b.drawn ? a.drawn > b.drawn : a.name < b.name;
  });
  return out;
}

// The strongest edges among the drawn nodes (ties: graph order), in graph order.
json drawn_edges(const KnowledgeGraph& kg, const std::unordered_map<Vertex, size_t>& drawn, size_t max_edges) {
  const Graph& g = kg.graph();
  std::vector<size_t> candidates;
  const auto& ordered = kg.ordered_edges();
  for (size_t i = 0; i < ordered.size(); ++i) {
    if (drawn.count(boost::source(ordered[i], g)) && drawn.count(boost::target(ordered[i], g))) candidates.push_back(i);
  }
  if (candidates.size() > max_edges) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](size_t a, size_t b) { return kg.edge(ordered[a]).weight > kg.edge(ordered[b]).weight; });
    candidates.resize(max_edges);
    std::sort(candidates.begin(), candidates.end());
  }
  json out = json::array();
  for (size_t i : candidates) {
    const Edge e = ordered[i];
    out.push_back({{"source", g[boost::source(e, g)].id},
                   {"target", g[boost::target(e, g)].id},
                   {"type", std::string(edge_kind_name(kg.edge(e).kind))},
                   {"weight", kg.edge(e).weight}});
  }
  return out;
}

json map_data(const KnowledgeGraph& kg, const HtmlOptions& options) {
  const Graph& g = kg.graph();
  const TopicMap map = choose_topic_map(kg, options.top);
  const auto names = search_names(kg, map, options.lexicon);
  const std::vector<Community> communities = drawn_communities(g, map);
  std::unordered_map<int, size_t> community_rank;
  for (size_t i = 0; i < communities.size(); ++i) community_rank[communities[i].id] = i;

  json nodes = json::array();
  std::set<int> all_years;
  std::set<NodeKind> types;
  std::unordered_map<Vertex, size_t> drawn;
  for (const MapNode& m : map.nodes) {
    const NodeProps& n = g[m.vertex];
    drawn[m.vertex] = nodes.size();
    types.insert(n.type);
    for (int y : known_years(n)) all_years.insert(y);
    auto rank = community_rank.find(n.community);
    json node = {{"key", n.id},
                 {"label", n.label},
                 {"type", node_kind_name(n.type)},
                 {"x", m.position.x},
                 {"y", m.position.y},
                 {"r", std::round(m.radius * 100) / 100},
                 {"pin", m.label},
                 {"community", rank == community_rank.end() ? -1 : static_cast<int>(rank->second)},
                 {"mentions", n.mentions},
                 {"reviews", n.reviews},
                 {"years", years_of(n)},
                 {"aliases", n.aliases},
                 {"names", names.at(m.vertex)}};
    if (is_entity(n.type)) add_entity_panel(kg, m.vertex, options, &node);
    if (n.type == NodeKind::kTalk) add_talk_panel(kg, m.vertex, options, &node);
    if (n.type == NodeKind::kEvent) add_event_panel(kg, m.vertex, options, &node);
    nodes.push_back(std::move(node));
  }

  json type_colors = json::object();
  for (NodeKind t : types) type_colors[std::string(node_kind_name(t))] = type_color(t).hex();  // a JSON object: by name
  json community_list = json::array();
  for (size_t i = 0; i < communities.size(); ++i) {
    community_list.push_back({{"name", communities[i].name},
                              {"nodes", communities[i].drawn},
                              {"color", i < kColoredCommunities ? json(community_color(static_cast<int>(i)).hex()) : json()}});
  }
  size_t documents = 0;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) documents += g[v].type == NodeKind::kDocument;
  return {{"nodes", std::move(nodes)},
          {"edges", drawn_edges(kg, drawn, options.max_edges)},
          {"years", json(std::vector<int>(all_years.begin(), all_years.end()))},
          {"typeColors", std::move(type_colors)},
          {"communities", std::move(community_list)},
          {"otherColor", community_color(-1).hex()},
          {"colorBy", options.color_by_community ? "community" : "type"},
          {"summary", {{"entities", map.entities}, {"talks", map.talks}, {"events", map.events}, {"documents", documents}}},
          {"totalNodes", kg.node_count()},
          {"drawnNodes", map.nodes.size()}};
}

}  // namespace

void write_html(const KnowledgeGraph& kg, std::ostream& out, const HtmlAssets& assets, const HtmlOptions& options) {
  // Review text is not always valid UTF-8: a bad byte becomes U+FFFD rather than an exception.
  const std::string data = map_data(kg, options).dump(-1, ' ', false, json::error_handler_t::replace);
  out << fill_template(assets.index_html, {{"version", TALKGRAPH_VERSION},
                                           {"style", assets.style_css},
                                           {"data", script_safe_json(data)},
                                           {"graphology", script_safe_js(assets.graphology_js)},
                                           {"sigma", script_safe_js(assets.sigma_js)},
                                           {"app", script_safe_js(assets.app_js)}});
}

}  // namespace talkgraph
