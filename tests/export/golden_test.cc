// Golden files: the seeds' exports, byte for byte. When a change to extraction is intended, refresh
// them with tests/update_golden.sh and review the diff like code.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "export/cytoscape_writer.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "extract/batch.h"
#include "extract/corpus.h"
#include "extract/knowledge_base.h"
#include "graph/graph_builder.h"
#include "graph/metrics.h"

namespace talkgraph {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

KnowledgeGraph seeds_graph(int jobs) {
  KnowledgeBase kb;
  std::vector<std::string> errors, warnings, problems;
  EXPECT_TRUE(load_knowledge_base({}, &kb, &errors, &warnings));
  Extractor extractor(kb.lexicon, &kb.pypi);
  auto files = collect_inputs({"seeds"}, &problems);  // run from the source tree, as the CLI is
  auto docs = extract_files(files, extractor, ExtractOptions{}, jobs, &problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(docs.size(), 3u);
  GraphBuilder builder;
  for (const auto& d : docs) builder.add(d);
  KnowledgeGraph graph = builder.build();
  compute_metrics(&graph);
  return graph;
}

TEST(Golden, SeedsExportsAreUnchanged) {
  KnowledgeGraph g = seeds_graph(2);
  std::ostringstream graphml, json, dot, gexf, cytoscape;
  write_graphml(g, graphml);
  write_json(g, json);
  write_dot(g, dot);
  write_gexf(g, gexf);
  write_cytoscape(g, cytoscape);
  EXPECT_EQ(graphml.str(), slurp("tests/golden/seeds/talkgraph.graphml"));
  EXPECT_EQ(json.str(), slurp("tests/golden/seeds/talkgraph.json"));
  EXPECT_EQ(dot.str(), slurp("tests/golden/seeds/talkgraph.dot"));
  EXPECT_EQ(gexf.str(), slurp("tests/golden/seeds/talkgraph.gexf"));
  EXPECT_EQ(cytoscape.str(), slurp("tests/golden/seeds/talkgraph.cytoscape.json"));
}

TEST(Golden, ThreadCountDoesNotChangeTheBytes) {
  std::ostringstream one, two;
  write_json(seeds_graph(1), one);
  write_json(seeds_graph(2), two);
  EXPECT_EQ(one.str(), two.str());
}

}  // namespace
}  // namespace talkgraph
