// talkgraph's command line: argument parsing and exit codes only; the work is in the library.
#include <csignal>
#include <iostream>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/allocator.h"
#include "cli/build_command.h"
#include "cli/completion.h"
#include "cli/graph_commands.h"
#include "cli/mentions_command.h"
#include "cli/option_checks.h"
#include "cli/talks_command.h"
#include "export/output_file.h"

namespace {

extern "C" void on_signal(int sig) {
  // Leave no half-written output and no running Graphviz behind, then die of the same signal.
  talkgraph::abandon_pending_work();
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// The operands after "--" (files whose names start with '-'), set aside before parsing: CLI11 2.1
// hands them back to the parent command once each positional of a subcommand holds one value, so
// `build DIR -- -x.txt` was "not expected". They are added to the command's files after parsing.
std::vector<std::string> split_at_marker(int* argc, char** argv) {
  for (int i = 1; i < *argc; ++i) {
    if (std::string_view(argv[i]) == "--") {
      std::vector<std::string> after(argv + i + 1, argv + *argc);
      *argc = i;
      return after;
    }
  }
  return {};
}

// The positional that takes a command's files: `paths`, or merge's `shards`.
CLI::Option* files_option(CLI::App* command) {
  if (CLI::Option* o = command->get_option_no_throw("paths")) return o;
  return command->get_option_no_throw("shards");
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::signal(SIGHUP, on_signal);
  // A file-size limit (ulimit -f) or quota should fail the write with a message, not kill the run.
  std::signal(SIGXFSZ, SIG_IGN);

  CLI::App app{"talkgraph: turns conference-talk reviews into a knowledge graph of talks, events and technologies",
               "talkgraph"};
  app.set_version_flag("--version", std::string("talkgraph ") + TALKGRAPH_VERSION + " (allocator: " +
                                         talkgraph::allocator_name() + ")");
  app.require_subcommand(1);

  talkgraph::BuildCommand build;
  talkgraph::MentionsCommand mentions;
  CLI::App *build_cmd = nullptr, *mentions_cmd = nullptr;
  talkgraph::add_build_command(&app, &build, &build_cmd);
  talkgraph::add_mentions_command(&app, &mentions, &mentions_cmd);
  talkgraph::TalksCommand talks;
  CLI::App* talks_cmd = nullptr;
  talkgraph::add_talks_command(&app, &talks, &talks_cmd);
  talkgraph::ExtractCommand extract;
  talkgraph::MergeCommand merge;
  CLI::App *extract_cmd = nullptr, *merge_cmd = nullptr;
  talkgraph::add_extract_command(&app, &extract, &extract_cmd);
  talkgraph::add_merge_command(&app, &merge, &merge_cmd);
  talkgraph::QueryCommand trace, trends, aliases;
  CLI::App *trace_cmd = nullptr, *trends_cmd = nullptr, *aliases_cmd = nullptr;
  talkgraph::add_trace_command(&app, &trace, &trace_cmd);
  talkgraph::add_trends_command(&app, &trends, &trends_cmd);
  talkgraph::add_aliases_command(&app, &aliases, &aliases_cmd);
  talkgraph::CompletionCommand completion;
  CLI::App* completion_cmd = nullptr;
  talkgraph::add_completion_command(&app, &completion, &completion_cmd);

  // Set after the commands are added, which would otherwise inherit it.
  app.footer("Examples:\n  talkgraph build ~/reviews -o out -f graphml,gexf\n  talkgraph trace 장고 ~/reviews\n"
             "  talkgraph trends ~/reviews --top 5\nEach command has its own --help.");
  int parsed_argc = argc;
  const std::vector<std::string> operands = split_at_marker(&parsed_argc, argv);
  if (!operands.empty()) {
    for (CLI::App* command : app.get_subcommands({})) {
      // merge's shards are required: what follows "--" gives them.
      if (CLI::Option* files = files_option(command)) files->required(false);
    }
  }
  try {
    app.parse(parsed_argc, argv);
    for (CLI::App* command : app.get_subcommands()) {  // the one parsed
      CLI::Option* files = files_option(command);
      if (operands.empty()) break;
      if (files == nullptr) throw CLI::ExtrasError(operands);
      for (const std::string& operand : operands) files->add_result(operand);
      files->run_callback();
    }
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // A mistyped command or option gets what it was likely meant to be; anything else, CLI11's words.
    const std::string correction = talkgraph::suggest_correction(app, std::vector<std::string>(argv + 1, argv + argc));
    std::cerr << "talkgraph: " << (correction.empty() ? std::string(e.what()) : correction)
              << "\nRun with --help for more information.\n";
    return 2;
  }
  try {
    if (build_cmd->parsed()) return talkgraph::run_build(build);
    if (mentions_cmd->parsed()) return talkgraph::run_mentions(mentions);
    if (talks_cmd->parsed()) return talkgraph::run_talks(talks);
    if (extract_cmd->parsed()) return talkgraph::run_extract(extract);
    if (merge_cmd->parsed()) return talkgraph::run_merge(merge);
    if (trace_cmd->parsed()) return talkgraph::run_trace(trace);
    if (trends_cmd->parsed()) return talkgraph::run_trends(trends);
    if (aliases_cmd->parsed()) return talkgraph::run_aliases(aliases);
    if (completion_cmd->parsed()) {
      std::cout << talkgraph::completion_script(app, completion.shell);
      return 0;
    }
  } catch (const std::bad_alloc&) {
    std::cerr << "talkgraph: out of memory; fewer jobs (-j 1), --no-documents and --evidence 0 need less\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "talkgraph: internal error: " << e.what() << '\n';
    return 3;
  }
  return 2;
}
