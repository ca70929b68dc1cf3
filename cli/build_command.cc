// `talkgraph build`: read the corpus (documents in parallel, each extracted on its own), merge the
// extractions into the graph in path order, write every requested format atomically, print a summary.
#include "cli/build_command.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <sstream>

#include <sys/resource.h>
#include <unistd.h>

#include <fmt/format.h>

#include "base/resources.h"
#include "base/text_util.h"
#include "cli/option_checks.h"
#include "export/cytoscape_writer.h"
#include "export/dot_writer.h"
#include "export/formats.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/graphviz_render.h"
#include "export/html_writer.h"
#include "export/json_writer.h"
#include "export/layout.h"
#include "export/output_file.h"
#include "extract/shard.h"
#include "graph/graph_builder.h"
#include "graph/metrics.h"
#include "graph/parallel.h"

namespace talkgraph {

namespace fs = std::filesystem;

const std::vector<std::string>& known_formats() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const OutputFormat& f : output_formats()) names.emplace_back(f.name);
    return names;
  }();
  return kNames;
}

namespace {

// "graphml, dot, json, gexf, cytoscape": the formats a stream writer makes alone, which -o - can write.
std::string streamable_formats() {
  std::vector<std::string_view> names;
  for (const OutputFormat& f : output_formats()) {
    if (f.needs == FormatNeeds::kNothing) names.push_back(f.name);
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

std::string format_help() {
  std::string help = "Comma-separated formats:";
  for (const OutputFormat& f : output_formats()) help += fmt::format("\n  {:<10} {}", f.name, f.opens_in);
  return help;
}

bool slurp(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *text = s.str();
  return true;
}

// The web libraries the HTML page inlines, installed from npm by scripts/install-deps.sh.
bool load_html_assets(HtmlAssets* assets, std::string* error) {
  const std::string dir = web_dir();
  const std::pair<std::string, std::string*> files[] = {
      {dir + "/node_modules/graphology/dist/graphology.umd.min.js", &assets->graphology_js},
      {dir + "/node_modules/sigma/build/sigma.min.js", &assets->sigma_js},
      {dir + "/index.html", &assets->index_html},
      {dir + "/app.js", &assets->app_js},
      {dir + "/style.css", &assets->style_css}};
  for (const auto& [path, text] : files) {
    if (!slurp(path, text)) {
      *error = fmt::format("{}: missing; the HTML page needs sigma.js and graphology from npm: run "
                           "'npm ci --prefix {}' (scripts/install-deps.sh does), or set TALKGRAPH_WEB_DIR", path, dir);
      return false;
    }
  }
  return true;
}

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

// On standard output, or on standard error when standard output carries the graph (-o -).
void print_summary(std::FILE* out, const GraphSummary& s, const CorpusRun& corpus, double seconds,
                   const std::vector<std::string>& written) {
  const size_t bytes = corpus.bytes;
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
  // kB and MB are 10^3 and 10^6 bytes, as in the progress line.
  fmt::print(out, "documents  {} ({})\n", s.documents,
             bytes >= 10'000'000 ? fmt::format("{:.1f} MB", static_cast<double>(bytes) / 1e6)
                                 : fmt::format("{:.1f} kB", static_cast<double>(bytes) / 1e3));
  // A summary stays short: a large corpus has dozens of editions (`talkgraph trends` lists them).
  constexpr size_t kEventsListed = 6;
  const auto listed = events.begin() + static_cast<long>(std::min(events.size(), kEventsListed));
  std::string event_line = events.empty() ? "none" : fmt::format("{}", fmt::join(events.begin(), listed, ", "));
  if (events.size() > kEventsListed) event_line = fmt::format("{} ({}, …)", events.size(), event_line);
  fmt::print(out, "events     {}\n", event_line);
  fmt::print(out, "talks      {}\n", s.talks);
  fmt::print(out, "entities   {}{}\n", entities, types.empty() ? "" : fmt::format(" ({})", fmt::join(types, ", ")));
  fmt::print(out, "edges      {}{}\n", s.edges, kinds.empty() ? "" : fmt::format(" ({})", fmt::join(kinds, ", ")));
  // Warnings go to standard error, the summary to standard output.
  for (const std::string& d : corpus.without_year) {
    report(fmt::format("warning: {}: no year found, attached to its event's '(year unknown)' node (--meta or --year "
                       "states it)", d));
  }
  if (corpus.without_year_count > corpus.without_year.size()) {
    report(fmt::format("warning: ... and {} more documents with no year", corpus.without_year_count - corpus.without_year.size()));
  }
  fmt::print(out, "wrote      {}\n", fmt::join(written, ", "));
  fmt::print(out, "seconds    {:.3f}\n", seconds);
}

}  // namespace

namespace {

// Only the negative form is declared: a node per review is the default, and CLI11 would show a flag
// with both forms as "--documents,--no-documents{false}".
void add_documents_flag(CLI::App* cmd, bool* documents) {
  cmd->add_flag_callback("--no-documents", [documents] { *documents = false; },
                         "No node per review (nor its reviewed_in and about edges): events, talks and entities "
                         "only, so the graph does not grow with the number of reviews (large corpora); evidence "
                         "still names each review");
}

void add_evidence_option(CLI::App* cmd, size_t* evidence) {
  cmd->add_option("--evidence", *evidence,
                  "Evidence sentences kept per mentions edge, the first in (review, line) order. 0 keeps none: "
                  "much smaller files and less memory for large corpora")
      ->capture_default_str()
      ->check(whole_number(0, 100));
}

}  // namespace

// The options of the graph files, declared once for build and merge so that their checks cannot drift.
void add_graph_output_options(CLI::App* cmd, BuildCommand* command) {
  cmd->add_option("-o,--output", command->output_dir,
                  "Folder to write talkgraph.<format> into; '-' writes one format (-f) to standard output")
      ->capture_default_str();
  cmd->add_option("-f,--format", command->formats, format_help())
      ->capture_default_str();
  cmd->add_option("--top", command->top,
                  fmt::format("Topic maps show the N entities with the most mentions and the talks that mention most of "
                              "them (DOT, SVG, PNG: {}, and N/2 talks; HTML and Cytoscape positions: {})",
                              kDotMapEntities, kMapEntities))
      ->check(whole_number(1, 1000000));
  cmd->add_option("--graphviz-timeout", command->graphviz_seconds,
                  "Stop Graphviz after this many seconds when it draws -f svg or png (the other formats are written)")
      ->capture_default_str()
      ->check(whole_number(1, 86400));
  cmd->add_option("--color", command->color, "Color topic maps by 'type' or 'community'")
      ->capture_default_str()
      ->check(CLI::IsMember({"type", "community"}));
  cmd->add_flag("--timings", command->timings, "Print the time each phase took on stderr");
  cmd->add_option("--gexf-version", command->gexf_version, "GEXF version: 1.3, or 1.2 for NetworkX before 3.6")
      ->capture_default_str()
      ->check(CLI::IsMember({"1.3", "1.2"}));
  cmd->add_option("--gexf-undated", command->gexf_undated,
                  "GEXF: 'omit' what has no known year from the timeline, or 'keep' it, shown at every time")
      ->capture_default_str()
      ->check(CLI::IsMember({"omit", "keep"}));
  cmd->add_option("--json-edges", command->json_edges,
                  "JSON: the edge array's key: 'links' (D3, NetworkX up to 3.5), 'edges' (NetworkX 3.6 and later) "
                  "or 'both' (loads in every version, the array written twice)")
      ->capture_default_str()
      ->check(CLI::IsMember({"links", "edges", "both"}));
  cmd->add_option("--window", command->window, "Co-occurrence window: sentence, talk or document")
      ->capture_default_str()
      ->check(CLI::IsMember({"sentence", "talk", "document"}));
  add_documents_flag(cmd, &command->documents);
  add_evidence_option(cmd, &command->evidence);
}

void add_build_command(CLI::App* app, BuildCommand* command, CLI::App** subcommand) {
  CLI::App* cmd = app->add_subcommand("build", "Extract talks and entities from reviews and write graph files");
  add_corpus_options(cmd, &command->corpus);
  add_graph_output_options(cmd, command);
  cmd->footer("Examples:\n  talkgraph build ~/reviews -o out                  GraphML, DOT and JSON in out/\n"
              "  talkgraph build ~/reviews -f gexf,html --color community\n"
              "  talkgraph build ~/reviews -q -f json -o - | jq '.nodes | length'");
  *subcommand = cmd;
}

namespace {

// On a terminal (not with -q), what runs after reading, rewritten in place: "building the graph",
// "computing metrics", "writing: 2 of 3 files done", "drawing the topic map with Graphviz", with the
// seconds since reading ended.
// Cleared when done, so the summary stands alone.
class PhaseLine {
 public:
  explicit PhaseLine(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()) {}
  PhaseLine(const PhaseLine&) = delete;
  PhaseLine& operator=(const PhaseLine&) = delete;
  ~PhaseLine() { done(); }
  // Clears the line; nothing shows after.
  void done() {
    std::lock_guard<std::mutex> lock(mu_);
    if (enabled_) std::cerr << "\r\x1b[K" << std::flush;
    enabled_ = false;
  }
  void show(const std::string& what) {
    if (!enabled_) return;
    std::lock_guard<std::mutex> lock(mu_);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::cerr << fmt::format("\r{}  ({:.0f} s)\x1b[K", what, seconds) << std::flush;
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::mutex mu_;
};

// The output half of build and merge: metrics, every requested format, the summary.
// The writers' options from the command line, and a warning when the GEXF leaves elements out.
WriteContext write_context(const KnowledgeGraph& graph, const BuildCommand& command, const std::vector<std::string>& formats,
                           const CorpusRun& corpus) {
  WriteContext context{graph, {}, {}, {}, nullptr, command.top, {}};
  if (command.top > 0) context.dot.map = MapSelectionOptions::top(command.top);
  context.dot.color_by_community = command.color == "community";
  context.gexf.version = command.gexf_version == "1.2" ? GexfVersion::k12 : GexfVersion::k13;
  context.gexf.color_by_community = context.dot.color_by_community;
  context.gexf.keep_undated = command.gexf_undated == "keep";
  context.json.key = command.json_edges == "edges"  ? JsonEdgeKey::kEdges
                     : command.json_edges == "both" ? JsonEdgeKey::kBoth
                                                    : JsonEdgeKey::kLinks;
  context.html.top = command.top;
  context.html.color_by_community = context.dot.color_by_community;
  context.html.lexicon = &corpus.kb().lexicon;  // empty for merge, which reads shards, not the lexicon
  if (!context.gexf.keep_undated && !command.corpus.quiet &&
      std::find(formats.begin(), formats.end(), "gexf") != formats.end()) {
    if (const UndatedElements undated = undated_elements(graph); undated.nodes + undated.edges > 0) {
      report(fmt::format("warning: the GEXF leaves out {} nodes and {} edges of no known year, which a timeline "
                         "cannot place (--gexf-undated keep writes them; GraphML and JSON hold them)",
                         undated.nodes, undated.edges));
    }
  }
  return context;
}

struct Written {
  std::string path;
  bool ok = false;
  std::string error;
  double seconds = 0;
};

// Each format is its own file, written from the same read-only graph: they run side by side on up to
// -j threads, the largest first so the small ones fill in beside it. Results in the order asked for.
std::vector<Written> write_formats(WriteContext& context, const BuildCommand& command, const std::vector<std::string>& formats,
                                   PhaseLine& progress) {
  const bool to_stdout = command.output_dir == "-";  // one text format (prepare_build checked)
  std::vector<Written> results(formats.size());
  std::atomic<size_t> formats_done{0};
  progress.show(fmt::format("writing {}", fmt::join(formats, ", ")));
  HtmlAssets assets;
  std::string assets_error;
  const bool html_asked = std::find(formats.begin(), formats.end(), "html") != formats.end();
  const bool assets_loaded = html_asked && load_html_assets(&assets, &assets_error);
  context.assets = &assets;
  // SVG and PNG are the same DOT map drawn twice: it is made once.
  std::string dot_text;
  if (std::any_of(formats.begin(), formats.end(),
                  [](const std::string& f) { return find_output_format(f)->needs == FormatNeeds::kGraphviz; })) {
    std::ostringstream dot;
    write_dot(context.graph, dot, context.dot);
    dot_text = dot.str();
  }
  auto write_format = [&](size_t i) {
    const OutputFormat& format = *find_output_format(formats[i]);
    auto format_start = std::chrono::steady_clock::now();
    Written& r = results[i];
    r.path = (fs::path(command.output_dir) / std::string(format.file)).string();
    auto writer = [&](std::ostream& o) { format.write(context, o); };
    if (format.needs == FormatNeeds::kWebAssets && !assets_loaded) {
      r.error = assets_error;
    } else if (format.needs == FormatNeeds::kGraphviz) {
      progress.show(fmt::format("drawing the topic map with Graphviz ({})", format.name));
      r.ok = render_with_graphviz(dot_text, std::string(format.name), r.path, GraphvizLimits{command.graphviz_seconds},
                                  &r.error);
    } else if (to_stdout) {
      r.path = "standard output";
      writer(std::cout);
      r.ok = static_cast<bool>(std::cout.flush());
      if (!r.ok) r.error = "standard output: write failed";
    } else {
      r.ok = write_file_atomically(r.path, writer, &r.error);
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - format_start).count();
    progress.show(fmt::format("writing: {} of {} files done", ++formats_done, formats.size()));
  };
  std::vector<size_t> order(formats.size());
  std::iota(order.begin(), order.end(), 0);
  auto cost = [&](size_t i) { return find_output_format(formats[i])->size_rank; };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return cost(a) < cost(b); });
  run_in_parallel(formats.size(), command.corpus.jobs, [&](size_t k) { write_format(order[k]); });
  context.assets = nullptr;
  return results;
}

// The graph from the builder, its metrics, the files, and the summary.
int finish_graph(GraphBuilder& builder, const BuildCommand& command, const std::vector<std::string>& formats,
                 const CorpusRun& corpus, int status, std::chrono::steady_clock::time_point start,
                 const std::function<void(const char*)>& phase) {
  PhaseLine progress(!command.corpus.quiet && ::isatty(2));
  progress.show("building the graph");
  KnowledgeGraph graph = builder.build();
  phase("graph");
  progress.show("computing metrics (PageRank, betweenness, communities)");
  MetricsOptions metrics;
  metrics.threads = command.corpus.jobs;
  compute_metrics(&graph, metrics);
  phase("metrics");

  const bool to_stdout = command.output_dir == "-";
  std::error_code ec;
  if (!to_stdout) fs::create_directories(command.output_dir, ec);
  if (!to_stdout && (ec || !fs::is_directory(command.output_dir))) {
    report(fmt::format("{}: cannot create the output folder: {}", command.output_dir,
                       ec ? ec.message() : "not a directory"));
    return 1;
  }
  WriteContext context = write_context(graph, command, formats, corpus);
  const std::vector<Written> results = write_formats(context, command, formats, progress);
  std::vector<std::string> written;
  bool write_failed = false;
  for (size_t i = 0; i < formats.size(); ++i) {
    if (command.timings) std::cerr << fmt::format("timing    {:<10} {:8.3f} s\n", formats[i], results[i].seconds);
    if (!results[i].ok) {
      report(results[i].error);
      write_failed = true;
      continue;
    }
    written.push_back(results[i].path);
  }
  phase("write");
  progress.done();  // cleared before the summary
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!command.corpus.quiet) print_summary(to_stdout ? stderr : stdout, graph.summary(), corpus, seconds, written);
  return (status == 0 && !write_failed) ? 0 : 1;
}

// Checks formats and window; false means a usage error was reported.
bool prepare_build(const BuildCommand& command, std::vector<std::string>* formats, GraphOptions* graph_options) {
  if (!parse_formats(command.formats, formats)) return false;
  if (command.output_dir == "-") {
    const OutputFormat* format = formats->size() == 1 ? find_output_format(formats->front()) : nullptr;
    if (format == nullptr || format->needs != FormatNeeds::kNothing) {
      report("-o - writes one format to standard output: give -f with one of " + streamable_formats());
      return false;
    }
  }
  if (!parse_cooccurrence_window(command.window, &graph_options->window)) {
    report(fmt::format("unknown --window '{}' (sentence, talk or document)", command.window));
    return false;
  }
  graph_options->documents = command.documents;
  graph_options->max_evidence_per_edge = command.evidence;
  return true;
}

std::function<void(const char*)> phase_timer(bool enabled) {
  auto start = std::make_shared<std::chrono::steady_clock::time_point>(std::chrono::steady_clock::now());
  return [start, enabled](const char* name) {
    auto now = std::chrono::steady_clock::now();
    if (enabled) {
      // Peak RSS so far: the phase that raises it is the one to look at for memory.
      struct rusage usage {};
      ::getrusage(RUSAGE_SELF, &usage);
      std::cerr << fmt::format("timing  {:<12} {:8.3f} s   peak RSS {:6} MB\n", name,
                               std::chrono::duration<double>(now - *start).count(), usage.ru_maxrss / 1024);
    }
    *start = now;
  };
}

}  // namespace

