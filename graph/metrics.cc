// Metrics run on a separate undirected graph of entities (the topic map: an edge list), since the
// knowledge graph mixes structural edges (talk -> event) with co-occurrence and only the latter make a
// topic map. Betweenness is Brandes' algorithm written here rather than Boost's, so that its sources
// can run on several threads (the tests check it against Boost's and NetworkX's results). PageRank is
// a weighted power iteration written here, because Boost's page_rank has no edge weights and handles
// dangling nodes differently from the tools users compare with (NetworkX, Gephi). Communities come
// from igraph's C library (igraph_community_multilevel, the Louvain method), a maintained
// implementation, not a home-made one; the tests check its modularity against NetworkX on the
// exported graph.
#include "graph/metrics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include <igraph/igraph.h>

#include "graph/parallel.h"

namespace talkgraph {

namespace {

struct TopicMap {
  std::vector<Vertex> nodes;  // topic vertex -> knowledge graph vertex
  std::vector<std::pair<size_t, size_t>> edges;
  std::vector<double> weights;
};

TopicMap topic_map(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  TopicMap t;
  std::map<Vertex, size_t> index;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (!is_entity(g[v].type)) continue;
    index[v] = t.nodes.size();
    t.nodes.push_back(v);
  }
  for (Edge e : kg.ordered_edges()) {
    if (kg.edge(e).kind != EdgeKind::kCoOccurs) continue;
    size_t a = index.at(boost::source(e, g)), b = index.at(boost::target(e, g));
    t.edges.emplace_back(a, b);
    t.weights.push_back(kg.edge(e).weight);
  }
  return t;
}

std::vector<double> pagerank(const TopicMap& t, double alpha = 0.85) {
  const size_t n = t.nodes.size();
  std::vector<double> strength(n, 0.0);
  for (size_t i = 0; i < t.edges.size(); ++i) {
    strength[t.edges[i].first] += t.weights[i];
    strength[t.edges[i].second] += t.weights[i];
  }
  std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
  for (int iteration = 0; iteration < 10000; ++iteration) {
    double dangling = 0;
    for (size_t v = 0; v < n; ++v) {
      if (strength[v] == 0) dangling += rank[v];
    }
    std::fill(next.begin(), next.end(), (1.0 - alpha) / static_cast<double>(n) + alpha * dangling / static_cast<double>(n));
    for (size_t i = 0; i < t.edges.size(); ++i) {
      auto [a, b] = t.edges[i];
      next[b] += alpha * rank[a] * t.weights[i] / strength[a];
      next[a] += alpha * rank[b] * t.weights[i] / strength[b];
    }
    double change = 0;
    for (size_t v = 0; v < n; ++v) change += std::fabs(next[v] - rank[v]);
    rank.swap(next);
    if (change < 1e-14 * static_cast<double>(n)) break;
  }
  return rank;
}

// Brandes' accumulation (Brandes 2001) from the given sources, added into `centrality`.
void accumulate_betweenness(const std::vector<std::vector<uint32_t>>& adj, const std::vector<uint32_t>& sources,
                            std::vector<double>* centrality) {
  const size_t n = adj.size();
  std::vector<double> delta(n), sigma(n);
  std::vector<int> dist(n);
  std::vector<uint32_t> order;
  std::vector<std::vector<uint32_t>> preds(n);
  for (uint32_t s : sources) {
    std::fill(sigma.begin(), sigma.end(), 0.0);
    std::fill(dist.begin(), dist.end(), -1);
    std::fill(delta.begin(), delta.end(), 0.0);
    for (auto& p : preds) p.clear();
    order.clear();
    sigma[s] = 1;
    dist[s] = 0;
    order.push_back(s);
    for (size_t head = 0; head < order.size(); ++head) {  // order doubles as the BFS queue
      uint32_t v = order[head];
      for (uint32_t w : adj[v]) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[v] + 1) {
          sigma[w] += sigma[v];
          preds[w].push_back(v);
        }
      }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      uint32_t w = *it;
      for (uint32_t v : preds[w]) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
      if (w != s) (*centrality)[w] += delta[w];
    }
  }
}

// Betweenness from `sources` evenly spread sources: all of them gives the exact value; fewer, for
// graphs too large for the exact O(VE) run, takes every (n/k)-th node in id order and scales the sums
// by n/k (Brandes & Pich 2007). The sources are cut into a fixed number of chunks run on up to
// `threads` threads and summed in chunk order, so the result is the same bytes whatever the threads.
std::vector<double> brandes_betweenness(const TopicMap& t, size_t sources, int threads) {
  const size_t n = t.nodes.size();
  std::vector<std::vector<uint32_t>> adj(n);
  for (const auto& [a, b] : t.edges) {
    adj[a].push_back(static_cast<uint32_t>(b));
    adj[b].push_back(static_cast<uint32_t>(a));
  }
  const double step = static_cast<double>(n) / static_cast<double>(sources);
  constexpr size_t kChunks = 16;
  std::vector<std::vector<uint32_t>> chunk_sources(kChunks);
  for (size_t k = 0; k < sources; ++k) {
    chunk_sources[k * kChunks / sources].push_back(static_cast<uint32_t>(static_cast<double>(k) * step));
  }
  std::vector<std::vector<double>> partial(kChunks);
  run_in_parallel(kChunks, threads, [&](size_t c) {
    partial[c].assign(n, 0.0);
    accumulate_betweenness(adj, chunk_sources[c], &partial[c]);
  });
  std::vector<double> centrality(n, 0.0);
  for (const std::vector<double>& p : partial) {
    for (size_t v = 0; v < n; ++v) centrality[v] += p[v];
  }
  // Each source counts its pairs once per direction: halve like the exact undirected result, then scale.
  const double scale = step / 2.0;
  for (double& c : centrality) c *= scale;
  return centrality;
}

