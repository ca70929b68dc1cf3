// `talkgraph completion bash|zsh`: a shell completion script generated from the commands' own
// declarations, so it cannot drift from them. cmake --install puts both in the usual places.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace talkgraph {

struct CompletionCommand {
  std::string shell;
};

void add_completion_command(CLI::App* app, CompletionCommand* command, CLI::App** subcommand);
// The script for `shell` ("bash" or "zsh"), completing the commands and options of `app`.
std::string completion_script(const CLI::App& app, const std::string& shell);

}  // namespace talkgraph
