#include "export/layout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <unordered_map>

#include "export/topic_map.h"

namespace talkgraph {

namespace {

// Nodes by grid cell, for "who is near me" in O(1) per node. Cells are visited in a fixed order and
// each cell lists its nodes in index order, so sums over neighbours add in the same order every run.
class Grid {
 public:
  Grid(const std::vector<Point>& p, double cell) : cell_(cell) {
    for (size_t i = 0; i < p.size(); ++i) cells_[key(cell_of(p[i].x), cell_of(p[i].y))].push_back(i);
  }
  // Calls f(j) for every node in the 3x3 cells around `at`.
  template <typename F>
  void near(const Point& at, F&& f) const {
    const int64_t cx = cell_of(at.x), cy = cell_of(at.y);
    for (int64_t dx = -1; dx <= 1; ++dx) {
      for (int64_t dy = -1; dy <= 1; ++dy) {
        auto it = cells_.find(key(cx + dx, cy + dy));
        if (it == cells_.end()) continue;
        for (size_t j : it->second) f(j);
      }
    }
  }

 private:
  int64_t cell_of(double v) const { return static_cast<int64_t>(std::floor(v / cell_)); }
  static uint64_t key(int64_t x, int64_t y) { return static_cast<uint64_t>(x) * 0x9E3779B97F4A7C15ULL ^ static_cast<uint64_t>(y); }
  double cell_;
  std::unordered_map<uint64_t, std::vector<size_t>> cells_;
};

// A direction for two nodes at the same place, from their indices: never random, never zero.
Point apart(size_t i, size_t j) {
  const double angle = static_cast<double>((i * 7919 + j * 104729) % 360) * M_PI / 180;
  return {std::cos(angle), std::sin(angle)};
}

// Forces in the manner of Fruchterman-Reingold with a cut-off: repulsion k^2/d from nodes within 2k
// (the grid's neighbours), a pull along edges that grows with the log of the distance, and a constant
// pull towards the middle that keeps unconnected parts from drifting away. The step shrinks linearly,
// so the number of iterations is fixed.
void relax(std::vector<Point>* points, const std::vector<LayoutEdge>& edges, double k) {
  std::vector<Point>& p = *points;
  const size_t n = p.size();
  const int iterations = 250;
  const double start_step = k * std::sqrt(static_cast<double>(n)) / 4;
  const double gravity = 0.05 * k;  // a constant pull, whatever the distance
  // A node's pull is shared among its edges: a hub with fifty links is pulled no harder than a node
  // with two, or the hubs would drag everything into one clump that the cut-off repulsion cannot hold.
  std::vector<double> degree(n, 0);
  for (const LayoutEdge& e : edges) degree[e.a] += 1, degree[e.b] += 1;
  for (double& d : degree) d = std::sqrt(std::max(1.0, d));
  std::vector<Point> move(n);
  for (int it = 0; it < iterations; ++it) {
    std::fill(move.begin(), move.end(), Point{});
    Grid grid(p, 2 * k);
    for (size_t i = 0; i < n; ++i) {
      grid.near(p[i], [&](size_t j) {
        if (j == i) return;
        double dx = p[i].x - p[j].x, dy = p[i].y - p[j].y;
        double d = std::sqrt(dx * dx + dy * dy);
        if (d > 2 * k) return;
        if (d < 1e-6) {
          const Point u = apart(i, j);
          dx = u.x, dy = u.y, d = 1e-3;
        }
        const double f = k * k / d;
        move[i].x += dx / d * f;
        move[i].y += dy / d * f;
      });
      const double d = std::sqrt(p[i].x * p[i].x + p[i].y * p[i].y);
      if (d > 1e-9) {
        move[i].x -= p[i].x / d * gravity;
        move[i].y -= p[i].y / d * gravity;
      }
    }
    for (const LayoutEdge& e : edges) {
      const double dx = p[e.a].x - p[e.b].x, dy = p[e.a].y - p[e.b].y;
      const double d = std::sqrt(dx * dx + dy * dy);
      if (d < 1e-6) continue;
      // Logarithmic in the distance (as LinLog's), not FR's d^2/k: with repulsion cut off at 2k, a
      // pull that grows fast would crush everything linked to a far hub into one crowd.
      const double f = e.weight * k * std::log1p(d / k) / d;  // per unit of (dx, dy), which is d long
      move[e.a].x -= dx * f / degree[e.a];
      move[e.a].y -= dy * f / degree[e.a];
      move[e.b].x += dx * f / degree[e.b];
      move[e.b].y += dy * f / degree[e.b];
    }
    const double step = start_step * (1.0 - static_cast<double>(it) / iterations) + k / 100;
    for (size_t i = 0; i < n; ++i) {
      const double len = std::sqrt(move[i].x * move[i].x + move[i].y * move[i].y);
      if (len < 1e-9) continue;
      const double s = std::min(len, step) / len;
      p[i].x += move[i].x * s;
      p[i].y += move[i].y * s;
    }
  }
}

// Pushes overlapping discs apart (each half the overlap) until no two are closer than `gap` edge to
// edge, or a bound on passes is reached. Each pass is linear through the grid; a pass that finds no
// overlap on a fresh grid proves there is none.
void separate(std::vector<Point>* points, const std::vector<double>& radii, double gap) {
  std::vector<Point>& p = *points;
  const double largest = *std::max_element(radii.begin(), radii.end());
  for (int pass = 0; pass < 2000; ++pass) {
    bool moved = false;
    Grid grid(p, 2 * largest + gap);
    for (size_t i = 0; i < p.size(); ++i) {
      grid.near(p[i], [&](size_t j) {
        if (j <= i) return;
        const double need = radii[i] + radii[j] + gap;
        double dx = p[j].x - p[i].x, dy = p[j].y - p[i].y;
        double d = std::sqrt(dx * dx + dy * dy);
        if (d >= need) return;
        if (d < 1e-6) {
          const Point u = apart(i, j);
          dx = u.x, dy = u.y, d = 1;
        }
        // A little past the distance needed, so that the pass converges instead of creeping.
        const double push = (need - std::sqrt((p[j].x - p[i].x) * (p[j].x - p[i].x) + (p[j].y - p[i].y) * (p[j].y - p[i].y))) / 2 + gap / 20;
        p[i].x -= dx / d * push;
        p[i].y -= dy / d * push;
        p[j].x += dx / d * push;
        p[j].y += dy / d * push;
        moved = true;
      });
    }
    if (!moved) return;
  }
}

// The first `count` of `nodes` by `before` (a strict order), in that order.
template <typename Before>
void keep_first(std::vector<Vertex>* nodes, size_t count, Before before) {
  std::stable_sort(nodes->begin(), nodes->end(), before);
  if (nodes->size() > count) nodes->resize(count);
}

// Radii by importance within a kind, on a square-root scale (a disc's area follows the count) and
// capped, so that the largest entity is a few times the smallest, not a hundred times.
double scaled(double value, double largest, double smallest_radius, double range) {
  return smallest_radius + range * std::sqrt(largest > 0 ? value / largest : 0);
}

// Each node's strongest few edges, in the order given: the backbone the layout pulls along. Synthetic
// or very regular corpora link nearly every entity to every other; pulling along all of them would crush
// the map into one clump (and make the grid's cells crowded, so repulsion would cost n^2 again).
std::vector<LayoutEdge> backbone(const std::vector<LayoutEdge>& edges, size_t nodes, size_t per_node) {
  std::vector<std::vector<size_t>> by_node(nodes);
  for (size_t i = 0; i < edges.size(); ++i) {
    by_node[edges[i].a].push_back(i);
    by_node[edges[i].b].push_back(i);
  }
  std::vector<bool> keep(edges.size(), false);
  for (std::vector<size_t>& list : by_node) {
    const size_t n = std::min(per_node, list.size());
    std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(n), list.end(), [&](size_t x, size_t y) {
      return edges[x].weight != edges[y].weight ? edges[x].weight > edges[y].weight : x < y;
    });
    for (size_t i = 0; i < n; ++i) keep[list[i]] = true;
  }
  std::vector<LayoutEdge> out;
  for (size_t i = 0; i < edges.size(); ++i) {
    if (keep[i]) out.push_back(edges[i]);
  }
  return out;
}

}  // namespace

