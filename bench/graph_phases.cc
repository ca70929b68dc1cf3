// The phases after extraction, each alone, for profiling and for comparing writers without the disk:
// extracts PATH, then times building the graph, the metrics, and each writer into a stream that
// discards what it gets. Writers run REPS times (default 3) and the fastest run is reported, since a
// shared machine's noise only ever adds time.
// Usage: talkgraph_bench_graph PATH [REPS] [--no-documents]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cctype>
#include <cstring>
#include <functional>
#include <ostream>
#include <streambuf>

#include "bench/bench_input.h"
#include "cli/allocator.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "extract/batch.h"
#include "graph/graph_builder.h"
#include "graph/metrics.h"

using namespace talkgraph;

namespace {

class CountingBuffer : public std::streambuf {
 public:
  size_t bytes = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes += static_cast<size_t>(n);
    return n;
  }
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) ++bytes;
    return traits_type::not_eof(c);
  }
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PATH [REPS] [--no-documents]\n", argv[0]);
    return 2;
  }
  int reps = argc > 2 && std::isdigit(static_cast<unsigned char>(argv[2][0])) ? std::atoi(argv[2]) : 3;
  GraphOptions options;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--no-documents") == 0) options.documents = false;
  }
  Corpus corpus;
  std::vector<std::string> problems;
  if (!open_bench_corpus(argv[1], 0, &corpus)) return 1;
  std::vector<DocumentExtraction> documents;
  corpus.extract([&](DocumentExtraction&& d) { documents.push_back(std::move(d)); }, &problems);

  auto start = std::chrono::steady_clock::now();
  GraphBuilder builder(options);
  for (const DocumentExtraction& d : documents) builder.add(d);
  std::printf("%-10s %8.3f s  (%zu documents; %s)\n", "add", seconds_since(start), documents.size(),
              allocator_name().c_str());
  start = std::chrono::steady_clock::now();
  KnowledgeGraph graph = builder.build();
  std::printf("%-10s %8.3f s  (%zu nodes, %zu edges)\n", "build", seconds_since(start), graph.node_count(),
              graph.edge_count());
  start = std::chrono::steady_clock::now();
  compute_metrics(&graph);
  std::printf("%-10s %8.3f s\n", "metrics", seconds_since(start));

  const std::vector<std::pair<const char*, std::function<void(std::ostream&)>>> writers = {
      {"graphml", [&](std::ostream& o) { write_graphml(graph, o); }},
      {"dot", [&](std::ostream& o) { write_dot(graph, o, DotOptions{}); }},
      {"json", [&](std::ostream& o) { write_json(graph, o); }},
      {"gexf", [&](std::ostream& o) { write_gexf(graph, o, GexfOptions{}); }},
  };
  for (const auto& [name, write] : writers) {
    double best = 1e300;
    size_t bytes = 0;
    for (int r = 0; r < reps; ++r) {
      CountingBuffer buffer;
      std::ostream out(&buffer);
      start = std::chrono::steady_clock::now();
      write(out);
      best = std::min(best, seconds_since(start));
      bytes = buffer.bytes;
    }
    std::printf("%-10s %8.3f s  %7.1f MB  %6.0f MB/s\n", name, best, bytes / 1e6, bytes / 1e6 / best);
  }
  return 0;
}
