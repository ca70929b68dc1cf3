// Options every command that reads reviews shares, and the step that turns them into extractions.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extract/extraction.h"
#include "extract/knowledge_base.h"

namespace talkgraph {

struct CorpusOptions {
  std::vector<std::string> paths{"seeds"};
  std::vector<std::string> lexicons;
  int year = 0;
  int jobs = 0;
  bool quiet = false;
  bool strict = false;
};

// Adds PATH..., --lexicon, --year, -j, -q and --strict to a subcommand.
void add_corpus_options(CLI::App* command, CorpusOptions* options);

// Prints "talkgraph: message" on stderr.
void report(const std::string& message);

struct Corpus {
  KnowledgeBase kb;
  std::vector<DocumentExtraction> documents;  // in path order
  std::vector<std::string> problems;          // already reported
  size_t bytes = 0;
};

// Loads the lexicon, reads and extracts every document, and reports problems as it goes.
// Returns 0 when all went well, 1 when some input was skipped (or, with --strict, when anything was
// wrong: then *corpus holds no documents), 2 on a usage error such as a bad lexicon.
int load_corpus(const CorpusOptions& options, Corpus* corpus);

}  // namespace talkgraph
