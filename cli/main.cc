// talkgraph's command line: argument parsing and exit codes only; the work is in the library.
#include <csignal>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/build_command.h"
#include "export/output_file.h"

namespace {

extern "C" void on_signal(int sig) {
  // Leave no half-written output behind: drop temporary files, then die of the same signal.
  talkgraph::remove_pending_temporary_files();
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);

  CLI::App app{"talkgraph: turns conference-talk reviews into a knowledge graph of talks, events and technologies"};
  app.set_version_flag("--version", std::string("talkgraph ") + TALKGRAPH_VERSION);
  app.require_subcommand(1);

  talkgraph::BuildCommand build;
  CLI::App* build_cmd = app.add_subcommand("build", "Extract talks and entities from reviews and write graph files");
  build_cmd->add_option("paths", build.paths, "Files and folders to read (.txt, .md, .markdown; '-' reads stdin)")
      ->capture_default_str();
  build_cmd->add_option("-o,--output", build.output_dir, "Folder to write talkgraph.<format> into")->capture_default_str();
  build_cmd->add_option("-f,--format", build.formats, "Comma-separated formats: graphml, dot, json")
      ->capture_default_str();
  build_cmd->add_option("--lexicon", build.lexicons, "Extra lexicon file, merged over the built-in one (repeatable)");
  build_cmd->add_option("--year", build.year, "Year of documents that state none")->check(CLI::Range(1900, 2100));
  build_cmd->add_option("--window", build.window, "Co-occurrence window: sentence, talk or document")
      ->capture_default_str();
  build_cmd->add_option("-j,--jobs", build.jobs, "Worker threads (default: one per core)")->check(CLI::NonNegativeNumber);
  build_cmd->add_flag("-q,--quiet", build.quiet, "Print nothing but errors");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  try {
    if (build_cmd->parsed()) return talkgraph::run_build(build);
  } catch (const std::exception& e) {
    std::cerr << "talkgraph: internal error: " << e.what() << '\n';
    return 3;
  }
  return 2;
}
