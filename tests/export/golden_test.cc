// Golden files: the seeds' exports, byte for byte. When a change is intended, refresh them with
// tests/update_golden.sh, which runs this same test with TALKGRAPH_UPDATE_GOLDEN=1 (so the files are
// written by the code that checks them), and review the diff like code. CliSeeds.BuildWritesTheGoldenFiles
// checks that `talkgraph build` writes the same bytes.
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include <gtest/gtest.h>

#include "export/cytoscape_writer.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "graph/metrics.h"
#include "graph/pipeline.h"

namespace talkgraph {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The seeds' graph through the same pipeline as `talkgraph build seeds` (graph/pipeline.h).
KnowledgeGraph seeds_graph(int jobs) {
  CorpusSpec spec;
  spec.paths = {"seeds"};  // run from the source tree, as the CLI is
  spec.jobs = jobs;
  Corpus corpus;
  std::vector<std::string> errors, warnings, problems;
  EXPECT_TRUE(corpus.open(spec, &errors, &warnings, &problems));
  EXPECT_EQ(corpus.files().size(), 3u);
  KnowledgeGraph graph = corpus.build_graph(GraphOptions{}, &problems);
  EXPECT_TRUE(problems.empty());
  compute_metrics(&graph);
  return graph;
}

TEST(Golden, SeedsExportsAreUnchanged) {
  const KnowledgeGraph g = seeds_graph(2);
  const std::vector<std::pair<std::string, std::function<void(std::ostream&)>>> files = {
      {"talkgraph.graphml", [&](std::ostream& o) { write_graphml(g, o); }},
      {"talkgraph.json", [&](std::ostream& o) { write_json(g, o); }},
      {"talkgraph.dot", [&](std::ostream& o) { write_dot(g, o); }},
      {"talkgraph.gexf", [&](std::ostream& o) { write_gexf(g, o); }},
      {"talkgraph.cytoscape.json", [&](std::ostream& o) { write_cytoscape(g, o); }}};
  const bool update = std::getenv("TALKGRAPH_UPDATE_GOLDEN") != nullptr;
  for (const auto& [name, write] : files) {
    std::ostringstream out;
    write(out);
    const std::string path = "tests/golden/seeds/" + name;
    if (update) {
      std::ofstream(path, std::ios::binary) << out.str();
    } else {
      EXPECT_EQ(out.str(), slurp(path)) << name << " differs from " << path;
    }
  }
}

TEST(Golden, ThreadCountDoesNotChangeTheBytes) {
  std::ostringstream one, two;
  write_json(seeds_graph(1), one);
  write_json(seeds_graph(2), two);
  EXPECT_EQ(one.str(), two.str());
}

}  // namespace
}  // namespace talkgraph
