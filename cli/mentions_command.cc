// `talkgraph mentions`: one JSON object per line and per mention, in document then text order, for
// users who want to check what was matched and why, and for other tools.
#include "cli/mentions_command.h"

#include <iostream>

#include <nlohmann/json.hpp>

#include "extract/lexicon.h"

namespace talkgraph {

void add_mentions_command(CLI::App* app, MentionsCommand* command, CLI::App** subcommand) {
  CLI::App* cmd = app->add_subcommand("mentions", "Print every entity mention with its evidence as JSON Lines");
  add_corpus_options(cmd, &command->corpus);
  cmd->footer("Examples:\n  talkgraph mentions ~/reviews | jq -r .rule | sort | uniq -c\n"
              "  talkgraph mentions review.md | grep '\"entity\":\"library:django\"'");
  *subcommand = cmd;
}

int run_mentions(const MentionsCommand& command) {
  CorpusRun corpus;
  return read_corpus(command.corpus, &corpus, [](DocumentExtraction&& d) {
    for (const MentionRecord& m : d.mentions) {
      const EntityRecord& e = d.entities[m.entity];
      const EventRef& event = m.talk >= 0 ? d.talks[static_cast<size_t>(m.talk)].event : d.event;
      nlohmann::json j;
      j["document"] = d.name;
      j["event"] = event.name;
      j["year"] = event.year == 0 ? nlohmann::json(nullptr) : nlohmann::json(event.year);
      j["talk"] = m.talk >= 0 ? nlohmann::json(d.talks[static_cast<size_t>(m.talk)].title) : nlohmann::json(nullptr);
      j["entity"] = e.id;
      j["label"] = e.label;
      j["type"] = entity_type_name(e.type);
      j["surface"] = m.surface;
      j["offset"] = m.offset;
      j["line"] = m.line;
      j["sentence"] = d.sentences[m.sentence];
      j["rule"] = m.rule;
      j["discovered"] = e.discovered;
      std::cout << j.dump() << '\n';
    }
  });
}

}  // namespace talkgraph
