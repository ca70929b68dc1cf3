// GraphBuilder: merges DocumentExtractions into one KnowledgeGraph, whatever order they come in.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/flat_hash.h"
#include "extract/extraction.h"
#include "graph/knowledge_graph.h"

namespace talkgraph {

enum class CooccurrenceWindow { kSentence, kTalk, kDocument };
bool parse_cooccurrence_window(std::string_view name, CooccurrenceWindow* window);

struct GraphOptions {
  CooccurrenceWindow window = CooccurrenceWindow::kSentence;
  size_t max_evidence_per_edge = 3;  // mentions edges keep the first few sentences, in document order
  // A node per review, with reviewed_in and about edges, and the review as the source of mentions
  // outside any talk. Without them (--no-documents) the graph is events, talks and entities only and
  // its size no longer grows with the number of reviews of the same conferences: mentions outside a
  // talk hang on the review's event, and every mention still names its review in its evidence.
  bool documents = true;
  // How many bits (1 to 64) of their 64-bit hash node keys are found by. Tests use one or two, so that
  // distinct keys share a hash and the path for such keys runs; the graph is the same either way.
  int node_hash_bits = 64;
};

class GraphBuilder {
 public:
  explicit GraphBuilder(GraphOptions options = {});
  // Adds one document. The extraction can be dropped afterwards: the builder keeps only counts,
  // surface forms and the few evidence sentences each edge retains.
  void add(const DocumentExtraction& doc);
  // Makes the graph; the builder is left empty.
  KnowledgeGraph build();

 private:
  uint32_t node(std::string_view key);
  // The node of a talk or event, found by its names as written: a talk reviewed again and again is
  // found without making its key (two slugs) each time.
  uint32_t talk_node(const TalkRecord& t);
  uint32_t event_node(const EventRef& e);
  uint32_t edge_index(uint64_t key, uint32_t source, uint32_t target, EdgeKind kind);
  EdgeProps& edge(uint32_t source, uint32_t target, EdgeKind kind);
  // An edge a document adds to: find_edges() sets `index` for a batch of them.
  struct EdgeVisit {
    uint32_t source, target;
    uint32_t index;
  };
  void find_edges(std::vector<EdgeVisit>& visits, EdgeKind kind);
  struct CooccurrenceOf {
    uint64_t ends;  // a << 32 | b: sorting compares one integer, then the year
    int year;
    bool operator<(const CooccurrenceOf& o) const { return ends != o.ends ? ends < o.ends : year < o.year; }
  };
  // Adds the window's count to each entity and its pairs to `pairs`.
  void add_window(std::vector<uint32_t>& entities, int year, const std::unordered_map<uint32_t, uint32_t>& version_of,
                  std::vector<CooccurrenceOf>* pairs);

  // add()'s stages, in order, over one document and its scratch space (graph_builder.cc).
  struct Scratch;
  void add_document_node(const DocumentExtraction& doc, Scratch& s);
  void add_events_and_talks(const DocumentExtraction& doc, Scratch& s);
  void add_entities(const DocumentExtraction& doc, Scratch& s);
  void gather_mentions(const DocumentExtraction& doc, Scratch& s);
  void add_mention_edges(const DocumentExtraction& doc, Scratch& s);
  void add_co_mentions(const DocumentExtraction& doc, Scratch& s);

  GraphOptions options_;
  std::shared_ptr<StringPool> strings_ = std::make_shared<StringPool>();
  // Node key -> index, by the key's 64-bit hash; nodes_[index].id is checked, and keys whose hash
  // another key already has (none in practice) go to node_collisions_. Documents are keyed by name
  // until build().
  FlatHashMap node_index_;
  std::unordered_map<std::string, uint32_t> node_collisions_;
  std::vector<NodeProps> nodes_;
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, NameHash, std::equal_to<>> named_nodes_;  // see talk_node()
  std::vector<std::vector<std::string_view>> aliases_;    // per node, unsorted and unique
  std::vector<YearCounts> mentions_by_year_;              // per node; into NodeProps at build()
  FlatHashMap edge_index_;                                 // (source, target, kind) -> index
  EdgeStore edges_;
  std::vector<std::pair<uint32_t, uint32_t>> endpoints_;
  std::vector<double> windows_with_;  // per node: co-occurrence windows holding it
  double windows_ = 0;                // windows holding at least one entity
  size_t documents_ = 0;
};

}  // namespace talkgraph
