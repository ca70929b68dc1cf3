// What the bench programs start with: the built-in knowledge base and the files under a path.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "extract/corpus.h"
#include "extract/knowledge_base.h"

namespace talkgraph {

// Loads the built-in knowledge base into *kb and lists the files under `path`; false (with the errors
// on stderr) when the knowledge base does not load. An Extractor made from *kb must not outlive it.
inline bool load_bench_input(const char* path, KnowledgeBase* kb, std::vector<InputFile>* files) {
  std::vector<std::string> errors, warnings, problems;
  if (!load_knowledge_base({}, kb, &errors, &warnings)) {
    for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    return false;
  }
  *files = collect_inputs({path}, &problems);
  for (const auto& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
  return true;
}

}  // namespace talkgraph
