#include "export/json_writer.h"

namespace talkgraph {

namespace {

nlohmann::json years_object(const std::map<int, double>& by_year) {
  nlohmann::json o = nlohmann::json::object();
  for (const auto& [year, w] : by_year) {
    if (w == static_cast<double>(static_cast<long long>(w))) {
      o[std::to_string(year)] = static_cast<long long>(w);
    } else {
      o[std::to_string(year)] = w;
    }
  }
  return o;
}

nlohmann::json node_json(const NodeProps& n) {
  nlohmann::json j;
  j["id"] = n.id;
  j["label"] = n.label;
  j["type"] = n.type;
  if (n.type == "event") {
    j["name"] = n.name;
    j["year"] = n.year;
  } else if (n.type == "document") {
    j["path"] = n.path;
    j["year"] = n.year;
    j["event"] = n.event;
  } else if (n.type == "talk") {
    j["title"] = n.title;
    j["year"] = n.year;
    j["kind"] = n.kind;
    j["event"] = n.event;
    if (!n.room.empty()) j["room"] = n.room;
  } else {
    j["aliases"] = n.aliases;
    j["mentions"] = n.mentions;
    std::map<int, double> by_year(n.mentions_by_year.begin(), n.mentions_by_year.end());
    j["mentions_by_year"] = years_object(by_year);
    std::vector<int> years;
    for (const auto& [y, c] : n.mentions_by_year) years.push_back(y);
    j["years"] = years;
    if (!years.empty()) {
      j["first_year"] = years.front();
      j["last_year"] = years.back();
    }
    j["discovered"] = n.discovered;
    if (!n.discovered_by.empty()) j["discovered_by"] = n.discovered_by;
    if (n.pypi_rank > 0) j["pypi_rank"] = n.pypi_rank;
    if (!n.version_of.empty()) j["version_of"] = n.version_of;
    j["degree"] = n.degree;
    j["weighted_degree"] = n.weighted_degree;
    j["pagerank"] = n.pagerank;
    j["betweenness"] = n.betweenness;
    if (n.community >= 0) j["community"] = n.community;
  }
  return j;
}

nlohmann::json edge_json(const KnowledgeGraph& kg, Edge e) {
  const Graph& g = kg.graph();
  const EdgeProps& p = g[e];
  nlohmann::json j;
  j["id"] = p.id;
  j["source"] = g[boost::source(e, g)].id;
  j["target"] = g[boost::target(e, g)].id;
  j["type"] = std::string(edge_kind_name(p.kind));
  if (p.weight == static_cast<double>(static_cast<long long>(p.weight))) {
    j["weight"] = static_cast<long long>(p.weight);
  } else {
    j["weight"] = p.weight;
  }
  if (!p.weight_by_year.empty()) j["weight_by_year"] = years_object(p.weight_by_year);
  if (p.kind == EdgeKind::kMentions) {
    nlohmann::json ev = nlohmann::json::array();
    for (const Evidence& x : p.evidence) {
      ev.push_back({{"document", x.document}, {"line", x.line}, {"surface", x.surface}, {"sentence", x.sentence}});
    }
    j["evidence"] = ev;
  }
  if (p.kind == EdgeKind::kCoOccurs) {
    j["association"] = p.association;
    j["jaccard"] = p.jaccard;
    j["pmi"] = p.pmi;
  }
  return j;
}

}  // namespace

nlohmann::json to_node_link(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  nlohmann::json nodes = nlohmann::json::array();
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) nodes.push_back(node_json(g[v]));
  nlohmann::json edges = nlohmann::json::array();
  for (Edge e : kg.ordered_edges()) edges.push_back(edge_json(kg, e));
  nlohmann::json j;
  j["directed"] = true;
  j["multigraph"] = false;
  j["graph"] = {{"name", "talkgraph"},
                {"generator", std::string("talkgraph ") + TALKGRAPH_VERSION},
                {"communities", kg.communities()},
                {"modularity", kg.modularity()}};
  j["nodes"] = std::move(nodes);
  j["links"] = edges;
  j["edges"] = std::move(edges);
  return j;
}

void write_json(const KnowledgeGraph& graph, std::ostream& out) {
  out << to_node_link(graph).dump(1, ' ', false, nlohmann::json::error_handler_t::strict) << '\n';
}

}  // namespace talkgraph
