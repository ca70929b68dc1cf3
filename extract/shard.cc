// Mentions are written as arrays ([entity, talk, offset, line, sentence, surface, rule]) because they
// are the bulk of a shard; everything else is an object with named fields.
#include "extract/shard.h"

#include <cstdlib>

#include <fmt/format.h>

#include "extract/lexicon.h"

namespace talkgraph {

namespace {

// An unknown year is null, never 0.
nlohmann::json event_json(const EventRef& e) {
  return {{"name", e.name}, {"year", e.year == 0 ? nlohmann::json(nullptr) : nlohmann::json(e.year)}, {"year_source", e.year_source}};
}

EventRef parse_event(const nlohmann::json& j) {
  const nlohmann::json& year = j.at("year");
  return {j.at("name").get<std::string>(), year.is_null() ? 0 : year.get<int>(), j.at("year_source").get<std::string>()};
}

}  // namespace

nlohmann::json shard_json(const DocumentExtraction& d) {
  nlohmann::json talks = nlohmann::json::array(), entities = nlohmann::json::array(), mentions = nlohmann::json::array();
  // A talk's room is written under "label", the key shards have had since before the field was named
  // room: shards keep their bytes, and a shard from this version or the last merges with either.
  for (const TalkRecord& t : d.talks) {
    talks.push_back({{"title", t.title}, {"kind", t.kind}, {"label", t.room}, {"line", t.line}, {"event", event_json(t.event)},
                     {"rule", t.rule}});
  }
  for (const EntityRecord& e : d.entities) {
    entities.push_back({{"id", e.id}, {"label", e.label}, {"type", entity_type_name(e.type)}, {"discovered", e.discovered},
                        {"version_of", e.version_of}, {"pypi_rank", e.pypi_rank}, {"discovered_by", e.discovered_by},
                        {"expansions", e.expansions}});
  }
  for (const MentionRecord& m : d.mentions) {
    mentions.push_back({m.entity, m.talk, m.offset, m.line, m.sentence, m.surface, m.rule});
  }
  return {{"name", d.name}, {"content_hash", fmt::format("{:016x}", d.content_hash)}, {"event", event_json(d.event)}, {"talks", talks}, {"entities", entities},
          {"mentions", mentions}, {"sentences", d.sentences}, {"bytes", d.bytes}, {"warnings", d.warnings}};
}

bool parse_shard(const nlohmann::json& j, DocumentExtraction* d, std::string* error) {
  try {
    d->name = j.at("name").get<std::string>();
    const std::string hash = j.at("content_hash").get<std::string>();
    char* end = nullptr;
    d->content_hash = std::strtoull(hash.c_str(), &end, 16);
    if (hash.size() != 16 || end != hash.c_str() + hash.size()) {
      *error = "content_hash is not 16 hexadecimal digits";
      return false;
    }
    d->event = parse_event(j.at("event"));
    for (const auto& t : j.at("talks")) {
      d->talks.push_back({t.at("title").get<std::string>(), t.at("kind").get<std::string>(), t.at("label").get<std::string>(),
                          t.at("line").get<int>(), parse_event(t.at("event")), t.value("rule", std::string())});
    }
    for (const auto& e : j.at("entities")) {
      // An entity's type is read by the lexicon's table of type names, the one the graph's writers
      // name node kinds by (node_kind_name): a shard edited by hand or written by another version
      // must not reach the graph with a type it does not know.
      const std::string type = e.at("type").get<std::string>();
      EntityType entity_type{};
      if (!parse_entity_type(type, &entity_type)) {
        *error = fmt::format("entity '{}' has an unknown type '{}' (one of: {})", e.at("id").get<std::string>(), type,
                             fmt::join(entity_type_names(), ", "));
        return false;
      }
      d->entities.push_back({e.at("id").get<std::string>(), e.at("label").get<std::string>(), entity_type,
                             e.at("discovered").get<bool>(), e.at("version_of").get<std::string>(),
                             e.at("pypi_rank").get<int>(), e.at("discovered_by").get<std::string>(),
                             e.at("expansions").get<std::vector<std::string>>()});
    }
    d->sentences = j.at("sentences").get<std::vector<std::string>>();
    for (const auto& m : j.at("mentions")) {
      MentionRecord r;
      r.entity = m.at(0).get<uint32_t>();
      r.talk = m.at(1).get<int>();
      r.offset = m.at(2).get<size_t>();
      r.line = m.at(3).get<int>();
      r.sentence = m.at(4).get<uint32_t>();
      r.surface = m.at(5).get<std::string>();
      r.rule = intern_rule(m.at(6).get<std::string>());
      if (r.entity >= d->entities.size() || r.sentence >= d->sentences.size() || r.talk < -1 ||
          r.talk >= static_cast<int>(d->talks.size())) {
        *error = "mention refers to a missing entity, sentence or talk";
        return false;
      }
      d->mentions.push_back(std::move(r));
    }
    d->bytes = j.at("bytes").get<size_t>();
    d->warnings = j.at("warnings").get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception& e) {
    *error = e.what();
    return false;
  }
  return true;
}

}  // namespace talkgraph
