// Metrics: degree, weighted degree, PageRank, betweenness and topic communities of the entity graph.
#pragma once

#include "graph/knowledge_graph.h"

namespace talkgraph {

struct MetricsOptions {
  bool communities = true;
  unsigned seed = 20191122;  // Louvain visits nodes in a random order: a fixed seed keeps output stable
  // Betweenness is exact while nodes x edges stays below this; above, it is estimated from evenly
  // spread sources (the graph attribute "betweenness" says which).
  double exact_betweenness_work = 2e8;
  // Betweenness runs its sources on this many threads (0: one per core); the result does not depend on it.
  int threads = 0;
};

// Computes, on the topic map (entity nodes joined by co_occurs edges, undirected, weighted by count),
// and stores on each entity node:
//   degree           co-occurring entities
//   weighted_degree  sum of co_occurs weights
//   pagerank         weighted PageRank, alpha 0.85, dangling nodes spread evenly (as NetworkX)
//   betweenness      unweighted shortest paths, normalized by (n-1)(n-2)/2 (as NetworkX); estimated
//                    from sampled sources on very large graphs
//   community        Louvain modularity communities (igraph), numbered by size, largest first
// and the partition's modularity on the graph. Other nodes keep their defaults.
void compute_metrics(KnowledgeGraph* graph, const MetricsOptions& options = {});

}  // namespace talkgraph
