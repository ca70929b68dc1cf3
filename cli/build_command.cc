// `talkgraph build`: read the corpus (documents in parallel, each extracted on its own), merge the
// extractions into the graph in path order, write every requested format atomically, print a summary.
#include "cli/build_command.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>

#include <fmt/format.h>

#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "export/output_file.h"
#include "extract/batch.h"
#include "extract/corpus.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/text_util.h"
#include "graph/graph_builder.h"

namespace talkgraph {

namespace fs = std::filesystem;

const std::vector<std::string>& known_formats() {
  static const std::vector<std::string> kFormats = {"graphml", "dot", "json"};
  return kFormats;
}

namespace {

void report(const std::string& message) { std::cerr << "talkgraph: " << message << '\n'; }

bool parse_formats(const std::string& list, std::vector<std::string>* formats) {
  for (std::string_view raw : split(list, ',')) {
    std::string f = ascii_lower(trim(raw));
    if (f.empty()) continue;
    const auto& known = known_formats();
    if (std::find(known.begin(), known.end(), f) == known.end()) {
      std::string hint = suggest(f, known);
      report(hint.empty() ? fmt::format("unknown format '{}' (known: {})", f, fmt::join(known, ", "))
                          : fmt::format("unknown format '{}', did you mean '{}'?", f, hint));
      return false;
    }
    if (std::find(formats->begin(), formats->end(), f) == formats->end()) formats->push_back(f);
  }
  if (formats->empty()) {
    report("no output format given");
    return false;
  }
  return true;
}

bool load_lexicon(const std::vector<std::string>& extra, Lexicon* lexicon, bool quiet) {
  std::vector<std::string> errors, warnings;
  for (const std::string& builtin : builtin_lexicon_paths()) {
    if (!fs::exists(builtin)) {
      report(fmt::format("{}: built-in lexicon not found (set TALKGRAPH_DATA_DIR to the folder holding it)", builtin));
      return false;
    }
    lexicon->add_file(builtin, &errors, &warnings);
  }
  for (const std::string& path : extra) lexicon->add_file(path, &errors, &warnings);
  for (const std::string& e : errors) report(e);
  if (!quiet) {
    for (const std::string& w : warnings) report("warning: " + w);
  }
  return errors.empty();
}

void print_summary(const GraphSummary& s, const std::vector<DocumentExtraction>& docs, size_t bytes,
                   double seconds, const std::vector<std::string>& written) {
  std::vector<std::string> events;
  for (const auto& [name, year] : s.events) events.push_back(year == 0 ? name + " (year unknown)" : fmt::format("{} {}", name, year));
  std::vector<std::string> types;
  size_t entities = 0;
  for (const auto& [type, count] : s.entities_by_type) {
    types.push_back(fmt::format("{} {}", type, count));
    entities += count;
  }
  std::vector<std::string> kinds;
  for (const auto& [kind, count] : s.edges_by_kind) kinds.push_back(fmt::format("{} {}", kind, count));
  fmt::print("documents  {} ({:.1f} KB)\n", s.documents, static_cast<double>(bytes) / 1024.0);
  fmt::print("events     {}\n", events.empty() ? "none" : fmt::format("{}", fmt::join(events, ", ")));
  fmt::print("talks      {}\n", s.talks);
  fmt::print("entities   {}{}\n", entities, types.empty() ? "" : fmt::format(" ({})", fmt::join(types, ", ")));
  fmt::print("edges      {}{}\n", s.edges, kinds.empty() ? "" : fmt::format(" ({})", fmt::join(kinds, ", ")));
  for (const DocumentExtraction& d : docs) {
    if (d.event.year == 0) {
      fmt::print("no year    {}: no year found; attached to '{} (year unknown)' (use --year to state it)\n", d.name,
                 d.event.name);
    }
  }
  fmt::print("wrote      {}\n", fmt::join(written, ", "));
  fmt::print("seconds    {:.3f}\n", seconds);
}

}  // namespace

int run_build(const BuildCommand& command) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> formats;
  if (!parse_formats(command.formats, &formats)) return 2;
  GraphOptions graph_options;
  if (!parse_cooccurrence_window(command.window, &graph_options.window)) {
    report(fmt::format("unknown --window '{}' (sentence, talk or document)", command.window));
    return 2;
  }
  Lexicon lexicon;
  if (!load_lexicon(command.lexicons, &lexicon, command.quiet)) return 2;

  std::vector<std::string> problems;
  std::vector<std::string> files = collect_inputs(command.paths, &problems);
  Extractor extractor(lexicon);
  ExtractOptions options;
  options.default_year = command.year;
  std::vector<DocumentExtraction> docs = extract_files(files, extractor, options, command.jobs, &problems);
  for (const std::string& p : problems) report(p);
  if (docs.empty()) {
    report("no document could be read; nothing written");
    return 1;
  }

  GraphBuilder builder(graph_options);
  size_t bytes = 0;
  for (const DocumentExtraction& d : docs) {
    builder.add(d);
    bytes += d.bytes;
  }
  KnowledgeGraph graph = builder.build();

  std::error_code ec;
  fs::create_directories(command.output_dir, ec);
  if (ec || !fs::is_directory(command.output_dir)) {
    report(fmt::format("{}: cannot create the output folder: {}", command.output_dir,
                       ec ? ec.message() : "not a directory"));
    return 1;
  }
  std::vector<std::string> written;
  bool write_failed = false;
  for (const std::string& format : formats) {
    std::string path = (fs::path(command.output_dir) / ("talkgraph." + format)).string();
    std::function<void(std::ostream&)> writer;
    if (format == "graphml") writer = [&](std::ostream& o) { write_graphml(graph, o); };
    if (format == "dot") writer = [&](std::ostream& o) { write_dot(graph, o); };
    if (format == "json") writer = [&](std::ostream& o) { write_json(graph, o); };
    std::string error;
    if (!write_file_atomically(path, writer, &error)) {
      report(error);
      write_failed = true;
      continue;
    }
    written.push_back(path);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!command.quiet) print_summary(graph.summary(), docs, bytes, seconds, written);
  return (problems.empty() && !write_failed) ? 0 : 1;
}

}  // namespace talkgraph
