// Commands that query the graph of a corpus: trace, trends and aliases.
#pragma once

#include <string>

#include "cli/corpus_options.h"
#include "graph/knowledge_graph.h"

namespace talkgraph {

struct QueryCommand {
  CorpusOptions corpus;
  std::string name;  // trace only
  bool json = false;
  size_t top = 10;
  bool all_series = false;  // trends only: pool every series of a year
};

void add_trace_command(CLI::App* app, QueryCommand* command, CLI::App** subcommand);
void add_trends_command(CLI::App* app, QueryCommand* command, CLI::App** subcommand);
void add_aliases_command(CLI::App* app, QueryCommand* command, CLI::App** subcommand);
int run_trace(const QueryCommand& command);
int run_trends(const QueryCommand& command);
int run_aliases(const QueryCommand& command);

}  // namespace talkgraph
