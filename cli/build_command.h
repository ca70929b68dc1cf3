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
};

void add_build_command(CLI::App* app, BuildCommand* command, CLI::App** subcommand);

// Exit codes: 0 all good; 1 some input could not be read or some output not written (everything else
// is still processed and written); 2 usage error (unknown format, bad lexicon, bad option value).
int run_build(const BuildCommand& command);

// The formats `-f` accepts.
const std::vector<std::string>& known_formats();

}  // namespace talkgraph
