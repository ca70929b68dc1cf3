// The `talks` command: the talks found in each review, and with --explain every candidate and why.
#pragma once

#include "cli/corpus_options.h"

namespace talkgraph {

struct TalksCommand {
  CorpusOptions corpus;
  bool explain = false;
  bool json = false;
};

void add_talks_command(CLI::App* app, TalksCommand* command, CLI::App** subcommand);
int run_talks(TalksCommand& command);

}  // namespace talkgraph