TopicMap choose_topic_map(const KnowledgeGraph& kg, size_t top) {
  const Graph& g = kg.graph();
  const size_t entity_count = top > 0 ? top : kMapEntities;
  const std::vector<Vertex> entities = most_mentioned_entities(g, entity_count);
  std::vector<Vertex> talks, events;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (g[v].type == NodeKind::kTalk) talks.push_back(v);
    else if (g[v].type == NodeKind::kEvent) events.push_back(v);
  }
  // Ties keep graph order (nodes are sorted by id), so the choice is the same every run.
  keep_first(&talks, std::max<size_t>(10, entity_count * 2 / 5), [&](Vertex a, Vertex b) {
    return std::make_pair(g[a].reviews, boost::out_degree(a, g)) > std::make_pair(g[b].reviews, boost::out_degree(b, g));
  });
  keep_first(&events, std::max<size_t>(12, entity_count / 4), [&](Vertex a, Vertex b) { return g[a].reviews > g[b].reviews; });

  TopicMap map;
  map.entities = entities.size(), map.talks = talks.size(), map.events = events.size();
  auto add = [&](const std::vector<Vertex>& of_kind, auto value, double smallest_radius, double range) {
    double largest = 0;
    for (Vertex v : of_kind) largest = std::max(largest, static_cast<double>(value(v)));
    for (Vertex v : of_kind) map.nodes.push_back({v, scaled(value(v), largest, smallest_radius, range), {}, false});
  };
  add(events, [&](Vertex v) { return g[v].reviews; }, 7, 5);
  add(entities, [&](Vertex v) { return g[v].mentions; }, 3, 13);
  add(talks, [&](Vertex v) { return g[v].reviews; }, 3, 2.5);
  std::stable_sort(map.nodes.begin(), map.nodes.end(), [](const MapNode& a, const MapNode& b) { return a.radius > b.radius; });
  // Labels always drawn for the largest events and entities; talk titles are long, so a talk's label
  // shows when zoomed in, or on hover.
  size_t labels = 0;
  for (MapNode& m : map.nodes) {
    if (labels < 16 && g[m.vertex].type != NodeKind::kTalk) m.label = true, ++labels;
  }

  std::unordered_map<Vertex, size_t> index;
  for (size_t i = 0; i < map.nodes.size(); ++i) index[map.nodes[i].vertex] = i;
  std::vector<LayoutEdge> edges;
  for (Edge e : kg.ordered_edges()) {
    auto a = index.find(boost::source(e, g)), b = index.find(boost::target(e, g));
    if (a == index.end() || b == index.end() || a->second == b->second) continue;
    // Strong ties pull harder, but a thousand mentions must not crush two nodes together.
    edges.push_back({a->second, b->second, std::min(3.0, 1 + std::log1p(kg.edge(e).weight) / 3)});
  }
  std::vector<double> radii;
  for (const MapNode& m : map.nodes) radii.push_back(m.radius);
  const std::vector<Point> points = summary_layout(radii, edges);
  for (size_t i = 0; i < map.nodes.size(); ++i) map.nodes[i].position = points[i];
  return map;
}

std::vector<Point> summary_layout(const std::vector<double>& radii, const std::vector<LayoutEdge>& edges, double gap) {
  const size_t n = radii.size();
  std::vector<Point> p(n);
  if (n == 0) return p;
  const double mean_radius = std::accumulate(radii.begin(), radii.end(), 0.0) / static_cast<double>(n);
  const double k = 2 * mean_radius + 6 * gap;  // the distance two linked nodes settle at
  // A sunflower spiral: even density, the first (largest) nodes in the middle.
  const double golden_angle = M_PI * (3 - std::sqrt(5.0));
  for (size_t i = 0; i < n; ++i) {
    const double rho = k * std::sqrt(static_cast<double>(i) + 0.5);
    p[i] = {rho * std::cos(golden_angle * static_cast<double>(i)), rho * std::sin(golden_angle * static_cast<double>(i))};
  }
  relax(&p, backbone(edges, n, 6), k);
  // Rounding moves a point by at most 0.005 in each axis: 0.02 more gap keeps every disc apart after.
  separate(&p, radii, gap + 0.02);
  for (Point& q : p) q = {std::round(q.x * 100) / 100, std::round(q.y * 100) / 100};
  return p;
}

}  // namespace talkgraph