int run_build(const BuildCommand& command) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> formats;
  GraphOptions graph_options;
  if (!prepare_build(command, &formats, &graph_options)) return 2;
  auto phase = phase_timer(command.timings);
  CorpusRun corpus;
  GraphBuilder builder(graph_options);
  double merge_seconds = 0;  // the part of the extract phase the caller's thread spends merging
  int status = read_corpus(command.corpus, &corpus, [&](DocumentExtraction&& d) {
    auto merge_start = std::chrono::steady_clock::now();
    builder.add(d);
    merge_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - merge_start).count();
  });
  if (corpus.documents == 0 || status == 2 || (command.corpus.strict && status != 0)) return status;
  phase("extract");
  if (command.timings) std::cerr << fmt::format("timing    merge      {:8.3f} s   (GraphBuilder::add)\n", merge_seconds);
  return finish_graph(builder, command, formats, corpus, status, start, phase);
}

void add_extract_command(CLI::App* app, ExtractCommand* command, CLI::App** subcommand) {
  CLI::App* cmd = app->add_subcommand("extract", "Write each document's extraction as JSON Lines (a shard for 'merge')");
  add_corpus_options(cmd, &command->corpus);
  cmd->add_option("-o,--output", command->output, "Shard file to write (JSON Lines); '-' writes to standard output")->required();
  cmd->footer("Examples:\n  talkgraph extract reviews/2019 -o 2019.jsonl\n  talkgraph extract ~/reviews -o - | gzip > all.jsonl.gz");
  *subcommand = cmd;
}

