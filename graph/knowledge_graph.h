// KnowledgeGraph: events, documents, talks and entities over a Boost compressed sparse row graph.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include "graph/chunked_vector.h"
#include "graph/node_kind.h"
#include "graph/string_pool.h"
#include "graph/year_weights.h"

namespace talkgraph {

struct NodeProps {
  std::string id;     // stable: "event:pycon-kr-2022", "talk:pycon-kr-2022:…", "library:flask"
  std::string label;
  NodeKind type = NodeKind::kNone;
  int year = 0;       // events, talks, documents (0: unknown)
  std::string name;   // events: "PyCon KR"
  std::string title;  // talks
  std::string kind;   // talks: keynote, session, lightning, tutorial, sprint, talk
  std::string room;   // talks: the room or session label when the review gives one
  std::string event;  // talks and documents: the event's label
  std::string series; // events, talks and documents: the event's series ("PyCon KR"), its name without the year
  std::string path;   // documents
  int reviews = 0;    // events and talks: the reviews that cover them
  // Entities.
  std::vector<std::string> aliases;     // surface forms seen, sorted
  int mentions = 0;
  std::map<int, int> mentions_by_year;  // kUnknownYear holds mentions of no known year
  bool discovered = false;
  std::string discovered_by;            // the discovery rule (pip-install, import, cue, ...)
  std::string version_of;               // "Python 3.7" -> id of Python
  int pypi_rank = 0;
  // Metrics, filled by compute_metrics (graph/metrics.h) when asked.
  int degree = 0;
  double weighted_degree = 0;
  double pagerank = 0;
  double betweenness = 0;
  int community = -1;
};

// The known years a node belongs to, ascending: an entity's years of mention, another node's year
// (none when unknown). What the GEXF timeline and the HTML map's year filter place it by.
std::vector<int> known_years(const NodeProps& n);

enum class EdgeKind { kPresentedAt, kReviewedIn, kAbout, kMentions, kCoOccurs, kVersionOf };
std::string_view edge_kind_name(EdgeKind kind);

// Strings of the graph's pool: valid while the KnowledgeGraph lives. 32 bytes; millions are kept.
struct Evidence {
  PooledString document;  // document name
  PooledString surface;
  PooledString sentence;
  int line = 0;
  // Ordered by (document, line, surface, sentence): the order edges keep their first few in. Each
  // string is read only when the fields before it are equal: in a large graph each read is likely a
  // cache miss, and the document alone nearly always decides.
  bool operator<(const Evidence& o) const { return comes_before(document, line, surface, sentence, o); }
  bool operator==(const Evidence& o) const {
    return line == o.line && document.view() == o.document.view() && surface.view() == o.surface.view() &&
           sentence.view() == o.sentence.view();
  }
  // Whether evidence with these fields would come before `o`.
  static bool comes_before(std::string_view document, int line, std::string_view surface, std::string_view sentence,
                           const Evidence& o) {
    if (const int c = document.compare(o.document.view()); c != 0) return c < 0;
    if (line != o.line) return line < o.line;
    if (const int c = surface.compare(o.surface.view()); c != 0) return c < 0;
    return sentence < o.sentence.view();
  }
};

// An edge's data. The Boost graph holds only an EdgeRef per edge; the data lives in one EdgeStore in
// the KnowledgeGraph, in edge id order (KnowledgeGraph::edge). One cache line each: GraphBuilder
// fetches the data of many edges ahead of use, a line per edge.
struct alignas(64) EdgeProps {
  EdgeKind kind = EdgeKind::kMentions;
  double weight = 1;                   // count of mentions / co-occurring windows; 1 for structure
  YearWeights weight_by_year;          // co_occurs only: read through KnowledgeGraph::weight_by_year
  std::vector<Evidence> evidence;      // mentions: the first few, in document order
};
static_assert(sizeof(EdgeProps) == 64);

// A co_occurs edge's weight normalized three ways (docs/graph.md gives the formulas), computed when
// asked from the weight and the windows holding each end: three doubles fewer per stored edge.
struct Cooccurrence {
  double association = 0;
  double jaccard = 0;
  double pmi = 0;
};

// Edge data of a whole graph, millions of entries: grown by chunks, where a vector that doubles needs
// its old and its new array at once (three times the data at that moment) and keeps up to half its
// capacity unused.
using EdgeStore = ChunkedVector<EdgeProps, 16>;  // 4 MB chunks: the edges' data on huge pages

// An edge's id, "e0", "e1", ..., made when written rather than stored with each of millions of edges.
class EdgeId {
 public:
  explicit EdgeId(uint32_t index);
  std::string_view view() const { return {text_, size_}; }
  std::string str() const { return std::string(view()); }

