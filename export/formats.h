// The output formats, in one table: name (-f), file, what it opens in, what it needs, and its writer.
// `build` and `merge` check -f against it and write through it, their --help and shell completions
// list it, and a test checks that docs/formats.md describes every entry.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/html_writer.h"
#include "export/json_writer.h"
#include "graph/knowledge_graph.h"

namespace talkgraph {

// What every writer may read: the graph and each format's options.
struct WriteContext {
  const KnowledgeGraph& graph;
  DotOptions dot;
  GexfOptions gexf;
  HtmlOptions html;
  const HtmlAssets* assets = nullptr;  // loaded by the caller when html is asked for
  size_t top = 0;                      // --top (0: each map's default)
  JsonOptions json;
};

enum class FormatNeeds {
  kNothing,
  kGraphviz,   // rendered from the DOT topic map by Graphviz (export/graphviz_render.h)
  kWebAssets,  // the page's libraries and template (HtmlAssets)
};

struct OutputFormat {
  std::string_view name;      // the -f value
  std::string_view file;      // the file written in the output folder
  std::string_view opens_in;  // for --help
  FormatNeeds needs;
  int size_rank;              // written largest first (0: the largest), so small files fill in beside it
  // Writes the format to a stream; null for the Graphviz-rendered formats.
  void (*write)(const WriteContext&, std::ostream&);
};

// In the order --help lists them.
const std::vector<OutputFormat>& output_formats();
// The format named so, or null.
const OutputFormat* find_output_format(std::string_view name);

}  // namespace talkgraph
