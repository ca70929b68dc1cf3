// The `mentions` command: every entity mention with its evidence, as JSON Lines.
#pragma once

#include "cli/corpus_options.h"

namespace talkgraph {

struct MentionsCommand {
  CorpusOptions corpus;
};

void add_mentions_command(CLI::App* app, MentionsCommand* command, CLI::App** subcommand);
int run_mentions(const MentionsCommand& command);

}  // namespace talkgraph
