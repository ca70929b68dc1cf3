// Extraction alone, for profiling and for the "MB/s per core" figure: reads the files, extracts
// each one on `jobs` threads and drops the result; no graph, no output.
// Usage: talkgraph_bench_extract PATH [JOBS (default 1)]
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "bench/bench_input.h"
#include "cli/allocator.h"
#include "extract/batch.h"

using namespace talkgraph;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PATH [JOBS]\n", argv[0]);
    return 2;
  }
  const int jobs = argc > 2 ? std::atoi(argv[2]) : 1;
  Corpus corpus;
  std::vector<std::string> problems;
  if (!open_bench_corpus(argv[1], jobs, &corpus)) return 1;
  size_t bytes = 0, mentions = 0, talks = 0, documents = 0;
  auto start = std::chrono::steady_clock::now();
  corpus.extract([&](DocumentExtraction&& d) {
    bytes += d.bytes;
    mentions += d.mentions.size();
    talks += d.talks.size();
    documents += 1;
  }, &problems);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%zu documents, %.1f MB, %zu talks, %zu mentions, %d threads: %.3f s, %.1f MB/s, %.1f MB/s per thread (%s)\n",
              documents, bytes / 1e6, talks, mentions, jobs, s, bytes / 1e6 / s, bytes / 1e6 / s / jobs,
              allocator_name().c_str());
  return 0;
}
