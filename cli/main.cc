// talkgraph's command line: argument parsing and exit codes only; the work is in the library.
#include <csignal>
#include <iostream>
#include <string>
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
  try {
    app.parse(argc, argv);
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
  } catch (const std::exception& e) {
    std::cerr << "talkgraph: internal error: " << e.what() << '\n';
    return 3;
  }
  return 2;
}
