#include "graph/layout.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>

namespace talkgraph {

std::unordered_map<Vertex, Point> force_layout(const KnowledgeGraph& kg, const std::vector<Vertex>& nodes, unsigned seed) {
  using Topology = boost::square_topology<std::minstd_rand>;
  using LayoutGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const Graph& g = kg.graph();
  std::unordered_map<Vertex, size_t> index;
  for (size_t i = 0; i < nodes.size(); ++i) index[nodes[i]] = i;
  LayoutGraph lg(nodes.size());
  for (Edge e : kg.ordered_edges()) {
    auto s = index.find(boost::source(e, g)), t = index.find(boost::target(e, g));
    if (s != index.end() && t != index.end() && s->second != t->second) boost::add_edge(s->second, t->second, lg);
  }
  std::minstd_rand rng(seed);
  const double side = std::max(10.0, 10.0 * std::sqrt(static_cast<double>(nodes.size())));
  Topology topology(rng, side);
  std::vector<Topology::point_type> position(nodes.size());
  auto position_map = boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, lg));
  std::unordered_map<Vertex, Point> out;
  if (nodes.empty()) return out;
  boost::random_graph_layout(lg, position_map, topology);
  boost::fruchterman_reingold_force_directed_layout(lg, position_map, topology,
                                                     boost::cooling(boost::linear_cooling<double>(150)));
  double max_abs = 1e-9;
  for (const auto& p : position) max_abs = std::max({max_abs, std::fabs(p[0]), std::fabs(p[1])});
  for (size_t i = 0; i < nodes.size(); ++i) {
    // Rounded so that the page's bytes do not depend on the last bits of floating point.
    out[nodes[i]] = {std::round(position[i][0] / max_abs * 1e4) / 1e4, std::round(position[i][1] / max_abs * 1e4) / 1e4};
  }
  return out;
}

}  // namespace talkgraph
