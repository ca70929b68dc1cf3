// `talkgraph talks`: for each review, the talks taken, with the line and the rule that found each;
// with --explain, every candidate (headings, list items, links, bold and quoted titles, table rows,
// timetable lines) with its decision, so that a user can see why a title was or was not taken.
#include "cli/talks_command.h"

#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace talkgraph {

void add_talks_command(CLI::App* app, TalksCommand* command, CLI::App** subcommand) {
  CLI::App* cmd = app->add_subcommand("talks", "List the talks found in each review, and with --explain why");
  add_corpus_options(cmd, &command->corpus);
  cmd->add_flag("--explain", command->explain, "List every talk candidate with its decision and rule");
  cmd->add_flag("--json", command->json, "Print JSON Lines, one object per talk (or candidate)");
  cmd->footer("Examples:\n  talkgraph talks ~/reviews\n  talkgraph talks review.md --explain");
  *subcommand = cmd;
}

namespace {

std::string event_text(const EventRef& e) {
  return e.year == 0 ? e.name + " (year unknown)" : fmt::format("{} {}", e.name, e.year);
}

}  // namespace

int run_talks(TalksCommand& command) {
  command.corpus.explain_talks = true;
  CorpusRun corpus;
  return read_corpus(command.corpus, &corpus, [&](DocumentExtraction&& d) {
    if (command.json) {
      for (const TalkCandidateRecord& c : d.talk_candidates) {
        if (!command.explain && !c.accepted) continue;
        nlohmann::json j;
        j["document"] = d.name;
        j["line"] = c.line;
        j["form"] = c.form;
        j["title"] = c.title;
        j["kind"] = c.kind;
        j["talk"] = c.accepted;
        j["rule"] = c.rule;
        const EventRef& e = c.talk >= 0 ? d.talks[static_cast<size_t>(c.talk)].event : d.event;
        j["event"] = e.name;
        j["year"] = e.year == 0 ? nlohmann::json(nullptr) : nlohmann::json(e.year);
        std::cout << j.dump() << '\n';
      }
      return;
    }
    std::cout << fmt::format("{}: {}, {} talk{}\n", d.name, event_text(d.event), d.talks.size(), d.talks.size() == 1 ? "" : "s");
    for (const TalkCandidateRecord& c : d.talk_candidates) {
      if (!command.explain && !c.accepted) continue;
      if (command.explain) {
        std::cout << fmt::format("  {:>5}  {:<4} {:<10} {:<9} {}\n         {}\n", c.line, c.accepted ? "talk" : "no", c.form,
                                 c.accepted ? c.kind : "", c.title, c.rule);
      } else {
        std::cout << fmt::format("  {:>5}  {:<9} {}  [{}]\n", c.line, c.kind, c.title, c.rule);
      }
    }
  });
}

}  // namespace talkgraph