std::vector<double> betweenness(const TopicMap& t, double exact_work, int threads, bool* exact) {
  const size_t n = t.nodes.size();
  *exact = true;
  if (n < 3) return std::vector<double>(n, 0.0);
  // Exact below about 2e8 edge visits (a few seconds); sampled above, with enough sources to keep
  // the ranking of the central nodes stable.
  size_t sources = n;
  if (static_cast<double>(n) * static_cast<double>(t.edges.size()) > exact_work) {
    sources = std::min(n, std::max<size_t>(64, static_cast<size_t>(2e8 / static_cast<double>(t.edges.size() + 1))));
    *exact = sources >= n;
  }
  std::vector<double> centrality = brandes_betweenness(t, sources, threads);
  // Normalized as NetworkX does for undirected graphs: by the (n-1)(n-2)/2 pairs of other nodes.
  double scale = 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
  for (double& c : centrality) c *= scale;
  return centrality;
}

// Louvain communities, renumbered so that 0 is the largest (ties: the smallest node id first).
std::vector<int> communities(const TopicMap& t, unsigned seed, double* modularity) {
  const size_t n = t.nodes.size();
  std::vector<int> result(n, 0);
  *modularity = 0;
  if (n == 0) return result;
  igraph_rng_seed(igraph_rng_default(), seed);
  igraph_vector_int_t edge_list;
  igraph_vector_int_init(&edge_list, static_cast<igraph_integer_t>(2 * t.edges.size()));
  for (size_t i = 0; i < t.edges.size(); ++i) {
    VECTOR(edge_list)[2 * i] = static_cast<igraph_integer_t>(t.edges[i].first);
    VECTOR(edge_list)[2 * i + 1] = static_cast<igraph_integer_t>(t.edges[i].second);
  }
  igraph_t graph;
  igraph_create(&graph, &edge_list, static_cast<igraph_integer_t>(n), IGRAPH_UNDIRECTED);
  igraph_vector_t weights;
  igraph_vector_init(&weights, static_cast<igraph_integer_t>(t.weights.size()));
  for (size_t i = 0; i < t.weights.size(); ++i) VECTOR(weights)[i] = t.weights[i];
  igraph_vector_int_t membership;
  igraph_vector_int_init(&membership, 0);
  igraph_community_multilevel(&graph, &weights, 1.0, &membership, nullptr, nullptr);
  if (!t.edges.empty()) igraph_modularity(&graph, &membership, &weights, 1.0, false, modularity);

  std::map<igraph_integer_t, std::vector<size_t>> groups;
  for (size_t v = 0; v < n; ++v) groups[VECTOR(membership)[v]].push_back(v);
  std::vector<std::vector<size_t>> ordered;
  for (auto& [id, members] : groups) ordered.push_back(std::move(members));
  std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
  });
  for (size_t c = 0; c < ordered.size(); ++c) {
    for (size_t v : ordered[c]) result[v] = static_cast<int>(c);
  }
  igraph_vector_int_destroy(&membership);
  igraph_vector_destroy(&weights);
  igraph_destroy(&graph);
  igraph_vector_int_destroy(&edge_list);
  return result;
}

}  // namespace

void compute_metrics(KnowledgeGraph* kg, const MetricsOptions& options) {
  TopicMap t = topic_map(*kg);
  Graph& g = kg->mutable_graph();
  std::vector<int> degree(t.nodes.size(), 0);
  std::vector<double> strength(t.nodes.size(), 0.0);
  for (size_t i = 0; i < t.edges.size(); ++i) {
    ++degree[t.edges[i].first];
    ++degree[t.edges[i].second];
    strength[t.edges[i].first] += t.weights[i];
    strength[t.edges[i].second] += t.weights[i];
  }
  std::vector<double> pr = pagerank(t);
  bool exact = true;
  std::vector<double> bc = betweenness(t, options.exact_betweenness_work, options.threads, &exact);
  double modularity = 0;
  std::vector<int> community = options.communities ? communities(t, options.seed, &modularity) : std::vector<int>();
  for (size_t i = 0; i < t.nodes.size(); ++i) {
    NodeProps& n = g[t.nodes[i]];
    n.degree = degree[i];
    n.weighted_degree = strength[i];
    n.pagerank = pr[i];
    n.betweenness = bc[i];
    if (options.communities) n.community = community[i];
  }
  kg->set_betweenness_exact(exact);
  kg->set_modularity(options.communities ? modularity : 0.0,
                     community.empty() ? 0 : static_cast<size_t>(*std::max_element(community.begin(), community.end()) + 1));
}

}  // namespace talkgraph
