#include "export/formats.h"

#include "export/cytoscape_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"

namespace talkgraph {

const std::vector<OutputFormat>& output_formats() {
  static const std::vector<OutputFormat> kFormats = {
      {"graphml", "talkgraph.graphml", "Gephi, NetworkX, igraph, yEd", FormatNeeds::kNothing, 2,
       [](const WriteContext& c, std::ostream& o) { write_graphml(c.graph, o); }},
      {"dot", "talkgraph.dot", "Graphviz (the topic map)", FormatNeeds::kNothing, 7,
       [](const WriteContext& c, std::ostream& o) { write_dot(c.graph, o, c.dot); }},
      {"json", "talkgraph.json", "NetworkX, D3 (node-link)", FormatNeeds::kNothing, 0,
       [](const WriteContext& c, std::ostream& o) { write_json(c.graph, o, c.json); }},
      {"gexf", "talkgraph.gexf", "Gephi with its timeline", FormatNeeds::kNothing, 1,
       [](const WriteContext& c, std::ostream& o) { write_gexf(c.graph, o, c.gexf); }},
      {"cytoscape", "talkgraph.cytoscape.json", "Cytoscape.js", FormatNeeds::kNothing, 3,
       [](const WriteContext& c, std::ostream& o) { write_cytoscape(c.graph, o, c.top); }},
      {"svg", "talkgraph.svg", "a browser (the topic map, drawn by Graphviz)", FormatNeeds::kGraphviz, 5,
       nullptr},
      {"png", "talkgraph.png", "an image viewer (the topic map, drawn by Graphviz)", FormatNeeds::kGraphviz,
       6, nullptr},
      {"html", "talkgraph.html", "a browser, offline (the interactive map)", FormatNeeds::kWebAssets, 4,
       [](const WriteContext& c, std::ostream& o) { write_html(c.graph, o, *c.assets, c.html); }},
  };
  return kFormats;
}

const OutputFormat* find_output_format(std::string_view name) {
  for (const OutputFormat& f : output_formats()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace talkgraph
