// The `build` command: paths in, graph files and a summary out.
#pragma once

#include <string>
#include <vector>

namespace talkgraph {

struct BuildCommand {
  std::vector<std::string> paths{"seeds"};
  std::string output_dir = "out";
  std::string formats = "graphml,dot,json";
  std::vector<std::string> lexicons;
  int year = 0;
  std::string window = "sentence";
  int jobs = 0;  // 0: one per core
  bool quiet = false;
};

// Exit codes: 0 all good; 1 some input could not be read or some output not written (everything else
// is still processed and written); 2 usage error (unknown format, bad lexicon, bad option value).
int run_build(const BuildCommand& command);

// The formats `-f` accepts.
const std::vector<std::string>& known_formats();

}  // namespace talkgraph