int run_extract(const ExtractCommand& command) {
  CorpusRun corpus;
  int status = 0;
  if (command.output == "-") {  // a pipe: lines go out as documents are extracted, the count to stderr
    status = read_corpus(command.corpus, &corpus, [&](DocumentExtraction&& d) {
      std::cout << shard_json(d).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict) << '\n';
    });
    std::cout.flush();
    if (!std::cout) {
      report("standard output: write failed");
      return 1;
    }
    if (!command.corpus.quiet && corpus.documents > 0) report(fmt::format("wrote {} documents to standard output", corpus.documents));
    return corpus.documents == 0 && status == 0 ? 1 : status;
  }
  // Lines stream into the temporary file as documents are extracted; the shard appears (by rename)
  // only when the run may write.
  bool wrote = false;
  std::string error;
  std::error_code ec;
  if (fs::path(command.output).has_parent_path()) fs::create_directories(fs::path(command.output).parent_path(), ec);
  bool ok = produce_file_atomically(
      command.output,
      [&](const std::string& tmp, std::string* why) {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        status = read_corpus(command.corpus, &corpus, [&](DocumentExtraction&& d) {
          out << shard_json(d).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict) << '\n';
        });
        if (corpus.documents == 0 || status == 2 || (command.corpus.strict && status != 0)) return false;
        out.flush();
        if (!out) {
          *why = "write failed";
          return false;
        }
        wrote = true;
        return true;
      },
      &error);
  if (!wrote) {
    if (!error.empty() && corpus.documents > 0 && status != 2 && !(command.corpus.strict && status != 0)) report(error);
    return status == 0 ? 1 : status;
  }
  if (!ok) {
    report(error);
    return 1;
  }
  if (!command.corpus.quiet) fmt::print("wrote {} documents to {}\n", corpus.documents, command.output);
  return status;
}

