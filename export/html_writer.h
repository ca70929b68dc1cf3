// HTML export: one self-contained page that draws the topic map with sigma.js, with a year control.
//
// The page embeds the graph as JSON, the sigma.js and graphology libraries (from npm, pinned by
// export/web/package-lock.json, read by the caller and passed in), and export/web/app.js. It opens
// from disk with no network: a Content-Security-Policy forbids every fetch. Review text is untrusted:
// the embedded JSON escapes < > & U+2028 U+2029, inline scripts cannot be closed early, and the page
// script writes text with textContent only. Not supported: editing, exporting from the page.
#pragma once

#include <ostream>
#include <string>

#include "graph/knowledge_graph.h"

namespace talkgraph {

struct HtmlAssets {
  std::string graphology_js;  // graphology.umd.min.js
  std::string sigma_js;       // sigma.min.js
  std::string app_js;         // export/web/app.js
  std::string style_css;      // export/web/style.css
};

struct HtmlOptions {
  size_t max_nodes = 5000;  // the budget: events, then entities by mentions, then talks, then documents
  size_t top = 0;           // --top: keep only the N entities with the most mentions (0: as many as fit)
  size_t max_edges = 50000; // the strongest edges between drawn nodes, so WebGL stays smooth
  size_t evidence_per_node = 8;
};

void write_html(const KnowledgeGraph& graph, std::ostream& out, const HtmlAssets& assets, const HtmlOptions& options = {});

// JSON text made safe inside <script>: < > & U+2028 U+2029 as \u escapes (valid JSON, same value).
std::string script_safe_json(std::string_view json);

}  // namespace talkgraph
