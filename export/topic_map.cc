#include "export/topic_map.h"

#include <algorithm>
#include <map>

#include "export/palette.h"

namespace talkgraph {

namespace {

// The talks that mention the most kept entities (then the most mentions of them), at least one.
std::vector<Vertex> top_talks(const KnowledgeGraph& kg, const std::vector<char>& kept, size_t n, size_t* total) {
  const Graph& g = kg.graph();
  struct Scored {
    Vertex v;
    size_t entities;
    double mentions;
  };
  std::vector<Scored> talks;
  *total = 0;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (g[v].type != NodeKind::kTalk) continue;
    ++*total;
    Scored s{v, 0, 0};
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
      if (kg.edge(e).kind == EdgeKind::kMentions && kept[boost::target(e, g)]) {
        ++s.entities;
        s.mentions += kg.edge(e).weight;
      }
    }
    if (s.entities > 0) talks.push_back(s);
  }
  std::stable_sort(talks.begin(), talks.end(), [](const Scored& a, const Scored& b) {
    return a.entities != b.entities ? a.entities > b.entities : a.mentions > b.mentions;
  });
  if (talks.size() > n) talks.resize(n);
  std::vector<Vertex> out;
  for (const Scored& s : talks) out.push_back(s.v);
  return out;
}

// Each kept entity's `per_node` strongest co-mentions with other kept entities (ties: edge order);
// a map of every co-mention among 40 entities is a hairball.
std::vector<char> strongest_co_mentions(const KnowledgeGraph& kg, const std::vector<char>& kept, size_t per_node) {
  const Graph& g = kg.graph();
  const auto& ordered = kg.ordered_edges();
  std::map<Vertex, std::vector<size_t>> by_node;
  for (size_t i = 0; i < ordered.size(); ++i) {
    const Edge e = ordered[i];
    if (kg.edge(e).kind != EdgeKind::kCoOccurs) continue;
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!kept[s] || !kept[t]) continue;
    by_node[s].push_back(i);
    by_node[t].push_back(i);
  }
  std::vector<char> chosen(ordered.size(), 0);
  for (auto& [v, edges] : by_node) {
    std::stable_sort(edges.begin(), edges.end(),
                     [&](size_t a, size_t b) { return kg.edge(ordered[a]).weight > kg.edge(ordered[b]).weight; });
    for (size_t k = 0; k < edges.size() && k < per_node; ++k) chosen[edges[k]] = 1;
  }
  return chosen;
}

std::vector<CommunityLegendEntry> community_legend(const Graph& g, const std::vector<Vertex>& entities, size_t colored) {
  struct Tally {
    size_t members = 0;
    int mentions = 0;
    Vertex top{};
  };
  std::map<int, Tally> tally;
  for (Vertex v : entities) {
    if (g[v].community < 0) continue;
    Tally& t = tally[g[v].community];
    if (t.members == 0 || g[v].mentions > g[t.top].mentions) t.top = v;  // entities come most mentioned first
    ++t.members;
    t.mentions += g[v].mentions;
  }
  std::vector<std::pair<int, Tally>> ranked(tally.begin(), tally.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second.members != b.second.members ? a.second.members > b.second.members : a.second.mentions > b.second.mentions;
  });
  std::vector<CommunityLegendEntry> out;
  for (const auto& [community, t] : ranked) {
    // A community of one entity is not a topic: it stays grey.
    if (out.size() == colored || t.members < 2) break;
    out.push_back({community, g[t.top].label, t.members});
  }
  return out;
}

}  // namespace

MapSelection select_map(const KnowledgeGraph& kg, const MapSelectionOptions& options) {
  const Graph& g = kg.graph();
  MapSelection map;
  map.kept.assign(boost::num_vertices(g), 0);
  const std::vector<Vertex> entities = most_mentioned_entities(g, options.entities, &map.total_entities);
  for (Vertex v : entities) map.kept[v] = 1;
  const std::vector<Vertex> talks = top_talks(kg, map.kept, options.talks, &map.total_talks);
  for (Vertex t : talks) {
    map.kept[t] = 1;
    for (Edge e : boost::make_iterator_range(boost::out_edges(t, g))) {
      if (kg.edge(e).kind == EdgeKind::kPresentedAt) map.kept[boost::target(e, g)] = 1;
    }
  }
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (!map.kept[v]) continue;
    map.nodes.push_back(v);
    if (g[v].type == NodeKind::kEvent) ++map.events;
  }
  map.entities = entities.size();
  map.talks = talks.size();

  const std::vector<char> co_mentions = strongest_co_mentions(kg, map.kept, options.co_mentions_per_node);
  const auto& ordered = kg.ordered_edges();
  for (size_t i = 0; i < ordered.size(); ++i) {
    const Edge e = ordered[i];
    if (!map.kept[boost::source(e, g)] || !map.kept[boost::target(e, g)]) continue;
    const EdgeKind kind = kg.edge(e).kind;
    if (kind == EdgeKind::kCoOccurs ? co_mentions[i] : kind != EdgeKind::kReviewedIn && kind != EdgeKind::kAbout) {
      map.edges.push_back(e);
    }
  }
  map.communities = community_legend(g, entities, options.colored_communities);
  return map;
}

std::vector<Vertex> most_mentioned_entities(const Graph& g, size_t n, size_t* total) {
  std::vector<Vertex> entities;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (is_entity(g[v].type)) entities.push_back(v);
  }
  if (total != nullptr) *total = entities.size();
  std::stable_sort(entities.begin(), entities.end(), [&](Vertex a, Vertex b) { return g[a].mentions > g[b].mentions; });
  if (entities.size() > n) entities.resize(n);
  return entities;
}

std::string community_fill(const MapSelection& map, int community) {
  for (size_t i = 0; i < map.communities.size(); ++i) {
    if (map.communities[i].community == community) return community_color(static_cast<int>(i)).hex();
  }
  return "#dddddd";
}

}  // namespace talkgraph