void add_merge_command(CLI::App* app, MergeCommand* command, CLI::App** subcommand) {
  CLI::App* cmd = app->add_subcommand("merge", "Build the graph files from shards written by 'extract'");
  cmd->add_option("shards", command->shards, "Shard files (JSON Lines); '-' reads standard input")->required();
  cmd->add_option("--shard-out", command->shard_out,
                  "Write one combined shard instead of graph files (tree merges); '-' writes to standard output");
  add_graph_output_options(cmd, &command->build);
  cmd->add_option("-j,--jobs", command->build.corpus.jobs, "Threads for the metrics and writers (default: one per core)")
      ->check(whole_number(0, 4096));
  cmd->add_flag("-q,--quiet", command->build.corpus.quiet, "Print nothing but errors");
  cmd->footer("Examples:\n  talkgraph extract reviews/2019 -o 2019.jsonl && talkgraph extract reviews/2020 -o 2020.jsonl\n"
              "  talkgraph merge 2019.jsonl 2020.jsonl -o out -f graphml,gexf");
  *subcommand = cmd;
}

int run_merge(const MergeCommand& command) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> formats;
  GraphOptions graph_options;
  if (command.shard_out.empty() && !prepare_build(command.build, &formats, &graph_options)) return 2;
  GraphBuilder builder(graph_options);
  CorpusRun corpus;
  std::string combined;
  int status = 0;
  std::map<std::string, std::vector<uint64_t>> names;  // document name -> hashes of the texts met under it
  size_t repeated = 0;
  for (const std::string& shard : command.shards) {
    std::ifstream file;
    if (shard != "-") file.open(shard, std::ios::binary);
    std::istream& in = shard == "-" ? std::cin : file;
    if (!in) {
      report(fmt::format("{}: cannot read the shard", shard));
      status = 1;
      continue;
    }
    std::string line;
    int line_no = 0;
    size_t bad_lines = 0;  // a file that is no shard at all is said once, not line by line
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) continue;
      DocumentExtraction doc;
      std::string error;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !parse_shard(j, &doc, &error)) {
        if (++bad_lines <= 3) {
          report(fmt::format("{}:{}: not a talkgraph shard line{}", shard, line_no, error.empty() ? "" : ": " + error));
        }
        status = 1;
        continue;
      }
      // The same review twice (a shard given twice, shards that overlap) is counted once; the same
      // name with other text is another review, named apart.
      std::vector<uint64_t>& texts = names[doc.name];
      if (std::find(texts.begin(), texts.end(), doc.content_hash) != texts.end()) {
        if (++repeated <= 5 && !command.build.corpus.quiet) {
          report(fmt::format("warning: {}:{}: '{}' is already merged (same name, same text); counted once", shard,
                             line_no, doc.name));
        }
        continue;
      }
      texts.push_back(doc.content_hash);
      const bool renamed = texts.size() > 1;
      if (renamed) doc.name += fmt::format(" ({})", texts.size());
      ++corpus.documents;
      corpus.bytes += doc.bytes;
      if (!command.shard_out.empty()) {
        combined += renamed ? shard_json(doc).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict) : line;
        combined += '\n';
      } else {
        builder.add(doc);
      }
    }
    if (bad_lines > 3) report(fmt::format("{}: {} lines in all are not talkgraph shard lines", shard, bad_lines));
  }
  if (repeated > 5 && !command.build.corpus.quiet) {
    report(fmt::format("warning: {} documents in all were already merged and counted once", repeated));
  }
  if (corpus.documents == 0) {
    report("no document in these shards; nothing written");
    return 1;
  }
  if (!command.shard_out.empty()) {
    std::string error;
    std::error_code ec;
    if (command.shard_out == "-") {
      std::cout << combined << std::flush;
      return std::cout ? status : 1;
    }
    if (fs::path(command.shard_out).has_parent_path()) fs::create_directories(fs::path(command.shard_out).parent_path(), ec);
    if (!write_file_atomically(command.shard_out, [&](std::ostream& o) { o << combined; }, &error)) {
      report(error);
      return 1;
    }
    return status;
  }
  return finish_graph(builder, command.build, formats, corpus, status, start, phase_timer(command.build.timings));
}

}  // namespace talkgraph
