// Options every command that reads reviews shares, and the step that streams them through extraction.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extract/extraction.h"
#include "extract/knowledge_base.h"
#include "graph/pipeline.h"

namespace talkgraph {

struct CorpusOptions {
  std::vector<std::string> paths;  // none given: seeds/ when the current folder has one
  std::vector<std::string> lexicons;
  int year = 0;
  std::string meta;  // --meta FILE: event and year per review (extract/review_meta.h)
  int jobs = 0;
  bool quiet = false;
  bool strict = false;
  bool follow_links = false;  // follow symbolic links out of the folders given
  bool explain_talks = false;  // keep every talk candidate (talkgraph talks); no option of its own
};

// Adds PATH..., --lexicon, --year, --meta, -j, -q and --strict to a subcommand.
void add_corpus_options(CLI::App* command, CorpusOptions* options);

// Prints "talkgraph: message" on stderr.
void report(const std::string& message);

struct CorpusRun {
  Corpus input;                               // the wiring of the stages (graph/pipeline.h)
  const KnowledgeBase& kb() const { return input.knowledge_base(); }  // empty for merge
  std::vector<std::string> problems;          // already reported
  size_t documents = 0;
  size_t bytes = 0;
  std::vector<std::string> without_year;      // documents that state no year (the first 20)
  size_t without_year_count = 0;
  std::vector<std::string> events_without_year;
};

// Opens the corpus (graph/pipeline.h) the options describe, then reads and extracts every document,
// handing each to `sink` in path order and dropping it after, so memory does not grow with the
// corpus. Reports problems as it goes, and progress on stderr when stderr is a terminal (not with -q).
// Returns 0 when all went well; 1 when some input was skipped, or nothing could be read, or (with
// --strict) anything was wrong, in which case the caller must write nothing; 2 on a usage error such
// as a bad lexicon, before any document is read.
int read_corpus(const CorpusOptions& options, CorpusRun* run, const std::function<void(DocumentExtraction&&)>& sink);

}  // namespace talkgraph
