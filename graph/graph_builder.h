// GraphBuilder: merges DocumentExtractions into one KnowledgeGraph, whatever order they come in.
#pragma once

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "extract/extraction.h"
#include "graph/knowledge_graph.h"

namespace talkgraph {

enum class CooccurrenceWindow { kSentence, kTalk, kDocument };
bool parse_cooccurrence_window(std::string_view name, CooccurrenceWindow* window);

struct GraphOptions {
  CooccurrenceWindow window = CooccurrenceWindow::kSentence;
  size_t max_evidence_per_edge = 5;  // mentions edges keep the first few sentences, in document order
};

class GraphBuilder {
 public:
  explicit GraphBuilder(GraphOptions options = {});
  void add(const DocumentExtraction& doc);
  KnowledgeGraph build() const;

 private:
  using EdgeKey = std::tuple<std::string, std::string, EdgeKind>;  // (source key, target key, kind)
  NodeProps& node(const std::string& key);
  EdgeProps& edge(const std::string& source, const std::string& target, EdgeKind kind);
  void add_window(const std::set<std::string>& entities, int year, const std::map<std::string, std::string>& version_of);

  GraphOptions options_;
  std::map<std::string, NodeProps> nodes_;  // by key; documents are keyed by path until build()
  std::map<std::string, std::set<std::string>> aliases_;
  std::map<EdgeKey, EdgeProps> edges_;
  std::map<std::string, double> windows_with_;  // entity -> co-occurrence windows holding it
  double windows_ = 0;                          // windows holding at least one entity
};

}  // namespace talkgraph
