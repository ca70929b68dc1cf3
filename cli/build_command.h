// The `build` command: reviews in, graph files and a summary out.
#pragma once

#include <string>
#include <vector>

#include "cli/corpus_options.h"

namespace talkgraph {

struct BuildCommand {
  CorpusOptions corpus;
  std::string output_dir = "out";
  std::string formats = "graphml,dot,json";
  std::string window = "sentence";
  size_t top = 0;                 // entities kept in DOT; svg/png default to kTopicMapEntities
  std::string color = "type";     // or community
  std::string gexf_version = "1.3";
  bool timings = false;           // print where the time went, per phase, on stderr
};

inline constexpr size_t kTopicMapEntities = 40;

void add_build_command(CLI::App* app, BuildCommand* command, CLI::App** subcommand);

// Exit codes: 0 all good; 1 some input could not be read or some output not written (everything else
// is still processed and written); 2 usage error (unknown format, bad lexicon, bad option value).
int run_build(const BuildCommand& command);

// The formats `-f` accepts.
const std::vector<std::string>& known_formats();

}  // namespace talkgraph
