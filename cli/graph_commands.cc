// trace, trends and aliases build the same graph as `build` (metrics aside) and print a view of it:
// a table for people, or JSON with --json for machines.
#include "cli/graph_commands.h"

#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "base/text_util.h"
#include "cli/option_checks.h"
#include "graph/graph_builder.h"
#include "graph/trace.h"

namespace talkgraph {

namespace {

int load_graph(const CorpusOptions& options, CorpusRun* corpus, KnowledgeGraph* graph) {
  GraphBuilder builder;
  int status = read_corpus(options, corpus, [&](DocumentExtraction&& d) { builder.add(d); });
  if (corpus->documents == 0 || status == 2 || (options.strict && status != 0)) return status;
  *graph = builder.build();
  return status;
}

void add_query_options(CLI::App* cmd, QueryCommand* command) {
  cmd->add_flag("--json", command->json, "Print JSON instead of a table");
  cmd->add_option("--top", command->top, "How many entities to list per year (1 or more)")->capture_default_str()->check(whole_number(1, 1000000));
}

// Finds the entity a user means: any lexicon name or alias (장고 -> Django), else a label or surface
// form seen in the corpus (discovered names). Explains what it could not find.
std::optional<Vertex> resolve(const std::string& name, const CorpusRun& corpus, const KnowledgeGraph& graph) {
  const Graph& g = graph.graph();
  if (const LexiconEntry* e = corpus.kb().lexicon.find(name)) {
    if (auto v = graph.find(e->id())) return v;
    report(fmt::format("'{}' is {} ({}), which these documents never mention", name, e->name, e->id()));
    return std::nullopt;
  }
  std::string key = fold_alias(name);
  std::vector<std::string> candidates;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (!is_entity(g[v].type)) continue;
    if (fold_alias(g[v].label) == key) return v;
    for (const std::string& a : g[v].aliases) {
      if (fold_alias(a) == key) return v;
    }
    candidates.push_back(g[v].label);
  }
  for (const LexiconEntry& e : corpus.kb().lexicon.entries()) candidates.push_back(e.name);
  std::string hint = suggest(name, candidates);
  report(hint.empty() ? fmt::format("no entity named '{}'", name)
                      : fmt::format("no entity named '{}'; did you mean '{}'?", name, hint));
  return std::nullopt;
}

std::string year_name(int year) { return year == 0 ? "unknown" : std::to_string(year); }

void print_trace(const EntityTrace& t) {
  const size_t known = static_cast<size_t>(
      std::count_if(t.years.begin(), t.years.end(), [](const YearTrace& y) { return y.year != kUnknownYear; }));
  fmt::print("{} ({}): {} mentions in {} known year(s){}; written {}\n", t.label, node_kind_name(t.type), t.mentions, known,
             known < t.years.size() ? " and reviews of no known year" : "", fmt::join(t.aliases, ", "));
  for (const YearTrace& y : t.years) {
    fmt::print("\n{}  {} mention(s)  {}\n", year_name(y.year), y.mentions, fmt::join(y.events, ", "));
    if (!y.talks.empty()) fmt::print("  talks         {}\n", fmt::join(y.talks, "\n                "));
    if (!y.co_mentioned.empty()) {
      std::vector<std::string> co;
      for (const auto& [label, w] : y.co_mentioned) co.push_back(fmt::format("{} {}", label, w));
      fmt::print("  co-mentioned  {}\n", fmt::join(co, ", "));
    }
    if (y.evidence) fmt::print("  evidence      {}:{}: {}\n", y.evidence->document.view(), y.evidence->line, y.evidence->sentence.view());
  }
}

void print_changes(const char* what, const std::vector<ShareChange>& cs, bool shares) {
  if (cs.empty()) return;
  std::vector<std::string> items;
  for (const ShareChange& c : cs) {
    items.push_back(shares ? fmt::format("{} {:.1f}%→{:.1f}%", c.label, 100 * c.before_share, 100 * c.after_share)
                           : fmt::format("{} ({})", c.label, c.after ? c.after : c.before));
  }
  fmt::print("  {:<12} {}\n", what, fmt::join(items, ", "));
}

}  // namespace

