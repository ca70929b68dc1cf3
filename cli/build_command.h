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
  bool documents = true;          // a node per review (--no-documents: events, talks and entities only)
  size_t evidence = 3;            // evidence sentences kept per mentions edge (0: none)
  size_t top = 0;                 // entities on topic maps (0: each map's default)
  std::string color = "type";     // or community
  int graphviz_seconds = 60;      // --graphviz-timeout
  std::string gexf_version = "1.3";
  std::string gexf_undated = "omit";  // or keep: elements of no known year in GEXF, without spells
  std::string json_edges = "links";   // the JSON edge array's key: links, edges or both
  bool timings = false;           // print where the time went, per phase, on stderr
};

void add_build_command(CLI::App* app, BuildCommand* command, CLI::App** subcommand);

// `talkgraph extract`: each document's extraction as one JSON line (a shard).
struct ExtractCommand {
  CorpusOptions corpus;
  std::string output;
};
void add_extract_command(CLI::App* app, ExtractCommand* command, CLI::App** subcommand);
int run_extract(const ExtractCommand& command);

// `talkgraph merge`: shards into the graph files (the same bytes as one build over the same
// documents), or into one combined shard with --shard-out, so merging can run as a tree.
struct MergeCommand {
  BuildCommand build;  // output options; its corpus options are not used
  std::vector<std::string> shards;
  std::string shard_out;
};
void add_merge_command(CLI::App* app, MergeCommand* command, CLI::App** subcommand);
int run_merge(const MergeCommand& command);

// Exit codes: 0 all good; 1 some input could not be read or some output not written (everything else
// is still processed and written); 2 usage error (unknown format, bad lexicon, bad option value).
int run_build(const BuildCommand& command);

// The formats `-f` accepts.
const std::vector<std::string>& known_formats();

}  // namespace talkgraph
