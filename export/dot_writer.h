// DOT export: the topic map (export/topic_map.h) for Graphviz, with its layout engine, a fixed seed
// and a legend in the file, so that `dot -Tsvg talkgraph.dot` draws what `-f svg` does.
//
// Grammar: https://graphviz.org/doc/info/lang.html. Every id is quoted; inside quotes '\' becomes
// "\\", '"' becomes "\"", a line feed "\n", '&' "&amp;" (Graphviz decodes entities), and CR and
// other control characters are dropped, so no label can end a string or start an escape sequence.
// The legend is an HTML-like label, its text escaped as HTML. Fonts: NanumGothic (fonts-nanum).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "export/topic_map.h"
#include "graph/knowledge_graph.h"

namespace talkgraph {

struct DotOptions {
  MapSelectionOptions map;              // what the map holds
  bool color_by_community = false;  // else by type
};

// Appends text as a DOT quoted string: quotes, backslashes and newlines escaped, other control
// characters dropped.
void append_dot_quoted(std::string* out, std::string_view text);

void write_dot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options = {});

}  // namespace talkgraph
