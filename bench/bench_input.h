// What the bench programs start with: the corpus under a path, opened by the same pipeline as the
// command line (graph/pipeline.h): the built-in knowledge base, the extractor and the files.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "graph/pipeline.h"

namespace talkgraph {

// Opens the corpus under `path` with `jobs` threads; false (with the errors on stderr) when the
// knowledge base does not load.
inline bool open_bench_corpus(const char* path, int jobs, Corpus* corpus) {
  CorpusSpec spec;
  spec.paths = {path};
  spec.jobs = jobs;
  std::vector<std::string> errors, warnings, problems;
  const bool ok = corpus->open(spec, &errors, &warnings, &problems);
  for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
  for (const auto& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
  return ok;
}

}  // namespace talkgraph