 private:
  char text_[12];
  size_t size_;
};

// What the Boost graph stores per edge: the edge's place in the sorted edge order, which is also its
// id ("e<index>", EdgeId) and its index into KnowledgeGraph's edge data.
struct EdgeRef {
  uint32_t index = 0;
};

// The graph is built once, from all its edges, and never changes afterwards: a compressed sparse row
// graph stores an edge in about 20 bytes (both directions) where adjacency_list needs a list node and
// two adjacency entries, about 100; 32-bit vertex and edge indices (the builder refuses 2^30 nodes).
using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, NodeProps, EdgeRef, boost::no_property,
                                                 uint32_t, uint32_t>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

struct GraphSummary {
  size_t documents = 0;
  size_t talks = 0;
  std::vector<std::pair<std::string, int>> events;  // (name, year), sorted
  std::map<std::string, size_t> entities_by_type;
  std::map<std::string, size_t> edges_by_kind;
  size_t edges = 0;
};

class KnowledgeGraph {
 public:
  KnowledgeGraph() = default;
  // `edges[i]` is the data of the edge whose EdgeRef index is i; `strings` holds the text evidence
  // refers to.
  KnowledgeGraph(std::unique_ptr<Graph> graph, EdgeStore edges, std::shared_ptr<StringPool> strings);

  const Graph& graph() const { return *graph_; }
  Graph& mutable_graph() { return *graph_; }
  size_t node_count() const { return boost::num_vertices(*graph_); }
  size_t edge_count() const { return boost::num_edges(*graph_); }
  std::optional<Vertex> find(std::string_view id) const;
  // Edges in id order (e0, e1, ...), which is (kind, source id, target id) order.
  const std::vector<Edge>& ordered_edges() const { return ordered_edges_; }
  const EdgeProps& edge(Edge e) const { return edges_[(*graph_)[e].index]; }
  // Calls f(e) for each edge of ordered_edges(), in order, asking the CPU a few edges ahead for what
  // writing an edge reads: its evidence, per-year weights and end nodes live on the heap in no order
  // the edge order follows, and with millions of edges each is a cache miss a writer would otherwise
  // wait on. The loop of the writers that print evidence (JSON, GraphML, GEXF).
  template <typename F>
  void for_each_edge_reading_ahead(F&& f) const {
    for (size_t i = 0; i < ordered_edges_.size(); ++i) {
      read_ahead(i);
      f(ordered_edges_[i]);
    }
  }
  // The edge's weight per year, kUnknownYear holding what has none (see YearWeightsView); empty for
  // structural edges. Valid while the graph lives.
  YearWeightsView weight_by_year(Edge e) const;
  // For co_occurs edges; set_windows must have been called.
  Cooccurrence cooccurrence(Edge e) const;
  // Co-occurrence windows holding each vertex (by vertex), and windows holding any entity.
  void set_windows(std::vector<double> windows_with, double windows) {
    windows_with_ = std::move(windows_with);
    windows_ = windows;
  }
  GraphSummary summary() const;
  // Set by compute_metrics: the modularity of the topic communities and how many there are.
  void set_modularity(double modularity, size_t communities) {
    modularity_ = modularity;
    communities_ = communities;
  }
  double modularity() const { return modularity_; }
  // The reviews the graph was built from, whether or not they are nodes.
  void set_documents(size_t documents) { documents_ = documents; }
  size_t documents() const { return documents_; }
  // False when betweenness was estimated from sampled sources (large graphs; see graph/metrics.cc).
  void set_betweenness_exact(bool exact) { betweenness_exact_ = exact; }
  bool betweenness_exact() const { return betweenness_exact_; }
  size_t communities() const { return communities_; }
  // Nodes are stored sorted by id and edges by (kind, source id, target id): every writer walks them in
  // this order, which is what makes output byte-identical from run to run.

 private:
  // Prefetches for the i-th edge of ordered_edges() (for_each_edge_reading_ahead).
  void read_ahead(size_t i) const;
  // Behind a pointer, so that moving a KnowledgeGraph never copies the graph whatever Boost's graph
  // type offers (adjacency_list in Boost 1.74 has no move constructor and a swap that copies).
  std::unique_ptr<Graph> graph_ = std::make_unique<Graph>();
  std::unordered_map<std::string, Vertex> index_;
  std::vector<Edge> ordered_edges_;
  EdgeStore edges_;  // by EdgeRef index
  std::shared_ptr<StringPool> strings_;
  double modularity_ = 0;
  bool betweenness_exact_ = true;
  size_t communities_ = 0;
  size_t documents_ = 0;
  std::vector<double> windows_with_;
  double windows_ = 0;
};

}  // namespace talkgraph
