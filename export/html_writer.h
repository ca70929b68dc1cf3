// HTML export: one self-contained page that draws the topic map with sigma.js, with search, a year
// control and a panel per node.
//
// The map is a summary (export/layout.h, choose_topic_map): the entities with the most mentions, the
// talks most reviewed and the events, never the review documents themselves, which the talks' panels
// list. The whole graph is in GraphML, GEXF and JSON.
//
// The page is export/web/index.html with the graph as JSON, the sigma.js and graphology libraries
// (from npm, pinned by export/web/package-lock.json), export/web/app.js and style.css filled in; the
// caller reads them and passes them in. It opens from disk with no network: a Content-Security-Policy
// forbids every fetch. Review text is untrusted: the embedded JSON escapes < > & U+2028 U+2029,
// inline scripts cannot be closed early, and the page script writes text with textContent only. Not
// supported: editing, exporting from the page.
#pragma once

#include <ostream>
#include <string>

#include "extract/lexicon.h"
#include "graph/knowledge_graph.h"

namespace talkgraph {

struct HtmlAssets {
  std::string index_html;     // export/web/index.html: the page, with {{name}} placeholders
  std::string graphology_js;  // graphology.umd.min.js
  std::string sigma_js;       // sigma.min.js
  std::string app_js;         // export/web/app.js
  std::string style_css;      // export/web/style.css
};

struct HtmlOptions {
  size_t top = 0;                // --top: the N entities with the most mentions (0: kMapEntities)
  size_t max_edges = 3000;       // the strongest edges between drawn nodes, so the map stays readable
  size_t evidence_per_node = 8;  // sentences in an entity's panel
  size_t list_limit = 30;        // talks, reviews and entities listed in a panel
  bool color_by_community = false;  // --color community: the page opens coloured by community
  // The lexicon the graph was built with, when there is one (not for `merge`): search then finds a
  // drawn entity by any alias it has there ("Global Interpreter Lock" finds GIL), not only by the
  // aliases the reviews happened to use.
  const Lexicon* lexicon = nullptr;
};

void write_html(const KnowledgeGraph& graph, std::ostream& out, const HtmlAssets& assets, const HtmlOptions& options = {});

// JSON text made safe inside <script>: < > & U+2028 U+2029 as \u escapes (valid JSON, same value).
std::string script_safe_json(std::string_view json);

// A library's text inside <script>: "</script" cannot end it early.
std::string script_safe_js(std::string_view js);

// `page` with each {{name}} replaced by values[name], in one pass: text filled in is never scanned
// again, so a review that contains "{{app}}" stays text. Unknown names are left as written.
std::string fill_template(std::string_view page, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace talkgraph