void add_trace_command(CLI::App* app, QueryCommand* command, CLI::App** subcommand) {
  CLI::App* cmd = app->add_subcommand("trace", "Show one technology, concept or organization year by year");
  cmd->add_option("name", command->name, "Any name or alias: Django, 장고, GIL, Global Interpreter Lock")->required();
  add_corpus_options(cmd, &command->corpus);
  add_query_options(cmd, command);
  cmd->footer("Examples:\n  talkgraph trace Django ~/reviews\n  talkgraph trace 'Global Interpreter Lock' ~/reviews --json");
  *subcommand = cmd;
}

void add_trends_command(CLI::App* app, QueryCommand* command, CLI::App** subcommand) {
  CLI::App* cmd = app->add_subcommand(
      "trends", "Top entities per edition of each conference series, and what appeared, disappeared, rose and fell");
  add_corpus_options(cmd, &command->corpus);
  add_query_options(cmd, command);
  cmd->add_flag("--all-series", command->all_series,
                "Pool every conference of a year and compare years, not the editions of each series");
  cmd->footer("Examples:\n  talkgraph trends ~/reviews --top 5\n  talkgraph trends ~/reviews --all-series --json");
  *subcommand = cmd;
}

void add_aliases_command(CLI::App* app, QueryCommand* command, CLI::App** subcommand) {
  CLI::App* cmd = app->add_subcommand("aliases", "Show which surface forms merged into which entity");
  add_corpus_options(cmd, &command->corpus);
  cmd->add_flag("--json", command->json, "Print JSON instead of a table");
  cmd->footer("Examples:\n  talkgraph aliases ~/reviews\n  talkgraph aliases ~/reviews --json");
  *subcommand = cmd;
}

int run_trace(const QueryCommand& command) {
  CorpusRun corpus;
  KnowledgeGraph graph;
  int status = load_graph(command.corpus, &corpus, &graph);
  if (corpus.documents == 0 || status == 2 || (command.corpus.strict && status != 0)) return status;
  std::optional<Vertex> v = resolve(command.name, corpus, graph);
  if (!v) return 1;
  EntityTrace t = trace_entity(graph, *v, command.top);
  if (command.json) {
    std::cout << to_json(t).dump(1) << '\n';
  } else {
    print_trace(t);
  }
  return status;
}

int run_trends(const QueryCommand& command) {
  CorpusRun corpus;
  KnowledgeGraph graph;
  int status = load_graph(command.corpus, &corpus, &graph);
  if (corpus.documents == 0 || status == 2 || (command.corpus.strict && status != 0)) return status;
  Trends t = compute_trends(graph, command.top, command.all_series);
  if (command.json) {
    std::cout << to_json(t).dump(1) << '\n';
    return status;
  }
  for (const YearTop& y : t.years) {
    std::vector<std::string> top;
    for (const ShareChange& c : y.top) top.push_back(fmt::format("{} {}", c.label, c.after));
    fmt::print("{}{}  {} mentions: {}\n", y.series.empty() ? "" : y.series + " ", y.year, y.mentions, fmt::join(top, ", "));
  }
  for (const YearDiff& d : t.diffs) {
    fmt::print("\n{}{} → {}\n", d.series.empty() ? "" : d.series + " ", d.from, d.to);
    print_changes("appeared", d.appeared, false);
    print_changes("disappeared", d.disappeared, false);
    print_changes("rose", d.rose, true);
    print_changes("fell", d.fell, true);
  }
  if (t.years.empty()) fmt::print("no entity mention has a known year\n");
  return status;
}

int run_aliases(const QueryCommand& command) {
  CorpusRun corpus;
  KnowledgeGraph graph;
  int status = load_graph(command.corpus, &corpus, &graph);
  if (corpus.documents == 0 || status == 2 || (command.corpus.strict && status != 0)) return status;
  const Graph& g = graph.graph();
  nlohmann::json out = nlohmann::json::array();
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    if (!is_entity(n.type)) continue;
    if (command.json) {
      out.push_back({{"id", n.id}, {"label", n.label}, {"type", node_kind_name(n.type)}, {"aliases", n.aliases}, {"mentions", n.mentions}});
    } else {
      fmt::print("{} ({}, {} mentions) ← {}\n", n.label, node_kind_name(n.type), n.mentions, fmt::join(n.aliases, " | "));
    }
  }
  if (command.json) std::cout << out.dump(1) << '\n';
  return status;
}

}  // namespace talkgraph
