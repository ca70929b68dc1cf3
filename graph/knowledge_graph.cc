#include "graph/knowledge_graph.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <stdexcept>

namespace talkgraph {

std::string_view edge_kind_name(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kPresentedAt: return "presented_at";
    case EdgeKind::kReviewedIn: return "reviewed_in";
    case EdgeKind::kAbout: return "about";
    case EdgeKind::kMentions: return "mentions";
    case EdgeKind::kCoOccurs: return "co_occurs";
    case EdgeKind::kVersionOf: return "version_of";
  }
  return "?";
}

EdgeId::EdgeId(uint32_t index) {
  text_[0] = 'e';
  size_ = static_cast<size_t>(std::to_chars(text_ + 1, text_ + sizeof text_, index).ptr - text_);
}

void KnowledgeGraph::read_ahead(size_t i) const {
  // Two steps, since the second needs what the first fetched: the arrays an edge points to, then
  // the strings those arrays point to. Far enough ahead that the fetch is done in time, near enough
  // that it is still in cache when the writer gets there.
  constexpr size_t kArrays = 16, kStrings = 8;
  const Graph& g = *graph_;
  if (i + kArrays < ordered_edges_.size()) {
    const Edge e = ordered_edges_[i + kArrays];
    const EdgeProps& p = edge(e);
    if (!p.evidence.empty()) __builtin_prefetch(p.evidence.data());
    if (!p.weight_by_year.empty()) p.weight_by_year.prefetch();
    __builtin_prefetch(&g[boost::source(e, g)]);
    __builtin_prefetch(&g[boost::target(e, g)]);
  }
  if (i + kStrings < ordered_edges_.size()) {
    const Edge e = ordered_edges_[i + kStrings];
    for (const Evidence& ev : edge(e).evidence) {
      ev.document.prefetch();
      ev.surface.prefetch();
      ev.sentence.prefetch();
    }
    __builtin_prefetch(g[boost::source(e, g)].id.data());
    __builtin_prefetch(g[boost::target(e, g)].id.data());
  }
}

std::vector<int> known_years(const NodeProps& n) {
  std::vector<int> years;
  if (is_entity(n.type)) {
    for (const auto& [year, count] : n.mentions_by_year) {
      if (year != kUnknownYear) years.push_back(year);
    }
  } else if (n.year != kUnknownYear) {
    years.push_back(n.year);
  }
  return years;
}

YearWeightsView KnowledgeGraph::weight_by_year(Edge e) const {
  const EdgeProps& p = edge(e);
  if (p.kind != EdgeKind::kMentions) return YearWeightsView(&p.weight_by_year);
  return YearWeightsView((*graph_)[boost::source(e, *graph_)].year, p.weight);  // kUnknownYear too
}

Cooccurrence KnowledgeGraph::cooccurrence(Edge e) const {
  const Graph& g = *graph_;
  const double c = edge(e).weight;
  const double sa = windows_with_.at(boost::source(e, g));
  const double sb = windows_with_.at(boost::target(e, g));
  return {c / (sa * sb), c / (sa + sb - c), std::log2(windows_ * c / (sa * sb))};
}

KnowledgeGraph::KnowledgeGraph(std::unique_ptr<Graph> graph, EdgeStore edges,
                               std::shared_ptr<StringPool> strings)
    : graph_(std::move(graph)), edges_(std::move(edges)), strings_(std::move(strings)) {
  const Graph& g = *graph_;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) index_.emplace(g[v].id, v);
  // Each edge's index is its place: one pass puts them in order, no sort.
  ordered_edges_.resize(boost::num_edges(g));
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const uint32_t i = g[e].index;
    if (i >= ordered_edges_.size() || i >= edges_.size()) throw std::logic_error("edge index out of range");
    ordered_edges_[i] = e;
  }
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

GraphSummary KnowledgeGraph::summary() const {
  GraphSummary s;
  std::set<std::pair<std::string, int>> events;
  const Graph& g = *graph_;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    if (n.type == NodeKind::kDocument) {
      continue;
    } else if (n.type == NodeKind::kTalk) {
      ++s.talks;
    } else if (n.type == NodeKind::kEvent) {
      events.emplace(n.name, n.year);
    } else {
      ++s.entities_by_type[std::string(node_kind_name(n.type))];
    }
  }
  s.documents = documents_;
  s.events.assign(events.begin(), events.end());
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    ++s.edges_by_kind[std::string(edge_kind_name(edge(e).kind))];
  }
  s.edges = boost::num_edges(g);
  return s;
}

}  // namespace talkgraph
