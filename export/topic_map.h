// What a topic map shows: a summary of the graph that stays legible at any corpus size. The whole
// graph is GraphML's, GEXF's and JSON's; a map keeps the entities mentioned most, the talks that
// mention most of them, the events of those talks, and the strongest co-mentions of each kept entity.
// Review (document) nodes are never drawn: with thousands of reviews they are all one sees.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace talkgraph {

// The entities the DOT, SVG and PNG maps show unless --top says otherwise: about what one legible
// picture holds.
constexpr size_t kDotMapEntities = 40;

struct MapSelectionOptions {
  size_t entities = kDotMapEntities;   // the N entities with the most mentions
  size_t talks = kDotMapEntities / 2;  // at most this many talks, by how many kept entities they mention
  size_t co_mentions_per_node = 3; // each entity's strongest co-mentions drawn (the union over entities)
  size_t colored_communities = 8;  // the largest communities get a color; the rest are grey

  // --top N: N entities and N/2 talks.
  static MapSelectionOptions top(size_t entities) {
    MapSelectionOptions o;
    o.entities = entities;
    o.talks = entities / 2;
    return o;
  }
};

// A community as a map's legend names it: by its most mentioned kept entity.
struct CommunityLegendEntry {
  int community = -1;
  std::string name;  // the label of its most mentioned entity on the map
  size_t members = 0;
};

struct MapSelection {
  std::vector<Vertex> nodes;  // in graph order
  std::vector<Edge> edges;    // in ordered_edges() order
  std::vector<char> kept;     // by vertex
  size_t entities = 0, talks = 0, events = 0;
  size_t total_entities = 0, total_talks = 0;
  // The colored communities, largest first (by kept members, then mentions); others are drawn grey.
  std::vector<CommunityLegendEntry> communities;
};

MapSelection select_map(const KnowledgeGraph& graph, const MapSelectionOptions& options);

// The `n` entities with the most mentions, ties in graph order (ids), so every run picks the same:
// what every map (this one, and the page's in export/layout.h) starts from. *total: all entities.
std::vector<Vertex> most_mentioned_entities(const Graph& g, size_t n, size_t* total = nullptr);

// The community's color on a map: its rank's color among the colored ones, grey otherwise.
std::string community_fill(const MapSelection& map, int community);

}  // namespace talkgraph
