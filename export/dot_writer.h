// DOT export, for Graphviz topic maps.
//
// Grammar: https://graphviz.org/doc/info/lang.html. Every id is quoted; inside quotes '\' becomes
// "\\", '"' becomes "\"", a line feed "\n", and CR and other control characters are dropped, so no
// label can end a string or start an escape sequence (\N, \G, ...). Talks and their events are grouped
// by year in cluster_ subgraphs. Fonts: NanumGothic (fonts-nanum), which has Hangul.
// Not supported: HTML-like labels, record shapes, per-year weights (DOT has no time).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace talkgraph {

struct DotOptions {
  size_t top = 0;                   // keep the N entities with the most mentions (0: all)
  bool color_by_community = false;  // else by type
  // The topic map drawn for -f svg/png: no document nodes, entities placed by co-occurrence (fdp),
  // talks in one box per year. Off, the file holds every node and edge of the graph.
  bool topic_map = false;
};

// Appends text as a DOT quoted string: quotes, backslashes and newlines escaped, other control
// characters dropped.
void append_dot_quoted(std::string* out, std::string_view text);

void write_dot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options = {});

}  // namespace talkgraph
